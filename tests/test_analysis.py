"""Tests of kg.analysis on small hand-built events collections."""
from __future__ import annotations

import copy
import doctest
import json

import networkx as nx
import pytest

from kg import analysis
from kg.analysis import (actor_network, actor_profile, centrality, communities, format_table,
                         incident_chains, response_latency, summary, weighted_network)

EDTF_BOUNDS = {
    "2022-07-15": ("day", "2022-07-15", "2022-07-15"),
    "2022-07": ("month", "2022-07-01", "2022-07-31"),
    "2022": ("year", "2022-01-01", "2022-12-31"),
    "199X": ("decade", "1990-01-01", "1999-12-31"),
    "2011/2018": ("interval", "2011-01-01", "2018-12-31"),
}


def ev(id_, type_, actors=(), targets=(), date=None, about=None, modality="asserted",
       text=None, bounds=None):
    """An event dict in the store's export shape (date keys only when dated)."""
    out = {"id": f"https://w3id.org/kg-cyber/id/event/doc/{id_}", "type": type_,
           "actors": list(actors), "targets": list(targets), "date": date,
           "about": f"https://w3id.org/kg-cyber/id/event/doc/{about}" if about else None,
           "text": text or f"{id_} sentence", "modality": modality, "confidence": 0.7,
           "sources": [{"article": "doc", "sentence": text or id_, "start": 0, "end": 5}]}
    if date:
        prec, lo, hi = bounds or EDTF_BOUNDS.get(date, ("day", date, date))
        out.update(date_precision=prec, date_earliest=lo, date_latest=hi)
    return out


def short(event_id):
    return event_id.rsplit("/", 1)[-1] if event_id else event_id


def entity(name, type_="Country", aliases=()):
    return {"name": name, "type": type_, "aliases": list(aliases)}


@pytest.fixture
def albania():
    """Attack 2022-07-15, attribution 2022-09-07 (54 days), sanction 2022-09-09 (+2)."""
    return {
        "documents": [{"id": "doc", "published": "2022-09-10", "title": "t"}],
        "entities": [
            entity("Albania", aliases=["Tirana"]),
            entity("Iran", aliases=["Tehran", "Islamic Republic of Iran"]),
            entity("United States", aliases=["US"]),
            entity("MOIS", "GovernmentBody", ["Ministry of Intelligence and Security"]),
            entity("HomeLand Justice", "ThreatActor"),
        ],
        "events": [
            ev("attack", "CyberAttack", ["HomeLand Justice"], ["Albania"], "2022-07-15"),
            ev("deny", "Denial", ["tehran"], [], None, "blame"),  # undated, listed early
            ev("blame", "Attribution", ["Albania"], ["Iran"], "2022-09-07", "attack"),
            ev("sever", "SeverRelations", ["Tirana"], ["Iran"], "2022-09-07", "blame"),
            ev("sanction", "Sanction", ["US"], ["MOIS"], "2022-09-09", "attack"),
            ev("condemn", "Condemnation", ["United States"], ["Iran"], "2022-09-08", "deny"),
            ev("not-expel", "ExpelDiplomats", ["Albania"], ["Iran"], "2022-09-07", "blame",
               modality="negated"),
            ev("maybe", "CyberAttack", ["Albania"], ["Iran"], None, modality="hypothetical"),
            ev("us-blame", "Attribution", ["US"], ["Iran"], "2022-09-08", "attack"),
            ev("us-charge", "LegalAction", ["US"], ["Iran"], "2022-09", "us-blame"),
        ],
    }


# ------------------------------------------------------------------------------ networks

def test_actor_network_nodes_and_typed_edges(albania):
    G = actor_network(albania)
    assert isinstance(G, nx.MultiDiGraph)
    assert set(G) == {"Albania", "Iran", "United States", "MOIS", "HomeLand Justice"}
    assert G.nodes["MOIS"]["type"] == "GovernmentBody"
    assert G.nodes["Iran"]["aliases"] == ["Islamic Republic of Iran", "Tehran"]
    edges = sorted((u, v, d["relation"], short(d["event"])) for u, v, d in G.edges(data=True))
    assert edges == [
        ("Albania", "Iran", "attributed", "blame"),
        ("Albania", "Iran", "severed_relations", "sever"),      # "Tirana" resolved
        ("HomeLand Justice", "Albania", "attacked", "attack"),
        ("Iran", "Albania", "denied", "deny"),                 # denier -> accuser
        ("United States", "Iran", "attributed", "us-blame"),
        ("United States", "Iran", "charged", "us-charge"),
        ("United States", "Iran", "condemned", "condemn"),
        ("United States", "MOIS", "sanctioned", "sanction"),   # "US" resolved
    ]  # negated expulsion and hypothetical attack left out
    d = G.get_edge_data("Albania", "Iran", key=albania["events"][2]["id"])
    assert d["weight"] == 1 and d["date"] == "2022-09-07" and d["date_earliest"] == "2022-09-07"


def test_denial_about_attack_points_at_accusers_and_unknown_names_become_nodes():
    c = {"entities": [entity("A"), entity("B")], "events": [
        ev("x", "CyberAttack", [], ["A"], "2020-01-01"),
        ev("b1", "Attribution", ["A"], ["B"], "2020-02-01", "x"),
        ev("b2", "Attribution", ["Some Vendor"], ["B"], "2020-02-02", "x"),
        ev("d", "Denial", ["B"], [], "2020-02-03", "x"),
        ev("self", "Condemnation", ["A"], ["a"], "2020-02-03"),  # self-loop dropped
        ev("other", "HostExiles", ["A"], ["B"], "2020-02-03"),  # untyped relation skipped
    ]}
    G = actor_network(c)
    assert G.nodes["Some Vendor"] == {"type": "Other", "aliases": []}
    assert sorted((u, v) for u, v, d in G.edges(data=True) if d["relation"] == "denied") == [
        ("B", "A"), ("B", "Some Vendor")]
    assert not any(u == v for u, v in G.edges())
    assert G.number_of_edges() == 4


def test_weighted_network_collapses_parallel_edges(albania):
    W = weighted_network(actor_network(albania))
    assert isinstance(W, nx.DiGraph) and not W.is_multigraph()
    assert W["United States"]["Iran"]["weight"] == 3
    assert W["United States"]["Iran"]["relations"] == {"attributed": 1, "charged": 1, "condemned": 1}
    assert W["Albania"]["Iran"]["relations"] == {"attributed": 1, "severed_relations": 1}
    assert [short(e) for e in W["Albania"]["Iran"]["events"]] == ["blame", "sever"]
    assert W.nodes["Iran"]["type"] == "Country"
    assert W.number_of_edges() == 5


def test_pagerank_order_star_and_chain():
    star = nx.DiGraph([("a", "hub"), ("c", "hub"), ("b", "hub")])
    rows = centrality(star)
    assert [r["entity"] for r in rows] == ["hub", "a", "b", "c"]  # ties broken by name
    # hub is dangling, its rank spread evenly: leaf x = .0375 + .2125 h,
    # h = .0375 + .85 * 3x + .2125 h  ->  h = 0.133125 / 0.245625
    assert rows[0]["pagerank"] == pytest.approx(0.133125 / 0.245625, abs=1e-6)
    assert rows[1]["pagerank"] == pytest.approx(0.0375 + 0.2125 * 0.133125 / 0.245625, abs=1e-6)
    assert rows[0]["degree"] == 1.0 and rows[1]["degree"] == pytest.approx(1 / 3)
    assert all(r["betweenness"] == 0 for r in rows)

    chain = nx.DiGraph([("a", "b"), ("b", "c")])
    rows = centrality(chain)
    assert [r["entity"] for r in rows] == ["c", "b", "a"]
    assert [r["betweenness"] for r in rows] == [0.0, 0.5, 0.0]


def test_pagerank_uses_weights_and_accepts_multigraph():
    M = nx.MultiDiGraph()
    M.add_node("x", type="Country")
    M.add_edge("s", "x", weight=1)
    M.add_edge("s", "y", weight=1)
    M.add_edge("s", "y", weight=1)  # two events s -> y
    rows = centrality(M)
    assert [r["entity"] for r in rows] == ["y", "x", "s"]
    assert rows[1]["type"] == "Country"
    assert centrality(nx.DiGraph()) == []


def test_communities_split_two_disconnected_cliques():
    A, B = ["Iran", "Albania", "Hezbollah"], ["Russia", "Ukraine", "Sandworm", "Estonia"]
    events = [ev(f"{u}-{v}", "CyberAttack", [u], [v], "2020-01-01")
              for clique in (A, B) for u in clique for v in clique if u < v]
    c = {"entities": [entity(n) for n in A + B], "events": events}
    expected = [["Estonia", "Russia", "Sandworm", "Ukraine"], ["Albania", "Hezbollah", "Iran"]]
    assert communities(actor_network(c)) == expected
    assert communities(weighted_network(actor_network(c)), method="greedy") == expected
    assert communities(nx.Graph()) == []
    G = nx.DiGraph()
    G.add_nodes_from(["b", "a"])
    assert communities(G) == [["a"], ["b"]]
    with pytest.raises(ValueError):
        communities(G, method="nope")


# ------------------------------------------------------------------------------ timelines

def test_incident_chain_transitive_and_in_date_order(albania):
    chains = incident_chains(albania)
    assert [short(c["attack"]) for c in chains] == ["attack"]  # hypothetical attack skipped
    chain = chains[0]
    assert chain["targets"] == ["Albania"] and chain["actors"] == ["HomeLand Justice"]
    got = [(short(e["event"]), e["days"], e["depth"]) for e in chain["events"]]
    assert got == [
        ("us-charge", 48, 2),   # "2022-09" -> earliest bound 2022-09-01
        ("blame", 54, 1),
        ("sever", 54, 2),
        ("us-blame", 55, 1),    # same day: shallower first
        ("condemn", 55, 3),     # condemnation of the denial of the attribution
        ("sanction", 56, 1),
        ("deny", None, 2),      # undated last
    ]
    assert chain["events"][0]["approximate"] is True
    assert chain["events"][1]["approximate"] is False


def test_incident_chain_survives_about_cycles():
    c = {"entities": [], "events": [
        ev("x", "CyberAttack", [], ["A"], "2020-01-01"),
        ev("p", "Attribution", ["A"], ["B"], "2020-01-03", "q"),
        ev("q", "Denial", ["B"], [], "2020-01-02", "p"),
        ev("r", "Condemnation", ["C"], ["B"], "2020-01-05", "x"),
    ]}
    (chain,) = incident_chains(c)
    assert [(short(e["event"]), e["days"]) for e in chain["events"]] == [("r", 4)]


def test_response_latency_exact_days(albania):
    lat = response_latency(albania)
    (attack,) = lat["attacks"]
    assert short(attack["first_attribution"]) == "blame"
    assert attack["days"] == 54 and attack["attributions"] == 2
    assert attack["attributed_to"] == ["Iran"]

    by_id = {short(a["attribution"]): a for a in lat["attributions"]}
    assert [short(a["attribution"]) for a in lat["attributions"]] == ["blame", "us-blame"]
    blame = by_id["blame"]
    assert short(blame["attack"]) == "attack" and blame["days_from_attack"] == 54
    assert [(short(r["event"]), r["type"], r["days"]) for r in blame["responses"]] == [
        ("sever", "SeverRelations", 0),
        ("condemn", "Condemnation", 1),
        ("sanction", "Sanction", 2),       # about the attack: paired with its first attribution
        ("deny", "Denial", None),
    ]
    us = by_id["us-blame"]
    assert us["days_from_attack"] == 55
    assert [(short(r["event"]), r["days"], r["approximate"]) for r in us["responses"]] == [
        ("us-charge", -7, True)]  # month precision: 2022-09-01 minus 2022-09-08

    s = lat["summary"]
    assert list(s) == ["attribution", "Sanction", "SeverRelations", "ExpelDiplomats",
                       "LegalAction", "Condemnation", "Denial"]
    assert s["attribution"] == {"count": 1, "median": 54, "min": 54, "max": 54, "undated": 0}
    assert s["Sanction"] == {"count": 1, "median": 2, "min": 2, "max": 2, "undated": 0}
    assert s["SeverRelations"]["median"] == 0
    assert s["ExpelDiplomats"] == {"count": 0, "median": None, "min": None, "max": None,
                                   "undated": 0}  # the negated expulsion is not counted
    assert s["Denial"] == {"count": 0, "median": None, "min": None, "max": None, "undated": 1}


def test_response_latency_undated_attack_and_median():
    c = {"entities": [], "events": [
        ev("old", "CyberAttack", [], ["Estonia"], None),
        ev("old-blame", "Attribution", ["Estonia"], ["Russia"], "2007-05-01", "old"),
        ev("x", "CyberAttack", [], ["A"], "2020-01-01"),
        ev("xb", "Attribution", ["A"], ["B"], "2020-01-11", "x"),
        ev("s1", "Sanction", ["A"], ["B"], "2020-01-12", "xb"),
        ev("s2", "Sanction", ["C"], ["B"], "2020-01-14", "xb"),
        ev("lone", "Attribution", ["D"], ["B"], "2021-01-01"),  # about nothing
        ev("s3", "Sanction", ["D"], ["B"], "2021-01-31", "lone"),
        ev("no-attr", "CyberAttack", [], ["E"], "2020-01-01"),
    ]}
    lat = response_latency(c)
    assert [(short(a["attack"]), short(a["first_attribution"]), a["days"]) for a in lat["attacks"]] == [
        ("x", "xb", 10), ("no-attr", None, None), ("old", "old-blame", None)]
    assert lat["summary"]["attribution"] == {"count": 1, "median": 10, "min": 10, "max": 10,
                                             "undated": 1}
    assert lat["summary"]["Sanction"] == {"count": 3, "median": 3, "min": 1, "max": 30,
                                          "undated": 0}
    lone = [a for a in lat["attributions"] if short(a["attribution"]) == "lone"][0]
    assert lone["attack"] is None and lone["days_from_attack"] is None


def test_dates_fall_back_to_edtf_and_interval_uses_earliest_bound():
    bare = ev("a", "CyberAttack", [], ["A"], None)
    bare["date"] = "2011/2018"  # no date_earliest key: parsed from the EDTF value
    c = {"entities": [], "events": [
        bare,
        ev("b", "Attribution", ["A"], ["B"], "2011-01-31", "a"),
        ev("decade", "CyberAttack", [], ["C"], "199X"),
    ]}
    assert response_latency(c)["attacks"][1]["days"] == 30
    assert [short(ch["attack"]) for ch in incident_chains(c)] == ["decade", "a"]


def test_actor_profile_order_roles_and_aliases(albania):
    rows = actor_profile(albania, "islamic republic of IRAN")
    assert [(r["date"], r["type"], r["role"], r["counterparts"], short(r["event"])) for r in rows] == [
        ("2022-09", "LegalAction", "target", ["United States"], "us-charge"),
        ("2022-09-07", "Attribution", "target", ["Albania"], "blame"),
        ("2022-09-07", "SeverRelations", "target", ["Albania"], "sever"),
        ("2022-09-08", "Condemnation", "target", ["United States"], "condemn"),
        ("2022-09-08", "Attribution", "target", ["United States"], "us-blame"),
        (None, "Denial", "actor", [], "deny"),
    ]
    assert rows[-1]["text"] == "deny sentence"
    assert actor_profile(albania, "TEHRAN") == rows == actor_profile(albania, "Iran")
    alb = actor_profile(albania, "tirana")
    assert [(short(r["event"]), r["role"]) for r in alb] == [
        ("attack", "target"), ("blame", "actor"), ("sever", "actor")]
    assert actor_profile(albania, "Nobody") == []


def test_actor_profile_unknown_entity_name_and_both_roles():
    c = {"entities": [], "events": [
        ev("a", "LegalAction", ["Some Court"], ["some court"], "2020-01-01"),
        ev("b", "Sanction", ["X"], ["Some Court"], "2019-01-01"),
    ]}
    rows = actor_profile(c, "SOME COURT")
    assert [(short(r["event"]), r["role"], r["counterparts"]) for r in rows] == [
        ("b", "target", ["X"]), ("a", "actor", []), ("a", "target", [])]


# ------------------------------------------------------------------------------ reporting

def test_summary_json_serialisable_and_deterministic(albania):
    before = copy.deepcopy(albania)
    s1, s2 = summary(albania), summary(albania)
    assert albania == before  # pure: input untouched
    assert s1 == s2
    text = json.dumps(s1)
    assert text == json.dumps(s2) and json.loads(text) == s1
    assert list(s1) == ["counts", "network", "centrality", "communities", "incident_chains",
                        "response_latency"]
    assert s1["counts"] == {"documents": 1, "entities": 5, "events": 8, "skipped_events": 2,
                            "events_by_type": {"Attribution": 2, "Condemnation": 1,
                                               "CyberAttack": 1, "Denial": 1, "LegalAction": 1,
                                               "Sanction": 1, "SeverRelations": 1}}
    assert s1["network"]["edges"] == 8 and s1["network"]["pairs"] == 5
    pairs = [(e["source"], e["target"]) for e in s1["network"]["weighted_edges"]]
    assert pairs == sorted(pairs)
    floats = [v for r in s1["centrality"] for v in (r["degree"], r["betweenness"], r["pagerank"])]
    assert all(round(v, 6) == v for v in floats)
    assert s1["response_latency"]["attacks"][0]["days"] == 54


def test_summary_of_empty_collection():
    s = summary({"documents": [], "entities": [], "events": []})
    assert s["centrality"] == [] and s["communities"] == [] and s["incident_chains"] == []
    assert s["response_latency"]["summary"]["Sanction"]["count"] == 0
    json.dumps(s)


def test_format_table_aligned():
    rows = [{"entity": "Iran", "pagerank": 0.5, "n": 3, "tags": ["a", "b"]},
            {"entity": "United States", "pagerank": 0.125, "n": 12, "tags": None}]
    out = format_table(rows, ["entity", ("pagerank", "PR"), "n", "tags"])
    assert out.splitlines() == [
        "entity             PR   n  tags",
        "-------------  ------  --  ----",
        "Iran           0.5000   3  a, b",
        "United States  0.1250  12  -",
    ]
    assert format_table(rows[:1]).splitlines()[0].split() == ["entity", "pagerank", "n", "tags"]
    assert format_table([], ["a"]) == "a\n-"


def test_docstring_examples():
    result = doctest.testmod(analysis, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 10 and result.failed == 0
