"""Compile the quote analysis modules of api/parser in place with mypyc (opt-in: `make compiled`).

The pure-Python sources stay the reference: the extension modules built beside them
(api/parser/*.so, and one shared *__mypyc*.so at the top) are imported in their place while
they exist; `make pure` removes them. Without a C compiler or Python's headers this prints why
and exits 0, leaving the pure-Python parser in use. See docs/compiled.md.

Run: .venv/bin/python scripts/compile_parser.py
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSER = ROOT / "api" / "parser"

# The quote path (quote_*.py and what calls it) and the text helpers it calls; the structure
# and heading modules are left pure (see docs/benchmarks.md, "mypyc").
MODULES = [
    *sorted(path.name for path in PARSER.glob("quote_*.py")),
    "quotes.py",
    "attribution.py",
    "text.py",
    "sentences.py",
]

# mypy's checks that the parser's mixins and Optional narrowing do not pass yet: mypyc compiles
# them as generic (Python) operations; a wrong value still raises at run time, never passes.
DISABLED = [
    "attr-defined",
    "arg-type",
    "union-attr",
    "index",
    "return-value",
    "var-annotated",
]


def missing_toolchain() -> str | None:
    """Why nothing can be compiled here (no C compiler, no Python.h), or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.exists():
        return f"no Python headers ({include}: install python3-dev)"
    return None


def main() -> int:
    """Build the extension modules in place; exit 0 without them when the toolchain is missing."""
    reason = missing_toolchain()
    if reason:
        print(f"compile_parser: {reason}; the parser stays pure Python", file=sys.stderr)
        return 0
    from mypyc.build import mypycify  # noqa: PLC0415 (a dev dependency, needed only here)
    from setuptools import setup  # noqa: PLC0415

    os.chdir(ROOT)
    flags = ["--follow-imports=silent", "--ignore-missing-imports"]
    flags += [f"--disable-error-code={code}" for code in DISABLED]
    paths = [f"api/parser/{name}" for name in MODULES]
    setup(
        name="copydesk-parser-compiled",
        packages=[],
        py_modules=[],
        ext_modules=mypycify(flags + paths, opt_level="3"),
        script_args=["build_ext", "--inplace", "--build-temp", "build/mypyc", "-j", "2"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
