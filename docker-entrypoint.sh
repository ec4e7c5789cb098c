#!/bin/sh
# Container start: apply pending migrations, register COPYDESK_DEV_KEY when it is set, then exec
# the command (gunicorn) so it gets signals. Without COPYDESK_DEV_KEY no key is made here (a key
# printed into container logs would outlive them): make one with
#   docker compose exec api python -m api keys create --name NAME
set -eu
python -m api db upgrade
if [ -n "${COPYDESK_DEV_KEY:-}" ]; then
    python -m api keys dev
fi
exec "$@"
