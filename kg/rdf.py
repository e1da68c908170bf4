"""Report -> RDF: the article's named graph, deterministic serialisation, SHACL, queries.

The data model is ``ontology/kg.ttl`` (namespace ``https://w3id.org/kg-cyber/ontology#``,
prefix ``kg:``). Instances get stable, deterministic IRIs under
``https://w3id.org/kg-cyber/id/``:

==========  ===============================================================
entity      ``id/entity/<key>``  (``Entity.key``: ISO3 for countries, else a slug)
article     ``id/article/<article id>``
graph       ``id/graph/<article id>``  (one named graph per article)
event       ``id/event/<article id>/<hash>``  (12 hex chars of sha1 over
            ``type|sorted actors|sorted targets|edtf|start of first sentence``)
mention     ``id/mention/<article id>/<start>-<end>``
==========  ===============================================================

Path segments are percent-encoded (RFC 3986 unreserved characters are kept).

Each event becomes a node typed with one concrete event class, carrying ``kg:hasActor``,
``kg:hasTarget``, ``kg:edtf`` / ``kg:datePrecision`` / ``kg:earliest`` / ``kg:latest``,
``kg:modality``, ``kg:about``, ``kg:confidence``, ``kg:trigger`` and
``prov:wasDerivedFrom`` a ``kg:Mention``. Asserted and alleged events also yield direct
("truthy") entity-to-entity edges such as ``<entity/ALB> kg:severedRelationsWith
<entity/IRN>``.

Main entry points: :func:`report_to_graph`, :func:`serialize`, :func:`validate`,
:func:`load_query`, :func:`events_document` (with :func:`store_select` or
:func:`rdflib_select` as its ``select`` argument).
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from .model import EVENT_TYPES, ENTITY_TYPES, Entity, Event, Report

__all__ = [
    "NS", "KG", "SEM", "PROV", "SCHEMA", "ID_BASE", "ONTOLOGY_DIR", "QUERY_DIR",
    "ONTOLOGY_PATH", "SHAPES_PATH", "PREFIXES", "EDGE_PREDICATES", "EDGE_MODALITIES",
    "entity_iri", "article_iri", "graph_iri", "event_iri", "event_iris", "mention_iri",
    "report_to_graph", "reports_to_dataset", "serialize", "validate", "ontology_graph",
    "shapes_graph", "load_query", "list_queries", "events_document", "store_select",
    "rdflib_select",
]

# ---------------------------------------------------------------------------------------
# Namespaces and paths
# ---------------------------------------------------------------------------------------

KG = Namespace("https://w3id.org/kg-cyber/ontology#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
ID_BASE = "https://w3id.org/kg-cyber/id/"

NS = {
    "kg": KG,
    "sem": SEM,
    "prov": PROV,
    "schema": SCHEMA,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "xsd": XSD,
}
"""Vocabulary namespaces used by kg graphs (prefix -> rdflib Namespace)."""

PREFIXES = {
    **{k: str(v) for k, v in NS.items()},
    "entity": ID_BASE + "entity/",
    "article": ID_BASE + "article/",
    "graph": ID_BASE + "graph/",
}
"""The fixed prefix set of Turtle / TriG / JSON-LD output (only used ones are written)."""

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_PATH = ONTOLOGY_DIR / "kg.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
QUERY_DIR = ONTOLOGY_DIR / "queries"

EVENT_CLASSES = tuple(EVENT_TYPES) + ("OtherEvent",)
"""Local names of the concrete event classes (exactly one per event node)."""

EDGE_PREDICATES = {
    "CyberAttack": KG.attacked,
    "Attribution": KG.blames,
    "Condemnation": KG.condemned,
    "SeverRelations": KG.severedRelationsWith,
    "ExpelDiplomats": KG.expelledDiplomatsOf,
    "Sanction": KG.sanctioned,
    "LegalAction": KG.charged,
    "DefensiveMeasure": KG.defended,
}
"""Event type -> direct edge predicate written for each actor x target pair.

A Denial with ``about`` yields ``actor kg:denied <about event>`` instead."""

EDGE_MODALITIES = ("asserted", "alleged")
"""Only events with these modalities yield direct edges (not denied/hypothetical/negated)."""

_ENTITY_FIELDS = (  # Entity attribute -> predicate of a plain literal
    ("iso3", KG.iso3),
    ("geonames", KG.geonamesId),
    ("misp_uuid", KG.mispUuid),
    ("mitre_id", KG.mitreId),
    ("wikidata", KG.wikidataId),
)


# ---------------------------------------------------------------------------------------
# IRIs
# ---------------------------------------------------------------------------------------

def _seg(value: str) -> str:
    """Percent-encode one IRI path segment (unreserved characters stay as they are)."""
    return quote(str(value), safe="-._~")


def entity_iri(key: str) -> URIRef:
    """IRI of the entity with ``Entity.key`` *key*: ``.../id/entity/<key>``."""
    return URIRef(f"{ID_BASE}entity/{_seg(key)}")


def article_iri(article_id: str) -> URIRef:
    """IRI of an article: ``.../id/article/<article id>``."""
    return URIRef(f"{ID_BASE}article/{_seg(article_id)}")


def graph_iri(article_id: str) -> URIRef:
    """IRI of the named graph that holds an article's statements: ``.../id/graph/<id>``."""
    return graph_iri_of_segment(_seg(article_id))


def graph_iri_of_segment(segment: str) -> URIRef:
    """:func:`graph_iri` for an article id already encoded as an IRI segment (as event IRIs hold it)."""
    return URIRef(f"{ID_BASE}graph/{segment}")


def mention_iri(article_id: str, start: int, end: int) -> URIRef:
    """IRI of a provenance span: ``.../id/mention/<article id>/<start>-<end>``."""
    return URIRef(f"{ID_BASE}mention/{_seg(article_id)}/{int(start)}-{int(end)}")


def event_hash(event: Event) -> str:
    """First 12 hex chars of sha1 over ``type|actors|targets|edtf|sentence start``.

    Actors and targets are sorted entity keys joined by commas; the sentence start is the
    start offset of the event's first provenance span (empty when there is none).
    """
    start = str(event.provenance[0].start) if event.provenance else ""
    material = "|".join([
        event.type,
        ",".join(sorted(event.actors)),
        ",".join(sorted(event.targets)),
        event.date.edtf if event.date else "",
        start,
    ])
    return hashlib.sha1(material.encode("utf-8")).hexdigest()[:12]


def event_iri(article_id: str, event: Event) -> URIRef:
    """IRI of an event: ``.../id/event/<article id>/<hash>`` (see :func:`event_hash`)."""
    return URIRef(f"{ID_BASE}event/{_seg(article_id)}/{event_hash(event)}")


def event_iris(report: Report) -> dict[str, URIRef]:
    """Event id -> IRI for all events of a report.

    Two events of one article with the same defining fields (type, actors, targets, date,
    sentence) would get the same hash; the second and later ones get ``-2``, ``-3`` ...
    appended in report order, so that no two events of a report share an IRI.
    """
    out: dict[str, URIRef] = {}
    seen: Counter[str] = Counter()
    for ev in report.events:
        iri = event_iri(report.article.id, ev)
        seen[iri] += 1
        if seen[iri] > 1:
            iri = URIRef(f"{iri}-{seen[iri]}")
        out.setdefault(ev.id, iri)
    return out


def _key_of(iri: str) -> str:
    """Inverse of :func:`entity_iri` / :func:`article_iri`: the decoded last segment."""
    return unquote(str(iri).rstrip("/").rsplit("/", 1)[-1])


# ---------------------------------------------------------------------------------------
# Report -> graph
# ---------------------------------------------------------------------------------------

_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


def _add_entity(g: Graph, ent: Entity) -> None:
    """Entity node: type, label, aliases, external ids and owl:sameAs links."""
    node = entity_iri(ent.key)
    etype = ent.type if ent.type in ENTITY_TYPES else "Other"
    g.add((node, RDF.type, KG[etype]))
    g.add((node, RDFS.label, Literal(ent.name)))
    for alias in sorted(set(ent.aliases) - {ent.name}):
        g.add((node, SKOS.altLabel, Literal(alias)))
    for attr, pred in _ENTITY_FIELDS:
        value = getattr(ent, attr)
        if value:
            g.add((node, pred, Literal(str(value))))
    if ent.geonames:
        g.add((node, OWL.sameAs, URIRef(f"https://sws.geonames.org/{_seg(ent.geonames)}/")))
    if ent.wikidata:
        g.add((node, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/{_seg(ent.wikidata)}")))
    if ent.sponsor:
        g.add((node, KG.suspectedSponsor, entity_iri(ent.sponsor)))
    if ent.country:
        g.add((node, KG.actsFor, entity_iri(ent.country)))


def _add_article(g: Graph, report: Report) -> URIRef:
    """Article node: schema:NewsArticle with id, datePublished, headline, publisher, url."""
    art = report.article
    node = article_iri(art.id)
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, SCHEMA.identifier, Literal(art.id)))
    if art.published:
        g.add((node, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date)))
    if art.title:
        g.add((node, SCHEMA.headline, Literal(art.title)))
    if art.source:
        g.add((node, SCHEMA.publisher, Literal(art.source)))
    if art.url:
        url = art.url.strip()
        g.add((node, SCHEMA.url, URIRef(url) if _IRI_OK.match(url) else Literal(url, datatype=XSD.anyURI)))
    return node


def report_to_graph(report: Report) -> Graph:
    """All triples of one article's named graph, as an rdflib Graph.

    The graph's identifier is :func:`graph_iri` of the article, so it can be added to a
    Dataset as is (see :func:`reports_to_dataset`). It holds the article node; every
    entity the report knows (type, ``rdfs:label``, ``skos:altLabel`` aliases, ids,
    ``owl:sameAs`` GeoNames/Wikidata, ``kg:suspectedSponsor``, ``kg:actsFor``) plus a
    minimal ``kg:Other`` node labelled with the key for an event participant the report
    has no entity for; one node per event; the provenance mentions; and the direct
    entity-to-entity edges of asserted and alleged events (self-loops are skipped).

    ``Event.about`` holds the id of another event of the report and becomes that event's
    IRI; an ``about`` that is already an absolute IRI is kept; anything else is dropped.
    Event types outside ``EVENT_TYPES`` become ``kg:OtherEvent`` with ``kg:eventSubtype``.
    """
    art_id = report.article.id
    g = Graph(identifier=graph_iri(art_id), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)

    _add_article(g, report)

    for key in sorted(report.entities):
        _add_entity(g, report.entities[key])
    for key in sorted({k for ev in report.events for k in ev.actors + ev.targets} - set(report.entities)):
        g.add((entity_iri(key), RDF.type, KG.Other))
        g.add((entity_iri(key), RDFS.label, Literal(key)))

    iris = event_iris(report)
    for ev in report.events:
        node = iris[ev.id]
        if ev.type in EVENT_TYPES:
            g.add((node, RDF.type, KG[ev.type]))
        else:
            g.add((node, RDF.type, KG.OtherEvent))
            if ev.type:
                g.add((node, KG.eventSubtype, Literal(ev.type)))
        g.add((node, KG.localId, Literal(ev.id)))
        for key in ev.actors:
            g.add((node, KG.hasActor, entity_iri(key)))
        for key in ev.targets:
            g.add((node, KG.hasTarget, entity_iri(key)))
        if ev.date:
            g.add((node, KG.edtf, Literal(ev.date.edtf)))
            g.add((node, KG.datePrecision, Literal(ev.date.precision)))
            g.add((node, KG.earliest, Literal(ev.date.earliest.isoformat(), datatype=XSD.date)))
            g.add((node, KG.latest, Literal(ev.date.latest.isoformat(), datatype=XSD.date)))
        g.add((node, KG.modality, Literal(ev.modality)))
        about = None
        if ev.about:
            if ev.about in iris:
                about = iris[ev.about]
            elif _IRI_OK.match(ev.about) and "://" in ev.about:
                about = URIRef(ev.about)
        if about is not None:
            g.add((node, KG.about, about))
        conf = Decimal(str(round(float(ev.confidence), 3)))
        g.add((node, KG.confidence, Literal(conf, datatype=XSD.decimal)))
        if ev.trigger:
            g.add((node, KG.trigger, Literal(ev.trigger)))
        for p in ev.provenance:
            m = mention_iri(p.article, p.start, p.end)
            g.add((node, PROV.wasDerivedFrom, m))
            g.add((m, RDF.type, KG.Mention))
            g.add((m, KG.article, article_iri(p.article)))
            g.add((m, KG.sentence, Literal(p.sentence)))
            g.add((m, KG.startOffset, Literal(int(p.start))))
            g.add((m, KG.endOffset, Literal(int(p.end))))

        if ev.modality in EDGE_MODALITIES:
            pred = EDGE_PREDICATES.get(ev.type)
            if pred is not None:
                for a in ev.actors:
                    for t in ev.targets:
                        if a != t:
                            g.add((entity_iri(a), pred, entity_iri(t)))
            elif ev.type == "Denial" and about is not None:
                for a in ev.actors:
                    g.add((entity_iri(a), KG.denied, about))
    return g


def reports_to_dataset(reports: Iterable[Report]) -> Dataset:
    """A Dataset with one named graph per report (see :func:`report_to_graph`)."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, replace=True)
    for report in reports:
        g = report_to_graph(report)
        target = ds.graph(g.identifier)
        for t in g:
            target.add(t)
    return ds


# ---------------------------------------------------------------------------------------
# Deterministic serialisation
# ---------------------------------------------------------------------------------------

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
}
_QUAD_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD}


def _ox_term(t: Any) -> Any:
    """rdflib term -> pyoxigraph term (pyoxigraph terms pass through)."""
    if isinstance(t, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.DefaultGraph)):
        return t
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    # rdflib BNode (blank nodes are not canonicalised: kg graphs have none)
    return ox.BlankNode(str(t))


def _ox_graph_name(g: Any) -> Any:
    if g is None:
        return ox.DefaultGraph()
    ident = g.identifier if isinstance(g, Graph) else g
    if isinstance(ident, URIRef) and str(ident) != str(DATASET_DEFAULT_GRAPH_ID):
        return ox.NamedNode(str(ident))
    if isinstance(ident, (ox.NamedNode, ox.BlankNode)):
        return ident
    return ox.DefaultGraph()


def _iter_quads(data: Any):
    """Any supported input -> pyoxigraph quads, one at a time (not sorted)."""
    if isinstance(data, Dataset) or (isinstance(data, Graph) and data.context_aware):
        for s, p, o, c in data.quads((None, None, None, None)):
            yield ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), _ox_graph_name(c))
    elif isinstance(data, Graph):
        gname = _ox_graph_name(data.identifier)
        for s, p, o in data:
            yield ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), gname)
    else:
        for q in data:  # pyoxigraph Store, iterable of Quad or Triple
            yield q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())


def _to_quads(data: Any) -> list[ox.Quad]:
    """Any supported input -> a list of pyoxigraph quads (not yet sorted)."""
    return list(_iter_quads(data))


def _sort_key(q: ox.Quad) -> tuple:
    """Graph, subject, rdf:type first, predicate, object (by N-Triples form)."""
    gname = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
    pred = str(q.predicate)
    return (gname, str(q.subject), pred != f"<{RDF.type}>", pred, str(q.object))


_RDF_TYPE_NT = f"<{RDF.type}>"
_GRAPH_AT_END = re.compile(r"^(.*\S) (<[^>]*>|_:\S+)$")


def _line_key(line: str, quads: bool) -> str:
    """The :func:`_sort_key` order for one N-Triples / N-Quads line, as one string (fields
    joined by NUL, which sorts below every character of a term), without parsing terms:
    subject and predicate are the first two tokens (IRIs and blank nodes hold no space);
    in N-Quads a last token after a space is the graph."""
    subj, pred, rest = line[:-2].split(" ", 2)
    graph = ""
    if quads:
        m = _GRAPH_AT_END.match(rest)
        if m:
            rest, graph = m.group(1), m.group(2)
    return "\0".join((graph, subj, "0" if pred == _RDF_TYPE_NT else "1", pred, rest))


def _distinct_lines(data: Any, quads: bool) -> set[str]:
    """Distinct N-Quads (or, merging graphs, N-Triples) lines of *data*. One string per
    statement takes far less memory than pyoxigraph objects and key tuples."""
    if quads:
        stream = _iter_quads(data)
        fmt = ox.RdfFormat.N_QUADS
    else:
        stream = (ox.Triple(q.subject, q.predicate, q.object) for q in _iter_quads(data))
        fmt = ox.RdfFormat.N_TRIPLES
    text = ox.serialize(stream, format=fmt).decode("utf-8")
    lines = set(text.split("\n"))
    lines.discard("")
    return lines


def _prune_prefixes(text: str) -> str:
    """Drop ``@prefix`` lines whose prefix the body never uses; sort the rest."""
    lines = text.split("\n")
    head = sorted(ln for ln in lines if ln.startswith("@prefix "))
    body = "\n".join(ln for ln in lines if not ln.startswith("@prefix "))
    kept = [ln for ln in head
            if re.search(r"(?<![\w<\"#/.-])" + re.escape(ln.split()[1]), body)]
    return "\n".join(kept + [body]) if kept else body


def serialize(data: Any, fmt: str = "ttl") -> str:
    """Serialise deterministically to ``ttl``, ``nt``, ``nquads``, ``trig`` or ``jsonld``.

    *data* is an rdflib Graph (its identifier is the graph name for quad formats when it
    is an IRI), an rdflib Dataset, a pyoxigraph Store, or an iterable of pyoxigraph
    Quads/Triples. The output does not depend on insertion order: N-Triples / N-Quads
    lines are sorted; Turtle and TriG are written by Oxigraph from quads sorted by graph,
    subject, predicate (rdf:type first) and object, with the fixed prefixes of
    :data:`PREFIXES`, of which only those used appear; JSON-LD is written here from the
    same sorted quads (see :func:`_jsonld`). Quad formats (nquads, trig, jsonld) keep the
    named graphs; triple formats (ttl, nt) of a dataset merge its graphs (duplicates
    removed). Blank nodes are not canonicalised.
    """
    key = fmt.lower().lstrip(".")
    if key not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; use one of {sorted(FORMATS)}")
    rdf_format = FORMATS[key]
    if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):  # sorted lines are the output
        lines = sorted(_distinct_lines(data, rdf_format == ox.RdfFormat.N_QUADS))
        return "\n".join(lines) + ("\n" if lines else "")
    if rdf_format == ox.RdfFormat.JSON_LD:
        return _jsonld(sorted(set(_to_quads(data)), key=_sort_key))
    quads = rdf_format in _QUAD_FORMATS
    lines = sorted(_distinct_lines(data, quads), key=lambda ln: _line_key(ln, quads))
    # parsed back in that order and written by Oxigraph, which groups by graph and subject
    body = ("\n".join(lines) + "\n").encode("utf-8")
    del lines
    items = ox.parse(body, format=ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES)
    text = ox.serialize(items, format=rdf_format, prefixes=PREFIXES).decode("utf-8")
    return _prune_prefixes(text)


def _compact(iri: str) -> str:
    """Compact an IRI with :data:`PREFIXES` for JSON-LD keys and types."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns) and re.fullmatch(r"[A-Za-z_][\w.-]*", iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _jsonld_value(term: Any) -> Any:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == str(XSD.string):
            return term.value
        return {"@value": term.value, "@type": _compact(term.datatype.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    return {"@id": term.value}


def _jsonld_nodes(triples: list) -> list[dict]:
    nodes: dict[str, dict] = {}
    for t in triples:  # already sorted
        sid = t.subject.value if isinstance(t.subject, ox.NamedNode) else f"_:{t.subject.value}"
        node = nodes.setdefault(sid, {"@id": sid})
        if t.predicate.value == str(RDF.type) and not isinstance(t.object, ox.Literal):
            node.setdefault("@type", []).append(_compact(t.object.value))
        else:
            node.setdefault(_compact(t.predicate.value), []).append(_jsonld_value(t.object))
    for node in nodes.values():  # single values are written without the array
        for key, vals in node.items():
            if isinstance(vals, list) and len(vals) == 1:
                node[key] = vals[0]
    return [nodes[k] for k in sorted(nodes)]


def _jsonld(items: list) -> str:
    """JSON-LD with a prefix @context, one ``@graph`` object per named graph.

    Nodes are sorted by @id and values keep the sorted quad order; plain string literals
    are bare strings and single values are not wrapped in arrays."""
    if items and isinstance(items[0], ox.Quad):
        by_graph: dict[str, list] = defaultdict(list)
        default: list = []
        for q in items:
            if isinstance(q.graph_name, ox.DefaultGraph):
                default.append(q)
            else:
                by_graph[q.graph_name.value].append(q)
        graph = _jsonld_nodes(default)
        graph += [{"@id": gid, "@graph": _jsonld_nodes(by_graph[gid])} for gid in sorted(by_graph)]
    else:
        graph = _jsonld_nodes(items)
    body = json.dumps(graph, ensure_ascii=False, sort_keys=False)
    ctx = {p: ns for p, ns in sorted(PREFIXES.items()) if f'"{p}:' in body}  # used ones only
    return json.dumps({"@context": ctx, "@graph": graph}, ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------------------------------
# SHACL
# ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The parsed ontology (``ontology/kg.ttl``); cached, do not modify."""
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The parsed SHACL shapes (``ontology/shapes.ttl``); cached, do not modify."""
    return Graph().parse(SHAPES_PATH, format="turtle")


def validate(graph: Graph | Dataset, inference: str = "rdfs") -> tuple[bool, str]:
    """Validate *graph* against ``ontology/shapes.ttl``; returns ``(conforms, report text)``.

    The ontology is the ontology graph and RDFS inference is on by default, so instances
    of the event / entity subclasses count as ``kg:Event`` / ``kg:Entity``. The input
    graph is not modified.
    """
    import pyshacl

    conforms, _results, text = pyshacl.validate(
        data_graph=graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference=inference,
        abort_on_first=False,
        allow_warnings=False,
    )
    return bool(conforms), str(text)


# ---------------------------------------------------------------------------------------
# Named queries
# ---------------------------------------------------------------------------------------

def _sparql_term(value: Any) -> str:
    """Python value -> SPARQL term for VALUES substitution."""
    if isinstance(value, (URIRef, ox.NamedNode)):
        return f"<{value.value if isinstance(value, ox.NamedNode) else value}>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    s = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{s}"'


def load_query(name: str, **bindings: Any) -> str:
    """The text of the named query ``ontology/queries/<name>.rq``.

    Keyword arguments replace the ``VALUES ?var { ... }`` block of the same variable in
    the query: ``load_query("actor-profile", actorLabel="Iran")``. Strings become plain
    literals, URIRefs IRIs, numbers numeric literals. A binding whose variable has no
    VALUES block raises KeyError.
    """
    stem = name[:-3] if name.endswith(".rq") else name
    path = QUERY_DIR / f"{stem}.rq"
    if not path.is_file() or path.parent.resolve() != QUERY_DIR.resolve():
        raise FileNotFoundError(f"no named query {name!r} in {QUERY_DIR}")
    text = path.read_text(encoding="utf-8")
    for var, value in bindings.items():
        pattern = re.compile(r"VALUES\s+\?" + re.escape(var) + r"\s*\{[^}]*\}")
        if not pattern.search(text):
            raise KeyError(f"query {stem!r} has no VALUES block for ?{var}")
        text = pattern.sub(lambda _m: f"VALUES ?{var} {{ {_sparql_term(value)} }}", text, count=1)
    return text


def list_queries() -> dict[str, dict[str, str]]:
    """Public named queries: name -> {"title", "description"} from their header comments.

    Files whose names start with ``_`` are internal (used by :func:`events_document`).
    """
    out = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        if path.stem.startswith("_"):
            continue
        meta = {"title": path.stem, "description": ""}
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"#\s*(title|description):\s*(.*)", line)
            if m:
                meta[m.group(1)] = m.group(2).strip()
        out[path.stem] = meta
    return out


# ---------------------------------------------------------------------------------------
# Store -> events document
# ---------------------------------------------------------------------------------------

Select = Callable[[str], list[dict[str, "str | None"]]]


def store_select(store: "ox.Store") -> Select:
    """A ``select`` function over a pyoxigraph Store for :func:`events_document`."""
    from .store import _result

    def select(sparql: str) -> list[dict[str, str | None]]:
        return _result(store.query(sparql))[1]
    return select


def rdflib_select(data: Dataset) -> Select:
    """A ``select`` function over an rdflib Dataset (slow on large data; for tests/tools)."""
    def select(sparql: str) -> list[dict[str, str | None]]:
        res = data.query(sparql)
        names = [str(v) for v in res.vars]
        return [{n: (str(row[n]) if row[n] is not None else None) for n in names} for row in res]
    return select


_ENTITY_ID_KEYS = (  # predicate local name -> events-JSON key
    ("wikidataId", "wikidata"),
    ("iso3", "iso3"),
    ("geonamesId", "geonames"),
    ("mispUuid", "misp_uuid"),
    ("mitreId", "mitre_id"),
)


def _most_common(values: list[str]) -> str | None:
    """Most frequent value, ties broken by the smallest; None for no values."""
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def events_document(select: Select) -> dict:
    """The events collection of a whole store, in the ``eval/FORMAT.md`` shape.

    *select* runs a SPARQL SELECT and returns rows mapping variable names to lexical
    values (None when unbound); see :func:`store_select`. The queries are the
    ``_documents``, ``_entities``, ``_events``, ``_event_roles`` and ``_event_sources``
    files of ``ontology/queries``. Returns::

        {"documents": [{"id", "published", "title", "source", "url"}],
         "entities":  [{"id": IRI, "name", "type", "aliases", wikidata/iso3/... when known}],
         "events":    [{"id": IRI, "type", "actors": [names], "targets": [names], "date",
                        "date_precision", "date_earliest", "date_latest", "about": IRI,
                        "text", "modality", "confidence", "trigger", "sources": [...]}]}

    An entity named differently by several articles takes its most frequent label (ties:
    the smallest) as ``name``; the other labels become aliases. Actor and target names
    are sorted; sources are sorted by article, start, end and ``text`` is the first
    source's sentence. Documents sort by id, entities by name then IRI, events by
    earliest date (undated last) then IRI.
    """
    # documents
    docs: dict[str, dict] = {}
    for row in select(load_query("_documents")):
        d = docs.setdefault(row["article"], {"id": None, "published": None, "title": None,
                                             "source": None, "url": None})
        for out_key, var in (("id", "id"), ("published", "published"), ("title", "title"),
                             ("source", "source"), ("url", "url")):
            v = row.get(var)
            if v is not None and (d[out_key] is None or v < d[out_key]):
                d[out_key] = v
    for iri, d in docs.items():
        if d["id"] is None:
            d["id"] = _key_of(iri)
    article_ids = {iri: d["id"] for iri, d in docs.items()}

    # entities
    labels: dict[str, list[str]] = defaultdict(list)
    alt: dict[str, set[str]] = defaultdict(set)
    types: dict[str, list[str]] = defaultdict(list)
    ids: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in select(load_query("_entities")):
        ent, pred, obj = row["entity"], row["p"], row["o"]
        if obj is None:
            continue
        local = pred.rsplit("#", 1)[-1] if pred.startswith(str(KG)) else pred
        if pred == str(RDFS.label):
            labels[ent].append(obj)
        elif pred == str(SKOS.altLabel):
            alt[ent].add(obj)
        elif pred == str(RDF.type):
            if obj.startswith(str(KG)):
                types[ent].append(obj[len(str(KG)):])
        elif local in ("suspectedSponsor", "actsFor"):
            ids[ent]["sponsor" if local == "suspectedSponsor" else "country"].add(_key_of(obj))
        else:
            for pname, jkey in _ENTITY_ID_KEYS:
                if local == pname:
                    ids[ent][jkey].add(obj)
    names: dict[str, str] = {}
    entities = []
    for ent in set(labels) | set(types):
        name = _most_common(labels.get(ent, [])) or _key_of(ent)
        names[ent] = name
        etype = _most_common([t for t in types.get(ent, []) if t in ENTITY_TYPES]) or "Other"
        out = {"id": ent, "name": name, "type": etype,
               "aliases": sorted((alt.get(ent, set()) | set(labels.get(ent, []))) - {name})}
        for _pname, jkey in _ENTITY_ID_KEYS + (("", "sponsor"), ("", "country")):
            vals = ids.get(ent, {}).get(jkey)
            if vals:
                out[jkey] = min(vals)
        entities.append(out)
    entities.sort(key=lambda e: (e["name"], e["id"]))

    def name_of(iri: str) -> str:
        return names.get(iri) or _key_of(iri)

    # events
    events: dict[str, dict] = {}
    for row in select(load_query("_events")):
        iri = row["event"]
        tname = row["type"].rsplit("#", 1)[-1]
        if tname == "OtherEvent" and row.get("subtype"):
            tname = row["subtype"]
        ev = events.get(iri)
        if ev is None:
            conf = row.get("confidence")
            ev = events[iri] = {
                "id": iri, "type": tname, "actors": [], "targets": [],
                "date": row.get("edtf"), "date_precision": row.get("precision"),
                "date_earliest": row.get("earliest"), "date_latest": row.get("latest"),
                "about": row.get("about"), "text": "", "modality": row.get("modality"),
                "confidence": round(float(conf), 3) if conf is not None else None,
                "trigger": row.get("trigger"), "sources": [],
            }
        else:  # several values of a property: keep the smallest, deterministically
            for key, var in (("about", "about"), ("trigger", "trigger"), ("date", "edtf")):
                v = row.get(var)
                if v is not None and (ev[key] is None or v < ev[key]):
                    ev[key] = v
    for row in select(load_query("_event_roles")):
        ev = events.get(row["event"])
        if ev is None:
            continue
        role = "actors" if row["role"] == str(KG.hasActor) else "targets"
        ev[role].append(name_of(row["entity"]))
    for row in select(load_query("_event_sources")):
        ev = events.get(row["event"])
        if ev is None:
            continue
        art = row.get("article")
        ev["sources"].append({
            "article": (article_ids.get(art) or _key_of(art)) if art else _key_of(row["g"]),
            "sentence": row["sentence"],
            "start": int(row["start"]),
            "end": int(row["end"]),
        })
    for ev in events.values():
        ev["actors"] = sorted(set(ev["actors"]))
        ev["targets"] = sorted(set(ev["targets"]))
        uniq = {(s["article"], s["start"], s["end"], s["sentence"]): s for s in ev["sources"]}
        ev["sources"] = [uniq[k] for k in sorted(uniq)]
        ev["text"] = ev["sources"][0]["sentence"] if ev["sources"] else ""

    ordered = sorted(events.values(),
                     key=lambda e: (e["date_earliest"] is None, e["date_earliest"] or "", e["id"]))
    return {
        "documents": sorted(docs.values(), key=lambda d: (d["id"], d["url"] or "")),
        "entities": entities,
        "events": ordered,
    }


def merge_incidents(collection: dict, select: Select) -> dict:
    """The collection with one event per incident instead of one per report.

    Each incident (see kg/resolve.py) becomes an event with the incident's IRI, date,
    modality and confidence, the union of its reports' actors, targets and sources, and
    ``reports`` (the report IRIs), ``report_count`` and ``source_count``; ``about``
    points at the incident of the report it was about. Reports that belong to no
    incident (a store written before incidents existed) are kept as they are. Documents
    and entities are unchanged; events sort as in :func:`events_document`.
    """
    members: dict[str, list[str]] = defaultdict(list)
    info: dict[str, dict] = {}
    for row in select(load_query("_incident_members")):
        members[row["incident"]].append(row["report"])
        info[row["incident"]] = row
    reports = {ev["id"]: ev for ev in collection["events"]}
    incident_of = {r: inc for inc, rs in members.items() for r in rs}
    merged = []
    for inc, rs in members.items():
        evs = [reports[r] for r in sorted(rs) if r in reports]
        if not evs:
            continue
        row = info[inc]
        conf = row.get("confidence")
        sources = {(s["article"], s["start"], s["end"], s["sentence"]): s
                   for ev in evs for s in ev["sources"]}
        abouts = sorted({incident_of.get(ev["about"], ev["about"]) for ev in evs if ev.get("about")})
        triggers = sorted({ev["trigger"] for ev in evs if ev.get("trigger")})
        ordered_sources = [sources[k] for k in sorted(sources)]
        merged.append({
            "id": inc, "type": evs[0]["type"],
            "actors": sorted({a for ev in evs for a in ev["actors"]}),
            "targets": sorted({t for ev in evs for t in ev["targets"]}),
            "date": row.get("edtf"), "date_precision": row.get("precision"),
            "date_earliest": row.get("earliest"), "date_latest": row.get("latest"),
            "about": abouts[0] if abouts else None,
            "text": ordered_sources[0]["sentence"] if ordered_sources else "",
            "modality": row.get("modality"),
            "confidence": round(float(conf), 3) if conf is not None else None,
            "trigger": triggers[0] if triggers else None,
            "sources": ordered_sources,
            "reports": [ev["id"] for ev in evs],
            "report_count": int(row["reports"]), "source_count": int(row["sources"]),
        })
    merged += [ev for ev in collection["events"] if ev["id"] not in incident_of]
    merged.sort(key=lambda e: (e["date_earliest"] is None, e["date_earliest"] or "", e["id"]))
    return {**collection, "events": merged}
