"""The compiled quote analysis runs only while its build matches the sources (api/parser/build.py).

A stale build must never be imported: an edited, added or removed source, another Python or
COPYDESK_PARSER=pure all mean the pure-Python parser.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import api.parser
from api.parser import build

PROJECT = Path(api.parser.__file__).resolve().parent.parent.parent
CHECKOUT_BUILD = PROJECT / build.BUILD_DIR


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A copy of the parser's sources under tmp/api/parser, built (a manifest) from them."""
    monkeypatch.delenv("COPYDESK_PARSER", raising=False)
    sources = tmp_path / "api" / "parser"
    shutil.copytree(
        PROJECT / "api" / "parser", sources, ignore=shutil.ignore_patterns("__pycache__")
    )
    target = tmp_path / build.BUILD_DIR
    (target / "api" / "parser").mkdir(parents=True)
    build.write_manifest(target, build.manifest(sources))
    return sources


def test_a_build_of_these_very_sources_is_searched_first(tree):
    assert build.compiled_path(tree) == str(tree.parent.parent / build.BUILD_DIR / "api" / "parser")


def test_an_edited_source_means_the_pure_parser_until_it_is_built_again(tree):
    quotes = tree / "quotes.py"
    quotes.write_text(quotes.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert build.compiled_path(tree) is None
    build.write_manifest(tree.parent.parent / build.BUILD_DIR, build.manifest(tree))
    assert build.compiled_path(tree) is not None


def test_a_new_or_removed_module_means_the_pure_parser(tree):
    (tree / "quote_new_rule.py").write_text(
        '"""A rule added after the build."""\n', encoding="utf-8"
    )
    assert build.compiled_path(tree) is None
    (tree / "quote_new_rule.py").unlink()
    assert build.compiled_path(tree) is not None
    (tree / "sentences.py").unlink()
    assert build.compiled_path(tree) is None


def test_a_build_for_another_python_is_not_used(tree):
    manifest_file = tree.parent.parent / build.BUILD_DIR / build.MANIFEST
    recorded = json.loads(manifest_file.read_text(encoding="utf-8"))
    recorded["python"] = "cpython-310"
    manifest_file.write_text(json.dumps(recorded), encoding="utf-8")
    assert build.compiled_path(tree) is None


def test_no_build_or_an_unreadable_manifest_means_the_pure_parser(tree):
    manifest_file = tree.parent.parent / build.BUILD_DIR / build.MANIFEST
    manifest_file.write_text("{not json", encoding="utf-8")
    assert build.compiled_path(tree) is None
    shutil.rmtree(tree.parent.parent / build.BUILD_DIR)
    assert build.compiled_path(tree) is None


def test_copydesk_parser_pure_forces_the_pure_parser(tree, monkeypatch):
    monkeypatch.setenv("COPYDESK_PARSER", "pure")
    assert build.compiled_path(tree) is None


def test_this_process_runs_the_build_exactly_when_it_matches():
    matching = build.compiled_path(PROJECT / "api" / "parser") is not None
    assert api.parser.compiled() is matching


def which_parser(root: Path, *, pure: bool = False) -> str:
    """`compiled` or `pure`, as a new interpreter importing the package under root reports."""
    code = "import api.parser; print('compiled' if api.parser.compiled() else 'pure')"
    env = {
        "PYTHONPATH": str(root),
        "PYTHONDONTWRITEBYTECODE": "1",
        "COPYDESK_PARSER": "pure" if pure else "",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.skipif(
    not build.matches(CHECKOUT_BUILD, PROJECT / "api" / "parser"),
    reason="no compiled build of these sources (make compiled)",
)
def test_a_copied_tree_imports_its_build_then_the_edited_source(tmp_path):
    """End to end, in a new interpreter: the real build, then a source edited beside it."""
    shutil.copytree(PROJECT / "api", tmp_path / "api", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(CHECKOUT_BUILD, tmp_path / build.BUILD_DIR)
    assert which_parser(tmp_path) == "compiled"
    assert which_parser(tmp_path, pure=True) == "pure"
    words = tmp_path / "api" / "parser" / "quote_words.py"
    original = words.read_text(encoding="utf-8")
    words.write_text(original + "\n# edited after the build\n", encoding="utf-8")
    assert which_parser(tmp_path) == "pure"
    words.write_text(original, encoding="utf-8")
    assert which_parser(tmp_path) == "compiled"


def test_every_module_is_compiled_or_named_pure_with_a_reason():
    sources = PROJECT / "api" / "parser"
    names = {path.name for path in sources.glob("*.py")}
    compiled = build.compiled_modules(sources)
    assert set(build.PURE_MODULES) <= names  # no reason kept for a module that is gone
    assert set(compiled) == names - set(build.PURE_MODULES)
    assert all(build.PURE_MODULES.values())
    structure = ["article.py", "headings.py", "credits.py", "layout.py", "glue.py", "render.py"]
    assert {"quotes.py", "text.py", *structure} <= set(compiled)


def test_a_new_module_is_compiled_unless_named_pure(tree):
    (tree / "heading_new_rule.py").write_text('"""A rule added later."""\n', encoding="utf-8")
    assert "heading_new_rule.py" in build.compiled_modules(tree)
    assert "document.py" not in build.compiled_modules(tree)


@pytest.mark.skipif(not api.parser.compiled(), reason="the parser runs pure Python here")
def test_the_build_runs_every_module_it_compiles():
    for name in build.compiled_modules(PROJECT / "api" / "parser"):
        module = importlib.import_module(f"api.parser.{name.removesuffix('.py')}")
        assert build.is_compiled(module), name
    for name in build.PURE_MODULES:
        if name != "__init__.py":
            module = importlib.import_module(f"api.parser.{name.removesuffix('.py')}")
            assert not build.is_compiled(module), name
