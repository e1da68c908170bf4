"""Offline, self-contained HTML views of an events collection.

Two views of the dict that the store exports (``{"documents": [...], "entities": [...],
"events": [...]}``):

* :func:`graph_html` -- a vis-network graph with entities and events as nodes (or, with
  ``collapse_events=True``, entities only, linked by aggregated actor->target edges
  labelled with the event type and a count);
* :func:`timeline_html` -- the events placed on a date axis, one lane per event type (or
  per first actor), ``about`` edges from each response to the incident it answers, and a
  separate band for undated events.

Every export is a single HTML file that works from ``file://`` with no network: kg's own
Jinja2 template (``kg/templates/kg_viz.html``) inlines the vendored vis-network build
(``kg/data/vendor/vis-network/``) and the page script. Article text is untrusted, so all
data travels as one JSON document inside ``<script type="application/json">`` with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped, is read with ``JSON.parse`` and reaches
the DOM only through ``textContent`` (tooltips are DOM elements, never HTML strings).
The output is deterministic: the same collection gives byte-identical HTML.

pyvis itself is not imported: its templates load Bootstrap and vis-network from a CDN (or
from a ``lib/`` folder beside the file) and render blank offline, so kg builds the vis
DataSet items and options directly (same vis-network 9.1.2 that pyvis 0.3.2 bundles).
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

_HERE = Path(__file__).resolve().parent
VENDOR_DIR = _HERE / "data" / "vendor" / "vis-network"
TEMPLATE_DIR = _HERE / "templates"
TEMPLATE_NAME = "kg_viz.html"
PAGE_SCRIPT = "kg_viz.js"

# Scored event types first, in the order of kg.model.EVENT_TYPES.
EVENT_COLORS = {
    "CyberAttack": "#d62728",
    "Attribution": "#ff7f0e",
    "Denial": "#8c564b",
    "Condemnation": "#e377c2",
    "SeverRelations": "#7f7f7f",
    "ExpelDiplomats": "#bcbd22",
    "Sanction": "#9467bd",
    "LegalAction": "#17becf",
    "DefensiveMeasure": "#2ca02c",
}
ENTITY_COLORS = {
    "Country": "#4e79a7",
    "Organization": "#59a14f",
    "GovernmentBody": "#76b7b2",
    "Person": "#edc948",
    "ThreatActor": "#e15759",
    "Malware": "#b07aa1",
    "Sector": "#9c755f",
    "System": "#bab0ac",
    "Other": "#c7c7c7",
}
# Colours for event types outside the scored set, picked by a stable hash of the name.
_EXTRA_COLORS = ("#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
                 "#f7b6d2", "#dbdb8d", "#9edae5", "#6b6ecf", "#b5cf6b", "#e7ba52")
ROLE_COLORS = {"actor": "#5f7fa6", "target": "#c0504d", "about": "#8a8a8a"}

PHYSICS_MAX_NODES = 300      # physics (live layout) only below this many nodes
TIMELINE_MAX_ACTOR_LANES = 25
MAX_QUOTES = 3               # source sentences quoted in one tooltip
MAX_EDGE_EVENTS = 5          # events listed in an aggregated edge's tooltip
LABEL_MAX = 48

_SAFE_JSON = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
              "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SAFE_JSON_RE = re.compile("[<>&\u2028\u2029]")


# --------------------------------------------------------------------------- helpers

def safe_json(obj: Any) -> str:
    """JSON for embedding inside an HTML ``<script>`` element.

    Keys are sorted and no whitespace is added (deterministic); ``<``, ``>``, ``&``,
    U+2028 and U+2029 become ``\\uXXXX`` escapes, so no string can close the script
    element, open a comment or break a JavaScript string literal.
    """
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)
    return _SAFE_JSON_RE.sub(lambda m: _SAFE_JSON[m.group(0)], text)


def event_color(event_type: str) -> str:
    if event_type in EVENT_COLORS:
        return EVENT_COLORS[event_type]
    h = int(hashlib.sha1(event_type.encode("utf-8")).hexdigest(), 16)
    return _EXTRA_COLORS[h % len(_EXTRA_COLORS)]


def entity_color(entity_type: str) -> str:
    return ENTITY_COLORS.get(entity_type, ENTITY_COLORS["Other"])


def _short(text: str, limit: int = LABEL_MAX) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _edtf_bounds(value: str) -> tuple[date, date, str] | None:
    """Bounds and precision of an EDTF date string (used when the export lacks date_earliest)."""
    from .extract.temporal import parse_time_value

    tv = parse_time_value(value)
    return (tv.earliest, tv.latest, tv.precision) if tv else None


def event_bounds(ev: dict) -> tuple[date | None, date | None, str | None]:
    """(earliest, latest, precision) of an event, or (None, None, None) if undated."""
    lo, hi = _to_date(ev.get("date_earliest")), _to_date(ev.get("date_latest"))
    prec = ev.get("date_precision")
    if lo is None and hi is None and ev.get("date"):
        parsed = _edtf_bounds(str(ev["date"]))
        if parsed:
            lo, hi, guessed = parsed
            prec = prec or guessed
    if lo is None and hi is None:
        return None, None, None
    lo = lo or hi
    hi = hi or lo
    if hi < lo:
        lo, hi = hi, lo
    if not prec:
        prec = "day" if lo == hi else "interval"
    return lo, hi, prec


def _date_text(ev: dict) -> str:
    lo, hi, prec = event_bounds(ev)
    if lo is None:
        return "undated"
    shown = str(ev.get("date") or (lo.isoformat() if lo == hi else f"{lo}/{hi}"))
    if prec == "day":
        return shown
    return f"{shown} ({prec}: {lo.isoformat()} \u2026 {hi.isoformat()})"


def _names(value: Any) -> list[str]:
    """A list of distinct entity names, in first-seen order."""
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    out: list[str] = []
    for v in value:
        v = str(v)
        if v and v not in out:
            out.append(v)
    return out


class _Prepared:
    """The parts of a collection that both views need, filtered and sorted."""

    def __init__(self, collection: dict, types: Iterable[str] | None, date_from: Any,
                 date_to: Any, include_undated: bool):
        docs = {}
        for d in collection.get("documents") or []:
            if isinstance(d, dict) and d.get("id") is not None:
                docs[str(d["id"])] = d
        self.docs = docs
        type_set = None if types is None else {str(t) for t in types}
        lo_bound, hi_bound = _to_date(date_from), _to_date(date_to)
        events: list[dict] = []
        seen_ids: set[str] = set()
        for ev in collection.get("events") or []:
            etype = str(ev.get("type") or "Other")
            if type_set is not None and etype not in type_set:
                continue
            lo, hi, prec = event_bounds(ev)
            if lo is None:
                if not include_undated:
                    continue
            else:
                if lo_bound and hi < lo_bound:
                    continue
                if hi_bound and lo > hi_bound:
                    continue
            eid = str(ev.get("id"))
            if eid in seen_ids:      # a repeated id would break the vis DataSet
                continue
            seen_ids.add(eid)
            events.append({"raw": ev, "id": eid, "type": etype, "lo": lo, "hi": hi, "prec": prec,
                           "actors": _names(ev.get("actors")), "targets": _names(ev.get("targets"))})
        events.sort(key=lambda e: (e["lo"] is None, e["lo"] or date.min, e["hi"] or date.min, e["id"]))
        self.events = events
        self.by_id = {e["id"]: e for e in events}

        entities: dict[str, dict] = {}
        for ent in collection.get("entities") or []:
            name = str(ent.get("name") or "")
            if name and name not in entities:
                entities[name] = ent
        # Names used by events but missing from the entity list still get a node.
        for e in events:
            for name in e["actors"] + e["targets"]:
                if name not in entities:
                    entities[name] = {"name": name, "type": "Other", "aliases": []}
        self.entities = {k: entities[k] for k in sorted(entities)}

    def article_label(self, article_id: Any) -> str:
        if article_id is None:
            return ""
        doc = self.docs.get(str(article_id))
        if not doc:
            return str(article_id)
        parts = [str(doc.get("title") or article_id)]
        if doc.get("published"):
            parts.append(str(doc["published"]))
        if doc.get("title"):
            parts.append(str(article_id))
        return " \u00b7 ".join(parts)

    def event_tip(self, e: dict) -> dict:
        ev = e["raw"]
        rows = [["Date", _date_text(ev)],
                ["Actors", ", ".join(e["actors"]) or "\u2014"],
                ["Targets", ", ".join(e["targets"]) or "\u2014"]]
        if ev.get("modality"):
            rows.append(["Modality", str(ev["modality"])])
        if ev.get("confidence") is not None:
            rows.append(["Confidence", str(ev["confidence"])])
        about = ev.get("about")
        if about:
            target = self.by_id.get(str(about))
            rows.append(["About", f"{target['type']} ({_date_text(target['raw'])})"
                         if target else str(about)])
        quotes = []
        for src in (ev.get("sources") or [])[:MAX_QUOTES]:
            if not isinstance(src, dict):
                continue
            sentence = src.get("sentence") or ev.get("text") or ""
            quotes.append([str(sentence), self.article_label(src.get("article"))])
        if not quotes and ev.get("text"):
            quotes.append([str(ev["text"]), ""])
        extra = len(ev.get("sources") or []) - MAX_QUOTES
        tip = {"h": e["type"], "rows": rows, "quotes": quotes}
        if extra > 0:
            tip["more"] = f"\u2026 and {extra} more source(s)"
        return tip


def _entity_id(name: str) -> str:
    return "entity:" + name


def _fmt(x: float) -> float:
    return round(float(x), 1)


def _legend(prep: _Prepared) -> dict:
    ev_counts = Counter(e["type"] for e in prep.events)
    ent_counts = Counter(str(ent.get("type") or "Other") for ent in prep.entities.values())
    return {
        "events": [[t, event_color(t), ev_counts[t]] for t in _type_order(ev_counts)],
        "entities": [[t, entity_color(t), ent_counts[t]]
                     for t in sorted(ent_counts, key=lambda t: (list(ENTITY_COLORS).index(t)
                                                               if t in ENTITY_COLORS else 99, t))],
    }


def _type_order(types: Iterable[str]) -> list[str]:
    order = list(EVENT_COLORS)
    return sorted(set(types), key=lambda t: (order.index(t) if t in order else len(order), t))


def _date_range(prep: _Prepared) -> tuple[str | None, str | None]:
    dated = [e for e in prep.events if e["lo"] is not None]
    if not dated:
        return None, None
    return min(e["lo"] for e in dated).isoformat(), max(e["hi"] for e in dated).isoformat()


def _event_kg(prep: _Prepared, e: dict) -> dict:
    return {"kind": "event", "type": e["type"],
            "lo": e["lo"].isoformat() if e["lo"] else None,
            "hi": e["hi"].isoformat() if e["hi"] else None,
            "prec": e["prec"], "tip": prep.event_tip(e)}


# --------------------------------------------------------------------------- graph

def _golden_spiral(n: int, spacing: float) -> list[tuple[float, float]]:
    golden = math.pi * (3 - math.sqrt(5))
    return [(spacing * math.sqrt(i + 0.5) * math.cos(i * golden),
             spacing * math.sqrt(i + 0.5) * math.sin(i * golden)) for i in range(n)]


def _graph_layout(entity_names: list[str], primary: dict[str, str | None]) -> dict[str, tuple[float, float]]:
    """Deterministic positions for big graphs (physics off), in O(n).

    Each entity is a hub with the events whose primary participant it is (first actor,
    else first target) on a golden-angle spiral around it; the clusters, biggest first,
    are shelf-packed into a roughly square area. Events with no participant form one
    more cluster without a hub. (networkx's spring_layout needs ~5 s for 1,250 nodes,
    too slow for an export.)
    """
    members: dict[str | None, list[str]] = defaultdict(list)
    for eid in sorted(primary):
        members[primary[eid]].append(eid)
    spacing = 30.0
    clusters = [(name, members.get(name, [])) for name in entity_names]
    if members.get(None):
        clusters.append((None, members[None]))
    radius = {i: 45.0 + spacing * math.sqrt(len(evs) + 1) for i, (_, evs) in enumerate(clusters)}
    order = sorted(range(len(clusters)), key=lambda i: (-len(clusters[i][1]), str(clusters[i][0])))
    area = sum((2 * r) ** 2 for r in radius.values())
    row_w = max(math.sqrt(area) * 1.2, 400.0)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for i in order:
        name, evs = clusters[i]
        r = radius[i]
        if x > 0 and x + 2 * r > row_w:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + r, y + r
        x += 2 * r
        row_h = max(row_h, 2 * r)
        if name is not None:
            out[_entity_id(name)] = (cx, cy)
        for eid, (dx, dy) in zip(evs, _golden_spiral(len(evs) + 1, spacing)[1:]):
            out[eid] = (cx + dx, cy + dy)
    mx = row_w / 2
    my = (y + row_h) / 2
    return {k: (_fmt(px - mx), _fmt(py - my)) for k, (px, py) in out.items()}


def graph_data(collection: dict, *, types: Iterable[str] | None = None, date_from: Any = None,
               date_to: Any = None, include_undated: bool = True,
               collapse_events: bool = False, physics: bool | None = None,
               title: str = "kg graph") -> dict:
    """The JSON payload that :func:`graph_html` embeds (exposed for tests and reuse)."""
    prep = _Prepared(collection, types, date_from, date_to, include_undated)
    nodes: list[dict] = []
    role_count: dict[str, Counter] = defaultdict(Counter)
    for e in prep.events:
        for a in e["actors"]:
            role_count[a]["actor"] += 1
        for t in e["targets"]:
            role_count[t]["target"] += 1
    for name, ent in prep.entities.items():
        etype = str(ent.get("type") or "Other")
        if collapse_events and not role_count[name]:
            continue
        rows = [["Type", etype]]
        aliases = [str(a) for a in ent.get("aliases") or [] if str(a) != name]
        if aliases:
            rows.append(["Aliases", ", ".join(sorted(set(aliases)))])
        rows.append(["Events", f"{role_count[name]['actor']} as actor, "
                               f"{role_count[name]['target']} as target"])
        nodes.append({"id": _entity_id(name), "label": _short(name), "shape": "dot",
                      "size": _fmt(10 + 4 * math.log1p(sum(role_count[name].values()))),
                      "color": entity_color(etype),
                      "kg": {"kind": "entity", "type": etype, "tip": {"h": name, "rows": rows, "quotes": []}}})

    edges_acc: dict[tuple[str, str, str], dict] = {}

    def add_edge(frm: str, to: str, label: str, role: str, e: dict) -> None:
        key = (frm, to, label)
        acc = edges_acc.get(key)
        if acc is None:
            acc = edges_acc[key] = {"from": frm, "to": to, "role": role, "label": label, "events": []}
        acc["events"].append(e)

    if not collapse_events:
        for e in prep.events:
            date_label = str(e["raw"].get("date") or (e["lo"].isoformat() if e["lo"] else "undated"))
            nodes.append({"id": e["id"], "label": f"{e['type']}\n{date_label}", "shape": "box",
                          "color": event_color(e["type"]), "kg": _event_kg(prep, e)})
            for a in e["actors"]:
                add_edge(_entity_id(a), e["id"], "actor", "actor", e)
            for t in e["targets"]:
                add_edge(e["id"], _entity_id(t), "target", "target", e)
            about = e["raw"].get("about")
            if about and str(about) in prep.by_id:
                add_edge(e["id"], str(about), "about", "about", e)
    else:
        for e in prep.events:
            for a in e["actors"]:
                for t in e["targets"]:
                    if a != t:
                        add_edge(_entity_id(a), _entity_id(t), e["type"], "typed", e)

    edges: list[dict] = []
    for i, key in enumerate(sorted(edges_acc)):
        acc = edges_acc[key]
        evs = acc["events"]
        count = len(evs)
        edge = {"id": f"edge:{i}", "from": acc["from"], "to": acc["to"],
                "label": acc["label"] if count == 1 else f"{acc['label']} \u00d7{count}",
                "width": _fmt(1 + 1.5 * math.log2(count)), "arrows": "to",
                "kg": {"role": acc["role"], "base": acc["label"], "count": count}}
        if acc["role"] == "typed":
            edge["color"] = event_color(acc["label"])
            edge["kg"]["ev"] = [[x["type"], x["lo"].isoformat() if x["lo"] else None,
                                 x["hi"].isoformat() if x["hi"] else None] for x in evs]
            listed = [[x["raw"].get("text") or x["type"], f"{x['type']} \u00b7 {_date_text(x['raw'])}"]
                      for x in evs[:MAX_EDGE_EVENTS]]
            tip = {"h": f"{acc['label']} \u00d7{count}",
                   "rows": [["From", acc["from"][len("entity:"):]], ["To", acc["to"][len("entity:"):]]],
                   "quotes": listed}
            if count > MAX_EDGE_EVENTS:
                tip["more"] = f"\u2026 and {count - MAX_EDGE_EVENTS} more event(s)"
            edge["kg"]["tip"] = tip
        else:
            edge["color"] = ROLE_COLORS[acc["role"]]
            if acc["role"] == "about":
                edge["dashes"] = True
        edges.append(edge)

    big = len(nodes) >= PHYSICS_MAX_NODES
    use_physics = (not big) if physics is None else bool(physics)
    if not use_physics:
        primary = {} if collapse_events else {
            e["id"]: (e["actors"] + e["targets"] or [None])[0] for e in prep.events}
        node_ids = {nd["id"] for nd in nodes}
        present = [n for n in prep.entities if _entity_id(n) in node_ids]
        pos = _graph_layout(present, primary)
        for nd in nodes:
            if nd["id"] in pos:
                nd["x"], nd["y"] = pos[nd["id"]]
            if big and nd["kg"]["kind"] == "event":   # compact markers; the tooltip has the rest
                nd["shape"] = "square"
                nd["size"] = 7
                nd["label"] = nd["kg"]["type"]
                nd["font"] = {"size": 8}
    lo, hi = _date_range(prep)
    options = {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": not big},
        "physics": {"enabled": use_physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
                    "stabilization": {"enabled": True, "iterations": 250, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False},
        "edges": {"smooth": ({"type": "dynamic"} if use_physics else False),
                  "font": {"size": 10, "align": "middle", "color": "#444", "strokeWidth": 3},
                  "arrows": {"to": {"scaleFactor": 0.5}}},
        "nodes": {"font": {"size": 12, "face": "sans-serif"}, "borderWidth": 1,
                  "shapeProperties": {"interpolation": False}},
    }
    if big:
        options["edges"]["font"]["size"] = 0  # edge labels cost a lot on thousands of edges
    return {"mode": "graph", "title": title, "nodes": nodes, "edges": edges,
            "legend": _legend(prep), "dateMin": lo, "dateMax": hi, "options": options,
            "physics": use_physics, "collapsed": bool(collapse_events),
            "counts": {"events": len(prep.events), "entities": len(prep.entities)}}


# --------------------------------------------------------------------------- timeline

_ROW_H = 24.0
_LANE_GAP = 26.0
_CHAR_W = 6.2
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


AXIS_BREAK_DAYS = 365
"""A stretch of more than this many days without any event is drawn as a narrow break."""
_BREAK_PX = 60.0


def _axis_segments(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The date ranges that hold events, split where nothing happens for a long time."""
    out: list[list[date]] = []
    for a, b in sorted(spans):
        if out and (a - out[-1][1]).days <= AXIS_BREAK_DAYS:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _broken_axis(segments: list[tuple[date, date]], ppds: list[float]):
    """x of a date on an axis linear within each segment (at that segment's pixels per
    day), with a _BREAK_PX break between segments, so a lone 2010 event does not squeeze
    a 2022 cluster into a few pixels. Returns (xof, segments and breaks for the payload)."""
    starts, ends, x = [], [], 0.0
    for (a, b), ppd in zip(segments, ppds):
        starts.append(x)
        x += ((b - a).days + 1) * ppd
        ends.append(x)
        x += _BREAK_PX

    def xof(d: date) -> float:
        for k, (a, b) in enumerate(segments):
            if d <= b + timedelta(days=1) or k == len(segments) - 1:
                if d >= a or k == 0:
                    return starts[k] + (d - a).days * ppds[k]
                # inside the break before segment k: dates still move right, compressed
                pb = segments[k - 1][1]
                gap = max((a - pb).days - 1, 1)
                return ends[k - 1] + _BREAK_PX * ((d - pb).days - 1) / gap
        return 0.0  # not reached

    payload = [{"from": a.isoformat(), "to": b.isoformat(), "x0": _fmt(starts[k]),
                "pxPerDay": round(ppds[k], 6)} for k, (a, b) in enumerate(segments)]
    breaks = [{"x0": _fmt(ends[k]), "x1": _fmt(starts[k + 1]),
               "from": b.isoformat(), "to": segments[k + 1][0].isoformat()}
              for k, (a, b) in enumerate(segments[:-1])]
    return xof, payload, breaks


def _ticks(lo: date, hi: date, xof) -> list[dict]:
    span_days = (hi - lo).days
    ticks: list[dict] = []
    if span_days > 365 * 80:
        step = 10
    elif span_days > 365 * 30:
        step = 5
    else:
        step = 1
    first = lo.year - lo.year % step
    for y in range(first, hi.year + 2, step):
        d = date(y, 1, 1)
        if d < lo - timedelta(days=366 * step) or d > hi + timedelta(days=366):
            continue
        ticks.append({"x": _fmt(xof(d)), "label": str(y), "major": True, "date": d.isoformat()})
    if span_days <= 365 * 3:
        y, m = lo.year, lo.month
        while date(y, m, 1) <= hi:
            if m != 1:
                d = date(y, m, 1)
                label = _MONTHS[m - 1] if span_days > 400 else f"{_MONTHS[m - 1]} {y}"
                ticks.append({"x": _fmt(xof(d)), "label": label, "major": False,
                              "date": d.isoformat()})
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    ticks.sort(key=lambda t: (t["x"], not t["major"]))
    return ticks


def timeline_data(collection: dict, *, lanes: str = "type", types: Iterable[str] | None = None,
                  date_from: Any = None, date_to: Any = None, include_undated: bool = True,
                  width: float | None = None, title: str = "kg timeline") -> dict:
    """The JSON payload that :func:`timeline_html` embeds (exposed for tests and reuse)."""
    if lanes not in ("type", "actor"):
        raise ValueError("lanes must be 'type' or 'actor'")
    prep = _Prepared(collection, types, date_from, date_to, include_undated)
    dated = [e for e in prep.events if e["lo"] is not None]
    undated = [e for e in prep.events if e["lo"] is None]

    # lane of each event
    if lanes == "type":
        lane_of = {e["id"]: e["type"] for e in prep.events}
        lane_names = _type_order(lane_of[e["id"]] for e in dated)
    else:
        first = {e["id"]: (e["actors"][0] if e["actors"] else "(no actor)") for e in prep.events}
        counts = Counter(first[e["id"]] for e in dated)
        ranked = sorted(counts, key=lambda n: (n == "(no actor)", -counts[n], n))
        keep = set(ranked[:TIMELINE_MAX_ACTOR_LANES])
        lane_of = {k: (v if v in keep else "(other actors)") for k, v in first.items()}
        lane_names = [n for n in ranked if n in keep]
        if len(ranked) > len(keep):
            lane_names.append("(other actors)")

    if dated:
        lo = min(e["lo"] for e in dated)
        hi = max(e["hi"] for e in dated)
    else:
        lo = hi = date(2000, 1, 1)
    segments = _axis_segments([(e["lo"], e["hi"]) for e in dated]) or [(lo, hi)]
    target_w = width or min(40000.0, max(1400.0, 14.0 * len(dated)))
    # each stretch of time gets width by how many events it holds (one year-long 2010
    # event should not take the width of a busy two months of 2022)
    counts = [sum(1 for e in dated if a <= e["lo"] <= b) for a, b in segments]
    total = max(sum(counts), 1)
    ppds = [min(40.0, max(max(120.0, target_w * n / total) / max((b - a).days + 1, 30), 0.02))
            for (a, b), n in zip(segments, counts)]
    px_per_day = ppds[-1]
    xof, axis_segments, breaks = _broken_axis(segments, ppds)

    nodes: list[dict] = []
    bands: list[dict] = []
    lane_items: dict[str, list[dict]] = defaultdict(list)
    for e in dated:
        lane_items[lane_of[e["id"]]].append(e)
    y = 0.0
    placed: dict[str, dict] = {}
    for lane in lane_names:
        rows_end: list[float] = []
        items = sorted(lane_items[lane], key=lambda e: (e["lo"], e["hi"], e["id"]))
        for e in items:
            x0 = xof(e["lo"])
            x1 = xof(e["hi"] + timedelta(days=1))
            w = max(x1 - x0, 10.0)
            label = _timeline_label(e, lanes)
            extent = x0 + w + 6 + _CHAR_W * len(label)
            for r, end in enumerate(rows_end):
                if end <= x0 - 4:
                    rows_end[r] = extent
                    break
            else:
                r = len(rows_end)
                rows_end.append(extent)
            placed[e["id"]] = {"x0": x0, "w": w, "row": r, "label": label, "y0": y}
        nrows = max(len(rows_end), 1)
        bands.append({"label": lane, "y0": _fmt(y - _ROW_H / 2), "y1": _fmt(y + (nrows - 0.5) * _ROW_H),
                      "kind": "lane"})
        y += nrows * _ROW_H + _LANE_GAP
    lanes_bottom = y

    for e in dated:
        p = placed[e["id"]]
        kg = _event_kg(prep, e)
        kg.update({"x0": _fmt(p["x0"]), "w": _fmt(p["w"]), "lane": lane_of[e["id"]]})
        nodes.append({"id": e["id"], "label": p["label"], "x": _fmt(p["x0"] + p["w"] / 2),
                      "y": _fmt(p["y0"] + p["row"] * _ROW_H), "color": event_color(e["type"]),
                      "kg": kg})

    # undated events: a grid in a band of their own below the lanes
    if undated:
        y = lanes_bottom + _LANE_GAP
        total_w = max(xof(hi + timedelta(days=1)), 600.0)
        longest = max(len(_timeline_label(e, lanes)) for e in undated)
        cell = min(30.0 + _CHAR_W * longest, 380.0)
        cols = max(1, int(total_w // cell))
        rank = {t: i for i, t in enumerate(_type_order(x["type"] for x in undated))}
        ordered = sorted(undated, key=lambda e: (rank[e["type"]], e["id"]))
        for i, e in enumerate(ordered):
            r, c = divmod(i, cols)
            kg = _event_kg(prep, e)
            kg.update({"x0": _fmt(c * cell), "w": 10.0, "lane": "Undated"})
            nodes.append({"id": e["id"], "label": _timeline_label(e, lanes), "x": _fmt(c * cell + 5),
                          "y": _fmt(y + r * _ROW_H), "color": event_color(e["type"]), "kg": kg})
        nrows = (len(ordered) + cols - 1) // cols
        bands.append({"label": "Undated", "y0": _fmt(y - _ROW_H / 2),
                      "y1": _fmt(y + (nrows - 0.5) * _ROW_H), "kind": "undated"})
        y += nrows * _ROW_H

    ticks: list[dict] = []
    for a, b in (segments if dated else []):
        mine = [t for t in _ticks(a, b, xof) if a <= date.fromisoformat(t["date"]) <= b]
        if not any(t["major"] for t in mine):  # a segment inside one year still says which
            mine.append({"x": _fmt(xof(a)), "label": str(a.year), "major": True, "date": a.isoformat()})
        ticks += mine
    ticks.sort(key=lambda t: (t["x"], not t["major"]))
    top = -_ROW_H - 10   # the axis line; its labels are drawn pinned to the top of the view

    edges = []
    for e in prep.events:
        about = e["raw"].get("about")
        if about and str(about) in prep.by_id and str(about) != e["id"]:
            edges.append({"from": e["id"], "to": str(about), "arrows": "to", "label": "",
                          "color": {"color": "#888", "opacity": 0.0}, "dashes": False,
                          "smooth": {"type": "curvedCW", "roundness": 0.15},
                          "kg": {"role": "about"}})
    edges.sort(key=lambda ed: (ed["from"], ed["to"]))
    for i, ed in enumerate(edges):
        ed["id"] = f"about:{i}"
        ed["color"]["opacity"] = 0.6 if len(edges) <= 200 else 0.3

    nodes.sort(key=lambda n: n["id"])
    x_end = _fmt(xof(hi + timedelta(days=1))) if dated else 600.0
    # what the first view shows: the events with their labels, the axis and the bands
    right = max([n["kg"]["x0"] + n["kg"]["w"] + 10 + _CHAR_W * len(n["label"])
                 for n in nodes if n["kg"]["kind"] == "event"] + [x_end])
    left = min([n["kg"]["x0"] for n in nodes if n["kg"]["kind"] == "event"] + [0.0])
    left -= 0.1 * (right - left) + 20
    bounds = [_fmt(left), _fmt(top - 20), _fmt(right + 10), _fmt(y + _ROW_H)]
    options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"randomSeed": 42, "improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "dragNodes": False,
                        "hideEdgesOnDrag": len(edges) > 2000, "zoomSpeed": 0.7},
        "edges": {"smooth": {"type": "curvedCW", "roundness": 0.15}, "width": 1,
                  "arrows": {"to": {"scaleFactor": 0.4}}},
        "nodes": {"font": {"size": 11, "face": "sans-serif"}, "fixed": True},
    }
    rng = _date_range(prep)
    return {"mode": "timeline", "title": title, "nodes": nodes, "edges": edges,
            "legend": _legend(prep), "dateMin": rng[0], "dateMax": rng[1], "options": options,
            "physics": False, "lanes": lanes, "bands": bands, "ticks": ticks,
            "axis": {"top": _fmt(top), "xEnd": x_end, "origin": lo.isoformat(),
                     "pxPerDay": round(px_per_day, 6), "bottom": _fmt(y), "bounds": bounds,
                     "segments": axis_segments, "breaks": breaks},
            "counts": {"events": len(prep.events), "dated": len(dated), "undated": len(undated)}}


def _timeline_label(e: dict, lanes: str) -> str:
    date_label = str(e["raw"].get("date") or (e["lo"].isoformat() if e["lo"] else ""))
    if lanes == "type":
        who = ", ".join(e["actors"][:2]) or "?"
        if e["targets"]:
            who += " \u2192 " + ", ".join(e["targets"][:2])
    else:
        who = e["type"]
        if e["targets"]:
            who += " \u2192 " + ", ".join(e["targets"][:2])
    if e["prec"] and e["prec"] != "day":
        who = f"{date_label} {who}"
    return _short(who, 56)


# --------------------------------------------------------------------------- rendering

@lru_cache(maxsize=1)
def _vendor() -> tuple[str, str]:
    js = (VENDOR_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    css = (VENDOR_DIR / "vis-network.min.css").read_text(encoding="utf-8")
    # an inlined copy has no .map file beside it
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)
    css = re.sub(r"/\*# sourceMappingURL=\S*\s*\*/\s*$", "", css)
    if re.search(r"</script", js, re.I) or re.search(r"</style", css, re.I):
        raise ValueError("vendored vis-network cannot be inlined safely")
    return js, css


@lru_cache(maxsize=1)
def _env():
    import jinja2
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
                              autoescape=True, keep_trailing_newline=True,
                              undefined=jinja2.StrictUndefined)


@lru_cache(maxsize=1)
def _page_js() -> str:
    js = (TEMPLATE_DIR / PAGE_SCRIPT).read_text(encoding="utf-8")
    if re.search(r"</script|<!--", js, re.I):
        raise ValueError("page script cannot be inlined safely")
    return js


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render(payload: dict) -> str:
    """Render a graph/timeline payload into a single self-contained HTML page.

    The page carries a Content-Security-Policy that allows no network fetches at all and
    runs only the two inline scripts whose SHA-256 it lists (vis-network and kg's page
    script), so even markup smuggled past the escaping could not run.
    """
    from markupsafe import Markup
    js, css = _vendor()
    page_js = _page_js()
    template = _env().get_template(TEMPLATE_NAME)
    return template.render(title=str(payload.get("title") or "kg"), mode=payload["mode"],
                           vis_js=Markup(js), vis_css=Markup(css), page_js=Markup(page_js),
                           script_hashes=Markup(_csp_hash(js) + " " + _csp_hash(page_js)),
                           data_json=Markup(safe_json(payload)))


def graph_html(collection: dict, *, types: Iterable[str] | None = None, date_from: Any = None,
               date_to: Any = None, title: str = "kg graph", include_undated: bool = True,
               collapse_events: bool = False, physics: bool | None = None) -> str:
    """A self-contained HTML page with the collection as a vis-network graph.

    ``types`` keeps only those event types; ``date_from``/``date_to`` (ISO strings or
    dates) keep the events whose [earliest, latest] overlaps the range (undated events
    stay unless ``include_undated=False``). ``collapse_events=True`` draws entities only,
    linked by one edge per (actor, target, event type) labelled with its count.
    ``physics`` defaults to on below 300 nodes, else a precomputed layout.
    """
    return render(graph_data(collection, types=types, date_from=date_from, date_to=date_to,
                             include_undated=include_undated, collapse_events=collapse_events,
                             physics=physics, title=title))


def timeline_html(collection: dict, *, lanes: str = "type", types: Iterable[str] | None = None,
                  date_from: Any = None, date_to: Any = None, title: str = "kg timeline",
                  include_undated: bool = True, width: float | None = None) -> str:
    """A self-contained HTML page with the events on a date axis (see module doc)."""
    return render(timeline_data(collection, lanes=lanes, types=types, date_from=date_from,
                                date_to=date_to, include_undated=include_undated, width=width,
                                title=title))


def _write(html: str, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8", newline="\n")
    return path


def write_graph(collection: dict, path: str | Path, **kw: Any) -> Path:
    """Write :func:`graph_html` to ``path`` (UTF-8); returns the path."""
    return _write(graph_html(collection, **kw), path)


def write_timeline(collection: dict, path: str | Path, **kw: Any) -> Path:
    """Write :func:`timeline_html` to ``path`` (UTF-8); returns the path."""
    return _write(timeline_html(collection, **kw), path)
