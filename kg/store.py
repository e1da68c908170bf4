"""The embedded store: Oxigraph (pyoxigraph) on disk, one named graph per article.

Why Oxigraph: measured in docs/performance.md against plain rdflib (load, memory and
SPARQL latency at 100k and 1M triples). Writes replace an article's graph in a single
SPARQL update, which Oxigraph runs as one transaction: a failed ingest leaves the store
as it was. One writer at a time: a lock file makes a second writer fail at once with
"store is locked" instead of waiting or corrupting anything.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import KgError

DEFAULT_STORE = "kg-store"
LOCK_NAME = ".kg-writer.lock"


def default_store_path() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


class Store:
    """A kg store folder. Use as a context manager::

        with Store("kg-store", write=True) as st:
            st.replace_graph(iri, ntriples)
    """

    def __init__(self, path: str | os.PathLike, write: bool = False):
        import pyoxigraph

        self.path = Path(path)
        self.write = write
        self._lock = None
        if write:
            self._take_lock()
        elif not self.path.exists():
            raise KgError(f"no store at {self.path} (create one with 'kg ingest' or 'kg build')")
        try:
            if write:
                self.ox = pyoxigraph.Store(str(self.path))
            else:
                self.ox = pyoxigraph.Store.read_only(str(self.path))
        except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
            self.close()
            msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            if "lock" in msg.lower():
                raise KgError(f"store is locked by another process: {self.path}") from None
            raise KgError(f"cannot open store {self.path}: corrupt or not a kg store ({msg})") from None

    def _take_lock(self):
        from filelock import FileLock, Timeout

        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(f"cannot create store {self.path}: {exc.strerror}") from None
        lock = FileLock(str(self.path / LOCK_NAME))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise KgError(f"store is locked by another writer: {self.path}") from None
        self._lock = lock

    def close(self):
        ox = getattr(self, "ox", None)
        if ox is not None and self.write:
            try:
                ox.flush()
            except OSError:
                pass
        self.ox = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writing ----------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        """Make the named graph hold exactly these N-Triples, atomically."""
        body = "\n".join(line for line in ntriples.splitlines() if line.strip())
        self._update(f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")

    def remove_graph(self, graph_iri: str) -> bool:
        """Drop one named graph; False when it was not there."""
        import pyoxigraph

        node = pyoxigraph.NamedNode(graph_iri)
        if not self.ox.contains_named_graph(node):
            return False
        self._update(f"DROP GRAPH <{graph_iri}>")
        return True

    def update(self, sparql: str) -> None:
        self._update(sparql)

    def _update(self, sparql: str) -> None:
        if not self.write:
            raise KgError("the store is open read-only")
        try:
            self.ox.update(sparql)
        except SyntaxError as exc:
            raise KgError(f"bad SPARQL update: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise KgError(f"store write failed, nothing was changed: {exc}") from None

    # -- reading ----------------------------------------------------------------------
    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs())

    def __len__(self) -> int:
        return len(self.ox)

    def query(self, sparql: str):
        """Run a read-only SPARQL query: SELECT -> (vars, rows of dicts of lexical values),
        ASK -> bool, CONSTRUCT/DESCRIBE -> list of (s, p, o) pyoxigraph terms."""
        import pyoxigraph

        try:
            result = self.ox.query(sparql)
        except SyntaxError as exc:
            raise KgError(f"bad SPARQL query: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise KgError(f"query failed: {exc}") from None
        if isinstance(result, pyoxigraph.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = []
            for sol in result:
                rows.append({n: (sol[n].value if sol[n] is not None else None) for n in names})
            return names, rows
        if isinstance(result, bool) or isinstance(result, pyoxigraph.QueryBoolean):
            return bool(result)
        return [(t.subject, t.predicate, t.object) for t in result]

    def select(self, sparql: str) -> list[dict]:
        out = self.query(sparql)
        if not isinstance(out, tuple):
            raise KgError("expected a SELECT query")
        return out[1]

    def nquads(self) -> str:
        """Every quad in the store, as sorted N-Quads lines (deterministic)."""
        import pyoxigraph

        data = self.ox.dump(format=pyoxigraph.RdfFormat.N_QUADS)
        lines = sorted(set(data.decode("utf-8").splitlines()))
        return "\n".join(lines) + ("\n" if lines else "")
