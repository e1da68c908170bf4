"""``kg build``: the main job. Ingest a folder of articles, then write every export.

exports/kg.ttl        the graph (sorted Turtle, validates against ontology/shapes.ttl)
exports/events.json   every article's events with their sources (eval/FORMAT.md shape)
exports/incidents.json the same with one event per cross-article incident (kg/resolve.py)
exports/analysis.json centrality, communities, incident chains, response latency (incidents)
exports/graph.html    interactive entity-event graph of the incidents (offline)
exports/timeline.html incidents on a date axis (offline)
"""
from __future__ import annotations

import json
from pathlib import Path

from . import api
from .errors import KgError


def build(seeds_dir="seeds", out_dir="exports", store=None, echo=print) -> list[str]:
    """Ingest ``seeds_dir`` into the store and write the exports; returns the paths written."""
    from . import analysis, rdf, viz

    if not Path(seeds_dir).is_dir():
        raise KgError(f"{seeds_dir}: no such folder")
    result = api.ingest([seeds_dir], store=store)
    for path, err in result.failed:
        echo(f"kg: skipped {err}")
    if not result.ingested:
        raise KgError(f"{seeds_dir}: no article could be ingested")
    echo(f"ingested {len(result.ingested)} article(s), {result.events} event(s)")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ttl = api.export("ttl", store=store)
    ok, report = rdf.validate(api.turtle_graph(ttl))
    if not ok:
        raise KgError(f"the graph does not conform to ontology/shapes.ttl:\n{report}")
    coll, merged = api.collections(store)
    files = {
        "kg.ttl": ttl,
        "events.json": json.dumps(coll, indent=2, ensure_ascii=False) + "\n",
        "incidents.json": json.dumps(merged, indent=2, ensure_ascii=False) + "\n",
        "analysis.json": json.dumps(analysis.summary(merged), indent=2, ensure_ascii=False) + "\n",
        "graph.html": viz.graph_html(merged, title="kg: entity and incident graph"),
        "timeline.html": viz.timeline_html(merged, title="kg: incident timeline"),
    }
    written = []
    for name, text in files.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(str(path))
    return written
