"""``kg eval``: run extraction over a gold folder and score it like eval/score.py.

The scoring itself is kg/scoring.py, a verbatim copy of the team's scorer, so the
figures here are the scorer's figures.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

from . import scoring
from .errors import KgError


@contextmanager
def _scoring_mode(lenient: bool):
    """The scorer's lenient switch is a module global: set it for one run, always put it back."""
    scoring.LENIENT = lenient
    try:
        yield
    finally:
        scoring.LENIENT = False


def evaluate(gold_dir, lenient: bool = False, verbose: bool = False,
             diagnose: bool = False) -> tuple[dict, list[str]]:
    """Score extraction over a gold folder: (the scorer's summary, the lines of ``verbose``).

    With ``diagnose``, the summary also holds ``diagnosis``: counts of why gold events were
    missed and how dates went wrong, by kind and type, with no article text or names (so a
    blind set can be diagnosed without being read)."""
    from .api import extract_file
    from .article import ARTICLE_SUFFIXES

    gold_dir = Path(gold_dir)
    golds = sorted(gold_dir.glob("*.gold.json"))
    if not golds:
        raise KgError(f"{gold_dir}: no *.gold.json files")
    tally = defaultdict(lambda: defaultdict(int))
    lines: list[str] = []
    causes: dict[str, Counter] = defaultdict(Counter)  # kind -> event type -> count
    with _scoring_mode(lenient):
        for g_path in golds:
            name = g_path.name[: -len(".gold.json")]
            article = next((gold_dir / (name + s) for s in ARTICLE_SUFFIXES if (gold_dir / (name + s)).exists()), None)
            if article is None:
                raise KgError(f"{g_path}: no article {name} ({', '.join(ARTICLE_SUFFIXES)}) beside it")
            try:
                gold = scoring.Doc(scoring.load(g_path), g_path)
            except ValueError as exc:
                raise KgError(str(exc)) from None
            report = extract_file(article)
            pred = scoring.Doc(report.to_events_json(), article)
            pairs = scoring.score_doc(gold, pred, tally)
            if verbose:
                lines += _differences(name, gold, pred, pairs)
            if diagnose:
                for kind, typ in _causes(gold, pred, pairs, report.dropped):
                    causes[kind][typ] += 1
    summary = scoring.summary(tally, len(golds))
    if diagnose:
        summary["diagnosis"] = {kind: dict(sorted(by_type.items())) for kind, by_type in sorted(causes.items())}
    return summary, lines


MISS_KINDS = {
    "not_read": "missed: no event read in its sentence",
    "dropped_roles": "missed: read, but dropped: no actor or target named",
    "dropped_modality": "missed: read, but taken as negated or hypothetical",
    "other_type": "missed: its sentence read as another type only",
    "roles_differ": "missed: read, but the actors or targets differ",
    "no_sentence": "missed: its sentence not found in the text",
    "date_undated": "date: found but undated",
    "date_precision": "date: another precision",
    "date_value": "date: a wrong value",
}


def _key(text: str) -> str:
    return " ".join(str(text or "").split())[:60].casefold()


def _causes(gold, pred, pairs, dropped=()) -> list[tuple[str, str]]:
    """A (kind, event type) pair for each of one document's misses (see ``MISS_KINDS``);
    ``dropped`` are the report's acts read but not kept, as (type, sentence, why)."""
    out: list[tuple[str, str]] = []
    hit = {id(g) for g, _ in pairs}
    overlap = lambda k, s: bool(k and s and (k[:40] in s or s[:40] in k))  # noqa: E731
    preds = [(p.get("type"), _key(p.get("text"))) for p in pred.events]
    for ev in gold.events:
        if ev["type"] not in scoring.SCORED or id(ev) in hit:
            continue
        k = _key(ev.get("text"))
        near = {t for t, s in preds if overlap(k, s)}
        why = {w for t, s, w in dropped if t == ev["type"] and overlap(k, _key(s))}
        kind = ("no_sentence" if not k else "roles_differ" if ev["type"] in near
                else "dropped_roles" if "roles" in why else "dropped_modality" if why
                else "other_type" if near else "not_read")
        out.append((kind, ev["type"]))
    for g, p in pairs:
        gd, pd = str(g.get("date") or ""), str(p.get("date") or "")
        if gd and pd != gd:
            kind = "date_undated" if not pd else "date_precision" if len(pd) != len(gd) else "date_value"
            out.append((kind, g["type"]))
    return out


def _differences(name: str, gold, pred, pairs) -> list[str]:
    """One line per missed gold event, extra prediction and wrong date (``kg eval -v``)."""
    out = []
    hit_g = {id(g) for g, _ in pairs}
    hit_p = {id(p) for _, p in pairs}
    for ev in gold.events:
        if ev["type"] in scoring.SCORED and id(ev) not in hit_g:
            out.append(f"{name}: missed {ev['type']} {ev.get('actors')} -> {ev.get('targets')} {ev.get('date')}")
    for ev in pred.events:
        if ev.get("type") in scoring.SCORED and id(ev) not in hit_p:
            out.append(f"{name}: extra  {ev['type']} {ev.get('actors')} -> {ev.get('targets')} {ev.get('date')}")
    for g, p in pairs:
        if g.get("date") and str(p.get("date")) != str(g["date"]):
            out.append(f"{name}: date   {g['type']} gold {g['date']} got {p.get('date')}")
    return out


def format_diagnosis(diagnosis: dict) -> str:
    """The ``diagnosis`` of a summary as lines: a kind, its count, and its count per type."""
    rows = []
    for kind, label in MISS_KINDS.items():
        by_type = diagnosis.get(kind, {})
        if by_type:
            detail = ", ".join(f"{t} {n}" for t, n in sorted(by_type.items()))
            rows.append(f"{label:<52}{sum(by_type.values()):>4}  ({detail})")
    return "\n".join(rows)


def format_summary(out: dict) -> str:
    rows = [f"{'type':<18}{'tp':>4}{'pred':>6}{'gold':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for typ, t in out["by_type"].items():
        rows.append(f"{typ:<18}{t['tp']:>4}{t['pred']:>6}{t['gold']:>6}{t['precision']:>7}{t['recall']:>7}{t['f1']:>7}")
    rows.append(f"{'overall':<18}{out['tp']:>4}{out['pred']:>6}{out['gold']:>6}{out['precision']:>7}{out['recall']:>7}{out['f1']:>7}")
    rows.append(f"date_accuracy {out['date_accuracy']}  entity_recall {out['entity_recall']}  documents {out['documents']}")
    return "\n".join(rows)
