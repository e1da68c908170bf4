"""Cross-article event resolution: many reports of one real-world event -> one incident.

Each article's named graph keeps its own event nodes ("reports", as GDELT's mentions).
This module groups the reports of all articles into **incidents** (GDELT's events), kept
in one named graph (:data:`INCIDENT_GRAPH`): an incident links every report that tells it
(``kg:hasReport``), carries the union of their actors and targets, the finest date, the
number of reports and of independent sources, and a confidence that grows with them.

Two reports are *compatible* when (:func:`compatible`):

* their types agree and they come from different articles (an article's own reports were
  already merged by extraction, so two left apart are two events);
* for actors and for targets: when both name some, they share at least one entity, and
  at least one of the two roles is shared this way; when only one role is shared and
  both are about another event (denials of attacks), those events share a participant;
* their dates overlap at their precisions ("July 2022" and "2022-07-15" do; "2022-07-15"
  and "2022-07-20" do not). An undated report is taken to be about the three months
  before its publication (:data:`UNDATED_WINDOW_DAYS`): news tells recent events without
  a date and dates old ones, and the window keeps the work per article bounded;
* neither is *weak*: undated, without a target and not about another event ("Russia
  denied any involvement" alone cannot tell which denial it is).

Reports are grouped by :func:`cluster`: finest-dated first, each report joins the one
incident all of whose reports it is compatible with; when none or several fit it starts
its own (an ambiguous "July" report between a July 15 and a July 20 attack is not
guessed). The result depends on the set of reports only, never on the order of ingest.
Since an incident only holds mutually compatible reports, it lies inside one connected
component of the compatibility relation; ingesting or removing an article therefore
recomputes only the components its reports touch (:func:`changes_for`), which gives the
same graph as recomputing everything.

>>> from datetime import date
>>> a = ReportRecord("r1", "g1", "CyberAttack", frozenset(), frozenset({"EST"}),
...                  date(2024, 3, 4), date(2024, 3, 4), "day", "asserted", 0.8, "Wire")
>>> b = ReportRecord("r2", "g2", "CyberAttack", frozenset({"RUS"}), frozenset({"EST"}),
...                  date(2024, 3, 1), date(2024, 3, 31), "month", "asserted", 0.7, "Daily")
>>> compatible(a, b), [sorted(r.iri for r in c) for c in cluster([b, a])]
(True, [['r1', 'r2']])
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable, Iterable

from rdflib import RDF, XSD, Graph, Literal, URIRef

from .rdf import EVENT_CLASSES, ID_BASE, KG, SCHEMA, _key_of, _sparql_term, article_iri, graph_iri_of_segment

INCIDENT_GRAPH = f"{ID_BASE}incidents"
"""The named graph that holds every incident; outside ``.../id/graph/`` so that no
article id can name it."""

KG_MATCH_KEY = f"{KG}matchKey"

UNDATED_WINDOW_DAYS = 90
"""An undated report is matched as if dated within this many days before publication."""

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "interval": 5}
_KG = str(KG)
_TYPE_IRIS = {f"{_KG}{name}": name for name in EVENT_CLASSES}

Select = Callable[[str], list]


@dataclass(frozen=True)
class ReportRecord:
    """What resolution needs to know of one report (an event node of an article graph)."""
    iri: str
    graph: str
    type: str
    actors: frozenset
    targets: frozenset
    earliest: date | None
    latest: date | None
    precision: str | None
    modality: str
    confidence: float
    source: str  # publisher, else the article graph: reports of one source are not independent
    edtf: str | None = None
    published: date | None = None
    context: frozenset = frozenset()  # actors and targets of the event this one is about

    def window(self) -> tuple[date, date] | None:
        """The dates this report may be about: its own bounds, else the
        :data:`UNDATED_WINDOW_DAYS` before publication."""
        if self.earliest and self.latest:
            return self.earliest, self.latest
        if self.published:
            return self.published - timedelta(days=UNDATED_WINDOW_DAYS), self.published
        return None

    def entities(self) -> frozenset:
        return self.actors | self.targets

    def weak(self) -> bool:
        """Too little to tell which event it is: undated, no target, not about another event
        ("Russia denied any involvement"). Weak reports stay incidents of their own."""
        return self.earliest is None and not self.targets and not self.context


def compatible(a: ReportRecord, b: ReportRecord) -> bool:
    """True when *a* and *b* may report the same real-world event (see the module doc)."""
    if a.type != b.type or a.graph == b.graph or a.weak() or b.weak():
        return False
    shared = 0
    for x, y in ((a.actors, b.actors), (a.targets, b.targets)):
        if x and y:
            if not x & y:
                return False
            shared += 1
    if not shared:
        return False
    if shared == 1 and a.context and b.context and not a.context & b.context:
        # one shared role is thin evidence: Russia's denial about an attack on Estonia is
        # not its denial about one on Latvia the same day
        return False
    wa, wb = a.window(), b.window()
    if wa and wb and (wa[0] > wb[1] or wb[0] > wa[1]):
        return False
    return True


def _order(r: ReportRecord) -> tuple:
    dated = r.earliest is not None
    return (0 if dated else 1, _PRECISION_RANK.get(r.precision or "", 9),
            r.earliest or date.max, r.iri)


def cluster(records: Iterable[ReportRecord]) -> list[list[ReportRecord]]:
    """Group mutually compatible reports into incidents; a function of the set alone.

    >>> from datetime import date
    >>> def rec(iri, g, d1, d2, prec):
    ...     return ReportRecord(iri, g, "CyberAttack", frozenset(), frozenset({"EST"}),
    ...                         d1, d2, prec, "asserted", 0.5, g)
    >>> reports = [rec("a", "g1", date(2024, 7, 15), date(2024, 7, 15), "day"),
    ...            rec("b", "g2", date(2024, 7, 20), date(2024, 7, 20), "day"),
    ...            rec("c", "g3", date(2024, 7, 1), date(2024, 7, 31), "month")]
    >>> [[r.iri for r in c] for c in cluster(reports)]   # "July" fits both: not guessed
    [['a'], ['b'], ['c']]
    """
    groups: list[list[ReportRecord]] = []
    for r in sorted(records, key=_order):
        fits = [g for g in groups if all(compatible(r, m) for m in g)]
        if len(fits) == 1:
            fits[0].append(r)
        else:
            groups.append([r])
    return groups


# ---------------------------------------------------------------------------------------
# Incident nodes
# ---------------------------------------------------------------------------------------

def incident_iri(reports: list[ReportRecord]) -> URIRef:
    """``.../id/incident/<hash>``: sha1 over the type and the smallest report IRI."""
    first = min(r.iri for r in reports)
    digest = hashlib.sha1(f"{reports[0].type}|{first}".encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{ID_BASE}incident/{digest}")


def incident_confidence(reports: list[ReportRecord]) -> float:
    """1 - prod(1 - c) over independent sources, each counted once with its best report.

    >>> from datetime import date
    >>> r = lambda c, s: ReportRecord(s + str(c), s, "Sanction", frozenset({"USA"}),
    ...                               frozenset(), None, None, None, "asserted", c, s)
    >>> incident_confidence([r(0.5, "A")]), incident_confidence([r(0.5, "A"), r(0.5, "B")])
    (0.5, 0.75)
    >>> incident_confidence([r(0.5, "A"), r(0.6, "A")])   # one source, told twice
    0.6
    """
    best: dict[str, float] = {}
    for r in reports:
        best[r.source] = max(best.get(r.source, 0.0), r.confidence)
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - min(max(c, 0.0), 1.0)
    return round(1.0 - miss, 3)


def incident_triples(reports: list[ReportRecord]) -> list[tuple]:
    """The triples of one incident (for :data:`INCIDENT_GRAPH`)."""
    node = incident_iri(reports)
    ordered = sorted(reports, key=_order)
    dated = [r for r in ordered if r.earliest is not None]
    out = [
        (node, RDF.type, KG.Incident),
        (node, KG.eventType, KG[ordered[0].type]),
        (node, KG.reportCount, Literal(len(reports))),
        (node, KG.sourceCount, Literal(len({r.source for r in reports}))),
        (node, KG.confidence, Literal(Decimal(str(incident_confidence(reports))), datatype=XSD.decimal)),
        (node, KG.modality, Literal("asserted" if any(r.modality == "asserted" for r in reports)
                                    else ordered[0].modality)),
    ]
    out += [(node, KG.hasReport, URIRef(r.iri)) for r in reports]
    out += [(node, KG.hasActor, URIRef(k)) for k in sorted({k for r in reports for k in r.actors})]
    out += [(node, KG.hasTarget, URIRef(k)) for k in sorted({k for r in reports for k in r.targets})]
    if dated:
        best = dated[0]  # finest precision, then earliest: all others overlap it
        if best.edtf:
            out.append((node, KG.edtf, Literal(best.edtf)))
        if best.precision:
            out.append((node, KG.datePrecision, Literal(best.precision)))
        out.append((node, KG.earliest, Literal(best.earliest.isoformat(), datatype=XSD.date)))
        out.append((node, KG.latest, Literal(best.latest.isoformat(), datatype=XSD.date)))
    published = [r.published for r in reports if r.published]
    if published:
        out.append((node, KG.firstReported, Literal(min(published).isoformat(), datatype=XSD.date)))
    return out


# ---------------------------------------------------------------------------------------
# Reading report records (from an rdflib graph, or from a store by SPARQL)
# ---------------------------------------------------------------------------------------

def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _record(iri: str, graph: str, fields: dict, published: date | None, source: str) -> ReportRecord | None:
    etype = fields.get("type")
    if etype is None:
        return None
    try:
        conf = float(fields.get("confidence") or 0.5)
    except ValueError:
        conf = 0.5
    actors, targets = frozenset(fields.get("actors", ())), frozenset(fields.get("targets", ()))
    return ReportRecord(
        iri=iri, graph=graph, type=etype, actors=actors, targets=targets,
        earliest=_date(fields.get("earliest")), latest=_date(fields.get("latest")),
        precision=fields.get("precision"), modality=fields.get("modality") or "asserted",
        confidence=conf, source=source, edtf=fields.get("edtf"), published=published,
        # what the event is about, beyond its own participants (a denial of an attribution
        # is about the attack's victim, not about the denier the attribution accuses)
        context=frozenset(fields.get("context", ())) - actors - targets)


_SCALAR = {f"{_KG}earliest": "earliest", f"{_KG}latest": "latest", f"{_KG}datePrecision": "precision",
           f"{_KG}modality": "modality", f"{_KG}confidence": "confidence", f"{_KG}edtf": "edtf"}
_ROLE = {f"{_KG}hasActor": "actors", f"{_KG}hasTarget": "targets"}
_RDF_TYPE = str(RDF.type)
_ABOUT = f"{_KG}about"
_CONTEXT = "context"  # pseudo-predicate: a participant of the event this one is about


def _collect(rows: Iterable[tuple[str, str, str]]) -> dict[str, dict]:
    """(event, predicate, object) -> event -> fields, for event nodes typed with an event class."""
    fields: dict[str, dict] = {}
    for s, p, o in rows:
        f = fields.setdefault(s, {})
        if p == _RDF_TYPE and o in _TYPE_IRIS:
            f["type"] = _TYPE_IRIS[o]
        elif p in _ROLE:
            f.setdefault(_ROLE[p], set()).add(o)
        elif p in _SCALAR:
            f[_SCALAR[p]] = o
        elif p == _ABOUT:
            f["about"] = o
        elif p == _CONTEXT:
            f.setdefault("context", set()).add(o)
    return {s: f for s, f in fields.items() if "type" in f}


def records_from_graph(graph: Graph) -> list[ReportRecord]:
    """The report records of one article graph (as built by :func:`kg.rdf.report_to_graph`)."""
    g_iri = str(graph.identifier)
    published, source = None, g_iri
    for art in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        published = _date(graph.value(art, SCHEMA.datePublished)) or published
        pub = graph.value(art, SCHEMA.publisher)
        source = str(pub) if pub else source
    rows = ((str(s), str(p), str(o)) for s, p, o in graph if isinstance(s, URIRef))
    fields = _collect(rows)
    for f in fields.values():
        about = fields.get(f.get("about"), {})
        f["context"] = set(about.get("actors", ())) | set(about.get("targets", ()))
    return [r for iri, f in sorted(fields.items())
            if (r := _record(iri, g_iri, f, published, source)) is not None]


def _values(name: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{name} {{ " + " ".join(f"<{i}>" for i in sorted(iris)) + " }"


_TYPES_VALUES = " ".join(f"kg:{t}" for t in EVENT_CLASSES)


# ---------------------------------------------------------------------------------------
# The match-key index: finding candidates without scanning
# ---------------------------------------------------------------------------------------
# Every report gets literals ``kg:matchKey "<type>|<entity IRI>|<bucket>"`` in the
# incidents graph, one per participant and per month its window covers (``M2024-03``), or
# per year when the window is longer than two years (``Y2019``), or ``*`` when it has no
# window. A report's candidates are then one exact-literal lookup in the store's index,
# whose cost depends on how many reports share a participant *in the same months*, not
# on the size of the store.

_MAX_MONTHS = 24
_MAX_YEARS = 50


def _months(lo: date, hi: date) -> list[str]:
    out, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        out.append(f"M{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _years(lo: date, hi: date) -> list[str]:
    return [f"Y{y:04d}" for y in range(lo.year, min(hi.year, lo.year + _MAX_YEARS) + 1)]


def _span_months(w: tuple[date, date]) -> int:
    return (w[1].year - w[0].year) * 12 + w[1].month - w[0].month + 1


def record_buckets(r: ReportRecord) -> list[str]:
    """The buckets a report is filed under (see the section comment)."""
    w = r.window()
    if w is None:
        return ["*"]
    return _months(*w) if _span_months(w) <= _MAX_MONTHS else _years(*w)


def lookup_buckets(r: ReportRecord) -> list[str]:
    """The buckets where a report's candidates can be filed: every month and year its
    window touches (fine and coarse reports), and ``*`` (reports without a window)."""
    w = r.window()
    if w is None:
        return ["*"]  # compatible by date with anything: its participants alone decide
    lo, hi = w
    if hi.year - lo.year > _MAX_YEARS:
        lo = date(hi.year - _MAX_YEARS, 1, 1)
    return _months(lo, hi) + _years(lo, hi) + ["*"]


def _key(type_: str, entity: str, bucket: str) -> str:
    return f"{type_}|{entity}|{bucket}"


def match_key_triples(records: Iterable[ReportRecord]) -> list[tuple]:
    """The ``kg:matchKey`` triples of these reports (for :data:`INCIDENT_GRAPH`)."""
    out = []
    for r in records:
        node = URIRef(r.iri)
        for e in sorted(r.entities()):
            out += [(node, KG.matchKey, Literal(_key(r.type, e, b))) for b in record_buckets(r)]
    return out


def fetch_candidates(select: Select, frontier: Iterable[ReportRecord],
                     exclude_graph: str | None = None, known: Iterable[str] = ()) -> list[ReportRecord]:
    """Reports in the store that share a type, a participant and a date bucket with a
    report of *frontier* (a superset of the compatible ones), found by their match keys;
    the *known* ones (IRIs) are not read again."""
    keys = sorted({_key(r.type, e, b) for r in frontier for e in r.entities() for b in lookup_buckets(r)})
    if not keys:
        return []
    rows = select(f"""PREFIX kg: <{_KG}>
SELECT DISTINCT ?r WHERE {{
  VALUES ?k {{ {" ".join(_sparql_term(k) for k in keys)} }}
  GRAPH <{INCIDENT_GRAPH}> {{ ?r kg:matchKey ?k }}
}}""")
    known = set(known)
    return fetch_records(select, [row["r"] for row in rows if row["r"] not in known], exclude_graph)


_RECORD_PREDICATES = " ".join(f"<{p}>" for p in [_RDF_TYPE, *_ROLE, *_SCALAR])


_EVENT_PREFIX = f"{ID_BASE}event/"


def _graph_of(event_iri: str) -> str | None:
    """The article graph kg writes an event IRI in (``.../event/<id>/<hash>`` ->
    ``.../graph/<id>``), or None for an IRI kg did not mint."""
    if event_iri.startswith(_EVENT_PREFIX):
        rest = event_iri[len(_EVENT_PREFIX):]
        if "/" in rest:
            return str(graph_iri_of_segment(rest.rsplit("/", 1)[0]))
    return None


def fetch_records(select: Select, iris: Iterable[str], exclude_graph: str | None = None) -> list[ReportRecord]:
    """The report records of these event IRIs, read from the store's article graphs."""
    iris = sorted(set(iris))
    if not iris:
        return []
    exclude = f"FILTER(?g != <{exclude_graph}> && ?g != <{INCIDENT_GRAPH}>)" if exclude_graph \
        else f"FILTER(?g != <{INCIDENT_GRAPH}>)"
    # bind each event to its graph when kg minted it: one index lookup instead of one per graph
    graphs = {i: _graph_of(i) for i in iris}
    pairs = " ".join(f"(<{graphs[i]}> <{i}>)" if graphs[i] else f"(UNDEF <{i}>)" for i in iris)
    rows = select(f"""SELECT ?g ?r ?p ?o WHERE {{
  GRAPH ?g {{
    VALUES (?g ?r) {{ {pairs} }}
    {{ VALUES ?p {{ {_RECORD_PREDICATES} }} ?r ?p ?o }}
    UNION
    {{ ?r <{_ABOUT}> ?x . ?x <{_KG}hasActor>|<{_KG}hasTarget> ?o . BIND("{_CONTEXT}" AS ?p) }}
  }}
  {exclude}
}}""")
    by_report: dict[tuple[str, str], list] = {}
    for row in rows:
        by_report.setdefault((row["g"], row["r"]), []).append((row["r"], row["p"], row["o"]))
    meta = _article_meta(select, {g for g, _ in by_report})
    out = []
    for (g, iri), triples in sorted(by_report.items()):
        f = _collect(triples).get(iri)
        if f is not None:
            published, source = meta.get(g, (None, g))
            rec = _record(iri, g, f, published, source)
            if rec is not None:
                out.append(rec)
    return out


def _article_meta(select: Select, graphs: set[str]) -> dict[str, tuple[date | None, str]]:
    """Article graph -> (publication date, source: publisher or the graph itself)."""
    if not graphs:
        return {}
    # the article node of graph .../graph/<id> is .../article/<id>: binding both lets the
    # store use its index instead of scanning every article
    pairs = " ".join(f"(<{g}> <{article_iri(_key_of(g))}>)" for g in sorted(graphs))
    rows = select(f"""PREFIX schema: <https://schema.org/>
SELECT ?g ?published ?source WHERE {{
  GRAPH ?g {{ VALUES (?g ?art) {{ {pairs} }}  # inside: Oxigraph joins it first there
             ?art a schema:NewsArticle .
             OPTIONAL {{ ?art schema:datePublished ?published }}
             OPTIONAL {{ ?art schema:publisher ?source }} }}
}}""")
    return {row["g"]: (_date(row.get("published")), row.get("source") or row["g"]) for row in rows}


def incidents_of(select: Select, report_iris: Iterable[str]) -> set[str]:
    """The incidents that hold any of these reports now."""
    iris = sorted(set(report_iris))
    if not iris:
        return set()
    rows = select(f"""PREFIX kg: <{_KG}>
SELECT DISTINCT ?i WHERE {{ {_values('r', iris)} GRAPH <{INCIDENT_GRAPH}> {{ ?i kg:hasReport ?r }} }}""")
    return {row["i"] for row in rows}


def component(select: Select, seeds: list[ReportRecord], exclude_graph: str | None) -> list[ReportRecord]:
    """All reports connected to *seeds* by compatibility (seeds included), breadth first.

    Reports of *exclude_graph* in the store are left out (the article being replaced or
    removed); the seeds themselves may belong to it (its new version).
    """
    found = {r.iri: r for r in seeds}
    frontier = list(seeds)
    while frontier:
        nxt = []
        for cand in fetch_candidates(select, frontier, exclude_graph, known=found):
            if cand.iri in found:
                continue  # (found earlier in this same round)
            if any(compatible(cand, r) for r in frontier):
                found[cand.iri] = cand
                nxt.append(cand)
        frontier = nxt
    return sorted(found.values(), key=lambda r: r.iri)


@dataclass
class IncidentChange:
    """What to write to :data:`INCIDENT_GRAPH` for one article: incidents to drop, reports
    whose match keys to drop, triples to add (incidents and the new reports' match keys)."""
    drop: set[str]
    triples: list[tuple]
    drop_keys: list[str] = field(default_factory=list)


def changes_for(select: Select, graph_iri: str, new: list[ReportRecord]) -> IncidentChange:
    """The incident changes when article graph *graph_iri* is replaced by *new* reports
    (``new=[]``: the article is removed). Only the affected components are recomputed."""
    old = fetch_records(select, _graph_report_iris(select, graph_iri))
    seeds = list(new)
    # the old reports' neighbours may now group differently (one lookup for all of them)
    seeds += [c for c in fetch_candidates(select, old, graph_iri) if any(compatible(c, r) for r in old)]
    seeds = list({r.iri: r for r in seeds}.values())
    members = component(select, seeds, graph_iri)
    drop = incidents_of(select, [r.iri for r in members] + [r.iri for r in old])
    triples = [t for group in cluster(members) for t in incident_triples(group)]
    return IncidentChange(drop=drop, triples=triples + match_key_triples(new),
                          drop_keys=sorted(r.iri for r in old))


def _graph_report_iris(select: Select, graph_iri: str) -> list[str]:
    rows = select(f"""PREFIX kg: <{_KG}>
SELECT DISTINCT ?r WHERE {{ GRAPH <{graph_iri}> {{ VALUES ?t {{ {_TYPES_VALUES} }} ?r a ?t }} }}""")
    return [row["r"] for row in rows]


def incidents_for(records: Iterable[ReportRecord]) -> list[tuple]:
    """All incident and match-key triples for a whole collection of reports at once (no
    store needed); what ingesting them one by one writes, in any order."""
    records = list(records)
    out: list[tuple] = []
    for group in cluster(records):
        out += incident_triples(group)
    return out + match_key_triples(records)
