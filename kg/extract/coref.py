"""Merge event mentions into one event per real-world event in the article, and link them.

Two mentions are one event when their types agree, their actors and their targets
overlap (or one side leaves the role empty) once bodies and people are widened to the
state they act for, and their dates are compatible at their precisions. The merged
event keeps the finest date and every sentence that reported it. ``about`` links
claims and responses to the incident they concern.
"""
from __future__ import annotations

from functools import lru_cache

from ..model import Event, TimeValue
from .lexicon import load


@lru_cache(maxsize=1)
def _stages() -> dict[str, str]:
    return {w: k for k, words in load("triggers")["LegalAction"]["stages"].items() for w in words}


def stage_of(lemma: str) -> str | None:
    """The step of a legal case a trigger lemma tells (arrest, charge, extradition, conviction,
    sentence), None for a word of no one step ('the case', 'the action')."""
    return _stages().get(lemma)

RESPONSES = {"Attribution", "Denial", "Condemnation", "SeverRelations", "ExpelDiplomats",
             "Sanction", "LegalAction", "DefensiveMeasure"}


def dates_compatible(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None:
        return True
    return a.earliest <= b.latest and b.earliest <= a.latest


def finer(a: TimeValue | None, b: TimeValue | None) -> TimeValue | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (a.latest - a.earliest) <= (b.latest - b.earliest) else b


def _overlap(x: set, y: set) -> bool:
    return not x or not y or bool(x & y)


SPEECH_ACTS = ("Attribution", "Denial", "Condemnation")
# claims and responses, each made by one claimant ("The US, UK and EU blamed Russia": three)
RESPONSE_TYPES = SPEECH_ACTS + ("Sanction", "SeverRelations", "ExpelDiplomats")


def same_event(a: Event, b: Event, widen, speakers=frozenset(), self_claims=frozenset(), further=frozenset(),
               lemmas=None) -> bool:
    if a.type != b.type or not dates_compatible(a.date, b.date):
        return False
    apart = {p.sentence for p in a.provenance}.isdisjoint(p.sentence for p in b.provenance)
    if apart and (a.id in further or b.id in further):
        return False  # "China denied it. ... a charge Beijing also rejected": a second denial, of another charge
    if apart and a.id in self_claims and b.id in self_claims:
        return False  # "LockBit claimed the attack on X. ... LockBit claimed that attack too": two claims
    lemma = lambda e: (lemmas or {}).get(e.id, e.trigger.lower())  # noqa: E731
    if apart and a.type == "DefensiveMeasure" and lemma(a) != lemma(b):
        # "took its systems offline ... It restored them on Monday": two measures, told by two
        # verbs in two sentences (one verb told twice, "restored" / "restoring", is one)
        return False
    steps = {stage_of(lemma(a)), stage_of(lemma(b))} if a.type == "LegalAction" else set()
    if len(steps) == 2 and None not in steps:
        return False  # "was arrested in May ... was later indicted", "arrested and extradited": two steps
    if a.type in SPEECH_ACTS:
        pa, pb = set(a.actors) & speakers, set(b.actors) & speakers
        if pa and pb and not pa & pb:
            return False  # the Kremlin's statement and its spokesman's remark: two statements
    if a.type == "CyberAttack":
        ta, tb = set(a.targets) & speakers, set(b.targets) & speakers
        if ta and tb and not ta & tb and a.actors and b.actors:
            return False  # attacks on an insurer and on a web host, both Israeli: two attacks
    if a.date and b.date and a.date.precision == b.date.precision == "day" and a.date.edtf != b.date.edtf:
        return False
    return _overlap(widen(a.actors), widen(b.actors)) and _overlap(widen(a.targets), widen(b.targets)) and (
        bool(widen(a.actors) & widen(b.actors)) or bool(widen(a.targets) & widen(b.targets)))


def merge_events(events: list[Event], widen, speakers=frozenset(), self_claims=frozenset(),
                 further=frozenset(), lemmas=None) -> list[Event]:
    """Dated mentions first merge among themselves; undated ones then join the best match.
    ``speakers``: the keys of people and bodies (not states): claims, denials and
    condemnations made by different ones of them are different statements. ``self_claims``:
    the ids of claims of responsibility; told in different sentences, each claims its own act.
    ``further``: the ids of denials told as made "also" or "as well": each is one more (a claim
    "also" made may be one told elsewhere: "Contoso, which Lisbon also blamed for an earlier attack").
    ``lemmas``: each id's trigger lemma (defensive measures told by different verbs stay apart)."""
    merged: list[Event] = []
    order = sorted(events, key=lambda e: (e.date is None, e.provenance[0].start))
    for ev in order:
        match = None
        best = 0
        for m in merged:
            if not same_event(m, ev, widen, speakers, self_claims, further, lemmas):
                continue
            score = len(widen(m.actors) & widen(ev.actors)) + len(widen(m.targets) & widen(ev.targets))
            if score > best:
                match, best = m, score
        if match is None:
            merged.append(ev)
            continue
        match.actors += [k for k in ev.actors if k not in match.actors]
        match.targets += [k for k in ev.targets if k not in match.targets]
        match.date = finer(match.date, ev.date)
        match.provenance += ev.provenance
        match.confidence = min(0.95, match.confidence + 0.1)
        if match.modality == "alleged" and ev.modality == "asserted":
            match.modality = "asserted"
    for ev in merged:
        ev.provenance.sort(key=lambda p: p.start)
    merged.sort(key=lambda e: e.provenance[0].start)
    return merged


def link_about(events: list[Event], widen) -> None:
    """Point each claim or response at the incident it concerns (same sentence first,
    else the latest attack mentioned before it); a denial at the claim it rejects."""
    attacks = [e for e in events if e.type == "CyberAttack"]
    for ev in events:
        if ev.type not in RESPONSES:
            continue
        pos = ev.provenance[0].start
        if ev.type == "Denial":
            claims = [c for c in events if c.type == "Attribution" and widen(c.targets) & widen(ev.actors)
                      and c.provenance[0].start <= pos + 1]
            # of several accusations, the victim's own is the one a denial answers ("Estonia
            # blamed Russia ... Britain also blamed Russia ... Moscow denied any involvement")
            victims = set().union(*(widen(a.targets) for a in attacks))
            by_victim = [c for c in claims if widen(c.actors) & victims]
            if claims:
                ev.about = (by_victim or claims)[-1].id
                continue
        sents = {p.sentence for p in ev.provenance}
        same = [a for a in attacks if {p.sentence for p in a.provenance} & sents]
        before = [a for a in attacks if a.provenance[0].start < pos]
        pick = same or before[-1:] or attacks[:1]
        if pick:
            ev.about = pick[0].id
