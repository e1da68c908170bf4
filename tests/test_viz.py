"""kg.viz without a browser: embedded data, escaping, offline-ness, determinism, layout."""
from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

import pytest

from kg import viz

EV = "https://w3id.org/kg-cyber/id/event/albania-iran/"
HOSTILE_SCRIPT = "<script>window.pwned=1;alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=\"window.pwned=1;alert(1)\">"
HOSTILE_SENTENCE = ("Officials said </script><script>window.pwned=1</script> and 'quotes' \"double\" "
                    "back\\slash \u2028line-sep <!-- comment " + HOSTILE_IMG)


def _ev(eid, etype, actors, targets, date_str, lo=None, hi=None, prec=None, about=None,
        sentence="A sentence.", article="albania-iran"):
    ev = {"id": EV + eid, "type": etype, "actors": actors, "targets": targets, "date": date_str,
          "about": EV + about if about else None, "text": sentence, "modality": "asserted",
          "confidence": 0.7, "sources": [{"article": article, "sentence": sentence, "start": 0,
                                          "end": len(sentence)}]}
    if date_str is not None:
        ev.update(date_precision=prec or "day", date_earliest=lo or date_str, date_latest=hi or date_str)
    return ev


def hostile_collection() -> dict:
    """The Albania-Iran story of 2022, with one article whose text is hostile markup."""
    entities = [
        {"name": "Albania", "type": "Country", "aliases": ["Tirana"]},
        {"name": "Iran", "type": "Country", "aliases": ["Tehran"]},
        {"name": "United States", "type": "Country", "aliases": ["US"]},
        {"name": "Edi Rama", "type": "Person", "aliases": []},
        {"name": "Ministry of Intelligence (Iran)", "type": "GovernmentBody", "aliases": ["MOIS"]},
        {"name": "HomeLand Justice", "type": "ThreatActor", "aliases": []},
        {"name": "ZeroCleare", "type": "Malware", "aliases": []},
        {"name": HOSTILE_SCRIPT, "type": "Organization", "aliases": [HOSTILE_IMG]},
    ]
    events = [
        _ev("e01", "CyberAttack", ["HomeLand Justice"], ["Albania"], "2022-07-15",
            sentence="a July 15 cyberattack on Albanian institutions"),
        _ev("e02", "Attribution", ["Albania", "Edi Rama"], ["Iran"], "2022-09-07", about="e01",
            sentence="Rama accused Iran of orchestrating the July 15 cyberattack"),
        _ev("e03", "SeverRelations", ["Albania"], ["Iran"], "2022-09-07", about="e01"),
        _ev("e04", "ExpelDiplomats", ["Albania"], ["Iran"], "2022-09-07", about="e01"),
        _ev("e05", "Sanction", ["United States"], ["Ministry of Intelligence (Iran)"], "2022-09-09",
            about="e01"),
        _ev("e06", "CyberAttack", ["Iran", HOSTILE_SCRIPT], ["Albania"], "2022-09-09",
            sentence=HOSTILE_SENTENCE, article="hostile-article"),
        _ev("e07", "Condemnation", ["Edi Rama"], [], None, about="e06"),
        _ev("e08", "Denial", ["Iran"], [], None, about="e02"),
        _ev("e09", "CyberAttack", [], ["Albania"], "2022-07", lo="2022-07-01", hi="2022-07-31",
            prec="month", sentence="attacks during July"),
        _ev("e10", "DefensiveMeasure", ["Albania"], [], "2022", lo="2022-01-01", hi="2022-12-31",
            prec="year"),
        _ev("e11", "Hosting", ["Albania"], [HOSTILE_SCRIPT], "2013", lo="2013-01-01",
            hi="2013-12-31", prec="year"),
        _ev("e12", "CyberAttack", ["ZeroCleare"], ["Albania"], "2021-12-20"),
    ]
    documents = [{"id": "albania-iran", "published": "2022-09-10", "title": "Albania cuts ties with Iran"},
                 {"id": "hostile-article", "published": "2022-09-11", "title": HOSTILE_SCRIPT}]
    return {"documents": documents, "entities": entities, "events": events}


def synthetic(n: int, seed: int = 3) -> dict:
    rng = random.Random(seed)
    names = [f"Entity {i}" for i in range(max(6, n // 5))]
    types = list(viz.EVENT_COLORS)
    events = []
    for i in range(n):
        d = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
        undated = rng.random() < 0.1
        events.append(_ev(f"s{i:05d}", rng.choice(types), rng.sample(names, rng.randint(0, 2)),
                          rng.sample(names, rng.randint(0, 2)), None if undated else d.isoformat()))
    return {"documents": [], "entities": [{"name": n_, "type": "Country", "aliases": []} for n_ in names],
            "events": events}


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "no embedded data"
    return json.loads(m.group(1))


def kinds(payload: dict, kind: str) -> list[dict]:
    return [n for n in payload["nodes"] if n["kg"]["kind"] == kind]


@pytest.fixture(scope="module")
def coll():
    return hostile_collection()


# --------------------------------------------------------------------------- graph

def test_graph_counts_match_collection(coll):
    data = embedded(viz.graph_html(coll))
    assert data["mode"] == "graph"
    assert len(kinds(data, "event")) == len(coll["events"])
    assert len(kinds(data, "entity")) == len(coll["entities"])
    assert {n["id"] for n in kinds(data, "event")} == {e["id"] for e in coll["events"]}
    roles = {"actor": 0, "target": 0, "about": 0}
    for e in data["edges"]:
        roles[e["kg"]["role"]] += e["kg"]["count"]
    assert roles["actor"] == sum(len(e["actors"]) for e in coll["events"])
    assert roles["target"] == sum(len(e["targets"]) for e in coll["events"])
    assert roles["about"] == sum(1 for e in coll["events"] if e["about"])
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])
    assert data["physics"] is True  # small graph: live layout


def test_entities_missing_from_list_get_a_node(coll):
    c = dict(coll, entities=coll["entities"][:2])
    data = viz.graph_data(c)
    names = {n["id"] for n in kinds(data, "entity")}
    used = {x for e in coll["events"] for x in e["actors"] + e["targets"]}
    assert {"entity:" + x for x in used} <= names


def test_parallel_edges_are_aggregated():
    ev = [_ev(f"p{i}", "CyberAttack", ["Iran"], ["Albania"], f"2022-0{i + 1}-01") for i in range(3)]
    ev.append(_ev("p9", "Sanction", ["Iran"], ["Albania"], "2022-05-01"))
    ev[0]["actors"] = ["Iran", "Iran"]  # a repeated actor is one edge, not two
    c = {"documents": [], "entities": [], "events": ev}
    data = viz.graph_data(c, collapse_events=True)
    assert kinds(data, "event") == []
    by_label = {e["kg"]["base"]: e for e in data["edges"]}
    assert by_label["CyberAttack"]["kg"]["count"] == 3
    assert by_label["CyberAttack"]["label"] == "CyberAttack \u00d73"
    assert by_label["CyberAttack"]["width"] > by_label["Sanction"]["width"]
    assert len(by_label["CyberAttack"]["kg"]["ev"]) == 3
    plain = viz.graph_data(c)
    assert sum(1 for e in plain["edges"] if e["kg"]["role"] == "actor") == 4


def test_event_tooltip_content(coll):
    data = viz.graph_data(coll)
    node = next(n for n in data["nodes"] if n["id"] == EV + "e02")
    tip = node["kg"]["tip"]
    assert tip["h"] == "Attribution"
    rows = dict(tip["rows"])
    assert rows["Date"] == "2022-09-07"
    assert rows["Actors"] == "Albania, Edi Rama"
    assert rows["Targets"] == "Iran"
    assert rows["About"].startswith("CyberAttack (2022-07-15")
    assert tip["quotes"][0][0] == "Rama accused Iran of orchestrating the July 15 cyberattack"
    assert "Albania cuts ties with Iran" in tip["quotes"][0][1]
    month = next(n for n in data["nodes"] if n["id"] == EV + "e09")
    assert dict(month["kg"]["tip"]["rows"])["Date"].startswith("2022-07 (month")


def test_hostile_text_only_escaped(coll):
    for html in (viz.graph_html(coll), viz.timeline_html(coll), viz.graph_html(coll, collapse_events=True)):
        # the only script elements are kg's own: data, vis-network, page script
        outside_vis = html.replace(viz._vendor()[0], "")
        assert len(re.findall(r"<script", outside_vis, re.I)) == 3
        assert len(re.findall(r"</script", html, re.I)) == 3
        assert HOSTILE_SCRIPT not in html
        assert HOSTILE_IMG not in html
        assert "<img" not in outside_vis.lower()  # the hostile tag survives only as \u003cimg
        assert "\u2028" not in html.split('id="kg-data">')[1].split("</script>")[0]
        assert "\\u003cscript\\u003ewindow.pwned=1" in html
        # ... and the data still round-trips to the exact article text
        data = embedded(html)
        blob = json.dumps(data, ensure_ascii=False)
        assert json.dumps(HOSTILE_SCRIPT, ensure_ascii=False)[1:-1] in blob
    title = viz.graph_html(coll, title=HOSTILE_SCRIPT)
    assert "<title>&lt;script&gt;window.pwned=1;alert(1)&lt;/script&gt;</title>" in title
    assert HOSTILE_SCRIPT not in title


def test_safe_json_escapes():
    s = viz.safe_json({"a": "</script><!--\u2028\u2029&'\"\\"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == {"a": "</script><!--\u2028\u2029&'\"\\"}


EXTERNAL = re.compile(r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
                      r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import)""", re.I)


def test_no_external_urls_and_self_contained(coll):
    for html in (viz.graph_html(coll), viz.timeline_html(coll), viz.graph_html(synthetic(400))):
        assert not EXTERNAL.search(html)
        assert not re.search(r"<(?:script|link|img|iframe)[^>]*\s(?:src|href)\s*=", html, re.I)
        assert "vis-network" in html and "new vis.Network" in html  # vis is inlined
        assert "default-src 'none'" in html                         # CSP forbids any fetch
        assert "cdn" not in re.sub(r"/\*.*?\*/", "", html[:5000], flags=re.S).lower()


def test_output_is_deterministic(coll):
    a = viz.graph_html(coll)
    assert a == viz.graph_html(coll)
    shuffled = dict(coll, events=list(reversed(coll["events"])), entities=list(reversed(coll["entities"])))
    assert viz.graph_html(shuffled) == a
    assert viz.timeline_html(shuffled) == viz.timeline_html(coll)
    big = synthetic(500)
    assert viz.graph_html(big) == viz.graph_html(big)


def test_filters_and_legend_present(coll):
    html = viz.graph_html(coll)
    for needle in ('id="kg-date-from"', 'id="kg-date-to"', 'id="kg-undated"', 'id="kg-event-types"',
                   'id="kg-entity-types"', "applyFilter", "data-kg-type"):
        assert needle in html
    data = embedded(html)
    legend_types = [row[0] for row in data["legend"]["events"]]
    assert set(legend_types) == {e["type"] for e in coll["events"]}
    assert legend_types[:3] == ["CyberAttack", "Attribution", "Denial"]  # scored types first
    assert {row[0] for row in data["legend"]["entities"]} == {e["type"] for e in coll["entities"]}
    colours = {row[0]: row[1] for row in data["legend"]["events"]}
    assert all(n["color"] == colours[n["kg"]["type"]] for n in kinds(data, "event"))
    assert (data["dateMin"], data["dateMax"]) == ("2013-01-01", "2022-12-31")


def test_python_side_filters(coll):
    data = viz.graph_data(coll, types=["CyberAttack"])
    assert {n["kg"]["type"] for n in kinds(data, "event")} == {"CyberAttack"}
    data = viz.graph_data(coll, date_from="2022-09-01", date_to="2022-09-30", include_undated=False)
    ids = {n["id"][len(EV):] for n in kinds(data, "event")}
    assert ids == {"e02", "e03", "e04", "e05", "e06", "e10"}  # e10 is the whole of 2022


def test_big_graph_has_fixed_layout():
    data = viz.graph_data(synthetic(400))
    assert data["physics"] is False
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    pos = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(pos) == len(data["nodes"])  # no two nodes on the same spot
    small = viz.graph_data(synthetic(20))
    assert small["physics"] is True and not any("x" in n for n in small["nodes"])


def test_edtf_fallback_bounds():
    assert viz.event_bounds({"date": "199X"}) == (date(1990, 1, 1), date(1999, 12, 31), "decade")
    assert viz.event_bounds({"date": "2011/2018"}) == (date(2011, 1, 1), date(2018, 12, 31), "interval")
    assert viz.event_bounds({"date": "2022-02"}) == (date(2022, 2, 1), date(2022, 2, 28), "month")
    assert viz.event_bounds({"date": None}) == (None, None, None)


# --------------------------------------------------------------------------- timeline

def test_timeline_x_follows_dates(coll):
    data = embedded(viz.timeline_html(coll))
    assert data["mode"] == "timeline" and data["physics"] is False
    assert data["options"]["physics"]["enabled"] is False
    events = kinds(data, "event")
    assert len(events) == len(coll["events"])
    dated = sorted((n for n in events if n["kg"]["lo"]), key=lambda n: n["kg"]["lo"])
    xs = [n["kg"]["x0"] for n in dated]
    assert xs == sorted(xs)
    for a, b in zip(dated, dated[1:]):
        if a["kg"]["lo"] < b["kg"]["lo"]:
            assert a["kg"]["x0"] < b["kg"]["x0"]
    segments = data["axis"]["segments"]
    for n in dated:  # linear within the axis segment that holds the event
        lo = date.fromisoformat(n["kg"]["lo"])
        seg = next(g for g in segments if g["from"] <= n["kg"]["lo"] <= g["to"])
        want = seg["x0"] + (lo - date.fromisoformat(seg["from"])).days * seg["pxPerDay"]
        assert n["kg"]["x0"] == pytest.approx(want, abs=0.1)
        assert n["x"] == pytest.approx(n["kg"]["x0"] + n["kg"]["w"] / 2, abs=0.11)


def test_timeline_breaks_long_empty_stretches(coll):
    data = viz.timeline_data(coll)
    segments, breaks = data["axis"]["segments"], data["axis"]["breaks"]
    # the 2013 event and the 2022 cluster are two segments with one narrow break between
    assert len(segments) >= 2 and len(breaks) == len(segments) - 1
    assert all(b["x1"] - b["x0"] == pytest.approx(60.0) for b in breaks)
    first, last = segments[0], segments[-1]
    assert first["from"].startswith("2013") and last["to"].startswith("2022")
    def days(g):
        return (date.fromisoformat(g["to"]) - date.fromisoformat(g["from"])).days + 1
    # the eight empty years take 60 px; each segment its days at its own scale, which
    # grows with the number of events it holds
    assert data["axis"]["xEnd"] == pytest.approx(
        sum(days(g) * g["pxPerDay"] for g in segments) + 60 * len(breaks), abs=0.3)
    held = [sum(1 for n in kinds(data, "event") if n["kg"]["lo"] and g["from"] <= n["kg"]["lo"] <= g["to"])
            for g in segments]
    widths = [days(g) * g["pxPerDay"] for g in segments]
    assert (widths[0] < widths[-1]) == (held[0] < held[-1])
    years = [t["label"] for t in data["ticks"] if t["major"]]
    assert "2013" in years and "2022" in years


def test_timeline_precision_drawn_as_span(coll):
    data = viz.timeline_data(coll)
    by = {n["id"][len(EV):]: n for n in kinds(data, "event")}
    ppd = data["axis"]["pxPerDay"]
    assert by["e09"]["kg"]["prec"] == "month"
    assert by["e09"]["kg"]["w"] == pytest.approx(max(31 * ppd, 10), abs=0.1)
    assert by["e10"]["kg"]["w"] == pytest.approx(max(365 * ppd, 10), abs=0.1)
    assert by["e10"]["kg"]["w"] > by["e09"]["kg"]["w"] >= by["e01"]["kg"]["w"]
    assert by["e09"]["label"].startswith("2022-07 ")
    assert by["e01"]["kg"]["prec"] == "day" and not by["e01"]["label"].startswith("2022")


def test_timeline_lanes_and_undated_band(coll):
    data = viz.timeline_data(coll)
    bands = data["bands"]
    assert [b["label"] for b in bands if b["kind"] == "lane"][:2] == ["CyberAttack", "Attribution"]
    assert bands[-1] == {**bands[-1], "label": "Undated", "kind": "undated"}
    events = kinds(data, "event")
    undated = [n for n in events if not n["kg"]["lo"]]
    dated = [n for n in events if n["kg"]["lo"]]
    assert {n["id"][len(EV):] for n in undated} == {"e07", "e08"}
    assert all(n["kg"]["lane"] == "Undated" for n in undated)
    assert min(n["y"] for n in undated) > max(n["y"] for n in dated)
    assert all(bands[-1]["y0"] <= n["y"] <= bands[-1]["y1"] for n in undated)
    for n in dated:  # each dated event sits inside its own lane's band
        band = next(b for b in bands if b["label"] == n["kg"]["lane"])
        assert band["y0"] <= n["y"] <= band["y1"]
        assert n["kg"]["lane"] == n["kg"]["type"]


def test_timeline_about_edges(coll):
    data = viz.timeline_data(coll)
    pairs = {(e["from"][len(EV):], e["to"][len(EV):]) for e in data["edges"]}
    assert pairs == {(e["id"][len(EV):], e["about"][len(EV):]) for e in coll["events"] if e["about"]}
    assert all(e["arrows"] == "to" for e in data["edges"])


def test_timeline_axis_ticks(coll):
    data = viz.timeline_data(coll)
    years = [t["label"] for t in data["ticks"] if t["major"]]
    assert "2013" in years and "2022" in years
    short = viz.timeline_data(coll, date_from="2022-07-01")
    months = [t["label"] for t in short["ticks"] if not t["major"]]
    assert "Aug 2022" in months and "Sep 2022" in months
    xs = [t["x"] for t in short["ticks"]]
    assert xs == sorted(xs)


def test_timeline_actor_lanes(coll):
    data = viz.timeline_data(coll, lanes="actor")
    lanes = [b["label"] for b in data["bands"]]
    assert "Albania" in lanes and "(no actor)" in lanes and lanes[-1] == "Undated"
    by = {n["id"][len(EV):]: n for n in kinds(data, "event")}
    assert by["e02"]["kg"]["lane"] == "Albania"
    assert by["e09"]["kg"]["lane"] == "(no actor)"
    with pytest.raises(ValueError):
        viz.timeline_data(coll, lanes="colour")


def test_writers(tmp_path, coll):
    g = viz.write_graph(coll, tmp_path / "out" / "g.html", title="Graph")
    t = viz.write_timeline(coll, tmp_path / "t.html", lanes="actor")
    assert g.read_text(encoding="utf-8") == viz.graph_html(coll, title="Graph")
    assert t.read_text(encoding="utf-8") == viz.timeline_html(coll, lanes="actor")


def test_empty_collection():
    for html in (viz.graph_html({}), viz.timeline_html({"events": []})):
        data = embedded(html)
        assert kinds(data, "event") == []
