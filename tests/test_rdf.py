"""Tests for kg.rdf: IRIs, Report -> graph, serialisation, SHACL and named queries.

The fixture is a hand-made Report: Albania blames Iran for an (allegedly Iranian) July
2022 cyberattack on Albania, severs relations with Iran, the US sanctions Iran's
intelligence ministry, Iran denies, the US threatens more sanctions (hypothetical), and
Albania joined NATO in 2009 (a background event).
"""
from __future__ import annotations

import json
import random
from datetime import date

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg import rdf
from kg.model import Article, Entity, Event, Provenance, Report, TimeValue
from kg.rdf import KG, PROV, SCHEMA

ID = "https://w3id.org/kg-cyber/id/"
ART = "albania-iran"

SENTENCES = [
    "Albania blamed Iran for a cyberattack in July and cut diplomatic ties on Wednesday.",
    "Hackers allegedly working for Tehran hit Albanian government websites in July.",
    "On Friday, the US announced sanctions against Iran's intelligence ministry.",
    "Iran's foreign ministry dismissed the accusation as baseless.",
    "Washington said it could impose further sanctions on Iran.",
    "Albania joined NATO in 2009.",
]
TEXT = " ".join(SENTENCES)


def prov(i: int) -> Provenance:
    """Provenance of the i-th fixture sentence, with its real offsets in TEXT."""
    s = SENTENCES[i]
    start = TEXT.index(s)
    return Provenance(ART, s, start, start + len(s))


def make_report(shuffle: bool = False) -> Report:
    """The fixture Report (entities and events optionally in another order)."""
    entities = [
        Entity("ALB", "Albania", "Country", ["Albanian", "Tirana", "Albania"], wikidata="Q222",
               iso3="ALB", geonames="783754"),
        Entity("IRN", "Iran", "Country", ["Tehran", "Iranian"], wikidata="Q794", iso3="IRN",
               geonames="130758"),
        Entity("USA", "United States", "Country", ["US", "Washington"], wikidata="Q30", iso3="USA"),
        Entity("ministry-of-intelligence-iran", "Ministry of Intelligence (Iran)", "GovernmentBody",
               ["Iran's intelligence ministry", "MOIS"], country="IRN"),
        Entity("nato", "NATO", "Organization", [], wikidata="Q7184"),
    ]
    jul = TimeValue("2022-07", "month", date(2022, 7, 1), date(2022, 7, 31), "in July")
    wed = TimeValue("2022-09-07", "day", date(2022, 9, 7), date(2022, 9, 7), "on Wednesday")
    fri = TimeValue("2022-09-09", "day", date(2022, 9, 9), date(2022, 9, 9), "on Friday")
    y2009 = TimeValue("2009", "year", date(2009, 1, 1), date(2009, 12, 31), "in 2009")
    events = [
        Event("E1", "CyberAttack", ["IRN"], ["ALB"], jul, "alleged", None, "hit", 0.8, [prov(1), prov(0)]),
        Event("E2", "Attribution", ["ALB"], ["IRN"], wed, "asserted", "E1", "blamed", 0.9, [prov(0)]),
        Event("E3", "SeverRelations", ["ALB"], ["IRN"], wed, "asserted", "E1", "cut diplomatic ties",
              0.85, [prov(0)]),
        Event("E4", "Sanction", ["USA"], ["ministry-of-intelligence-iran"], fri, "asserted", "E1",
              "sanctions", 0.9, [prov(2)]),
        Event("E5", "Denial", ["IRN"], [], None, "asserted", "E2", "dismissed", 0.7, [prov(3)]),
        Event("E6", "Sanction", ["USA"], ["IRN"], None, "hypothetical", "E1", "could impose", 0.6,
              [prov(4)]),
        Event("E7", "JoinAlliance", ["ALB"], ["nato"], y2009, "asserted", None, "joined", 0.75, [prov(5)]),
    ]
    if shuffle:
        entities.reverse()
        events.reverse()
    article = Article(ART, TEXT, date(2022, 9, 10), "Albania cuts ties with Iran over cyberattack",
                      "AFP", "https://example.org/news/albania-iran")
    return Report(article, {e.key: e for e in entities}, events)


@pytest.fixture(scope="module")
def report() -> Report:
    return make_report()


@pytest.fixture(scope="module")
def graph(report) -> Graph:
    return rdf.report_to_graph(report)


@pytest.fixture(scope="module")
def iris(report) -> dict[str, URIRef]:
    return rdf.event_iris(report)


@pytest.fixture(scope="module")
def store(graph) -> ox.Store:
    """The report's graph and its incidents (one per event, as for any single article)."""
    from kg.resolve import INCIDENT_GRAPH, incidents_for, records_from_graph

    st = ox.Store()
    st.load(rdf.serialize(graph, "nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    incidents = Graph(identifier=URIRef(INCIDENT_GRAPH))
    for t in incidents_for(records_from_graph(graph)):
        incidents.add(t)
    st.load(rdf.serialize(incidents, "nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return st


def E(key: str) -> URIRef:
    return URIRef(f"{ID}entity/{key}")


def rows(store: ox.Store, sparql: str) -> list[dict]:
    return rdf.store_select(store)(sparql)


# ---------------------------------------------------------------------------------------
# IRIs
# ---------------------------------------------------------------------------------------

def test_iri_scheme(report):
    assert rdf.entity_iri("ALB") == URIRef(ID + "entity/ALB")
    assert rdf.entity_iri("a b/c") == URIRef(ID + "entity/a%20b%2Fc")
    assert rdf.article_iri(ART) == URIRef(ID + "article/albania-iran")
    assert rdf.graph_iri(ART) == URIRef(ID + "graph/albania-iran")
    assert rdf.mention_iri(ART, 3, 9) == URIRef(ID + "mention/albania-iran/3-9")
    ev = report.events[1]
    import hashlib
    material = f"Attribution|ALB|IRN|2022-09-07|{TEXT.index(SENTENCES[0])}"
    expected = hashlib.sha1(material.encode()).hexdigest()[:12]
    assert rdf.event_iri(ART, ev) == URIRef(f"{ID}event/albania-iran/{expected}")


def test_iris_stable_across_runs(report):
    first = rdf.event_iris(make_report())
    second = rdf.event_iris(make_report(shuffle=True))
    assert first == second
    assert len(set(first.values())) == len(first)
    assert all(str(v).startswith(ID + "event/albania-iran/") for v in first.values())


def test_colliding_events_get_distinct_iris(report):
    twin = make_report()
    dup = Event("E2b", "Attribution", ["ALB"], ["IRN"], twin.events[1].date, "asserted", "E1",
                "accused", 0.5, [prov(0)])
    twin.events.append(dup)
    got = rdf.event_iris(twin)
    assert got["E2b"] == URIRef(str(got["E2"]) + "-2")


# ---------------------------------------------------------------------------------------
# Report -> graph
# ---------------------------------------------------------------------------------------

def test_graph_identifier_and_article(graph):
    assert graph.identifier == URIRef(ID + "graph/albania-iran")
    art = URIRef(ID + "article/albania-iran")
    assert (art, RDF.type, SCHEMA.NewsArticle) in graph
    assert (art, SCHEMA.identifier, Literal(ART)) in graph
    assert (art, SCHEMA.datePublished, Literal("2022-09-10", datatype=XSD.date)) in graph
    assert (art, SCHEMA.headline, Literal("Albania cuts ties with Iran over cyberattack")) in graph
    assert (art, SCHEMA.publisher, Literal("AFP")) in graph
    assert (art, SCHEMA.url, URIRef("https://example.org/news/albania-iran")) in graph


def test_entities(graph):
    alb = E("ALB")
    assert (alb, RDF.type, KG.Country) in graph
    assert (alb, RDFS.label, Literal("Albania")) in graph
    assert set(graph.objects(alb, SKOS.altLabel)) == {Literal("Albanian"), Literal("Tirana")}
    assert (alb, KG.iso3, Literal("ALB")) in graph
    assert (alb, KG.geonamesId, Literal("783754")) in graph
    assert (alb, KG.wikidataId, Literal("Q222")) in graph
    assert set(graph.objects(alb, OWL.sameAs)) == {
        URIRef("https://sws.geonames.org/783754/"), URIRef("http://www.wikidata.org/entity/Q222")}
    mois = E("ministry-of-intelligence-iran")
    assert (mois, RDF.type, KG.GovernmentBody) in graph
    assert (mois, KG.actsFor, E("IRN")) in graph
    assert set(graph.objects(E("USA"), OWL.sameAs)) == {URIRef("http://www.wikidata.org/entity/Q30")}


def test_event_nodes(graph, iris):
    e1, e2, e3, e4, e5, e6, e7 = (iris[f"E{i}"] for i in range(1, 8))
    assert set(graph.objects(e1, RDF.type)) == {KG.CyberAttack}
    assert set(graph.objects(e2, RDF.type)) == {KG.Attribution}
    assert set(graph.objects(e3, RDF.type)) == {KG.SeverRelations}
    assert set(graph.objects(e4, RDF.type)) == {KG.Sanction}
    assert set(graph.objects(e5, RDF.type)) == {KG.Denial}
    assert set(graph.objects(e7, RDF.type)) == {KG.OtherEvent}
    assert (e7, KG.eventSubtype, Literal("JoinAlliance")) in graph

    assert (e1, KG.hasActor, E("IRN")) in graph
    assert (e1, KG.hasTarget, E("ALB")) in graph
    assert (e2, KG.hasActor, E("ALB")) in graph
    assert (e2, KG.hasTarget, E("IRN")) in graph
    assert (e4, KG.hasTarget, E("ministry-of-intelligence-iran")) in graph

    assert (e1, KG.edtf, Literal("2022-07")) in graph
    assert (e1, KG.datePrecision, Literal("month")) in graph
    assert (e1, KG.earliest, Literal("2022-07-01", datatype=XSD.date)) in graph
    assert (e1, KG.latest, Literal("2022-07-31", datatype=XSD.date)) in graph
    assert (e2, KG.edtf, Literal("2022-09-07")) in graph
    assert (e7, KG.edtf, Literal("2009")) in graph
    assert (e7, KG.latest, Literal("2009-12-31", datatype=XSD.date)) in graph
    assert list(graph.objects(e5, KG.edtf)) == [] and list(graph.objects(e5, KG.earliest)) == []

    assert (e1, KG.modality, Literal("alleged")) in graph
    assert (e6, KG.modality, Literal("hypothetical")) in graph
    assert (e2, KG.about, e1) in graph
    assert (e5, KG.about, e2) in graph
    assert list(graph.objects(e1, KG.about)) == []
    assert (e2, KG.confidence, Literal("0.9", datatype=XSD.decimal)) in graph
    assert (e2, KG.trigger, Literal("blamed")) in graph
    assert (e2, KG.localId, Literal("E2")) in graph


def test_provenance(graph, iris):
    start0, start1 = TEXT.index(SENTENCES[0]), TEXT.index(SENTENCES[1])
    m0 = URIRef(f"{ID}mention/albania-iran/{start0}-{start0 + len(SENTENCES[0])}")
    m1 = URIRef(f"{ID}mention/albania-iran/{start1}-{start1 + len(SENTENCES[1])}")
    assert set(graph.objects(iris["E1"], PROV.wasDerivedFrom)) == {m0, m1}
    assert set(graph.objects(iris["E2"], PROV.wasDerivedFrom)) == {m0}
    assert (m1, RDF.type, KG.Mention) in graph
    assert (m1, KG.article, URIRef(ID + "article/albania-iran")) in graph
    assert (m1, KG.sentence, Literal(SENTENCES[1])) in graph
    assert (m1, KG.startOffset, Literal(start1)) in graph
    assert (m1, KG.endOffset, Literal(start1 + len(SENTENCES[1]))) in graph
    assert Literal(start1).datatype == XSD.integer


def test_direct_edges(graph, iris):
    assert (E("IRN"), KG.attacked, E("ALB")) in graph          # alleged counts
    assert (E("ALB"), KG.blames, E("IRN")) in graph
    assert (E("ALB"), KG.severedRelationsWith, E("IRN")) in graph
    assert (E("USA"), KG.sanctioned, E("ministry-of-intelligence-iran")) in graph
    assert (E("IRN"), KG.denied, iris["E2"]) in graph
    assert (E("USA"), KG.sanctioned, E("IRN")) not in graph   # hypothetical: no edge
    # the background event yields no edge
    assert not any(p.startswith(str(KG)) for p in graph.predicates(E("ALB"), E("nato")))
    edge_preds = set(rdf.EDGE_PREDICATES.values()) | {KG.denied}
    edges = {(s, p, o) for s, p, o in graph if p in edge_preds}
    assert len(edges) == 5


def test_unknown_participant_gets_minimal_entity():
    rep = make_report()
    rep.events.append(Event("E9", "Condemnation", ["eu"], ["IRN"], None, "asserted", "E1", "condemned",
                            0.5, [prov(3)]))
    g = rdf.report_to_graph(rep)
    assert (E("eu"), RDF.type, KG.Other) in g
    assert (E("eu"), RDFS.label, Literal("eu")) in g
    assert (E("eu"), KG.condemned, E("IRN")) in g
    assert rdf.validate(g)[0]


def test_no_blank_nodes(graph):
    from rdflib import BNode
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)


# ---------------------------------------------------------------------------------------
# Serialisation
# ---------------------------------------------------------------------------------------

FORMATS = ["ttl", "nt", "nquads", "trig", "jsonld"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_serialisation_is_deterministic(graph, fmt):
    again = rdf.report_to_graph(make_report(shuffle=True))
    triples = list(graph)
    random.Random(7).shuffle(triples)
    reinserted = Graph(identifier=graph.identifier)
    for t in triples:
        reinserted.add(t)
    out = rdf.serialize(graph, fmt)
    assert out == rdf.serialize(again, fmt)
    assert out == rdf.serialize(reinserted, fmt)
    assert out.encode("utf-8") == rdf.serialize(graph, fmt).encode("utf-8")


@pytest.mark.parametrize("fmt,rdflib_fmt", [("ttl", "turtle"), ("nt", "nt")])
def test_serialisation_round_trips(graph, fmt, rdflib_fmt):
    back = Graph().parse(data=rdf.serialize(graph, fmt), format=rdflib_fmt)
    assert len(back) == len(graph)
    assert isomorphic(back, graph)


@pytest.mark.parametrize("fmt,rdflib_fmt", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_quad_formats_keep_the_named_graph(graph, fmt, rdflib_fmt):
    ds = Dataset()
    ds.parse(data=rdf.serialize(graph, fmt), format=rdflib_fmt)
    named = ds.graph(graph.identifier)
    assert len(named) == len(graph)
    assert isomorphic(named, graph)
    # Oxigraph's parser reads the same quads
    fmt_ox = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    quads = list(ox.parse(rdf.serialize(graph, fmt).encode(), format=fmt_ox))
    assert rdf.serialize(quads, "nquads") == rdf.serialize(graph, "nquads")


def test_sorted_lines_and_pruned_prefixes(graph):
    nt = rdf.serialize(graph, "nt").splitlines()
    assert nt == sorted(nt) and len(nt) == len(graph)
    nq = rdf.serialize(graph, "nquads").splitlines()
    assert nq == sorted(nq) and all(ln.endswith(f"<{graph.identifier}> .") for ln in nq)
    ttl = rdf.serialize(graph, "ttl")
    prefixes = {ln.split()[1] for ln in ttl.splitlines() if ln.startswith("@prefix")}
    assert {"kg:", "rdfs:", "schema:", "owl:", "skos:", "xsd:", "prov:", "entity:"} <= prefixes
    assert not {"sem:", "graph:", "rdf:"} & prefixes   # declared but unused (rdf:type is "a")
    assert "graph:" in {ln.split()[1] for ln in rdf.serialize(graph, "trig").splitlines()
                        if ln.startswith("@prefix")}
    ctx = json.loads(rdf.serialize(graph, "jsonld"))["@context"]
    assert {"kg", "schema", "xsd", "rdfs", "skos", "owl", "prov"} == set(ctx)


def test_serialize_dataset_and_store(graph):
    ds = rdf.reports_to_dataset([make_report()])
    assert rdf.serialize(ds, "nquads") == rdf.serialize(graph, "nquads")
    store = ox.Store()
    store.load(rdf.serialize(graph, "nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    assert rdf.serialize(store, "nquads") == rdf.serialize(graph, "nquads")
    assert rdf.serialize(store, "trig") == rdf.serialize(graph, "trig")
    with pytest.raises(ValueError):
        rdf.serialize(graph, "xml")


# ---------------------------------------------------------------------------------------
# Ontology and SHACL
# ---------------------------------------------------------------------------------------

def test_ontology_cameo_codes():
    from kg.model import EVENT_TYPES
    ont = rdf.ontology_graph()
    for name, code in EVENT_TYPES.items():
        assert (KG[name], KG.cameoCode, Literal(code)) in ont
        assert (KG[name], RDFS.subClassOf, KG.Event) in ont
    assert (KG.Event, RDFS.subClassOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")) in ont
    assert (KG.hasActor, RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")) in ont
    # every kg: term used in data or queries is declared in the ontology
    declared = {s for s in ont.subjects() if isinstance(s, URIRef) and s.startswith(str(KG))}
    g = rdf.report_to_graph(make_report())
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(str(KG))}
    assert used <= declared, used - declared
    for q in rdf.QUERY_DIR.glob("*.rq"):
        import re
        for local in re.findall(r"\bkg:(\w+)", q.read_text()):
            assert KG[local] in declared, (q.name, local)


def test_valid_graph_conforms(graph):
    conforms, text = rdf.validate(graph)
    assert conforms, text


def _copy(graph: Graph) -> Graph:
    out = Graph(identifier=graph.identifier)
    for t in graph:
        out.add(t)
    return out


def test_event_without_provenance_fails(graph, iris):
    broken = _copy(graph)
    broken.remove((iris["E3"], PROV.wasDerivedFrom, None))
    conforms, text = rdf.validate(broken)
    assert not conforms
    assert "wasDerivedFrom" in text


def test_malformed_edtf_fails(graph, iris):
    broken = _copy(graph)
    broken.set((iris["E1"], KG.edtf, Literal("July 2022")))
    conforms, text = rdf.validate(broken)
    assert not conforms
    assert "edtf" in text


@pytest.mark.parametrize("mutate,component", [
    ("two_types", "QualifiedValueShape"),
    ("bad_modality", "In"),
    ("unlabelled_actor", "Class"),
    ("date_without_bounds", "Or"),
    ("bad_earliest_type", "Datatype"),
    ("earliest_after_latest", "LessThanOrEquals"),
    ("mention_without_offset", "MinCount"),
    ("about_not_an_event", "Class"),
    ("entity_without_label", "MinCount"),
])
def test_other_violations(graph, iris, mutate, component):
    broken = _copy(graph)
    e = iris["E2"]
    if mutate == "two_types":
        broken.add((e, RDF.type, KG.Sanction))
    elif mutate == "bad_modality":
        broken.set((e, KG.modality, Literal("rumoured")))
    elif mutate == "unlabelled_actor":
        broken.add((e, KG.hasActor, URIRef("https://example.org/nobody")))
    elif mutate == "date_without_bounds":
        broken.remove((e, KG.earliest, None))
    elif mutate == "bad_earliest_type":
        broken.set((e, KG.earliest, Literal("2022-09-07")))
    elif mutate == "earliest_after_latest":
        broken.set((e, KG.latest, Literal("2022-09-01", datatype=XSD.date)))
    elif mutate == "mention_without_offset":
        m = next(graph.objects(e, PROV.wasDerivedFrom))
        broken.remove((m, KG.startOffset, None))
    elif mutate == "about_not_an_event":
        broken.set((e, KG.about, E("IRN")))
    elif mutate == "entity_without_label":
        broken.remove((E("USA"), RDFS.label, None))
    conforms, text = rdf.validate(broken)
    assert not conforms
    assert f"Constraint Violation in {component}ConstraintComponent" in text


def test_validate_dataset():
    ds = rdf.reports_to_dataset([make_report()])
    assert rdf.validate(ds) == (True, "Validation Report\nConforms: True\n")


# ---------------------------------------------------------------------------------------
# Named queries
# ---------------------------------------------------------------------------------------

PUBLIC = ["timeline", "attributions", "responses", "provenance", "actor-profile",
          "sanctioned-after-attribution", "edges"]


def test_query_files_have_headers():
    listed = rdf.list_queries()
    assert set(PUBLIC) <= set(listed)
    for path in rdf.QUERY_DIR.glob("*.rq"):
        lines = path.read_text().splitlines()
        assert lines[0].startswith("# title: "), path.name
        assert lines[1].startswith("# description: "), path.name


@pytest.mark.parametrize("path", sorted(rdf.QUERY_DIR.glob("*.rq")), ids=lambda p: p.stem)
def test_every_query_parses_and_runs(store, path):
    result = store.query(rdf.load_query(path.stem))
    assert len(list(result)) > 0


def test_load_query_bindings():
    q = rdf.load_query("actor-profile", actorLabel='Al "B"')
    assert 'VALUES ?actorLabel { "Al \\"B\\"" }' in q
    with pytest.raises(KeyError):
        rdf.load_query("timeline", nothing="x")
    with pytest.raises(FileNotFoundError):
        rdf.load_query("no-such-query")


def test_timeline_in_date_order(store, iris):
    got = rows(store, rdf.load_query("timeline"))
    assert [r["event"] for r in got] == [
        str(iris[k]) for k in ("E7", "E1")] + sorted(str(iris[k]) for k in ("E2", "E3")) + [
        str(iris["E4"])] + [r["event"] for r in got[5:]]
    assert {r["event"] for r in got[5:]} == {str(iris["E5"]), str(iris["E6"])}
    assert [r["earliest"] for r in got] == ["2009-01-01", "2022-07-01", "2022-09-07", "2022-09-07",
                                           "2022-09-09", None, None]
    first = got[0]
    assert first["type"] == "JoinAlliance" and first["date"] == "2009"
    assert first["actors"] == "Albania" and first["targets"] == "NATO"
    attack = got[1]
    assert attack["type"] == "CyberAttack" and attack["modality"] == "alleged"
    assert attack["actors"] == "Iran" and attack["targets"] == "Albania"
    assert attack["sentence"] == min(SENTENCES[0], SENTENCES[1])
    assert attack["graph"] == ID + "graph/albania-iran"


def test_attributions(store, iris):
    got = rows(store, rdf.load_query("attributions"))
    assert len(got) == 1
    r = got[0]
    assert r["attribution"] == str(iris["E2"])
    assert (r["claimants"], r["accused"], r["date"]) == ("Albania", "Iran", "2022-09-07")
    assert (r["attack"], r["attackType"], r["attackDate"]) == (str(iris["E1"]), "CyberAttack", "2022-07")
    assert r["attackTargets"] == "Albania"
    assert r["sentence"] == SENTENCES[0]


def test_responses_with_latency(store, iris):
    got = rows(store, rdf.load_query("responses"))
    assert {r["attack"] for r in got} == {str(iris["E1"])}
    by_response = {r["response"]: r for r in got}
    assert set(by_response) == {str(iris[k]) for k in ("E2", "E3", "E4", "E6")}
    assert by_response[str(iris["E2"])]["days"] == "68"      # 2022-07-01 -> 2022-09-07
    assert by_response[str(iris["E3"])]["responseType"] == "SeverRelations"
    assert by_response[str(iris["E4"])]["days"] == "70"
    assert by_response[str(iris["E4"])]["responseActors"] == "United States"
    assert by_response[str(iris["E6"])]["days"] is None       # undated response
    assert [r["response"] for r in got][-1] == str(iris["E6"])


def test_provenance_query(store, iris):
    got = rows(store, rdf.load_query("provenance"))
    assert len(got) == 8  # E1 has two source sentences
    assert all(r["article"] == ID + "article/albania-iran" for r in got)
    assert all(r["published"] == "2022-09-10" for r in got)
    assert all(r["headline"] == "Albania cuts ties with Iran over cyberattack" for r in got)
    for r in got:
        assert TEXT[int(r["start"]):int(r["end"])] == r["sentence"]
    assert [int(r["start"]) for r in got] == sorted(int(r["start"]) for r in got)


def test_actor_profile(store, iris):
    got = rows(store, rdf.load_query("actor-profile"))  # default: "Iran"
    assert {(r["role"], r["event"]) for r in got} == {
        ("actor", str(iris["E1"])), ("actor", str(iris["E5"])),
        ("target", str(iris["E2"])), ("target", str(iris["E3"])), ("target", str(iris["E6"]))}
    assert {r["name"] for r in got} == {"Iran"}
    via_alias = rows(store, rdf.load_query("actor-profile", actorLabel="tehran"))
    assert via_alias == got
    alb = rows(store, rdf.load_query("actor-profile", actorLabel="Albania"))
    assert {r["event"] for r in alb} == {str(iris[k]) for k in ("E1", "E2", "E3", "E7")}


def test_sanctioned_after_attribution(store, iris):
    got = rows(store, rdf.load_query("sanctioned-after-attribution"))
    assert len(got) == 1
    r = got[0]
    assert r["sanctioned"] == str(E("ministry-of-intelligence-iran"))
    assert r["sanctionedName"] == "Ministry of Intelligence (Iran)"
    assert (r["accused"], r["accusedName"]) == (str(E("IRN")), "Iran")
    assert r["link"] == "acts for the accused"
    assert (r["attribution"], r["sanction"]) == (str(iris["E2"]), str(iris["E4"]))
    assert r["days"] == "2"


def test_edges_query(store):
    got = rows(store, rdf.load_query("edges"))
    assert {(r["sourceName"], r["edge"], r["targetName"]) for r in got} == {
        ("Iran", "attacked", "Albania"), ("Albania", "blames", "Iran"),
        ("Albania", "severedRelationsWith", "Iran"),
        ("United States", "sanctioned", "Ministry of Intelligence (Iran)")}
    assert {r["articles"] for r in got} == {"1"}


# ---------------------------------------------------------------------------------------
# events_document
# ---------------------------------------------------------------------------------------

def expected_document(iris) -> dict:
    def src(i):
        p = prov(i)
        return {"article": ART, "sentence": p.sentence, "start": p.start, "end": p.end}

    def ev(key, type_, actors, targets, edtf, prec, lo, hi, about, sources, modality, conf, trig):
        return {"id": str(iris[key]), "type": type_, "actors": actors, "targets": targets,
                "date": edtf, "date_precision": prec, "date_earliest": lo, "date_latest": hi,
                "about": str(iris[about]) if about else None, "text": sources[0]["sentence"],
                "modality": modality, "confidence": conf, "trigger": trig, "sources": sources}

    wed = ("2022-09-07", "day", "2022-09-07", "2022-09-07")
    dated = [
        ev("E7", "JoinAlliance", ["Albania"], ["NATO"], "2009", "year", "2009-01-01", "2009-12-31",
           None, [src(5)], "asserted", 0.75, "joined"),
        ev("E1", "CyberAttack", ["Iran"], ["Albania"], "2022-07", "month", "2022-07-01", "2022-07-31",
           None, [src(0), src(1)], "alleged", 0.8, "hit"),
        *sorted([
            ev("E2", "Attribution", ["Albania"], ["Iran"], *wed, "E1", [src(0)], "asserted", 0.9, "blamed"),
            ev("E3", "SeverRelations", ["Albania"], ["Iran"], *wed, "E1", [src(0)], "asserted", 0.85,
               "cut diplomatic ties"),
        ], key=lambda e: e["id"]),
        ev("E4", "Sanction", ["United States"], ["Ministry of Intelligence (Iran)"], "2022-09-09", "day",
           "2022-09-09", "2022-09-09", "E1", [src(2)], "asserted", 0.9, "sanctions"),
    ]
    undated = sorted([
        ev("E5", "Denial", ["Iran"], [], None, None, None, None, "E2", [src(3)], "asserted", 0.7,
           "dismissed"),
        ev("E6", "Sanction", ["United States"], ["Iran"], None, None, None, None, "E1", [src(4)],
           "hypothetical", 0.6, "could impose"),
    ], key=lambda e: e["id"])
    return {
        "documents": [{"id": ART, "published": "2022-09-10",
                       "title": "Albania cuts ties with Iran over cyberattack", "source": "AFP",
                       "url": "https://example.org/news/albania-iran"}],
        "entities": [
            {"id": str(E("ALB")), "name": "Albania", "type": "Country", "aliases": ["Albanian", "Tirana"],
             "wikidata": "Q222", "iso3": "ALB", "geonames": "783754"},
            {"id": str(E("IRN")), "name": "Iran", "type": "Country", "aliases": ["Iranian", "Tehran"],
             "wikidata": "Q794", "iso3": "IRN", "geonames": "130758"},
            {"id": str(E("ministry-of-intelligence-iran")), "name": "Ministry of Intelligence (Iran)",
             "type": "GovernmentBody", "aliases": ["Iran's intelligence ministry", "MOIS"],
             "country": "IRN"},
            {"id": str(E("nato")), "name": "NATO", "type": "Organization", "aliases": [],
             "wikidata": "Q7184"},
            {"id": str(E("USA")), "name": "United States", "type": "Country",
             "aliases": ["US", "Washington"], "wikidata": "Q30", "iso3": "USA"},
        ],
        "events": dated + undated,
    }


def test_events_document(store, iris):
    got = rdf.events_document(rdf.store_select(store))
    assert got == expected_document(iris)
    json.dumps(got)  # JSON-serialisable


def test_events_document_agrees_with_report_json(store, report):
    """Names, types, dates and sentences agree with Report.to_events_json()."""
    got = rdf.events_document(rdf.store_select(store))
    ref = report.to_events_json()
    iris = rdf.event_iris(report)
    by_iri = {e["id"]: e for e in got["events"]}
    for e in ref["events"]:
        mine = by_iri[str(iris[e["id"]])]
        assert mine["type"] == e["type"]
        assert mine["actors"] == sorted(e["actors"]) and mine["targets"] == sorted(e["targets"])
        assert mine["date"] == e["date"] and mine["modality"] == e["modality"]
        assert mine["confidence"] == e["confidence"]
        assert mine["about"] == (str(iris[e["about"]]) if e["about"] else None)
    assert {(x["name"], x["type"]) for x in got["entities"]} == {(x["name"], x["type"]) for x in ref["entities"]}


def test_events_document_with_rdflib_select(store, iris):
    """The internal queries are plain SPARQL 1.1: rdflib gives the same document."""
    ds = Dataset()
    ds.parse(data=rdf.serialize(store, "nquads"), format="nquads")
    assert rdf.events_document(rdf.rdflib_select(ds)) == expected_document(iris)


def test_events_document_merges_articles(iris):
    """Two articles naming Iran differently: most frequent label wins, others become aliases."""
    r1 = make_report()
    r2 = make_report()
    r2.article = Article("second", "x", date(2022, 9, 11))
    r2.entities = {k: v for k, v in r2.entities.items()}
    r2.entities["IRN"] = Entity("IRN", "Islamic Republic of Iran", "Country", [], iso3="IRN")
    r2.events = [Event("X1", "Condemnation", ["IRN"], ["ALB"], None, "asserted", None, "", 0.5,
                       [Provenance("second", "Iran condemned Albania.", 0, 23)])]
    r3 = make_report()
    r3.article = Article("third", "y", None)
    r3.events = []
    st = ox.Store()
    st.load(rdf.serialize(rdf.reports_to_dataset([r1, r2, r3]), "nquads").encode(),
            format=ox.RdfFormat.N_QUADS)
    doc = rdf.events_document(rdf.store_select(st))
    assert [d["id"] for d in doc["documents"]] == [ART, "second", "third"]
    assert doc["documents"][2] == {"id": "third", "published": None, "title": None, "source": None,
                                   "url": None}
    iran = next(e for e in doc["entities"] if e["id"] == str(E("IRN")))
    assert iran["name"] == "Iran"
    assert "Islamic Republic of Iran" in iran["aliases"]
    x1 = next(e for e in doc["events"] if e["id"].startswith(ID + "event/second/"))
    assert x1["actors"] == ["Iran"] and x1["sources"][0]["article"] == "second"
    assert len(doc["events"]) == 8


def test_shapes_agree_with_model():
    """The modality set and event classes of shapes.ttl are those of kg/model.py."""
    from kg.model import EVENT_TYPES, MODALITIES
    from rdflib.collection import Collection
    from rdflib.namespace import SH
    shapes = rdf.shapes_graph()
    lists = [set(Collection(shapes, o)) for o in shapes.objects(None, SH["in"])]
    assert {Literal(m) for m in MODALITIES} in lists
    assert {KG[t] for t in EVENT_TYPES} | {KG.OtherEvent} in lists
