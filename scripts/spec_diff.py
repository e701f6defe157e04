"""Report what changed in the OpenAPI spec between two git revisions, marking breaking changes.

Usage:
    python scripts/spec_diff.py                        # HEAD against the working tree
    python scripts/spec_diff.py --base v0.1.0 --head HEAD
    python scripts/spec_diff.py --base-file old.yaml --head-file new.yaml
    python scripts/spec_diff.py --fail-on-breaking     # exit 1 when a change is breaking

The report lists added (+), removed (-) and changed (~) operations, schemas, properties (with
their type) and enum values (enums, `const` tags, discriminator tags and the values inside open
`anyOf` enums), grouped by kind, then `N changes, M breaking`. Breaking: a removed operation,
schema, property, parameter, union member or enum value; a property type change (except a
request-side widening or a response-side narrowing); a new required request property or
parameter; a response property that may now be absent. Request-side schemas are those named
`...Param`/`...Params` and those reachable from a request body; the others are response-side.

Why not an existing tool: oasdiff is a Go binary (the npm name is an empty placeholder);
`openapi-diff` on npm rejects OpenAPI 3.1 ("Swagger Parser only supports 3.0.x");
`@pb33f/openapi-changes` downloads a binary at install time; `redocly diff` (in the pinned Redocly
CLI) is experimental, walks operations only (so it cannot see the stream-event and batch-line
schemas no operation references) and rates a property type change or a removed schema as a
patch. This script knows the spec's conventions (tagged unions, open enums, `Param` names) and
needs only PyYAML and git.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi/claude-api.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
KINDS = {  # report section -> heading, in report order
    "api": "API",
    "operations": "Operations",
    "parameters": "Parameters",
    "schemas": "Schemas",
    "properties": "Properties",
    "enum values": "Enum values",
}

Schema = dict[str, Any]


class Report:
    """Changes collected by kind; each is (sign, text, breaking reason or "")."""

    def __init__(self) -> None:
        self.changes: dict[str, list[tuple[str, str, str]]] = {kind: [] for kind in KINDS}

    def add(self, kind: str, sign: str, text: str, breaking: str = "") -> None:
        self.changes[kind].append((sign, text, breaking))

    @property
    def total(self) -> int:
        return sum(len(items) for items in self.changes.values())

    @property
    def breaking(self) -> int:
        return sum(1 for items in self.changes.values() for *_, why in items if why)

    def render(self, title: str) -> str:
        lines = [title, ""]
        for kind, items in self.changes.items():
            if items:
                lines.append(f"{KINDS[kind]} ({len(items)})")
                for sign, text, why in items:
                    lines.append(f"  {sign} {text}" + (f"  [BREAKING: {why}]" if why else ""))
                lines.append("")
        if not self.total:
            lines += ["No changes.", ""]
        lines.append(f"{self.total} changes, {self.breaking} breaking")
        return "\n".join(lines)


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def alternatives(schema: Any) -> list[str]:
    """The type of a schema as a list of alternatives (`X | null` -> ["X", "null"])."""
    if not isinstance(schema, dict) or not schema:
        return ["any"]
    if "$ref" in schema:
        return [ref_name(schema["$ref"])]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return [alt for member in schema[key] for alt in alternatives(member)]
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    out = []
    for k in kinds or (["object"] if "properties" in schema else ["any"]):
        if k == "array":
            out.append(f"array[{type_of(schema.get('items', {}))}]")
        elif k == "string" and "format" in schema:
            out.append(f"string({schema['format']})")
        else:
            out.append(str(k))
    return out


def type_of(schema: Schema) -> str:
    return " | ".join(alternatives(schema))


def enum_values(schema: Any) -> set[str] | None:
    """Values of an inline enum, a const tag, or the inline enums inside an open anyOf/oneOf."""
    if not isinstance(schema, dict):
        return None
    if "enum" in schema:
        return {str(v) for v in schema["enum"]}
    if "const" in schema:
        return {str(schema["const"])}
    found: set[str] | None = None
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key, []):
            values = enum_values(member) if "$ref" not in member else None
            if values is not None:
                found = (found or set()) | values
    if found is None and schema.get("type") == "array":
        return enum_values(schema.get("items", {}))
    return found


def describe(schema: Schema) -> str:
    text = type_of(schema)
    if isinstance(schema, dict) and "const" in schema:
        return f'{text} = "{schema["const"]}"'
    values = enum_values(schema)
    return f"{text} (one of: {', '.join(sorted(values))})" if values else text


def refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and "/schemas/" in node["$ref"]:
            yield ref_name(node["$ref"])
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def closure(schemas: Schema, roots: list[str]) -> set[str]:
    """The named schemas in `roots` and every schema they reference, transitively."""
    todo, seen = list(roots), set()
    while todo:
        name = todo.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            todo += refs_in(schemas[name])
    return seen


def sides_of(spec: Schema) -> dict[str, set[str]]:
    """Schema name -> {"request", "response"}: which way its values travel.

    Request-side: named `...Param`/`...Params`, or reachable from a request body or parameter.
    Response-side: reachable from a response, or from a schema no request uses (the stream
    events and batch result lines, which no operation references).
    """
    schemas = spec.get("components", {}).get("schemas", {})
    sent = [n for n in schemas if n.endswith(("Param", "Params"))]
    received: list[str] = []
    for item in spec.get("paths", {}).values():
        for method in METHODS:
            op = item.get(method, {})
            sent += refs_in([op.get("requestBody", {}), op.get("parameters", [])])
            received += refs_in(op.get("responses", {}))
    request = closure(schemas, sent)
    response = closure(schemas, received + [n for n in schemas if n not in request])
    return {
        n: {side for side, names in (("request", request), ("response", response)) if n in names}
        for n in schemas
    }


def operations(spec: Schema) -> dict[str, Schema]:
    ops = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                ops[f"{method.upper()} {path}"] = {**item[method], "_shared": item}
    return ops


def parameters(spec: Schema, op: Schema) -> dict[str, Schema]:
    found = {}
    for param in op["_shared"].get("parameters", []) + op.get("parameters", []):
        if "$ref" in param:
            param = spec["components"]["parameters"][ref_name(param["$ref"])]
        found[f"{param['in']} {param['name']}"] = param
    return found


def body_types(spec: Schema, op: Schema, section: str) -> dict[str, str]:
    """Media type (with status code for responses) -> type of its schema."""
    if section == "requestBody":
        bodies = {"": op.get("requestBody", {})}
    else:
        bodies = {f"{code} ": r for code, r in op.get("responses", {}).items()}
    found = {}
    for prefix, body in bodies.items():
        if "$ref" in body:  # a shared response or request body in components
            body = _dig(spec, "components." + ".".join(body["$ref"].split("/")[2:])) or {}
        for media, media_obj in body.get("content", {}).items():
            found[f"{prefix}{media}"] = type_of(media_obj.get("schema", {}))
    return found


def diff_operations(old: Schema, new: Schema, report: Report) -> None:
    before, after = operations(old), operations(new)
    for key in sorted(after.keys() - before.keys()):
        report.add("operations", "+", f"{key} ({after[key].get('operationId')})")
    for key in sorted(before.keys() - after.keys()):
        text = f"{key} ({before[key].get('operationId')})"
        report.add("operations", "-", text, "removed operation")
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        if a.get("operationId") != b.get("operationId"):
            text = f"{key}: operationId {a.get('operationId')} -> {b.get('operationId')}"
            report.add("operations", "~", text, "renamed operation")
        for section in ("requestBody", "responses"):
            ta, tb = body_types(old, a, section), body_types(new, b, section)
            for media in sorted(ta.keys() | tb.keys()):
                where = f"{key} {section} {media}".replace("  ", " ").rstrip()
                if media not in ta:
                    report.add("operations", "+", f"{where}: {tb[media]}")
                elif media not in tb:
                    report.add("operations", "-", f"{where}: {ta[media]}", "removed body")
                elif ta[media] != tb[media]:
                    text = f"{where}: {ta[media]} -> {tb[media]}"
                    report.add("operations", "~", text, "body type changed")
        pa, pb = parameters(old, a), parameters(new, b)
        for name in sorted(pb.keys() - pa.keys()):
            required = pb[name].get("required", False)
            text = f"{key}: {name}" + (" (required)" if required else "")
            report.add("parameters", "+", text, "new required parameter" if required else "")
        for name in sorted(pa.keys() - pb.keys()):
            report.add("parameters", "-", f"{key}: {name}", "removed parameter")
        for name in sorted(pa.keys() & pb.keys()):
            if pb[name].get("required") and not pa[name].get("required"):
                report.add("parameters", "~", f"{key}: {name} now required", "newly required")


def type_change_breaks(before: str, after: str, sides: set[str]) -> str:
    """Why a property type change breaks, or "" for a widened request / narrowed response type."""
    a, b = set(before.split(" | ")), set(after.split(" | "))
    if sides == {"request"} and a <= b:
        return ""
    if sides == {"response"} and b <= a:
        return ""
    return "type changed"


def diff_properties(name: str, old: Schema, new: Schema, sides: set[str], report: Report) -> None:
    """Properties (recursing into inline objects and array items) and inline enums of a schema."""
    pa, pb = old.get("properties", {}), new.get("properties", {})
    ra, rb = set(old.get("required", [])), set(new.get("required", []))
    request = "request" in sides
    added = sorted(pb.keys() - pa.keys())
    for prop in added:
        is_required = prop in rb
        text = f"{name}.{prop}: {describe(pb[prop])}" + (" (required)" if is_required else "")
        why = "new required request property" if request and is_required else ""
        report.add("properties", "+", text, why)
    for prop in sorted(pa.keys() - pb.keys()):
        same_type = [p for p in added if type_of(pb[p]) == type_of(pa[prop])]
        hint = f" (renamed to {same_type[0]}?)" if len(same_type) == 1 else ""
        text = f"{name}.{prop}: {type_of(pa[prop])}{hint}"
        report.add("properties", "-", text, "removed property")
    for prop in sorted(pa.keys() & pb.keys()):
        a, b, path = pa[prop], pb[prop], f"{name}.{prop}"
        ta, tb = type_of(a), type_of(b)
        if set(ta.split(" | ")) != set(tb.split(" | ")):
            why = type_change_breaks(ta, tb, sides)
            report.add("properties", "~", f"{path}: {ta} -> {tb}", why)
        if prop in rb and prop not in ra:
            why = "new required request property" if request else ""
            report.add("properties", "~", f"{path}: now required", why)
        if prop in ra and prop not in rb:
            why = "response property may now be absent" if "response" in sides else ""
            report.add("properties", "~", f"{path}: no longer required", why)
        diff_enums(path, enum_values(a), enum_values(b), report)
        for sub_a, sub_b, sub_path in ((a, b, path), (a.get("items"), b.get("items"), path + "[]")):
            if isinstance(sub_a, dict) and isinstance(sub_b, dict) and "properties" in sub_a:
                diff_properties(sub_path, sub_a, sub_b, sides, report)


def diff_enums(where: str, before: set[str] | None, after: set[str] | None, report: Report) -> None:
    if before is None or after is None:
        return
    for value in sorted(after - before):
        report.add("enum values", "+", f"{where}: {value!r}")
    for value in sorted(before - after):
        report.add("enum values", "-", f"{where}: {value!r}", "removed enum value")


def union_members(schemas: Schema, schema: Schema) -> list[str]:
    """The named members of a union, a member that is itself a union standing for its members.

    `ToolUnionParam: anyOf [ToolParam, ServerToolUnionParam]` has the members of both.
    """
    found: list[str] = []
    for member in schema.get("oneOf", schema.get("anyOf", [])):
        if "$ref" not in member:
            continue
        name = ref_name(member["$ref"])
        inner = schemas.get(name, {})
        nested = union_members(schemas, inner) if "oneOf" in inner or "anyOf" in inner else []
        found += [m for m in nested or [name] if m not in found]
    return found


def union_tags(schemas: Schema, schema: Schema, tag: str) -> set[str] | None:
    """The tag values of a tagged union (discriminator mappings, through nested unions, and the
    `const` tags of members no mapping names), or None for a schema that is no tagged union."""
    mapping = schema.get("discriminator", {}).get("mapping")
    found = set(mapping or {})
    mapped = {ref_name(v) for v in (mapping or {}).values()}
    tagged = mapping is not None
    for member in schema.get("oneOf", schema.get("anyOf", [])):
        name = ref_name(member["$ref"]) if "$ref" in member else ""
        inner = schemas.get(name, {})
        if "oneOf" in inner or "anyOf" in inner:
            nested = union_tags(schemas, inner, tag)
            if nested is not None:
                found |= nested
                tagged = True
        elif name not in mapped and "const" in inner.get("properties", {}).get(tag, {}):
            found.add(str(inner["properties"][tag]["const"]))
    return found if tagged else None


def diff_schemas(old: Schema, new: Schema, report: Report) -> None:
    sa = old.get("components", {}).get("schemas", {})
    sb = new.get("components", {}).get("schemas", {})
    sides_a, sides_b = sides_of(old), sides_of(new)
    for name in sorted(sb.keys() - sa.keys()):
        props = ", ".join(sb[name].get("properties", {}))
        text = f"{name}: {type_of(sb[name])}" + (f" {{{props}}}" if props else "")
        report.add("schemas", "+", text)
    for name in sorted(sa.keys() - sb.keys()):
        report.add("schemas", "-", f"{name}: {type_of(sa[name])}", "removed schema")
    for name in sorted(sa.keys() & sb.keys()):
        a, b = sa[name], sb[name]
        sides = sides_a[name] | sides_b[name]
        members_a, members_b = union_members(sa, a), union_members(sb, b)
        for member in [m for m in members_b if m not in members_a]:
            report.add("schemas", "~", f"{name}: union member added: {member}")
        for member in [m for m in members_a if m not in members_b]:
            report.add("schemas", "~", f"{name}: union member removed: {member}", "removed member")
        if not (members_a or members_b) and type_of(a) != type_of(b):
            why = type_change_breaks(type_of(a), type_of(b), sides)
            report.add("schemas", "~", f"{name}: {type_of(a)} -> {type_of(b)}", why)
        if "enum" in a or "enum" in b:
            diff_enums(name, enum_values(a) or set(), enum_values(b) or set(), report)
        tag = b.get("discriminator", a.get("discriminator", {})).get("propertyName", "type")
        tags_a, tags_b = union_tags(sa, a, tag), union_tags(sb, b, tag)
        if tags_a is not None or tags_b is not None:
            diff_enums(f"{name}.{tag} (tag)", tags_a or set(), tags_b or set(), report)
        diff_properties(name, a, b, sides, report)


def compare(old: Schema, new: Schema) -> Report:
    """Everything that changed from the spec `old` to the spec `new`."""
    report = Report()
    for key in ("openapi", "info.version"):
        va, vb = (_dig(spec, key) for spec in (old, new))
        if va != vb:
            report.add("api", "~", f"{key}: {va} -> {vb}")
    diff_operations(old, new, report)
    diff_schemas(old, new, report)
    return report


def _dig(spec: Schema, dotted: str) -> Any:
    for part in dotted.split("."):
        spec = spec.get(part, {}) if isinstance(spec, dict) else {}
    return spec or None


def load_revision(repo: Path, rev: str, spec: str) -> Schema:
    result = subprocess.run(
        ["git", "show", f"{rev}:{spec}"], cwd=repo, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"spec_diff: cannot read {spec} at {rev}: {result.stderr.strip()}")
    return yaml.safe_load(result.stdout) or {}


def read(args: argparse.Namespace, path: Path | None, rev: str) -> tuple[Schema, str]:
    """The spec from a file, else from a git revision; with a label for the report's title."""
    if path is not None:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}, str(path)
    return load_revision(args.repo, rev, args.spec), f"{rev} ({args.spec})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="git revision of the old spec (HEAD)")
    head = parser.add_mutually_exclusive_group()
    head.add_argument("--head", help="git revision of the new spec (default: the working tree)")
    head.add_argument("--worktree", action="store_true", help="the new spec is the working tree")
    parser.add_argument("--base-file", type=Path, help="read the old spec from this file")
    parser.add_argument("--head-file", type=Path, help="read the new spec from this file")
    parser.add_argument("--repo", type=Path, default=ROOT, help="git repository (this one)")
    parser.add_argument("--spec", default=SPEC, help=f"spec path inside the repo ({SPEC})")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if breaking")
    args = parser.parse_args(argv)

    old, base_label = read(args, args.base_file, args.base)
    if args.head_file or args.head:
        new, head_label = read(args, args.head_file, args.head)
    else:
        text = (args.repo / args.spec).read_text(encoding="utf-8")
        new, head_label = yaml.safe_load(text) or {}, f"working tree ({args.spec})"
    report = compare(old, new)
    print(report.render(f"Spec changes: {base_label} -> {head_label}"))
    return 1 if args.fail_on_breaking and report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
