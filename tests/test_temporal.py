"""Tests for kg.extract.temporal: finding and normalising time expressions."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from kg.extract.temporal import find_time_expressions, normalise, parse_published, time_value
from kg.model import TimeValue

PUB = date(2022, 9, 10)  # a Saturday


def tv(edtf: str, precision: str, earliest: str, latest: str) -> tuple:
    return (edtf, precision, earliest, latest)


def as_tuple(value: TimeValue | None):
    if value is None:
        return None
    return (value.edtf, value.precision, value.earliest.isoformat(), value.latest.isoformat())


# --------------------------------------------------------------------------- normalise vs publication

PUBLICATION_CASES = [
    # weekdays: the latest such day on or before publication ("last" + same weekday: a week ago)
    ("on Wednesday", PUB, tv("2022-09-07", "day", "2022-09-07", "2022-09-07")),
    ("Wednesday", PUB, tv("2022-09-07", "day", "2022-09-07", "2022-09-07")),
    ("last Wednesday", PUB, tv("2022-09-07", "day", "2022-09-07", "2022-09-07")),
    ("on Friday", PUB, tv("2022-09-09", "day", "2022-09-09", "2022-09-09")),
    ("last Friday", PUB, tv("2022-09-09", "day", "2022-09-09", "2022-09-09")),
    # a day written as an ordinal word
    ("on the twentieth of June", PUB, tv("2022-06-20", "day", "2022-06-20", "2022-06-20")),
    ("June twenty-first", PUB, tv("2022-06-21", "day", "2022-06-21", "2022-06-21")),
    ("the third of March 2021", PUB, tv("2021-03-03", "day", "2021-03-03", "2021-03-03")),
    # a range of days in one month is an interval
    ("between Dec. 9 and 12", PUB, tv("2021-12-09/2021-12-12", "interval", "2021-12-09", "2021-12-12")),
    ("from May 3 to 5", PUB, tv("2022-05-03/2022-05-05", "interval", "2022-05-03", "2022-05-05")),
    ("3-5 May 2021", PUB, tv("2021-05-03/2021-05-05", "interval", "2021-05-03", "2021-05-05")),
    ("between the 9th and 12th of August", PUB, tv("2022-08-09/2022-08-12", "interval", "2022-08-09", "2022-08-12")),
    # one of two days, the year told once
    ("on 3 or 4 May 2016", PUB, tv("2016-05-03/2016-05-04", "interval", "2016-05-03", "2016-05-04")),
    ("on October 31 or November 1, 2016", PUB, tv("2016-10-31/2016-11-01", "interval", "2016-10-31", "2016-11-01")),
    ("Saturday", PUB, tv("2022-09-10", "day", "2022-09-10", "2022-09-10")),
    ("last Saturday", PUB, tv("2022-09-03", "day", "2022-09-03", "2022-09-03")),
    # a weekday of a named week is counted from that calendar week, not back from today
    ("Thursday of last week", PUB, tv("2022-09-01", "day", "2022-09-01", "2022-09-01")),
    ("on the morning of Monday of this week", PUB, tv("2022-09-05", "day", "2022-09-05", "2022-09-05")),
    ("on the afternoon of Thursday", PUB, tv("2022-09-08", "day", "2022-09-08", "2022-09-08")),
    ("on Sunday", PUB, tv("2022-09-04", "day", "2022-09-04", "2022-09-04")),
    ("on Thursday morning", PUB, tv("2022-09-08", "day", "2022-09-08", "2022-09-08")),
    ("on Wednesday at 3pm local time", PUB, tv("2022-09-07", "day", "2022-09-07", "2022-09-07")),
    # months without a year: the latest one not after the publication month
    ("in July", PUB, tv("2022-07", "month", "2022-07-01", "2022-07-31")),
    ("July", PUB, tv("2022-07", "month", "2022-07-01", "2022-07-31")),
    ("in September", PUB, tv("2022-09", "month", "2022-09-01", "2022-09-30")),
    ("in July", date(2022, 5, 9), tv("2021-07", "month", "2021-07-01", "2021-07-31")),
    ("last December", date(2021, 4, 16), tv("2020-12", "month", "2020-12-01", "2020-12-31")),
    ("last September", PUB, tv("2021-09", "month", "2021-09-01", "2021-09-30")),
    ("in February", date(2024, 3, 1), tv("2024-02", "month", "2024-02-01", "2024-02-29")),
    ("early July", PUB, tv("2022-07", "month", "2022-07-01", "2022-07-10")),
    ("in late June", PUB, tv("2022-06", "month", "2022-06-21", "2022-06-30")),
    # month + day
    ("July 15", PUB, tv("2022-07-15", "day", "2022-07-15", "2022-07-15")),
    ("15 July", PUB, tv("2022-07-15", "day", "2022-07-15", "2022-07-15")),
    ("on 15th July", PUB, tv("2022-07-15", "day", "2022-07-15", "2022-07-15")),
    ("December 21", date(2021, 4, 16), tv("2020-12-21", "day", "2020-12-21", "2020-12-21")),
    ("on December 21", date(2021, 12, 21), tv("2021-12-21", "day", "2021-12-21", "2021-12-21")),
    ("on May 5 this year", PUB, tv("2022-05-05", "day", "2022-05-05", "2022-05-05")),
    ("May 5 last year", PUB, tv("2021-05-05", "day", "2021-05-05", "2021-05-05")),
    # month + "last year" / "this year": read from publication
    ("In May last year", date(2022, 5, 9), tv("2021-05", "month", "2021-05-01", "2021-05-31")),
    ("in March this year", PUB, tv("2022-03", "month", "2022-03-01", "2022-03-31")),
    ("October of last year", PUB, tv("2021-10", "month", "2021-10-01", "2021-10-31")),
    ("July 15, 2022", PUB, tv("2022-07-15", "day", "2022-07-15", "2022-07-15")),
    ("15 July 2022", PUB, tv("2022-07-15", "day", "2022-07-15", "2022-07-15")),
    ("September 11, 2001", PUB, tv("2001-09-11", "day", "2001-09-11", "2001-09-11")),
    ("Sept. 7, 2022", PUB, tv("2022-09-07", "day", "2022-09-07", "2022-09-07")),
    ("the 5th of May 2019", PUB, tv("2019-05-05", "day", "2019-05-05", "2019-05-05")),
    ("Wednesday, July 13", PUB, tv("2022-07-13", "day", "2022-07-13", "2022-07-13")),
    ("in the early hours of April 18", PUB, tv("2022-04-18", "day", "2022-04-18", "2022-04-18")),
    ("the night of July 14", PUB, tv("2022-07-14", "day", "2022-07-14", "2022-07-14")),
    ("February 29", date(2022, 3, 1), tv("2020-02-29", "day", "2020-02-29", "2020-02-29")),
    ("2022-09-07", PUB, tv("2022-09-07", "day", "2022-09-07", "2022-09-07")),
    ("September the 7th, 2022", PUB, tv("2022-09-07", "day", "2022-09-07", "2022-09-07")),  # dateparser
    # named days: the latest one on or before publication, or in the year given; moveable ones computed
    ("on New Year's Eve", date(2020, 1, 10), tv("2019-12-31", "day", "2019-12-31", "2019-12-31")),
    ("over the Thanksgiving weekend", PUB, tv("2021-11-25", "day", "2021-11-25", "2021-11-25")),
    ("on Black Friday", date(2023, 12, 1), tv("2023-11-24", "day", "2023-11-24", "2023-11-24")),
    ("Christmas Day 2019", PUB, tv("2019-12-25", "day", "2019-12-25", "2019-12-25")),
    ("over the Fourth of July weekend", PUB, tv("2022-07-04", "day", "2022-07-04", "2022-07-04")),
    ("Easter Monday 2024", PUB, tv("2024-04-01", "day", "2024-04-01", "2024-04-01")),
    ("on Good Friday", PUB, tv("2022-04-15", "day", "2022-04-15", "2022-04-15")),
    ("Labor Day", PUB, tv("2022-09-05", "day", "2022-09-05", "2022-09-05")),
    ("last Christmas Eve", date(2022, 12, 24), tv("2021-12-24", "day", "2021-12-24", "2021-12-24")),
    # month + year, years, parts of years
    ("March 2013", PUB, tv("2013-03", "month", "2013-03-01", "2013-03-31")),
    ("in July 2018", PUB, tv("2018-07", "month", "2018-07-01", "2018-07-31")),
    ("in April of 2015", PUB, tv("2015-04", "month", "2015-04-01", "2015-04-30")),
    ("mid-March 2013", PUB, tv("2013-03", "month", "2013-03-11", "2013-03-20")),
    ("in 2010", PUB, tv("2010", "year", "2010-01-01", "2010-12-31")),
    ("2010", PUB, tv("2010", "year", "2010-01-01", "2010-12-31")),
    ("late 2019", PUB, tv("2019", "year", "2019-09-01", "2019-12-31")),
    ("early 2020", PUB, tv("2020", "year", "2020-01-01", "2020-04-30")),
    ("mid-2013", PUB, tv("2013", "year", "2013-05-01", "2013-08-31")),
    ("the end of 2019", PUB, tv("2019", "year", "2019-10-01", "2019-12-31")),
    ("the first half of 2021", PUB, tv("2021", "year", "2021-01-01", "2021-06-30")),
    ("the spring of 2020", PUB, tv("2020", "year", "2020-03-01", "2020-05-31")),
    ("in the spring of 2020", PUB, tv("2020", "year", "2020-03-01", "2020-05-31")),
    ("summer 2016", PUB, tv("2016", "year", "2016-06-01", "2016-08-31")),
    ("in the spring", PUB, tv("2022", "year", "2022-03-01", "2022-05-31")),
    ("over the summer", PUB, tv("2022", "year", "2022-06-01", "2022-08-31")),
    ("in the autumn", PUB, tv("2022", "year", "2022-09-01", "2022-11-30")),
    ("in the autumn", date(2022, 8, 1), tv("2021", "year", "2021-09-01", "2021-11-30")),
    ("last summer", date(2022, 7, 1), tv("2021", "year", "2021-06-01", "2021-08-31")),
    # decades
    ("the early 1990s", PUB, tv("199X", "decade", "1990-01-01", "1993-12-31")),
    ("the mid-1990s", PUB, tv("199X", "decade", "1994-01-01", "1996-12-31")),
    ("the late 1990s", PUB, tv("199X", "decade", "1997-01-01", "1999-12-31")),
    ("the 1990s", PUB, tv("199X", "decade", "1990-01-01", "1999-12-31")),
    ("in the 2010s", PUB, tv("201X", "decade", "2010-01-01", "2019-12-31")),
    ("the '80s", PUB, tv("198X", "decade", "1980-01-01", "1989-12-31")),
    # intervals
    ("between 2011 and 2018", PUB, tv("2011/2018", "interval", "2011-01-01", "2018-12-31")),
    ("in 2019 and 2020", PUB, tv("2019/2020", "interval", "2019-01-01", "2020-12-31")),
    ("in March and April 2019", PUB, tv("2019-03/2019-04", "interval", "2019-03-01", "2019-04-30")),
    ("from 2011 to 2018", PUB, tv("2011/2018", "interval", "2011-01-01", "2018-12-31")),
    ("2011-2018", PUB, tv("2011/2018", "interval", "2011-01-01", "2018-12-31")),
    ("between May and July 2018", PUB, tv("2018-05/2018-07", "interval", "2018-05-01", "2018-07-31")),
    ("between mid-June and August 2016", PUB, tv("2016-06/2016-08", "interval", "2016-06-11", "2016-08-31")),
    ("from late March to June 2019", PUB, tv("2019-03/2019-06", "interval", "2019-03-21", "2019-06-30")),
    ("from March 2013 until June 2014", PUB,
     tv("2013-03/2014-06", "interval", "2013-03-01", "2014-06-30")),
    # relative to publication
    # a week is written as the month that holds it (or the months it straddles): the events
    # format has no week precision; the bounds keep the days
    ("last week", PUB, tv("2022-08/2022-09", "interval", "2022-08-29", "2022-09-04")),
    ("this week", PUB, tv("2022-09", "month", "2022-09-05", "2022-09-11")),
    ("earlier this week", PUB, tv("2022-09", "month", "2022-09-05", "2022-09-10")),
    ("last weekend", PUB, tv("2022-09", "month", "2022-09-03", "2022-09-04")),
    # "said over the weekend": the latest weekend over before publication, as "last weekend"
    ("the weekend", PUB, tv("2022-09", "month", "2022-09-03", "2022-09-04")),
    # "late last week" is its Thursday to Sunday, "early last week" its Monday to Wednesday
    ("late last week", PUB, tv("2022-09", "month", "2022-09-01", "2022-09-04")),
    ("early last week", PUB, tv("2022-08", "month", "2022-08-29", "2022-08-31")),
    ("last month", PUB, tv("2022-08", "month", "2022-08-01", "2022-08-31")),
    ("last month", date(2022, 1, 5), tv("2021-12", "month", "2021-12-01", "2021-12-31")),
    ("this month", PUB, tv("2022-09", "month", "2022-09-01", "2022-09-30")),
    ("earlier this month", PUB, tv("2022-09", "month", "2022-09-01", "2022-09-10")),
    ("last year", PUB, tv("2021", "year", "2021-01-01", "2021-12-31")),
    ("this year", PUB, tv("2022", "year", "2022-01-01", "2022-12-31")),
    ("earlier this year", PUB, tv("2022", "year", "2022-01-01", "2022-09-10")),
    ("yesterday", PUB, tv("2022-09-09", "day", "2022-09-09", "2022-09-09")),
    ("yesterday morning", PUB, tv("2022-09-09", "day", "2022-09-09", "2022-09-09")),
    ("last night", PUB, tv("2022-09-09", "day", "2022-09-09", "2022-09-09")),
    ("Overnight", PUB, tv("2022-09-09", "day", "2022-09-09", "2022-09-09")),
    ("today", PUB, tv("2022-09-10", "day", "2022-09-10", "2022-09-10")),
    ("the day before yesterday", PUB, tv("2022-09-08", "day", "2022-09-08", "2022-09-08")),
    ("two years ago", PUB, tv("2020", "year", "2020-01-01", "2020-12-31")),
    ("a year ago", PUB, tv("2021-09", "month", "2021-09-01", "2021-09-30")),
    ("two years ago this month", PUB, tv("2020-09", "month", "2020-09-01", "2020-09-30")),
    ("Ten years ago tonight", PUB, tv("2012-09-10", "day", "2012-09-10", "2012-09-10")),  # an anniversary: that day
    ("a year ago to the day", PUB, tv("2021-09-10", "day", "2021-09-10", "2021-09-10")),
    ("three months ago", PUB, tv("2022-06", "month", "2022-06-01", "2022-06-30")),
    ("ten days ago", PUB, tv("2022-08-31", "day", "2022-08-31", "2022-08-31")),
    ("two weeks ago", PUB, tv("2022-08", "month", "2022-08-22", "2022-08-28")),
    ("on the 23rd of last month", PUB, tv("2022-08-23", "day", "2022-08-23", "2022-08-23")),
    ("the 2nd of this month", PUB, tv("2022-09-02", "day", "2022-09-02", "2022-09-02")),
]


@pytest.mark.parametrize("expr,published,expected", PUBLICATION_CASES, ids=[c[0] for c in PUBLICATION_CASES])
def test_normalise_against_publication(expr, published, expected):
    result = normalise(expr, published)
    assert as_tuple(result) == expected
    assert result.text == expr


NOT_DATES = ["$10 million", "12 GRU officers", "24 hours", "150 countries", "1,000 victims",
             "military unit 26165", "85th", "the attack", "", "   ", "may", "a few days ago",
             "2022-02-30", "February 30", "2022-13-01", "in the winter", "recently",
             "a decade ago", "next week"]


@pytest.mark.parametrize("expr", NOT_DATES)
def test_normalise_non_dates_is_none(expr):
    assert normalise(expr, PUB) is None


@pytest.mark.parametrize("expr", ["two days later", "the following day", "the same day",
                                  "the previous evening", "that year", "a month later",
                                  "days later", "within days", "at the time", "in August of that year",
                                  "on 14 March that year"])
def test_anchored_without_anchor_is_none(expr):
    assert normalise(expr, PUB) is None


def test_normalise_accepts_datetime_and_string_publication():
    from datetime import datetime
    assert normalise("on Wednesday", datetime(2022, 9, 10, 8, 0)).edtf == "2022-09-07"
    assert normalise("on Wednesday", "2022-09-10T08:00:00Z").edtf == "2022-09-07"


def test_normalise_keeps_original_text():
    assert normalise("  in   July ", PUB).text == "in July"


# --------------------------------------------------------------------------- anchored expressions

ANCHOR_CASES = [
    ("a month later", "2022-06", tv("2022-07", "month", "2022-07-01", "2022-07-31")),
    # a count of months names a month, as the gold sets read it ("two months after" a day)
    ("a month later", "2022-06-10", tv("2022-07", "month", "2022-07-01", "2022-07-31")),
    ("a month later", "2019", None),
    ("two days later", "2020-05-13", tv("2020-05-15", "day", "2020-05-15", "2020-05-15")),
    ("two days later", "2020-05", None),
    ("the day before", "2020-05", tv("2020-05", "month", "2020-05-01", "2020-05-31")),  # as "the previous day"
    ("three days earlier", "2020-05-13", tv("2020-05-10", "day", "2020-05-10", "2020-05-10")),
    ("two weeks later", "2020-05-13", tv("2020-05-27", "day", "2020-05-27", "2020-05-27")),
    ("a year later", "2019", tv("2020", "year", "2020-01-01", "2020-12-31")),
    ("a year later", "2019-05", tv("2020", "year", "2020-01-01", "2020-12-31")),  # years name a year
    ("A year earlier", "2024-05-07", tv("2023", "year", "2023-01-01", "2023-12-31")),
    ("the following day", "2020-05-13", tv("2020-05-14", "day", "2020-05-14", "2020-05-14")),
    ("The following day", "2021-03-02", tv("2021-03-03", "day", "2021-03-03", "2021-03-03")),
    ("the next day", "2020-12-31", tv("2021-01-01", "day", "2021-01-01", "2021-01-01")),
    # one day after a month or a year stays in it, as far as the text tells ("In April, X
    # expelled ... Moscow answered a day later": April)
    ("the following day", "2020-05", tv("2020-05", "month", "2020-05-01", "2020-05-31")),
    ("a day later", "2020-05", tv("2020-05", "month", "2020-05-01", "2020-05-31")),
    ("two days later", "2020-05", None),
    ("the following month", "2020-12-13", tv("2021-01", "month", "2021-01-01", "2021-01-31")),
    ("the following year", "2016", tv("2017", "year", "2017-01-01", "2017-12-31")),
    ("the next week", "2020-05-13", tv("2020-05", "month", "2020-05-18", "2020-05-24")),
    ("the same day", "2020-05-13", tv("2020-05-13", "day", "2020-05-13", "2020-05-13")),
    ("that same day", "2014-11-24", tv("2014-11-24", "day", "2014-11-24", "2014-11-24")),
    ("the same day", "2017-05", tv("2017-05", "month", "2017-05-01", "2017-05-31")),
    ("later that day", "2020-05-13", tv("2020-05-13", "day", "2020-05-13", "2020-05-13")),
    ("that year", "2020-05-13", tv("2020", "year", "2020-01-01", "2020-12-31")),
    ("that month", "2020-05-13", tv("2020-05", "month", "2020-05-01", "2020-05-31")),
    ("the previous evening", "2020-05-13", tv("2020-05-12", "day", "2020-05-12", "2020-05-12")),
    ("the previous day", "2020-05-01", tv("2020-04-30", "day", "2020-04-30", "2020-04-30")),
    ("the day before", "2020-03-01", tv("2020-02-29", "day", "2020-02-29", "2020-02-29")),
    ("the day after", "2020-03-01", tv("2020-03-02", "day", "2020-03-02", "2020-03-02")),
    ("the previous evening", "2020", tv("2020", "year", "2020-01-01", "2020-12-31")),
    # vague offsets: the anchor day plus a vague span, at the finest precision holding all of it
    ("days later", "2020-05-13", tv("2020-05", "month", "2020-05-14", "2020-05-20")),
    ("a few days later", "2020-05-13", tv("2020-05", "month", "2020-05-14", "2020-05-20")),
    ("Within days", "2020-05-13", tv("2020-05", "month", "2020-05-14", "2020-05-20")),
    ("in the days that followed", "2020-05-13", tv("2020-05", "month", "2020-05-14", "2020-05-20")),
    ("in the following days", "2020-05-13", tv("2020-05", "month", "2020-05-14", "2020-05-20")),
    ("days earlier", "2020-05-13", tv("2020-05", "month", "2020-05-06", "2020-05-12")),
    ("hours later", "2020-05-13", tv("2020-05-13", "day", "2020-05-13", "2020-05-13")),
    # "within the hour", "within minutes": the day before them (only a day)
    ("within the hour", "2020-05-13", tv("2020-05-13", "day", "2020-05-13", "2020-05-13")),
    ("within an hour", "2020-05-13", tv("2020-05-13", "day", "2020-05-13", "2020-05-13")),
    ("within minutes", "2020-05-13", tv("2020-05-13", "day", "2020-05-13", "2020-05-13")),
    ("within the hour", "2020-05", None),
    ("days later", "2020-05-28", tv("2020", "year", "2020-05-29", "2020-06-04")),
    ("days later", "2020-12-29", None),
    ("weeks later", "2020-05-13", tv("2020", "year", "2020-05-20", "2020-06-24")),
    ("days later", "2020-05", None),
    ("weeks later", "2020-05", None),
    ("months later", "2020-05-13", None),
    # an offset: the time of what follows "after", counted back from the anchor
    ("a day after", "2014-12-20", tv("2014-12-19", "day", "2014-12-19", "2014-12-19")),
    ("two weeks before", "2020-05-13", tv("2020-05-27", "day", "2020-05-27", "2020-05-27")),
    ("a month after", "2020-05", tv("2020-04", "month", "2020-04-01", "2020-04-30")),
    ("two days after", "2020-05", None),
    # "at the time": the time mentioned before, at its precision
    ("at the time", "2020-07", tv("2020-07", "month", "2020-07-01", "2020-07-31")),
    ("at that time", "2014-11-24", tv("2014-11-24", "day", "2014-11-24", "2014-11-24")),
    # a month in the year mentioned before
    ("in August of that year", "2015-04", tv("2015-08", "month", "2015-08-01", "2015-08-31")),
    ("in March of the following year", "2015-04-02", tv("2016-03", "month", "2016-03-01", "2016-03-31")),
    ("in August of that year", "201X", None),
    # a day in the year mentioned before
    ("on 14 March that year", "2019-04", tv("2019-03-14", "day", "2019-03-14", "2019-03-14")),
    ("March 3 the following year", "2015", tv("2016-03-03", "day", "2016-03-03", "2016-03-03")),
    ("on 14 March that year", "201X", None),
    ("two days later", "2011/2018", None),
    ("a year later", "199X", None),
    # a named month or weekday read from the anchor: "the following March" after December
    # is next year's; "On the Monday" after a Saturday is two days on
    ("The following March", "2014-12", tv("2015-03", "month", "2015-03-01", "2015-03-31")),
    ("the following March", "2014-03-20", tv("2015-03", "month", "2015-03-01", "2015-03-31")),
    ("the previous May", "2014-03", tv("2013-05", "month", "2013-05-01", "2013-05-31")),
    ("On the Monday", "2017-03-11", tv("2017-03-13", "day", "2017-03-13", "2017-03-13")),
    ("the following Monday", "2016-11-07", tv("2016-11-14", "day", "2016-11-14", "2016-11-14")),
    ("the previous Friday", "2016-11-07", tv("2016-11-04", "day", "2016-11-04", "2016-11-04")),
    ("the next Friday", "2016-11", None),
    # in a story of a time long past, "the weekend" is the one over by the day last told
    ("the weekend", "2011-03-07", tv("2011-03", "month", "2011-03-05", "2011-03-06")),
]


@pytest.mark.parametrize("expr,anchor,expected", ANCHOR_CASES, ids=[f"{c[0]}@{c[1]}" for c in ANCHOR_CASES])
def test_normalise_against_anchor(expr, anchor, expected):
    assert as_tuple(normalise(expr, PUB, anchor=time_value(anchor))) == expected


def test_the_weekday_without_a_day_before_is_read_from_publication():
    assert normalise("On the Monday", PUB).edtf == "2022-09-05"


def test_publication_relative_ignores_anchor():
    assert normalise("on Wednesday", PUB, anchor=time_value("2019-01-01")).edtf == "2022-09-07"


# --------------------------------------------------------------------------- finder

FIND_CASES = [
    # "and" joins a range only after "between"; "to" only after "from"
    ("Phishing emails went out between Dec. 9 and 12, and again on May 3 and 4.",
     ["between Dec. 9 and 12", "on May 3"]),
    ("The outage lasted from May 3 to 5; sales fell on May 2-3.", ["from May 3 to 5", "on May 2-3"]),
    ("Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.",
     ["on Wednesday", "in July"]),
    ("Last Friday, the government said the attack took place last week.", ["Last Friday", "last week"]),
    ("The hackers struck earlier this year and again last month, after attacks last year.",
     ["earlier this year", "last month", "last year"]),
    ("This year and this month and this week.", ["This year", "this month", "this week"]),
    ("On May 5 this year the ministry said it had been hit in July 2018 and on July 15, 2022.",
     ["On May 5 this year", "in July 2018", "on July 15, 2022"]),
    ("It was active in March 2013, in 2010 and in the early 1990s, and in the 1990s.",
     ["in March 2013", "in 2010", "in the early 1990s", "in the 1990s"]),
    ("the 2015 cyberattack on the grid; the previous evening; the following day; that same day",
     ["2015", "the previous evening", "the following day", "that same day"]),
    ("Two days later police arrested him. Days later the site was back.", ["Two days later", "Days later"]),
    ("A month later, two years ago, the previous day, the same day.",
     ["A month later", "two years ago", "the previous day", "the same day"]),
    ("between 2011 and 2018 and from 2011 to 2018, late 2019, the spring of 2020, in the spring",
     ["between 2011 and 2018", "from 2011 to 2018", "late 2019", "the spring of 2020", "in the spring"]),
    ("Last December, in the early hours of April 18, on December 21 and on 2022-09-07.",
     ["Last December", "in the early hours of April 18", "on December 21", "on 2022-09-07"]),
    ("It happened yesterday, not today, and on Sunday.", ["yesterday", "today", "on Sunday"]),
    ("The attack came on 15 July, on July 15 and 15 July 2022.", ["on 15 July", "on July 15", "15 July 2022"]),
    ("Russia's 2016 interference and the 2016 elections; in 2013, 2014 and 2015.",
     ["2016", "2016", "in 2013", "2014", "2015"]),
    ("The WannaCry attack (2017) spread in May 2017.", ["2017", "in May 2017"]),
    ("officials said on Thursday morning", ["on Thursday morning"]),
    ("in mid-2013 and the end of 2019", ["in mid-2013", "the end of 2019"]),
    ("In June last year the grid failed; in August of that year it failed again.",
     ["In June last year", "in August of that year"]),
    ("Within days, experts had a suspect. In the weeks that followed, more leaked.",
     ["Within days", "In the weeks that followed"]),
    ("The ministry denied it at the time, at the time of the vote.", ["at the time"]),
    ("signed within hours of taking office, within days after the raid", []),
    ("It came a day after the FBI said so, and the day after that.", ["a day after", "the day after"]),
    # "overnight" is a time only as a sentence adverb, not in "an overnight flight"
    ("Overnight, the US imposed sanctions after an overnight flight.", ["Overnight"]),
    # a hedge between the preposition and a bare year keeps it a year
    ("Since about 2006 it stole data; a campaign dating back to at least 2010.", ["2006", "2010"]),
]


@pytest.mark.parametrize("text,expected", FIND_CASES, ids=[c[0][:40] for c in FIND_CASES])
def test_find_time_expressions(text, expected):
    found = find_time_expressions(text)
    assert [surface for _, _, surface in found] == expected
    for start, end, surface in found:
        assert text[start:end] == surface


def test_find_spans_exact():
    text = "Albania cut ties on Wednesday after the July 15 attack."
    assert find_time_expressions(text) == [(17, 29, "on Wednesday"), (40, 47, "July 15")]


@pytest.mark.parametrize("text", [
    "The ransom was $10 million.",
    "The indictment named 12 GRU officers.",
    "Iranian diplomats have 24 hours to leave the country.",
    "The malware spread to 150 countries.",
    "There were 1,000 victims and 2,000 computers.",
    "They belong to military unit 26165 and unit 74455.",
    "It was the 85th anniversary of the 2nd directorate.",
    "It may be true.",
    "The 2000 computers were wiped.",
    "so that day-to-day operations continue",
    "Windows 2000 and Office 2016 are affected.",
    "In the last year the attacks doubled.",
    "between 10 and 2000 devices",
    "It stole about 2006 records in about 2000 attempts.",
])
def test_find_ignores_non_dates(text):
    assert find_time_expressions(text) == []


def test_find_prefers_longest_without_overlap():
    text = "on Wednesday, July 13, 2022 and between May and July 2018"
    found = find_time_expressions(text)
    assert [s for _, _, s in found] == ["on Wednesday, July 13, 2022", "between May and July 2018"]
    ends = [(s, e) for s, e, _ in found]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:]))


def test_every_found_expression_normalises():
    text = ("On Wednesday, Albania said the attack in July was the worst since 2010; "
            "the early 1990s saw none, and last week it was hit again.")
    for _, _, surface in find_time_expressions(text):
        assert normalise(surface, PUB) is not None, surface


# --------------------------------------------------------------------------- time_value

TIME_VALUE_CASES = [
    ("2022", tv("2022", "year", "2022-01-01", "2022-12-31")),
    ("2022-07", tv("2022-07", "month", "2022-07-01", "2022-07-31")),
    ("2024-02", tv("2024-02", "month", "2024-02-01", "2024-02-29")),
    ("2022-07-15", tv("2022-07-15", "day", "2022-07-15", "2022-07-15")),
    ("199X", tv("199X", "decade", "1990-01-01", "1999-12-31")),
    ("2011/2018", tv("2011/2018", "interval", "2011-01-01", "2018-12-31")),
    ("2022-09-05/2022-09-11", tv("2022-09-05/2022-09-11", "interval", "2022-09-05", "2022-09-11")),
]


@pytest.mark.parametrize("edtf,expected", TIME_VALUE_CASES)
def test_time_value(edtf, expected):
    assert as_tuple(time_value(edtf)) == expected


@pytest.mark.parametrize("edtf", ["", "22", "2022-13", "2022-00", "2022-02-30", "2022-7", "19XX",
                                  "2018/2011", "2011/", "July 2022", "2022-07-15T10:00", None])
def test_time_value_malformed(edtf):
    with pytest.raises(ValueError, match="malformed EDTF value"):
        time_value(edtf)


# --------------------------------------------------------------------------- parse_published

@pytest.mark.parametrize("value,expected", [
    ("2022-09-10", date(2022, 9, 10)),
    ("2022-09-10T08:00:00Z", date(2022, 9, 10)),
    ("2022-09-10T23:30:00+02:00", date(2022, 9, 10)),
    ("2022-09-10T08:00:00.123-0500", date(2022, 9, 10)),
    ("2022-09-10 08:00", date(2022, 9, 10)),
    (" 2024-02-29 ", date(2024, 2, 29)),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2022-13-45", "2023-02-29", "10/09/2022", "2022-9-10", "yesterday",
                                   "", "2022-09-10Tnoon", "20220910"])
def test_parse_published_malformed(value):
    with pytest.raises(ValueError, match=r"malformed published date .*: expected YYYY-MM-DD"):
        parse_published(value)


def test_parse_published_message():
    with pytest.raises(ValueError) as exc:
        parse_published("2022-13-45")
    assert str(exc.value) == "malformed published date '2022-13-45': expected YYYY-MM-DD"


# --------------------------------------------------------------------------- import cost

def test_import_is_light():
    code = ("import sys, kg.extract.temporal as t; "
            "t.find_time_expressions('on Wednesday in July'); t.normalise('in July', __import__('datetime').date(2022, 9, 10)); "
            "assert 'dateparser' not in sys.modules and 'spacy' not in sys.modules, 'heavy import'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_docstring_examples():
    import doctest

    import kg.extract.temporal as temporal
    assert doctest.testmod(temporal).failed == 0


@pytest.mark.parametrize("expr,unit", [
    ("the same day", "day"), ("On the same day", "day"), ("two days later", "day"), ("the following week", "day"),
    ("days later", "day"), ("Within days", "day"), ("a month later", "month"),
    ("that year", "year"), ("in August of that year", "year"), ("at the time", "any"),
    ("in July", None), ("on Friday", None), ("In May last year", None), ("2015", None),
    ("the following March", "month"), ("On the Monday", "day"),
])
def test_anchor_unit(expr, unit):
    from kg.extract.temporal import anchor_unit
    assert anchor_unit(expr) == unit


@pytest.mark.parametrize("expr,published,edtf,first,last", [
    ("At the end of December 2016", date(2017, 6, 13), "2016-12", date(2016, 12, 21), date(2016, 12, 31)),
    ("in the first days of May", date(2019, 8, 2), "2019-05", date(2019, 5, 1), date(2019, 5, 10)),
    ("the middle of March", date(2021, 2, 1), "2020-03", date(2020, 3, 11), date(2020, 3, 20)),
    ("by the last week of June, 2015", date(2020, 1, 1), "2015-06", date(2015, 6, 22), date(2015, 6, 30)),
])
def test_part_of_a_month(expr, published, edtf, first, last):
    """"the end of December 2016": a month, with narrower bounds (the day is not given)."""
    assert [s for _, _, s in find_time_expressions(f"It came {expr}.")] == [expr]
    tv = normalise(expr, published)
    assert (tv.edtf, tv.precision, tv.earliest, tv.latest) == (edtf, "month", first, last)


# -- the year of the narrative ---------------------------------------------------------------

@pytest.mark.parametrize("expr,published,year,edtf", [
    ("on April 27", date(2017, 4, 27), 2007, "2007-04-27"),
    ("On the night of March 3", date(2021, 6, 1), 2012, "2012-03-03"),
    ("in May", date(2017, 4, 27), 2007, "2007-05"),
    ("in the first days of May", date(2019, 8, 2), 2011, "2011-05"),
    ("15 October", date(2023, 1, 5), 2016, "2016-10-15"),
    ("between May 3 and 5", date(2023, 6, 1), 2019, "2019-05-03/2019-05-05"),
    # the passage's year is publication's (or none is given): read from publication
    ("on April 27", date(2017, 6, 1), 2017, "2017-04-27"),
    ("on April 27", date(2017, 4, 20), None, "2016-04-27"),
    ("in May", date(2017, 4, 27), None, "2016-05"),
    # a year, or a relation to now, in the expression itself wins
    ("last May", date(2017, 4, 27), 2007, "2016-05"),
    ("May 5 this year", date(2020, 10, 23), 2015, "2020-05-05"),
    ("in March 2019", date(2020, 10, 23), 2015, "2019-03"),
    ("on Wednesday", date(2022, 9, 10), 2015, "2022-09-07"),
])
def test_bare_month_takes_the_narrative_year(expr, published, year, edtf):
    """"In 2007, ... On April 27, riots began": a bare month or month and day takes the
    year the passage tells of when that year is before publication."""
    assert normalise(expr, published, narrative_year=year).edtf == edtf


@pytest.mark.parametrize("expr,year", [
    ("In late April 2007", 2007), ("in 2011", 2011), ("May 5 this year", 2022), ("last year", 2021),
    ("earlier this year", 2022), ("the spring of 2013", 2013), ("2019-03-04", 2019),
    ("May 3-5, 2021", 2021), ("between May 3 and 5", None),
    ("on April 27", None), ("in May", None), ("the 1990s", None), ("that year", None), ("last week", None),
])
def test_explicit_year(expr, year):
    from kg.extract.temporal import explicit_year
    assert explicit_year(expr, PUB) == year


@pytest.mark.parametrize("expr,anchor,edtf", [
    ("on the day of the operation", "2019-11-05", "2019-11-05"),
    ("the same day of the attack", "2016-02-29", "2016-02-29"),
    ("on the night of the vote", "2021-03-14", "2021-03-14"),
    ("on the day of the attack", "2019-11", None),  # needs a day
    ("on the day of the attack", None, None),
])
def test_day_of_an_event(expr, anchor, edtf):
    """"on the day of the operation": the day of the event told before."""
    from kg.extract.temporal import anchor_unit
    assert [s for _, _, s in find_time_expressions(f"Police moved in {expr}.")] == [expr]
    tv = normalise(expr, PUB, anchor=time_value(anchor) if anchor else None)
    assert (tv.edtf if tv else None) == edtf
    assert anchor_unit(expr) == "day"


def test_live_blog_clock_stamp_is_the_publication_day():
    from kg.extract.temporal import find_time_expressions
    text = "Key events\n\n5.02pm BST\nThe Kremlin has responded.\n\n11:50 GMT\nMore here at 3.15 this afternoon."
    assert [s for _, _, s in find_time_expressions(text)][:2] == ["5.02pm BST", "11:50 GMT"]
    assert normalise("5.02pm BST", date(2020, 7, 16)).edtf == "2020-07-16"
    assert normalise("Updated 9:40 a.m. ET", date(2021, 3, 2)).edtf == "2021-03-02"


@pytest.mark.parametrize("expr,want", [
    ("between June 27 and July 4", "2018-06-27/2018-07-04"),
    ("from 3 May to 9 May", "2018-05-03/2018-05-09"),
    ("between May and July 2018", "2018-05/2018-07"),
])
def test_interval_between_days_without_a_year(expr, want):
    assert normalise(expr, date(2018, 7, 21)).edtf == want


@pytest.mark.parametrize("expr, period", [
    ("Later that month", True), ("that year", True), ("the same month", True),
    ("A month later", False), ("a year later", False), ("the following month", False), ("the same day", False),
])
def test_names_the_anchors_period(expr, period):
    """"Later that month, X said a virus had taken down its site" tells of that month; "A month
    later" counts a month from the time before, and dates the saying only."""
    from kg.extract.temporal import names_the_anchors_period

    assert names_the_anchors_period(expr) is period


@pytest.mark.parametrize("expr,published,edtf", [
    ("Friday 3 February", date(2024, 10, 2), "2023-02-03"),  # 3 February 2024 was a Saturday
    ("Thursday, Sept. 14", date(2024, 10, 2), "2023-09-14"),
    ("Wednesday, March 6", date(2024, 10, 2), "2024-03-06"),  # this year's already is one
    ("Sept. 14", date(2024, 10, 2), "2024-09-14"),  # no weekday: the latest
    ("Monday 29 February", date(2025, 6, 1), "2016-02-29"),  # the 29th of a leap year, and a Monday
])
def test_a_weekday_with_a_yearless_date_picks_the_year(expr, published, edtf):
    """A day and month without a year but with its weekday: the latest year in which that
    day fell on that weekday, not simply the latest such day."""
    assert normalise(expr, published).edtf == edtf


@pytest.mark.parametrize("expr,published,edtf", [
    ("14/03/2014", date(2020, 5, 11), "2014-03-14"),  # the day first when the first number cannot be a month
    ("11/25/2020", date(2021, 1, 5), "2020-11-25"),  # the month first when the second cannot be one
    ("on 30.08.2019", date(2020, 5, 11), "2019-08-30"),
    ("04/12/2017", date(2020, 5, 11), "2017-12-04"),  # either: day first unless the text says otherwise
    ("06/2015", date(2020, 5, 11), "2015-06"),
    ("2015/07/06", date(2020, 5, 11), "2015-07-06"),  # year first (a Sigma rule's date field)
    ("Fri 06-Apr-2018", date(2018, 4, 17), "2018-04-06"),
    ("28-Mar", date(2018, 4, 17), "2018-03-28"),
    ("on Monday the 8th", date(2021, 6, 11), "2021-03-08"),  # the latest 8th that was a Monday
    ("03/27/18", date(2018, 9, 5), "2018-03-27"),  # a two-digit year, with slashes
    ("25/12/99", date(2018, 9, 5), "1999-12-25"),  # a year after the text's own is last century's
])
def test_days_in_figures_and_short_forms(expr, published, edtf):
    assert normalise(expr, published).edtf == edtf


@pytest.mark.parametrize("expr", ["192.168.10.12", "1.2.2019.4", "13/13/2019", "v2.10.2019-beta", "1.2.18", "3/4/18/2"])
def test_figures_that_are_not_days(expr):
    assert normalise(expr, date(2020, 5, 11)) is None


def test_month_first_order_follows_the_text():
    from kg.extract.temporal import MONTH_FIRST, numeric_order
    assert numeric_order("Filed 11/25/2020; amended 04/12/2021") is True
    assert numeric_order("Logged 25/11/2020 and 04/12/2021") is False
    assert numeric_order("03/27/18  JMK  Call re suit; cut ties on 06/05/17") is True
    token = MONTH_FIRST.set(True)
    try:
        assert normalise("04/12/2021", date(2022, 1, 1)).edtf == "2021-04-12"
    finally:
        MONTH_FIRST.reset(token)


def test_a_weekday_day_falls_in_the_month_just_told():
    """"In February ... discovered on Monday the 8th": February's 8th, a Monday, not the latest."""
    anchor = normalise("In February", date(2021, 6, 11))
    assert normalise("on Monday the 8th", date(2021, 6, 11), anchor).edtf == "2021-02-08"



def test_a_bare_ordinal_day_is_a_day_of_the_month_just_told():
    # "On the 29th the board said ...": the month of the day told before (the next month once past it);
    # with nothing told before, no day
    assert normalise("On the 29th", date(2024, 6, 28), time_value("2022-12-19")).edtf == "2022-12-29"
    assert normalise("on the 3rd", date(2024, 6, 28), time_value("2022-12-19")).edtf == "2023-01-03"
    assert normalise("On the 29th", date(2024, 6, 28)) is None


def test_a_weekday_and_ordinal_day_in_a_passage_of_an_earlier_year():
    # "2022. ... hit on Sunday the 18th": the latest Sunday the 18th of that year, not of now
    assert normalise("on Sunday the 18th", date(2024, 6, 28), narrative_year=2022).edtf == "2022-12-18"
