"""Tests for the ``kg`` command line (click CliRunner; stdout and stderr apart, click 8.2+).

Every store lives under tmp_path. Bad input must give exit status != 0, one line on stderr
starting "kg: error:", no traceback, and leave the store as it was.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.resolve import INCIDENT_GRAPH
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "albania-iran-cyberattack.txt"
SEED_ID = "albania-iran-cyberattack"
DEV = ROOT / "eval" / "dev"
WANNACRY = DEV / "wannacry-north-korea-attribution.txt"
GRAPH = "https://w3id.org/kg-cyber/id/graph/"

EVENT_KEYS = {"id", "type", "actors", "targets", "date", "about", "text"}


def kg(*args, ok: bool = True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, (args, result.stdout, result.stderr, result.exception)
    return result


def kg_error(*args, contains: str = ""):
    """Run a command that must fail cleanly; return its one stderr line."""
    result = kg(*args, ok=False)
    assert result.exit_code != 0, (args, result.stdout)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: "), lines[0]
    assert contains.lower() in lines[0].lower(), lines[0]
    return lines[0]


def quads(store: Path) -> str:
    with Store(store) as st:
        return st.nquads()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A store holding the seed and one dev article (read-only use)."""
    store = tmp_path_factory.mktemp("built") / "store"
    res = kg("ingest", SEED, WANNACRY, "--store", store)
    assert "ingested 2 article(s)" in res.stdout
    return store


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "store"
    kg("ingest", SEED, "--store", path)
    return path


@pytest.fixture
def store(seed_store, tmp_path) -> Path:
    """A fresh store with the seed article in it (a copy of one ingest, for speed)."""
    path = tmp_path / "store"
    shutil.copytree(seed_store, path)
    return path


# -- kg extract -------------------------------------------------------------------------------

def test_extract_prints_events_json():
    res = kg("extract", SEED)
    doc = json.loads(res.stdout)
    assert doc["document"]["id"] == SEED_ID
    assert doc["document"]["published"] == "2022-09-10"
    assert doc["entities"] and all({"name", "type", "aliases"} <= set(e) for e in doc["entities"])
    assert doc["events"]
    names = {e["name"] for e in doc["entities"]}
    for ev in doc["events"]:
        assert EVENT_KEYS <= set(ev)
        assert set(ev["actors"] + ev["targets"]) <= names
    assert any(e["type"] == "Sanction" and e["date"] == "2022-09-09" for e in doc["events"])
    assert res.stderr == ""


def test_extract_published_override():
    doc = json.loads(kg("extract", SEED, "--published", "2022-09-17").stdout)
    assert doc["document"]["published"] == "2022-09-17"
    assert any(e["type"] == "Sanction" and e["date"] == "2022-09-16" for e in doc["events"])


def test_extract_several_need_out_dir():
    kg_error("extract", SEED, WANNACRY, contains="--out-dir")


def test_extract_out_dir(tmp_path):
    out = tmp_path / "pred"
    res = kg("extract", SEED, WANNACRY, "--out-dir", out)
    assert res.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == [f"{SEED_ID}.json", "wannacry-north-korea-attribution.json"]
    for p in out.iterdir():
        doc = json.loads(p.read_text(encoding="utf-8"))
        assert doc["document"]["id"] == p.stem
        assert doc["events"]


def test_extract_out_dir_reports_bad_file_and_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "pred"
    res = kg("extract", empty, SEED, "--out-dir", out, ok=False)
    assert res.exit_code == 1
    assert res.stderr.strip().startswith("kg: error: ") and "empty" in res.stderr
    assert [p.name for p in out.iterdir()] == [f"{SEED_ID}.json"]


def test_extract_ttl():
    ttl = kg("extract", SEED, "--format", "ttl").stdout
    import rdflib

    g = rdflib.Graph().parse(data=ttl, format="turtle")
    assert len(g) > 50
    assert "Sanction" in ttl


# -- bad input --------------------------------------------------------------------------------

def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00\x00" + bytes(range(256)))
    (d / "latin1.txt").write_bytes(b"\xff\xfe caf\xe9 the news of the day")
    (d / "french.txt").write_text("L'Albanie a rompu mercredi ses relations diplomatiques avec l'Iran "
                                  "après une cyberattaque contre les systèmes du gouvernement.", encoding="utf-8")
    shutil.copy(SEED, d / "dated.txt")
    (d / "dated.meta.json").write_text('{"published": "2022-13-45"}', encoding="utf-8")
    shutil.copy(SEED, d / "badmeta.txt")
    (d / "badmeta.meta.json").write_text("{published: yesterday", encoding="utf-8")
    return {
        "empty": (d / "empty.txt", "empty"),
        "binary": (d / "binary.txt", "binary"),
        "non-utf8": (d / "latin1.txt", "UTF-8"),
        "non-english": (d / "french.txt", "English"),
        "missing": (d / "missing.txt", "no such file"),
        "meta-date": (d / "dated.txt", "malformed date"),
        "meta-json": (d / "badmeta.txt", "invalid meta file"),
    }


BAD = ["empty", "binary", "non-utf8", "non-english", "missing", "meta-date", "meta-json"]


@pytest.mark.parametrize("case", BAD)
def test_bad_input_extract(tmp_path, case):
    path, word = bad_files(tmp_path)[case]
    line = kg_error("extract", path, contains=word)
    assert path.stem in line


@pytest.mark.parametrize("case", BAD)
def test_bad_input_ingest_leaves_store_untouched(store, tmp_path, case):
    path, word = bad_files(tmp_path)[case]
    before = quads(store)
    line = kg_error("ingest", path, "--store", store, contains=word)
    assert path.stem in line
    assert quads(store) == before


@pytest.mark.parametrize("value", ["2022-13-45", "yesterday", "10/09/2022"])
def test_malformed_published(store, value):
    before = quads(store)
    kg_error("ingest", SEED, "--published", value, "--store", store, contains="malformed date")
    kg_error("extract", SEED, "--published", value, contains="malformed date")
    assert quads(store) == before


def test_ingest_mixed_good_and_bad(tmp_path):
    files = bad_files(tmp_path)
    path = tmp_path / "store"
    res = kg("ingest", files["empty"][0], SEED, "--store", path)
    assert "ingested 1 article(s)" in res.stdout and "1 failed" in res.stdout
    assert "empty" in res.stderr and "Traceback" not in res.stderr
    with Store(path) as st:
        assert st.graphs() == [GRAPH + SEED_ID, INCIDENT_GRAPH]


def test_ingest_all_bad(store, tmp_path):
    files = bad_files(tmp_path)
    before = quads(store)
    res = kg("ingest", files["empty"][0], files["binary"][0], "--store", store, ok=False)
    assert res.exit_code != 0
    assert res.stderr.strip().splitlines()[-1].startswith("kg: error: ")
    assert "Traceback" not in res.stderr
    assert quads(store) == before


def test_ingest_empty_folder(tmp_path):
    (tmp_path / "nothing").mkdir()
    kg_error("ingest", tmp_path / "nothing", "--store", tmp_path / "store", contains="no article files")


# -- ingest / remove --------------------------------------------------------------------------

def test_ingest_twice_is_idempotent(store):
    before = quads(store)
    assert before
    kg("ingest", SEED, "--store", store)
    assert quads(store) == before


def test_remove_exactly_one_article(built, tmp_path):
    path = tmp_path / "store"
    kg("ingest", WANNACRY, "--store", path)
    only_wannacry = quads(path)
    kg("ingest", SEED, "--store", path)
    assert quads(path) != only_wannacry
    res = kg("remove", SEED_ID, "--store", path)
    assert "removed 1 article(s)" in res.stdout
    assert quads(path) == only_wannacry
    kg_error("remove", SEED_ID, "--store", path, contains="not in the store")


def test_remove_by_file_name(store):
    kg("remove", f"seeds/{SEED_ID}.txt", "--store", store)
    assert quads(store) == ""


def test_second_writer_is_refused(store):
    with Store(store, write=True):
        kg_error("ingest", SEED, "--store", store, contains="locked")


def test_missing_store(tmp_path):
    kg_error("query", "ASK { ?s ?p ?o }", "--store", tmp_path / "absent", contains="no store")
    assert not (tmp_path / "absent").exists()


# -- kg query ---------------------------------------------------------------------------------

def test_timeline_json_sorted_with_undated_last(built):
    rows = json.loads(kg("query", "--name", "timeline", "--format", "json", "--store", built).stdout)
    assert len(rows) > 10
    assert {r["graph"] for r in rows} == {GRAPH + SEED_ID, GRAPH + "wannacry-north-korea-attribution"}
    dated = [r for r in rows if r["earliest"]]
    undated = [r for r in rows if not r["earliest"]]
    assert dated and undated
    assert rows == dated + undated  # undated last
    earliest = [r["earliest"] for r in dated]
    assert earliest == sorted(earliest)
    assert all(r["date"] is None for r in undated)
    sanction = [r for r in rows if r["type"] == "Sanction" and r["date"] == "2022-09-09"]
    assert sanction and "United States" in sanction[0]["actors"]


def test_timeline_csv(built):
    out = kg("query", "--name", "timeline", "--format", "csv", "--store", built).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {"event", "type", "date", "earliest", "actors", "targets", "sentence"} <= set(rows[0])
    earliest = [r["earliest"] for r in rows if r["earliest"]]
    assert earliest == sorted(earliest)


def test_timeline_table(built):
    out = kg("query", "--name", "timeline", "--store", built).stdout
    assert "Sanction" in out and "2022-09-09" in out


def test_query_list():
    out = kg("query", "--list").stdout
    assert "timeline" in out.split()
    assert not any(line.startswith("_") for line in out.splitlines())


def test_unknown_named_query(built):
    kg_error("query", "--name", "no-such-query", "--store", built, contains="no named query")


def test_query_inline_and_ask(built):
    q = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    # two article graphs and the incidents graph
    assert json.loads(kg("query", q, "--format", "json", "--store", built).stdout) == [{"n": "3"}]
    assert kg("query", "ASK { GRAPH ?g { ?s ?p ?o } }", "--store", built).stdout == "true\n"
    assert kg("query", "ASK { GRAPH ?g { ?s ?p ?o } }", "--format", "json", "--store", built).stdout == "true\n"


def test_query_from_file(built, tmp_path):
    rq = tmp_path / "sanctions.rq"
    rq.write_text("PREFIX kg: <https://w3id.org/kg-cyber/ontology#>\n"
                  "SELECT ?e WHERE { GRAPH ?g { ?e a kg:Sanction } }\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(kg("query", f"@{rq}", "--format", "csv", "--store", built).stdout)))
    assert rows and all(r["e"].startswith("https://w3id.org/kg-cyber/id/event/") for r in rows)
    kg_error("query", f"@{tmp_path / 'absent.rq'}", "--store", built, contains="no such query file")


def test_malformed_sparql(built):
    kg_error("query", "SELECT ?s WHERE { ?s ?p", "--store", built, contains="bad SPARQL query")


def test_update_needs_flag(store):
    before = quads(store)
    update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }"
    kg_error("query", update, "--store", store, contains="read-only")
    assert quads(store) == before
    assert kg("query", update, "--update", "--store", store).stdout == "update applied\n"
    assert "<urn:x:a> <urn:x:b> <urn:x:c> <urn:x:g> ." in quads(store)


def test_bad_update_with_flag_leaves_store(store):
    before = quads(store)
    kg_error("query", "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> } }", "--update", "--store", store,
             contains="bad SPARQL update")
    assert quads(store) == before


# -- kg export / validate ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "jsonld"])
def test_export_rdf_formats_deterministic(built, fmt):
    a = kg("export", "--format", fmt, "--store", built).stdout
    b = kg("export", "--format", fmt, "--store", built).stdout
    assert a == b and len(a) > 1000
    import rdflib

    if fmt == "trig":
        ds = rdflib.Dataset().parse(data=a, format="trig")
        assert {str(g.identifier) for g in ds.graphs()} >= {GRAPH + SEED_ID}
    elif fmt == "jsonld":
        json.loads(a)
    else:
        assert len(rdflib.Graph().parse(data=a, format={"ttl": "turtle", "nt": "nt"}[fmt])) > 100


def test_export_to_file(built, tmp_path):
    out = tmp_path / "sub" / "kg.nt"
    kg("export", "--format", "nt", "-o", out, "--store", built)
    assert out.read_text(encoding="utf-8") == kg("export", "--format", "nt", "--store", built).stdout


def test_export_events_json(built):
    a = kg("export", "--format", "events-json", "--store", built).stdout
    assert a == kg("export", "--format", "events-json", "--store", built).stdout
    doc = json.loads(a)
    assert {d["id"] for d in doc["documents"]} == {SEED_ID, "wannacry-north-korea-attribution"}
    assert doc["events"]
    for ev in doc["events"]:
        assert EVENT_KEYS - {"text"} <= set(ev)
        assert ev["sources"], ev
        for src in ev["sources"]:
            assert src["article"] in {SEED_ID, "wannacry-north-korea-attribution"}
            assert src["sentence"]


def test_export_unknown_format(built):
    res = kg("export", "--format", "xml", "--store", built, ok=False)
    assert res.exit_code == 2 and "Traceback" not in res.stderr


def test_validate_built_store(built):
    res = kg("validate", "--store", built)
    assert res.stdout.strip() == "conforms"


def test_validate_file_that_is_not_rdf(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is @not turtle", encoding="utf-8")
    kg_error("validate", "--file", bad, contains="cannot parse")


# -- kg build / kg eval -----------------------------------------------------------------------

def test_build(tmp_path):
    from kg import rdf
    from kg.api import turtle_graph

    out, store = tmp_path / "exports", tmp_path / "store"
    res = kg("build", SEEDS, "--out", out, "--store", store)
    names = {"kg.ttl", "events.json", "incidents.json", "analysis.json", "graph.html", "timeline.html"}
    assert {Path(line).name for line in res.stdout.split()} == names
    assert {p.name for p in out.iterdir()} == names
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    ok, report = rdf.validate(turtle_graph(ttl))
    assert ok, report
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert events["events"] and all(e["sources"] for e in events["events"])
    incidents = json.loads((out / "incidents.json").read_text(encoding="utf-8"))
    # one article: each report is its own incident, with that report's sources
    assert len(incidents["events"]) == len(events["events"])
    assert all(e["id"].startswith("https://w3id.org/kg-cyber/id/incident/") and e["report_count"] == 1
               for e in incidents["events"])
    by_report = {e["id"]: e for e in events["events"]}
    for inc in incidents["events"]:
        (rep,) = inc["reports"]
        assert inc["sources"] == by_report[rep]["sources"] and inc["type"] == by_report[rep]["type"]
    json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    for html in ("graph.html", "timeline.html"):
        text = (out / html).read_text(encoding="utf-8")
        assert "<html" in text.lower()
    # building again changes nothing
    before = quads(store)
    kg("build", SEEDS, "--out", out, "--store", store)
    assert quads(store) == before
    assert (out / "kg.ttl").read_text(encoding="utf-8") == ttl


def test_build_missing_folder(tmp_path):
    kg_error("build", tmp_path / "absent", "--out", tmp_path / "out", "--store", tmp_path / "store",
             contains="no such folder")


def test_eval_dev():
    res = kg("eval", DEV)
    lines = res.stdout.splitlines()
    overall = [line for line in lines if line.startswith("overall")]
    assert len(overall) == 1
    f1 = float(overall[0].split()[-1])
    assert 0.0 < f1 <= 1.0
    assert any(line.startswith("date_accuracy") for line in lines)


def test_eval_json_has_the_scorers_fields():
    out = json.loads(kg("eval", DEV, "--json").stdout)
    assert {"by_type", "tp", "pred", "gold", "precision", "recall", "f1", "date_accuracy", "entity_recall"} <= set(out)
    assert out["documents"] == 6 and out["gold"] == sum(t["gold"] for t in out["by_type"].values())


def _one_article_gold(folder, text: str, events: list[dict], extra_entities=()) -> None:
    """A gold folder of one article "a" published on Saturday 10 September 2022, whose
    events are (type, actors, targets, date, sentence) tuples."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.meta.json").write_text(json.dumps({"published": "2022-09-10"}), encoding="utf-8")
    entities = [{"name": "Albania", "type": "Country"}, {"name": "Iran", "type": "Country"}, *extra_entities]
    gold = {"document": {"id": "a", "published": "2022-09-10"}, "entities": entities,
            "events": [{"id": f"E{n}", "type": typ, "actors": actors, "targets": targets, "date": d, "text": sentence}
                       for n, (typ, actors, targets, d, sentence) in enumerate(events, 1)]}
    (folder / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_eval_diagnose_counts_misses_without_text(tmp_path):
    # one article, two gold events: one kg reads, one whose sentence it reads nothing in
    _one_article_gold(tmp_path, "Iran hacks Albania\n\nOn Friday, Albania blamed Iran for the cyberattack on its "
                                "government websites. The weather was mild on Saturday.\n", [
        ("Attribution", ["Albania"], ["Iran"], "2022-09-08",
         "On Friday, Albania blamed Iran for the cyberattack on its government websites."),
        ("Sanction", ["Albania"], ["Iran"], None, "The weather was mild on Saturday.")])
    diag = json.loads(kg("eval", tmp_path, "--json", "--diagnose").stdout)["diagnosis"]
    assert diag["not_read"] == {"Sanction": 1}
    assert diag["date_value"] == {"Attribution": 1}  # read as Friday 2022-09-09, gold says 09-08
    text_out = kg("eval", tmp_path, "--diagnose").stdout
    assert "missed: no event read in its sentence" in text_out and "(Sanction 1)" in text_out
    assert "weather" not in text_out and "Albania" not in text_out


def test_eval_diagnose_tells_dropped_acts(tmp_path):
    _one_article_gold(tmp_path, "Hackers hit Albania\n\nHackers attacked the network on Monday. Albania did not "
                                "expel Iran's diplomats over the cyberattack.\n", [
        ("CyberAttack", [], ["Albanian government network"], "2022-09-05", "Hackers attacked the network on Monday."),
        ("ExpelDiplomats", ["Albania"], ["Iran"], None, "Albania did not expel Iran's diplomats over the cyberattack.")],
        extra_entities=[{"name": "Albanian government network", "type": "System"}])
    diag = json.loads(kg("eval", tmp_path, "--json", "--diagnose").stdout)["diagnosis"]
    assert diag["dropped_roles"] == {"CyberAttack": 1}  # no victim named: the network of whom?
    assert diag["dropped_modality"] == {"ExpelDiplomats": 1}  # read as negated (this gold deliberately disagrees)


def test_eval_folder_without_gold(tmp_path):
    kg_error("eval", tmp_path, contains="no *.gold.json")


def test_help_has_examples():
    for cmd in ("build", "ingest", "extract", "query", "export", "validate", "remove", "eval"):
        out = kg(cmd, "--help").stdout
        assert "Example" in out, cmd


def test_ingest_folder_with_jobs_and_incidents(tmp_path):
    corpus = Path(__file__).parent / "data" / "incident"
    store = tmp_path / "store"
    res = kg("ingest", corpus, "--jobs", "2", "--store", store)
    assert res.stdout.startswith("ingested 3 article(s)")
    rows = json.loads(kg("query", "--name", "incidents", "--format", "json", "--store", store).stdout)
    assert [(r["type"], r["reports"]) for r in rows if r["type"] == "SeverRelations"] == [("SeverRelations", "2")]
    kg_error("ingest", corpus, "--jobs", "0", "--store", store, contains="--jobs")
    # analyze and viz count each incident once; --reports counts every article's report
    merged = json.loads(kg("analyze", "--format", "json", "--store", store).stdout)
    reports = json.loads(kg("analyze", "--format", "json", "--reports", "--store", store).stdout)
    assert merged != reports
    out = tmp_path / "t.html"
    kg("viz", "timeline", "-o", out, "--store", store)
    html = out.read_text(encoding="utf-8")
    assert "/id/incident/" in html and "/id/event/" not in html
    kg("viz", "timeline", "-o", out, "--reports", "--store", store)
    assert "/id/event/" in out.read_text(encoding="utf-8")


def test_query_params_fill_named_queries(built):
    window = json.loads(kg("query", "--name", "timeline-window", "--param", "from=2022-09-07",
                           "--param", "to=2022-09-09", "--format", "json", "--store", built).stdout)
    full = json.loads(kg("query", "--name", "timeline", "--format", "json", "--store", built).stdout)
    want = [r for r in full if r["earliest"] and r["latest"] >= "2022-09-07" and r["earliest"] <= "2022-09-09"]
    assert window and [(r["event"], r["date"], r["actors"], r["targets"]) for r in window] == \
        [(r["event"], r["date"], r["actors"], r["targets"]) for r in want]
    alb = json.loads(kg("query", "--name", "actor-profile", "--param", "actorLabel=Albania",
                        "--format", "json", "--store", built).stdout)
    assert alb and {r["name"] for r in alb} == {"Albania"}
    kg_error("query", "--name", "timeline", "--param", "nope=1", "--store", built, contains="no VALUES block")
    kg_error("query", "--name", "timeline", "--param", "nope", "--store", built, contains="NAME=VALUE")
    kg_error("query", "SELECT * {}", "--param", "a=1", "--store", built, contains="named queries")


def test_remove_by_file_path_uses_the_ingested_id(tmp_path):
    # "My File.txt" is ingested as "My-File": removing by the path must find it
    article = tmp_path / "My File.txt"
    shutil.copy(SEED, article)
    shutil.copy(Path(SEED).with_suffix(".meta.json"), tmp_path / "My File.meta.json")
    store = tmp_path / "store"
    kg("ingest", article, "--store", store)
    assert kg("remove", article, "--store", store).stdout.startswith("removed 1 article")
    with Store(store) as st:
        assert st.graphs() == []
