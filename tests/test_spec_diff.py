"""Tests for scripts/spec_diff.py: each kind of change, its breaking mark, the CLI and git modes."""

from __future__ import annotations

import copy
import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_diff.py"

_spec = importlib.util.spec_from_file_location("spec_diff", SCRIPT)
assert _spec is not None
assert _spec.loader is not None
spec_diff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(spec_diff)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(name: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": ref(name)}}}


def tag(value: str) -> dict[str, Any]:
    return {"type": "string", "const": value, "default": value}


BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "2023-06-01"},
    "paths": {
        "/v1/things": {
            "post": {
                "operationId": "things_create",
                "parameters": [
                    {"name": "anthropic-version", "in": "header", "schema": {"type": "string"}}
                ],
                "requestBody": json_body("ThingCreateRequest"),
                "responses": {"200": {"description": "The thing.", **json_body("Thing")}},
            },
            "get": {
                "operationId": "things_list",
                "responses": {"200": {"description": "Things.", **json_body("ThingList")}},
            },
        },
    },
    "components": {
        "schemas": {
            "ThingCreateRequest": {  # request-side: referenced from a request body
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "size": {"type": "integer"},
                    "options": ref("Options"),
                    "kind": {
                        "anyOf": [
                            {"type": "string", "enum": ["small", "large"]},
                            {"type": "string"},
                        ]
                    },
                },
            },
            "Options": {  # request-side: reachable from a request body, no `Param` in its name
                "type": "object",
                "properties": {"verbose": {"type": "boolean"}},
            },
            "MetadataParam": {  # request-side by its name alone
                "type": "object",
                "properties": {"user_id": {"type": "string"}},
            },
            "Thing": {
                "type": "object",
                "required": ["id", "type", "block", "count"],
                "properties": {
                    "id": {"type": "string"},
                    "type": tag("thing"),
                    "count": {"type": "integer"},
                    "status": {"anyOf": [ref("Status"), {"type": "string"}, {"type": "null"}]},
                    "block": ref("Block"),
                    "labels": {"type": "array", "items": {"type": "string"}},
                },
            },
            "ThingList": {
                "type": "object",
                "properties": {"data": {"type": "array", "items": ref("Thing")}},
            },
            "Status": {"type": "string", "enum": ["active", "done"]},
            "Block": {
                "oneOf": [ref("TextBlock"), ref("ImageBlock")],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {
                        "text": "#/components/schemas/TextBlock",
                        "image": "#/components/schemas/ImageBlock",
                    },
                },
            },
            "TextBlock": {
                "type": "object",
                "required": ["type", "text"],
                "properties": {"type": tag("text"), "text": {"type": "string"}},
            },
            "ImageBlock": {
                "type": "object",
                "required": ["type", "url"],
                "properties": {"type": tag("image"), "url": {"type": "string"}},
            },
        }
    },
}

Mutation = Callable[[dict[str, Any]], object]


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def changes(mutate: Mutation) -> list[tuple[str, str, str, str]]:
    """(kind, sign, text, breaking reason) for each change `mutate` makes to BASE."""
    new = copy.deepcopy(BASE)
    mutate(new)
    report = spec_diff.compare(copy.deepcopy(BASE), new)
    return [(kind, *item) for kind, items in report.changes.items() for item in items]


def add_block(spec: dict[str, Any]) -> None:
    schemas(spec)["FancyBlock"] = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": tag("fancy"), "sparkle": {"type": "integer"}},
    }
    schemas(spec)["Block"]["oneOf"].append(ref("FancyBlock"))
    schemas(spec)["Block"]["discriminator"]["mapping"]["fancy"] = "#/components/schemas/FancyBlock"


def remove_block(spec: dict[str, Any]) -> None:
    del schemas(spec)["ImageBlock"]
    schemas(spec)["Block"]["oneOf"].pop()
    del schemas(spec)["Block"]["discriminator"]["mapping"]["image"]


def test_no_changes() -> None:
    assert changes(lambda spec: None) == []
    report = spec_diff.compare(BASE, BASE)
    assert report.render("t").splitlines()[-1] == "0 changes, 0 breaking"


# (mutation, expected changes as (kind, sign, text, breaking?)): exactly these and no others.
CASES: dict[str, tuple[Mutation, list[tuple[str, str, str, bool]]]] = {
    "operation added": (
        lambda s: s["paths"].update(
            {"/v1/things/{id}": {"delete": {"operationId": "things_delete", "responses": {}}}}
        ),
        [("operations", "+", "DELETE /v1/things/{id} (things_delete)", False)],
    ),
    "operation removed": (
        lambda s: s["paths"]["/v1/things"].pop("get"),
        [("operations", "-", "GET /v1/things (things_list)", True)],
    ),
    "operationId renamed": (
        lambda s: s["paths"]["/v1/things"]["get"].update(operationId="things_all"),
        [("operations", "~", "GET /v1/things: operationId things_list -> things_all", True)],
    ),
    "response body changed": (
        lambda s: s["paths"]["/v1/things"]["post"]["responses"]["200"].update(json_body("Options")),
        [
            (
                "operations",
                "~",
                "POST /v1/things responses 200 application/json: Thing -> Options",
                True,
            )
        ],
    ),
    "optional parameter added": (
        lambda s: s["paths"]["/v1/things"]["get"].update(
            parameters=[{"name": "limit", "in": "query", "schema": {"type": "integer"}}]
        ),
        [("parameters", "+", "GET /v1/things: query limit", False)],
    ),
    "required parameter added": (
        lambda s: s["paths"]["/v1/things"]["get"].update(
            parameters=[{"name": "org", "in": "query", "required": True, "schema": {}}]
        ),
        [("parameters", "+", "GET /v1/things: query org (required)", True)],
    ),
    "parameter removed": (
        lambda s: s["paths"]["/v1/things"]["post"].pop("parameters"),
        [("parameters", "-", "POST /v1/things: header anthropic-version", True)],
    ),
    "schema added": (
        lambda s: schemas(s).update(
            Extra={"type": "object", "properties": {"a": {"type": "string"}}}
        ),
        [("schemas", "+", "Extra: object {a}", False)],
    ),
    "schema removed": (
        lambda s: schemas(s).pop("MetadataParam"),
        [("schemas", "-", "MetadataParam: object", True)],
    ),
    "response property added": (
        lambda s: schemas(s)["Thing"]["properties"].update(new_counter={"type": "integer"}),
        [("properties", "+", "Thing.new_counter: integer", False)],
    ),
    "required response property added": (
        lambda s: (
            schemas(s)["Thing"]["properties"].update(score={"type": "number"}),
            schemas(s)["Thing"]["required"].append("score"),
        ),
        [("properties", "+", "Thing.score: number (required)", False)],
    ),
    "optional request property added": (
        lambda s: schemas(s)["ThingCreateRequest"]["properties"].update(
            color={"type": ["string", "null"]}
        ),
        [("properties", "+", "ThingCreateRequest.color: string | null", False)],
    ),
    "required request property added": (
        lambda s: (
            schemas(s)["ThingCreateRequest"]["properties"].update(owner={"type": "string"}),
            schemas(s)["ThingCreateRequest"]["required"].append("owner"),
        ),
        [("properties", "+", "ThingCreateRequest.owner: string (required)", True)],
    ),
    "required property added to a schema reached from the request body": (
        lambda s: (
            schemas(s)["Options"]["properties"].update(level={"type": "integer"}),
            schemas(s)["Options"].update(required=["level"]),
        ),
        [("properties", "+", "Options.level: integer (required)", True)],
    ),
    "required property added to a Param schema": (
        lambda s: (
            schemas(s)["MetadataParam"]["properties"].update(team={"type": "string"}),
            schemas(s)["MetadataParam"].update(required=["team"]),
        ),
        [("properties", "+", "MetadataParam.team: string (required)", True)],
    ),
    "request property became required": (
        lambda s: schemas(s)["ThingCreateRequest"]["required"].append("size"),
        [("properties", "~", "ThingCreateRequest.size: now required", True)],
    ),
    "response property no longer required": (
        lambda s: schemas(s)["Thing"]["required"].remove("count"),
        [("properties", "~", "Thing.count: no longer required", True)],
    ),
    "property removed": (
        lambda s: schemas(s)["Thing"]["properties"].pop("labels"),
        [("properties", "-", "Thing.labels: array[string]", True)],
    ),
    "property renamed": (
        lambda s: schemas(s)["Thing"]["properties"].update(
            tally=schemas(s)["Thing"]["properties"].pop("count")
        ),
        [
            ("properties", "+", "Thing.tally: integer", False),
            ("properties", "-", "Thing.count: integer (renamed to tally?)", True),
        ],
    ),
    "property type changed": (
        lambda s: schemas(s)["Thing"]["properties"]["count"].update(type="string"),
        [("properties", "~", "Thing.count: integer -> string", True)],
    ),
    "response property widened to nullable": (
        lambda s: schemas(s)["Thing"]["properties"]["count"].update(type=["integer", "null"]),
        [("properties", "~", "Thing.count: integer -> integer | null", True)],
    ),
    "request property widened to nullable": (
        lambda s: schemas(s)["ThingCreateRequest"]["properties"]["size"].update(
            type=["integer", "null"]
        ),
        [("properties", "~", "ThingCreateRequest.size: integer -> integer | null", False)],
    ),
    "array item type changed": (
        lambda s: schemas(s)["Thing"]["properties"]["labels"]["items"].update(type="integer"),
        [("properties", "~", "Thing.labels: array[string] -> array[integer]", True)],
    ),
    "enum value added": (
        lambda s: schemas(s)["Status"]["enum"].append("paused"),
        [("enum values", "+", "Status: 'paused'", False)],
    ),
    "enum value removed": (
        lambda s: schemas(s)["Status"]["enum"].remove("done"),
        [("enum values", "-", "Status: 'done'", True)],
    ),
    "const tag changed": (
        lambda s: schemas(s)["Thing"]["properties"].update(type=tag("item")),
        [
            ("enum values", "+", "Thing.type: 'item'", False),
            ("enum values", "-", "Thing.type: 'thing'", True),
        ],
    ),
    "open anyOf enum value added": (
        lambda s: schemas(s)["ThingCreateRequest"]["properties"]["kind"]["anyOf"][0]["enum"].append(
            "huge"
        ),
        [("enum values", "+", "ThingCreateRequest.kind: 'huge'", False)],
    ),
    "open anyOf enum value removed": (
        lambda s: schemas(s)["ThingCreateRequest"]["properties"]["kind"]["anyOf"][0]["enum"].remove(
            "small"
        ),
        [("enum values", "-", "ThingCreateRequest.kind: 'small'", True)],
    ),
    "union member added": (
        add_block,
        [
            ("schemas", "+", "FancyBlock: object {type, sparkle}", False),
            ("schemas", "~", "Block: union member added: FancyBlock", False),
            ("enum values", "+", "Block.type (tag): 'fancy'", False),
        ],
    ),
    "union member removed": (
        remove_block,
        [
            ("schemas", "-", "ImageBlock: object", True),
            ("schemas", "~", "Block: union member removed: ImageBlock", True),
            ("enum values", "-", "Block.type (tag): 'image'", True),
        ],
    ),
    "api version changed": (
        lambda s: s["info"].update(version="2025-01-01"),
        [("api", "~", "info.version: 2023-06-01 -> 2025-01-01", False)],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_kind_of_change(case: str) -> None:
    mutate, expected = CASES[case]
    found = [(kind, sign, text, bool(why)) for kind, sign, text, why in changes(mutate)]
    assert sorted(found) == sorted(expected)


def test_breaking_reasons_are_named() -> None:
    reasons = {why for _, _, _, why in changes(remove_block)}
    assert reasons == {"removed schema", "removed member", "removed enum value"}
    (only,) = changes(lambda s: s["paths"]["/v1/things"].pop("get"))
    assert only[3] == "removed operation"


def test_report_groups_by_kind_and_summarizes() -> None:
    new = copy.deepcopy(BASE)
    add_block(new)
    schemas(new)["Status"]["enum"].remove("done")
    text = spec_diff.compare(BASE, new).render("Spec changes: a -> b")
    assert text.splitlines() == [
        "Spec changes: a -> b",
        "",
        "Schemas (2)",
        "  + FancyBlock: object {type, sparkle}",
        "  ~ Block: union member added: FancyBlock",
        "",
        "Enum values (2)",
        "  + Block.type (tag): 'fancy'",
        "  - Status: 'done'  [BREAKING: removed enum value]",
        "",
        "4 changes, 1 breaking",
    ]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def test_cli_with_files_and_exit_codes(tmp_path: Path) -> None:
    base = write(tmp_path / "base.yaml", BASE)
    new = copy.deepcopy(BASE)
    schemas(new)["Status"]["enum"].remove("done")
    head = write(tmp_path / "head.yaml", new)
    report_only = run("--base-file", str(base), "--head-file", str(head))
    assert report_only.returncode == 0, report_only.stderr
    assert "- Status: 'done'  [BREAKING: removed enum value]" in report_only.stdout
    assert report_only.stdout.rstrip().endswith("1 changes, 1 breaking")
    failing = run("--base-file", str(base), "--head-file", str(head), "--fail-on-breaking")
    assert failing.returncode == 1
    clean = run("--base-file", str(base), "--head-file", str(base), "--fail-on-breaking")
    assert clean.returncode == 0
    assert "No changes." in clean.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_cli_between_git_revisions(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip()

    git("init", "-q")
    spec_path = tmp_path / "openapi" / "claude-api.yaml"
    write(spec_path, BASE)
    git("add", ".")
    git("commit", "-q", "-m", "base")
    first = git("rev-parse", "HEAD")
    changed = copy.deepcopy(BASE)
    add_block(changed)
    write(spec_path, changed)
    git("commit", "-q", "-am", "fancy block")
    changed["paths"]["/v1/things"].pop("get")
    write(spec_path, changed)  # uncommitted: only the working tree has it

    committed = run("--repo", str(tmp_path), "--base", first, "--head", "HEAD")
    assert committed.returncode == 0, committed.stderr
    assert committed.stdout.startswith(f"Spec changes: {first} (openapi/claude-api.yaml) -> HEAD")
    assert committed.stdout.rstrip().endswith("3 changes, 0 breaking")

    worktree = run("--repo", str(tmp_path), "--fail-on-breaking")  # HEAD vs the working tree
    assert worktree.returncode == 1
    assert "Spec changes: HEAD (openapi/claude-api.yaml) -> working tree" in worktree.stdout
    assert "- GET /v1/things (things_list)  [BREAKING: removed operation]" in worktree.stdout
    assert worktree.stdout.rstrip().endswith("1 changes, 1 breaking")

    missing = run("--repo", str(tmp_path), "--base", "no-such-rev")
    assert missing.returncode != 0
    assert "cannot read openapi/claude-api.yaml at no-such-rev" in missing.stderr
