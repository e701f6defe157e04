"""The generated `claude_api.models` package resolves names on first access (template override
`openapi/templates/models_init.py.jinja`), and the post-hooks make generated imports absolute
and `cast()` types quoted (`openapi/generator-config.yaml`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import claude_api.models
import pytest

GENERATED = Path(claude_api.models.__file__).resolve().parent.parent


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip()


def test_touching_one_model_imports_only_what_it_needs() -> None:
    loaded = _run(
        "import sys; from claude_api.models import Message; "
        "print(sum(m.startswith('claude_api.models.') for m in sys.modules))"
    )
    total = len(claude_api.models.__all__)
    assert total > 250
    assert int(loaded) < 10  # the stock __init__ imports every model module


def test_every_exported_name_resolves_to_its_class() -> None:
    for name in claude_api.models.__all__:
        value = getattr(claude_api.models, name)
        if value is dict:  # a free-form JSON object is a plain dict
            continue
        if isinstance(value, type):  # a model class (Literal enums are type aliases)
            assert value.__name__ == name
    assert sorted(dir(claude_api.models)) == sorted(claude_api.models.__all__)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        claude_api.models.NoSuchModel  # noqa: B018


def test_generated_imports_are_absolute_and_casts_quoted() -> None:
    sources = [p.read_text(encoding="utf-8") for p in GENERATED.rglob("*.py")]
    assert sources
    assert not [s for s in sources if "from .." in s or "from . " in s]
    message = (GENERATED / "models" / "message.py").read_text(encoding="utf-8")
    assert 'cast(\n        "BashCodeExecutionToolResultBlock | ' in message
