"""The overlay's shape: public names written once and importable, no import cycles, lazy import.

The import graph is read from the source with ``ast``: every import counts, module-level,
inside ``if TYPE_CHECKING:`` and inside functions, so a cycle cannot hide behind a lazy import.
"""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import claude
import pytest

ROOT = pathlib.Path(claude.__file__).parent
MAX_LINES = 400


def _modules() -> dict[str, pathlib.Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The overlay modules an import statement loads (its own ancestor packages aside)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
        if node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            target = ".".join([*base, *([node.module] if node.module else [])])
        else:
            target = node.module or ""
        names = [target, *(f"{target}.{alias.name}" for alias in node.names)]
    ancestors = {module.rsplit(".", n)[0] for n in range(1, module.count(".") + 1)}
    return {name for name in names if name in MODULES and name != module} - ancestors


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                graph[module] |= _targets(module, node)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of *graph* (as a path that returns to its start), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)) is not None:
            return cycle
    return None


def test_no_import_cycles() -> None:
    graph = import_graph()
    assert graph["claude._client"]  # the walk sees imports at all
    assert "claude._build.limits" in graph["claude._build.pipeline"]
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_the_cycle_finder_finds_cycles() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_function_level_and_type_checking_imports_count() -> None:
    # _client imports _resources only inside properties; _tools/tool imports only for typing
    graph = import_graph()
    assert "claude._resources" in graph["claude._client"]
    assert "claude._tools.tool" in graph["claude._build.blocks"]


def test_no_module_over_the_size_limit() -> None:
    sizes = {module: len(path.read_text().splitlines()) for module, path in MODULES.items()}
    assert {module: n for module, n in sizes.items() if n > MAX_LINES} == {}


# --- public names ------------------------------------------------------------------------------


def _type_checking_imports() -> set[tuple[str, str]]:
    """``(module, name)`` of the re-exports in ``if TYPE_CHECKING:`` of ``claude/__init__``."""
    tree = ast.parse((ROOT / "__init__.py").read_text())
    found = set()
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                for alias in statement.names:
                    assert alias.asname == alias.name, "re-export as `from m import X as X`"
                    found.add(("." * statement.level + (statement.module or ""), alias.name))
    return found


def test_all_is_sorted_and_importable() -> None:
    assert claude.__all__ == sorted(claude.__all__)
    assert len(claude.__all__) == len(set(claude.__all__)) > 50
    for name in claude.__all__:
        assert getattr(claude, name) is not None
    namespace: dict[str, object] = {}
    exec("from claude import *", namespace)
    assert set(claude.__all__) <= set(namespace)


def test_type_checking_imports_match_the_one_list() -> None:
    expected = {(module, name) for module, names in claude._EXPORTS.items() for name in names}
    block = "\n".join(f"    from {m} import {n} as {n}" for m, n in sorted(expected))
    assert _type_checking_imports() == expected, f"paste into claude/__init__.py:\n{block}"


def test_each_name_comes_from_the_module_listed() -> None:
    import importlib

    for module, names in claude._EXPORTS.items():
        loaded = importlib.import_module(module, "claude")
        for name in names:
            assert getattr(claude, name) is getattr(loaded, name)
            assert name in getattr(loaded, "__all__", ()), f"{module}.__all__ lacks {name}"


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'does_not_exist'"):
        claude.does_not_exist  # type: ignore[attr-defined]  # noqa: B018


def test_import_claude_loads_no_submodule() -> None:
    code = (
        "import sys, claude; "
        "print(sorted(m for m in sys.modules if m.startswith(('claude', 'httpx', 'attrs'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "['claude']"


def test_importing_the_client_loads_neither_the_models_nor_httpcore() -> None:
    """``from claude import Client`` stays light: the generated models (and attrs) load at the
    first parse, httpcore when a client builds its transport."""
    code = (
        "import sys; from claude import Client; "
        "print(sorted(m for m in ('attrs', 'claude_api', 'httpcore') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
