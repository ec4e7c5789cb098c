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
# The compiled quote analysis (docs/compiled.md): built into var/compiled once per version of the
# parser's sources, and imported only while it matches them. Under CI a failed build fails.
COMPILE := $(BIN)/python scripts/compile_parser.py $(if $(filter true,$(CI)),--require)

.PHONY: help run test test-fast postgres chromium toolchain lint format openapi clean compiled pure

help:
	@echo "make run      set up .venv, migrate, load examples/, print a dev API key, serve on PORT"
	@echo "make test     lint and run the whole test suite on SQLite and PostgreSQL (what CI runs)"
	@echo "make test-fast  the parser, the in-process API and the CLI on SQLite: the edit-run loop"
	@echo "make lint     ruff check, ruff format --check, the import layers (lint-imports), hadolint"
	@echo "make format   ruff format and ruff check --fix"
	@echo "make openapi  regenerate openapi.yaml from the code"
	@echo "make clean    remove .venv and caches (keeps the database in var/)"
	@echo "make compiled  compile the parser with mypyc (make run does; docs/compiled.md)"
	@echo "make pure     remove the compiled build: the parser runs as Python again"

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

$(VENV)/.installed-dev: requirements.txt requirements-build.txt requirements-dev.txt | $(BIN)/python
	$(PIP) install -r requirements-dev.txt
	touch $@ $(VENV)/.installed-runtime $(VENV)/.installed-build

# mypy (mypyc) compiles the parser; the running service never imports it.
$(VENV)/.installed-build: requirements-build.txt | $(VENV)/.installed-runtime
	$(PIP) install -r requirements-build.txt
	touch $@

# Each step is idempotent: upgrade skips applied migrations, ingest skips stored articles,
# cache warm skips articles whose JSON is cached for their current version, `keys dev` replaces the
# previous development key (or registers COPYDESK_DEV_KEY once).
# preflight comes first and changes nothing: with a server already on PORT (or the database
# down) make run stops there, naming what is in the way, before any step could revoke the key
# the running server's users hold.
# The compiled parser when it can be built here (a C compiler and Python's headers), else one
# line and the pure-Python parser: nothing about the build ever stops the server.
run: $(VENV)/.installed-runtime
	@$(MAKE) --no-print-directory compiled \
	  || echo "make run: the compiled parser was not built; the parser runs as pure Python" >&2
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

# The suite runs on the compiled parser (what make run serves), the parser's and quotes' tests
# once more on the pure one (the reference), and the divergence guard parses every input of
# benchmarks/parse_digest.py both ways: any difference fails (docs/compiled.md). The pure pass
# leaves out the one test of the compiled build itself, which the first pass ran.
test: lint postgres chromium toolchain compiled
	$(BIN)/pytest
	$(BIN)/pytest -q --without-rum $(RUM_TESTS)
	COPYDESK_PARSER=pure $(BIN)/pytest -q -n 2 tests/parser tests/quotes \
	  --deselect tests/parser/test_build.py::test_the_build_runs_every_module_it_compiles
	@if $(BIN)/python -c 'import sys, api.parser; sys.exit(not api.parser.compiled())'; then \
	  COPYDESK_PARSER=pure PYTHONHASHSEED=0 $(BIN)/python benchmarks/parse_digest.py var/digest-pure.json; \
	  PYTHONHASHSEED=0 $(BIN)/python benchmarks/parse_digest.py var/digest-compiled.json \
	    --compare var/digest-pure.json --strict; \
	else \
	  echo "no compiled parser here: the compiled-versus-pure guard did not run"; \
	fi

# The edit-run loop: parser, in-process API (web, routes) and CLI on SQLite; no server, no
# PostgreSQL, no fuzzing. `make test` stays the whole suite.
FAST_TESTS := tests/parser tests/quotes tests/web tests/routes tests/commands

# Two workers (pytest-xdist), and a tenth of each hypothesis property's examples.
# Pure Python: an edit is tested at once, with no build (make test runs the compiled parser).
test-fast: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	COPYDESK_PARSER=pure COPYDESK_TEST_FAST=1 $(BIN)/pytest -q -n 2 --sqlite-only $(FAST_TESTS)

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

# As root with apt-get (CI), a missing C compiler or Python's headers is installed; otherwise
# compile_parser.py says what is missing (and fails under CI=true).
toolchain: $(VENV)/.installed-runtime
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	    && ! $(BIN)/python scripts/compile_parser.py --check 2>/dev/null; then \
	  echo "No C compiler or Python headers: installing build-essential and python3-dev"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends build-essential python3-dev; \
	fi

# Compiles only when the parser's sources differ from var/compiled's manifest (a moment
# to check otherwise); without a C compiler or Python's headers it says so and builds nothing.
compiled: $(VENV)/.installed-build
	$(COMPILE)

# The build is never imported while it does not match the sources; this removes it (and the
# in-place modules of the first, opt-in build, which would shadow the sources).
pure:
	rm -rf var/compiled var/compiled.new var/compiled.old build/mypyc build/api build/ops.txt
	rm -f api/parser/*.so ./*__mypyc*.so .stamp-compiled

clean: pure
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
