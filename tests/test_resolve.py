"""Cross-article resolution (kg/resolve.py): unit rules, then the incident corpus end to end.

tests/data/incident/ holds one invented incident told by three differently worded
articles published on different days (a wire story, a daily, a tech explainer).
"""
from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from kg import api, rdf
from kg.resolve import (INCIDENT_GRAPH, UNDATED_WINDOW_DAYS, ReportRecord, cluster, compatible,
                        incident_confidence, incident_triples)
from kg.store import Store

CORPUS = Path(__file__).parent / "data" / "incident"
ARTICLES = sorted(CORPUS.glob("*.txt"))
E = "https://w3id.org/kg-cyber/id/entity/"


def rec(iri, graph, type_="CyberAttack", actors=(), targets=("EST",), d=None, prec=None,
        conf=0.5, source=None, published=date(2024, 3, 10), modality="asserted"):
    if isinstance(d, tuple):
        earliest, latest = d
    else:
        earliest = latest = d
    return ReportRecord(iri, graph, type_, frozenset(actors), frozenset(targets), earliest, latest,
                        prec if d else None, modality, conf, source or graph, published=published)


DAY = (date(2024, 3, 4), date(2024, 3, 4))
MARCH = (date(2024, 3, 1), date(2024, 3, 31))


# -- compatibility ------------------------------------------------------------------------

def test_month_and_day_reports_of_one_attack_are_compatible():
    assert compatible(rec("a", "g1", d=DAY, prec="day"), rec("b", "g2", d=MARCH, prec="month"))


def test_different_days_types_or_victims_are_not_compatible():
    day = rec("a", "g1", d=DAY, prec="day")
    assert not compatible(day, rec("b", "g2", d=(date(2024, 3, 9),) * 2, prec="day"))
    assert not compatible(day, rec("b", "g2", type_="Sanction", d=DAY, prec="day"))
    assert not compatible(day, rec("b", "g2", targets=("LVA",), d=DAY, prec="day"))


def test_reports_of_one_article_are_never_merged():
    assert not compatible(rec("a", "g1", d=DAY, prec="day"), rec("b", "g1", d=DAY, prec="day"))


def test_claimants_must_agree_when_both_are_named():
    est = rec("a", "g1", "Attribution", actors=("EST",), targets=("RUS",), d=DAY, prec="day")
    gbr = rec("b", "g2", "Attribution", actors=("GBR",), targets=("RUS",), d=DAY, prec="day")
    anon = rec("c", "g3", "Attribution", actors=(), targets=("RUS",), d=DAY, prec="day")
    assert not compatible(est, gbr)
    assert compatible(est, anon) and compatible(gbr, anon)


def test_reports_sharing_no_named_participant_are_not_compatible():
    assert not compatible(rec("a", "g1", targets=()), rec("b", "g2", targets=()))


def test_undated_report_matches_within_three_months_before_publication():
    undated = rec("u", "g1", actors=("RUS",), published=date(2024, 3, 10))
    assert compatible(undated, rec("a", "g2", d=DAY, prec="day"))
    old = date(2023, 11, 1)
    assert not compatible(undated, rec("b", "g3", d=(old, old), prec="day"))
    assert UNDATED_WINDOW_DAYS == 90


def test_weak_reports_stay_alone():
    weak = rec("u", "g1", "Denial", actors=("RUS",), targets=())
    assert weak.weak()
    assert not compatible(weak, rec("a", "g2", "Denial", actors=("RUS",), targets=(), d=DAY, prec="day"))
    assert not compatible(weak, rec("b", "g3", "Denial", actors=("RUS",), targets=()))
    about = ReportRecord(**{**weak.__dict__, "context": frozenset({"EST"})})
    assert not about.weak()


# -- clustering ---------------------------------------------------------------------------

def test_cluster_merges_precisions_and_keeps_the_finest_date():
    reports = [rec("m", "g2", d=MARCH, prec="month", source="Daily"),
               rec("d", "g1", d=DAY, prec="day", source="Wire"),
               rec("u", "g3", actors=("RUS",), source="Tech")]
    groups = cluster(reports)
    assert [[r.iri for r in g] for g in groups] == [["d", "m", "u"]]
    triples = {(str(p).rsplit("#", 1)[-1], str(o)) for _, p, o in incident_triples(groups[0])}
    assert ("edtf", "2024-03-04") not in triples  # the records carry no edtf string here
    assert ("earliest", "2024-03-04") in triples and ("latest", "2024-03-04") in triples
    assert ("reportCount", "3") in triples and ("sourceCount", "3") in triples
    assert ("confidence", "0.875") in triples  # 1 - 0.5^3


def test_cluster_does_not_guess_between_two_candidates():
    reports = [rec("a", "g1", d=DAY, prec="day"),
               rec("b", "g2", d=(date(2024, 3, 20),) * 2, prec="day"),
               rec("c", "g3", d=MARCH, prec="month")]
    assert [[r.iri for r in g] for g in cluster(reports)] == [["a"], ["b"], ["c"]]


def test_cluster_is_a_function_of_the_set():
    reports = [rec("a", "g1", d=DAY, prec="day"), rec("b", "g2", d=MARCH, prec="month"),
               rec("c", "g3"), rec("d", "g4", targets=("LVA",)), rec("e", "g2", d=DAY, prec="day")]
    want = cluster(reports)
    for perm in itertools.permutations(reports):
        assert cluster(perm) == want


def test_confidence_grows_with_independent_sources_only():
    one = [rec("a", "g1", conf=0.6, source="Wire")]
    same_source = one + [rec("b", "g2", conf=0.6, source="Wire")]
    two_sources = one + [rec("b", "g2", conf=0.6, source="Daily")]
    assert incident_confidence(one) == incident_confidence(same_source) == 0.6
    assert incident_confidence(two_sources) == 0.84


# -- the incident corpus, end to end --------------------------------------------------------

def incidents(store) -> dict[str, list[dict]]:
    rows = api.query(rdf.load_query("incidents"), store=store)[1]
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["type"], []).append(row)
    return out


def canonical(store) -> str:
    return api.export("nq", store=store)


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("incident") / "store"
    result = api.ingest([CORPUS], store=str(path))
    assert sorted(result.ingested) == [p.stem for p in ARTICLES] and not result.failed
    return str(path)


def test_one_incident_per_real_world_event(corpus_store):
    by_type = incidents(corpus_store)
    got = {t: [(r["actors"], r["targets"], r["date"], r["reports"], r["sources"]) for r in rows]
           for t, rows in by_type.items()}
    # one canonical attack, told by all three outlets ("early March", "March 4", "March 4, 2024")
    assert [(a, d, n, s) for a, t, d, n, s in got["CyberAttack"]] == [
        ("GRU (Russian Federation) | Russia", "2024-03-04", "3", "3")]
    assert "Estonia" in got["CyberAttack"][0][1]
    # one attribution per claimant: Estonia's (three outlets; its prime minister, quoted naming
    # the GRU, speaks for the dateline's state) and Britain's (two)
    assert sorted(got["Attribution"]) == [("Estonia | Kristen Michal", "GRU (Russian Federation) | Russia", "2024-03-06", "3", "3"),
                                          ("United Kingdom", "Russia", "2024-03-07", "2", "2")]
    # one severance, told on two days
    assert got["SeverRelations"] == [("Estonia", "Russia", "2024-03-06", "2", "2")]
    # the denial is kept beside the attributions it answers
    assert [(a, n) for a, t, d, n, s in got["Denial"]] == [("Ministry of Foreign Affairs (Russia) | Russia", "2")]
    assert set(got) == {"CyberAttack", "Attribution", "SeverRelations", "Denial"}


def test_incidents_link_every_report_with_its_source(corpus_store):
    rows = api.query(rdf.load_query("incident-reports"), store=corpus_store)[1]
    sever = [r for r in rows if r["type"] == "SeverRelations"]
    assert sorted((r["publisher"], r["published"]) for r in sever) == [("Daily", "2024-03-08"),
                                                                       ("Wire", "2024-03-06")]
    assert all(r["sentence"] for r in sever)


def test_disagreeing_sources_are_listed(corpus_store):
    rows = api.query(rdf.load_query("disagreements"), store=corpus_store)[1]
    denials = [r for r in rows if r["kind"] == "denial"]
    assert denials and all("Russia" in r["accused"] and "Russia" in r["disputer"] for r in denials)


def test_aliases_gather_every_name_of_an_entity(corpus_store):
    rows = {r["entity"]: r for r in api.query(rdf.load_query("aliases"), store=corpus_store)[1]}
    rus = rows[E + "RUS"]
    assert rus["iso3"] == "RUS" and rus["geonames"]
    assert {"Russia", "Moscow", "Russian"} <= set(rus["aliases"].split(" | "))
    assert int(rus["articles"]) == 3


def test_ingest_order_does_not_change_the_graph(corpus_store, tmp_path):
    want = canonical(corpus_store)
    for i, order in enumerate(itertools.permutations(ARTICLES)):
        if i == 0:
            continue  # sorted order: the fixture
        path = str(tmp_path / f"s{i}")
        for article in order:
            api.ingest([article], store=path)
        assert canonical(path) == want, [a.name for a in order]


def test_reingest_changes_nothing_and_remove_is_exact(corpus_store, tmp_path):
    path = str(tmp_path / "s")
    api.ingest([CORPUS], store=path)
    full = canonical(path)
    api.ingest([ARTICLES[1]], store=path)
    assert canonical(path) == full
    assert api.remove([ARTICLES[1].stem], store=path) == [ARTICLES[1].stem]
    others = str(tmp_path / "others")
    api.ingest([ARTICLES[0], ARTICLES[2]], store=others)
    assert canonical(path) == canonical(others)
    for a in (ARTICLES[0], ARTICLES[2]):
        api.remove([a.stem], store=path)
    with Store(path) as st:
        assert st.graphs() == [] and len(st) == 0  # no incident or entity is left behind


def test_jobs_give_the_same_graph(corpus_store, tmp_path):
    path = str(tmp_path / "jobs")
    result = api.ingest([CORPUS], store=path, jobs=2)
    assert sorted(result.ingested) == [p.stem for p in ARTICLES]
    assert canonical(path) == canonical(corpus_store)


def test_incident_graph_conforms_to_the_shapes(corpus_store):
    ok, report = api.validate(store=corpus_store)
    assert ok, report
    bad = api.export("ttl", store=corpus_store).replace("kg:reportCount 2", "kg:reportCount 0", 1)
    assert "kg:reportCount 0" in bad
    ok, report = rdf.validate(api.turtle_graph(bad))
    assert not ok and "reportCount" in report


def test_incidents_stay_out_of_report_queries(corpus_store):
    with Store(corpus_store) as st:
        n_reports = len(st.select(
            "PREFIX kg: <https://w3id.org/kg-cyber/ontology#> SELECT ?e WHERE { GRAPH ?g { "
            "VALUES ?t { kg:CyberAttack kg:Attribution kg:Denial kg:SeverRelations } ?e a ?t } }"))
        assert INCIDENT_GRAPH in st.graphs()
    timeline = api.query(rdf.load_query("timeline"), store=corpus_store)[1]
    assert not [r for r in timeline if "/incident/" in str(r)]
    coll = api.collection(corpus_store)
    assert all("/incident/" not in ev.get("id", "") for ev in coll["events"])
    assert n_reports > 0


def test_claims_about_different_events_are_not_compatible():
    est = rec("a", "g1", "Denial", actors=("RUS",), targets=(), d=DAY, prec="day")
    lva = rec("b", "g2", "Denial", actors=("RUS",), targets=(), d=DAY, prec="day")
    about = lambda r, *ents: ReportRecord(**{**r.__dict__, "context": frozenset(ents)})  # noqa: E731
    assert compatible(about(est, "EST"), about(lva, "EST", "GRU"))
    assert not compatible(about(est, "EST"), about(lva, "LVA"))
    assert compatible(about(est, "EST"), lva)  # one side does not say what it denies


def test_analysis_runs_on_incidents_across_articles(corpus_store):
    from kg import analysis

    merged = api.collection(corpus_store, merged=True)
    reports = api.collection(corpus_store)
    assert len(merged["events"]) == 5 and len(reports["events"]) > len(merged["events"])
    lat = analysis.response_latency(merged)
    (attack,) = lat["attacks"]
    # the attack (2024-03-04) and the first attribution (2024-03-06), told by different
    # outlets, are linked through their incidents: both attributions count, once each
    assert (attack["date"], attack["attribution_date"], attack["days"], attack["attributions"]) == \
        ("2024-03-04", "2024-03-06", 2, 2)
    assert attack["attributed_to"] == ["GRU (Russian Federation)", "Russia"]
    assert lat["summary"]["SeverRelations"]["count"] == 1


def test_docstring_examples():
    import doctest

    import kg.resolve

    result = doctest.testmod(kg.resolve)
    assert result.attempted > 0 and result.failed == 0


def test_graph_of_an_event_iri_is_its_articles_graph():
    from kg.model import Event
    from kg.rdf import event_iri, graph_iri
    from kg.resolve import _graph_of

    ev = Event(id="E1", type="CyberAttack", actors=[], targets=["ALB"], date=None)
    for article_id in ("albania-iran", "a b/ü?#", "100%"):
        assert _graph_of(str(event_iri(article_id, ev))) == str(graph_iri(article_id))
    assert _graph_of("https://example.org/other/x") is None
