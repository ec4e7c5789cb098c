"""The Dockerfile and docker-compose.yml, checked without a Docker engine (none runs here): the
images are pinned to exact releases, compose refuses to start without a database password,
a stop waits longer than gunicorn's graceful timeout, and both health checks, run here against
a real gunicorn, follow SCRIPT_NAME. hadolint lints the Dockerfile in `make lint`."""

from __future__ import annotations

import json
import os
import re
import runpy
import subprocess
import sys

import pytest
import yaml

from api.config import PROJECT_ROOT
from tests.gunicorn_server import Gunicorn

DOCKERFILE = PROJECT_ROOT / "Dockerfile"
COMPOSE = PROJECT_ROOT / "docker-compose.yml"
# An exact release: python:3.11.17-slim-bookworm, postgres:15.19-bookworm; never 3.11-slim.
PYTHON_IMAGE = re.compile(r"python:3\.11\.\d+-slim-bookworm")
POSTGRES_IMAGE = re.compile(r"postgres:15\.\d+(-bookworm)?")


class ComposeError(Exception):
    """What `docker compose config` would refuse with."""


# Compose's interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error},
# ${VAR?error}, ${VAR:+alt}, ${VAR+alt}.
VARIABLE = re.compile(
    r"\$(?:(?P<dollar>\$)|\{(?P<name>\w+)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}|(?P<bare>\w+))"
)


def interpolate(value, env: dict[str, str]):
    """Every string in a parsed compose file with its variables substituted, as compose does."""
    if isinstance(value, dict):
        return {key: interpolate(item, env) for key, item in value.items()}
    if isinstance(value, list):
        return [interpolate(item, env) for item in value]
    if not isinstance(value, str):
        return value

    def substitute(match: re.Match) -> str:
        if match["dollar"]:
            return "$"
        name, op, arg = match["name"] or match["bare"], match["op"] or "", match["arg"] or ""
        given = env.get(name)
        missing = given is None or (given == "" and op.startswith(":"))
        if op.endswith("?") and missing:
            raise ComposeError(f"required variable {name} is missing a value: {arg}")
        if op.endswith("-") and missing:
            return arg
        if op.endswith("+"):
            return "" if missing else arg
        return given or ""

    return VARIABLE.sub(substitute, value)


def compose(env: dict[str, str]) -> dict:
    """docker-compose.yml as `docker compose config` would resolve it in this environment."""
    return interpolate(yaml.safe_load(COMPOSE.read_text(encoding="utf-8")), env)


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of each Dockerfile line, continuations joined, comments out."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text(encoding="utf-8"))
    lines = [line.strip() for line in joined.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1])
        for line in lines
        if line and not line.startswith("#")
    ]


def seconds(duration: str) -> float:
    """A compose duration (45s, 1m30s, 500ms) in seconds."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001, "us": 1e-6}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|us|h|m|s)", duration)
    assert parts and "".join(n + u for n, u in parts) == duration, duration
    return sum(float(number) * units[unit] for number, unit in parts)


PASSWORD = {"POSTGRES_PASSWORD": "a p@ss:word/with?everything"}


def test_the_base_image_is_an_exact_python_release():
    bases = [args.split()[0] for name, args in dockerfile_instructions() if name == "FROM"]

    assert bases and all(PYTHON_IMAGE.fullmatch(base) for base in bases), bases


def test_the_database_image_is_an_exact_postgresql_15_release():
    services = compose(PASSWORD)["services"]

    assert POSTGRES_IMAGE.fullmatch(services["db"]["image"]), services["db"]["image"]
    assert all("image" not in service or ":" in service["image"] for service in services.values())


def test_compose_refuses_to_start_without_a_database_password():
    with pytest.raises(ComposeError, match="POSTGRES_PASSWORD") as refused:
        compose({})
    with pytest.raises(ComposeError, match="POSTGRES_PASSWORD"):
        compose({"POSTGRES_PASSWORD": ""})

    assert "set POSTGRES_PASSWORD" in str(refused.value)  # says what to do


def test_the_password_given_reaches_the_database_and_the_api_unchanged():
    services = compose(PASSWORD)["services"]
    api_env = services["api"]["environment"]

    assert services["db"]["environment"]["POSTGRES_PASSWORD"] == PASSWORD["POSTGRES_PASSWORD"]
    # Given to libpq beside the URL: no character of it needs escaping into the URL.
    assert api_env["PGPASSWORD"] == PASSWORD["POSTGRES_PASSWORD"]
    assert api_env["DATABASE_URL"] == "postgresql://copydesk@db:5432/copydesk"
    # Nowhere a fallback: every use of the password is ${POSTGRES_PASSWORD:?...}.
    uses = re.findall(r"\$\{POSTGRES_PASSWORD([^}]*)\}", COMPOSE.read_text(encoding="utf-8"))
    assert uses and all(use.startswith(":?") for use in uses), uses


def test_the_password_file_stays_out_of_the_image_and_the_repository():
    # docs/operations.md suggests keeping POSTGRES_PASSWORD in .env beside the compose file.
    ignored = (PROJECT_ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    untracked = subprocess.run(
        ["git", "check-ignore", "--quiet", ".env"], cwd=PROJECT_ROOT, check=False
    )

    assert ".env" in ignored  # COPY . . would put the password into every layer pushed
    assert untracked.returncode == 0


def test_a_stop_waits_longer_than_gunicorns_graceful_timeout(monkeypatch):
    api = compose(PASSWORD)["services"]["api"]
    # gunicorn.conf.py read in the container's environment: what gunicorn will wait on SIGTERM.
    for name, value in api["environment"].items():
        monkeypatch.setenv(name, str(value))
    graceful = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))["graceful_timeout"]

    assert graceful == 30
    assert seconds(api["stop_grace_period"]) > graceful + 5  # and a moment for the rest to exit


def test_compose_passes_script_name_to_the_api():
    mounted = compose({**PASSWORD, "SCRIPT_NAME": "/copydesk"})["services"]["api"]
    at_root = compose(PASSWORD)["services"]["api"]

    assert mounted["environment"]["SCRIPT_NAME"] == "/copydesk"
    assert at_root["environment"]["SCRIPT_NAME"] == ""


def dockerfile_healthcheck() -> list[str]:
    """The HEALTHCHECK's command, in exec form (a JSON array)."""
    (args,) = [args for name, args in dockerfile_instructions() if name == "HEALTHCHECK"]
    command = json.loads(args.split(" CMD ", 1)[1])
    assert command[0] == "python"
    return command


def compose_healthcheck() -> list[str]:
    test = compose(PASSWORD)["services"]["api"]["healthcheck"]["test"]
    assert test[:2] == ["CMD", "python"]
    return test[1:]


def probe(command: list[str], port: int, script_name: str | None) -> int:
    """Run a health check's command as the container would, against 127.0.0.1:port."""
    env = {**os.environ, "PORT": str(port)}
    env.pop("SCRIPT_NAME", None)
    if script_name is not None:
        env["SCRIPT_NAME"] = script_name
    return subprocess.run(
        [sys.executable, *command[1:]], env=env, capture_output=True, timeout=30, check=False
    ).returncode


@pytest.fixture
def mounted_server(database_url, tmp_path):
    env = {"SCRIPT_NAME": "/copydesk"}
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1, env=env) as server:
        yield server


@pytest.mark.parametrize("healthcheck", [dockerfile_healthcheck, compose_healthcheck])
def test_the_health_checks_follow_script_name(mounted_server, healthcheck):
    command = healthcheck()

    assert probe(command, mounted_server.port, "/copydesk") == 0
    assert probe(command, mounted_server.port, "/copydesk/") == 0
    # Probing the root of a mounted server finds nothing there: unhealthy, as it should be.
    assert probe(command, mounted_server.port, None) != 0


@pytest.mark.parametrize("healthcheck", [dockerfile_healthcheck, compose_healthcheck])
def test_the_health_checks_probe_the_root_by_default(database_url, tmp_path, healthcheck):
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1) as server:
        assert probe(healthcheck(), server.port, None) == 0
        assert probe(healthcheck(), server.port, "") == 0
