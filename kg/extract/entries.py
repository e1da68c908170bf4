"""Dated entries: the date lines that set the time of the text under them.

A chronology, a table with a date column, a log's record headers or a script's captions give
the date once, on a line of its own, at the head of an entry or as a field of its header line,
and tell the events after it without one:

    9 Mar 2019  | Ransomware shut the billing servers of Contoso Energy ...
    Jun 2021    | Contoso Bank suspended its online services ...

    SUPER: "Porto. March 2019."
    SUPER: "Attackers hit Fabrikam's file servers."

An event read with no date of its own under such a line happened then.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import TimeValue
from .temporal import months_re

# a calendar date (a year or a month named), not a clock time or "Today"
CALENDAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}/\d{1,2}/\d\d\b|" + months_re(True))

# what may open a date line: a bullet, a caption label ("SUPER:", "CAPTION:"), a quote or bracket, a
# weekday's short name ("Thu 8 Sep 2016")
# (or a changelog's heading with its version: "## 2.3.1 - 2020-12-21", "## [1.2.0] - 2019-08-22";
# or a review's or a post's byline: "By kestrix_fan  -  27 Nov 2014")
OPENING = (r"^\s*(?:[-\u2013\u2022*]\s+|(?:#{1,6}\s+)?\[?v?\d+(?:\.\d+){1,3}\]?\s*[-\u2013\u2014:|]?\s*"
           r"|By\s+[\w.@'’-]+(?:\s[\w.@'’-]+){0,3}\s+[-\u2013\u2014|·•]\s+)?"
           r"(?:[A-Z][A-Z ]{1,15}:\s*)?[\"“'‘(\[]?\s*(?:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?\s+)?")
# what may stand before the date: that opening alone, or a caption's label in mid-line ("-- A quay. SUPER: ")
LEAD = re.compile(OPENING + r"$|\b[A-Z]{2,}[A-Z ]{0,13}:\s*[\"“]?\s*$")
# a place before the date of a scene caption ("Porto. March 2019.", "Ghent, 3 May 2021")
PLACE = re.compile(OPENING + r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*[.,]\s+$")
# what may follow the date of an entry before its text: a column rule, a colon or dash, a gap
# (or the bracket closing a log note's date: "[20/07/2015] Last week ...")
SEPARATOR = re.compile(r"^\s*(?:\||:|[\u2013\u2014]|--?\s|\t|\s{2,})|^\.\s+(?=[A-Z])|^\]\s+(?=\S)")
# the rest of a date line that is the date alone, or with its clock time ("Mar 2, 2021 · 9:05 AM")
# (or a short note in brackets: "Sep 2016 (day unconfirmed)", "March 2019 (reported)")
ALONE = re.compile(r"^[\s\"”'’)\].:,]*(?:[·•|,\u2013\u2014-]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?[\s.]*)?"
                   r"(?:,?\s*(?:morning|afternoon|evening|night)\b[\s.]*)?(?:\([^()\n]{1,30}\)[\s.]*)?$", re.IGNORECASE)
# a date that is one field of a record's header line ("ID 21-0523-01 | 23 May 2021 08:20 | TO: ALL"):
# a column rule before it, and after it at most a clock time before the next rule or the line's end
FIELD_BEFORE = re.compile(r"\|\s*$")
FIELD_AFTER = re.compile(r"^\s*(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*(?:\||$)", re.IGNORECASE)


@dataclass
class Entry:
    start: int  # the offset of the date line
    end: int  # where the text it dates ends
    date: TimeValue
    date_at: int  # the offset of the date itself
    heading: bool  # a line with the date alone (it dates every paragraph until the next date line)


def dated_entries(text: str, dates) -> list[Entry]:
    """The date lines of ``text`` among the resolved ``dates`` ((span, TimeValue) pairs), each
    with the stretch of text it dates. A date alone on its line (a heading, a caption, a table
    cell with nothing beside it) dates everything until the next date line, but only in a text
    with two or more date lines, so a dated page header does not date the whole story; a date
    heading an entry ("9 Mar 2019 | ...", "- March 2021: ...") dates its entry, up to a blank
    line, a rule or the next date line.

    >>> from kg.extract.temporal import time_value
    >>> class S:  # a span: its character offsets are all that is read
    ...     def __init__(self, text, word): self.start_char = text.index(word); self.end_char = self.start_char + len(word)
    >>> t = "Timeline\\n\\nMay 2020 | Hackers hit Contoso.\\n\\nMarch 2021\\n\\nContoso Bank shut its site."
    >>> may, march = time_value("2020-05"), time_value("2021-03")
    >>> [(t[e.start:e.end], e.heading) for e in dated_entries(t, [(S(t, "May 2020"), may), (S(t, "March 2021"), march)])]
    [('May 2020 | Hackers hit Contoso.', False), ('March 2021\\n\\nContoso Bank shut its site.', True)]
    >>> t = "Mar 2, 2021 · 9:05 AM\\nContoso restores its site.\\n\\nFeb 27, 2021 · 6:02 PM\\nHackers hit Contoso."
    >>> found = [(S(t, "Mar 2, 2021"), time_value("2021-03-02")), (S(t, "Feb 27, 2021"), time_value("2021-02-27"))]
    >>> [(t[e.start:e.end], e.date.edtf) for e in dated_entries(t, found)]
    [('Mar 2, 2021 · 9:05 AM\\nContoso restores its site.\\n\\n', '2021-03-02'), ('Feb 27, 2021 · 6:02 PM\\nHackers hit Contoso.', '2021-02-27')]
    """
    found = []
    for span, tv in dates:
        if not CALENDAR.search(text[span.start_char:span.end_char]):
            continue
        line_start, before, after = _date_line(text, span.start_char, span.end_char)
        lead = LEAD.search(before) is not None
        if FIELD_BEFORE.search(before) and FIELD_AFTER.match(after):
            found.append((line_start, tv, False, span.start_char))  # (it dates its record, to a blank line)
            continue
        if not (lead or PLACE.match(before)):
            continue
        if ALONE.match(after):
            found.append((line_start, tv, True, span.start_char))
        elif _heads_entry(before, after):
            found.append((line_start, tv, False, span.start_char))
    if len(found) < 2:
        found = [f for f in found if not f[2]]
    out = []
    for n, (start, tv, heading, at) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(text)
        if not heading:
            end = min(end, _entry_end(text, start, end))
        out.append(Entry(start, end, tv, at, heading))
    return out


RULE = re.compile(r"\n\s*(?:\n|[-=_*]{4,}\s*(?:\n|$))")  # a blank line or a line of dashes


def entry_opened(text: str, start: int, end: int) -> int | None:
    """Where the entry ends that the date at ``start:end`` opens ("Thu 9 Oct. Rain all
    morning ...", "- 3 May 2021: The bank ..."): a date that begins its line (after a bullet or a
    weekday's short name) with the entry's text after it on the line; else None. Within such an
    entry "today", "yesterday" and "this morning" are the entry's days, not the page's.

    >>> t = "Wed 15 Oct. We heard the news of yesterday.\\n\\nThu 16 Oct. Rain."
    >>> t[:entry_opened(t, 4, 10)]
    'Wed 15 Oct. We heard the news of yesterday.'
    >>> entry_opened("We met on 15 Oct. It rained.", 10, 16) is None
    True
    """
    line_start, before, after = _date_line(text, start, end)
    return _entry_end(text, line_start, len(text)) if _heads_entry(before, after) else None


def _date_line(text: str, start: int, end: int) -> tuple[int, str, str]:
    """The start of the line of the date at ``start:end``, and the line's text before and after
    the date (the abbreviation's point read into a date, "15 Oct.", is the line's, after it)."""
    if text[end - 1:end] == ".":
        end -= 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return line_start, text[line_start:start], text[end:line_end]


def _heads_entry(before: str, after: str) -> bool:
    """Does a date with ``before`` and ``after`` it on its line head an entry: it opens the line,
    and the entry's text follows it after a separator ("9 Mar 2019 | Ransomware shut ...")?"""
    return LEAD.search(before) is not None and SEPARATOR.match(after) is not None \
        and not ALONE.match(SEPARATOR.sub("", after, count=1))


def _entry_end(text: str, start: int, limit: int) -> int:
    m = RULE.search(text, start, limit)
    return m.start() if m else limit


def entry_at(entries: list[Entry], offset: int) -> Entry | None:
    """The entry (or dated section) that holds character ``offset``, or None."""
    return next((e for e in reversed(entries) if e.start <= offset < e.end), None)
