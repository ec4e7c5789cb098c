#!/bin/sh
# Container start: apply pending migrations, then exec the command (gunicorn) so it gets signals.
set -eu
python -m api db upgrade
exec "$@"
