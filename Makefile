# Copydesk: `make run` serves the API, `make test` runs the whole suite. See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# python3.11 when the machine has it, else whatever python3 is (requires-python >= 3.11).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --no-input
# The real-article corpus ships only beside the lead's checkout; a user's clone has none.
CORPUS := $(wildcard ../shared/corpus)

export PIP_NO_INPUT := 1
# Once `make compiled` has run, run and the tests build again what a parser edit made stale (an
# extension module would be imported before the edited .py); without it, nothing is compiled.
COMPILED := $(wildcard .stamp-compiled)

.PHONY: help run test test-fast postgres chromium lint format openapi clean compiled pure

help:
	@echo "make run      set up .venv, migrate, load examples/, print a dev API key, serve on PORT"
	@echo "make test     lint and run the whole test suite on SQLite and PostgreSQL (what CI runs)"
	@echo "make test-fast  the parser, the in-process API and the CLI on SQLite: the edit-run loop"
	@echo "make lint     ruff check, ruff format --check, the import layers (lint-imports), hadolint"
	@echo "make format   ruff format and ruff check --fix"
	@echo "make openapi  regenerate openapi.yaml from the code"
	@echo "make clean    remove .venv and caches (keeps the database in var/)"
	@echo "make compiled  compile the quote analysis with mypyc (opt-in; docs/compiled.md)"
	@echo "make pure     remove the compiled modules: the parser runs as Python again"

# Debian splits venv support into python3-venv; as root (CI) install it, else say what to do.
$(BIN)/python:
	@if [ -z "$(PYTHON)" ] || ! $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
	  echo "error: Copydesk needs Python 3.11 or newer as python3.11 or python3" >&2; \
	  exit 1; \
	fi
	@if ! $(PYTHON) -m venv $(VENV); then \
	  rm -rf $(VENV); \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "$(PYTHON) cannot create a venv: installing python3-venv with apt-get"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq python3-venv; \
	    $(PYTHON) -m venv $(VENV); \
	  else \
	    echo "error: $(PYTHON) cannot create a venv; run: sudo apt-get install python3-venv" >&2; \
	    exit 1; \
	  fi; \
	fi

# Stamps inside .venv: pip runs again only when a requirements file changes (or .venv is new).
$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(PIP) install -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(PIP) install -r requirements-dev.txt
	touch $@ $(VENV)/.installed-runtime

# Each step is idempotent: upgrade skips applied migrations, ingest skips stored articles,
# cache warm skips articles whose JSON is cached for their current version, `keys dev` replaces the
# previous development key (or registers COPYDESK_DEV_KEY once).
# preflight comes first and changes nothing: with a server already on PORT (or the database
# down) make run stops there, naming what is in the way, before any step could revoke the key
# the running server's users hold.
run: $(VENV)/.installed-runtime $(COMPILED)
	@$(BIN)/python -m api preflight || { echo "make run: stopped before changing anything" >&2; exit 1; }
	mkdir -p var
	$(BIN)/python -m api db upgrade
	$(BIN)/python -m api ingest examples
ifneq ($(CORPUS),)
	@# Optional extra data: an article the parser cannot read yet must not stop the server.
	$(BIN)/python -m api ingest $(CORPUS) || echo "warning: some of $(CORPUS) was not ingested" >&2
endif
	@# The JSON of what the ingests stored, so that the first GET of each is a kept read.
	$(BIN)/python -m api cache warm
	@# Writes need an API key: COPYDESK_DEV_KEY when set, else a new one printed here.
	$(BIN)/python -m api keys dev
	exec $(BIN)/gunicorn -c gunicorn.conf.py 'api:create_app()'

# pytest's own exit status decides: 5 (no tests collected) fails like any other non-zero.
# The searches run again as on a PostgreSQL server without the RUM extension (GIN alone).
RUM_TESTS := tests/search tests/store tests/routes/test_search.py tests/routes/test_search_bounds.py

test: lint postgres chromium $(COMPILED)
	$(BIN)/pytest
	$(BIN)/pytest -q --without-rum $(RUM_TESTS)

# The edit-run loop: parser, in-process API (web, routes) and CLI on SQLite; no server, no
# PostgreSQL, no fuzzing. `make test` stays the whole suite.
FAST_TESTS := tests/parser tests/quotes tests/web tests/routes tests/commands

# Two workers (pytest-xdist), and a tenth of each hypothesis property's examples.
test-fast: $(VENV)/.installed-dev $(COMPILED)
	$(BIN)/ruff check .
	COPYDESK_TEST_FAST=1 $(BIN)/pytest -q -n 2 --sqlite-only $(FAST_TESTS)

# The suite runs every database test on SQLite and on PostgreSQL; pytest starts a throwaway
# cluster itself (tests/pg_cluster.py). As root with apt-get (CI) a missing PostgreSQL, or its
# RUM extension (the phrase index of migrations/0011_search_phrases.py), is installed;
# otherwise its tests are skipped, except under CI=true where they fail.
postgres:
	@if [ -n "$${COPYDESK_TEST_POSTGRES_URL:-}" ]; then \
	  echo "PostgreSQL: using the server at COPYDESK_TEST_POSTGRES_URL"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	    && ! compgen -G '/usr/share/postgresql/*/extension/rum.control' >/dev/null; then \
	  echo "PostgreSQL or its RUM extension not installed: installing Debian's packages"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql postgresql-15-rum; \
	elif compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null; then \
	  echo "PostgreSQL found: testing on SQLite and PostgreSQL"; \
	else \
	  echo "PostgreSQL not installed: running SQLite only (apt-get install postgresql to test both)"; \
	fi

# The browser tests (/docs) need Chromium: as root with apt-get (CI) it is installed; otherwise
# they skip, except under CI=true where they fail.
chromium:
	@if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then \
	  echo "Chromium found: running the browser tests"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Chromium not installed: installing Debian's chromium package"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; \
	else \
	  echo "Chromium not installed: the browser tests will skip (apt-get install chromium)"; \
	fi

# lint-imports checks the layers in pyproject.toml: an import against an article's flow fails.
# hadolint (pinned in requirements-dev.txt) lints the Dockerfile; no Docker engine is needed.
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/hadolint Dockerfile

format: $(VENV)/.installed-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

openapi: $(VENV)/.installed-runtime
	$(BIN)/python -m api openapi

# Opt-in (docs/compiled.md): built again only when a parser source changed since the last build.
# Without a C compiler or Python's headers the script says so and builds nothing.
compiled: .stamp-compiled
.stamp-compiled: $(wildcard api/parser/*.py) scripts/compile_parser.py $(VENV)/.installed-dev
	$(BIN)/python scripts/compile_parser.py
	touch $@

# An extension module is imported before the .py beside it: remove them to run the sources.
pure:
	rm -f api/parser/*.so ./*__mypyc*.so .stamp-compiled
	rm -rf build/mypyc

clean: pure
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
