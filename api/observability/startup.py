"""The start-up log line: version, database (password hidden) and the main settings."""

from __future__ import annotations

import logging
import os
import tomllib
from importlib import metadata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from api.config import PROJECT_ROOT, Settings

log = logging.getLogger("copydesk")
DISTRIBUTION = "copydesk"


def app_version() -> str:
    """The installed distribution's version, else pyproject.toml's (a checkout run in place)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        with open(PROJECT_ROOT / "pyproject.toml", "rb") as file:
            return tomllib.load(file)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def redacted(url: str) -> str:
    """A database URL fit for a log: any password (`user:pw@`, `?password=`) shown as `***`."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if parts.password is None and all(key != "password" for key, _ in query):
        return url  # untouched: urlunsplit would also rewrite sqlite:////abs/path
    if parts.password is not None:
        userinfo, _, host = parts.netloc.rpartition("@")
        parts = parts._replace(netloc=f"{userinfo.partition(':')[0]}:***@{host}")
    if any(key == "password" for key, _ in query):
        hidden = [(key, "***" if key == "password" else value) for key, value in query]
        parts = parts._replace(query=urlencode(hidden, safe="*"))
    return urlunsplit(parts)


def log_startup(settings: Settings) -> None:
    """State what this process serves, so that a log shows which build ran against what."""
    limits = (
        {
            "reads_per_ip": settings.ratelimit_reads_per_ip,
            "writes_per_ip": settings.ratelimit_writes_per_ip,
            "writes_per_key": settings.ratelimit_writes_per_key,
            "storage": redacted(settings.ratelimit_storage_uri),
        }
        if settings.ratelimit_enabled
        else "off"
    )
    log.info(
        "copydesk %s starting",
        app_version(),
        extra={
            "version": app_version(),
            "database": redacted(settings.database_url),
            "pid": os.getpid(),
            "rate_limits": limits,
            "cors_origins": list(settings.cors_origins),
            "trusted_proxies": settings.trusted_proxies,
            "max_body_bytes": settings.max_body_bytes,
        },
    )
