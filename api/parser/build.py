"""Which build of the parser runs: the compiled one, only while it matches the sources.

`scripts/compile_parser.py` builds extension modules of the parser into var/compiled/
api/parser/ with a manifest: the Python they were built for and the SHA-256 of every source of
api/parser. The package puts that directory first on its `__path__` (so `import
api.parser.quotes` finds the extension module before the .py) only when the manifest matches
the sources now: an edited .py, a new module or another Python means the pure-Python parser,
never stale compiled code. COPYDESK_PARSER=pure forces the pure parser. Standard library only,
and a hash of ~0.7 MB of sources at import. See docs/compiled.md.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
from pathlib import Path

# Relative to the checkout (the directory holding api/); var/ is never in version control.
BUILD_DIR = Path("var") / "compiled"
# The mypyc group: its shared library is api.parser.compiled__mypyc.
GROUP = "api.parser.compiled"
MANIFEST = "manifest.json"

# The modules of api/parser that stay Python, and why; every other api/parser/*.py is compiled
# (scripts/compile_parser.py), so a new rule module is compiled unless it is named here.
PURE_MODULES = {
    "__init__.py": "the package: it chooses the build, so it runs before any build is searched",
    "build.py": "this module: the package imports it before any build is searched",
    "document.py": "the Document dataclasses other layers copy with dataclasses.replace",
    "errors.py": "the exception classes other layers catch and subclass",
    "given_names.py": "reads given_names.tsv beside its own __file__",
    "analysis.py": "the dict form of a parse for the CLI and the API, run once per article",
}


def compiled_modules(sources: Path) -> list[str]:
    """The file names of the modules under sources that the build compiles: all but PURE_MODULES."""
    return sorted(path.name for path in sources.glob("*.py") if path.name not in PURE_MODULES)


def manifest(sources: Path) -> dict[str, object]:
    """What a build of these sources for this Python records, and what it must match to run."""
    hashes = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(sources.glob("*.py"))
    }
    return {
        "python": sys.implementation.cache_tag,
        "suffix": importlib.machinery.EXTENSION_SUFFIXES[0],
        "sources": hashes,
    }


def write_manifest(build: Path, recorded: dict[str, object]) -> None:
    (build / MANIFEST).write_text(
        json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def matches(build: Path, sources: Path) -> bool:
    """Whether the build in that directory was made from these very sources, for this Python."""
    try:
        recorded = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == manifest(sources)


def compiled_path(package_dir: Path) -> str | None:
    """The directory to search before the sources, or None for the pure-Python parser."""
    if os.environ.get("COPYDESK_PARSER", "").lower() == "pure":
        return None
    build = package_dir.parent.parent / BUILD_DIR
    if not matches(build, package_dir):
        return None
    return str(build / "api" / "parser")


def is_compiled(module: object) -> bool:
    """Whether a parser module was imported from an extension module (not from its .py)."""
    location = getattr(module, "__file__", None) or ""
    return location.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
