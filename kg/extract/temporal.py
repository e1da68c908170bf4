"""Time expressions: find them in a sentence and normalise them to EDTF (TimeML style).

Dates are resolved against the article's publication date (and, for expressions
such as "two days later", against the previously mentioned date, the *anchor*).
The rules follow eval/ANNOTATING.md: with ``published`` 2022-09-10 (a Saturday),

>>> from datetime import date
>>> pub = date(2022, 9, 10)
>>> normalise("on Wednesday", pub).edtf
'2022-09-07'
>>> normalise("in July", pub).edtf
'2022-07'
>>> normalise("the early 1990s", pub).edtf
'199X'
>>> normalise("a month later", pub, anchor=time_value("2022-06")).edtf
'2022-07'
>>> [s for _, _, s in find_time_expressions("Albania cut ties on Wednesday after the July attack.")]
['on Wednesday', 'July']

A result is a :class:`kg.model.TimeValue`: an EDTF value (``YYYY``, ``YYYY-MM``,
``YYYY-MM-DD``, ``199X`` or an interval ``A/B``), its precision (day, month, year,
decade, interval) and inclusive bounds. Bounds may be narrower than the EDTF value
says ("late 2019" is ``2019`` with bounds 2019-09-01..2019-12-31). Anything that
cannot be resolved gives ``None``: a date is never guessed from the publication date
alone.

The public API is :func:`find_time_expressions`, :func:`normalise`,
:func:`time_value` and :func:`parse_published`. Regexes are compiled lazily and
dateparser (slow to import) is imported only for the rare fallback.
"""
from __future__ import annotations

import calendar
import bisect
import re
from contextvars import ContextVar
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from kg.model import TimeValue

__all__ = ["find_time_expressions", "normalise", "time_value", "parse_published", "anchor_unit",
           "explicit_year"]

# ----------------------------------------------------------------------------- word lists

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30}
# Time-zone abbreviations of clock times in datelines and live-blog stamps.
TIME_ZONES = "BST|GMT|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CST|CDT|PST|PDT|PT|JST|KST|AEST|AEDT|IST"
VAGUE = r"(?:a\s+few|few|several|a\s+couple\s+of|a\s+couple|some|many)"
# (first month, last month) of a season, or of a part of a year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (1, 12)}
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12),
              "beginning": (1, 3), "start": (1, 3), "middle": (4, 9), "end": (10, 12),
              "first half": (1, 6), "second half": (7, 12),
              "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
              "fourth quarter": (10, 12), "last quarter": (10, 12)}
# Part of a month (first day, last day; 31 means the month's last day) and of a decade.
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# "the end of December 2016", "the first days of May": a month, with narrower bounds.
MONTH_SPANS = {"end": (21, 31), "beginning": (1, 10), "start": (1, 10), "middle": (11, 20),
               "first days": (1, 10), "last days": (21, 31), "first week": (1, 7), "last week": (22, 31),
               "first half": (1, 15), "second half": (16, 31)}
MONTH_PART_RE = "|".join(k.replace(" ", r"\s+") for k in MONTH_SPANS)

# A bare year ("2015") is a date only in date context: after one of these words...
_YEAR_BEFORE = {"the", "since", "until", "till", "by", "before", "after", "from", "through",
                "throughout", "during", "around", "of", "early", "late", "in", "and", "or",
                "to", "circa", "c.", "spring", "summer", "autumn", "fall", "winter"}
# A hedge between the preposition and the year ("since about 2006", "dating back to at least 2010").
_YEAR_HEDGES = ("about", "around", "roughly", "approximately", "at least", "as early as")
_YEAR_HEDGE = re.compile(r"(?i)\s(?:" + "|".join(h.replace(" ", r"\s+") for h in _YEAR_HEDGES) + r")$")
# ...(of these, the ones that also introduce quantities: "the 2000 computers")...
_YEAR_QUANTITY_CONTEXT = {"the", "of", "around", "by", "and", "or", "to"}
# ...or before one of these nouns ("2016 election", "Russia's 2016 interference").
_YEAR_NOUNS = {"attack", "attacks", "cyberattack", "cyberattacks", "cyber-attack", "hack",
               "hacks", "hacking", "breach", "election", "elections", "campaign",
               "operation", "incident", "intrusion", "intrusions", "olympics", "games",
               "war", "invasion", "presidential", "midterm", "midterms", "report",
               "indictment", "sanctions", "outbreak", "leak", "leaks", "ransomware",
               "compromise", "interference", "protests", "talks", "summit"}

# ----------------------------------------------------------------------------- patterns


def months_re(case_sensitive: bool, full_only: bool = False) -> str:
    full = "January|February|March|April|May|June|July|August|September|October|November|December"
    abbr = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    body = full if full_only else f"{full}|{abbr}"
    flag = "?-i:" if case_sensitive else "?:"
    return rf"({flag}{body})\b" + ("" if full_only else r"\.?")


def _weekday_re(case_sensitive: bool) -> str:
    flag = "?-i:" if case_sensitive else "?:"
    return rf"({flag}Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"


YEAR_END = r"(?![\d%]|,\d|\.\d|-\d)"  # not "2015%", "2015,000", "2015.5", "2015-16"
YEAR_CORE = r"(?:19|20)\d\d"
YEAR = r"(?<![\d.,$€£#/])(?<!\d[-–])" + YEAR_CORE + YEAR_END
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
NUM = r"(?:\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\b"
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# "the twentieth of June", "June twenty-first": a day of the month written in words
ORDINAL_DAYS = {**{w: n for n, w in enumerate(_ORDINAL_UNITS, 1)},
                **{w: n for n, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                "nineteenth", "twentieth"), 10)},
                **{f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINAL_UNITS, 1)},
                "thirtieth": 30, "thirty-first": 31}
DAY_WORD = r"(?:" + "|".join(w.replace("-", r"[-\s]") for w in sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")\b"
# a day in figures, "14/03/2014" or "11.25.2020" (which number is the month: see numeric_order)
NUMERIC_DAY = r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-]|\.\d)"
NUMERIC_SHORT_DAY = r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d\d)(?![\d/-]|\.\d)"
DAY_PREFIX = (r"(?:on\s+|(?:(?:in|on)\s+)?the\s+(?:early|small|wee)\s+hours\s+of\s+"
              r"|(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+)")


def _named(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


def _pattern_table(cs: bool) -> list[tuple[str, str]]:
    """(kind, regex) pairs. ``cs``: month and weekday names must be capitalised."""
    mon, monf, wd = months_re(cs), months_re(cs, full_only=True), _weekday_re(cs)
    # An explicit date usable as an interval end (unnamed groups).
    end = (rf"(?:{mon}\s+{DAY},?\s+{YEAR}|{DAY}\s+(?:of\s+)?{mon},?\s+{YEAR}"
           rf"|{mon}(?:\s+of)?,?\s+{YEAR}|{YEAR}|{mon}\s+{DAY}|{DAY}\s+(?:of\s+)?{mon}"
           rf"|(?:(?:early|mid|late)(?:-|\s+))?{monf}|{wd})")  # ("between mid-June and August 2016")
    told_year = r"this|last|that|the\s+same|the\s+previous|the\s+following"  # "... that year"
    year_tail = rf"(?:(?:,\s*|\s+){_named('year', YEAR)}|\s+{_named('rel', told_year)}\s+year\b)?"
    month_year = rf"{monf},?\s+{YEAR}"
    day_month = rf"(?:{mon}\s+{DAY}|{DAY}\s+(?:of\s+)?{mon})"
    day_month_year = rf"(?:{mon}\s+{DAY},?\s+{YEAR}|{DAY}\s+(?:of\s+)?{mon},?\s+{YEAR})"
    ytail = lambda g: rf"(?:,?\s+{_named(g, YEAR)})?"  # noqa: E731
    return [
        # "between Dec. 9 and 12", "from 3 to 5 May 2021", "May 3-5": days of one month
        ("day_range", rf"\b(?:(?P<w1>between)\s+|(?P<w2>from)\s+|on\s+)?{_named('rm', mon)}\s+{_named('d1', DAY)}\s*"
                      rf"(?P<c1>and|or|to|until|through|[-–])\s*{_named('d2', DAY)}(?!\s*{mon}|[%,.]\d|\d){ytail('ry')}"
                      rf"|\b(?:(?P<w3>between)\s+|(?P<w4>from)\s+|on\s+)?(?:the\s+)?{_named('e1', DAY)}\s*"
                      rf"(?P<c2>and|or|to|until|through|[-–])\s*(?:the\s+)?{_named('e2', DAY)}(?:\s+of)?\s+"
                      rf"{_named('rm2', mon)}{ytail('ry2')}"),
        ("interval", rf"\bbetween\s+{_named('a', end)}\s+and\s+{_named('b', end)}"
                     rf"|\bfrom\s+{_named('a2', end)}\s+(?:to|until|till|through)\s+{_named('b2', end)}"
                     rf"|(?<![\d.,$€£#/-]){_named('a3', YEAR_CORE)}\s*[-–—]\s*"
                     rf"{_named('b3', YEAR_CORE)}{YEAR_END}"
                     # "breached in 2018 and 2019": one act over both years
                     rf"|\b(?:in|during)\s+{_named('a4', YEAR)}\s+and\s+{_named('b4', YEAR)}"
                     # "in March and April 2019": one act over both months of that year
                     rf"|\b(?:in|during)\s+{_named('a5', monf)}\s+and\s+{_named('b5', month_year)}"
                     # "on 31 October or 1 November 2016": one of two days, the year told once
                     rf"|(?:\bon\s+)?{_named('a6', day_month)}\s+or\s+{_named('b6', day_month_year)}"),
        ("iso", r"(?:\bon\s+)?(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"),
        # "14/03/2014", "03.09.2019", "11/5/2020": a day in figures (day or month first: see numeric_order)
        ("numeric", r"(?:\bon\s+)?" + NUMERIC_DAY),
        # "03/27/18": a day in figures with a two-digit year (slashes only: "1.2.18" is a version)
        ("numeric_short", r"(?:\bon\s+)?" + NUMERIC_SHORT_DAY),
        # "date: 2015/07/06" (a detection rule's, a Japanese page's): year first, then month and day
        ("ymd_slash", r"(?:\bon\s+)?(?<![\d./-])(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/]|\.\d)"),
        # "closed 06/2015": a month in figures
        ("numeric_month", r"(?:\b(?:in|on)\s+)?(?<![\d./-])(?P<m>0[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/-]|\.\d)"),
        # "Fri 06-Apr-2018", "the IOS bundle of 28-Mar": a day and a month's short name joined by hyphens
        ("dmy_hyphen", rf"\b(?:on\s+)?(?:{_named('wd', wd)},?\s+)?(?P<d>\d{{1,2}})-{_named('month', mon)}"
                       rf"(?:-(?P<y>(?:19|20)\d\d))?(?![-\w])"),
        # "on Monday the 8th": that weekday's day of the month (the latest one, or in the anchor's month)
        ("weekday_day", rf"\b(?:on\s+)?{_named('wd', wd)},?\s+the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+of\b)"),
        # "on the 23rd of last month": a day of the month before publication (or of its own)
        ("day_of_month", r"\b(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?P<rel>last|this)\s+month\b"),
        # "On the 29th the board said ...": that day of the month just told (or of the next, once past it)
        ("anchored_day", r"\b(?:on|by)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)"),
        ("md", rf"\b{DAY_PREFIX}?(?:{_named('wday', wd)},?\s+)?{_named('month', mon)}\s+(?:{_named('day', DAY)}|(?:the\s+)?"
               rf"{_named('dayw', DAY_WORD)}){year_tail}"),
        ("dm", rf"\b{DAY_PREFIX}?(?:{_named('wday', wd)},?\s+)?(?:(?:the\s+)?{_named('day', DAY)}(?:\s+of)?|the\s+"
               rf"{_named('dayw', DAY_WORD)}\s+of)\s+{_named('month', mon)}{year_tail}"),
        ("month_year", rf"\b(?:(?:in|during)\s+)?(?:(?P<mod>early|mid|late)(?:-|\s+))?"
                       rf"{_named('month', mon)}(?:\s+of)?,?\s+(?:{_named('year', YEAR)}"
                       r"|(?P<rel>last|this|that|the\s+same|the\s+previous|the\s+following)\s+year\b)"),
        ("month_part", rf"\b(?:(?:at|in|during|by|until|towards?)\s+)?the\s+(?P<part>{MONTH_PART_RE})\s+of\s+"
                       rf"{_named('month', monf)}(?:,?\s+{_named('year', YEAR)})?"),
        ("month", rf"\b(?:(?P<pre>in|during|last|this|past)\s+)?(?:(?P<mod>early|mid|late)(?:-|\s+))?"
                  rf"{_named('month', monf)}"),
        ("season_year", rf"\b(?:(?:in|during)\s+)?(?:the\s+)?(?:(?P<mod>early|late)\s+)?"
                        rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?\s+{_named('year', YEAR)}"),
        ("season", r"\b(?:(?:in|during|over|through|throughout)\s+the|(?P<rel>this|last|past))\s+(?:(?:early|late)\s+)?"
                   r"(?P<season>spring|summer|autumn|fall|winter)\b"),
        ("year_part", r"\b(?:(?:in|during)\s+)?(?:(?P<mod>early|mid|late)(?:-|\s+)|(?:the\s+)?"
                      r"(?P<part>end|beginning|start|middle|first\s+half|second\s+half|first\s+quarter"
                      r"|second\s+quarter|third\s+quarter|fourth\s+quarter|last\s+quarter)\s+of\s+)"
                      rf"{_named('year', YEAR)}"),
        ("decade", r"\b(?:(?:in|during)\s+)?(?:the\s+)?(?:(?P<mod>early|mid|late)(?:-|\s+))?"
                   r"(?P<decade>(?<![\d'’])(?:19|20)\d0|['’]\d0)['’]?s\b"),
        ("year", rf"(?:\b(?P<prep>in|during|throughout)\s+)?{_named('year', YEAR)}"),
        # "on New Year's Eve", "over the Thanksgiving weekend", "Christmas Day 2019"
        ("holiday", rf"\b(?:(?:on|over|during)\s+(?:the\s+)?)?(?:(?P<rel>last)\s+)?(?P<hol>{_holiday_re()})"
                    rf"(?:\s+(?:weekend|holiday))?(?:,?\s+{_named('year', YEAR)})?"),
        ("this_part", r"\b(?P<mod>earlier|later)\s+this\s+(?P<unit>week|month|year)\b"),
        ("rel_unit", r"(?<!the )\b(?:(?P<part>early|late)\s+)?(?P<rel>last|this)\s+(?P<unit>weekend|week|month|year)\b"),
        # "said over the weekend": the latest weekend (not "the weekend of 3 May", "the weekend before")
        ("the_weekend", r"\bthe\s+weekend\b(?!\s+(?:of|before|after|that|when|in|following)\b)"),
        ("deictic", r"\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?"
                    r"|last\s+night|overnight(?=\s*,|$)|today|tonight|earlier\s+today|this\s+(?:morning|afternoon|evening))\b"),
        ("ago", rf"\b(?:(?P<n>{NUM})|{VAGUE})\s+(?P<unit>day|fortnight|week|month|year|decade)s?\s+ago(?:(?P<this_month>\s+this\s+month)|(?P<to_day>\s+(?:today|tonight|to\s+the\s+day)))?\b"),
        ("weekday", rf"\b(?:(?P<pre>on|last|this|past|early|late)\s+|{DAY_PREFIX})?{_named('wd', wd)}"
                    r"(?:\s+(?:morning|afternoon|evening|night))?"
                    r"(?:\s+of\s+(?P<week>last|this|the\s+previous|the\s+past)\s+week\b)?"),
        # "the following March", "the next Monday", "on the Monday" (after a day told before):
        # read from the anchor, not from publication
        ("anchored_named", rf"\b(?:on\s+)?the\s+(?:(?P<dir>following|next|previous|preceding)\s+{_named('month', monf)}"
                           rf"|(?P<wdir>following|next|previous|preceding)?\s*{_named('wd', wd)})\b(?!\s+(?:of|before|after)\b)"),
        ("anchored_next", r"\bthe\s+(?P<dir>previous|preceding|following|next|same|very\s+same)\s+"
                          r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"),
        # "later that month"; "before the month was out", "by the end of that year": that period too
        ("anchored_that", r"\b(?:(?:(?:later|earlier)\s+)?that\s+(?:very\s+|same\s+|very\s+same\s+)?"
                          r"|before\s+the\s+(?=(?:day|week|month|year)\s+(?:was|had\s+been|had)\s+(?:out|over|ended)\b)"
                          r"|by\s+the\s+end\s+of\s+(?:the|that)\s+)"
                          r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b(?!-)"
                          r"(?:\s+(?:was|had\s+been|had)\s+(?:out|over|ended)\b)?"),
        ("day_of", r"\b(?:on\s+)?the\s+(?:very\s+|same\s+)?(?P<unit>day|morning|evening|night)\s+of\s+"
                   rf"(?:the|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{_day_of_nouns()})\b"),
        ("anchored_before", r"\bthe\s+(?P<unit>day|morning|evening|night|week|month|year)\s+"
                            r"(?P<dir>before|after)\b"),
        ("anchored_n", rf"\b(?P<n>{NUM})\s+(?P<unit>day|week|month|year)s?\s+"
                       r"(?P<dir>later|earlier|afterwards?)\b"),
        ("offset", rf"(?<!\bthe\s)\b(?P<n>{NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)\b"),
        ("vague", rf"\b(?:{VAGUE}\s+)?(?P<unit>hours|days|weeks|months|years)\s+(?P<dir>later|earlier|afterwards?)\b"
                  r"|\bwithin\s+(?:(?:a\s+few|a\s+couple\s+of|several)\s+)?(?P<unit2>hours|days|weeks)\b(?!\s+(?:of|after|before))"
                  r"|\b(?:in|over|during)\s+the\s+(?:(?:following|next|ensuing|subsequent)\s+(?P<unit3>days|weeks)"
                  r"|(?P<unit4>days|weeks)\s+(?:that\s+followed|(?:that\s+)?following|after\s+that|afterwards?)\b(?!\s+(?:the|a|an|its|his|her|their)\b))"),
        ("at_the_time", r"\bat\s+(?:the|that)\s+time\b(?!\s+of\b)"),
        # "IT reset the passwords within the hour": the day told just before
        ("within_hours", r"\bwithin\s+(?:the|an|one|half\s+an|a\s+few|two|three)\s+hours?\b|\bwithin\s+minutes\b"),
        # a live blog's entry stamp, a clock time alone on its line ("5.02pm BST")
        ("clock", rf"(?m)^[ \t]*(?:(?:updated|posted)\s+(?:at\s+)?)?(?:[01]?\d|2[0-3])[.:][0-5]\d\s*"
                  rf"(?:[ap]m\b|[ap]\.m\.)?(?:\s+(?:{TIME_ZONES}))?[ \t]*$"),
    ]


def _holidays() -> dict[str, str]:
    """Named days (kg/data/modality.json): a fixed "MM-DD", or a rule ("@thanksgiving+1")."""
    from .lexicon import load

    return load("modality")["holidays"]


def _holiday_re() -> str:
    names = sorted(_holidays(), key=len, reverse=True)
    return "|".join(re.escape(n).replace("'", "['’]").replace(r"\ ", r"\s+") for n in names)


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th (n < 0: from the end) given weekday of a month."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(y, month, _last_day(y, month))
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def holiday_date(name: str, y: int) -> date:
    """The day a named holiday falls on in year ``y``.

    >>> holiday_date("Thanksgiving", 2023), holiday_date("new year’s eve", 2019)
    (datetime.date(2023, 11, 23), datetime.date(2019, 12, 31))
    """
    rule = _holidays()[re.sub(r"\s+", " ", name.lower().replace("’", "'"))]
    if not rule.startswith("@"):
        month, day = map(int, rule.split("-"))
        return date(y, month, day)
    m = re.fullmatch(r"@(\w+)([+-]\d+)?", rule)
    base = {"easter": lambda: _easter(y), "thanksgiving": lambda: _nth_weekday(y, 11, 3, 4),
            "memorial": lambda: _nth_weekday(y, 5, 0, -1), "labor": lambda: _nth_weekday(y, 9, 0, 1)}[m.group(1)]()
    return base + timedelta(days=int(m.group(2) or 0))


def _rule_holiday(m, pub, anchor):
    if m["year"]:
        return day_value(holiday_date(m["hol"], int(m["year"])))
    # the latest one on or before publication ("last": before it)
    for y in (pub.year, pub.year - 1, pub.year - 2):
        d = holiday_date(m["hol"], y)
        if d < pub or d == pub and not m["rel"]:
            return day_value(d)
    return None


def _day_of_nouns() -> str:
    """The event nouns of "on the day of the attack" (kg/data/modality.json)."""
    from .lexicon import load

    return "|".join(re.escape(w) for w in sorted(load("modality")["day_of_events"], key=len, reverse=True))


@lru_cache(maxsize=2)
def _patterns(cs: bool) -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _pattern_table(cs)]


# ----------------------------------------------------------------------------- finder


def find_time_expressions(text: str) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, surface)`` of the date expressions in ``text``.

    The longest match wins and spans never overlap; they are returned in text order.
    Numbers that are not dates ("$10 million", "24 hours", "unit 26165") are skipped.

    >>> find_time_expressions("On May 5 this year, 12 GRU officers struck 150 countries.")
    [(0, 18, 'On May 5 this year')]
    >>> find_time_expressions("the 2015 cyberattack, two days later")
    [(4, 8, '2015'), (22, 36, 'two days later')]
    """
    candidates: list[tuple[int, int]] = []
    for kind, rx in _patterns(True):
        for m in rx.finditer(text):
            if m.end() > m.start() and _plausible(kind, m, text):
                candidates.append((m.start(), m.end()))
    candidates.sort(key=lambda se: (-(se[1] - se[0]), se[0]))
    starts: list[int] = []  # chosen spans, sorted and disjoint: one bisect per candidate
    ends: list[int] = []
    for s, e in candidates:
        i = bisect.bisect_right(starts, s)
        if (i == 0 or ends[i - 1] <= s) and (i == len(starts) or e <= starts[i]):
            starts.insert(i, s)
            ends.insert(i, e)
    return [(s, e, text[s:e]) for s, e in zip(starts, ends)]


def _plausible(kind: str, m: re.Match, text: str) -> bool:
    """Context checks the regexes cannot express."""
    if kind == "month":  # "May" alone is the modal verb far more often than the month
        return not (m.group("month").lower() == "may" and not m.group("pre") and not m.group("mod"))
    if kind == "year" and not m.group("prep"):
        return _year_in_context(text, m.start("year"), m.end("year"))
    if kind == "day_range":  # "between May 3 and 5", "from May 3 to 5", "May 3-5"; not "on May 3 and 4"
        joint, opener = (m["c1"] or m["c2"]).lower(), m["w1"] or m["w2"] or m["w3"] or m["w4"] or ""
        if joint == "or":  # "on 3 or 4 May": one of the two days
            return opener.lower() not in ("between", "from")
        return (joint == "and") == (opener.lower() == "between") and (joint not in ("to", "until", "through") or bool(opener))
    if kind == "interval" and m.group("a3"):
        return int(m.group("a3")) < int(m.group("b3"))
    return True


def _year_in_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 80):start].rstrip()  # the words just before: not the whole text
    after = text[end:]
    # a hedge between the preposition and the year ("since about 2006", "dating back to at
    # least 2010") leaves the preposition in charge
    before, hedged = _YEAR_HEDGE.subn("", before)
    prev = before.split()[-1].lower() if before.split() else ""
    nxt_m = re.match(r"\s*([\w'’-]+)", after)
    nxt = nxt_m.group(1).lower() if nxt_m else ""
    if before.endswith("(") and after.startswith(")"):
        return True  # "(2017)"
    if nxt in _YEAR_NOUNS or prev.endswith(("'s", "’s")):
        return True
    if re.search(r"(?:19|20)\d\d,?$", before) or re.search(r"(?:19|20)\d\d\s+(?:and|or)$", before):
        return True  # "2013, 2014 and 2015"
    if prev not in _YEAR_BEFORE:
        return False
    if (prev in _YEAR_QUANTITY_CONTEXT or hedged) and nxt.endswith("s") and nxt not in _YEAR_NOUNS and nxt != "s":
        return False  # "the 2000 computers"
    return True


# ----------------------------------------------------------------------------- TimeValue builders


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def day_value(d: date) -> TimeValue:
    """The day ``d`` as a TimeValue."""
    return TimeValue(d.isoformat(), "day", d, d)


def _month(y: int, m: int, first: int = 1, last: int = 31) -> TimeValue:
    return TimeValue(f"{y:04d}-{m:02d}", "month", date(y, m, first), date(y, m, min(last, _last_day(y, m))))


def _year(y: int, first_month: int = 1, last_month: int = 12) -> TimeValue:
    return TimeValue(f"{y:04d}", "year", date(y, first_month, 1),
                     date(y, last_month, _last_day(y, last_month)))


def _decade(start: int, lo: int = 0, hi: int = 9) -> TimeValue:
    return TimeValue(f"{start // 10:03d}X", "decade", date(start + lo, 1, 1), date(start + hi, 12, 31))


def _days(a: date, b: date) -> TimeValue:
    return TimeValue(f"{a.isoformat()}/{b.isoformat()}", "interval", a, b)


def _week(d: date) -> TimeValue:
    """The ISO week (Monday..Sunday) containing ``d`` (see ``_within_weeks``)."""
    monday = d - timedelta(days=d.weekday())
    return _within_weeks(monday, monday + timedelta(days=6))


def _within_weeks(a: date, b: date) -> TimeValue:
    """A week or part of one ("last week", "earlier this week", "last weekend"): its bounds
    are the days, but its EDTF is the month that holds it (or the two months it straddles),
    since the events format knows years, months and days, not weeks."""
    if (a.year, a.month) == (b.year, b.month):
        return TimeValue(f"{a.year:04d}-{a.month:02d}", "month", a, b)
    return TimeValue(f"{a.year:04d}-{a.month:02d}/{b.year:04d}-{b.month:02d}", "interval", a, b)


def _span(a: TimeValue, b: TimeValue) -> TimeValue | None:
    if a.earliest > b.latest:
        return None
    return TimeValue(f"{a.edtf}/{b.edtf}", "interval", a.earliest, b.latest)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift_day(d: date, n: int, unit: str) -> date | None:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    y, m = _add_months(d.year, d.month, n * (12 if unit == "year" else 1))
    if not 1 <= y <= 9999:
        return None
    return date(y, m, min(d.day, _last_day(y, m)))


_RANK = {"day": 0, "week": 0, "month": 1, "year": 2}


def _shift(anchor: TimeValue, n: int, unit: str) -> TimeValue | None:
    """``anchor`` moved by ``n`` units. A count of months or years names a month or a year
    ("two months after" a day, "a year later"), so the anchor is first cut to that unit; the
    anchor must be at least as fine as the unit ("two days later" needs a day), except that
    one day either side of a month or year stays within it, as far as the text tells ("In
    April, X expelled ... Moscow answered a day later": April)."""
    p = anchor.precision
    if unit == "day" and abs(n) == 1 and p in ("month", "year"):
        return anchor
    if p not in ("day", "month", "year") or _RANK[p] > _RANK[unit]:
        return None
    if unit in ("month", "year"):
        anchor = _truncate(anchor, unit)
        p = anchor.precision
    if p == "day":
        d = _shift_day(anchor.earliest, n, unit)
        return day_value(d) if d else None
    if p == "month":
        y, m = _add_months(anchor.earliest.year, anchor.earliest.month, n * (12 if unit == "year" else 1))
        return _month(y, m)
    return _year(anchor.earliest.year + n)


def _truncate(anchor: TimeValue, unit: str) -> TimeValue:
    """``anchor`` at no finer precision than ``unit`` ("that year" after 2020-05-13 is 2020)."""
    d = anchor.earliest
    if unit == "year" and anchor.precision in ("day", "month"):
        return _year(d.year)
    if unit == "month" and anchor.precision == "day":
        return _month(d.year, d.month)
    if unit == "week" and anchor.precision == "day":
        return _week(d)
    return anchor


# ----------------------------------------------------------------------------- resolution helpers


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS[word]


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


DAY_PARTS = ("morning", "afternoon", "evening", "night")


def _unit(word: str) -> str:
    word = word.lower()
    return "day" if word in DAY_PARTS else word


def _recent_year(month: int, pub: date, strict: bool = False) -> int:
    """The year of the latest ``month`` not after the publication month (strictly
    before it if ``strict``: "last September" in a September paper is a year ago)."""
    return pub.year - (month > pub.month or (strict and month == pub.month))


def _recent_day(month: int, day: int, pub: date) -> date | None:
    """The latest ``month``/``day`` on or before ``pub``."""
    for y in range(pub.year, pub.year - 9, -1):
        try:
            d = date(y, month, day)
        except ValueError:
            if day > _last_day(2000, month):  # not a day of that month in any year
                return None
            continue
        if d <= pub:
            return d
    return None


def _explicit_day(y: int, month: int, day: int) -> TimeValue | None:
    try:
        return day_value(date(y, month, day))
    except ValueError:
        return None


# ----------------------------------------------------------------------------- rules


def _rule_interval(m, pub, anchor):
    a = m.group("a") or m.group("a2") or m.group("a3") or m.group("a4") or m.group("a5") or m.group("a6")
    b = m.group("b") or m.group("b2") or m.group("b3") or m.group("b4") or m.group("b5") or m.group("b6")
    tb = normalise(b, pub)
    if tb is None:
        return None
    # "between May and July 2018": the first end is read against the second.
    ta = normalise(a, min(pub, tb.latest))
    if ta is None or ta.precision == "interval":
        return None
    return _span(ta, tb)


def _rule_day_range(m, pub, anchor):
    mon, d1, d2 = (m["rm"], m["d1"], m["d2"]) if m["rm"] else (m["rm2"], m["e1"], m["e2"])
    first, last = (int(re.match(r"\d+", d).group()) for d in (d1, d2))
    year = m["ry"] or m["ry2"]
    tb = normalise(f"{mon} {last}" + (f" {year}" if year else ""), pub)
    if tb is None or tb.precision != "day" or not 0 < first < last:
        return None
    try:
        return _span(day_value(tb.earliest.replace(day=first)), tb)
    except ValueError:
        return None


def _rule_day_of_month(m, pub, anchor):
    y, month = _add_months(pub.year, pub.month, -1) if m["rel"].lower() == "last" else (pub.year, pub.month)
    return _explicit_day(y, month, int(m["d"]))


def _rule_iso(m, pub, anchor):
    return _explicit_day(int(m["y"]), int(m["m"]), int(m["d"]))


# Whether a day in figures whose two numbers could both be the month ("04/12/2017") puts the
# month first: set per document by ``numeric_order`` (day first, the rest of the world's way,
# unless the text writes an unambiguous month-first date and no day-first one).
MONTH_FIRST = ContextVar("month_first", default=False)


def numeric_order(text: str) -> bool:
    """Does ``text`` write its days in figures month first ("11/25/2020")?

    >>> numeric_order("on 11/25/2020 and 03/04/2021"), numeric_order("14/03/2014, 04/12/2017")
    (True, False)
    """
    pairs = [(int(m["a"]), int(m["b"])) for pattern in (NUMERIC_DAY, NUMERIC_SHORT_DAY) for m in re.finditer(pattern, text)]
    return any(b > 12 >= a for a, b in pairs) and not any(a > 12 >= b for a, b in pairs)


def _rule_numeric(m, pub, anchor):
    a, b = int(m["a"]), int(m["b"])
    month_first = b > 12 or (a <= 12 and MONTH_FIRST.get())
    return _explicit_day(int(m["y"]), a if month_first else b, b if month_first else a)


def _short_year(yy: str, pub: date) -> int:
    """The year of a two-digit "18" ("03/27/18"): this century's, unless that is after the text's own."""
    year = 2000 + int(yy)
    return year - 100 if year > pub.year + 1 else year


def _rule_numeric_short(m, pub, anchor):
    return _rule_numeric({"a": m["a"], "b": m["b"], "y": _short_year(m["y"], pub)}, pub, anchor)


def _rule_ymd_slash(m, pub, anchor):
    return _explicit_day(int(m["y"]), int(m["m"]), int(m["d"]))


def _rule_numeric_month(m, pub, anchor):
    return _month(int(m["y"]), int(m["m"]))


def _rule_dmy_hyphen(m, pub, anchor):
    month, day = _month_num(m["month"]), int(m["d"])
    if m["y"]:
        return _explicit_day(int(m["y"]), month, day)
    d = _recent_day(month, day, pub)
    return day_value(d) if d else None


def _rule_anchored_day(m, pub, anchor):
    if anchor is None or anchor.precision not in ("day", "month"):
        return None
    y, month, day = anchor.earliest.year, anchor.earliest.month, int(m["d"])
    if anchor.precision == "day" and day < anchor.earliest.day:
        y, month = _add_months(y, month, 1)  # ("on 19 December ... on the 3rd": January's)
    tv = _explicit_day(y, month, day)
    return tv if tv is not None and tv.earliest <= pub else None


def _rule_weekday_day(m, pub, anchor):
    wd, day = WEEKDAYS[m["wd"].lower()], int(m["d"])
    fits = lambda tv: tv is not None and tv.earliest.weekday() == wd and tv.earliest <= pub  # noqa: E731
    if anchor is not None and anchor.precision in ("day", "month"):
        # "In February ... discovered on Monday the 8th": in the month just told, if it fits
        tv = _explicit_day(anchor.earliest.year, anchor.earliest.month, day)
        if fits(tv):
            return tv
    y, month = pub.year, pub.month
    for _ in range(36):  # the latest such day on or before publication
        tv = _explicit_day(y, month, day)
        if fits(tv):
            return tv
        y, month = _add_months(y, month, -1)
    return None


def _rule_md(m, pub, anchor):
    month = _month_num(m["month"])
    day = int(re.match(r"\d+", m["day"]).group()) if m["day"] else ORDINAL_DAYS[re.sub(r"[-\s]+", "-", m["dayw"].lower())]
    if m["year"]:
        return _explicit_day(int(m["year"]), month, day)
    if m["rel"]:  # "on 3 June last year", "on 3 June that year"
        y = _told_year(m["rel"], pub, anchor)
        return _explicit_day(y, month, day) if y is not None else None
    d = _recent_day(month, day, pub)
    if d is not None and m["wday"]:
        # "Friday 3 February" without a year: the latest year in which that day was a Friday
        want = WEEKDAYS[m["wday"].lower().rstrip(".,")]
        for back in range(12):  # (every weekday comes round within eleven years)
            try:
                c = d.replace(year=d.year - back)
            except ValueError:  # 29 February
                continue
            if c.weekday() == want:
                return day_value(c)
    return day_value(d) if d else None


_rule_dm = _rule_md  # "15 July", "the 5th of May 2019"


def _told_year(rel: str, pub: date, anchor: TimeValue | None) -> int | None:
    """The year "last / this year" (from publication) or "that / the following year" (from the
    time told before) names; None when that time is not known."""
    rel = re.sub(r"\s+", " ", rel.lower())
    if rel in ("last", "this"):
        return pub.year - (rel == "last")
    if anchor is None or anchor.precision not in ("day", "month", "year"):
        return None  # "in August of that year" needs the year mentioned before
    return anchor.earliest.year + {"the previous": -1, "the following": 1}.get(rel, 0)


def _rule_month_year(m, pub, anchor):
    month = _month_num(m["month"])
    y = _told_year(m["rel"], pub, anchor) if m["rel"] else int(m["year"])
    if y is None:
        return None
    first, last = MONTH_PARTS.get((m["mod"] or "").lower(), (1, 31))
    return _month(y, month, first, last)


def _rule_month_part(m, pub, anchor):
    month = _month_num(m["month"])
    y = int(m["year"]) if m["year"] else _recent_year(month, pub)
    first, last = MONTH_SPANS[re.sub(r"\s+", " ", m["part"].lower())]
    return _month(y, month, first, last)


def _rule_month(m, pub, anchor):
    month, pre = _month_num(m["month"]), (m["pre"] or "").lower()
    if pre == "this":
        y = pub.year
    else:
        y = _recent_year(month, pub, strict=pre in ("last", "past"))
    first, last = MONTH_PARTS.get((m["mod"] or "").lower(), (1, 31))
    return _month(y, month, first, last)


def _rule_season_year(m, pub, anchor):
    lo, hi = SEASONS[m["season"].lower()]
    return _year(int(m["year"]), lo, hi)


def _rule_season(m, pub, anchor):
    season, rel = m["season"].lower(), (m["rel"] or "").lower()
    if season == "winter":
        return None  # which year? (December or January-February)
    lo, hi = SEASONS[season]
    if rel == "this":
        y = pub.year
    elif rel in ("last", "past"):  # the latest one over by publication
        y = pub.year if pub > date(pub.year, hi, _last_day(pub.year, hi)) else pub.year - 1
    else:  # "in the spring": the latest one begun by publication
        y = pub.year if pub >= date(pub.year, lo, 1) else pub.year - 1
    return _year(y, lo, hi)


def _rule_year_part(m, pub, anchor):
    key = re.sub(r"\s+", " ", (m["mod"] or m["part"]).lower())
    lo, hi = YEAR_PARTS[key]
    return _year(int(m["year"]), lo, hi)


def _rule_decade(m, pub, anchor):
    raw = m["decade"].lstrip("'’")
    start = int(raw) if len(raw) == 4 else (2000 if int(raw) <= 20 else 1900) + int(raw)
    lo, hi = DECADE_PARTS.get((m["mod"] or "").lower(), (0, 9))
    return _decade(start, lo, hi)


def _rule_year(m, pub, anchor):
    return _year(int(m["year"]))


def _rule_this_part(m, pub, anchor):
    unit, earlier = m["unit"].lower(), m["mod"].lower() == "earlier"
    base = {"week": _week(pub), "month": _month(pub.year, pub.month), "year": _year(pub.year)}[unit]
    if unit == "week":
        return _within_weeks(base.earliest, pub) if earlier else _within_weeks(pub, base.latest)
    return replace(base, latest=pub) if earlier else replace(base, earliest=pub)


def _rule_rel_unit(m, pub, anchor):
    unit, last = m["unit"].lower(), m["rel"].lower() == "last"
    if unit == "week":
        week = _week(pub - timedelta(days=7) if last else pub)
        if m["part"]:  # "late last week": Thursday to Sunday; "early this week": Monday to Wednesday
            monday = week.earliest
            return _within_weeks(*((monday, monday + timedelta(days=2)) if m["part"].lower() == "early"
                                   else (monday + timedelta(days=3), monday + timedelta(days=6))))
        return week
    if unit == "weekend":
        if last:
            return _weekend_before(pub)
        sunday = pub + timedelta(days=6 - pub.weekday())
        return _within_weeks(sunday - timedelta(days=1), sunday)
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, -1)) if last else _month(pub.year, pub.month)
    return _year(pub.year - 1 if last else pub.year)


def _rule_the_weekend(m, pub, anchor):
    """The weekend a paper means by "the weekend": the latest over before publication; in a
    story of a time long past, the latest over by the day it last told."""
    if anchor is not None and anchor.precision == "day" and (pub - anchor.latest).days > 14:
        return _weekend_before(anchor.latest + timedelta(days=1))
    return _weekend_before(pub)


def _weekend_before(day: date) -> TimeValue:
    """The latest weekend that ended before ``day``."""
    sunday = day - timedelta(days=day.weekday() + 1)
    return _within_weeks(sunday - timedelta(days=1), sunday)


def _rule_deictic(m, pub, anchor):
    s = re.sub(r"\s+", " ", m.group(0).lower())
    if s == "the day before yesterday":
        return day_value(pub - timedelta(days=2))
    if s.startswith("yesterday") or s in ("last night", "overnight"):  # ("Overnight, X imposed ...")
        return day_value(pub - timedelta(days=1))
    return day_value(pub)


def _rule_clock(m, pub, anchor):
    """A live blog's entry stamp is a time of the day the blog is published."""
    return day_value(pub)


def _rule_ago(m, pub, anchor):
    if not m["n"]:
        return None  # "a few days ago"
    n, unit = _num(m["n"]), m["unit"].lower()
    if unit == "decade":
        return None
    if unit in ("day", "fortnight"):  # ("a fortnight ago": fourteen days back, as British news uses it)
        return day_value(pub - timedelta(days=n * (14 if unit == "fortnight" else 1)))
    if unit == "week":
        return _week(pub - timedelta(weeks=n))
    if m["to_day"] and unit in ("month", "year"):  # "ten years ago tonight": that day, an anniversary
        year, month = _add_months(pub.year, pub.month, -n * (12 if unit == "year" else 1))
        return day_value(date(year, month, min(pub.day, _last_day(year, month))))
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, -n))
    if n == 1 or m["this_month"]:  # "a year ago": about this month last year, as news uses it
        return _month(pub.year - n, pub.month)  # ("two years ago this month": that month)
    return _year(pub.year - n)


def _rule_weekday(m, pub, anchor):
    if m["week"]:  # "Thursday of last week": that weekday in the calendar week before
        this_week = (m["week"].lower() == "this")
        return day_value(pub - timedelta(days=pub.weekday() + (0 if this_week else 7)) + timedelta(days=WEEKDAYS[m["wd"].lower()]))
    back = (pub.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
    if back == 0 and (m["pre"] or "").lower() in ("last", "past"):
        back = 7  # "last Saturday" in a Saturday paper is a week ago
    return day_value(pub - timedelta(days=back))


def _rule_anchored_next(m, pub, anchor):
    if anchor is None:
        return None
    direction, unit = m["dir"].lower(), _unit(m["unit"])
    if "same" in direction:
        return _truncate(anchor, unit)
    step = -1 if direction in ("previous", "preceding") else 1
    if unit == "week":
        if anchor.precision != "day":
            return None
        return _week(anchor.earliest + timedelta(weeks=step))
    return _shift(anchor, step, unit)


def _rule_anchored_named(m, pub, anchor):
    if m["month"]:
        if anchor is None:
            return None
        month, back = _month_num(m["month"]), m["dir"].lower() in ("previous", "preceding")
        ref = anchor.earliest if back else anchor.latest
        year = ref.year + (0 if (month < ref.month if back else month > ref.month) else (-1 if back else 1))
        return _month(year, month)
    wday = WEEKDAYS[m["wd"].lower()]
    direction = (m["wdir"] or "").lower()
    if anchor is None or anchor.precision != "day":
        return None if direction else _rule_weekday({"week": None, "wd": m["wd"], "pre": None}, pub, anchor)
    if direction in ("previous", "preceding"):
        return day_value(anchor.earliest - timedelta(days=(anchor.earliest.weekday() - wday - 1) % 7 + 1))
    # "the following Monday" is after the anchor's day; "on the Monday", that day or after
    ahead = (wday - anchor.latest.weekday()) % 7 or (7 if direction else 0)
    return day_value(anchor.latest + timedelta(days=ahead))


def _rule_anchored_that(m, pub, anchor):
    return _truncate(anchor, _unit(m["unit"])) if anchor is not None else None


def _rule_within_hours(m, pub, anchor):
    """"within the hour", "within minutes": the day told before (the anchor), a day."""
    return anchor if anchor is not None and anchor.precision == "day" else None


def _rule_day_of(m, pub, anchor):
    """"on the day of the operation": the day of the event told before (the anchor),
    which must be a day."""
    return anchor if anchor is not None and anchor.precision == "day" else None


def _rule_anchored_before(m, pub, anchor):
    if anchor is None:
        return None
    unit = _unit(m["unit"])
    step = -1 if m["dir"].lower() == "before" else 1
    if unit == "week":
        return _week(anchor.earliest + timedelta(weeks=step)) if anchor.precision == "day" else None
    return _shift(anchor, step, unit)


def _rule_anchored_n(m, pub, anchor):
    if anchor is None:
        return None
    n = _num(m["n"]) * (-1 if m["dir"].lower() == "earlier" else 1)
    return _shift(anchor, n, m["unit"].lower())


# The span of time a vague offset covers, in days after (or before) the anchor day:
# "days later" is within a week, "weeks later" within about six, "hours later" that day.
VAGUE_SPAN = {"hours": (0, 0), "days": (1, 7), "weeks": (7, 42)}


def _rule_offset(m, pub, anchor):
    """"(it came) a day after the FBI said": the time of what follows "after", counted back
    from the anchor (the time of the clause it is said of)."""
    if anchor is None:
        return None
    n = _num(m["n"]) * (-1 if m["dir"].lower() == "after" else 1)
    return _shift(anchor, n, m["unit"].lower())


def _rule_vague(m, pub, anchor):
    """"days later", "within days", "in the days that followed": the anchor day plus a
    vague span, given at the finest precision (month, else year) that holds all of it.
    Needs a day anchor; "months later" and "years later" give ``None``."""
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    if anchor is None or anchor.precision != "day" or unit not in VAGUE_SPAN:
        return None
    lo, hi = VAGUE_SPAN[unit]
    d = anchor.earliest
    if (m["dir"] or "").lower() == "earlier":
        a, b = d - timedelta(days=hi), d - timedelta(days=lo)
    else:
        a, b = d + timedelta(days=lo), d + timedelta(days=hi)
    if a == b:
        return day_value(a)
    if (a.year, a.month) == (b.year, b.month):
        return _month(a.year, a.month, a.day, b.day)
    if a.year == b.year:
        return replace(_year(a.year), earliest=a, latest=b)
    return None


def _rule_at_the_time(m, pub, anchor):
    """"at the time": the time mentioned before, at its precision."""
    return anchor


_RULES = {name[len("_rule_"):]: fn for name, fn in globals().items() if name.startswith("_rule_")}


def reanchored(value: TimeValue, day: date) -> TimeValue | None:
    """A day told relative to the moment of writing ("yesterday", "this morning") read again
    from another day: that of the dated entry (an alert, a log line) it stands in."""
    # ("the men indicted last month", "in July": a month or year told from that day too; a
    # date that names its year reads the same, one told from another date reads none)
    return normalise(value.text, day) if value.text else None


# ----------------------------------------------------------------------------- public API


def normalise(expr: str, published: date, anchor: TimeValue | None = None,
              narrative_year: int | None = None) -> TimeValue | None:
    """Resolve one time expression against the publication date (and ``anchor``,
    the date mentioned just before, for "two days later" and the like).

    Rules: a weekday or a month without a year is the latest one on or before
    publication ("last" + the publication's own weekday/month means the previous
    one); "last week"/"this week" are ISO-week day intervals; "two years ago" is
    read from publication at that unit's precision; "two days later", "the
    following day", "that same day" need ``anchor`` and keep its precision (a unit
    finer than the anchor gives ``None``); "days later", "within days", "in the days that
    followed" (after a day) give the month (else the year) that holds the next week;
    "at the time" is the anchor itself. A bare month or month and day ("on April 27",
    "in May", "the end of March") takes ``narrative_year``, the year the passage is
    telling of, when that year is earlier than publication ("In 2007, ... On April 27"
    is 2007-04-27); otherwise it is read from publication. Returns ``None`` for what is not a date
    or cannot be resolved; a phrase with more words ("on Wednesday at 3 pm") is
    resolved through the longest expression found in it.

    >>> pub = date(2022, 9, 10)
    >>> normalise("last Friday", pub).edtf, normalise("December 21", date(2021, 4, 16)).edtf
    ('2022-09-09', '2020-12-21')
    >>> tv = normalise("between 2011 and 2018", pub)
    >>> tv.edtf, tv.precision, str(tv.earliest), str(tv.latest)
    ('2011/2018', 'interval', '2011-01-01', '2018-12-31')
    >>> normalise("two days later", pub, anchor=time_value("2020-05-13")).edtf
    '2020-05-15'
    >>> normalise("days later", pub, anchor=time_value("2020-05-13")).edtf
    '2020-05'
    >>> normalise("months later", pub, anchor=time_value("2020-05-13")) is None
    True
    """
    if isinstance(published, str):
        published = parse_published(published)
    elif isinstance(published, datetime):
        published = published.date()
    text = re.sub(r"\s+", " ", expr or "").strip()
    s = text.strip("\"'“”‘’()[],;:!? ")
    if not s:
        return None
    tv = _match_rules(s, published, anchor, narrative_year)
    if tv is None and not _fullmatches(s):
        # An odd form ("September the 7th, 2022"), else a longer phrase: resolve the
        # longest expression inside it ("on Wednesday at 3 pm").
        tv = _dateparser_fallback(s, published)
        if tv is None:
            found = find_time_expressions(s)
            if found:
                _, _, sub = max(found, key=lambda f: len(f[2]))
                tv = _match_rules(sub, published, anchor, narrative_year)
    return replace(tv, text=text) if tv is not None else None


_ANCHORED = ("anchored_named", "anchored_next", "anchored_that", "day_of", "anchored_before", "anchored_n", "offset", "vague",
             "at_the_time", "anchored_day", "within_hours")


def _classify(expr: str) -> tuple[str, re.Match] | None:
    """The kind of time expression ``expr`` is, with its match (the first pattern of the
    table that matches all of it), or None."""
    s = re.sub(r"\s+", " ", expr or "").strip().strip("\"'“”‘’()[],;:!? ").rstrip(".")
    for kind, rx in _patterns(False):
        m = rx.fullmatch(s)
        if m is not None:
            return kind, m
    # ("On the same day": the longest expression inside, as normalise() reads it)
    found = find_time_expressions(s)
    inner = max((f[2] for f in found), key=len) if found else None
    return _classify(inner) if inner and inner != s else None


def anchor_unit(expr: str) -> str | None:
    """The finest precision an anchored expression needs of its anchor ("day" for "the
    same day" or "days later", "year" for "in August of that year"), "any" for "at the
    time", ``None`` for an expression that is not read against an anchor.

    >>> anchor_unit("the same day"), anchor_unit("a month later"), anchor_unit("in July")
    ('day', 'month', None)
    """
    found = _classify(expr)
    if found is None:
        return None
    kind, m = found
    if kind in ("month_year", "md", "dm"):
        rel = (m["rel"] or "").lower()
        return "year" if rel and rel not in ("last", "this") else None
    if kind not in _ANCHORED:
        return None
    if kind == "at_the_time":
        return "any"
    if kind in ("vague", "within_hours"):
        return "day"
    if kind == "anchored_named":
        return "month" if m["month"] else "day"
    if kind == "anchored_day":
        return "month"
    unit = _unit(m["unit"])
    return "day" if unit == "week" else unit


def steps_a_day(expr: str) -> bool:
    """Is an expression the day of, or one day either side of, the time told just before
    ("the same day", "the next day", "a day later"), rather than of a named event ("on the
    day of the attack")?

    >>> steps_a_day("the same day"), steps_a_day("a day later"), steps_a_day("on the day of the raid")
    (True, True, False)
    """
    found = _classify(expr)
    if found is None:
        return False
    kind, m = found
    if kind == "anchored_next":
        return _unit(m["unit"]) == "day"
    if kind == "within_hours":
        return True
    return kind in ("anchored_n", "offset") and m["unit"].lower() == "day" and _num(m["n"]) == 1


def dates_what_follows(expr: str) -> bool:
    """Does an expression date the event after it ("a day after Ruritania held its parade ..."),
    counted from the time of its own clause, rather than that clause?

    >>> dates_what_follows("a day after"), dates_what_follows("a day later")
    (True, False)
    """
    found = _classify(expr)
    return found is not None and found[0] == "offset"


def same_period(expr: str) -> bool:
    """Does an expression name the period of the time told just before, at any unit ("the
    same week", "that same day", "later that month"), rather than one counted from it?

    >>> same_period("The same week"), same_period("the next week"), same_period("that day")
    (True, False, True)
    """
    found = _classify(expr)
    return found is not None and _names_same(*found)


def _names_same(kind: str, m) -> bool:
    return kind == "anchored_that" or kind == "anchored_next" and "same" in (m["dir"] or "").lower()


def names_the_anchors_period(expr: str) -> bool:
    """Does an expression name the month or year of the time told just before ("later that
    month", "the same year"), not a time counted from it ("a month later")?

    >>> names_the_anchors_period("Later that month"), names_the_anchors_period("A month later")
    (True, False)
    >>> names_the_anchors_period("Before the month was out"), names_the_anchors_period("by the end of that year")
    (True, True)
    """
    found = _classify(expr)
    return found is not None and _names_same(*found) and _unit(found[1]["unit"]) in ("month", "year")


def _fullmatches(s: str) -> bool:
    return any(rx.fullmatch(c) for c in (s, s.rstrip(".")) for _, rx in _patterns(False))


def _match_rules(s: str, pub: date, anchor: TimeValue | None,
                 narrative_year: int | None = None) -> TimeValue | None:
    for cand in dict.fromkeys((s, s.rstrip("."))):
        for kind, rx in _patterns(False):
            m = rx.fullmatch(cand)
            if m is None:
                continue
            if kind == "month" and m["month"] == "may" and not (m["pre"] or m["mod"]):
                return None  # lowercase "may" alone is the verb
            if narrative_year is not None and narrative_year < pub.year and _yearless(kind, m):
                # the passage tells of an earlier year: read the month in that year
                return _RULES[kind](m, date(narrative_year, 12, 31), anchor)
            return _RULES[kind](m, pub, anchor)
    return None


def _yearless(kind: str, m: re.Match) -> bool:
    """A month or month and day that gives no year and no relation to now ("on April
    27", "in May", "the end of March"; not "last May", "May 5 this year")."""
    if kind in ("md", "dm"):
        return not m["year"] and not m["rel"]
    if kind == "day_range":
        return not (m["ry"] or m["ry2"])
    if kind == "month":
        return (m["pre"] or "").lower() in ("", "in", "during")
    if kind == "month_part":
        return not m["year"]
    if kind == "weekday_day":  # "on Sunday the 18th", in a passage of an earlier year
        return True
    if kind == "interval":  # "between late October and early November" (not "from Monday to Friday")
        return not re.search(r"\d{4}", m.group(0)) and bool(re.search(r"\b" + months_re(False, True), m.group(0), re.I))
    return False


_YEAR_KINDS = ("md", "dm", "month_year", "month_part", "season_year", "year_part", "year", "iso", "numeric", "numeric_month",
               "numeric_short",
               "dmy_hyphen", "ymd_slash",
               "rel_unit", "this_part", "day_range", "season")


def explicit_year(expr: str, published: date) -> int | None:
    """The year an expression names outright ("in 2007", "April 2015", "May 5 this year",
    "last year", "this spring"), else ``None`` ("on April 27", "in the 1990s", "that year").

    >>> explicit_year("In late April 2007", date(2017, 4, 27)), explicit_year("May 5 this year", date(2020, 10, 23))
    (2007, 2020)
    >>> explicit_year("on April 27", date(2017, 4, 27)) is None
    True
    """
    found = _classify(expr)
    if found is None:
        return None
    kind, m = found
    if kind not in _YEAR_KINDS:
        return None
    groups = m.groupdict()
    year = groups.get("year") or groups.get("ry") or groups.get("ry2")  # ("May 3-5, 2021")
    if year:
        return int(year)
    if kind == "numeric_short":
        return _short_year(m["y"], published)
    if kind in ("iso", "numeric", "numeric_month", "dmy_hyphen", "ymd_slash"):
        return int(m["y"]) if m["y"] else None
    rel = (groups.get("rel") or "").lower()
    if kind in ("rel_unit", "this_part") and m["unit"].lower() != "year":
        return None
    if kind == "season":  # "this spring" names this year ("last summer" may be either)
        return published.year if rel == "this" else None
    if kind == "this_part" or rel in ("this", "last"):
        return published.year - (rel == "last")
    return None


_FALLBACK_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def _dateparser_fallback(s: str, pub: date) -> TimeValue | None:
    """Odd forms with a month name ("September the 7th, 2022"), via dateparser.

    The result is kept only when the precision can be read off the text (a month
    name, a day number, maybe a year) and it is not after publication.
    """
    if not _FALLBACK_MONTH.search(s) or not re.search(r"\d", s):
        return None
    years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", s)
    days = re.findall(r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)", s)
    if len(years) > 1 or len(days) > 1 or (not years and not days):
        return None
    import dateparser  # slow import: only here
    parts = ["month"] + (["day"] if days else []) + (["year"] if years else [])
    try:
        dt = dateparser.parse(s, languages=["en"], settings={
            "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
            "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": parts,
            "PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if dt is None:
        return None
    d = dt.date()
    if years and d.year != int(years[0]) or days and d.day != int(days[0]) or d.year < 1900:
        return None
    if not years and d > pub:
        return None
    return day_value(d) if days else _month(d.year, d.month)


_EDTF = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?|(?P<dec>\d{3})X")


def time_value(edtf: str) -> TimeValue:
    """A :class:`TimeValue` for an EDTF value, with its precision and bounds.

    >>> tv = time_value("2022-07")
    >>> tv.precision, str(tv.earliest), str(tv.latest)
    ('month', '2022-07-01', '2022-07-31')
    >>> time_value("199X").latest, time_value("2011/2018").precision
    (datetime.date(1999, 12, 31), 'interval')

    Raises ``ValueError`` on a malformed or impossible value ("2022-13").
    """
    value = (edtf or "").strip().replace("x", "X") if isinstance(edtf, str) else ""  # ("199x" as written by hand)
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            ta, tb = _single_value(a), _single_value(b)
            if ta.earliest > tb.latest:
                raise ValueError("interval ends before it starts")
            return TimeValue(value, "interval", ta.earliest, tb.latest)
        return _single_value(value)
    except ValueError as exc:
        raise ValueError(f"malformed EDTF value {edtf!r}: expected YYYY, YYYY-MM, YYYY-MM-DD, "
                         f"YYYX or START/END ({exc})") from None


def parse_time_value(edtf: str) -> TimeValue | None:
    """:func:`time_value`, or None for a malformed value (dates read back from exports).

    >>> parse_time_value("199x").latest, parse_time_value("2022-13")
    (datetime.date(1999, 12, 31), None)
    """
    try:
        return time_value(edtf)
    except ValueError:
        return None


def _single_value(value: str) -> TimeValue:
    m = _EDTF.fullmatch(value)
    if m is None:
        raise ValueError("unrecognised form")
    if m["dec"]:
        return _decade(int(m["dec"]) * 10)
    y = int(m["y"])
    if y == 0:
        raise ValueError("year 0000")
    if m["d"]:
        return day_value(date(y, int(m["m"]), int(m["d"])))
    if m["m"]:
        if not 1 <= int(m["m"]) <= 12:
            raise ValueError("month out of range")
        return _month(y, int(m["m"]))
    return _year(y)


_PUBLISHED = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                        r"(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_published(value: str) -> date:
    """The publication date from an ISO 8601 date or datetime string.

    >>> parse_published("2022-09-10"), parse_published("2022-09-10T08:00:00Z")
    (datetime.date(2022, 9, 10), datetime.date(2022, 9, 10))

    A datetime keeps the calendar date as written (its time zone is not applied).
    Raises ``ValueError`` ("malformed published date '2022-13-45': expected
    YYYY-MM-DD") otherwise.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _PUBLISHED.fullmatch(value.strip()) if isinstance(value, str) else None
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise ValueError(f"malformed published date {value!r}: expected YYYY-MM-DD")
