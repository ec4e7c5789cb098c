"""Shared fixtures: a migrated database per test on each backend, settings, app and client."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys

import pytest
from hypothesis import settings
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from api.config import PROJECT_ROOT, Settings
from api.observability.logs import JsonFormatter
from api.store.db import close_all, database, open_database
from api.web import representations
from tests.contract import Contract
from tests.pg_cluster import Cluster, ClusterError, ReusableDatabase, Server, find_bindir

# No property fails for taking long: hypothesis's 200 ms deadline is a timed assertion, and CI's
# shared machine made a PostgreSQL search property miss it under load (times live in benchmarks/).
# Every failure prints the blob that replays it (`@reproduce_failure`), since a rare draw may
# not be met again. CI draws the same examples on every run (derandomize): a red CI is the
# change's, never a new draw's; local runs keep exploring and save what they find.
settings.register_profile("copydesk", deadline=None, print_blob=True)
settings.register_profile("ci", deadline=None, print_blob=True, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "copydesk")

# Every test that uses a database runs once per backend; the parser's tests use none.
BACKENDS = ["sqlite", "postgresql"]
# An existing server to test against instead of a throwaway cluster (a superuser's URL).
EXTERNAL_POSTGRES = "COPYDESK_TEST_POSTGRES_URL"
NOT_INSTALLED = "PostgreSQL not installed: running SQLite only"


# `--without-rum`: PostgreSQL's databases as on a server without the RUM extension.
WITHOUT_RUM = {"on": False}


def _migrate(url: str) -> None:
    db = open_database(url)
    try:
        Runner(db, Settings().migrations_dir).up()
        if WITHOUT_RUM["on"] and not isinstance(db, SqliteDatabase):
            # What 0011_search_phrases and 0013_search_newest leave where the server lacks
            # the extension.
            db.execute_sql("DROP INDEX IF EXISTS article_fts_phrases")
            db.execute_sql("DROP INDEX IF EXISTS article_fts_newest")
            db.execute_sql("DROP EXTENSION IF EXISTS rum")
    finally:
        db.close()


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _postgres_installed() -> bool:
    return bool(os.environ.get(EXTERNAL_POSTGRES)) or find_bindir() is not None


def pytest_report_header(config) -> str:
    """Say which databases this run tests on."""
    if _postgres_installed():
        return "databases: SQLite and PostgreSQL"
    return f"databases: {NOT_INSTALLED}" + (" (CI=true: its tests will fail)" if _in_ci() else "")


def pytest_addoption(parser) -> None:
    """`--sqlite-only`: the edit-run loop of `make test-fast` (`make test` runs both backends)."""
    parser.addoption(
        "--sqlite-only",
        action="store_true",
        help="run the database tests on SQLite only (make test-fast; never what CI runs)",
    )
    parser.addoption(
        "--without-rum",
        action="store_true",
        help="test PostgreSQL as without the RUM extension (its phrase index), as CI does too",
    )


def pytest_configure(config) -> None:
    """Remember `--without-rum` for the databases the session migrates."""
    WITHOUT_RUM["on"] = config.getoption("--without-rum")


def pytest_collection_modifyitems(config, items) -> None:
    """Without PostgreSQL, leave its half out (deselected, counted); never in CI, where it fails.
    `--sqlite-only` leaves it out on request."""
    if not config.getoption("--sqlite-only") and (_postgres_installed() or _in_ci()):
        return
    left_out = [i for i in items if getattr(i, "callspec", None) and _on_postgres(i.callspec)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        dropped = set(left_out)
        items[:] = [item for item in items if item not in dropped]


def _on_postgres(callspec) -> bool:
    return callspec.params.get("backend") == "postgresql"


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the session: a throwaway cluster, or COPYDESK_TEST_POSTGRES_URL."""
    if os.environ.get(EXTERNAL_POSTGRES):
        yield Server(os.environ[EXTERNAL_POSTGRES])
        return
    bindir = find_bindir()
    if bindir is None:
        pytest.fail(f"{NOT_INSTALLED}; CI=true requires PostgreSQL", pytrace=False)
    try:
        with Cluster(bindir) as cluster:
            yield cluster
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def postgres_database(postgres_server) -> ReusableDatabase:
    """The migrated PostgreSQL database that every test empties and reuses."""
    reusable = ReusableDatabase(postgres_server, _migrate)
    yield reusable
    reusable.drop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated SQLite file, copied for each test (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "copydesk.db"
    _migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """The database backend the test runs against."""
    return request.param


@pytest.fixture
def empty_database_url(backend, request, tmp_path):
    """The URL of a new, empty database (no tables) on the test's backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'copydesk.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def database_url(backend, request, tmp_path):
    """The URL of an empty database with every migration applied (PostgreSQL's is reused)."""
    if backend == "sqlite":
        path = tmp_path / "copydesk.db"
        # The template was closed cleanly, so its WAL is checkpointed: the main file is all.
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return request.getfixturevalue("postgres_database").reset()


@pytest.fixture
def settings(database_url) -> Settings:
    """Settings pointing at the test's migrated database."""
    # Rate limits off: tests that make many requests (hypothesis, paging) must not trip them;
    # tests/web/test_limits.py turns them on with small limits.
    yield Settings(database_url=database_url, ratelimit_enabled=False)
    # A test may build its own app from these settings: close the pool that app opened.
    close_all(database.obj)


@pytest.fixture
def db(database_url):
    """The database proxy, bound to the test's migrated database and connected."""
    opened = open_database(database_url)
    database.initialize(opened)
    opened.connect()
    yield database
    # The app fixture may have re-bound the proxy to its own (pooled) database: close both.
    close_all(database.obj)
    close_all(opened)
    database.initialize(None)


@pytest.fixture
def app(settings, db):
    """The Flask app built by create_app for the test's database (the proxy is re-bound to it)."""
    from api import create_app  # imported late: the factory is written alongside this file

    application = create_app(settings)
    application.testing = True
    return application


def _issue_key(scope: str) -> str:
    """A new key in the database the proxy is bound to (the app's): the key itself."""
    from api.store import keys as keys_store

    with database.connection_context():
        return keys_store.create_key(f"tests ({scope})", scope)[1]


@pytest.fixture
def client_for(db):
    """Build a test client for an app that sends a new key of a scope (default `write`)."""

    def build(app, scope: str = "write"):
        test_client = app.test_client()
        test_client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {_issue_key(scope)}"
        return test_client

    return build


@pytest.fixture
def anonymous_client(app):
    """A test client that sends no API key."""
    return app.test_client()


@pytest.fixture
def client(app, client_for, contract):
    """A test client that sends a valid `write` key with every request, as a real client would;
    each response is checked against the contract as it arrives."""
    return contract.watch(client_for(app))


@pytest.fixture
def api_headers(db) -> dict[str, str]:
    """Headers that fuzz and hostile-input requests send with every request: a `write` key."""
    return {"Authorization": f"Bearer {_issue_key('write')}"}


@pytest.fixture
def run_cli():
    """Run `python -m api ARGS...` with DATABASE_URL set; returns the CompletedProcess."""

    def run(database_url: str, *args: str, stdin: bytes | None = None):
        env = {**os.environ, "DATABASE_URL": database_url}
        return subprocess.run(
            [sys.executable, "-m", "api", *args],
            cwd=PROJECT_ROOT,
            env=env,
            input=stdin,
            capture_output=True,
            check=False,
        )

    return run


# Synthetic export text (invented, in the export layout): headline, lead image, bullets,
# paragraphs, a subheading and an inline image.
ARTICLE_TEXT = """\
Village bakery wins regional prize for its rye loaf

Loaves of dark rye bread cooling on a wooden rack
The prize-winning rye loaves on the cooling rack.Sam Placeholder/Example Wire
  • The bakery has used the same starter since 1987.
  • Judges tasted 140 loaves from 38 bakeries.

A family bakery in the village of Northbrook has won the regional bread prize for its dark rye.

The judges praised the loaf's crust and its slightly sour crumb.

How the loaf is made

Each batch rests for eighteen hours before it goes into the oven.

A baker shaping dough on a floured bench
Shaping starts before dawn.Lee Example/Example Wire

The owners say they will not raise their prices after the win.
"""


@pytest.fixture(scope="session")
def contract() -> Contract:
    """The committed OpenAPI contract, loaded once."""
    return Contract()


@pytest.fixture
def article_text() -> str:
    """A synthetic article export."""
    return ARTICLE_TEXT


@pytest.fixture
def created(client, article_text) -> dict:
    """An article stored through the API; its JSON."""
    response = client.post("/articles", data=article_text, content_type="text/plain")
    assert response.status_code == 201
    return response.get_json()


class JsonLines(logging.Handler):
    """Keeps each log record as the JSON line the server would write, formatted as it is emitted."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.setFormatter(JsonFormatter())
        self.lines: list[dict] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(self.format(record)))


@pytest.fixture
def json_log():
    """The JSON log lines written while the test runs (INFO and up), as dicts."""
    handler = JsonLines()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield handler.lines
    root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """The ids of the articles whose bytes are built from their parts, one entry per build."""
    built = []
    original = representations.article_bytes
    monkeypatch.setattr(
        representations,
        "article_bytes",
        lambda stored, kind: built.append(stored.id) or original(stored, kind),
    )
    return built
