"""The key store: what is kept of a key (its hash, never the key), revocation, development keys."""

from __future__ import annotations

import hashlib

import pytest

from api.store import keys as keys_store
from api.store.models import ApiKey


def test_the_stored_row_holds_the_hash_and_never_the_key(db):
    row, key = keys_store.create_key("frontend", "write")

    stored = ApiKey.select().where(ApiKey.id == row.id).tuples().get()  # every column, raw
    assert key.startswith(f"{row.prefix}_")
    assert all(key not in str(value) for value in stored)
    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert (row.name, row.scope, row.revoked_at, row.last_used_at) == (
        "frontend",
        "write",
        None,
        None,
    )


def test_every_key_is_new_and_long(db):
    keys = [keys_store.create_key(f"client {n}")[1] for n in range(20)]

    assert len(set(keys)) == 20
    assert all(len(key) >= 50 and keys_store.is_well_formed(key) for key in keys)


def test_find_key_tells_its_own_keys_from_others(db):
    row, key = keys_store.create_key("reader", "read")

    assert keys_store.find_key(key).id == row.id
    assert keys_store.find_key(key + "x") is None
    assert keys_store.find_key(key.upper()) is None
    assert keys_store.find_key("") is None


def test_revoke_is_for_good_and_a_second_revoke_changes_nothing(db):
    row, key = keys_store.create_key("old laptop")

    first = keys_store.revoke_key(row.id)
    again = keys_store.revoke_key(row.id)

    assert first.revoked_at is not None
    assert again.revoked_at == first.revoked_at
    assert keys_store.find_key(key).revoked_at == first.revoked_at
    assert keys_store.revoke_key(row.id + 1000) is None


def test_a_given_key_is_registered_once_by_its_hash(db):
    given = "a-development-key-of-thirty-two-c"

    row, created = keys_store.register_given_key(given)
    again, created_again = keys_store.register_given_key(given)

    assert (created, created_again) == (True, False)
    assert again.id == row.id
    assert ApiKey.select().count() == 1
    assert keys_store.find_key(given).id == row.id
    assert row.prefix == given[:8]


@pytest.mark.parametrize("given", ["short", "has spaces in it, which no header can carry"])
def test_a_given_key_must_be_long_and_header_safe(db, given):
    with pytest.raises(ValueError, match="24 to 256 characters"):
        keys_store.register_given_key(given)
    assert ApiKey.select().count() == 0


def test_each_new_development_key_revokes_the_one_before(db):
    manual, _ = keys_store.create_key("ci")
    first, first_key, revoked_first = keys_store.rotate_dev_key()
    second, second_key, revoked_second = keys_store.rotate_dev_key()

    assert revoked_first == []
    assert [r.id for r in revoked_second] == [first.id]
    assert keys_store.find_key(first_key).revoked_at is not None
    assert keys_store.find_key(second_key).revoked_at is None
    assert ApiKey.get_by_id(manual.id).revoked_at is None  # keys made by hand are left alone
