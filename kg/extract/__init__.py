"""Extraction: an Article -> a Report of entities and events (clean, parse, entities,
time, events, merge). ``extract(article)`` runs the whole pipeline."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..model import Article, Event, Provenance, Report, TimeValue
from ..scoring import SCORED
from .coref import RESPONSE_TYPES, SPEECH_ACTS
from .entries import CALENDAR, dated_entries, entry_at, entry_opened
from .lexicon import load, word_set
from .temporal import SEASONS, WEEKDAYS, day_value, reanchored

# An event needs the key roles of its type (those the team's scorer matches on).
REQUIRED = dict(SCORED)
KEEP_MODALITIES = ("asserted", "alleged")


def find_dates(doc, published, todays: list | None = None) -> list[tuple[object, TimeValue]]:
    """Every date expression in the document, resolved in text order (each relative one
    against the date mentioned before it). ``todays`` gets (offset, day) for each dated
    header that becomes the "today" of the text below it."""
    from .temporal import MONTH_FIRST, numeric_order

    order = MONTH_FIRST.set(numeric_order(doc_text(doc)))  # ("04/12/2017": as the text writes its other days)
    try:
        return _find_dates(doc, published, todays)
    finally:
        MONTH_FIRST.reset(order)


def _find_dates(doc, published, todays):
    from .temporal import explicit_year, find_time_expressions, normalise

    text = doc_text(doc)
    spans = []
    for start, end, _ in find_time_expressions(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1 and span[0].pos_ == "ADP" and span[-1].dep_ in (
                "nummod", "compound", "amod", "nmod") and span[-1].head.i >= span.end and any(
                c.dep_ in ("pobj", "pcomp") for c in span[0].children):
            # "in 2016 election": the year names the election, "in" is not the date's (but "In late
            # 2014 police arrested ...", parsed with "In" left without its object, is the clause's time)
            span = span[1:]
        if span is not None and not names_an_instrument(span):
            spans.append(span)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ == "DATE" and not any(i in taken for i in range(ent.start, ent.end)) and not names_an_instrument(ent):
            spans.append(ent)
    spans.sort(key=lambda s: s.start)
    out = []
    if published is None:
        return out
    passage = passages(text)
    years: list[tuple[int, int, bool]] = []  # (passage, year, written in digits) of each clause year so far
    today, today_line = published, None  # what "today" means here (see HEADER_DAYS), and where it was set
    section_day = False  # (set by a day without its year, "reset Tuesday 25 June": a section's, not the text's)
    entry_day, entry_end = None, -1  # the day of a diary's or log's entry that holds the text being read
    forward = []  # offsets counted from a date inside their own phrase (dated once that date is read)
    for n, span in enumerate(spans):
        if is_offset(span) and any(s.sent == span.sent for s in spans[n + 1:]):
            # "two days after the May 5 attack": counted from the date that follows
            inner = counted_from(span, spans[n + 1:])
            if inner is not None:
                forward.append((span, inner))
            continue
        here = passage(span.start_char)
        if section_day and titled_section_between(text, today_line, span.start_char):
            today, today_line, section_day = published, None, False  # (a new section under a title of its own: the page's today again)
        # the year the passage tells of: the last explicit year in this paragraph, or one
        # written in digits in the paragraph before ("In 2007, ... On April 27, ..." is
        # 2007-04-27; "described last year a campaign. ... came to light in June" is this June)
        ny = years[-1][1] if years and (here == years[-1][0] or here - years[-1][0] == 1 and years[-1][2]
                                        and not opens_in_present(span, passage)) else None
        # (the entry's day is the "today" of its deictic words, "yesterday", "this morning", "on
        # Monday"; a date with its month, "Sunday, August 14", keeps the page's year)
        now = entry_day if entry_day is not None and span.start_char < entry_end and not re.search(
            r"\d", span.text) and not CALENDAR.search(span.text) else today
        tv = normalise(span.text, now, pick_anchor(span, out), narrative_year=ny)
        if tv is not None and now < published and names_weekday(span.text) and re.search(r"\d", span.text):
            tv = weekday_fits_page(span.text, tv, now, published, pick_anchor(span, out), ny)
        if out and out[-1][1].precision == "day" and re.fullmatch(r"\s*,\s*", text[out[-1][0].end_char:span.start_char]) \
                and re.sub(r"(?i)^on\s+", "", span.text).lower() in WEEKDAYS:
            # "The following day, Tuesday, police arrested him": that day named again (not "on Monday,
            # two days after a ransomware attack crippled the port": that dates the attack after it)
            tv = out[-1][1]
        year = explicit_year(span.text, published)
        carried = None  # the story's year a bare day was read in, from a dated day a few paragraphs up
        if tv is not None and year is None and ny is None and out:
            story = days_after(span, tv, out, today, passage)
            if story is not None:
                tv, carried = story, story.earliest.year
        if tv is not None and year is None and ny is not None and out and (
                timeline_step_back(text, span, tv, out[-1]) or story_runs_on(span, tv, out[-1], passage)):
            # "- 14 November 2021: ... - Late February: ...": a timeline's next entry, the next year
            later = normalise(span.text, today, pick_anchor(span, out), narrative_year=ny + 1)
            if later is not None and later.latest <= published:
                tv = later
        line_start = text.rfind("\n", 0, span.start_char)
        if tv is not None and tv.precision == "day" and (line_start != today_line or tv.earliest > today) and \
                dates_text_below(line_at(text, span.start_char).strip(), span, tv, year, published):
            # (of two such days on a line, the later: "updated May 11, 2021: CLOSED · Sentenced 05/10/2021",
            # "Opened: 10/14/2025 | Narrative date: 11/12/2025")
            today, today_line, section_day = tv.earliest, line_start, year is None
            if todays is not None:
                todays.append((span.start_char, tv))
        if tv is not None and year is None and (carried is not None or ny is not None and tv.precision in (
                "day", "month") and tv.earliest.year in (ny, ny + 1)):
            # a bare date read in the passage's year (or, the story running on, the next; or the
            # year of a dated day a few paragraphs up) carries it on
            years.append((here, tv.earliest.year, years[-1][2] if years else True))
        elif not premodifies_noun(span) and not in_relative(span) and not flashback(span) and not extent(span):
            if year is not None:
                years.append((here, year, bool(re.search(r"\d{4}", span.text))))
        if tv is None:
            continue
        if tv.precision == "day" and tv.earliest <= published:
            # ("Thu 9 Oct. The storm of yesterday flooded the trench": the entry's yesterday)
            opened = entry_opened(text, span.start_char, span.end_char)
            if opened is not None:
                entry_day, entry_end = tv.earliest, opened
        out.append((span, tv))
    for span, inner in forward:
        tv = next((v for s, v in out if s == inner), None)
        shifted = counted_forward(span, tv) if tv is not None else None
        if shifted is not None:
            out.append((span, shifted))
    out.sort(key=lambda x: x[0].start)
    return out


def counted_from(offset, later):
    """The date inside an offset's own phrase ("Two days after the raid on 3 May, ...",
    "a week before 3 May"), that the offset counts from; None when the date that follows is
    outside it ("two days after the raid, on 5 May, ...": the clause's own date)."""
    inside = {t.i for t in offset[-1].subtree} - {offset[-1].i}
    return next((s for s in later if s.sent == offset.sent and s.start in inside
                 and s.doc[s.start - 1].text != ","), None)  # (", on 9 October,": set off, the clause's own)


def counted_forward(offset, tv: TimeValue) -> TimeValue | None:
    """The time ``offset`` ("two days after") names counted from ``tv``, the date of what
    follows it ("two days after 3 May" is 5 May); None for a count it cannot read."""
    from .temporal import normalise

    # (normalise reads an offset back from an anchor before it: "X, two days after Y" puts Y
    # two days before X; counting forward from Y is the other word's reading)
    words = offset.text.split()
    flip = {"after": "before", "before": "after"}
    words[-1] = flip.get(words[-1].lower(), words[-1])
    return normalise(" ".join(words), tv.earliest, tv)


HEADER_DAYS = 31  # a dated header ("FOR IMMEDIATE RELEASE Tuesday, May 9, 2023") this close before
# publication dates the "today" below it: a press release quoted in a later article


WROTE_LINE = re.compile(r"(?i)\s*on\s+.{6,60}\bwrote:\s*$")  # "On Tue, Feb 19, 2013 at 8:02 AM, Bob wrote:"
# a thread's post header: "jdoe commented on Mar 8, 2021 · edited", "Posted by mod on 3 May 2021"
POSTED_BEFORE = re.compile(r"(?i)\b(?:commented|posted|replied|wrote|answered|opened\s+this\s+issue|reviewed)"
                           r"(?:\s+by\s+\S+)?\s+(?:on\s+)?$")


def names_an_instrument(span) -> bool:
    """Is a bare year part of a law's name ("the Computer Fraud and Abuse Act of 1986", "the
    Computer Misuse Act 1990")? It dates nothing the story tells, nor sets its year."""
    from .entities import words

    toks = [t for t in span if t.lower_ != "of"]
    if len(toks) != 1 or not re.fullmatch(r"\d{4}", toks[0].text):
        return False
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ == "of" and span[0].lower_ != "of":
        before = span.doc[before.i - 1] if before.i else None
    return before is not None and before.text[:1].isupper() and before.lower_ in words()["instrument_nouns"]


def dates_text_below(header: str, span, tv: TimeValue, year, published) -> bool:
    """Does the day ``tv``, on the line ``header``, become the "today" of the text below it?
    A dated header close before publication does ("FOR IMMEDIATE RELEASE Tuesday, May 9,
    2023": a press release quoted in a later article); so does, however long before, a field
    that labels the document's date ("DATE: 2011-03-14" on a released cable, "Sent:") or an
    e-mail's "On ..., X wrote:" line. A caption's or timeline's old date does not; "UPDATE 1 -
    Wednesday 15 May, 10:00", a weekday with its day, dates an update's "this morning";
    "Looking back at Monday" does not."""
    from ..nlp.clean import header_labels

    if year is not None and tv.earliest <= published and WROTE_LINE.match(header):
        return True
    text = doc_text(span.doc)
    before = text[text.rfind("\n", 0, span.start_char) + 1:span.start_char]
    if year is not None and tv.earliest <= published and len(header) < 160 and POSTED_BEFORE.search(before):
        return True
    if not is_heading(header) or header.endswith(":"):
        return False
    if not before.strip() and LOG_ROW.match(text, span.end_char):
        return False  # (a log's row, "14.05.2021 (Fri) | 12°C | hives checked", dates its own entry)
    if published - timedelta(days=HEADER_DAYS) <= tv.earliest <= published and (
            year is not None or names_weekday(span.text) and re.search(r"\d", span.text)):
        return True
    label = header.split(":", 1)[0].strip().lower() if ":" in header else ""
    return year is not None and tv.earliest <= published and label in header_labels()[1]


# what follows the date that opens a log's row or a table's: a note in brackets, then a column rule and text
LOG_ROW = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?\|[ \t]*[^\s|]")
BULLET = re.compile(r"^\s*(?:[-\u2013\u2022*]|\d{1,2}[.)])\s")


def timeline_step_back(text: str, span, tv: TimeValue, prev) -> bool:
    """Is a date without a year, read in the story's year, in an earlier month of that year than
    the date of the entry above it, both on bulleted lines of a list (a timeline runs forward)?"""
    before_span, before_tv = prev
    line, above = line_at(text, span.start_char), line_at(text, before_span.start_char)
    return (tv.precision in ("day", "month") and before_tv.precision != "year"
            and BULLET.match(line) is not None and BULLET.match(above) is not None and line != above
            and tv.earliest.year == before_tv.earliest.year and tv.earliest.month < before_tv.earliest.month)


# the periods "that ..." points back to, in a sentence told in the present ("how tense it was that autumn")
STORY_PERIODS = frozenset(SEASONS) | {"year", "month", "week", "season", "day"}
STORY_DAYS = 62  # a bare day this soon after the last dated day, a few paragraphs up, is in its year


def days_after(span, tv: TimeValue, told, today, passage) -> TimeValue | None:
    """"Late on Wednesday, 2 November 2022, intruders broke into the bank ... [a paragraph on it]
    ... Early on 3 November the bank circulated patches": a day or month without a year, told
    within a few paragraphs of a dated day of an earlier year and soon after it (or a few
    weeks before it: "Two weeks before Dyn, on October 7"), is in that year (the story is still
    telling of those days); None when that does not hold. ``told``: the dates read so far; the
    day is the last one told with a day, past vaguer times since ("Within days"), but not past a
    year told since."""
    from .temporal import explicit_year, normalise

    prev = None
    for back in reversed(told[-4:]):
        if back[1].precision == "day":
            prev = back
            break
        if explicit_year(back[0].text, today) is not None:
            return None
    if prev is None:
        return None
    before_span, before_tv = prev
    if tv.precision not in ("day", "month"):
        return None
    y = explicit_year(before_span.text, today)
    if y is None or y >= today.year or passage(span.start_char) - passage(before_span.start_char) > 3 \
            or opens_in_present(span, passage):
        return None
    alt = normalise(span.text, today, before_tv, narrative_year=y)
    if alt is None or not -STORY_DAYS <= (alt.earliest - before_tv.earliest).days <= STORY_DAYS:
        return None
    return alt


def story_runs_on(span, tv: TimeValue, prev, passage) -> bool:
    """Is a date without a year, read in the story's year, in an earlier month than the date told
    just before it in the same or the paragraph before, in a clause told in the simple past ("In
    late July 2016 Finnish police detained him. A grand jury charged him in February")? A story
    runs forward, so it is the next year's month (not a flashback: "had charged him in February",
    nor one marked as earlier)."""
    before_span, before_tv = prev
    if tv.precision not in ("day", "month") or before_tv.precision not in ("day", "month"):
        return False
    if tv.earliest.year != before_tv.earliest.year or tv.earliest.month >= before_tv.earliest.month:
        return False
    if passage(span.start_char) - passage(before_span.start_char) > 1 or flashback(span):
        return False
    if span.root.dep_ == "conj" and before_span.start <= span.root.head.i < before_span.end:
        return True  # "in late December 2021 and early January": the second of a pair comes after
    v = date_verb(span)
    if v.pos_ not in ("VERB", "AUX") or v.tag_ != "VBD" or any(c.dep_ == "aux" for c in v.children):
        return False  # (only a plain past: "was charged in February", "said in January")
    return not any(t.lower_ in word_set("modality", "earlier_markers") for t in span.sent)


def date_verb(span):
    """The word a date expression tells the time of: the verb its preposition hangs on."""
    v = span.root.head
    while v.pos_ == "ADP" and v.head.i != v.i:
        v = v.head
    return v


def line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def weekday_fits_page(text: str, tv: TimeValue, now: date, published: date, anchor, ny) -> TimeValue:
    """A day named with its weekday ("Thursday 27 June"), read against a header's day that
    became the text's "today" ("reset Tuesday 25 June" two lines up), is that header's week
    and not the last year the weekday fitted before it: when the day falls between the
    header's day and publication and its weekday fits there, that is the day.

    >>> from kg.extract.temporal import normalise
    >>> now, pub = date(2024, 6, 25), date(2024, 7, 1)
    >>> normalise("Thursday 27 June", now).edtf
    '2019-06-27'
    >>> weekday_fits_page("Thursday 27 June", normalise("Thursday 27 June", now), now, pub, None, None).edtf
    '2024-06-27'
    """
    from .temporal import normalise

    own = normalise(text, published, anchor, narrative_year=ny)
    if own is not None and own.precision == "day" and now < own.earliest <= published and tv.earliest < own.earliest:
        return own
    return tv


# a section's title in capitals, with no date: "FROM THE FRONT DESK: OUR CHECK-IN"
SECTION_TITLE = re.compile(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]*[A-Z]{2,}[^a-z\n]*$", re.MULTILINE)


def titled_section_between(text: str, start: int, end: int) -> bool:
    """Does a line in capitals with no date, a section's title, stand between the line at
    ``start`` and ``end``? A dated header's day ("WALL A · reset Tuesday 25 June") is the
    "today" of its own section, not of the sections after it.

    >>> t = "WALL A · reset Tuesday 25 June\\nNew problems.\\nFROM THE DESK\\nOn Friday ..."
    >>> titled_section_between(t, -1, t.index("On Friday")), titled_section_between(t, -1, t.index("New"))
    (True, False)
    """
    line_end = text.find("\n", start + 1)  # (``start``: the newline before the header's line, or -1)
    end = text.rfind("\n", 0, end)  # (whole lines only: not "WASHINGTON — " before "Today, ...")
    # (three words or more: not a dateline, "WASHINGTON", set on a line of its own)
    return 0 <= line_end < end and any(not CALENDAR.search(m.group()) and len(m.group().split()) >= 3
                                       for m in SECTION_TITLE.finditer(text, line_end + 1, end))


def names_weekday(text: str) -> bool:
    from .temporal import WEEKDAYS

    return any(w.strip(",.").lower() in WEEKDAYS for w in text.split())


def is_heading(line: str) -> bool:
    """A short line that is no sentence of the story: a section title or a question
    heading ("What happened online?"), a live blog's date line, a release's dated header."""
    line = line.strip()
    return 0 < len(line.split()) <= 12 and not line.endswith((".", "\"", "”", "'", "’"))


def passages(text: str):
    """A function from a character offset to the number of its body paragraph (headings do
    not count, so the paragraphs either side of a heading are neighbours; a live blog's time
    stamp does, so two entries are not)."""
    import bisect

    from ..nlp.pipeline import TIMESTAMP

    starts, nums, k, pos = [], [], -1, 0
    for block in text.split("\n\n"):
        if block.strip() and not is_heading(block):
            k += 1
        elif block.strip() and TIMESTAMP.fullmatch(block.strip().split("\n")[0].strip()):
            k += 1  # a live blog's time stamp (alone on its line) opens a new entry: no neighbour of the one before
        starts.append(pos)
        nums.append(max(k, 0))
        pos += len(block) + 2
    return lambda off: nums[max(bisect.bisect_right(starts, off) - 1, 0)]


def is_offset(span) -> bool:
    """"a day after", "two weeks before": a time counted from another."""
    return span[-1].lower_ in ("after", "before") and span[0].lower_ != "the"


_FINE = {"day": 0, "month": 1, "year": 2}


def premodifies_noun(span) -> bool:
    """"the July attack", "a foiled 2018 attempt": a date inside a noun phrase, which
    names that thing rather than setting the time the story has reached."""
    root = span.root
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("on", "in", "by"):
        return False  # "On 7 September Prime Minister X said": a parse that hangs the date on the name
    return (root.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod", "poss")
            and root.head.pos_ in ("NOUN", "PROPN") and not span.start <= root.head.i < span.end)


def in_relative(span) -> bool:
    """Is a date expression inside a relative or participial clause on a noun ("the
    framework it created last year")?"""
    # (the clause's noun must come before the date, and no colon between: "Summary: On 15 July
    # an attack hit X", parsed as a clause on "Summary", is no clause the date sits inside)
    return any(t.dep_ in ("relcl", "acl") and t.head.i < span.start
               and not any(x.text in (":", "—", "–") for x in span.doc[t.head.i + 1:span.start])
               for t in [span.root] + list(span.root.ancestors))


EXTENT_WORDS = ("since", "between", "until", "till")
SUBORDINATORS = ("once", "after", "when", "as", "because", "while", "before", "since", "until")


def extent(span) -> bool:
    """"a campaign, active since 2017", "intrusions between the summer of 2022 and the autumn
    of 2023": how long something went on, not the time the story tells of (the next
    paragraph's "in September" is the latest September)."""
    if span[0].lower_ in EXTENT_WORDS or span.start > 0 and span.doc[span.start - 1].lower_ in EXTENT_WORDS:
        return True
    t = span.root  # "between the summer of 2022 and [the autumn of 2023]": up the coordination
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in EXTENT_WORDS:
            return True
        if t.dep_ not in ("conj", "pobj", "prep", "cc") and t.pos_ != "ADP":
            return False
    return False


def opens_in_present(span, passage) -> bool:
    """Does the paragraph of ``span`` open, before it, with a sentence told in the present
    or present perfect ("Governments have begun to respond. In May, ...")? Then it returns
    to the present, and the year of the paragraph before is no longer the story's."""
    from .events import EventReader

    doc, here = span.doc, passage(span.start_char)
    sent = span.sent
    while sent.start > 0 and passage(doc[sent.start - 1].idx) == here:
        sent = doc[sent.start - 1].sent
        if EventReader.told_in_present(sent.root) and not any(
                t.lower_ == "that" and t.dep_ == "det" and t.head.lemma_.lower() in STORY_PERIODS for t in sent):
            return True  # (not "It is easy to forget how jumpy everyone was that autumn": the story's time)
    return False


def flashback(span) -> bool:
    """Is a date expression in a past-perfect clause ("The intruders had first got in last
    year")? A flashback dates its own act; the story's year stays where it was."""
    v = date_verb(span)
    from .events import EventReader

    if any(c.dep_ in ("mark", "advmod") and span.end <= c.i < v.i and c.lower_ in SUBORDINATORS for c in v.children):
        # "From mid-March 2019, once the government had removed a statue, floods hit ...": a date
        # before the clause's "once" is the main clause's, which the parser hung on the clause
        # (or made the clause's child)
        v = v.head if v.dep_ == "advcl" else next((c for c in v.children if c.dep_ in ("advcl", "conj") and c.i > v.i), v)
    if v.tag_ == "VBN" and EventReader.past_perfect(v):
        return True
    # "In 2011, too, prosecutors claimed ...": an earlier case set beside the story's own
    return any(c.dep_ == "advmod" and c.lower_ in word_set("modality", "flashback_adverbs") and 0 <= c.i - span.end <= 1
               for c in v.children)


def reported(span) -> bool:
    """Is a date expression inside a reported or relative clause?"""
    return any(t.dep_ in ("ccomp", "relcl") and not misparsed_clause(t)
               for t in [span.root] + list(span.root.ancestors))


def misparsed_coordination(t) -> bool:
    """"On May 7 the minister announced X, said Y and gave Z": a parse that makes "announced"
    the object of a later "said" with no subject of its own, which is a coordinated verb."""
    return _fronted_ccomp(t) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.head.children)


def _fronted_ccomp(t) -> bool:
    return (t.dep_ == "ccomp" and t.i < t.head.i and t.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))


def misparsed_clause(t) -> bool:
    """A clause parsed as the object of a later verb that is no saying of it: a misparsed
    coordination, or a sentence before a semicolon or a colon ("X emailed the bank on May 7; the bank
    said ...", "On 3 May the portal was defaced: its front page showed a slogan ...")."""
    # (not "Kestrix announced what had taken place: on the Friday it had ...", a saying before its colon)
    return misparsed_coordination(t) or _fronted_ccomp(t) and any(
        x.text == ";" or x.text == ":" and t.lemma_ not in word_set("modality", "reporting_verbs")
        for x in t.doc[t.right_edge.i:t.head.i])


def pick_anchor(span, before):
    """The time an anchored expression ("the same day", "days later", "at the time") is
    read against: the latest one mentioned before it that is fine enough for it ("the
    same day" needs a day; a month mentioned since does not reset it), preferring the
    time of a clause to a date that only premodifies a noun ("the 2018 attempt")."""
    if not before:
        return None
    from .events import EventReader
    from .temporal import anchor_unit, dates_what_follows, same_period, steps_a_day

    # ("On 4 May, a day after the parade, power failed in Tampere. Officials spoke that day":
    # the 4th; the time of what follows "after" is no time the story reached)
    before = [(sp, tv) for sp, tv in before if not dates_what_follows(sp.text)] or before
    # ("Released 14 Nov 2024", "Last updated ...": when the page was put out, no time its story reached)
    text = doc_text(span.doc)
    before = [(sp, tv) for sp, tv in before if not stamped(text, sp.start_char)] or before
    need = anchor_unit(span.text)
    if need is None:
        return before[-1][1]
    fine = [(sp, tv) for sp, tv in before
            if need == "any" or _FINE.get(tv.precision, 9) <= _FINE.get(need, 9)]
    clause = [(sp, tv) for sp, tv in fine if not premodifies_noun(sp)]
    # the time the story has reached, not a time told inside a reported clause or a relative
    # clause ("the bloc said [on Tuesday] the attack was carried out on February 24. Britain
    # followed on the same day": the Tuesday)
    main = [(sp, tv) for sp, tv in clause if not reported(sp)]
    pick = main or clause or fine
    para = text.rfind("\n\n", 0, span.start_char)
    if need in ("month", "year") and fine and pick and pick[-1][0].start_char < para <= fine[-1][0].start_char:
        # ("During the May 2021 blackout ... Before the month was out": the paragraph's own time,
        # though it names a noun, not a time told in an earlier paragraph)
        pick = fine
    if need == "year" and clause and clause[-1][0].sent.start == span.sent.start:
        return clause[-1][1]  # "the court heard that in May 2020 she had admitted it; on 3 June that year ..."
    # "In February, the agencies took control of the servers. On the same day, ..." ("a day
    # later", "the next day"): the time of the sentence just before, though coarser, when
    # nothing finer came since
    # (the last time of a plain past clause, fronted or not: "Washington sanctioned seven in
    # February. One was charged the same day"; not "had also struck its banks in August", a
    # flashback, nor a time inside a relative clause or one naming a noun, "the 2020 election")
    told = [(sp, tv) for sp, tv in before if sp.sent.start >= _previous_sentence_start(span)
            and not premodifies_noun(sp) and not reported(sp) and not in_relative(sp)]
    plain = told and not _in_past_perfect(told[-1][0]) and (
        not pick or pick[-1][0].start < told[-1][0].start)
    if plain and same_period(span.text) and _FINE.get(told[-1][1].precision, 9) > _FINE.get(need, 9):
        # "In March 2021, Estonia cut ties. The same week, Canada ...": that month, not
        # an older day told further back
        return told[-1][1]
    since = [(sp, tv) for sp, tv in before if sp.start_char > para and (not pick or (
        sp.start > pick[-1][0].start and tv.earliest < pick[-1][1].earliest)) and not premodifies_noun(sp)
        and not reported(sp) and not in_relative(sp) and not _in_past_perfect(sp)] if same_period(span.text) else []
    if since:
        # "On 3 May 2024 ... In early February 2014, X reported ... That week ...": the
        # paragraph's story moved back to a coarser time after the finer date above it (or
        # told no finer one)
        return since[-1][1]
    if steps_a_day(span.text) and plain:
        return told[-1][1]
    return pick[-1][1] if pick else None


def doc_text(doc) -> str:
    """A parsed document's text, built once (spaCy builds ``doc.text`` anew on each read)."""
    if "kg_text" not in doc.user_data:
        doc.user_data["kg_text"] = doc.text
    return doc.user_data["kg_text"]


def stamped(text: str, start: int) -> bool:
    """Is the date at offset ``start`` a page's stamp ("Released 14 Nov 2024", "Posted: 3 May
    2021", "last updated 2 June 2023"): right after a label word of publication that is no verb
    of a sentence (capitalised, or followed by a colon, or the line's first word)?"""
    from .events import mod

    line = text[text.rfind("\n", 0, start) + 1:start]
    m = re.search(r"(\w+)(:?)[ \t]*$", line)
    if m is None or m.group(1).lower() not in mod("stamp_labels"):
        return False
    return m.group(1)[:1].isupper() or bool(m.group(2)) or not line[:m.start()].strip()


def _in_past_perfect(span) -> bool:
    """Does the date stand in a past-perfect clause ("had also struck its banks in August"),
    not in a clause that only reports one ("said in August that they had tried to ...")?"""
    from .events import EventReader

    v = span.root
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    return v.tag_ == "VBN" and EventReader.past_perfect(v)


def _previous_sentence_start(span) -> int:
    sent = span.sent
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start




def joined_to_state(groups: dict, known: list, m, index) -> None:
    """"Kestria's cyber agency and the Quillmark CERT, and Contosia's NCSC issued ...": a body of no known state,
    joined by "and" to the state's body named just before it, acts with that state (moved into
    its group in ``groups``)."""
    place = {}
    for i, k in index.mentions:
        if m.sent.start <= i < m.sent.end:
            place.setdefault(k, i)
    order = sorted((place[k], g) for g, ks in groups.items() for k in ks if k in place)
    for n, (at, g) in enumerate(order):
        if g in known or g not in groups or not n:
            continue
        prev = order[n - 1][1]
        tok = index._mention_tokens(at)[-1]  # (the name's head word: "CERT" of "the Quillmark CERT")
        if prev in known and prev in groups and tok.dep_ == "conj" and index.token_key.get(tok.head.i) in groups[prev]:
            groups[prev] += groups.pop(g)


def split_claimants(mentions, index):
    """"The US, UK and EU blamed Russia": one claim per claimant (a body or person goes
    with the state it acts for)."""
    import dataclasses

    from .events import strikes_at_attackers

    out = []
    for m in mentions:
        if m.type == "DefensiveMeasure" and len(m.actors) > 1 and all(
                index.entities[k].type == "Organization" and not index.entities[k].country for k in m.actors) \
                and not strikes_at_attackers(m.trigger):
            # "Gardermoen, Oslo Airport and Milan Malpensa Airport switched to manual check-in":
            # each institution took its own measure (a state's bodies act together; so do the
            # partners of a takedown, "Contoso and Fabrikam knocked out the botnet's servers")
            out += [dataclasses.replace(m, actors=[k]) for k in m.actors]
            continue
        # ("police in Latvia and Estonia arrested two people": each state's police; not a state
        # and the lawyer who filed its complaint)
        by_states = m.type in RESPONSE_TYPES or m.type == "LegalAction" and all(
            index.entities[k].type in ("Country", "GovernmentBody") for k in m.actors)
        if not by_states or len(m.actors) < 2:
            out.append(m)
            continue
        groups: dict[str, list[str]] = {}
        index.with_states(m.actors)  # (registers the states the bodies act for)
        for k in m.actors:
            ent = index.entities.get(k)
            state = k if ent is None or ent.type == "Country" else (ent.country or k)
            groups.setdefault(state, []).append(k)
        # split between states and the hand-kept international bodies such as the EU or NATO,
        # and a known security company beside them ("Kestrix CERT and Quillmark Labs both
        # attributed it to Nightjar"); "Quillmark and Fabrikam Security linked ..." stays one claim (companies act together)
        states = [g for g in groups if g in index.entities and (
            index.entities[g].type == "Country" or g.startswith("org-") and not index.entities[g].misp_uuid)]
        firms = [g for g in groups if g.startswith("org-") and g in index.entities and index.entities[g].misp_uuid]
        if states:
            joined_to_state(groups, states + firms, m, index)
        if not states or len(groups) < 2 or len(states) + len(firms) < len(groups):
            out.append(m)
            continue
        for ks in groups.values():
            out.append(dataclasses.replace(m, actors=list(ks)))
    return out


def extract(article: Article) -> Report:
    """Read one article into a Report.

    >>> from kg.article import article_from_text
    >>> from datetime import date
    >>> rep = extract(article_from_text("On Friday, the United States imposed sanctions on Iran.",
    ...                                 "x", date(2022, 9, 10)))
    >>> [(e.type, e.actors, e.targets, e.date.edtf) for e in rep.events]
    [('Sanction', ['USA'], ['IRN'], '2022-09-09')]
    """
    from ..nlp.clean import clean
    from ..nlp.pipeline import get_nlp
    from .coref import link_about, merge_events
    from .entities import EntityIndex
    from .events import EventReader

    text = clean(article.text)
    doc = get_nlp()(text)
    index = EntityIndex(doc, scope=article.id)
    todays: list[tuple[int, TimeValue]] = []
    reader = EventReader(doc, index, find_dates(doc, article.published, todays))
    mentions = reader.run()
    reader.attach_dates()
    events: list[Event] = []
    dropped: list[tuple[str, str, str]] = []
    source: dict[str, object] = {}  # event id -> the mention it was read from
    for n, m in enumerate(split_claimants(mentions, index)):
        sent = m.sent
        s_text = sent.text.strip()
        if m.modality not in KEEP_MODALITIES:
            dropped.append((m.type, s_text, m.modality))
            continue
        actors = index.with_states(m.actors)
        if m.type in SPEECH_ACTS and not m.self_claim:  # a program says nothing ("they" read as the malware)
            actors = [k for k in actors if index.entities[k].type != "Malware"]
        targets = [t for t in index.with_states(m.targets) if t not in actors] if m.type != "CyberAttack" else [
            t for t in index.with_states(m.targets) if index.entities[t].type != "Malware" and t not in m.actors
            and not names_an_incident(index.entities[t].name)]
        # (a program is no victim, nor is its own attacker: '"Hacked by Contoso Cyber Army"'; nor is a
        # heading's name of the incident itself, "The May Attacks", "Inside the Contoso Data Breach")
        if m.self_claim:  # a claim of responsibility: the claimant is the one blamed
            targets = list(m.targets)
        if m.type == "Sanction":  # (no state sanctions its own bodies: an actor read as the passage's state was wrong)
            own = {index.entities[k].country for k in m.targets if k in index.entities
                   and index.entities[k].type == "GovernmentBody"} - {None}
            actors = [k for k in actors if k not in own and index.entities[k].country not in own]
        if m.type == "Attribution" and actors and not m.self_claim and all(index.news_outlet(k) for k in actors) \
                and not any(o.type == "CyberAttack" and o.sent == sent and set(o.targets) & set(m.actors) for o in mentions):
            # "The Wall Street Journal reported that ...", but not "The Journal said hackers had
            # broken into its systems": a victim's own account
            dropped.append((m.type, s_text, "media report"))
            continue
        if any(not (actors if role == "actors" else targets) for role in REQUIRED.get(m.type, ())
               if not (m.civil and role == "actors") and not (m.lodged and role == "targets" and actors)):
            dropped.append((m.type, s_text, "roles"))
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        events.append(Event(id=f"M{n}", type=m.type, actors=actors, targets=targets, date=m.date,
                            modality=m.modality, trigger=m.trigger.text, confidence=0.6,
                            provenance=[Provenance(article.id, s_text, start, start + len(s_text))]))
        source[f"M{n}"] = m
    events = fold_group_victims(events, index)
    widen = lambda keys: set(index.with_states(list(keys)))  # noqa: E731
    events = merge_events(events, widen, frozenset(k for k, e in index.entities.items() if e.type != "Country"),
                          frozenset(i for i, m in source.items() if m.self_claim),
                          frozenset(i for i, m in source.items() if m.type == "Denial" and told_further(m.trigger)),
                          {i: m.trigger.lemma_.lower() for i, m in source.items()})
    head_end = headline_end(text, article.title)
    events = merge_headline(events, index, widen, head_end)
    events = topic_attack(events, mentions, source, reader)
    events = merge_anaphoric_attacks(events, source, reader)
    date_by_onsets(events, reader)
    date_by_claims(events, source)
    date_by_entries(events, text, reader)
    for ev in events:  # still undated after merging: a response or claim told in the past takes
        # the day of its actor's last act, else the narrative day; a statement, the day its
        # speaker is quoted with just after, else a wire story's dateline day
        if ev.date is None and ev.type != "CyberAttack" and reader.pinned_to_past(source[ev.id].trigger) \
                and not reader.moved_on(source[ev.id].trigger):
            ev.date = reader.actor_date(ev, events, widen) or reader.narrative_date(ev.provenance[0].start)
        if ev.date is None and ev.type in reader.SPEECH_ACTS:
            ev.date = reader.statement_day_after(ev) or (
                reader.dateline_day() if reader.pinned_to_past(source[ev.id].trigger) else None)
        if ev.date is None and ev.type != "CyberAttack" and reader.told_as_said(source[ev.id].trigger):
            ev.date = reader.dateline_day()  # "X said it had frozen the assets of ...": that day's news
        if ev.date is None and ev.type != "CyberAttack" and all(p.end <= head_end for p in ev.provenance):
            ev.date = reader.lead_day(head_end)  # a headline's "Iran slams sanctions": the lead's day
        if ev.date is None and ev.type in reader.SPEECH_ACTS and article.published and reader.said_now(
                source[ev.id].trigger) and not all(p.end <= head_end or is_heading(p.sentence) for p in ev.provenance):
            # "Estonia strongly condemns these attacks": said as the page (or the dated statement
            # it reproduces, "Oslo, 2 November 2020") is written
            ev.date = next((tv for at, tv in reversed(todays) if at < ev.provenance[0].start),
                           day_value(article.published))
    from .entities import is_group
    events = [ev for ev in events if not (ev.type == "CyberAttack" and not ev.actors and ev.date is None
                                          and all(is_group(k) for k in ev.targets))]
    for n, ev in enumerate(events, 1):
        ev.id = f"E{n}"
    link_about(events, widen)
    add_legal_stems(index.entities)
    # with_states() registers every state it adds, so the index holds all referenced entities
    return Report(article=article, entities=dict(index.entities), events=events, dropped=dropped)


def add_legal_stems(entities: dict) -> None:
    """Give each company named with its legal form ("Kestrix Systems Ltd") the name without it as
    an alias, for readers and stores that match names; run last, so no mention of the text is
    read as it, and on a copy, so the gazetteer's own entity is kept."""
    from .entities import legal_stem

    for key, ent in list(entities.items()):
        stem = legal_stem(ent.name) if ent.type == "Organization" else None
        if stem and stem not in ent.aliases:
            entities[key] = replace(ent, aliases=[*ent.aliases, stem])


INCIDENT_NAME_ENDS = ("attack", "attacks", "hack", "hacks", "intrusion", "intrusions", "breach", "breaches",
                      "incident", "incidents")


def names_an_incident(name: str) -> bool:
    """Does a name end in a word for an incident ("The May Attacks", "Contoso Data Breach")?"""
    last = name.split()[-1].lower() if name.split() else ""
    return last in INCIDENT_NAME_ENDS  # (not "campaign": "the Trump campaign" is a victim)


def told_further(trigger) -> bool:
    """Is a statement told as one more ("Beijing also rejected", "rejected ... as well"), or as
    the answer to one accusation it describes ("an accusation China rejected at the time",
    "charges that Tehran dismissed"), which may be another than the one answered elsewhere?"""
    return any(c.dep_ == "advmod" and (c.lower_ in ("also", "too") or c.lower_ == "well" and any(
        g.lower_ == "as" for g in c.children)) for c in trigger.children) or (
        trigger.dep_ in ("relcl", "acl") and trigger.head.lemma_.lower() in load("triggers")["_lists"]["denied_claims"])


def fold_group_victims(events: list[Event], index) -> list[Event]:
    """An attack on an unnamed group told in the sentence of an attack on named victims is that
    attack ("tens of thousands of organisations were compromised, from small businesses to the
    European Banking Authority"): the group joins its victims."""
    from .entities import is_group

    out = []
    for ev in events:
        groups_only = ev.type == "CyberAttack" and ev.targets and all(is_group(k) for k in ev.targets)
        named = [o for o in events if o is not ev and o.type == "CyberAttack" and o.provenance[0].start == ev.provenance[0].start
                 and not all(is_group(k) for k in o.targets)] if groups_only else []
        if named:
            named[0].targets += [k for k in ev.targets if k not in named[0].targets]
            continue
        out.append(ev)
    return out


def headline_end(text: str, title: str | None = None) -> int:
    """The offset where the headline ends: the end of the line that holds the article's title
    (a scraped page may open with a masthead or breadcrumb above it), else of the first
    non-empty line.

    >>> headline_end("SITE\\nHome > World\\n\\nBreaking: Iran hacked | Site\\n\\nBody.", "Iran hacked")
    47
    """
    title = (title or "").strip()
    at = text.find(title, 0, HEADLINE_SEARCH) if title else -1
    if at >= 0:  # (the end of the title's line: "Breaking: <title> | Site" is all headline)
        end = text.find("\n", at + len(title))
        return len(text) if end < 0 else end
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0]
    return len(text) - len(stripped) + len(first)


def _names(index, keys) -> list[set[str]]:
    out = []
    for k in keys:
        ent = index.entities.get(k)
        out.append(set((ent.name if ent is not None else k).lower().split()))
    return out


def _roles_match(index, widen, a: list[str], b: list[str]) -> bool:
    """Do two role fillers name the same party, widened to states or by a shorter name of
    it ("Sony" and "Sony Pictures Entertainment")?"""
    if not a or not b:
        return True
    if widen(a) & widen(b):
        return True
    return any(x <= y or y <= x for x in _names(index, a) for y in _names(index, b) if x and y)


def merge_headline(events: list[Event], index, widen, end: int) -> list[Event]:
    """An event told only in the headline that the body tells too (the headline names its
    parties more briefly) is that body event, not a separate undated copy."""
    from .coref import dates_compatible, finer

    out = []
    for ev in events:
        if all(p.start < end for p in ev.provenance):
            body = [b for b in events if b is not ev and b.type == ev.type and any(p.start >= end for p in b.provenance)
                    and dates_compatible(b.date, ev.date) and (b.actors or b.targets)
                    and _roles_match(index, widen, ev.actors, b.actors) and _roles_match(index, widen, ev.targets, b.targets)]
            # (several candidates: the first, the lead the headline sums up, among those naming
            # both parties, when the headline names both)
            full = [b for b in body if b.actors and b.targets] if ev.actors and ev.targets else []
            cands = body if len(body) == 1 else full
            if cands:
                b = min(cands, key=lambda x: x.provenance[0].start)
                b.provenance = sorted(ev.provenance + b.provenance, key=lambda p: p.start)
                b.actors += [k for k in ev.actors if k not in b.actors and k not in widen(b.actors)]
                b.targets += [k for k in ev.targets if k not in b.targets and k not in widen(b.targets)]
                b.date = finer(b.date, ev.date)
                continue
        out.append(ev)
    return out


def merge_anaphoric_attacks(events: list[Event], source, reader) -> list[Event]:
    """"The attacks had targeted the Secure Data Network": an undated attack told by a bare
    definite noun (no author, no "of"/"on" phrase of its own) after another attack in the
    article is that attack again (it adds its victims), not a new one."""
    out: list[Event] = []
    for ev in events:
        m = source.get(ev.id)
        t = m.trigger if m is not None else None
        earlier = [e for e in out if e.type == "CyberAttack"]
        if (ev.type == "CyberAttack" and earlier and ev.date is None and not ev.actors
                and t is not None and t.pos_ == "NOUN" and reader.definite(t)
                and not any(c.dep_ == "prep" for c in t.children)):  # "the exploitation of X servers" names its own
            host = earlier[-1]
            host.targets += [k for k in ev.targets if k not in host.targets]
            host.provenance = sorted(host.provenance + ev.provenance, key=lambda p: p.start)
            continue
        out.append(ev)
    return out


ONSET_WINDOW = 4  # how many sentences after an attack "The intrusion started on ..." may still date it


def date_by_onsets(events: list[Event], reader) -> None:
    """"Hackers hit X. The intrusion started on 3 March.": the attack told just before, undated
    or dated more coarsely around that day, happened then."""
    def finer_day(ev, tv) -> bool:  # undated, or dated more coarsely around that day
        return ev.type == "CyberAttack" and (ev.date is None or ev.date.precision != "day"
                                             and ev.date.earliest <= tv.earliest <= ev.date.latest)

    for at, tv in reader.onset_dates():
        told = [ev for ev in events if ev.provenance[0].start < at and finer_day(ev, tv)]
        if told and reader.sent_at(at) - reader.sent_at(told[-1].provenance[0].start) <= ONSET_WINDOW:
            told[-1].date = tv
    for key, tv in reader.strike_dates():  # "Fabribot first struck on 27 June": its attacks, anywhere
        for ev in events:
            if key in ev.actors and finer_day(ev, tv):
                ev.date = tv


def date_by_claims(events: list[Event], source) -> None:
    """"Earlier that month the gang had claimed an intrusion at Fabrikam Foods": an undated attack its
    claimer claims in the same sentence falls in the claim's month or year (a claim's day does
    not date the attack: "On Wednesday LockBit claimed the attack on X")."""
    for ev in events:
        if ev.type != "CyberAttack" or ev.date is not None:
            continue
        sents = {p.sentence for p in ev.provenance}
        claims = [c for c in events if c.type == "Attribution" and source[c.id].self_claim and c.date is not None
                  and c.date.precision in ("month", "year") and {p.sentence for p in c.provenance} & sents
                  and set(c.targets) & set(ev.actors)]
        if claims:
            ev.date = claims[0].date


def date_by_entries(events: list[Event], text: str, reader) -> None:
    """An event dated by no date of its own sentences, in an entry of a chronology, a table with
    a date column or a script's dated captions (kg/extract/entries.py), happened on its date;
    it replaces a date the event only inherited from the story around it."""
    from .temporal import MONTH_FIRST, numeric_order

    month_first = numeric_order(text)
    entries = dated_entries(text, reader.dates)
    starts = [s.start_char for s, _ in reader.dates]
    dated = lambda p, but=-1: any(p.start <= s < p.end and s != but for s in starts)  # noqa: E731
    for ev in events:
        tellings = [(p, entry_at(entries, p.start)) for p in ev.provenance]
        # (the telling in an entry that holds a date of its own: "Mar 4, 2021 — ... on Thursday
        # denied ...", not a headline above it that told the same denial)
        _, entry = next(((p, e) for p, e in tellings if e is not None and dated(p)), tellings[0])
        if entry is None:
            continue
        own_dates = any(dated(p, entry.date_at) for p in ev.provenance)
        # (or by none that reached it: "Finland imposes sanctions on the men charged last month")
        if not own_dates or ev.date is None and entry.date.precision == "day":
            ev.date = entry.date
        elif ev.date is not None and entry.date.precision == "day":
            # "23 May 2021 08:20 | ... Contoso Health was hit yesterday": the entry's day before
            # (its days in figures read as the text writes them: "06/05/17", month first)
            order = MONTH_FIRST.set(month_first)
            try:
                ev.date = reanchored(ev.date, entry.date.earliest) or ev.date
            finally:
                MONTH_FIRST.reset(order)


HEADLINE_SEARCH = 2000  # how far down a scraped page (masthead, menus) its title line may stand
LEAD_PARAGRAPHS = 6  # how far into a story a bare "the attack" still tells of the story's own attack


def topic_attack(events: list[Event], mentions, source, reader) -> list[Event]:
    """The article's own attack (the first one told, in the headline or lead) left undated
    takes its date from a later telling of it: an attack mention with neither author nor
    victim that is dated, in the lead paragraph ("demanding $70 million after an attack on
    Friday") or as the definite subject of a clause that is no event of its own ("The attack
    began on November 24"); else the next attack event, told in the first paragraphs by a bare
    definite noun as its subject ("The attack hit the central government's servers in the
    second half of August"), is that attack again and merges into it."""
    from .coref import dates_compatible, finer

    attacks = sorted((e for e in events if e.type == "CyberAttack"), key=lambda e: e.provenance[0].start)
    if not attacks or attacks[0].date is not None and attacks[0].date.precision != "month":
        return events
    topic = attacks[0]
    # (a topic dated to the month, "the March 2021 attack", takes the day of that month
    # "The attack began on March 9, 2021" gives it; a year is too wide to know the day of
    # "came to light in December" for the attack's)
    after = lambda m: (m.type == "CyberAttack" and m.date is not None and not m.actors and not m.targets  # noqa: E731
                       and m.modality in KEEP_MODALITIES and m.trigger.idx > topic.provenance[0].start
                       and dates_compatible(topic.date, m.date)
                       and (topic.date is None or m.date.precision == "day"))
    lead = [m for m in mentions if after(m) and reader.passage_of(m.trigger.idx) == 0 and m.date.precision == "day"]
    triggers = {m.trigger.i for m in mentions} | {m.head.i for m in mentions}
    told = [m for m in mentions if after(m) and reader.definite(m.trigger)
            and m.trigger.dep_ in ("nsubj", "nsubjpass") and m.trigger.head.i not in triggers]
    if lead or told:
        topic.date = finer(topic.date, (lead or told)[0].date)
        return events
    if len(attacks) < 2 or topic.date is not None:
        return events
    nxt = attacks[1]
    m = source.get(nxt.id)
    bare = lambda t: (reader.is_attack_word(t) and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")  # noqa: E731
                      and reader.definite(t)
                      and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in t.children))
    if (m is None or nxt.date is None or reader.passage_of(m.trigger.idx) > LEAD_PARAGRAPHS
            or not any(bare(t) for t in m.trigger.sent)):
        return events
    topic.date = nxt.date
    topic.actors += [k for k in nxt.actors if k not in topic.actors]
    topic.targets += [k for k in nxt.targets if k not in topic.targets]
    topic.provenance = sorted(topic.provenance + nxt.provenance, key=lambda p: p.start)
    return [e for e in events if e is not nxt]
