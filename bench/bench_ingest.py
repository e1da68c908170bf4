"""Ingest benchmark: cost per article as the store grows, and throughput with 1 and 2 workers.

Articles come from bench/articles.py (a synthetic news stream, ~3 reports per incident,
so resolution has real work to do). Three measurements:

1. **Probe at 10 / 100 / 1,000 articles in the store.** A background stream is ingested
   up to each size; then the same 30 *probe* articles (a separate stream of incidents,
   years later) are ingested one at a time exactly as ``kg ingest`` does (extract ->
   resolve against the store -> one update) and removed again (``kg remove``). Because
   the probe is identical at each size, any growth is the store's size, not the news.
   Extraction (which does not touch the store) and resolve+write are timed apart.
2. **The stream itself**: resolve+write per article over the first 50, around article
   100 and around article 1,000 (here the neighbourhood of each article differs too).
3. **Throughput**: ``kg.api.ingest(folder, jobs=N)`` on a fresh store, N = 1 and 2,
   in articles per second (wall clock, spaCy load included once per process).

    python bench/bench_ingest.py --articles 1000 --throughput-articles 200
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import articles  # noqa: E402

from kg import api  # noqa: E402
from kg.resolve import changes_for  # noqa: E402
from kg.store import Store  # noqa: E402


def ingest_one(st: Store, path: Path) -> tuple[float, float, str]:
    """(extract seconds, resolve+write seconds, graph IRI) for one article."""
    t0 = time.perf_counter()
    _, done, err = api._prepare_file(path, None)
    t1 = time.perf_counter()
    assert done is not None, err
    _, iri, nt, records, _ = done
    st.write_article(iri, nt, changes_for(st.select, iri, records))
    return t1 - t0, time.perf_counter() - t1, iri


def remove_one(st: Store, iri: str) -> float:
    t0 = time.perf_counter()
    st.write_article(iri, None, changes_for(st.select, iri, []))
    return time.perf_counter() - t0


def ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):8.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--probe", type=int, default=30)
    ap.add_argument("--throughput-articles", type=int, default=200)
    args = ap.parse_args()
    sizes = [s for s in (10, 100, 1000, 10000) if s <= args.articles]
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        tmp = Path(tmp)
        stream = articles.write(tmp / "stream", args.articles)
        probe = articles.write(tmp / "probe", args.probe, seed=1, first=date(2035, 1, 1), prefix="p")
        stream_cost: list[float] = []
        probe_rows = []
        with Store(tmp / "store", write=True) as st:
            done = 0
            for size in sizes:
                while done < size:
                    stream_cost.append(ingest_one(st, stream[done])[1])
                    done += 1
                ext, res, rem = [], [], []
                iris = []
                for p in probe:
                    e, r, iri = ingest_one(st, p)
                    ext.append(e)
                    res.append(r)
                    iris.append(iri)
                for iri in reversed(iris):
                    rem.append(remove_one(st, iri))
                probe_rows.append((size, len(st), ext, res, rem))
            while done < args.articles:
                stream_cost.append(ingest_one(st, stream[done])[1])
                done += 1
        print(f"probe: the same {args.probe} articles ingested, then removed, at each store size (median ms)")
        print(f"{'articles in store':>18} {'quads':>9} {'extract':>8} {'resolve+write':>14} {'remove':>8}")
        for size, quads, ext, res, rem in probe_rows:
            print(f"{size:>18} {quads:>9,} {ms(ext)} {ms(res):>14} {ms(rem)}")
        first, last = probe_rows[0], probe_rows[-1]
        growth = statistics.median(last[3]) / statistics.median(first[3]) - 1
        print(f"resolve+write from {first[0]} to {last[0]} articles in store: {100 * growth:+.0f}%")
        print(f"\nstream: resolve+write per article of the stream itself (median ms over 50)")
        for label, sl in (("articles 1-50", slice(0, 50)), ("around 100", slice(75, 125)),
                          (f"around {args.articles}", slice(args.articles - 50, args.articles))):
            print(f"{label:>18} {ms(stream_cost[sl])}")
        sub = tmp / "sub"
        sub.mkdir()
        for p in stream[:args.throughput_articles]:
            for f in (p, p.with_suffix(".meta.json")):
                (sub / f.name).write_bytes(f.read_bytes())
        print(f"\nthroughput ({args.throughput_articles} articles, fresh store, spaCy load included)")
        print(f"{'jobs':>5} {'articles/s':>11}")
        for jobs in (1, 2):
            t0 = time.perf_counter()
            result = api.ingest([sub], store=str(tmp / f"store-j{jobs}"), jobs=jobs)
            assert len(result.ingested) == args.throughput_articles, result.failed[:3]
            print(f"{jobs:>5} {args.throughput_articles / (time.perf_counter() - t0):>11.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\npeak memory: this process {peak:.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
