"""The `q` search language: parse user text into a small tree, compile it for FTS5 or tsquery.

Words are ANDed; `"exact words"` is a phrase; `word*` a prefix; `OR` (upper case) joins
alternatives; `NOT word`, `-word`, `-"exact words"` or `-(a OR b)` excludes; parentheses
group. Anything else a user types is text, never syntax: every word reaches the engine quoted,
so no input can become an operator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A term is a run of letters and digits: FTS5's unicode61 tokenizer splits text the same way,
# and the PostgreSQL index removes punctuation before its parser sees the text.
_WORDS = re.compile(r"[^\W_]+")
# A phrase (closed or running to the end), a parenthesis, or a run of anything else; dashes
# right before a phrase or an opening parenthesis exclude it, as web search syntax does.
_TOKENS = re.compile(r'(-*)"([^"]*)"?|(-*)([()])|([^\s"()]+)')
OPERATORS = {"AND", "OR", "NOT"}
# A dash's NOT: as NOT, but before a group that asks for nothing, ignored (`a -() b`).
_DASH = ("op", "-")
MAX_TERMS = 32  # words; more is not a search but a document, and it bounds the engines' work
MAX_DEPTH = 8  # parentheses nested deeper than this are refused, not recursed into


class QueryError(ValueError):
    """The text is not a query that can be run; the message says why, for the client."""


@dataclass(frozen=True)
class Term:
    """One word, or the words of a phrase in order; `prefix`: the last word may go on."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class And:
    """Every node in `include` matches and none in `exclude` does."""

    include: tuple[Node, ...]
    exclude: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Or:
    """At least one of `options` matches."""

    options: tuple[Node, ...]


Node = Term | And | Or


@dataclass(frozen=True)
class _Group:
    """What a stretch of the query asks for, before the context decides if that is enough."""

    include: tuple[Node, ...]
    exclude: tuple[Node, ...]


def parse(text: str) -> Node:
    """The query tree of a user's `q`; QueryError when nothing in it can be searched for."""
    tokens = _balanced(_tokenize(text))
    words = sum(len(value.words) for kind, value in tokens if kind == "term")
    if words > MAX_TERMS:
        raise QueryError(f"q has {words} words; at most {MAX_TERMS} are allowed.")
    parser = _Parser(tokens)
    group = parser.expression(depth=0)
    if not group.include:
        if group.exclude:
            raise QueryError("q only excludes words; add at least one word to look for.")
        raise QueryError("q has no searchable words (letters or digits).")
    return _node(group)


def wanted_terms(node: Node) -> list[Term]:
    """The terms a match may contain, for highlighting: all but the excluded ones."""
    if isinstance(node, Term):
        return [node]
    parts = node.options if isinstance(node, Or) else node.include
    return [term for part in parts for term in wanted_terms(part)]


def loosened(node: Node) -> Node | None:
    """A query that matches every article `node` does, without phrases: each phrase's words
    ANDed, exclusions that hold a phrase dropped; None when `node` has no phrase.

    An index without word positions (PostgreSQL's GIN) answers the loosened query exactly,
    so only its matches need the phrases checked against their text.
    """
    if not _has_phrase(node):
        return None
    return _loosen(node)


def _has_phrase(node: Node) -> bool:
    if isinstance(node, Term):
        return len(node.words) > 1
    parts = node.options if isinstance(node, Or) else node.include + node.exclude
    return any(_has_phrase(part) for part in parts)


def _loosen(node: Node) -> Node:
    if isinstance(node, Term):
        if len(node.words) == 1:
            return node
        *words, last = node.words
        return And(tuple(Term((word,)) for word in words) + (Term((last,), node.prefix),))
    if isinstance(node, Or):
        return Or(tuple(_loosen(option) for option in node.options))
    # Excluding the loosened phrase would exclude more than the phrase does: keep the others.
    exclude = tuple(part for part in node.exclude if not _has_phrase(part))
    return And(tuple(_loosen(part) for part in node.include), exclude)


def to_fts5(node: Node) -> str:
    """The node as an FTS5 MATCH expression; every term is a double-quoted string."""
    if isinstance(node, Term):
        return '"' + " ".join(node.words) + '"' + ("*" if node.prefix else "")
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(option) for option in node.options) + ")"
    text = "(" + " AND ".join(to_fts5(part) for part in node.include) + ")"
    for part in node.exclude:
        text = f"({text} NOT {to_fts5(part)})"  # FTS5's NOT is binary: X NOT Y
    return text


def to_tsquery(node: Node) -> str:
    """The node as PostgreSQL to_tsquery text: `<->` for phrases, `:*` for prefixes."""
    if isinstance(node, Term):
        # Terms are letters and digits only, so single quotes cannot occur inside them.
        lexemes = [f"'{word}'" for word in node.words]
        if node.prefix:
            lexemes[-1] += ":*"
        return "(" + " <-> ".join(lexemes) + ")"
    if isinstance(node, Or):
        return "(" + " | ".join(to_tsquery(option) for option in node.options) + ")"
    parts = [to_tsquery(part) for part in node.include]
    parts += [f"!{to_tsquery(part)}" for part in node.exclude]
    return "(" + " & ".join(parts) + ")"


def _tokenize(text: str) -> list[tuple[str, object]]:
    """(kind, value) pairs: ("term", Term), ("op", "AND"|"OR"|"NOT"|"-"), ("paren", "("|")")."""
    tokens: list[tuple[str, object]] = []
    for match in _TOKENS.finditer(text):
        phrase_dash, phrase, paren_dash, paren, word = match.groups()
        if paren:
            if paren_dash and paren == "(":  # -(ferry OR toll) excludes; a dash before ) is text
                tokens.append(_DASH)
            tokens.append(("paren", paren))
        elif word is None:  # a phrase: "harbour master"; -"wind farm" excludes it
            _add_term(tokens, phrase, prefix=False, excluded=bool(phrase_dash))
        elif word in OPERATORS:
            tokens.append(("op", word))
        elif word.startswith("-") and _WORDS.search(word):  # -word excludes
            tokens.append(("op", "NOT"))
            _add_term(tokens, word[1:], prefix=word.endswith("*"))
        else:  # econom* is a prefix; covid-19 is the phrase "covid 19"
            _add_term(tokens, word, prefix=word.endswith("*"))
    return tokens


def _balanced(tokens: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """The tokens without closing parentheses that close nothing: `a ) b` is `a b`."""
    kept, depth = [], 0
    for token in tokens:
        if token == ("paren", ")"):
            if depth == 0:
                continue
            depth -= 1
        elif token == ("paren", "("):
            depth += 1
        kept.append(token)
    return kept


def _add_term(tokens: list, text: str, *, prefix: bool, excluded: bool = False) -> None:
    words = tuple(word.lower() for word in _WORDS.findall(text))
    if words:  # punctuation alone is no term: the operator before it has nothing to act on
        tokens += [_DASH] if excluded else []
        tokens.append(("term", Term(words, prefix)))


class _Parser:
    """Recursive descent over the tokens; misplaced operators and parentheses are ignored."""

    def __init__(self, tokens: list[tuple[str, object]]):
        self.tokens = tokens
        self.at = 0

    def peek(self) -> tuple[str, object] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def expression(self, depth: int) -> _Group:
        """Alternatives joined by OR, up to a closing parenthesis or the end."""
        options = [self.conjunction(depth)]
        while self.peek() == ("op", "OR"):
            self.at += 1
            options.append(self.conjunction(depth))
        options = [option for option in options if option.include or option.exclude]
        if len(options) <= 1:
            return options[0] if options else _Group((), ())
        if any(not option.include for option in options):
            raise QueryError("Each side of OR needs a word to look for, not only exclusions.")
        return _Group((Or(tuple(_node(option) for option in options)),), ())

    def conjunction(self, depth: int) -> _Group:
        """Items that must all hold (AND is implied between them), up to OR, `)` or the end."""
        include: list[Node] = []
        exclude: list[Node] = []
        while (token := self.peek()) is not None and token not in (("op", "OR"), ("paren", ")")):
            if token == ("op", "AND"):
                self.at += 1  # AND is what juxtaposition means anyway
                continue
            negated = dashed = False
            while (token := self.peek()) in (("op", "NOT"), _DASH):
                self.at += 1
                negated, dashed = not negated, dashed or token == _DASH
            group = self.primary(depth)
            if group is None:
                continue
            if negated and group.include:
                exclude.append(_node(group))
            elif negated and not dashed:
                raise QueryError("NOT needs a word to exclude after it.")
            else:  # a dash before a group without words is punctuation, as it always was
                include += group.include
                exclude += group.exclude
        return _Group(tuple(include), tuple(exclude))

    def primary(self, depth: int) -> _Group | None:
        """A term or a parenthesised expression; None for a token that asks for nothing."""
        token = self.peek()
        if token is None or token in (("op", "OR"), ("paren", ")")):
            return None  # NOT at the end, or before OR: nothing to negate
        self.at += 1
        kind, value = token
        if kind == "term":
            return _Group((value,), ())
        if token == ("paren", "("):
            if depth >= MAX_DEPTH:
                raise QueryError(f"q nests parentheses deeper than {MAX_DEPTH} levels.")
            group = self.expression(depth + 1)
            if self.peek() == ("paren", ")"):
                self.at += 1  # an unclosed parenthesis closes at the end
            return group
        return None


def _node(group: _Group) -> Node:
    """The simplest node for a group that includes at least one thing."""
    if len(group.include) == 1 and not group.exclude:
        return group.include[0]
    return And(group.include, group.exclude)
