"""Settings: the only module that reads os.environ."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'copydesk.db'}"


TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def _bool(environ: dict, name: str, default: bool) -> bool:
    raw = (environ.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in TRUE_WORDS | FALSE_WORDS:
        return raw in TRUE_WORDS
    raise ValueError(f"{name} must be 1 or 0 (true/false, yes/no, on/off), got {raw!r}")


def _rate(environ: dict, name: str, default: str) -> str:
    """A flask-limiter rate such as "60/minute" or "10/second;300/hour", checked at start-up."""
    from limits import parse_many  # the limits package parses exactly what flask-limiter will

    value = (environ.get(name) or "").strip() or default
    try:
        parse_many(value)
    except ValueError:
        raise ValueError(f"{name} must be a rate such as 60/minute, got {value!r}") from None
    return value


def _origins(environ: dict, name: str) -> tuple[str, ...]:
    return tuple(o.strip().rstrip("/") for o in (environ.get(name) or "").split(",") if o.strip())


def _int(environ: dict, name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


def _mount(environ: dict, name: str) -> str:
    """A mount point such as /copydesk ("" for the root); a trailing slash is dropped."""
    raw = (environ.get(name) or "").strip()
    if raw and not raw.startswith("/"):
        raise ValueError(f"{name} must be a path starting with / (/copydesk), got {raw!r}")
    return raw.rstrip("/")


def _bool(environ: dict, name: str, default: bool) -> bool:
    raw = (environ.get(name) or "").strip().lower()
    if raw == "":
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be 1 or 0 (true or false), got {raw!r}")


@dataclass(frozen=True)
class Settings:
    """Typed configuration with defaults; tests build their own instead of touching os.environ."""

    database_url: str = DEFAULT_DATABASE_URL
    max_body_bytes: int = 2 * 1024 * 1024
    page_size_default: int = 20
    page_size_max: int = 100
    # PostgreSQL connections each worker process keeps open for reuse (SQLite needs no pool).
    db_pool_size: int = 4
    # POST /articles/import: its own body limit, and how many articles one upload may hold
    # (each is parsed and stored before the answer, within gunicorn's worker timeout).
    import_max_bytes: int = 64 * 1024 * 1024
    import_max_lines: int = 500
    # GETs need an API key too (of any scope); writes always need a `write` key.
    read_requires_key: bool = False
    # `python -m api keys dev` registers this key instead of creating one (make run, CI, Docker).
    dev_key: str | None = None
    migrations_dir: str = str(PROJECT_ROOT / "migrations")
    # Rate limits (flask-limiter rates): reads per client address, writes per address and per
    # API key. Memory storage counts in each worker process; redis:// shares counts.
    ratelimit_enabled: bool = True
    ratelimit_storage_uri: str = "memory://"
    ratelimit_reads_per_ip: str = "300/minute"
    ratelimit_writes_per_ip: str = "60/minute"
    ratelimit_writes_per_key: str = "120/minute"
    # Reverse proxies in front of the app whose X-Forwarded-For/-Proto are believed (0: none).
    trusted_proxies: int = 0
    # Browser origins allowed to call the API (CORS); empty: no CORS headers at all.
    cors_origins: tuple[str, ...] = ()
    # Where gunicorn's workers write their metrics for /metrics to sum (gunicorn.conf.py sets
    # it); empty: this process's metrics only.
    prometheus_multiproc_dir: str = ""
    # Where the API is mounted (SCRIPT_NAME, no trailing slash): the app answers only paths
    # under it (api/web/mount.py), its links start with it, and `python -m api cache warm`
    # builds the JSON with the links the server would give.
    script_name: str = ""
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: dict | None = None) -> Settings:
        """Read settings from the environment (DATABASE_URL, READ_REQUIRES_KEY, ...)."""
        env = os.environ if environ is None else environ
        pool_size = _int(env, "DB_POOL_SIZE", cls.db_pool_size)
        if pool_size < 1:
            raise ValueError(f"DB_POOL_SIZE must be at least 1, got {pool_size}")
        proxies = _int(env, "TRUSTED_PROXIES", cls.trusted_proxies)
        if proxies < 0:
            raise ValueError(f"TRUSTED_PROXIES must be 0 or more, got {proxies}")
        return cls(
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            max_body_bytes=_int(env, "MAX_BODY_BYTES", cls.max_body_bytes),
            db_pool_size=pool_size,
            import_max_bytes=_int(env, "IMPORT_MAX_BYTES", cls.import_max_bytes),
            import_max_lines=_int(env, "IMPORT_MAX_LINES", cls.import_max_lines),
            read_requires_key=_bool(env, "READ_REQUIRES_KEY", cls.read_requires_key),
            dev_key=env.get("COPYDESK_DEV_KEY") or None,
            ratelimit_enabled=_bool(env, "RATELIMIT_ENABLED", cls.ratelimit_enabled),
            ratelimit_storage_uri=env.get("RATELIMIT_STORAGE_URI") or cls.ratelimit_storage_uri,
            ratelimit_reads_per_ip=_rate(env, "RATELIMIT_READS_PER_IP", cls.ratelimit_reads_per_ip),
            ratelimit_writes_per_ip=_rate(
                env, "RATELIMIT_WRITES_PER_IP", cls.ratelimit_writes_per_ip
            ),
            ratelimit_writes_per_key=_rate(
                env, "RATELIMIT_WRITES_PER_KEY", cls.ratelimit_writes_per_key
            ),
            trusted_proxies=proxies,
            cors_origins=_origins(env, "CORS_ORIGINS"),
            prometheus_multiproc_dir=env.get("PROMETHEUS_MULTIPROC_DIR") or "",
            script_name=_mount(env, "SCRIPT_NAME"),
        )
