"""Compile the modules of api/parser with mypyc into var/compiled (`make compiled`).

The pure-Python sources stay the reference and stay alone in the source tree: the extension
modules go to var/compiled/api/parser/ (with the one shared library every module of the group
loads, `compiled__mypyc`, beside them) together with a manifest of the sources they were built
from. `api/parser/__init__.py` (api.parser.build) puts that directory first on the package's
`__path__` only while the manifest matches the sources, so an edited .py is always what runs.

Unchanged sources are never compiled again (the manifest says so). Without a C compiler, Python's
headers or mypy this prints one line and exits 0 (the parser stays pure Python), unless
`--require` is given (CI, `make test`): then it exits 1. See docs/compiled.md.

Run: .venv/bin/python scripts/compile_parser.py [--require] [--force]
"""

from __future__ import annotations

import argparse
import fcntl
import importlib.util
import os
import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSER = ROOT / "api" / "parser"


def load_build_rules():
    """api/parser/build.py alone (standard library only): not the package it is rebuilding."""
    spec = importlib.util.spec_from_file_location("parser_build", PARSER / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_rules()

# Every module of api/parser but the few build.PURE_MODULES names (and says why).
MODULES = build.compiled_modules(PARSER)

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


# The group's functions call one another by name inside one shared library (each module's
# `CPyDef_` functions are global symbols of `compiled__mypyc`). Built position-independent, the
# compiler must assume any of them may be replaced at load time by another library's symbol of
# the same name (ELF's semantic interposition): it inlines none into its callers and calls
# each through the procedure linkage table. Nothing replaces them: the flag lets the compiler
# treat the group as the one program it is (the flag CPython builds its own library with).
CFLAGS = ["-fno-semantic-interposition"]


def missing_compiler() -> str | None:
    """Why no C extension can be built here (no C compiler, no Python.h), or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}: install build-essential)"
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.exists():
        return f"no Python headers ({include}: install python3-dev)"
    return None


def missing_toolchain() -> str | None:
    """Why nothing can be compiled here (no C compiler, no Python.h, no mypy), or None."""
    reason = missing_compiler()
    if reason:
        return reason
    if importlib.util.find_spec("mypyc") is None:
        return "no mypy (pip install mypy, as in requirements-dev.txt)"
    return None


def compile_into(staging: Path) -> None:
    """Build the group's extension modules under staging/api/parser (C sources in build/mypyc)."""
    from mypyc.build import mypycify  # a build dependency, needed only here
    from setuptools import setup

    flags = ["--follow-imports=silent", "--ignore-missing-imports"]
    flags += [f"--disable-error-code={code}" for code in DISABLED]
    paths = [f"api/parser/{name}" for name in MODULES]
    # The group's name puts its shared library inside the package (api/parser/compiled__mypyc),
    # where the modules find it through the same __path__ entry, not at the top of sys.path.
    modules = mypycify(flags + paths, opt_level="3", group_name=build.GROUP)
    for module in modules:
        module.extra_compile_args.extend(CFLAGS)
    args = [
        "--quiet",
        "build_ext",
        "--build-lib",
        str(staging),
        "--build-temp",
        "build/mypyc",
        "-j",
        "2",
    ]
    setup(
        name="copydesk-parser-compiled",
        packages=[],
        py_modules=[],
        ext_modules=modules,
        script_args=args,
    )


def rebuild(target: Path) -> None:
    """Compile into a staging directory, then swap it in whole: never a half-built target."""
    manifest = build.manifest(PARSER)  # of the sources as they were when the build started
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    compile_into(staging)
    build.write_manifest(staging, manifest)
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def remove_in_place_build() -> None:
    """Remove the first (opt-in) build's modules from beside the sources: they would shadow them."""
    stamp = [ROOT / ".stamp-compiled"] if (ROOT / ".stamp-compiled").exists() else []
    for stale in [*PARSER.glob("*.so"), *ROOT.glob("*__mypyc*.so"), *stamp]:
        print(f"compile_parser: removing {stale.relative_to(ROOT)} (the in-place build)")
        stale.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--require", action="store_true", help="exit 1 when it cannot compile")
    parser.add_argument("--force", action="store_true", help="compile even if up to date")
    parser.add_argument("--check", action="store_true", help="exit 1 without a C toolchain")
    args = parser.parse_args()
    if args.check:
        reason = missing_compiler()
        print(f"compile_parser: {reason or 'a C compiler and Python headers are present'}")
        return 1 if reason else 0
    os.chdir(ROOT)
    remove_in_place_build()
    target = ROOT / build.BUILD_DIR
    target.parent.mkdir(parents=True, exist_ok=True)
    # One build at a time (two `make run` at once): the second waits, then finds it up to date.
    with open(target.with_name("compiled.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return build_unless_current(target, args)


def build_unless_current(target: Path, args: argparse.Namespace) -> int:
    """Compile unless the build matches the sources; 0, or 1 when --require and it cannot."""
    if not args.force and build.matches(target, PARSER):
        print(f"compile_parser: {build.BUILD_DIR} is up to date with api/parser")
        return 0
    reason = missing_toolchain()
    if reason:
        print(f"compile_parser: {reason}; the parser runs as pure Python", file=sys.stderr)
        return 1 if args.require else 0
    try:
        rebuild(target)
    except (Exception, SystemExit) as error:  # setup() reports a failed compile as SystemExit
        if args.require:
            raise
        print(
            f"compile_parser: the build failed ({error}); the parser runs as pure Python",
            file=sys.stderr,
        )
        return 0
    print(f"compile_parser: built {len(MODULES)} modules into {build.BUILD_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
