# Copydesk API: gunicorn on $PORT (8000), SQLite in the /data volume unless DATABASE_URL says otherwise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    DATABASE_URL=sqlite:////data/copydesk.db

# The service runs unprivileged; /data is created here so a fresh volume inherits its owner.
RUN useradd --system --create-home --uid 10001 --user-group copydesk \
    && mkdir /data \
    && chown copydesk:copydesk /data

WORKDIR /app

# Requirements first, so that code changes do not reinstall the dependencies.
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

# The code stays owned by root: the service can read it but not change it.
COPY . .

USER copydesk
VOLUME ["/data"]
EXPOSE 8000

# The slim image has no curl; urlopen raises (exit 1) on a refused connection or a 4xx/5xx.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('PORT', '8000'), timeout=4)"

ENTRYPOINT ["/app/docker-entrypoint.sh"]
CMD ["gunicorn", "-c", "gunicorn.conf.py", "api:create_app()"]
