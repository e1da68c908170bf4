"""Benchmark kg.viz exports: build time, file size and time-to-interactive in Chromium.

    .venv/bin/python bench/bench_viz.py [--sizes 100,1000,10000] [--no-browser] [--out DIR]

Synthetic collections (fixed random seed) with N events over a pool of entities; for each
size the graph and the timeline are exported, timed, and (unless --no-browser or when
/usr/bin/chromium is missing) opened from file:// in headless Chromium with every non-file
request aborted. Time-to-interactive is ``performance.now()`` at the moment the page sets
``window.kgReady`` (first frame drawn after the layout is settled), i.e. milliseconds since
navigation start.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.viz import graph_html, timeline_html  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TYPES = ["CyberAttack", "Attribution", "Denial", "Condemnation", "SeverRelations",
         "ExpelDiplomats", "Sanction", "LegalAction", "DefensiveMeasure", "Meeting"]
ENTITY_TYPES = ["Country", "ThreatActor", "GovernmentBody", "Person", "Organization", "Malware"]


def synthetic_collection(n_events: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    n_entities = max(12, min(400, n_events // 4))
    entities = [{"name": f"{ENTITY_TYPES[i % len(ENTITY_TYPES)]} {i:03d}",
                 "type": ENTITY_TYPES[i % len(ENTITY_TYPES)], "aliases": []} for i in range(n_entities)]
    names = [e["name"] for e in entities]
    n_docs = max(1, n_events // 10)
    docs = [{"id": f"doc-{i:05d}", "published": "2024-01-01", "title": f"Article {i}"} for i in range(n_docs)]
    start = date(2005, 1, 1)
    events, attacks = [], []
    for i in range(n_events):
        doc = docs[i % n_docs]["id"]
        etype = rng.choice(TYPES)
        eid = f"https://w3id.org/kg-cyber/id/event/{doc}/{i:08x}"
        ev = {"id": eid, "type": etype,
              "actors": rng.sample(names[: max(4, n_entities // 3)], rng.randint(0, 2)),
              "targets": rng.sample(names, rng.randint(0, 2)),
              "about": None, "modality": "asserted", "confidence": 0.7}
        r = rng.random()
        day = start + timedelta(days=rng.randrange(20 * 365))
        if r < 0.7:
            ev.update(date=day.isoformat(), date_precision="day", date_earliest=day.isoformat(),
                      date_latest=day.isoformat())
        elif r < 0.85:
            lo = day.replace(day=1)
            hi = (lo + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            ev.update(date=lo.isoformat()[:7], date_precision="month", date_earliest=lo.isoformat(),
                      date_latest=hi.isoformat())
        elif r < 0.95:
            ev.update(date=str(day.year), date_precision="year", date_earliest=f"{day.year}-01-01",
                      date_latest=f"{day.year}-12-31")
        else:
            ev["date"] = None
        if etype == "CyberAttack":
            attacks.append(eid)
        elif attacks and rng.random() < 0.5:
            ev["about"] = rng.choice(attacks)
        text = f"Sentence {i}: {', '.join(ev['actors']) or 'someone'} and {etype}."
        ev["text"] = text
        ev["sources"] = [{"article": doc, "sentence": text, "start": 0, "end": len(text)}]
        events.append(ev)
    return {"documents": docs, "entities": entities, "events": events}


def time_to_interactive(browser, path: Path, timeout_ms: int = 300_000) -> tuple[float, int]:
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
               else route.abort())
    page.goto(path.as_uri(), timeout=timeout_ms)
    # (wait_for_function with an expression string would need eval, which the page CSP forbids)
    page.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=timeout_ms)
    ready = page.evaluate("window.kgTimings.ready")
    n = page.evaluate("window.kgEventCount()")
    page.close()
    if errors:
        raise RuntimeError(f"{path.name}: page errors {errors[:3]}")
    return ready, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--out", default=None, help="keep the HTML files in this folder")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    out.mkdir(parents=True, exist_ok=True)

    browser = pw = None
    if not args.no_browser and CHROMIUM.exists():
        from playwright.sync_api import sync_playwright
        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)

    rows = []
    for n in sizes:
        coll = synthetic_collection(n)
        for view, fn in (("graph", graph_html), ("timeline", timeline_html)):
            t = time.perf_counter()
            html = fn(coll)
            build = time.perf_counter() - t
            path = out / f"{view}-{n}.html"
            path.write_text(html, encoding="utf-8")
            tti = shown = None
            if browser is not None:
                tti, shown = time_to_interactive(browser, path)
                assert shown == n, (view, n, shown)
            rows.append((n, view, build, len(html.encode("utf-8")), tti))
            print(f"  {view:8s} n={n:<6d} build {build:6.2f}s  size {len(html) / 1e6:6.2f} MB"
                  + (f"  TTI {tti / 1000:6.2f}s" if tti is not None else ""), file=sys.stderr)
    if browser is not None:
        browser.close()
        pw.stop()

    print("| events | view | export (s) | HTML size (MB) | time-to-interactive in Chromium (s) |")
    print("|---:|---|---:|---:|---:|")
    for n, view, build, size, tti in rows:
        print(f"| {n:,} | {view} | {build:.2f} | {size / 1e6:.2f} | "
              + (f"{tti / 1000:.2f}" if tti is not None else "n/a") + " |")


if __name__ == "__main__":
    main()
