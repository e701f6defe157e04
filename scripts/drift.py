"""Compare the spec with the installed official SDK's generally available types (drift report).

Usage:
    python scripts/drift.py                   # report; exit 1 on a finding not allow-listed
    python scripts/drift.py --all             # also show the allow-listed findings

Run it after every API release (`nox -s drift` installs the pinned SDK first). It walks the
pydantic models and TypedDicts reachable from the SDK's types for the operations the spec
describes (`anthropic.types`, `.shared` and `.messages`; never `anthropic.types.beta`) and
compares each with the spec schema of the same name:

- `missing-schema X` / `extra-schema X`: a type the spec lacks, or an object schema the SDK lacks;
- `missing-field X.f` / `extra-field X.f`;
- `header-in-body X.f h` / `missing-parameter X.f h`: a params field the SDK sends as the header
  `h` is a body property in the spec, or no spec parameter is named `h`;
- `required X.f` (the SDK always sends or needs it, the spec does not) and `optional X.f` (the spec
  requires it, the SDK may omit it);
- `type X.f` (the JSON types a field may hold, its items included, differ: `integer != string`);
- `not-nullable X.f` (the SDK allows null, the spec does not: a null would fail to parse) and
  `nullable X.f` (the spec allows null, the SDK does not);
- `missing-value W 'v'` / `extra-value W 'v'`: string literal / enum values of a field, or of the
  named enum it refers to (W is then that enum's name);
- `missing-member W M` / `extra-member W M`: union members (object types) of a field, or of the
  named union it refers to.

SDK names map to spec names by the rules in `spec_name` (`RawMessageStartEvent` ->
`MessageStartEvent`, `APIErrorObject` -> `APIError`) and the `names:` table of the allow-list. A
request field the SDK sends as a header or query parameter (`workspace_id`) matches a spec
parameter of the same name (`lifecycle` also as `lifecycle[]`), or `anthropic-` + its name with
dashes (`anthropic-workspace-id`).

The allow-list, `openapi/drift-allow.yaml`, lists reviewed findings, each with its reason (an entry
may use `*` wildcards, as in `missing-value Model *`). The command fails on any finding not listed
and on any listed entry that no longer matches (so the list stays short and true).

Why not an existing tool: the comparison is between Python types and an OpenAPI document in this
spec's conventions (tagged unions, open enums, `Param` names); no tool reads both.
"""

from __future__ import annotations

import argparse
import datetime
import fnmatch
import importlib
import inspect
import re
import sys
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "claude-api.yaml"
ALLOW = ROOT / "openapi" / "drift-allow.yaml"
SCHEMA_PREFIX = "#/components/schemas/"

# The SDK types of the operations the spec describes (module under the SDK package, attribute).
ROOTS = (
    ("types", "Message"),
    ("types", "RawMessageStreamEvent"),
    ("types", "MessageTokensCount"),
    ("types", "ModelInfo"),
    ("types.messages", "MessageBatch"),
    ("types.messages", "DeletedMessageBatch"),
    ("types.messages", "MessageBatchIndividualResponse"),
    ("types.shared", "ErrorResponse"),
    ("types.message_create_params", "MessageCreateParamsNonStreaming"),
    ("types.message_create_params", "MessageCreateParamsStreaming"),
    ("types", "MessageCountTokensParams"),
    ("types.messages", "BatchCreateParams"),
    ("types", "ModelListParams"),
    ("types.messages", "BatchListParams"),
)
# The SDK modules whose methods send the operations (read for the request fields sent as headers).
RESOURCES = ("resources.messages.messages", "resources.messages.batches", "resources.models")
HEADER_ARGUMENT = re.compile(r'"(anthropic-[a-z-]+)":\s*([a-z_]+)\b')
# Named literal aliases compared with the spec enum of the same name even where no field uses them.
ALIASES = (
    ("types", "StopReason"),
    ("types", "Model"),
    ("types.shared", "ErrorType"),
)


@dataclass
class Shape:
    """What a field's type allows: object types (by spec name), string values, null."""

    members: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)
    nullable: bool = False
    kinds: set[str] = field(default_factory=set)  # JSON types: string, integer, array, ...


@dataclass
class SdkType:
    name: str  # spec name
    origin: str  # module.qualname in the SDK
    request: bool
    fields: dict[str, tuple[bool, Shape]]  # wire name -> (required, shape)


@dataclass(frozen=True, order=True)
class Finding:
    kind: str
    where: str
    detail: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind} {self.where}" + (f" {self.detail}" if self.detail else "")


# --- the SDK side --------------------------------------------------------------------------


def spec_name(sdk_name: str, origin: str, names: dict[str, str]) -> str:
    """The spec name of an SDK type: the `names:` table, then the renaming rules."""
    for key in (origin, origin.rsplit(".", 1)[0].rsplit(".", 1)[-1] + "." + sdk_name, sdk_name):
        if key in names:
            return names[key]
    if m := re.fullmatch(r"Raw(\w+)", sdk_name):
        return m.group(1)
    if ".types.shared." in origin and sdk_name.endswith("ErrorObject"):
        return sdk_name.removesuffix("Object")
    return sdk_name


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__")


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "model_fields") and not _is_typeddict(tp)


def _is_beta(tp: Any) -> bool:
    return ".beta" in getattr(tp, "__module__", "")


def _strip(tp: Any) -> Any:
    """Drop `Annotated`, `Required`, `NotRequired` and `ReadOnly` wrappers."""
    while True:
        origin = typing.get_origin(tp)
        name = getattr(origin, "_name", "") or getattr(origin, "__name__", "")
        if origin is typing.Annotated or name in {"Required", "NotRequired", "ReadOnly"}:
            tp = typing.get_args(tp)[0]
        else:
            return tp


def shape_of(tp: Any, found: list[type], names: dict[str, str], request: bool = False) -> Shape:
    """Flatten an annotation into a Shape; object types met are appended to `found`.

    In a request type (`request`), response models are skipped: the SDK accepts its own response
    objects where a param is expected (a reply's blocks sent back), which is not a wire shape.
    """
    shape = Shape()

    def visit(t: Any) -> None:
        t = _strip(t)
        if t is None or t is type(None):
            shape.nullable = True
            return
        origin = typing.get_origin(t)
        if origin is typing.Literal:
            args = typing.get_args(t)
            shape.values |= {v for v in args if isinstance(v, str)}
            shape.kinds |= {_PRIMITIVES.get(type(v), "any") for v in args}
            return
        if origin is not None:  # Union, Optional, List, Iterable, Dict[str, X], ...
            if isinstance(origin, type) and issubclass(origin, Mapping):
                shape.kinds.add("object")  # a free-form map: its values' types are not the field's
                inner = shape_of(typing.get_args(t)[-1], found, names, request)
                shape.members |= inner.members
                return
            if isinstance(origin, type) and issubclass(origin, Iterable):
                shape.kinds.add("array")
            for arg in typing.get_args(t):
                visit(arg)
            return
        if _is_model(t) or _is_typeddict(t):
            shape.kinds.add("object")
            if not _is_beta(t) and not (request and _is_model(t)):
                found.append(t)
                shape.members.add(spec_name(t.__name__, _origin(t), names))
            return
        shape.kinds.add(_PRIMITIVES.get(t, "any"))  # `object`, files, ...: anything

    visit(tp)
    return shape


_PRIMITIVES: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    datetime.datetime: "string",
    datetime.date: "string",
    dict: "object",
    list: "array",
}


def _origin(tp: type) -> str:
    return f"{tp.__module__}.{tp.__qualname__}"


def _fields(tp: type) -> Iterator[tuple[str, bool, Any]]:
    """(wire name, required, annotation) of a pydantic model or a TypedDict."""
    if _is_model(tp):
        for name, info in tp.model_fields.items():
            yield info.alias or name, info.is_required(), info.annotation
        return
    hints = typing.get_type_hints(tp, include_extras=True)
    # `__required_keys__` is unreliable under `from __future__ import annotations`: read the
    # `Required` / `NotRequired` markers and each defining class's `total` instead.
    total = {}
    for klass in reversed(tp.__mro__):
        for name in vars(klass).get("__annotations__", {}):
            total[name] = vars(klass).get("__total__", True)
    for name, hint in hints.items():
        alias = name
        marker = _marker(hint)
        required = marker == "Required" or (marker != "NotRequired" and total.get(name, True))
        if typing.get_origin(hint) is typing.Annotated:
            for meta in typing.get_args(hint)[1:]:
                alias = getattr(meta, "alias", None) or alias
        yield alias, required, hint


def _marker(hint: Any) -> str:
    """`Required` / `NotRequired` when the hint (under any `Annotated`) carries that marker."""
    while True:
        text = repr(typing.get_origin(hint) or "")
        for marker in ("NotRequired", "Required"):
            if text.endswith(f".{marker}") or text == marker:
                return marker
        if typing.get_origin(hint) is typing.Annotated:
            hint = typing.get_args(hint)[0]
            continue
        return ""


def sdk_surface(roots: Iterable[Any], names: dict[str, str]) -> dict[str, SdkType]:
    """Every GA object type reachable from `roots` (types or annotations), by spec name."""
    out: dict[str, SdkType] = {}
    seen: set[type] = set()
    queue: list[type] = []
    for root in roots:
        shape_of(root, queue, names)
    while queue:
        tp = queue.pop()
        if tp in seen:
            continue
        seen.add(tp)
        fields: dict[str, tuple[bool, Shape]] = {}
        request = _is_typeddict(tp)
        for wire, required, annotation in _fields(tp):
            fields[wire] = (required, shape_of(annotation, queue, names, request))
        name = spec_name(tp.__name__, _origin(tp), names)
        if name in out:  # two SDK types, one spec schema (streaming / non-streaming params)
            merged = out[name].fields
            for wire, (required, shape) in fields.items():
                if wire in merged:
                    old_required, old = merged[wire]
                    old.members |= shape.members
                    old.values |= shape.values
                    merged[wire] = (old_required and required, old)
                else:
                    merged[wire] = (False, shape)
            for wire in merged.keys() - fields.keys():
                merged[wire] = (False, merged[wire][1])
            continue
        out[name] = SdkType(name, _origin(tp), _is_typeddict(tp), fields)
    return out


def load(package: str, where: Iterable[tuple[str, str]]) -> list[Any]:
    """The SDK objects named by (module under `package`, attribute) pairs."""
    return [getattr(importlib.import_module(f"{package}.{mod}"), attr) for mod, attr in where]


# --- the spec side -------------------------------------------------------------------------


def _resolve(schemas: dict[str, Any], schema: Any) -> tuple[str | None, Any]:
    if isinstance(schema, dict) and "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_PREFIX)
        return name, schemas.get(name, {})
    return None, schema


def is_object_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema)


def spec_shape(schemas: dict[str, Any], schema: Any) -> tuple[Shape, str | None]:
    """The Shape a spec schema allows, and the named enum/union it is (if exactly one)."""
    shape = Shape()
    named: set[str] = set()

    def visit(s: Any, top: bool) -> None:
        name, s = _resolve(schemas, s)
        if not isinstance(s, dict):
            return
        if name is not None and is_object_schema(s):
            shape.members.add(name)
            shape.kinds.add("object")
            return
        if name is not None and top:
            named.add(name)
        if "const" in s and isinstance(s["const"], str):
            shape.values.add(s["const"])
        for v in s.get("enum", []):
            if isinstance(v, str):
                shape.values.add(v)
            elif v is None:
                shape.nullable = True
        kinds = s.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "null" in kinds:
            shape.nullable = True
        shape.kinds |= {k for k in kinds if k not in (None, "null")}
        if "const" in s or "enum" in s:
            shape.kinds |= {
                _PRIMITIVES.get(type(v), "any")
                for v in [s.get("const"), *s.get("enum", [])]
                if v is not None
            }
        for key in ("anyOf", "oneOf", "allOf"):
            for member in s.get(key, []):
                visit(member, top and name is None)
        if "items" in s:
            visit(s["items"], top and name is None)
        if isinstance(s.get("additionalProperties"), dict):
            visit(s["additionalProperties"], False)

    visit(schema, True)
    return shape, (next(iter(named)) if len(named) == 1 else None)


def spec_parameters(spec: dict[str, Any]) -> set[str]:
    names = {p.get("name", "") for p in spec.get("components", {}).get("parameters", {}).values()}
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict):
                names |= {p.get("name", "") for p in op.get("parameters", []) if "name" in p}
    return names


# --- the comparison ------------------------------------------------------------------------


def compare(
    sdk: dict[str, SdkType],
    spec: dict[str, Any],
    unions: dict[str, Shape] | None = None,
    headers: dict[str, str] | None = None,
) -> list[Finding]:
    """Every difference between the SDK surface and the spec, sorted.

    `unions` are named SDK unions no field refers to (the stream event union), by spec name;
    `headers` the request params fields the SDK sends as headers (field -> header name).
    """
    headers = headers or {}
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    parameters = spec_parameters(spec)
    findings: set[Finding] = set()
    compared: set[str] = set()  # named enums / unions already compared

    def values_and_members(where: str, ours: Shape, theirs: Shape) -> None:
        if where in compared:
            return
        compared.add(where)
        for v in sorted(ours.values - theirs.values):
            findings.add(Finding("missing-value", where, repr(v)))
        if ours.values:  # where the SDK takes any string, spec values are a description
            for v in sorted(theirs.values - ours.values):
                findings.add(Finding("extra-value", where, repr(v)))
        for m in sorted(ours.members - theirs.members):
            findings.add(Finding("missing-member", where, m))
        for m in sorted(theirs.members - ours.members):
            findings.add(Finding("extra-member", where, m))

    for name, shape in sorted((unions or {}).items()):
        if name not in schemas:
            findings.add(Finding("missing-schema", name, "(union)"))
        else:
            values_and_members(name, shape, spec_shape(schemas, schemas[name])[0])
    for name, tp in sorted(sdk.items()):
        schema = schemas.get(name)
        if schema is None:
            if tp.request and tp.fields and all(_is_parameter(w, parameters) for w in tp.fields):
                continue  # a parameters-only type (list filters): fully matched by parameters
            findings.add(Finding("missing-schema", name, f"({tp.origin})"))
            continue
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        for wire, (sdk_required, shape) in sorted(tp.fields.items()):
            where = f"{name}.{wire}"
            if tp.request and wire in headers:
                if wire in props:
                    findings.add(Finding("header-in-body", where, headers[wire]))
                if headers[wire] not in parameters:
                    findings.add(Finding("missing-parameter", where, headers[wire]))
                continue
            if wire not in props:
                if not (tp.request and _is_parameter(wire, parameters)):
                    findings.add(Finding("missing-field", where))
                continue
            if sdk_required and wire not in required:
                findings.add(Finding("required", where))
            elif not sdk_required and wire in required:
                findings.add(Finding("optional", where))
            theirs, named = spec_shape(schemas, props[wire])
            values_and_members(named or where, shape, theirs)
            ours_kinds = shape.kinds - {"any"}
            if "any" not in shape.kinds and theirs.kinds and ours_kinds - _widen(theirs.kinds):
                detail = f"{'|'.join(sorted(ours_kinds))} != {'|'.join(sorted(theirs.kinds))}"
                findings.add(Finding("type", where, detail))
            if shape.nullable and not theirs.nullable:
                findings.add(Finding("not-nullable", where))
            elif theirs.nullable and not shape.nullable:
                findings.add(Finding("nullable", where))
        for wire in sorted(props.keys() - tp.fields.keys()):
            findings.add(Finding("extra-field", f"{name}.{wire}"))
    for name, schema in sorted(schemas.items()):
        if is_object_schema(schema) and schema.get("properties") and name not in sdk:
            findings.add(Finding("extra-schema", name))
    return sorted(findings)


def compare_aliases(aliases: dict[str, Any], spec: dict[str, Any]) -> list[Finding]:
    """Named SDK literal aliases against the spec enum of the same name."""
    schemas = spec.get("components", {}).get("schemas", {})
    findings = []
    for name, alias in sorted(aliases.items()):
        if name not in schemas:
            findings.append(Finding("missing-schema", name, "(literal alias)"))
            continue
        ours = shape_of(alias, [], {})
        theirs, _ = spec_shape(schemas, schemas[name])
        findings += [
            Finding("missing-value", name, repr(v)) for v in sorted(ours.values - theirs.values)
        ]
        findings += [
            Finding("extra-value", name, repr(v)) for v in sorted(theirs.values - ours.values)
        ]
    return findings


def _widen(kinds: set[str]) -> set[str]:
    """JSON types a spec type admits: `number` takes integers too."""
    return kinds | ({"integer"} if "number" in kinds else set())


def _is_parameter(wire: str, parameters: set[str]) -> bool:
    header = "anthropic-" + wire.replace("_", "-")
    return bool({wire, wire + "[]", header} & parameters)


# --- the command ---------------------------------------------------------------------------


def load_allow(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(`names:` table, allow-listed finding key -> reason) from the allow-list file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    names = {str(k): str(v) for k, v in (data.get("names") or {}).items()}
    allowed: dict[str, str] = {}
    for entry in data.get("allow") or []:
        reason = str(entry.get("reason", "")).strip()
        if not reason:
            raise SystemExit(f"{path}: allow-list entry {entry.get('finding')!r} has no reason")
        allowed[str(entry["finding"])] = reason
    return names, allowed


def report(
    findings: list[Finding], allowed: dict[str, str], show_all: bool = False
) -> tuple[str, int]:
    """The printed report and the number of problems (unlisted findings + stale entries)."""

    def entry(f: Finding) -> str | None:
        return next((p for p in allowed if fnmatch.fnmatchcase(f.key, p)), None)

    matched = {f.key: entry(f) for f in findings}
    new = [f for f in findings if matched[f.key] is None]
    stale = sorted(set(allowed) - set(matched.values()))
    lines = []
    for title, kinds in (
        (
            "The spec lacks",
            (
                "missing-schema",
                "missing-field",
                "missing-parameter",
                "missing-value",
                "missing-member",
            ),
        ),
        ("Sent elsewhere", ("header-in-body",)),
        ("The spec has extra", ("extra-schema", "extra-field", "extra-value", "extra-member")),
        ("Types differ", ("type",)),
        (
            "Requiredness or nullability differs",
            ("required", "optional", "not-nullable", "nullable"),
        ),
    ):
        group = [f for f in new if f.kind in kinds]
        if group:
            lines.append(f"{title} ({len(group)})")
            lines += [f"  {f.key}" for f in group]
            lines.append("")
    if stale:
        lines.append(f"Allow-list entries that match nothing any more ({len(stale)})")
        lines += [f"  {k}" for k in stale]
        lines.append("")
    if show_all:
        listed = [f for f in findings if matched[f.key] is not None]
        if listed:
            lines.append(f"Allow-listed ({len(listed)})")
            lines += [f"  {f.key}  -- {allowed[matched[f.key] or '']}" for f in listed]
            lines.append("")
    problems = len(new) + len(stale)
    lines.append(
        f"{len(findings)} findings, {len(findings) - len(new)} allow-listed, {problems} to fix"
    )
    return "\n".join(lines), problems


def run(spec: dict[str, Any], names: dict[str, str], package: str = "anthropic") -> list[Finding]:
    """All findings of the installed SDK `package` against `spec`."""
    roots = load(package, ROOTS)
    sdk = sdk_surface(roots, names)
    unions = {
        spec_name(attr, f"{package}.{mod}.{attr}", names): shape_of(root, [], names)
        for (mod, attr), root in zip(ROOTS, roots, strict=True)
        if not isinstance(root, type)
    }
    aliases = dict(zip((attr for _, attr in ALIASES), load(package, ALIASES), strict=True))
    found = compare(sdk, spec, unions, sdk_headers(package)) + compare_aliases(aliases, spec)
    return sorted(set(found))


def sdk_headers(package: str) -> dict[str, str]:
    """Request fields the SDK's resource methods send as headers: `workspace_id` ->
    `anthropic-workspace-id`. Read from the methods' source (`{"anthropic-x": x}`), because the
    params TypedDicts mix body fields and headers and nothing else tells them apart."""
    found: dict[str, str] = {}
    for module in RESOURCES:
        source = inspect.getsource(importlib.import_module(f"{package}.{module}"))
        found |= {var: header for header, var in HEADER_ARGUMENT.findall(source)}
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--allow", type=Path, default=ALLOW)
    parser.add_argument("--sdk", default="anthropic", help="the SDK's import package")
    parser.add_argument("--all", action="store_true", help="also list allow-listed findings")
    args = parser.parse_args(argv)
    try:
        version = importlib.import_module(args.sdk).__version__
    except ImportError:
        raise SystemExit(
            f"the official SDK ({args.sdk}) is not installed: run `nox -s drift`"
        ) from None
    names, allowed = load_allow(args.allow)
    spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    text, problems = report(run(spec, names, args.sdk), allowed, args.all)
    print(f"Drift: {args.spec.name} against {args.sdk} {version} (GA types)\n")
    print(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
