"""Tests for kg.article: loading article files, their meta sidecars, and refusing bad input.

Every bad input must raise KgError with a one-line message that names the problem.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.article import (MAX_BYTES, article_from_text, article_id, load_article, parse_date,
                        read_meta)
from kg.errors import KgError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "albania-iran-cyberattack.txt"

ENGLISH = ("Estonia on Tuesday blamed Russia for a cyberattack that took down the websites of "
           "several ministries and the national bank last week, officials in Tallinn said.\n\n"
           "Moscow denied any involvement and said the accusation was an attempt to damage "
           "relations between the two countries.\n")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def raises(path_or_fn, *substrings, **kw):
    """Load and expect a KgError naming the problem; return the message."""
    with pytest.raises(KgError) as info:
        if callable(path_or_fn):
            path_or_fn()
        else:
            load_article(path_or_fn, **kw)
    msg = str(info.value)
    assert "\n" not in msg, f"error message is not one line: {msg!r}"
    for s in substrings:
        assert s.lower() in msg.lower(), f"{s!r} not in {msg!r}"
    return msg


# -- a good article -------------------------------------------------------------------------

def test_seed_loads_with_meta():
    art = load_article(SEED)
    assert art.id == "albania-iran-cyberattack"
    assert art.published == date(2022, 9, 10)
    assert art.title == "Albania hit by new cyberattack blaming Iran"
    assert art.source == "AFP"
    assert art.path == str(SEED)
    assert art.text.startswith("Albania blamed Iran for the July attack")
    assert "Previous Post" in art.text  # loading does not clean; kg.nlp.clean does


def test_plain_article_without_meta(tmp_path):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    art = load_article(p)
    assert art.id == "estonia"
    assert art.published is None
    assert art.title is None and art.source is None and art.url is None
    assert art.text == ENGLISH


def test_crlf_and_bom_are_normalised(tmp_path):
    p = write(tmp_path, "crlf.txt", b"\xef\xbb\xbf" + ENGLISH.replace("\n", "\r\n").encode("utf-8"))
    art = load_article(p)
    assert art.text == ENGLISH
    assert "\r" not in art.text and not art.text.startswith("\ufeff")


def test_published_argument_overrides_meta(tmp_path):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    write(tmp_path, "estonia.meta.json", json.dumps({"published": "2021-05-04", "title": "T"}))
    assert load_article(p).published == date(2021, 5, 4)
    assert load_article(p, published="2023-01-02").published == date(2023, 1, 2)
    assert load_article(p, published=date(2020, 2, 29)).published == date(2020, 2, 29)
    assert load_article(p).title == "T"


def test_meta_datetime_is_accepted(tmp_path):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    write(tmp_path, "estonia.meta.json", json.dumps({"published": "2022-09-10T08:15:00Z"}))
    assert load_article(p).published == date(2022, 9, 10)


# -- missing, folders, empty, binary, encodings, size ---------------------------------------

def test_missing_file(tmp_path):
    raises(tmp_path / "nope.txt", "no such file", "nope.txt")


def test_folder_is_not_an_article(tmp_path):
    raises(tmp_path, "folder")


def test_empty_file(tmp_path):
    raises(write(tmp_path, "empty.txt", b""), "empty")


def test_whitespace_only_file(tmp_path):
    raises(write(tmp_path, "blank.txt", " \n\t\n   \r\n"), "empty")


def test_binary_file(tmp_path):
    raises(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "binary")


def test_non_utf8_file(tmp_path):
    msg = raises(write(tmp_path, "latin1.txt", b"\xff\xfe caf\xe9 the news of the day"), "UTF-8")
    assert "latin1.txt" in msg


def test_latin1_in_the_middle_is_refused(tmp_path):
    data = ENGLISH.encode("utf-8") + "The café said so.".encode("latin-1")
    raises(write(tmp_path, "mixed.txt", data), "UTF-8", "offset")


def test_huge_file(tmp_path):
    p = tmp_path / "huge.txt"
    line = ENGLISH.encode("utf-8")
    with p.open("wb") as f:
        f.write(line * (MAX_BYTES // len(line) + 2))
    assert p.stat().st_size > MAX_BYTES
    raises(p, "too large")


def test_file_at_the_limit_loads(tmp_path):
    line = ENGLISH.encode("utf-8")
    data = line * (MAX_BYTES // len(line))
    assert len(data) <= MAX_BYTES
    art = load_article(write(tmp_path, "big.txt", data))
    assert len(art.text) == len(data)


# -- language ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'Albanie a rompu mercredi ses relations diplomatiques avec l'Iran, après une cyberattaque "
    "contre les systèmes informatiques du gouvernement en juillet, a déclaré le Premier ministre.",
    "Albanien hat am Mittwoch die diplomatischen Beziehungen zum Iran abgebrochen, nachdem ein "
    "Cyberangriff die Computersysteme der Regierung im Juli lahmgelegt hatte.",
    "Албания разорвала в среду дипломатические отношения с Ираном после кибератаки на "
    "правительственные компьютерные системы в июле.",
], ids=["french", "german", "russian"])
def test_non_english_text(tmp_path, text):
    raises(write(tmp_path, "foreign.txt", text), "English")
    raises(lambda: article_from_text(text, "foreign"), "English")


def test_english_with_foreign_names_is_accepted(tmp_path):
    text = ("Prime Minister Edi Rama said that the Këshilli i Ministrave had decided to break off "
            "relations with the Islamic Republic of Iran after the attack on e-Albania.")
    assert load_article(write(tmp_path, "names.txt", text)).text == text


def test_too_few_words(tmp_path):
    raises(write(tmp_path, "short.txt", "12345 ... 678"), "fewer than 3 words")


# -- meta files -------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["2022-13-45", "yesterday", "2022-02-30", "10/09/2022", "2022"])
def test_meta_with_malformed_date(tmp_path, bad):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    write(tmp_path, "estonia.meta.json", json.dumps({"published": bad}))
    msg = raises(p, "malformed date")
    assert bad in msg


@pytest.mark.parametrize("bad", ["2022-13-45", "yesterday", ""])
def test_published_argument_malformed(tmp_path, bad):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    raises(p, "malformed date", published=bad)


def test_meta_not_json(tmp_path):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    write(tmp_path, "estonia.meta.json", "published: 2022-09-10\n")
    raises(p, "invalid meta file", "estonia.meta.json")


def test_meta_not_an_object(tmp_path):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    write(tmp_path, "estonia.meta.json", '["2022-09-10"]')
    raises(p, "invalid meta file", "JSON object")


def test_meta_not_utf8(tmp_path):
    p = write(tmp_path, "estonia.txt", ENGLISH)
    write(tmp_path, "estonia.meta.json", b'{"title": "caf\xe9"}')
    raises(p, "invalid meta file")


def test_bad_meta_ignored_when_published_is_given_still_fails(tmp_path):
    # An explicit date does not excuse a broken meta file: its title and source are unusable too.
    p = write(tmp_path, "estonia.txt", ENGLISH)
    write(tmp_path, "estonia.meta.json", "{not json")
    raises(p, "invalid meta file", published="2022-09-10")


def test_read_meta_absent_and_present(tmp_path):
    p = write(tmp_path, "a.txt", ENGLISH)
    assert read_meta(p) == {}
    write(tmp_path, "a.meta.json", json.dumps({"url": "https://example.org/a"}))
    assert read_meta(p) == {"url": "https://example.org/a"}


def test_parse_date():
    assert parse_date("2022-09-10", "x") == date(2022, 9, 10)
    assert parse_date(" 2022-09-10 ", "x") == date(2022, 9, 10)
    assert parse_date("2022-09-10T23:59:59+02:00", "x") == date(2022, 9, 10)
    with pytest.raises(KgError, match="where: malformed date"):
        parse_date("2022-9-10", "where")


# -- HTML -------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Estonia blames Russia</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li>
<li><a href="/sport">Sport section link</a></li></ul></nav>
<!-- tracking comment: do not read this -->
<article>
<h1>Estonia blames Russia for cyberattack</h1>
<p>Estonia on Tuesday blamed Russia for a cyberattack that took down the websites of several
ministries and the national bank last week, officials in Tallinn said.</p>
<p>The foreign ministry said it had summoned the Russian ambassador and that the attack was part
of a wider campaign against the Baltic states and their allies.</p>
<p>Moscow denied any involvement and said the accusation was an attempt to damage relations
between the two countries.</p>
</article>
<footer><p>Copyright 2024 Example News. All rights reserved. Footer navigation link text.</p></footer>
</body></html>
"""


def test_html_article_body_is_read(tmp_path):
    art = load_article(write(tmp_path, "estonia.html", HTML))
    assert art.id == "estonia"
    assert "Estonia on Tuesday blamed Russia for a cyberattack" in art.text
    assert "Moscow denied any involvement" in art.text
    for furniture in ("World news menu", "Sport section link", "tracking comment", "Footer navigation",
                      "<p>", "<article>"):
        assert furniture not in art.text


def test_html_detected_without_html_suffix(tmp_path):
    art = load_article(write(tmp_path, "saved-page.txt", HTML))
    assert "Moscow denied any involvement" in art.text
    assert "World news menu" not in art.text and "<" not in art.text


def test_html_without_article_text(tmp_path):
    page = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    msg = raises(write(tmp_path, "nav-only.html", page), "nav-only.html")
    assert "no article text" in msg or "no text to read" in msg


# -- ids --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,expected", [
    ("albania-iran-cyberattack.txt", "albania-iran-cyberattack"),
    ("My Article (1).txt", "My-Article-1"),
    ("story.HTML", "story"),
    ("page.htm", "page"),
    ("notes.md", "notes"),
    ("x.y.z.txt", "x.y.z"),
    ("a b.meta.json", "a-b"),
    ("über café.html", "uber-cafe"),
    ("  spaced  .txt", "spaced"),
])
def test_article_id_of_odd_names(name, expected):
    assert article_id(Path(name)) == expected


def test_article_id_never_empty_and_distinct():
    ids = {article_id(Path(n)) for n in ("日本.txt", "中国.txt", "...txt", "--.md")}
    assert len(ids) == 4
    for i in ids:
        assert i and i.startswith("article")
        assert all(c.isascii() and (c.isalnum() or c in "._-") for c in i)
    assert article_id(Path("日本.txt")) == article_id(Path("日本.txt"))  # stable


def test_article_from_text():
    art = article_from_text(ENGLISH, "s1", date(2022, 9, 10), title="T")
    assert (art.id, art.published, art.title, art.text) == ("s1", date(2022, 9, 10), "T", ENGLISH)
    raises(lambda: article_from_text("   \n ", "s2"), "empty")
