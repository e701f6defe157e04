"""Static checks of openapi/claude-api.yaml and of the package generated from it.

The spec is valid OpenAPI 3.1 and documents every operation, its errors and its auth; its unions
are tagged so that any generator (and this project's union template) can dispatch on the tag;
and generation is deterministic, with the committed package matching the spec.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from .conftest import is_tagged_union, union_parts

JSON = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "claude_api"
GENERATE = ROOT / "scripts" / "generate.py"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ERROR_STATUSES = ("4XX", "5XX", "529")


def operations(spec: JSON) -> Iterator[tuple[str, str, JSON]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec: JSON, node: JSON) -> JSON:
    """Follow a local `$ref` (one level at a time, until there is none)."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_spec_is_valid_openapi_3_1(spec: JSON) -> None:
    assert spec["openapi"].startswith("3.1.")
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_every_operation_has_an_id_a_summary_and_a_description(spec: JSON) -> None:
    seen = []
    for path, method, operation in operations(spec):
        where = f"{method.upper()} {path}"
        assert operation.get("operationId"), where
        assert operation.get("summary", "").strip(), where
        assert operation.get("description", "").strip(), where
        seen.append(operation["operationId"])
    assert len(seen) == len(set(seen)), "operationIds must be unique"
    assert sorted(seen) == [
        "message_batches_cancel",
        "message_batches_create",
        "message_batches_delete",
        "message_batches_list",
        "message_batches_results",
        "message_batches_retrieve",
        "messages_count_tokens",
        "messages_create",
        "models_list",
        "models_retrieve",
    ]


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_every_operation_answers_errors_with_the_error_envelope(spec: JSON, status: str) -> None:
    for path, method, operation in operations(spec):
        response = operation["responses"].get(status)
        assert response is not None, f"{method.upper()} {path} documents no {status} response"
        response = resolve(spec, response)
        assert response.get("description"), f"{method.upper()} {path} {status}"
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, (
            f"{method.upper()} {path} {status}"
        )
        assert "request-id" in response.get("headers", {})


def test_error_envelope_schema(schemas: JSON) -> None:
    envelope = schemas["ErrorResponse"]
    assert set(envelope["required"]) == {"type", "error"}
    assert envelope["properties"]["type"]["const"] == "error"
    assert envelope["properties"]["error"] == {"$ref": "#/components/schemas/ErrorObject"}


def test_security_schemes_are_api_key_and_bearer(spec: JSON) -> None:
    schemes = spec["components"]["securitySchemes"]
    api_key = [s for s in schemes.values() if s["type"] == "apiKey"]
    assert api_key == [{**api_key[0], "in": "header", "name": "x-api-key"}]
    bearer = [s for s in schemes.values() if s["type"] == "http"]
    assert [s["scheme"].lower() for s in bearer] == ["bearer"]
    # Either one authenticates a request (two alternatives, not both at once).
    names = {name for name, s in schemes.items() if s in api_key + bearer}
    assert sorted(tuple(req) for req in spec["security"]) == sorted((name,) for name in names)


def test_anthropic_beta_is_a_string_header_on_every_operation(spec: JSON) -> None:
    # An array-typed header makes openapi-python-client drop the whole endpoint.
    for path, method, operation in operations(spec):
        parameters = [resolve(spec, p) for p in operation.get("parameters", [])]
        beta = [p for p in parameters if p["name"] == "anthropic-beta"]
        assert len(beta) == 1, f"{method.upper()} {path}"
        assert beta[0]["in"] == "header"
        assert beta[0]["schema"]["type"] == "string", f"{method.upper()} {path}"
        version = [p for p in parameters if p["name"] == "anthropic-version"]
        assert [p["schema"]["type"] for p in version] == ["string"], f"{method.upper()} {path}"


def test_every_component_schema_has_a_description(schemas: JSON) -> None:
    missing = sorted(
        name for name, schema in schemas.items() if not schema.get("description", "").strip()
    )
    assert missing == []


def test_every_one_of_is_a_tagged_union_with_a_complete_discriminator(
    spec: JSON, schemas: JSON, walk: Callable[..., Iterator[tuple[str, JSON]]]
) -> None:
    unions = [(pointer, node) for pointer, node in walk(spec) if "oneOf" in node]
    assert len(unions) > 20  # component unions and inline ones
    problems = []
    for pointer, node in unions:
        discriminator = node.get("discriminator")
        if (
            not discriminator
            or "propertyName" not in discriminator
            or "mapping" not in discriminator
        ):
            problems.append(f"{pointer}: no discriminator with a propertyName and a mapping")
            continue
        tag = discriminator["propertyName"]
        refs = [member.get("$ref") for member in node["oneOf"]]
        if None in refs:
            problems.append(f"{pointer}: a member is not a $ref to a named schema")
            continue
        mapping: dict[str, str] = discriminator["mapping"]
        if set(mapping.values()) != set(refs):
            problems.append(
                f"{pointer}: mapping targets {sorted(set(mapping.values()) ^ set(refs))} differ"
            )
        for ref in refs:
            member = schemas[ref.rsplit("/", 1)[1]]
            tag_schema = member.get("properties", {}).get(tag, {})
            values = [tag_schema["const"]] if "const" in tag_schema else tag_schema.get("enum", [])
            mapped = sorted(key for key, target in mapping.items() if target == ref)
            if not values:
                problems.append(f"{pointer}: {ref} has no const or enum `{tag}`")
            elif sorted(values) != mapped:
                problems.append(
                    f"{pointer}: {ref} has tags {sorted(values)} but the mapping says {mapped}"
                )
    assert problems == [], "\n".join(problems)


def test_union_tags_are_constants_kept_in_required(schemas: JSON) -> None:
    """A member's tag is a required `const` with the same `default` (the generator's Literal).

    The one exception is a custom tool, whose `type: custom` is optional on the wire; the
    union template treats an absent tag as that member.
    """
    optional = []
    for union in (s for s in schemas.values() if is_tagged_union(s)):
        tag, _, members = union_parts(union)
        for name in members:
            member = schemas[name]
            tag_schema = member["properties"][tag]
            if "const" in tag_schema and "default" in tag_schema:
                assert tag_schema["default"] == tag_schema["const"], name
            if tag not in member.get("required", []):
                optional.append(name)
    assert sorted(set(optional)) == ["ToolParam"]


def test_response_enums_are_open(
    schemas: JSON, walk: Callable[..., Iterator[tuple[str, JSON]]]
) -> None:
    """Named enums used in responses are `anyOf: [enum, string]`, so new values still parse."""
    for name in (
        "StopReason",
        "MessageBatchProcessingStatus",
        "ModelInfoLifecycle",
        "UsageServiceTier",
    ):
        uses = [
            node["anyOf"]
            for _, node in walk(schemas)
            if "anyOf" in node and {"$ref": f"#/components/schemas/{name}"} in node["anyOf"]
        ]
        assert uses, name
        assert all({"type": "string"} in branches for branches in uses), name


# --- the generated package ------------------------------------------------------------------


def run_generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.mark.timeout(600)
def test_generation_is_deterministic_and_the_committed_package_is_current(tmp_path: Path) -> None:
    first, second = tmp_path / "one" / "claude_api", tmp_path / "two" / "claude_api"
    for out in (first, second):
        result = run_generator("--out", str(out))
        assert result.returncode == 0, result.stdout + result.stderr
    one, two = tree(first), tree(second)
    assert len(one) > 300
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
    check = run_generator("--check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "matches the spec" in check.stdout
    assert tree(GENERATED) == one


def test_every_generated_module_has_the_do_not_edit_header() -> None:
    modules = sorted(GENERATED.rglob("*.py"))
    assert len(modules) > 300
    for module in modules:
        head = module.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# Generated from openapi/claude-api.yaml"), module
        assert "Do not edit" in " ".join(head), module


def test_the_generated_package_is_typed() -> None:
    assert (GENERATED / "py.typed").is_file()
