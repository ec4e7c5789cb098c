"""API keys: create, list, revoke and verify them; only their SHA-256 ever reaches the database."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from datetime import timedelta

from peewee import OperationalError

from api.store.db import database, utcnow
from api.store.models import ApiKey

KEY_START = "cdk_"  # recognisable in logs and by secret scanners
# RFC 6750's b64token: what may follow `Bearer ` at all. Longer tokens are never ours.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9._~+/-]+=*")
MAX_TOKEN_LENGTH = 256
# A key given rather than generated (COPYDESK_DEV_KEY) must still be hard to guess: SHA-256
# without salt or stretching is right only for high-entropy keys.
MIN_GIVEN_KEY_LENGTH = 24
# last_used_at is kept to about this precision: a write per request would cost throughput.
TOUCH_INTERVAL = timedelta(minutes=1)
# Names of the keys `python -m api keys dev` manages; `keys create` leaves this prefix to it.
DEV_NAME_PREFIX = "dev:"
AUTO_DEV_NAME = "dev:make run"
GIVEN_DEV_NAME = "dev:COPYDESK_DEV_KEY"

log = logging.getLogger(__name__)


def hash_key(key: str) -> str:
    """The stored form of a key: SHA-256, hex."""
    return hashlib.sha256(key.encode()).hexdigest()


def is_well_formed(token: str) -> bool:
    """Whether a bearer token could be a key at all (checked before any hashing or lookup)."""
    return len(token) <= MAX_TOKEN_LENGTH and TOKEN_PATTERN.fullmatch(token) is not None


def new_key() -> tuple[str, str]:
    """A fresh key and its public prefix: `cdk_<8 hex>_<43 url-safe characters>` (256 bits)."""
    prefix = f"{KEY_START}{secrets.token_hex(4)}"
    return f"{prefix}_{secrets.token_urlsafe(32)}", prefix


def create_key(name: str, scope: str = "write") -> tuple[ApiKey, str]:
    """Store a new key; returns its row and the key itself, which nothing can show again."""
    key, prefix = new_key()
    row = ApiKey.create(name=name, prefix=prefix, key_hash=hash_key(key), scope=scope)
    return row, key


def list_keys() -> list[ApiKey]:
    """Every key, revoked ones included, oldest first."""
    return list(ApiKey.select().order_by(ApiKey.id))


def revoke_key(key_id: int) -> ApiKey | None:
    """Revoke a key for good (a second revoke changes nothing); None when there is no such key."""
    row = ApiKey.get_or_none(ApiKey.id == key_id)
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
        row.save(only=[ApiKey.revoked_at])
    return row


def find_key(token: str) -> ApiKey | None:
    """The row of a presented key, revoked or not; None when it is no key of ours.

    The lookup is by hash: the index compares SHA-256 digests, so its timing says nothing
    usable about any key, and the final comparison is constant-time all the same.
    """
    if not is_well_formed(token):
        return None
    digest = hash_key(token)
    row = ApiKey.get_or_none(ApiKey.key_hash == digest)
    if row is None or not hmac.compare_digest(row.key_hash, digest):
        return None
    return row


def touch(row: ApiKey) -> None:
    """Record that a key was used, at most once per TOUCH_INTERVAL (stale rows only)."""
    now = utcnow()
    if row.last_used_at is not None and now - row.last_used_at < TOUCH_INTERVAL:
        return
    stale = ApiKey.last_used_at.is_null() | (ApiKey.last_used_at < now - TOUCH_INTERVAL)
    try:
        ApiKey.update(last_used_at=now).where((ApiKey.id == row.id) & stale).execute()
    except OperationalError as exc:
        # Bookkeeping only: a busy database must not fail the request the key is good for.
        log.warning("could not record the use of API key %s: %s", row.id, exc)


def register_given_key(key: str) -> tuple[ApiKey, bool]:
    """Store a key chosen outside (COPYDESK_DEV_KEY) unless stored already; (row, created).

    ValueError when the key is too short or has characters a bearer token cannot carry.
    """
    if len(key) < MIN_GIVEN_KEY_LENGTH or not is_well_formed(key):
        raise ValueError(
            f"a given key needs {MIN_GIVEN_KEY_LENGTH} to {MAX_TOKEN_LENGTH} characters from"
            " A-Z a-z 0-9 - . _ ~ + / (try: python3 -c 'import secrets;"
            " print(secrets.token_urlsafe(32))')"
        )
    row = ApiKey.get_or_none(ApiKey.key_hash == hash_key(key))
    if row is not None:
        return row, False
    # Its first characters are shown in `keys list`: few enough to leave the rest unguessable.
    row = ApiKey.create(name=GIVEN_DEV_NAME, prefix=key[:8], key_hash=hash_key(key), scope="write")
    return row, True


def rotate_dev_key() -> tuple[ApiKey, str, list[ApiKey]]:
    """A new development key, revoking the ones made before it; (row, key, revoked rows)."""
    with database.atomic():
        previous = list(
            ApiKey.select().where((ApiKey.name == AUTO_DEV_NAME) & ApiKey.revoked_at.is_null())
        )
        row, key = create_key(AUTO_DEV_NAME, "write")
        for old in previous:
            revoke_key(old.id)
    return row, key, previous
