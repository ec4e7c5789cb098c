# Copydesk API: gunicorn on $PORT (8000), SQLite in the /data volume unless DATABASE_URL says otherwise.
# The base is pinned to an exact release (Python and Debian): a rebuild gets the same image
# until this line changes. `make lint` runs hadolint on this file.
FROM python:3.11.17-slim-bookworm AS compiled

# The compiled quote analysis (docs/compiled.md) is built in a stage of its own, with a C
# compiler (the image has Python's headers); only its extension modules and their manifest reach
# the service's image. A failed build fails the image (--require) rather than ship it pure.
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt requirements-build.txt ./
RUN pip install --no-cache-dir -r requirements.txt -r requirements-build.txt
COPY api api
COPY scripts/compile_parser.py scripts/
RUN python scripts/compile_parser.py --require

FROM python:3.11.17-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    DATABASE_URL=sqlite:////data/copydesk.db

# The service runs unprivileged (uid and gid 10001, named copydesk); /data is created here so
# that a fresh volume inherits its owner.
RUN groupadd --system --gid 10001 copydesk \
    && useradd --system --create-home --uid 10001 --gid copydesk copydesk \
    && mkdir /data \
    && chown 10001:10001 /data

WORKDIR /app

# Requirements first, so that code changes do not reinstall the dependencies.
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

# The code stays owned by root: the service can read it but not change it.
COPY . .
# Imported only while its manifest matches the sources just copied (api/parser/build.py).
COPY --from=compiled /app/var/compiled /app/var/compiled

# Numeric, so that a runtime that checks for a non-root user (runAsNonRoot) can tell.
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000

# Liveness at the mount point (SCRIPT_NAME, when set at `docker run -e`) on $PORT. The slim
# image has no curl; urlopen raises (exit 1) on a refused connection or a 4xx/5xx.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s%s/health' % (os.environ.get('PORT') or '8000', os.environ.get('SCRIPT_NAME', '').rstrip('/')), timeout=4)"]

# On `docker stop` gunicorn finishes its requests (GUNICORN_GRACEFUL_TIMEOUT, 30 s): give it
# longer than Docker's 10 s, `docker stop -t 45` or `docker run --stop-timeout 45`.
ENTRYPOINT ["/app/docker-entrypoint.sh"]
CMD ["gunicorn", "-c", "gunicorn.conf.py", "api:create_app()"]
