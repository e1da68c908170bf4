"""Mask page furniture (navigation, share bars, credits, comment prompts) out of an article.

Masked characters become spaces, newlines stay: character offsets into the cleaned text
are offsets into the original text, so provenance points at the file the user has.
The patterns live in ``kg/data/boilerplate.json``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "boilerplate.json"
TAIL_LINE_WORDS = 20  # past a tail marker, lines this short are links and prompts, not news


@lru_cache(maxsize=1)
def _patterns():
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    comp = lambda pats: [re.compile(p, re.I) for p in pats]  # noqa: E731
    return comp(raw["line"]), comp(raw["tail"]), comp(raw["inline"])


def _lines(text: str):
    """(start, end) of each line, without its newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` that are not news.

    >>> t = "Albania cut ties with Iran.\\n\\nPrevious Post\\nLeave a Reply"
    >>> [t[a:b] for a, b in boilerplate_spans(t)]
    ['Previous Post', 'Leave a Reply']
    """
    line_pats, tail_pats, inline_pats = _patterns()
    spans: list[tuple[int, int]] = []
    lines = [(a, b) for a, b in _lines(text)]
    in_tail = False
    seen_paragraphs: set[str] = set()
    for a, b in lines:
        line = text[a:b].strip()
        if not line:
            continue
        words = len(line.split())
        if any(p.search(line) for p in tail_pats):
            # A tail marker ends the story only if nothing long (a real paragraph) follows.
            rest = [text[x:y].strip() for x, y in lines if x > a]
            if all(len(r.split()) <= TAIL_LINE_WORDS for r in rest):
                in_tail = True
        if in_tail or any(p.search(line) for p in line_pats):
            spans.append((a, b))
            continue
        key = re.sub(r"\W+", " ", line.lower()).strip()
        if words >= 12 and key in seen_paragraphs:
            spans.append((a, b))  # a syndicated paragraph repeated verbatim
            continue
        seen_paragraphs.add(key)
        for pat in inline_pats:
            m = pat.search(text, a, b)
            if m and m.end() <= b:
                spans.append((m.start(), m.end()))
    return spans


def truncated_tail(text: str) -> tuple[int, int] | None:
    """The last line when it stops mid-sentence (a feed's cut-off), else None."""
    stripped = text.rstrip()
    if not stripped:
        return None
    start = stripped.rfind("\n") + 1
    last = stripped[start:].strip()
    if len(last.split()) >= 8 and not re.search(r"[.!?\"'”’)\]:…]$", last):
        return start, len(stripped)
    return None


# A wire dateline opening the story ("TBILISI, Feb 20 (Wire) - Georgia ..."): city, an
# optional region, an optional day, an optional agency, then a dash or colon.
DATELINE = re.compile(r"^[ \t]*(?P<city>[A-Z][A-Z.'\- /]{2,40}?)(?:,[ \t]*[A-Z][A-Za-z. ]{1,30}?)?"
                      r"(?:,?[ \t]*(?P<day>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}))?[ \t]*(?:\([^)\n]{1,40}\))?"
                      r"(?P<sep>[ \t]*(?:[-–—:][ \t]|\n\n+))", re.MULTILINE)
DATELINE_REACH = 600  # characters from the top where a dateline may stand


def dateline(text: str):
    """The dateline match in the first lines of ``text``, or None. The city is a short name
    ("NEWARK, N.J. (Wire) - ") or a known place; a name the gazetteer knows as something else
    ("FBI: ...") or an all-caps headline ("RUSSIA HACKS UKRAINE GRID") is no dateline. (After
    clean() the dash is a blank line, so both separators are read alike.)"""
    from ..extract.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    for m in DATELINE.finditer(text[:DATELINE_REACH]):
        city = m.group("city").strip()
        key = gaz.resolve_key(city) or gaz.resolve_key(city.title())
        # (a place resolves to its country's key: a capital, a state, a country)
        if key is not None and gaz.country_of(key) == key or key is None and len(city.split()) <= 3:
            return m
    return None


def clean(text: str) -> str:
    """``text`` with boilerplate and a truncated last sentence masked by spaces (same length),
    and a dateline's dash made a paragraph break, so the parser does not read the city as the
    first sentence's subject."""
    chars = list(text)
    m = dateline(text)
    if m is not None and "\n" not in m.group("sep"):
        for i in range(m.start("sep"), m.end("sep")):
            chars[i] = "\n"
    spans = boilerplate_spans(text)
    tail = truncated_tail(text)
    if tail:
        spans.append(tail)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
