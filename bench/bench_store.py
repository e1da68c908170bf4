"""Compare RDF store engines for kg: load time, peak memory and SPARQL latency.

Engines (``--engines``, comma separated):

* ``rdflib``        rdflib ``Dataset(default_union=True)`` on its default ``Memory`` store,
                    loaded with rdflib's own N-Quads parser (kg's named-graph layout).
* ``rdflib-graph``  a plain rdflib ``Graph`` (``Memory`` store) holding the same data with
                    the graph names dropped (N-Triples), i.e. no named-graph overhead.
* ``oxigraph-disk`` ``pyoxigraph.Store(<temp dir>)`` (RocksDB), ``bulk_load`` then queries.
* ``oxigraph-mem``  ``pyoxigraph.Store()`` in memory, ``bulk_load`` then queries.
* ``oxrdflib``      ``rdflib.Dataset(store="Oxigraph", default_union=True)``: the rdflib API
                    over an in-memory Oxigraph store, loaded with ``format="ox-nquads"``.

Every (engine, scale) runs in a fresh subprocess; its peak RSS is taken from
``os.wait4`` (the child's own ``ru_maxrss``), so one measurement cannot inflate another.
Each query runs once untimed (warm-up) and then ``--repeat`` times; the median is reported.
A run longer than ``--timeout`` seconds is interrupted and reported as ``> N s``; a query
whose runs add up to more than ``--budget`` seconds stops repeating early (the table then
says how many runs the median is over).  Queries see the union of all article graphs.

    python bench/bench_store.py --scales 100000,1000000 --repeat 5 --json /tmp/kg-bench.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import machine_info, synthetic_nq, timed_runs  # noqa: E402

ENGINES = ("rdflib", "rdflib-graph", "oxigraph-disk", "oxigraph-mem", "oxrdflib")
BASELINE = "rdflib"

PREFIXES = """PREFIX kg: <https://w3id.org/kg-cyber/ontology#>
PREFIX ent: <https://w3id.org/kg-cyber/id/entity/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

QUERIES = {
    # Events whose whole date interval falls in 2020 (kg's "what happened in ..." filter).
    "date-range": PREFIXES + """
SELECT ?e ?type ?earliest ?latest WHERE {
  ?e kg:earliest ?earliest ;
     kg:latest ?latest ;
     a ?type .
  FILTER(?earliest >= "2020-01-01"^^xsd:date && ?latest <= "2020-12-31"^^xsd:date)
}""",
    # How many events of each scored type.
    "group-by-type": PREFIXES + """
SELECT ?type (COUNT(?e) AS ?n) WHERE {
  VALUES ?type { kg:CyberAttack kg:Attribution kg:Denial kg:Condemnation kg:SeverRelations
                 kg:ExpelDiplomats kg:Sanction kg:LegalAction kg:DefensiveMeasure }
  ?e a ?type .
}
GROUP BY ?type
ORDER BY DESC(?n)""",
    # 2 hops: targets of Russia's cyberattacks (sub-SELECT), then who else acted on them.
    "2-hop-actors": PREFIXES + """
SELECT ?actor (COUNT(?e2) AS ?n) WHERE {
  {
    SELECT DISTINCT ?target WHERE {
      ?e1 a kg:CyberAttack ;
          kg:hasActor ent:RUS ;
          kg:hasTarget ?target .
    }
  }
  ?e2 kg:hasTarget ?target ;
      kg:hasActor ?actor .
  FILTER(?actor != ent:RUS)
}
GROUP BY ?actor
ORDER BY DESC(?n) ?actor""",
}


# --------------------------------------------------------------------------- child side

def _rss_mb(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):  # noqa: ARG001
    raise _Timeout()


def _articles(path: str):
    """The file's quads grouped by graph, one N-Quads string per article graph."""
    chunk: list[str] = []
    graph = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            g = line[line.rindex(" <"):]
            if g != graph and chunk:
                yield "".join(chunk)
                chunk = []
            graph = g
            chunk.append(line)
    if chunk:
        yield "".join(chunk)


def _open_engine(engine: str, path: str, workdir: str, mode: str = "bulk"):
    """Load ``path`` into ``engine``; return (run_query, info).

    ``mode="bulk"`` loads the file in one call (the engine's fastest import path);
    ``mode="per-article"`` adds one article graph per call/transaction, as kg's ingest does.
    """
    info: dict = {}
    per_article = mode == "per-article"
    if engine in ("rdflib", "rdflib-graph", "oxrdflib"):
        import rdflib

        if engine == "rdflib":
            ds = rdflib.Dataset(default_union=True)
            fmt = "nquads"
        elif engine == "rdflib-graph":
            if per_article:
                raise SystemExit("rdflib-graph has no graphs to load one by one")
            ds = rdflib.Graph()
            fmt = "nt"
        else:
            ds = rdflib.Dataset(store="Oxigraph", default_union=True)
            fmt = "ox-nquads"
        if per_article:
            for chunk in _articles(path):
                ds.parse(data=chunk, format=fmt)
        else:
            ds.parse(path, format=fmt)

        def run(q: str) -> list[tuple]:
            return [tuple(None if t is None else str(t) for t in row) for row in ds.query(q)]

        if engine == "rdflib":  # quads, not the (deduplicated) union default graph
            info["count"] = lambda: sum(len(g) for g in ds.graphs())
        elif engine == "oxrdflib":
            info["count"] = lambda: len(ds.store._inner)
        else:
            info["count"] = lambda: len(ds)
        return run, info

    import pyoxigraph as ox

    if engine == "oxigraph-disk":
        store_dir = os.path.join(workdir, "store")
        store = ox.Store(store_dir)
        info["store_dir"] = store_dir
    elif engine == "oxigraph-mem":
        store = ox.Store()
    else:
        raise SystemExit(f"unknown engine {engine}")
    if per_article:
        for chunk in _articles(path):
            store.load(input=chunk.encode(), format=ox.RdfFormat.N_QUADS)  # one transaction each
    else:
        store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    if engine == "oxigraph-disk":
        store.flush()

    def run(q: str) -> list[tuple]:
        return [tuple(None if t is None else t.value for t in row)
                for row in store.query(q, use_default_graph_as_union=True)]

    info["count"] = lambda: len(store)
    info["store"] = store
    return run, info


def _query_names(args: argparse.Namespace) -> list[str]:
    if args.queries == "none":
        return []
    return args.queries.split(",") if args.queries else list(QUERIES)


def child(args: argparse.Namespace) -> int:
    out: dict = {"engine": args.child, "file": args.file, "rss_baseline_mb": None}
    workdir = tempfile.mkdtemp(prefix="kg-bench-")
    try:
        if args.child.startswith("oxigraph"):
            import pyoxigraph  # noqa: F401  (import cost is not load cost)
        else:
            import rdflib  # noqa: F401
            if args.child == "oxrdflib":
                import oxrdflib  # noqa: F401
        out["rss_baseline_mb"] = round(_rss_mb(), 1)
        t0 = time.perf_counter()
        run, info = _open_engine(args.child, args.file, workdir, args.load_mode)
        out["load_s"] = time.perf_counter() - t0
        out["rss_after_load_mb"] = round(_rss_mb(), 1)
        out["hwm_after_load_mb"] = round(_rss_mb("VmHWM"), 1)
        out["size"] = info["count"]()
        if "store_dir" in info:
            out["disk_mb"] = round(sum(f.stat().st_size for f in Path(info["store_dir"]).rglob("*")
                                       if f.is_file()) / 2**20, 1)
        signal.signal(signal.SIGALRM, _on_alarm)
        out["queries"] = {}
        names = _query_names(args)
        for name in names:
            q = QUERIES[name]
            res: dict = {"times_s": []}
            try:
                signal.setitimer(signal.ITIMER_REAL, args.timeout)
                t = time.perf_counter()
                rows = run(q)
                first = time.perf_counter() - t
                signal.setitimer(signal.ITIMER_REAL, 0)
                res["rows"] = len(rows)
                res["digest"] = hashlib.sha1(repr(sorted(rows, key=repr)).encode()).hexdigest()[:12]
                res["first_s"] = first
                res["times_s"] += timed_runs(lambda: run(q), args.repeat, args.budget, args.timeout,
                                             first, at_least_once=True)
                if not res["times_s"]:  # the warm-up alone used up the budget
                    res["times_s"].append(first)
                res["median_s"] = statistics.median(res["times_s"])
            except _Timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
                res["timeout_s"] = args.timeout
            out["queries"][name] = res
            print(f"  [{args.child}] {name}: {res.get('median_s', 'timeout')} "
                  f"rows={res.get('rows')}", file=sys.stderr, flush=True)
        if "store_dir" in info:
            # Cost of opening the existing on-disk store again (a CLI call's start-up).
            import gc

            import pyoxigraph as ox
            store_dir = info["store_dir"]
            del info, run  # drop every reference to the store so RocksDB releases its lock
            gc.collect()
            t = time.perf_counter()
            store = ox.Store(store_dir)
            store.query("ASK { ?s ?p ?o }", use_default_graph_as_union=True)
            out["reopen_s"] = time.perf_counter() - t
            del store
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    Path(args.json_out).write_text(json.dumps(out, indent=1))
    return 0


# -------------------------------------------------------------------------- parent side

def dataset(n: int, seed: int, data_dir: Path, triples_only: bool) -> Path:
    nq = synthetic_nq(n, seed, data_dir)
    if not triples_only:
        return nq
    nt = nq.with_suffix(".nt")
    if not nt.exists():
        tmp = nt.with_suffix(".tmp")
        with open(nq, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as dst:
            for line in src:  # the graph name is always the last term, an IRI
                dst.write(line[:line.rindex(" <")] + " .\n")
        tmp.rename(nt)
    return nt


def run_child(engine: str, path: Path, args: argparse.Namespace) -> dict:
    fd, json_out = tempfile.mkstemp(suffix=".json", prefix="kg-bench-")
    os.close(fd)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", engine, "--file", str(path),
           "--repeat", str(args.repeat), "--timeout", str(args.timeout),
           "--budget", str(args.budget), "--load-mode", args.load_mode, "--json-out", json_out]
    if args.queries:
        cmd += ["--queries", args.queries]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t
    try:
        result = json.loads(Path(json_out).read_text() or "{}")
    finally:
        os.unlink(json_out)
    result["exit"] = proc.returncode
    result["peak_mb"] = round(usage.ru_maxrss / 1024, 1)  # Linux: KiB
    result["wall_s"] = wall
    return result


def _fmt_ms(q: dict, repeat: int) -> str:
    if "timeout_s" in q:
        return f"> {q['timeout_s']:g} s"
    if "median_s" not in q:
        return "error"
    ms = q["median_s"] * 1000
    txt = f"{ms:,.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 1 else f"{ms:.2f}"
    if len(q["times_s"]) < repeat:
        txt += f" (n={len(q['times_s'])})"
    return txt


def _ratio(base: dict | None, q: dict) -> str:
    if base is None or "median_s" not in q:
        return "–"
    if "timeout_s" in base:
        return f"> {base['timeout_s'] / q['median_s']:,.0f}×"
    if "median_s" not in base:
        return "–"
    r = base["median_s"] / q["median_s"]
    return f"{r:,.0f}×" if r >= 10 else f"{r:.1f}×"


def markdown(results: list[dict], repeat: int, names: list[str], load_mode: str = "bulk") -> str:
    load = "load s" if load_mode == "bulk" else "per-article load s"
    head = ["triples", "engine", load, "peak MB"] + [f"{n} ms" for n in names]
    head += ["speed-up vs rdflib (" + " / ".join(["load"] + names) + ")"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    by_scale: dict[int, dict[str, dict]] = {}
    for r in results:
        by_scale.setdefault(r["scale"], {})[r["engine"]] = r
    for scale, engines in by_scale.items():
        base = engines.get(BASELINE)
        for engine, r in engines.items():
            if r.get("exit") or "load_s" not in r:
                lines.append(f"| {scale:,} | {engine} | failed (exit {r.get('exit')}) |")
                continue
            qs = r["queries"]
            cells = [f"{scale:,}", engine, f"{r['load_s']:.2f}", f"{r['peak_mb']:,.0f}"]
            cells += [_fmt_ms(qs[n], repeat) for n in names]
            if engine == BASELINE:
                cells.append("1 (baseline)")
            elif base and "load_s" in base:
                load_ratio = base["load_s"] / r["load_s"]
                ratios = [f"{load_ratio:.1f}×"] + [_ratio(base["queries"].get(n), qs[n]) for n in names]
                cells.append(" / ".join(ratios))
            else:
                cells.append("–")
            lines.append("| " + " | ".join(cells) + " |")
    # Second table: details and a cross-engine check that every engine returns the same rows.
    lines += ["", "| triples | engine | quads/triples held | RSS before load MB | RSS after load MB "
              "| disk MB | reopen s | rows per query | same rows as rdflib |", "|" + "---|" * 9]
    for scale, engines in by_scale.items():
        ref = engines.get(BASELINE, {}).get("queries", {})
        for engine, r in engines.items():
            if "queries" not in r:
                continue
            rows = " / ".join(str(r["queries"][n].get("rows", "–")) for n in names) or "–"
            pairs = [(r["queries"][n].get("digest"), ref.get(n, {}).get("digest")) for n in names]
            pairs = [(a, b) for a, b in pairs if a and b]
            agree = "–" if not pairs else "yes" if all(a == b for a, b in pairs) else "NO"
            lines.append(
                f"| {scale:,} | {engine} | {r['size']:,} | {r['rss_baseline_mb']:.0f} "
                f"| {r['rss_after_load_mb']:,.0f} | {r.get('disk_mb', '–')} "
                f"| {('%.3f' % r['reopen_s']) if 'reopen_s' in r else '–'} | {rows} "
                f"| {agree} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scales", default="100000,1000000", help="comma-separated triple counts")
    ap.add_argument("--engines", default=",".join(ENGINES), help=f"subset of {','.join(ENGINES)}")
    ap.add_argument("--queries", default="",
                    help=f"subset of {','.join(QUERIES)}, or 'none' (default: all)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per query (median reported)")
    ap.add_argument("--timeout", type=float, default=180, help="seconds before one query run is cut")
    ap.add_argument("--budget", type=float, default=120,
                    help="stop repeating a query once its runs used this many seconds")
    ap.add_argument("--load-mode", choices=("bulk", "per-article"), default="bulk",
                    help="one bulk import, or one call/transaction per article graph")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data-dir", default=os.path.join(tempfile.gettempdir(), "kg-bench"),
                    help="where the synthetic N-Quads files are cached")
    ap.add_argument("--json", help="also write the raw results here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    ap.add_argument("--json-out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args)

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    for e in engines:
        if e not in ENGINES:
            ap.error(f"unknown engine {e!r}; choose from {', '.join(ENGINES)}")
    info = machine_info(("rdflib", "pyoxigraph", "oxrdflib"))
    print(f"# machine: {json.dumps(info)}", file=sys.stderr, flush=True)
    results = []
    for scale in (int(s) for s in args.scales.split(",")):
        for engine in engines:
            path = dataset(scale, args.seed, Path(args.data_dir), engine == "rdflib-graph")
            print(f"# {scale:,} triples, {engine} ({path.name}) ...", file=sys.stderr, flush=True)
            r = run_child(engine, path, args)
            r.update(scale=scale, engine=engine)
            print(f"#   load {r.get('load_s', float('nan')):.2f} s, peak {r['peak_mb']:.0f} MB, "
                  f"wall {r['wall_s']:.0f} s", file=sys.stderr, flush=True)
            results.append(r)
            if args.json:
                info["loadavg_end"] = os.getloadavg()
                Path(args.json).write_text(json.dumps({"machine": info, "args": vars(args),
                                                       "results": results}, indent=1))
    print(markdown(results, args.repeat, _query_names(args), args.load_mode))
    return 0


if __name__ == "__main__":
    sys.exit(main())
