"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb, pg_ctl, one database each."""

from __future__ import annotations

import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from psycopg import sql

# Debian installs each major version beside the others; PATH has none of them by default.
DEBIAN_BINDIRS = "/usr/lib/postgresql/*/bin"
# Speed over durability: the cluster lives for one test run. A killed client (the crash test
# kills gunicorn, not PostgreSQL) still loses nothing that PostgreSQL acknowledged.
SERVER_OPTIONS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
USER = "copydesk"
START_ATTEMPTS = 3  # another process may take the free port between our probe and pg_ctl


class ClusterError(RuntimeError):
    """PostgreSQL is installed but the cluster could not be created or started."""


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl (newest Debian version first), or None."""

    def version(path: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", path))

    for bindir in sorted(glob.glob(DEBIAN_BINDIRS), key=version, reverse=True):
        if (Path(bindir) / "initdb").is_file():
            return Path(bindir)
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A PostgreSQL server the tests may create databases on, reached by a superuser's URL."""

    def __init__(self, admin_url: str):
        self.admin_url = admin_url

    def url(self, name: str) -> str:
        """The DATABASE_URL of one database on the server (the admin URL has no query string)."""
        return self.admin_url.rsplit("/", 1)[0] + "/" + name

    def create_database(self, template: str = "template0") -> str:
        """A new database copied from `template`; returns its name."""
        name = f"copydesk_{uuid.uuid4().hex[:12]}"
        # FILE_COPY copies the template's files whole: twice as fast as WAL_LOG for a small
        # database (its checkpoint costs little with fsync off).
        self.admin(sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY"), name, template)
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, ending whatever sessions are still connected to it."""
        self.admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)"), name)

    def admin(self, statement: sql.SQL, *names: str) -> None:
        """Run one statement with identifiers filled in, outside any transaction."""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(statement.format(*(sql.Identifier(n) for n in names)))


class Cluster(Server):
    """A private cluster on 127.0.0.1, in a temporary folder that `stop()` removes entirely.

    Given a `root`, the cluster is kept there instead: `start()` reuses the data it finds (a
    benchmark corpus built once) and `stop()` shuts the server down cleanly but keeps the files.
    """

    def __init__(self, bindir: Path, durable: bool = False, root: Path | None = None):
        super().__init__("")
        self.bindir = bindir
        self.durable = durable  # PostgreSQL's own fsync settings, for figures worth comparing
        self.keep = root is not None
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
        self.root = root or Path(tempfile.mkdtemp(prefix="copydesk-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        # initdb refuses to run as root: the cluster then belongs to the postgres user.
        self._as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as_user:
            shutil.chown(self.root, user="postgres")

    def start(self) -> Cluster:
        """initdb and start the server; ClusterError (with the server log) when it fails."""
        if not (self.data / "PG_VERSION").exists():
            # Locale C sorts by code point, as SQLite does; --no-sync: a crash during initdb
            # costs only a rerun.
            self._run(
                "initdb", "-D", str(self.data), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync",
            )  # fmt: skip
        for _ in range(START_ATTEMPTS):
            self.port = free_port()
            options = [f"-p {self.port}", f"-k {self.root}", "-c listen_addresses=127.0.0.1"]
            options += [] if self.durable else [f"-c {option}" for option in SERVER_OPTIONS]
            started = self._run(
                "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                "-o", " ".join(options), "start", check=False,
            )  # fmt: skip
            if started.returncode == 0:
                self.admin_url = f"postgresql://{USER}@127.0.0.1:{self.port}/postgres"
                return self
        log = self.log.read_text(errors="replace") if self.log.exists() else ""
        raise ClusterError(f"pg_ctl could not start PostgreSQL:\n{started.stdout}\n{log}")

    def stop(self) -> None:
        """Stop the server and delete its folder (a kept cluster: shut down cleanly, keep it)."""
        if (self.data / "postmaster.pid").exists():
            mode = "fast" if self.keep else "immediate"
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "stop", check=False)
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    def ensure_database(self, name: str) -> str:
        """The URL of database `name`, created empty (from template0) when it does not exist."""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not found:
            self.admin(sql.SQL("CREATE DATABASE {} TEMPLATE template0"), name)
        return self.url(name)

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [*self._as_user, str(self.bindir / program), *args]
        result = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=False)
        if check and result.returncode != 0:
            raise ClusterError(f"{program} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def __enter__(self) -> Cluster:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


# Everything a test could change about the schema: columns, indexes, constraints, history.
FINGERPRINT_SQL = """
SELECT
 (SELECT string_agg(table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                    || ' ' || coalesce(column_default, ''), ',' ORDER BY table_name, column_name)
    FROM information_schema.columns WHERE table_schema = 'public'),
 (SELECT string_agg(indexdef, ',' ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public'),
 (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), ',' ORDER BY conname)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace),
 (SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal),
 (SELECT string_agg(name, ',' ORDER BY name) FROM schema_migration)
"""


class ReusableDatabase:
    """One migrated database for every test: emptied before each, rebuilt if a test changed it.

    Emptying (TRUNCATE ... RESTART IDENTITY) takes a few milliseconds where CREATE DATABASE
    takes a third of a second.
    """

    def __init__(self, server: Server, migrate: Callable[[str], None]):
        self.server = server
        self.migrate = migrate
        self.name = self._build()
        with psycopg.connect(self.url, autocommit=True) as conn:
            self.fingerprint = _fingerprint(conn)

    @property
    def url(self) -> str:
        """The database's DATABASE_URL."""
        return self.server.url(self.name)

    def reset(self) -> str:
        """Empty every table (ids start again at 1); returns the URL."""
        with psycopg.connect(self.url, autocommit=True) as conn:
            # A connection a test leaked could hold locks that TRUNCATE would wait for.
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            try:
                same = _fingerprint(conn) == self.fingerprint
            except psycopg.errors.UndefinedTable:
                same = False  # the migration history itself was dropped
            if same:
                tables = conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    " AND tablename <> 'schema_migration'"
                ).fetchall()
                names = sql.SQL(", ").join(sql.Identifier(t) for (t,) in tables)
                conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(names))
                return self.url
        self.server.drop_database(self.name)
        self.name = self._build()
        return self.url

    def drop(self) -> None:
        """Drop the database."""
        self.server.drop_database(self.name)

    def _build(self) -> str:
        name = self.server.create_database()
        self.migrate(self.server.url(name))
        return name


def _fingerprint(conn: psycopg.Connection) -> tuple:
    return conn.execute(FINGERPRINT_SQL).fetchone()
