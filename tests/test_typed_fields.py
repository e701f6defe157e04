"""The typed keyword fields of the message calls follow the generated models (so the spec)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from claude._build.request_fields import count_tokens_fields, create_fields
from claude._build.typed_fields import (
    CallOptionFields,
    MessageCountTokensFields,
    MessageCreateFields,
)

ROOT = Path(__file__).resolve().parent.parent


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_typed_kwargs", ROOT / "scripts/gen_typed_kwargs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_committed_module_is_what_the_script_writes() -> None:
    gen = script()
    assert gen.TARGET.read_text() == gen.render()
    assert gen.main(["--check"]) == 0


def test_a_new_spec_field_makes_the_check_fail(tmp_path: Path) -> None:
    gen = script()
    stale = tmp_path / "typed_fields.py"
    stale.write_text(gen.render().replace("    top_k: int\n", "", 1))
    gen.TARGET = stale
    assert gen.main(["--check"]) == 1


def test_the_fields_are_those_of_the_generated_params() -> None:
    options = set(CallOptionFields.__optional_keys__)
    assert options == {"timeout", "max_retries", "extra_headers", "betas"}
    assert set(MessageCreateFields.__optional_keys__) - options == set(create_fields()) - {"stream"}
    assert set(MessageCountTokensFields.__optional_keys__) - options == set(count_tokens_fields())
    assert not MessageCreateFields.__required_keys__  # a builder or params may give them


def test_no_runtime_import() -> None:
    """The resources import the TypedDicts for type checkers only."""
    source = (ROOT / "overlay/claude/_resources.py").read_text()
    head, _, _ = source.partition("__all__")
    checking = head.split("if TYPE_CHECKING:", 1)[1]
    assert "typed_fields" in checking
    assert "typed_fields" not in head.split("if TYPE_CHECKING:", 1)[0]
