"""Settings of the web app: limits, concurrency and access, from arguments or environment."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, fields, replace
from typing import Any

from rhetoscope.errors import RhetoscopeError

MIB = 1024 * 1024
ENV_PREFIX = "RHETOSCOPE_"


class ServeConfigError(RhetoscopeError):
    """The server was asked to run in a way that is unsafe or impossible."""

    code = "R608"


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None  # required (and then checked on every request) off loopback
    max_body_bytes: int = 10 * MIB  # whole request, upload or pasted text included
    timeout_s: float = 120.0  # one analysis, queue wait excluded
    workers: int = 2  # analyses running at once
    queue_size: int = 16  # analyses waiting; beyond that: 503 + Retry-After
    retry_after_s: int = 10
    allow_private_urls: bool = False  # let URL analyses reach private/loopback/link-local hosts
    keep_reports: int = 64  # recent results kept in memory for /report/{id}
    stages: tuple[str, ...] | None = None  # None: the default analysis
    warm: bool = False  # run one tiny analysis at start-up so the first request is not cold

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``RHETOSCOPE_*`` variables (``RHETOSCOPE_TOKEN`` …), then overrides."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self.host)

    def check(self) -> None:
        """Refuse unsafe or impossible settings with one actionable line."""
        if not self.is_loopback and not self.token:
            raise ServeConfigError(
                f"refusing to listen on {self.host} without an API token; pass --token or set "
                "RHETOSCOPE_TOKEN (or bind 127.0.0.1)"
            )
        if self.token is not None and len(self.token) < 12:
            raise ServeConfigError("the API token is too short; use at least 12 characters")
        if self.workers < 1 or self.queue_size < 0:
            raise ServeConfigError("workers must be at least 1 and queue size at least 0")
        if self.max_body_bytes < 1024 or self.timeout_s <= 0:
            raise ServeConfigError("the body cap must be at least 1 KiB and the timeout positive")


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name we cannot vouch for is treated as public


def _parse(name: str, raw: str) -> Any:
    if name in ("port", "max_body_bytes", "workers", "queue_size", "retry_after_s", "keep_reports"):
        return int(raw)
    if name == "timeout_s":
        return float(raw)
    if name in ("allow_private_urls", "warm"):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if name == "stages":
        return tuple(s.strip() for s in raw.split(",") if s.strip())
    return raw
