"""Named queries on tiny hand-made graphs: the two-hop query's exact rows, and no named
query of the event layer ever returns a node of the incident layer."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import rdf

KG = "https://w3id.org/kg-cyber/ontology#"
ID = "https://w3id.org/kg-cyber/id/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"

NAMES = {"IRN": "Iran", "ALB": "Albania", "USA": "United States", "GBR": "United Kingdom",
         "NATO": "NATO", "EST": "Estonia", "CHN": "China", "TWN": "Taiwan"}


def E(key: str) -> str:
    return f"{ID}entity/{key}"


def quads(graph: str, triples) -> str:
    out = []
    for s, p, o in triples:
        o = o if o.startswith(('"', "<")) else f"<{o}>"
        out.append(f"<{s}> <{p}> {o} <{ID}graph/{graph}> .\n")
    return "".join(out)


def labels(*keys: str):
    return [(E(k), LABEL, f'"{NAMES[k]}"') for k in keys]


def store_of(text: str) -> ox.Store:
    st = ox.Store()
    st.load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return st


def select(st: ox.Store, sparql: str) -> list[dict]:
    return rdf.store_select(st)(sparql)


@pytest.fixture(scope="module")
def edges_store() -> ox.Store:
    """Direct edges spread over four article graphs (labels repeated per graph, as kg does):

    IRN -attacked-> ALB, ALB -blames-> IRN, ALB -severedRelationsWith-> IRN  (IRN - ALB)
    USA -sanctioned-> IRN, USA -sanctioned-> MOIS                           (IRN - USA - MOIS)
    NATO -defended-> ALB, NATO -defended-> EST                              (ALB - NATO - EST)
    ALB -condemned-> GBR, USA -charged-> GBR                                (GBR via ALB and USA)
    CHN -attacked-> TWN                                                     (not connected)
    MOIS is labelled differently in two graphs; Iran has the alias "Tehran". kg:actsFor is
    not a direct edge and must not count.
    """
    moi = E("MOIS")
    text = quads("a1", [(E("IRN"), f"{KG}attacked", E("ALB")), (E("ALB"), f"{KG}blames", E("IRN")),
                        (E("IRN"), ALT, '"Tehran"'), *labels("IRN", "ALB")])
    text += quads("a2", [(E("USA"), f"{KG}sanctioned", E("IRN")), (E("USA"), f"{KG}sanctioned", moi),
                         (moi, LABEL, '"Ministry of Intelligence"'), (moi, f"{KG}actsFor", E("IRN")),
                         (E("USA"), f"{KG}charged", E("GBR")), *labels("IRN", "USA", "GBR")])
    text += quads("a3", [(E("ALB"), f"{KG}severedRelationsWith", E("IRN")),
                         (E("NATO"), f"{KG}defended", E("ALB")), (E("NATO"), f"{KG}defended", E("EST")),
                         (E("ALB"), f"{KG}condemned", E("GBR")),
                         *labels("IRN", "ALB", "NATO", "EST", "GBR")])
    text += quads("a4", [(moi, LABEL, '"MOIS"'), (E("CHN"), f"{KG}attacked", E("TWN")),
                         *labels("CHN", "TWN")])
    return store_of(text)


def test_two_hop_actors_rows(edges_store):
    got = select(edges_store, rdf.load_query("two-hop-actors"))  # default: "Iran"
    assert [(r["actor"], r["actorName"], r["entity"], r["name"], r["hops"], r["via"]) for r in got] == [
        (E("IRN"), "Iran", E("ALB"), "Albania", "1", "0"),
        (E("IRN"), "Iran", E("USA"), "United States", "1", "0"),
        (E("IRN"), "Iran", E("MOIS"), "MOIS", "2", "1"),           # smallest of its two labels
        (E("IRN"), "Iran", E("NATO"), "NATO", "2", "1"),
        (E("IRN"), "Iran", E("GBR"), "United Kingdom", "2", "2"),  # via Albania and the US
    ]
    assert select(edges_store, rdf.load_query("two-hop-actors", actorLabel="tehran")) == got


def test_two_hop_actors_other_entity(edges_store):
    got = select(edges_store, rdf.load_query("two-hop-actors", actorLabel="NATO"))
    assert [(r["name"], r["hops"], r["via"]) for r in got] == [
        ("Albania", "1", "0"), ("Estonia", "1", "0"),
        ("Iran", "2", "1"), ("United Kingdom", "2", "1")]
    assert select(edges_store, rdf.load_query("two-hop-actors", actorLabel="Nobody")) == []


INCIDENT = f"{ID}incident/i1"


@pytest.fixture(scope="module")
def with_incidents() -> ox.Store:
    """One article with an attack and an attribution about it, plus an incident-layer node
    (typed kg:Incident only) with actors, targets, dates and a report link."""
    attack, blame = f"{ID}event/a1/attack", f"{ID}event/a1/blame"
    mention = f"{ID}mention/a1/m1"
    date = f'"2022-07-01"^^<{XSD}date>'
    text = quads("a1", [
        (attack, TYPE, f"{KG}CyberAttack"), (attack, f"{KG}hasActor", E("IRN")),
        (attack, f"{KG}hasTarget", E("ALB")), (attack, f"{KG}edtf", '"2022-07"'),
        (attack, f"{KG}earliest", date), (attack, f"{KG}latest", f'"2022-07-31"^^<{XSD}date>'),
        (attack, f"{KG}modality", '"asserted"'), (attack, "http://www.w3.org/ns/prov#wasDerivedFrom", mention),
        (mention, f"{KG}sentence", '"Iran hit Albania."'), (mention, f"{KG}startOffset", f'"0"^^<{XSD}integer>'),
        (mention, f"{KG}endOffset", f'"17"^^<{XSD}integer>'), (mention, f"{KG}article", f"{ID}article/a1"),
        (blame, TYPE, f"{KG}Attribution"), (blame, f"{KG}hasActor", E("ALB")),
        (blame, f"{KG}hasTarget", E("IRN")), (blame, f"{KG}about", attack),
        (blame, f"{KG}modality", '"asserted"'),
        (E("IRN"), f"{KG}attacked", E("ALB")), (E("ALB"), f"{KG}blames", E("IRN")),
        (E("IRN"), TYPE, f"{KG}Country"), (E("ALB"), TYPE, f"{KG}Country"), *labels("IRN", "ALB"),
    ])
    text += quads("incidents", [
        (INCIDENT, TYPE, f"{KG}Incident"), (INCIDENT, f"{KG}hasActor", E("IRN")),
        (INCIDENT, f"{KG}hasTarget", E("ALB")), (INCIDENT, f"{KG}hasReport", attack),
        (INCIDENT, f"{KG}edtf", '"2022-07"'), (INCIDENT, f"{KG}earliest", date),
        (INCIDENT, f"{KG}latest", f'"2022-07-31"^^<{XSD}date>'), (INCIDENT, LABEL, '"Iran hits Albania"'),
    ])
    return store_of(text)


@pytest.mark.parametrize("name", ["timeline", "attributions", "responses", "provenance", "actor-profile",
                                  "sanctioned-after-attribution", "edges", "two-hop-actors"])
def test_incident_nodes_never_in_event_queries(with_incidents, name):
    rows = select(with_incidents, rdf.load_query(name))
    assert all(INCIDENT not in (v or "") for r in rows for v in r.values()), rows
    if name in ("timeline", "actor-profile", "provenance"):
        assert rows  # the query did run over the event layer
