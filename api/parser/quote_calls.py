"""The Registry's methods that its mixins call of one another, declared once for all three.

`Salience.note` calls `self.headed` (Recall's), `self._add` (the Registry's): declared here,
compiled (mypyc) each is a native call through the trait's table; undeclared, each was a
generic attribute look-up and a Python call with its arguments boxed. Every method here is
defined again by the Registry or a mixin, all of which come before this base in the method
resolution order: these bodies never run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from mypy_extensions import trait

from api.parser.quote_context import Paragraph
from api.parser.quote_entries import Entry
from api.parser.quote_people import Mention


@trait  # (the mixins' common base: mypyc compiles multiple inheritance of traits only)
class RegistryCalls:
    """What Recall, Described and Salience call of the Registry and of one another."""

    # Registry's
    def _add(self, entry: Entry) -> Entry:
        raise NotImplementedError

    def _add_entry(self, name: str, kind: Literal["person", "organisation"]) -> str:
        raise NotImplementedError

    def _recent(self, where: tuple[int, int]) -> Iterator[str]:
        raise NotImplementedError

    def recent_names(self, where: tuple[int, int]) -> list[str]:
        raise NotImplementedError

    def by_surname(self, word: str) -> str | None:
        raise NotImplementedError

    def organisation(self, name: str) -> str:
        raise NotImplementedError

    def pronoun(self, word: str, gender: str | None, where: tuple[int, int]) -> str | None:
        raise NotImplementedError

    def event(self, where: tuple[int, int], name: str | None) -> None:
        raise NotImplementedError

    def last_speech(self, paragraph: int) -> tuple[tuple[int, int], str | None] | None:
        raise NotImplementedError

    def namesake_of(self, word: str, gender: str) -> str | None:
        raise NotImplementedError

    def partner(self, name: str, kin: str) -> str | None:
        raise NotImplementedError

    def titled_partner(self, name: str, gender: str) -> str | None:
        raise NotImplementedError

    def spoken_namesake(self, name: str, gender: str) -> str | None:
        raise NotImplementedError

    def family_given(self, word: str) -> str | None:
        raise NotImplementedError

    # Described's
    def _subject_body(self, paragraph: Paragraph, mention: Mention) -> str | None:
        raise NotImplementedError

    def given_name(self, mention: Mention) -> str | None:
        raise NotImplementedError

    def home_body_over(self, body: str, head: str) -> str:
        raise NotImplementedError

    # Recall's
    def _fuller(self, name: str) -> str | None:
        raise NotImplementedError

    def _known_surname(self, word: str) -> str | None:
        raise NotImplementedError

    def _mentioned(self, gender: str | None, where: tuple[int, int]) -> str | None:
        raise NotImplementedError

    def _body(self, mention: Mention) -> str | None:
        raise NotImplementedError

    def described_body(self, head: str, where: tuple[int, int]) -> str | None:
        raise NotImplementedError

    def body_named_here(self, head: str, where: tuple[int, int]) -> str | None:
        raise NotImplementedError

    def short_form(self, name: str) -> str | None:
        raise NotImplementedError

    def writer(self, words: list[str], where: tuple[int, int]) -> str | None:
        raise NotImplementedError

    def headed(self, name: str) -> str | None:
        raise NotImplementedError

    def one_name_person(self, name: str) -> str | None:
        raise NotImplementedError

    def is_place(self, name: str) -> bool:
        raise NotImplementedError

    def acronym(self, key: str) -> str | None:
        raise NotImplementedError

    def loose_acronym(self, key: str) -> str | None:
        raise NotImplementedError
