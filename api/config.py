"""Settings: the only module that reads os.environ."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'copydesk.db'}"


def _int(environ: dict, name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


@dataclass(frozen=True)
class Settings:
    """Typed configuration with defaults; tests build their own instead of touching os.environ."""

    database_url: str = DEFAULT_DATABASE_URL
    max_body_bytes: int = 2 * 1024 * 1024
    page_size_default: int = 20
    page_size_max: int = 100
    migrations_dir: str = str(PROJECT_ROOT / "migrations")
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: dict | None = None) -> Settings:
        """Read settings from environment variables (DATABASE_URL, MAX_BODY_BYTES)."""
        env = os.environ if environ is None else environ
        return cls(
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            max_body_bytes=_int(env, "MAX_BODY_BYTES", cls.max_body_bytes),
        )
