"""``claude models list|get``."""

from __future__ import annotations

import sys

import orjson

from .common import make_client, print_json

__all__ = ["get_model", "list_models"]


def list_models(*, as_json: bool) -> None:
    """Every model, one a line: ``id<TAB>display name<TAB>created`` (or JSON lines)."""
    with make_client() as client:
        for model in client.models.list(limit=100):
            if as_json:
                line = orjson.dumps(model.to_dict()).decode()
            else:
                created = model.to_dict().get("created_at", "")
                line = f"{model.id}\t{model.display_name}\t{str(created)[:10]}"
            sys.stdout.write(line + "\n")
    sys.stdout.flush()


def get_model(model_id: str) -> None:
    """One model as JSON."""
    with make_client() as client:
        print_json(client.models.retrieve(model_id).to_dict())
