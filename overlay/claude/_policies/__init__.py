"""Opt-in reliability policies for fleets, each off by default and free when off.

Configured through ``ClientOptions`` (``circuit_breaker``, ``rate_limit``, ``failover``,
``usage``, ``event_hooks``, ``compress_requests``, ``config_file``, ``reload_interval``); this
package is imported only when one of them is given. The policies act per attempt in a
transport under the retry transport (:mod:`.transport`), around one shared core
(:mod:`.runtime`); each decision lives in its own pure module: :mod:`.breaker`,
:mod:`.limiter`, :mod:`.failover`, :mod:`.usage`, :mod:`.compress`; diagnostics in
:mod:`.curl`, health checks in :mod:`.health`, configuration files in :mod:`.dynamic`.
"""
