"""Extraction: an Article -> a Report of entities and events (clean, parse, entities,
time, events, merge). ``extract(article)`` runs the whole pipeline."""
from __future__ import annotations

from ..model import Article, Event, Provenance, Report, TimeValue
from ..scoring import SCORED

# An event needs the key roles of its type (those the team's scorer matches on).
REQUIRED = dict(SCORED)
KEEP_MODALITIES = ("asserted", "alleged")


def find_dates(doc, published) -> list[tuple[object, TimeValue]]:
    """Every date expression in the document, resolved in text order (each relative one
    against the date mentioned before it)."""
    from .temporal import find_time_expressions, normalise

    spans = []
    for start, end, _ in find_time_expressions(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ == "DATE" and not any(i in taken for i in range(ent.start, ent.end)):
            spans.append(ent)
    spans.sort(key=lambda s: s.start)
    out = []
    if published is None:
        return out
    for n, span in enumerate(spans):
        if is_offset(span) and any(s.sent == span.sent for s in spans[n + 1:]):
            continue  # "two days after the May 5 attack": counted from the date that follows
        tv = normalise(span.text, published, pick_anchor(span, out))
        if tv is None:
            continue
        out.append((span, tv))
    return out


def is_offset(span) -> bool:
    """"a day after", "two weeks before": a time counted from another."""
    return span[-1].lower_ in ("after", "before") and span[0].lower_ != "the"


_FINE = {"day": 0, "month": 1, "year": 2}


def premodifies_noun(span) -> bool:
    """"the July attack", "a foiled 2018 attempt": a date inside a noun phrase, which
    names that thing rather than setting the time the story has reached."""
    root = span.root
    return (root.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod", "poss")
            and root.head.pos_ in ("NOUN", "PROPN") and not span.start <= root.head.i < span.end)


def reported(span) -> bool:
    """Is a date expression inside a reported or relative clause?"""
    return any(t.dep_ in ("ccomp", "relcl") for t in [span.root] + list(span.root.ancestors))


def pick_anchor(span, before):
    """The time an anchored expression ("the same day", "days later", "at the time") is
    read against: the latest one mentioned before it that is fine enough for it ("the
    same day" needs a day; a month mentioned since does not reset it), preferring the
    time of a clause to a date that only premodifies a noun ("the 2018 attempt")."""
    if not before:
        return None
    from .temporal import anchor_unit

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
    return pick[-1][1] if pick else None


SPLIT_TYPES = ("Attribution", "Condemnation", "Denial", "Sanction", "SeverRelations", "ExpelDiplomats")


def split_claimants(mentions, index):
    """"The US, UK and EU blamed Russia": one claim per claimant (a body or person goes
    with the state it acts for)."""
    import dataclasses

    out = []
    for m in mentions:
        if m.type not in SPLIT_TYPES or len(m.actors) < 2:
            out.append(m)
            continue
        groups: dict[str, list[str]] = {}
        index.with_states(m.actors)  # (registers the states the bodies act for)
        for k in m.actors:
            ent = index.entities.get(k)
            state = k if ent is None or ent.type == "Country" else (ent.country or k)
            groups.setdefault(state, []).append(k)
        # split only between states and known (gazetteer) bodies such as the EU or NATO;
        # "Symantec and Kaspersky Lab linked..." stays one claim
        states = [g for g in groups if g in index.entities and (
            index.entities[g].type == "Country" or g.startswith("org-"))]
        if len(states) < 2 or len(states) < len(groups):
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
    index = EntityIndex(doc)
    reader = EventReader(doc, index, find_dates(doc, article.published))
    mentions = reader.run()
    reader.attach_dates()
    events: list[Event] = []
    source: dict[str, object] = {}  # event id -> the mention it was read from
    for n, m in enumerate(split_claimants(mentions, index)):
        if m.modality not in KEEP_MODALITIES:
            continue
        actors = index.with_states(m.actors)
        targets = [t for t in index.with_states(m.targets) if t not in actors] if m.type != "CyberAttack" else index.with_states(m.targets)
        if m.self_claim:  # a claim of responsibility: the claimant is the one blamed
            targets = list(m.targets)
        if any(not (actors if role == "actors" else targets) for role in REQUIRED.get(m.type, ())):
            continue
        sent = m.sent
        s_text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        events.append(Event(id=f"M{n}", type=m.type, actors=actors, targets=targets, date=m.date,
                            modality=m.modality, trigger=m.trigger.text, confidence=0.6,
                            provenance=[Provenance(article.id, s_text, start, start + len(s_text))]))
        source[f"M{n}"] = m
    widen = lambda keys: set(index.with_states(list(keys)))  # noqa: E731
    events = merge_events(events, widen)
    for ev in events:  # still undated after merging: a response or claim told in the past takes
        # the day of its actor's last act, else the narrative day
        if ev.date is None and ev.type != "CyberAttack" and reader.pinned_to_past(source[ev.id].trigger):
            ev.date = reader.actor_date(ev, events, widen) or reader.narrative_date(ev.provenance[0].start)
    for n, ev in enumerate(events, 1):
        ev.id = f"E{n}"
    link_about(events, widen)
    # with_states() registers every state it adds, so the index holds all referenced entities
    return Report(article=article, entities=dict(index.entities), events=events)
