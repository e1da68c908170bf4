"""What the benchmark scripts share: the machine description and a local Oxigraph server."""
from __future__ import annotations

import os
import platform
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from importlib import metadata
from pathlib import Path


def machine_info(packages: tuple[str, ...] = ("rdflib", "pyoxigraph")) -> dict:
    """CPU, cores, RAM, Python, platform, load average and the versions of *packages*."""
    cpu = "?"
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as fh:
        mem_kb = int(fh.readline().split()[1])
    versions = {}
    for pkg in packages:
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "not installed"
    return {"nproc": os.cpu_count(), "ram_gib": round(mem_kb / 2**20, 1), "cpu": cpu,
            "python": platform.python_version(), "platform": platform.platform(),
            "loadavg": os.getloadavg(), **versions}


def oxigraph_binary() -> str:
    """The `oxigraph` server binary of the PyPI package `oxigraph` (next to this Python)."""
    binary = Path(sys.executable).parent / "oxigraph"
    found = str(binary) if binary.exists() else shutil.which("oxigraph")
    if not found:
        sys.exit("no oxigraph binary (pip install oxigraph)")
    return found


def start_oxigraph(location: str, tries: int = 300) -> tuple[subprocess.Popen, str]:
    """Start `oxigraph serve` on a free 127.0.0.1 port over *location*; (process, URL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", location,
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for _ in range(tries):
        if proc.poll() is not None:
            sys.exit(f"oxigraph serve exited with {proc.returncode}")
        try:
            req = urllib.request.Request(url + "/query", data=b"ASK {}", method="POST",
                                         headers={"Content-Type": "application/sparql-query"})
            opener.open(req, timeout=1).close()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    sys.exit("oxigraph serve did not start")


def timed_runs(fn, repeat: int, budget: float, timeout: float, spent: float,
               at_least_once: bool = False) -> list[float]:
    """Seconds of up to *repeat* calls of *fn*, each cut by SIGALRM after *timeout*
    (the caller's handler raises), stopping once *budget* seconds are spent (counting
    *spent* already, e.g. the warm-up); with *at_least_once*, one run even past budget."""
    import signal

    times: list[float] = []
    for _ in range(repeat):
        if spent > budget and (times or not at_least_once):
            break
        signal.setitimer(signal.ITIMER_REAL, timeout)
        t = time.perf_counter()
        fn()
        dt = time.perf_counter() - t
        signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(dt)
        spent += dt
    return times


def synthetic_nq(n: int, seed: int, data_dir: Path) -> Path:
    """The synthetic corpus of *n* triples as N-Quads, generated once into *data_dir*
    (``kg-synth-<n>-s<seed>.nq``, the cache every benchmark shares)."""
    import synthetic

    data_dir.mkdir(parents=True, exist_ok=True)
    nq = data_dir / f"kg-synth-{n}-s{seed}.nq"
    if not nq.exists():
        tmp = nq.with_suffix(".tmp")
        synthetic.write(str(tmp), n, seed)
        tmp.rename(nq)
    return nq

