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
    anchor = None
    if published is None:
        return out
    for span in spans:
        tv = normalise(span.text, published, anchor)
        if tv is None:
            continue
        out.append((span, tv))
        anchor = tv
    return out


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
    for n, m in enumerate(split_claimants(mentions, index)):
        if m.modality not in KEEP_MODALITIES:
            continue
        actors = index.with_states(m.actors)
        targets = [t for t in index.with_states(m.targets) if t not in actors] if m.type != "CyberAttack" else index.with_states(m.targets)
        if any(not (actors if role == "actors" else targets) for role in REQUIRED.get(m.type, ())):
            continue
        sent = m.sent
        s_text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        events.append(Event(id=f"M{n}", type=m.type, actors=actors, targets=targets, date=m.date,
                            modality=m.modality, trigger=m.trigger.text, confidence=0.6,
                            provenance=[Provenance(article.id, s_text, start, start + len(s_text))]))
    widen = lambda keys: set(index.with_states(list(keys)))  # noqa: E731
    events = merge_events(events, widen)
    for ev in events:  # still undated after merging: a response or claim takes the narrative day
        if ev.date is None and ev.type != "CyberAttack":
            ev.date = reader.narrative_date(ev.provenance[0].start)
    for n, ev in enumerate(events, 1):
        ev.id = f"E{n}"
    link_about(events, widen)
    # with_states() registers every state it adds, so the index holds all referenced entities
    return Report(article=article, entities=dict(index.entities), events=events)
