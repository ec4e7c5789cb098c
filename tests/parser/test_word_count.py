"""Word counts in scripts written without spaces: a Japanese or Chinese article has as many
words as a reader counts (each character one, as word processors count them), so it is neither
refused as a page without text nor stored with a word count of a few."""

from __future__ import annotations

import pytest

from api.parser import parse, parse_html
from api.parser.text import count_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Two words", 2),
        ("Привет, мир", 2),  # spaced scripts: split at spaces as before
        ("한국어 문장 입니다", 3),  # Korean is written with spaces
        ("東京の天気", 5),
        ("東京の天気。明日は雨です。", 11),  # the full stops are no words
        ("Tokyo 東京 weather", 4),
        ("  ", 0),
    ],
)
def test_count_words(text, words):
    assert count_words(text) == words


SENTENCE = "きょうの給食は地元の野菜をたくさん使ったカレーでした。"


def test_a_japanese_page_is_read_not_refused_as_one_without_text():
    body = "".join(f"<p>{SENTENCE}子どもたちは{n}回おかわりしました。</p>" for n in range(4))
    page = f"<html><head><title>給食</title></head><body><article><h1>給食のカレー</h1>{body}"
    document = parse_html(page + "</article></body></html>")
    assert len(document.body) == 4
    assert document.word_count > 100


def test_a_chinese_export_counts_each_character_as_a_word():
    document = parse("今日新闻\n\n北京今天天气晴朗。\n\n市民外出游玩。\n")
    assert document.word_count == 4 + 8 + 6
