"""Runs one client call in a fresh process and prints what happened as JSON.

``python child.py '<json>'``: the scenario names the client kind (``sync``/``async``), the
operation, the ``base_url`` and client options. The same operation first runs once against the
``ok`` fault (imports, pool and parsers warmed up); then the peak RSS is reset
(``/proc/self/clear_refs``) and the faulty call is timed and measured. Printed: the error class,
message and status, the seconds taken, the peak RSS growth in bytes, and every place of the
error (``str``, ``repr``, pickle, traceback, its request headers, the chained httpx exception
and its request) where the API key shows.
"""

from __future__ import annotations

import asyncio
import json
import pickle
import resource
import sys
import time
import traceback
from typing import Any

import claude
import httpx
from claude._retry import set_testing

KEY = "sk-ant-fault-KEY-0123456789"
CREATE = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 16,
    "messages": [{"role": "user", "content": "Hi"}],
}


def _status(name: str) -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(name + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # resets VmHWM to the current RSS
    except OSError:
        return False
    return True


def _run_sync(client: claude.Client, op: str) -> object:
    if op == "create":
        return client.messages.create(**CREATE).id
    if op == "count_tokens":
        return client.messages.count_tokens(**CREATE).input_tokens
    if op == "stream":
        with client.messages.stream(**CREATE) as stream:
            return stream.get_final_text()
    if op == "results":
        with client.messages.batches.results("msgbatch_1") as results:
            return [line.custom_id for line in results]
    raise ValueError(op)


async def _run_async(client: claude.AsyncClient, op: str) -> object:
    if op == "create":
        return (await client.messages.create(**CREATE)).id
    if op == "count_tokens":
        return (await client.messages.count_tokens(**CREATE)).input_tokens
    if op == "stream":
        async with client.messages.stream(**CREATE) as stream:
            return await stream.get_final_text()
    if op == "results":
        results = await client.messages.batches.results("msgbatch_1")
        async with results:
            return [line.custom_id async for line in results]
    raise ValueError(op)


def _leaks(err: BaseException) -> list[str]:
    """Where the key shows in *err*."""
    places: dict[str, object] = {
        "str": str(err),
        "repr": repr(err),
        "traceback": "".join(traceback.format_exception(err)),
        "pickle": pickle.dumps(err),
    }
    request = getattr(err, "request", None)
    if isinstance(request, httpx.Request):
        places["request.headers"] = repr(request.headers)
    response = getattr(err, "response", None)
    if isinstance(response, httpx.Response):
        places["response.request.headers"] = repr(response.request.headers)
    for name in ("__cause__", "__context__"):
        chained = getattr(err, name)
        depth = 0
        while chained is not None and depth < 5:
            places[f"{name}[{depth}]"] = repr(chained) + str(chained)
            try:
                inner = chained.request
            except (AttributeError, RuntimeError):
                inner = None
            if isinstance(inner, httpx.Request):
                places[f"{name}[{depth}].request.headers"] = repr(inner.headers)
            chained = chained.__cause__ or chained.__context__
            depth += 1
    found = []
    for place, value in places.items():
        data = value if isinstance(value, bytes) else str(value).encode()
        if KEY.encode() in data:
            found.append(place)
    return found


def _client_kwargs(spec: dict[str, Any], base_url: str, *, asynchronous: bool) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"base_url": base_url, "api_key": KEY, **spec.get("options", {})}
    if spec.get("follow_redirects"):
        cls = httpx.AsyncClient if asynchronous else httpx.Client
        kwargs["http_client"] = cls(follow_redirects=True)
    return kwargs


class Measure:
    """Peak RSS growth and time around one call; ``done`` records its result or error."""

    def __init__(self) -> None:
        self.result: dict[str, Any] = {"error": None, "clear_refs": _reset_peak()}
        self.before = _status("VmRSS")
        self.start = time.monotonic()

    def done(self, value: object = None, err: BaseException | None = None) -> dict[str, Any]:
        result = self.result
        result["elapsed"] = time.monotonic() - self.start
        result["growth"] = _status("VmHWM") - self.before
        if err is None:
            result["result"] = value
            return result
        result["error"] = type(err).__name__
        result["bases"] = [cls.__name__ for cls in type(err).__mro__]
        result["message"] = str(err)
        for name in ("status_code", "retries", "limit", "size", "request_id"):
            result[name] = getattr(err, name, None)
        result["leaks"] = _leaks(err)
        return result


def main() -> None:
    spec = json.loads(sys.argv[1])
    set_testing(not spec.get("real_waits", False))
    op = spec["op"]
    if spec["mode"] == "sync":
        with claude.Client(**_client_kwargs(spec, spec["warmup"], asynchronous=False)) as warm:
            _run_sync(warm, op)
        client = claude.Client(**_client_kwargs(spec, spec["base_url"], asynchronous=False))
        measure = Measure()
        try:
            outcome = measure.done(_run_sync(client, op))
        except Exception as err:  # what the test is about
            outcome = measure.done(err=err)
    else:

        async def run() -> dict[str, Any]:
            kwargs = _client_kwargs(spec, spec["warmup"], asynchronous=True)
            async with claude.AsyncClient(**kwargs) as warm:
                await _run_async(warm, op)
            kwargs = _client_kwargs(spec, spec["base_url"], asynchronous=True)
            client = claude.AsyncClient(**kwargs)
            measure = Measure()
            try:
                return measure.done(await _run_async(client, op))
            except Exception as err:  # what the test is about
                return measure.done(err=err)

        outcome = asyncio.run(run())
    print(json.dumps(outcome))


if __name__ == "__main__":
    main()
