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
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def header_labels() -> tuple[frozenset, frozenset]:
    """The field names of a memo's or e-mail's header (boilerplate.json 'header_labels'), and
    those of them that label the document's own date ('date_labels')."""
    return frozenset(_data()["header_labels"]), frozenset(_data()["date_labels"])


@lru_cache(maxsize=1)
def _patterns():
    """The compiled 'line', 'tail', 'inline' and 'markup' patterns of boilerplate.json."""
    raw = _data()
    comp = lambda pats: [re.compile(p, re.I) for p in pats]  # noqa: E731
    return comp(raw["line"]), comp(raw["tail"]), comp(raw["inline"]), comp(raw["markup"])


def unmark(text: str) -> str:
    """Citation markers, markdown links, bold marks and heading marks as spaces (a link keeps
    its words), so they neither split words nor read as numbers.

    >>> unmark("In July 2023[3] it hit the [water utility](https://x.org/a) **hard**.")
    'In July 2023    it hit the  water utility                     hard  .'
    """
    chars = list(text)
    for pat in _patterns()[3]:
        for m in pat.finditer(text):
            keep = range(*m.span("keep")) if "keep" in pat.groupindex and m.group("keep") else range(0)
            for i in range(m.start(), m.end()):
                if i not in keep and chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)


# a LaTeX source: its preamble or body markers, or many commands with arguments
LATEX_SOURCE = re.compile(r"\\documentclass\b|\\begin\{document\}")
LATEX_COMMANDS = re.compile(r"\\[A-Za-z]+\*?\{")


def untex(text: str) -> str:
    """A LaTeX source as its words, the same length: comments, commands with their options
    and the arguments that are no text (``\\cite{...}``, ``\\label{...}``, ``\\begin{table}``,
    boilerplate.json 'latex_dropped') blanked, other commands' braces blanked around the words
    they hold, ``\\`` quotes made plain quotes and a table's ``&`` a column rule, so
    "17 Jun 2016 & Drain \\\\" reads as a dated row. Other text is returned unchanged.

    >>> untex(r"\\documentclass{article} On 21 June a group called ``Robin Hood'' \\emph{moved} it~\\cite{shin}.")
    '                        On 21 June a group called  "Robin Hood"  \x20\x20\x20\x20\x20\x20moved  it            .'
    """
    if "\\" not in text or not (LATEX_SOURCE.search(text) or len(LATEX_COMMANDS.findall(text)) >= 10):
        return text
    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "

    dropped = "|".join(sorted(_data()["latex_dropped"], key=len, reverse=True))
    for m in re.finditer(r"(?<!\\)%[^\n]*", text):  # a comment, to the line's end
        blank(*m.span())
    for m in re.finditer(rf"\\(?:{dropped})\*?(?![A-Za-z])(?:\s*\[[^\]\n]*\]|\s*\{{[^{{}}\n]*\}})*", text):
        blank(*m.span())
    for m in re.finditer(r"\\\\(?:\[[^\]\n]*\])?|\\[A-Za-z]+\*?(?:\[[^\]\n]*\])?|(?<!\\)[{}~]", text):
        if chars[m.start()] != " ":
            blank(*m.span())
    for m in re.finditer(r"\\([%&$#_])|``|''|(?<!\\)&", text):
        if m.group(1):
            chars[m.start()], chars[m.start() + 1] = " ", m.group(1)
        elif m.group() == "``":
            chars[m.start()], chars[m.start() + 1] = " ", '"'
        elif m.group() == "''":
            chars[m.start()], chars[m.start() + 1] = '"', " "
        else:
            chars[m.start()] = "|"
    return "".join(chars)


JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"(\s*:)?')
JSON_ID = re.compile(r"^[\w.-]+--[\w-]+$|^[a-z0-9]+(?:[-_][a-z0-9]+)*$|^[\W\d_]*$")  # "identity--5752...", "threat-actor"
JSON_STAMP = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d(?=T|$)")
JSON_DATE_KEYS = frozenset({"created", "published", "date", "first_seen", "start_time"})  # (not "modified")


def unjson(text: str) -> str:
    """A JSON document (a STIX bundle, an API dump) as its words, the same length: keys, ids, codes
    and punctuation blanked; the string values that are words ("CrowdStrike", a description) kept,
    each ending its line, and of a time stamp under "created" or "published" its day alone, which
    dates the object's words below it like a chronology's date line. Other text is returned unchanged.

    >>> unjson('{"type": "report", "published": "2016-12-22T08:00:00Z",\\n "description": "Kestrix hit \\\\"Contoso\\\\"."}')
    '                                 2016-12-22            \\n                 Kestrix hit  "Contoso ".\\n '
    """
    if text.lstrip()[:1] not in ("{", "["):
        return text
    try:
        json.loads(text)
    except ValueError:
        return text
    chars = [c if c == "\n" else " " for c in text]
    key = None
    for m in JSON_STRING.finditer(text):
        if m.group(2):  # a key
            key = m.group(1)
            continue
        value, start = m.group(1), m.start(1)
        stamp = JSON_STAMP.match(value)
        if stamp and key in JSON_DATE_KEYS:
            chars[start:start + 10] = value[:10]
        elif not stamp and not JSON_ID.match(value):
            chars[start:m.end(1)] = re.sub(r'\\(["\\/])', r" \1", re.sub(r"\\[nrt]", "  ", value))
        else:
            continue
        if "\n" not in text[m.end():m.end() + 3]:
            chars[m.end(1)] = "\n"  # (its closing quote: the value ends its line)
    return "".join(chars)


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
    line_pats, tail_pats, inline_pats, _ = _patterns()
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
        spans += [m.span() for m in _stage_direction().finditer(text, a, b)]
    return spans


@lru_cache(maxsize=1)
def _stage_direction():
    """A transcript's or a speech's stage direction in brackets, "[Laughter.]", "(applause)",
    "[Gestures to the stage.]": no words of the speaker (boilerplate.json 'stage_directions', in
    any case, and 'stage_actions', capitalised: not "(points 3 and 4)")."""
    noise = "|".join(re.escape(w) for w in _data()["stage_directions"])
    acts = "|".join(re.escape(w) for w in _data()["stage_actions"])
    return re.compile(r"[\[(](?:(?i:%s)|%s)\b[^\[\]()\n]{0,80}[\])]" % (noise, acts))


@lru_cache(maxsize=1)
def _stop_words() -> tuple[frozenset, dict[str, tuple[str, ...]]]:
    """English stop words (spaCy's list), and each stop word of three letters or more of the
    languages of boilerplate.json 'foreign_languages' that is no English one ('der', 'und',
    'nicht', 'avec') with the languages it belongs to."""
    import importlib

    from spacy.lang.en.stop_words import STOP_WORDS as english
    langs: dict[str, list[str]] = {}
    for lang in _data()["foreign_languages"]:
        for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS:
            if len(w) >= 3 and w not in english:
                langs.setdefault(w, []).append(lang)
    return frozenset(english), {w: tuple(ls) for w, ls in langs.items()}


def foreign_spans(text: str) -> list[tuple[int, int]]:
    """Lines of ``text`` written in another language: a translation printed beside the English
    (a bilingual page, a translation memory), whose names NER misreads and pronouns then recall.

    >>> t = "Fabrikam was hacked on Monday.\\nDas Unternehmen wurde am Montag von Hackern angegriffen, sagte die Polizei nicht."
    >>> [t[a:b][:18] for a, b in foreign_spans(t)]
    ['Das Unternehmen wu']
    """
    english, foreign = _stop_words()
    spans = []
    for a, b in _lines(text):
        words = re.findall(r"[^\W\d_]+", text[a:b].lower())
        if len(words) < 6:
            continue
        hits: dict[str, list[str]] = {}  # language -> its stop words in the line
        for w in words:
            for lang in foreign.get(w, ()):
                hits.setdefault(lang, []).append(w)
        ours = sum(w in english for w in words)
        # (three different words of one language, a fifth of the line, and twice the English ones)
        if any(len(set(h)) >= 3 and len(h) >= 0.2 * len(words) and len(h) > 2 * ours for h in hits.values()):
            spans.append((a, b))
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
                      r"(?:,?[ \t]*(?P<day>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}))?[ \t]*(?P<agency>\([^)\n]{1,40}\))?"
                      r"(?P<sep>[ \t]*(?:[-–—:][ \t]|\n\n+))", re.MULTILINE)
DATELINE_REACH = 600  # characters from the top where a dateline may stand


def dateline(text: str):
    """The dateline match in the first lines of ``text``, or None. The city is a short name
    ("NEWARK, N.J. (Wire) - ") or a known place; a name the gazetteer knows as something else
    ("FBI: ...") or an all-caps headline ("RUSSIA HACKS UKRAINE GRID") is no dateline. (After
    clean() the dash is a blank line, so both separators are read alike.)"""
    from ..extract.gazetteer import Gazetteer
    from ..extract.lexicon import word_set

    gaz = Gazetteer.load()
    labels = header_labels()[0]
    for m in DATELINE.finditer(text[:DATELINE_REACH]):
        city = m.group("city").strip()
        if city.lower() in labels:
            continue  # "DATE: 2011-03-14", "FROM: EMBASSY RIGA": a header's field
        if city.split()[-1].lower().strip(".") in word_set("entity_words", "letterhead_heads"):
            continue  # "KESTRIX CHESS CLUB - WINTER LEAGUE": a letterhead, not a city
        key = gaz.resolve_key(city) or gaz.resolve_key(city.title())
        # (a place resolves to its country's key: a capital, a state, a country)
        if key is not None and gaz.country_of(key) == key or key is None and len(city.split()) <= 3:
            return m
    return None


QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)  # an e-mail's "> " and ">> "
# (a log note's bracketed date or time, "[14/03/2014] Press: ...", opens an item too, as does
# a day in figures opening a row: "03/27/18  RBK  1.20  Phone client ...", "2021-07-06  Servers down")
LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•–]|\[[\d/.:\- ]{4,19}\]"
                       r"|\d{1,2}/\d{1,2}/(?:\d\d){1,2}|(?:19|20)\d\d-\d\d-\d\d)[ \t]")
WRAP_MIN, WRAP_MAX = 40, 110  # line widths of hard-wrapped text (e-mail, PDF, print)
PARAGRAPH_END = 0.6  # in a wrapped block, a line this much shorter than the widest ends a paragraph
LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,2})(?=[ \t]{2,}\S|[ \t]*$)")  # a court filing's or transcript's "12   "
COLUMN_GAP = re.compile(r"\S[ \t]{3,}\S")  # a gap inside a line that sets columns apart
NUMBERED_RUN = 5  # this many lines numbered one after another make a line-numbered page


def unquote(text: str) -> str:
    """An e-mail's quote marks ("> ", ">> ") as spaces, when two or more lines have them.

    >>> unquote("Hi\\n> Sony took the\\n>> PSN offline.")
    'Hi\\n  Sony took the\\n   PSN offline.'
    """
    marks = list(QUOTE_MARKS.finditer(text))
    if len(marks) < 2:
        return text
    chars = list(text)
    for m in marks:
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def unnumber(text: str) -> str:
    """The line numbers of a line-numbered page (a court transcript's or pleading's "1" to "25"
    down the margin) as spaces, so that ``unwrap`` can join its lines into sentences. Only runs
    of five or more lines numbered one after another count: a single "12   " is data.

    >>> unnumber(" 8   THE COURT: The\\n 9   defendant is\\n10   before the\\n11   Court for\\n12   sentencing.")
    '     THE COURT: The\\n     defendant is\\n     before the\\n     Court for\\n     sentencing.'
    """
    lines = text.split("\n")
    numbers = [LINE_NUMBER.match(line) for line in lines]
    run: list[int] = []
    for k, m in enumerate(numbers + [None]):
        if m and run and int(m.group(1)) == int(numbers[run[-1]].group(1)) + 1:
            run.append(k)
            continue
        if len(run) >= NUMBERED_RUN:
            for r in run:
                a, b = numbers[r].span()
                lines[r] = " " * b + lines[r][b:]
        run = [k] if m else []
    return "\n".join(lines)


def unwrap(text: str) -> str:
    """Hard-wrapped paragraphs (a PDF's or an e-mail's fixed-width lines) joined into one line
    each, with words hyphenated across a line end put back together, so a sentence is not cut at
    every line. The length stays the same: a line break becomes a space, and a rejoined word
    closes up over its hyphen and break, the rest of the paragraph moving left and the paragraph
    padded with spaces at its end (offsets in it shift by two characters a rejoined word).

    A block of lines is wrapped when its lines (but the last) are 40-110 characters wide and
    at least one line runs on into the next (no full stop and the next line in lower case, or a
    hyphenated word). One-paragraph-a-line text, headline lists and list items are left alone.

    >>> unwrap("The court sentenced Aleksan-\\nteri Kivimaki, 26, to six years in prison for the\\noffences.\\n")
    'The court sentenced Aleksanteri Kivimaki, 26, to six years in prison for the offences.  \\n'
    """
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out = list(text)
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip():
            j += 1
        for first, last in _wrapped_paragraphs(lines, i, j):
            a, b = starts[first], starts[last] + len(lines[last])
            out[a:b] = _joined(text, a, b)
        i = j + 1
    return "".join(out)


def _runs_on(here: str, nxt: str) -> bool:
    """Line ``here`` continues on line ``nxt``: a word hyphenated across, or no closing
    punctuation and a lower-case start."""
    here = here.rstrip()
    if COLUMN_GAP.search(here) or COLUMN_GAP.search(nxt):
        return False  # a row of columns (a caption's "v.   )   Case No. 1"), not prose
    return bool(re.search(r"[a-z]-$", here)
                or not re.search(r"[.!?:;\"”’)]$", here) and re.match(r"\s*[a-z]", nxt))


def _wrapped_paragraphs(lines, first, last):
    """(first, last) line numbers of each wrapped paragraph in the block first..last."""
    widths = [len(lines[k].rstrip()) for k in range(first, last)]
    # (one line in five may run over the width, a long name or link the writer did not break)
    fitting = [w for w in widths if w <= WRAP_MAX]
    if not fitting or len(widths) - len(fitting) > max(1, len(widths) // 5) or max(fitting) < WRAP_MIN:
        return
    widest, start = max(fitting), first
    if not any(_runs_on(lines[k], lines[k + 1]) for k in range(first, last)
               if len(lines[k].rstrip()) >= max(WRAP_MIN, widest * PARAGRAPH_END)):
        return
    for k in range(first, last + 1):
        ends = (k == last or LIST_ITEM.match(lines[k + 1])
                or len(lines[k].rstrip()) < widest * PARAGRAPH_END and not _runs_on(lines[k], lines[k + 1]))
        if ends:
            if k > start:
                yield start, k
            start = k + 1


def _joined(text: str, a: int, b: int) -> str:
    """text[a:b] (a wrapped paragraph) as one line of the same length: breaks become spaces,
    "Aleksan-" + break + "teri" closes up, unless the text writes the word with a hyphen elsewhere
    ("state-sponsored")."""
    lower = text.lower()

    def close(m):
        word = f"{m.group(1)}-{m.group(2)}"
        return word if word.lower() in lower else m.group(1) + m.group(2)

    para = re.sub(r"([A-Za-z]+)-[ \t]*\n[ \t]*([a-z]+)", close, text[a:b])
    return re.sub(r"[ \t]*\n[ \t]*", " ", para).ljust(b - a)


def clean(text: str) -> str:
    """``text`` with boilerplate and a truncated last sentence masked by spaces (same length),
    and a dateline's dash made a paragraph break, so the parser does not read the city as the
    first sentence's subject. Markup is blanked and hard-wrapped text unwrapped first (``unjson``, ``untex``,
    ``unmark``, ``unquote``, ``unnumber``, ``unwrap``), and lines in another language masked (``foreign_spans``)."""
    text = unmark(untex(unjson(text)))
    # (a translation's lines go before unwrapping, which would join them to the English beside them)
    chars = list(text)
    for a, b in foreign_spans(text):
        chars[a:b] = " " * (b - a)
    text = unwrap(unnumber(unquote("".join(chars))))
    chars = list(text)
    m = dateline(text)
    if m is not None and "\n" not in m.group("sep"):
        for i in range(m.start("sep"), m.end("sep")):
            chars[i] = "\n"
    if m is not None and m.group("agency"):  # "(Reuters)": who filed the story, no actor in it
        for i in range(m.start("agency"), m.end("agency")):
            chars[i] = " "
    spans = boilerplate_spans(text)
    tail = truncated_tail(text)
    if tail:
        spans.append(tail)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
