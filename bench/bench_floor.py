"""How fast can a query that lists every event be? The floor under kg's listing queries.

Bulk-loads the synthetic corpus at one scale into an embedded Oxigraph store (cached), then
times queries that do strictly less work than the named ``timeline``: the bare scan of the
event IRIs, the scan plus one date property, the same sorted, and ``timeline`` itself. Each
runs three ways: iterating the solutions in Rust only (``iter``), serialising them to TSV in
Rust (``tsv``), and converting every value to Python (``py``, what ``kg query`` does).
If the bare scan is already over a target, no listing query can meet it on this engine.

    .venv/bin/python bench/bench_floor.py --triples 1000000 --repeat 5

Prints a Markdown table (median of ``--repeat`` runs after one warm-up).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kg.rdf import EVENT_CLASSES  # noqa: E402  (after the path set-up)

TYPES = " ".join(f"kg:{t}" for t in EVENT_CLASSES)
PREFIX = "PREFIX kg: <https://w3id.org/kg-cyber/ontology#>\n"
SCAN = PREFIX + "SELECT ?event ?typeIri WHERE { GRAPH ?g { VALUES ?typeIri { %s } ?event a ?typeIri } }" % TYPES
SCAN_DATE = PREFIX + ("SELECT ?event ?typeIri ?earliest WHERE { GRAPH ?g { VALUES ?typeIri { %s } "
                      "?event a ?typeIri OPTIONAL { ?event kg:earliest ?earliest } } }" % TYPES)


def queries() -> list[tuple[str, str]]:
    from kg.rdf import load_query

    return [("scan of the event IRIs", SCAN), ("scan + one date property", SCAN_DATE),
            ("... sorted by date", SCAN_DATE + " ORDER BY ?earliest"), ("timeline (named query)", load_query("timeline"))]


def run(store, sparql: str, mode: str, repeat: int) -> tuple[int, float]:
    import pyoxigraph as ox

    from kg.store import _result

    times, rows = [], 0
    for _ in range(repeat + 1):
        t = time.perf_counter()
        res = store.query(sparql)
        if mode == "iter":
            rows = sum(1 for _ in res)
        elif mode == "tsv":
            rows = res.serialize(format=ox.QueryResultsFormat.TSV).count(b"\n") - 1
        else:  # what kg query does with a result
            rows = len(_result(res)[1])
        times.append(time.perf_counter() - t)
    return rows, statistics.median(times[1:])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--data-dir", default="/tmp/kg-bench")
    args = ap.parse_args(argv)

    import pyoxigraph as ox
    from common import machine_info, synthetic_nq

    nq = synthetic_nq(args.triples, 0, Path(args.data_dir))
    location = Path(args.data_dir) / f"floor-store-{args.triples}"
    if not location.exists():
        st = ox.Store(str(location))
        st.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        st.flush()
        del st
    store = ox.Store(str(location))
    print(f"machine: {machine_info()}", file=sys.stderr)
    print(f"| query ({len(store):,} quads) | rows | Rust iteration | Rust TSV | Python values |")
    print("|---|---|---|---|---|")
    for name, sparql in queries():
        cells = []
        for mode in ("iter", "tsv", "py"):
            rows, t = run(store, sparql, mode, args.repeat)
            cells.append(f"{t * 1000:,.0f} ms")
        print(f"| {name} | {rows:,} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
