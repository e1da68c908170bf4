"""kg's embedded store vs. a local Oxigraph server, through kg's own Store / RemoteStore.

Both backends get the same synthetic corpus (bench/synthetic.py) written the way
``kg ingest`` writes: one ``replace_graph`` per article (one SPARQL update each; for the
server one HTTP request each). Then, ``--repeat`` times after one warm-up: the named
``timeline`` query, the events document behind ``kg export --format events-json``, all
quads (``quads()``, behind every RDF export) and ``len``. Medians are printed.
The server is ``oxigraph serve`` from the venv on 127.0.0.1, on a fresh folder.

    python bench/bench_server.py --triples 100000 --repeat 5
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import synthetic  # noqa: E402
from common import start_oxigraph  # noqa: E402

from kg import rdf  # noqa: E402
from kg.store import RemoteStore, Store  # noqa: E402


def articles(n_triples: int):
    """(graph IRI, N-Triples) per article of the synthetic corpus."""
    current, lines = None, []
    for line in synthetic.generate(n_triples):
        cut = line.rindex(" <")
        g = line[cut + 2:line.rindex(">")]
        if g != current and lines:
            yield current, "".join(lines)
            lines = []
        current = g
        lines.append(line[:cut] + " .\n")
    if lines:
        yield current, "".join(lines)


def timed(fn, repeat: int):
    fn()  # warm-up
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs), out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    data = list(articles(args.triples))
    timeline = rdf.load_query("timeline")
    workdir = tempfile.mkdtemp(prefix="kg-bench-server-")
    proc, url = start_oxigraph(f"{workdir}/server")
    results: dict[str, dict] = {}
    try:
        for name, opener in (("embedded", lambda w: Store(f"{workdir}/embedded", write=w)),
                             ("server", lambda w: RemoteStore(url, write=w))):
            row = results[name] = {}
            with opener(True) as st:
                t = time.perf_counter()
                for iri, nt in data:
                    st.replace_graph(iri, nt)
                row["ingest"] = time.perf_counter() - t
            with opener(False) as st:
                row["timeline"], (_, rows) = timed(lambda: st.query(timeline), args.repeat)
                row["rows"] = len(rows)
                row["events-document"], _ = timed(lambda: rdf.events_document(st.select), args.repeat)
                row["quads()"], quads = timed(st.quads, args.repeat)
                row["len"], n = timed(lambda: len(st), args.repeat)
                row["quads"] = n
                assert len(quads) == n
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{args.triples:,} triples, {len(data):,} articles, median of {args.repeat} (seconds)\n")
    cols = ["ingest", "timeline", "events-document", "quads()", "len"]
    print("| backend | " + " | ".join(cols) + " | timeline rows |")
    print("|---|" + "---|" * (len(cols) + 1))
    for name, row in results.items():
        print(f"| {name} | " + " | ".join(f"{row[c]:.3f}" for c in cols) + f" | {row['rows']:,} |")
    e, s = results["embedded"], results["server"]
    print("| server / embedded | " + " | ".join(f"{s[c] / e[c]:.1f}x" for c in cols) + " | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
