"""`python -m api export [--output FILE] [NAME=VALUE...]`: the NDJSON of GET /articles/export."""

from __future__ import annotations

import sys
from contextlib import nullcontext

import click
from marshmallow import ValidationError
from peewee import OperationalError
from tqdm import tqdm
from webargs.multidictproxy import MultiDictProxy
from werkzeug.datastructures import MultiDict

from api import create_app
from api.commands.common import fail, pipe_closed
from api.config import Settings
from api.schemas.query import ArticleFilterQuerySchema
from api.store.db import database
from api.store.queries import article_filter
from api.web.representations import export_lines
from api.web.uploads import describe

STDOUT = "-"


def parse_filters(pairs: list[str]):
    """NAME=VALUE arguments read as the endpoint reads its query string: ArticleFilters.

    ValueError says what is wrong with them.
    """
    items = []
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise ValueError(f"filters look like NAME=VALUE, not {pair!r}")
        items.append((name, value))
    schema = ArticleFilterQuerySchema()
    try:
        return schema.load(MultiDictProxy(MultiDict(items), schema))["filters"]
    except ValidationError as exc:
        raise ValueError(describe(exc)) from None


def run_export(output: str, pairs: list[str]) -> int:
    """Write every matching article as one JSON line; 0 when done, 2 on bad filters or database."""
    try:
        filters = parse_filters(pairs)
        app = create_app(Settings.from_env())
    except ValueError as exc:
        return fail(str(exc))
    written = 0
    # The request context gives the JSON its links (url_for), as the endpoint's lines have.
    with app.test_request_context("/articles/export"):
        try:
            database.connect(reuse_if_open=True)
            query = article_filter(filters)
            total = query.count()
            target = open(output, "wb") if output != STDOUT else nullcontext(sys.stdout.buffer)
            bar = tqdm(total=total, unit="article", file=sys.stderr, disable=None)
            with target as out, bar:
                for chunk in export_lines(query):
                    out.write(chunk)
                    lines = chunk.count(b"\n")
                    written += lines
                    bar.update(lines)
                out.flush()  # here, where a closed pipe is seen, not at exit
        except BrokenPipeError:
            return pipe_closed()
        except (OperationalError, OSError) as exc:
            return fail(str(exc))
        finally:
            database.close()
    print(f"exported: {written}", file=sys.stderr)
    return 0


@click.command("export", short_help="write stored articles as NDJSON")
@click.option("-o", "--output", default=STDOUT, show_default=True, help="File to write.")
@click.argument("filters", nargs=-1, metavar="[NAME=VALUE]...")
def export_command(output: str, filters: tuple[str, ...]) -> int:
    """Write stored articles as NDJSON (as GET /articles/export does), with progress.

    Filters are the endpoint's query parameters.

    \b
    Example:
      .venv/bin/python -m api export -o all.ndjson
      .venv/bin/python -m api export publisher=Reuters q=flood > floods.ndjson
    Exit 2 on a bad filter or an unusable database.
    """
    return run_export(output, list(filters))
