"""Dynamic configuration: options from a TOML file, reloaded when it changes."""

import pathlib
import tempfile

import claude

with tempfile.TemporaryDirectory() as folder:
    path = pathlib.Path(folder) / "claude.toml"
    path.write_text("max_retries = 1\ntimeout = 30\n\n[circuit_breaker]\nfailure_threshold = 5\n")
    with claude.Client(config_file=path, reload_interval=1.0) as client:
        print("from the file:", client.config.max_retries, client.config.timeout.read)
        client.messages.count_tokens(
            model="claude-sonnet-4-5", messages=[{"role": "user", "content": "hi"}]
        )

        path.write_text(
            "max_retries = 4\ntimeout = 60\n\n[circuit_breaker]\nfailure_threshold = 2\n"
        )
        claude.reload_config(client)  # or wait: a request after reload_interval notices it
        policies = client.config.policies
        assert policies is not None
        assert policies.circuit_breaker is not None
        print("reloaded:", client.config.max_retries, client.config.timeout.read,
              policies.circuit_breaker.failure_threshold)  # fmt: skip

        path.write_text("max_retries = -3\n")  # invalid: nothing is applied
        try:
            claude.reload_config(client)
        except claude.ConfigReloadError as exc:
            print("refused:", exc.args[0].split(": ", 1)[1])
        print("still in force:", client.config.max_retries)
