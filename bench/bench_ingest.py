"""Ingest benchmark: cost per article as the store grows, and throughput with 1 and 2 workers.

Articles come from bench/articles.py (synthetic wire copy, ~3 reports per incident, so
resolution has real work to do). Two measurements:

1. **Cost per article vs store size.** One embedded store, articles ingested one at a
   time exactly as ``kg ingest`` does (extract -> resolve against the store -> one
   update). For the articles ingested when the store already holds ~10, ~100 and ~1,000
   articles, the median time of extraction and of resolve+write is printed separately
   (extraction does not depend on the store; resolve+write must not grow with it).
2. **Throughput**: ``kg.api.ingest(folder, jobs=N)`` on a fresh store, N = 1 and 2,
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import articles  # noqa: E402

from kg import api  # noqa: E402
from kg.resolve import changes_for  # noqa: E402
from kg.store import Store  # noqa: E402


def per_article(paths: list[Path], store_dir: Path, windows: list[int], width: int) -> list[dict]:
    extract_s: list[float] = []
    write_s: list[float] = []
    with Store(store_dir, write=True) as st:
        for f in paths:
            t0 = time.perf_counter()
            _, done, err = api._prepare_file(f, None)
            t1 = time.perf_counter()
            if done is not None:
                _, iri, nt, records, _ = done
                st.write_article(iri, nt, changes_for(st.select, iri, records))
            t2 = time.perf_counter()
            extract_s.append(t1 - t0)
            write_s.append(t2 - t1)
            if len(write_s) % 100 == 0:
                print(f"  ... {len(write_s)} articles, resolve+write median of the last 10: "
                      f"{1000 * statistics.median(write_s[-10:]):.1f} ms", file=sys.stderr, flush=True)
        n_quads = len(st)
    rows = []
    for w in windows:
        lo = max(0, w - width // 2)
        sl = slice(lo, min(len(paths), lo + width))
        rows.append({"in_store": w, "extract_ms": 1000 * statistics.median(extract_s[sl]),
                     "resolve_write_ms": 1000 * statistics.median(write_s[sl]),
                     "total_ms": 1000 * statistics.median([a + b for a, b in zip(extract_s[sl], write_s[sl])])})
    return rows, n_quads


def throughput(folder: Path, store_dir: Path, jobs: int) -> float:
    n = len(list(folder.glob("*.txt")))
    t0 = time.perf_counter()
    result = api.ingest([folder], store=str(store_dir), jobs=jobs)
    dt = time.perf_counter() - t0
    assert len(result.ingested) == n, result.failed[:3]
    return n / dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--throughput-articles", type=int, default=200)
    ap.add_argument("--width", type=int, default=10, help="articles per measuring window")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        tmp = Path(tmp)
        paths = articles.write(tmp / "corpus", args.articles)
        windows = [w for w in (10, 100, 1000, 10000) if w <= args.articles]
        windows[-1] = min(windows[-1], args.articles - args.width // 2)
        rows, n_quads = per_article(paths, tmp / "store", windows, args.width)
        print(f"cost per article ({args.articles} articles ingested one by one; store ends at "
              f"{n_quads:,} quads; median over {args.width} articles around each point)")
        print(f"{'articles in store':>18} {'extract ms':>11} {'resolve+write ms':>17} {'total ms':>9}")
        for r in rows:
            print(f"{r['in_store']:>18} {r['extract_ms']:>11.1f} {r['resolve_write_ms']:>17.1f} {r['total_ms']:>9.1f}")
        base, last = rows[0]["resolve_write_ms"], rows[-1]["resolve_write_ms"]
        print(f"resolve+write growth from {rows[0]['in_store']} to {rows[-1]['in_store']} articles: "
              f"{100 * (last / base - 1):+.0f}%;  total: "
              f"{100 * (rows[-1]['total_ms'] / rows[0]['total_ms'] - 1):+.0f}%")
        sub = tmp / "sub"
        sub.mkdir()
        for p in paths[:args.throughput_articles]:
            for f in (p, p.with_suffix(".meta.json")):
                (sub / f.name).write_bytes(f.read_bytes())
        print(f"\nthroughput ({args.throughput_articles} articles, fresh store, spaCy load included)")
        print(f"{'jobs':>5} {'articles/s':>11}")
        for jobs in (1, 2):
            print(f"{jobs:>5} {throughput(sub, tmp / f'store-j{jobs}', jobs):>11.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\npeak memory: this process {peak:.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
