"""kg's named SPARQL queries and its Turtle export at several scales, on three backends.

For each scale (``--scales``, triples of the synthetic corpus from bench/synthetic.py) and
each backend (``--backends``):

* ``embedded``  kg's own store: the corpus is bulk-loaded into ``pyoxigraph.Store(<dir>)``
                by a separate loader process, then the measuring process opens it the way
                ``kg query`` does (``kg.store.Store(dir)``, read-only) and runs
                ``Store.query(text)``: evaluation plus turning every row into Python strings.
* ``server``    ``oxigraph serve`` (the ``oxigraph`` binary of the venv) on 127.0.0.1, on a
                folder filled beforehand by ``oxigraph load``; queried through kg's
                ``RemoteStore(url).query(text)`` (HTTP + SPARQL JSON results).
* ``rdflib``    ``rdflib.Dataset(default_union=True)`` in memory, filled by rdflib's N-Quads
                parser, queried with ``Dataset.query`` and the same row conversion as
                ``kg.rdf.rdflib_select``.

Every named query (``--queries``; text from ``ontology/queries/<name>.rq`` through
``kg.rdf.load_query``, or from ``--query-dir``) runs once untimed (warm-up), then
``--repeat`` timed runs; the median is reported. With ``--page N`` (default 100) each query
is also timed with ``LIMIT N`` appended: the engine still joins and sorts every row, only
the first N are returned (what a user paging through a terminal waits for). A run longer
than ``--timeout`` seconds is cut and shown as ``> N s``; a query stops repeating once its
runs used ``--budget`` seconds (the cell then shows ``(n=...)``).

Each (backend, scale) runs in a fresh subprocess whose peak RSS (``ru_maxrss`` via
``os.wait4``) is reported; loaders and the server are separate processes with their own
peaks. ``--export`` (default on) also times ``kg.api.export("ttl", store=<embedded dir>)``,
what ``kg export --format ttl`` runs, in its own process, and reports its output size.

Rows are compared across backends: a digest of the rows in result order, with the cells of
GROUP_CONCAT lists (" | ") sorted, since their order is up to the engine.

    .venv/bin/python bench/bench_queries.py --scales 10000,100000,1000000 --repeat 5
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
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
sys.path.insert(0, str(HERE.parent))

from common import machine_info, oxigraph_binary, start_oxigraph, synthetic_nq, timed_runs  # noqa: E402

BACKENDS = ("embedded", "server", "rdflib")
DEFAULT_QUERIES = ("timeline", "attributions", "responses", "two-hop-actors")


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def query_text(name: str, query_dir: str | None) -> str:
    if query_dir:
        return (Path(query_dir) / f"{name}.rq").read_text(encoding="utf-8")
    from kg import rdf

    return rdf.load_query(name)


def normalise(rows: list[dict]) -> list[tuple]:
    out = []
    for r in rows:
        cells = []
        for v in r.values():
            if v is not None and " | " in v:
                v = " | ".join(sorted(v.split(" | ")))
            cells.append(v)
        out.append(tuple(cells))
    return out


def digest(rows: list[tuple]) -> str:
    return hashlib.sha1(repr(rows).encode("utf-8")).hexdigest()[:12]


# --------------------------------------------------------------------------- child side



def child(args: argparse.Namespace) -> int:
    """Open one backend, run every query, write a JSON result."""
    out: dict = {"queries": {}, "rss_start_mb": rss_mb()}
    server = None
    if args.child == "embedded":
        from kg.store import Store

        st = Store(args.location)
        select = st.query
        out["size"] = len(st)
    elif args.child == "server":
        from kg.store import RemoteStore

        server, url = start_oxigraph(args.location)
        st = RemoteStore(url)
        select = st.query
        out["size"] = len(st)
    elif args.child == "rdflib":
        import rdflib

        t = time.perf_counter()
        ds = rdflib.Dataset(default_union=True)
        ds.parse(args.file, format="nquads")
        out["load_s"] = time.perf_counter() - t
        out["size"] = len(ds)

        def select(sparql: str):
            res = ds.query(sparql)
            names = [str(v) for v in res.vars]
            return names, [{n: (str(row[n]) if row[n] is not None else None) for n in names}
                           for row in res]
    elif args.child == "export":
        from kg import api

        times, size = [], 0
        for _ in range(max(1, args.export_repeat)):
            t = time.perf_counter()
            text = api.export("ttl", store=args.location)
            times.append(time.perf_counter() - t)
            size = len(text.encode("utf-8"))
            del text
        out.update(export_s=statistics.median(times), export_runs=times, export_bytes=size)
        out["rss_end_mb"] = rss_mb()
        Path(args.json_out).write_text(json.dumps(out, indent=1))
        return 0
    else:
        raise SystemExit(f"unknown backend {args.child}")
    out["rss_after_open_mb"] = rss_mb()
    signal.signal(signal.SIGALRM, _alarm)

    def timed(sparql: str) -> dict:
        res: dict = {"times_s": []}
        try:
            signal.setitimer(signal.ITIMER_REAL, args.timeout)
            t = time.perf_counter()
            _, rows = select(sparql)  # warm-up (and the rows we compare)
            first = time.perf_counter() - t
            signal.setitimer(signal.ITIMER_REAL, 0)
            norm = normalise(rows)
            res.update(rows=len(rows), digest=digest(norm), bag=digest(sorted(norm, key=repr)))
            del rows, norm
            res["times_s"] += timed_runs(lambda: select(sparql), args.repeat, args.budget,
                                         args.timeout, first)
            if not res["times_s"]:
                res["times_s"].append(first)
            res["median_s"] = statistics.median(res["times_s"])
        except _Timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
            res["timeout_s"] = args.timeout
        except Exception as exc:  # noqa: BLE001 - an engine that cannot run the query
            signal.setitimer(signal.ITIMER_REAL, 0)
            res["error"] = f"{exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200]
        return res

    try:
        for name in args.queries.split(","):
            text = query_text(name, args.query_dir)
            q = {"full": timed(text)}
            if args.page and args.child != "rdflib":
                q["page"] = timed(text.rstrip() + f"\nLIMIT {args.page}\n")
            out["queries"][name] = q
            print(f"  [{args.child}] {name}: full {q['full'].get('median_s', '-')} "
                  f"page {q.get('page', {}).get('median_s', '-')} rows={q['full'].get('rows')} "
                  f"{q['full'].get('error', '')}",
                  file=sys.stderr, flush=True)
        out["rss_end_mb"] = rss_mb()
    finally:
        # this process alone: os.wait4 in the parent also counts the server we started
        out["self_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if server is not None:
            server.terminate()
            _, _, usage = os.wait4(server.pid, 0)
            out["server_peak_mb"] = usage.ru_maxrss / 1024
    Path(args.json_out).write_text(json.dumps(out, indent=1))
    return 0


# -------------------------------------------------------------------------- parent side

def measured(cmd: list[str], env: dict | None = None) -> tuple[int, float, float]:
    """Run a command; (exit code, wall seconds, peak RSS MB of that process)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - t, usage.ru_maxrss / 1024


def load_embedded(nq: Path, location: str) -> dict:
    code = ("import sys, pyoxigraph as ox\n"
            "st = ox.Store(sys.argv[2])\n"
            "st.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)\n"
            "st.flush()\n")
    rc, wall, peak = measured([sys.executable, "-c", code, str(nq), location])
    if rc:
        raise SystemExit(f"embedded load failed ({rc})")
    return {"load_s": wall, "load_peak_mb": peak}


def load_server(nq: Path, location: str) -> dict:
    rc, wall, peak = measured([oxigraph_binary(), "load", "--location", location, "--file", str(nq)])
    if rc:
        raise SystemExit(f"oxigraph load failed ({rc})")
    return {"load_s": wall, "load_peak_mb": peak}


def run_child(backend: str, args: argparse.Namespace, nq: Path, location: str | None) -> dict:
    fd, json_out = tempfile.mkstemp(suffix=".json", prefix="kg-bench-q-")
    os.close(fd)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", backend, "--file", str(nq),
           "--queries", args.queries, "--repeat", str(args.repeat), "--timeout", str(args.timeout),
           "--budget", str(args.budget), "--page", str(args.page), "--json-out", json_out,
           "--export-repeat", str(args.export_repeat)]
    if location:
        cmd += ["--location", location]
    if args.query_dir:
        cmd += ["--query-dir", args.query_dir]
    env = dict(os.environ, NO_PROXY="*", no_proxy="*", KG_SPARQL_TIMEOUT=str(args.timeout + 60))
    rc, wall, peak = measured(cmd, env)
    try:
        result = json.loads(Path(json_out).read_text() or "{}")
    finally:
        os.unlink(json_out)
    result.update(exit=rc, wall_s=wall, peak_mb=peak)
    return result


def fmt_s(q: dict | None) -> str:
    if not q:
        return "–"
    if "timeout_s" in q:
        return f"> {q['timeout_s']:g} s"
    if "median_s" not in q:
        return "error" if "error" in q else "–"
    ms = q["median_s"] * 1000
    txt = f"{ms:,.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 1 else f"{ms:.2f}"
    if len(q["times_s"]) < q.get("repeat", 0):
        txt += f" (n={len(q['times_s'])})"
    return txt


def ratio(num: dict | None, den: dict | None) -> str:
    if not num or not den or "median_s" not in den:
        return "–"
    if "timeout_s" in num:
        return f"> {num['timeout_s'] / den['median_s']:,.0f}x"
    if "median_s" not in num:
        return "–"
    r = num["median_s"] / den["median_s"]
    return f"{r:,.0f}x" if r >= 10 else f"{r:.1f}x"


def tables(results: dict, names: list[str], args) -> str:
    """results[scale][backend] -> child result."""
    lines = []
    page = f"page (LIMIT {args.page})"
    head = ["triples", "query", "rows"] + [f"{b} ms" for b in args.backends]
    if "embedded" in args.backends:
        head += [f"{b}/embedded" for b in args.backends if b != "embedded"]
    if args.page:
        head += [f"{b} {page} ms" for b in args.backends if b != "rdflib"]
    head += ["same rows"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for scale, by_b in results.items():
        emb = by_b.get("embedded", {})
        for name in names:
            qs = {b: by_b.get(b, {}).get("queries", {}).get(name, {}) for b in args.backends}
            rows = next((q["full"]["rows"] for q in qs.values() if q.get("full", {}).get("rows") is not None), "–")
            cells = [f"{scale:,}", name, f"{rows:,}" if isinstance(rows, int) else rows]
            cells += [fmt_s(qs[b].get("full")) for b in args.backends]
            if "embedded" in args.backends:
                cells += [ratio(qs[b].get("full"), qs["embedded"].get("full"))
                          for b in args.backends if b != "embedded"]
            if args.page:
                cells += [fmt_s(qs[b].get("page")) for b in args.backends if b != "rdflib"]
            ref = qs.get("embedded", {}).get("full") or next(iter(qs.values()), {}).get("full") or {}
            verdicts = []
            for b in args.backends:
                f = qs[b].get("full") or {}
                if f is ref or "digest" not in f or "digest" not in ref:
                    continue
                v = ("yes" if f["digest"] == ref["digest"] else
                     "same rows, other order" if f["bag"] == ref["bag"] else "NO")
                verdicts.append(f"{b}: {v}")
            cells.append("; ".join(verdicts) or "–")
            lines.append("| " + " | ".join(cells) + " |")
        del emb
    errors = sorted({f"{b} {name} at {scale:,}: {q[kind]['error']}"
                     for scale, by_b in results.items() for b, r in by_b.items()
                     for name, q in r.get("queries", {}).items() for kind in q
                     if "error" in q[kind]})
    if errors:
        lines += ["", "Errors:", *(f"* {e}" for e in errors)]
    # memory / load table
    lines += ["", "| triples | backend | quads | load s | load peak MB | query process peak MB "
              "| server process peak MB | RSS after open/load MB |", "|" + "---|" * 8]
    for scale, by_b in results.items():
        for b in args.backends:
            r = by_b.get(b)
            if not r:
                continue
            if r.get("exit"):
                lines.append(f"| {scale:,} | {b} | failed (exit {r['exit']}) | | | | | |")
                continue
            srv = f"{r['server_peak_mb']:,.0f}" if "server_peak_mb" in r else "–"
            load_peak = f"{r['load_peak_mb']:,.0f}" if "load_peak_mb" in r else "(in query process)"
            peak = r.get("self_peak_mb", r["peak_mb"])
            lines.append(f"| {scale:,} | {b} | {r.get('size', 0):,} | {r.get('load_s', float('nan')):.2f} "
                         f"| {load_peak} | {peak:,.0f} | {srv} | {r.get('rss_after_open_mb', 0):,.0f} |")
    if args.export:
        lines += ["", "| triples | Turtle export s | output MB | export process peak MB |", "|---|---|---|---|"]
        for scale, by_b in results.items():
            r = by_b.get("export")
            if not r:
                continue
            if r.get("exit"):
                lines.append(f"| {scale:,} | failed (exit {r['exit']}) | | |")
                continue
            lines.append(f"| {scale:,} | {r['export_s']:.2f} | {r['export_bytes'] / 1e6:.1f} "
                         f"| {r['peak_mb']:,.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scales", default="10000,100000,1000000", help="comma-separated triple counts")
    ap.add_argument("--backends", default=",".join(BACKENDS), help=f"subset of {','.join(BACKENDS)}")
    ap.add_argument("--queries", default=",".join(DEFAULT_QUERIES),
                    help="comma-separated named queries, or 'all' for every public one")
    ap.add_argument("--query-dir", help="read <name>.rq from this folder instead of ontology/queries")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per query (median reported)")
    ap.add_argument("--page", type=int, default=100,
                    help="also time each query with LIMIT N appended (0: don't); not for rdflib")
    ap.add_argument("--timeout", type=float, default=300, help="seconds before one run is cut")
    ap.add_argument("--budget", type=float, default=120,
                    help="stop repeating a query once its runs used this many seconds")
    ap.add_argument("--no-export", dest="export", action="store_false",
                    help="skip the Turtle export measurement")
    ap.add_argument("--export-repeat", type=int, default=1, help="export runs (median reported)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data-dir", default=os.path.join(tempfile.gettempdir(), "kg-bench"),
                    help="where the synthetic N-Quads files are cached (and stores built)")
    ap.add_argument("--json", help="also write the raw results here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    ap.add_argument("--location", help=argparse.SUPPRESS)
    ap.add_argument("--json-out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.queries == "all":
        from kg import rdf

        args.queries = ",".join(rdf.list_queries())
    if args.child:
        return child(args)

    args.backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    for b in args.backends:
        if b not in BACKENDS:
            ap.error(f"unknown backend {b!r}; choose from {', '.join(BACKENDS)}")
    names = args.queries.split(",")
    for name in names:
        query_text(name, args.query_dir)  # fail early on a typo
    info = machine_info(("rdflib", "pyoxigraph", "oxigraph"))
    print(f"# machine: {json.dumps(info)}", file=sys.stderr, flush=True)
    print(f"# args: {' '.join(sys.argv[1:])}", file=sys.stderr, flush=True)
    results: dict[int, dict[str, dict]] = {}
    data_dir = Path(args.data_dir)
    for scale in (int(s) for s in args.scales.split(",")):
        nq = synthetic_nq(scale, args.seed, data_dir)
        by_b = results[scale] = {}
        work = tempfile.mkdtemp(prefix=f"kg-bench-q-{scale}-", dir=data_dir)
        try:
            emb_dir = None
            if "embedded" in args.backends or args.export:
                emb_dir = f"{work}/embedded"
                emb_load = load_embedded(nq, emb_dir)
            for b in args.backends:
                print(f"# {scale:,} triples, {b} ...", file=sys.stderr, flush=True)
                if b == "embedded":
                    r = run_child(b, args, nq, emb_dir)
                    r.update(emb_load)
                elif b == "server":
                    srv_dir = f"{work}/server"
                    load = load_server(nq, srv_dir)
                    r = run_child(b, args, nq, srv_dir)
                    r.update(load)
                    shutil.rmtree(srv_dir, ignore_errors=True)
                else:
                    r = run_child(b, args, nq, None)
                for q in r.get("queries", {}).values():
                    for v in q.values():
                        v["repeat"] = args.repeat
                by_b[b] = r
                print(f"#   peak {r['peak_mb']:.0f} MB, wall {r['wall_s']:.0f} s, exit {r['exit']}",
                      file=sys.stderr, flush=True)
                if args.json:
                    Path(args.json).write_text(json.dumps({"machine": info, "args": vars(args),
                                                           "results": results}, indent=1))
            if args.export:
                print(f"# {scale:,} triples, Turtle export ...", file=sys.stderr, flush=True)
                by_b["export"] = run_child("export", args, nq, emb_dir)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if args.json:
            info["loadavg_end"] = os.getloadavg()
            Path(args.json).write_text(json.dumps({"machine": info, "args": vars(args),
                                                   "results": results}, indent=1))
    print(f"median of {args.repeat} runs after a warm-up, milliseconds "
          f"(query text from {args.query_dir or 'ontology/queries'})\n")
    print(tables(results, names, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
