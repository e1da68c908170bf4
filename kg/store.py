"""The embedded store: Oxigraph (pyoxigraph) on disk, one named graph per article.

Why Oxigraph: measured in docs/performance.md against plain rdflib (load, memory and
SPARQL latency at 100k and 1M triples). Writes replace an article's graph in a single
SPARQL update, which Oxigraph runs as one transaction: a failed ingest leaves the store
as it was. One writer at a time: a lock file makes a second writer fail at once with
"store is locked" instead of waiting or corrupting anything.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import KgError

DEFAULT_STORE = "kg-store"
LOCK_NAME = ".kg-writer.lock"
# A SPARQL UPDATE operation, after any PREFIX / BASE declarations and comments.
_UPDATE_RE = re.compile(r"^(?:\s|#[^\n]*\n|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>))*"
                        r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def default_store_path() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def _result(result):
    """A pyoxigraph query result -> (vars, rows of lexical values) | bool | triples."""
    import pyoxigraph

    if isinstance(result, pyoxigraph.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [{n: (sol[n].value if sol[n] is not None else None) for n in names} for sol in result]
    if isinstance(result, (bool, pyoxigraph.QueryBoolean)):
        return bool(result)
    return [(t.subject, t.predicate, t.object) for t in result]


class _GraphWrites:
    """What the embedded and the server store share; each supplies ``_update``, ``query``
    and ``quads``."""

    def select(self, sparql: str) -> list[dict]:
        out = self.query(sparql)
        if not isinstance(out, tuple):
            raise KgError("expected a SELECT query")
        return out[1]

    def nquads(self) -> str:
        """Every quad in the store, as sorted N-Quads lines (deterministic)."""
        from .rdf import serialize

        return serialize(self.quads(), "nq")

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        """Make the named graph hold exactly these N-Triples, atomically."""
        self.write_article(graph_iri, ntriples)

    def update(self, sparql: str) -> None:
        self._update(sparql)

    def write_article(self, graph_iri: str, ntriples: str | None, change=None) -> None:
        """Replace (or, with ``ntriples=None``, drop) an article's graph and apply its
        incident changes (:class:`kg.resolve.IncidentChange`) in ONE update request, so a
        failure leaves both as they were."""
        ops = [f"DROP SILENT GRAPH <{graph_iri}>"]
        if ntriples is not None:
            body = "\n".join(line for line in ntriples.splitlines() if line.strip())
            ops.append(f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")
        if change is not None:
            from .resolve import INCIDENT_GRAPH, KG_MATCH_KEY

            if change.drop_keys:
                values = " ".join(f"<{i}>" for i in change.drop_keys)
                ops.append(f"DELETE {{ GRAPH <{INCIDENT_GRAPH}> {{ ?r <{KG_MATCH_KEY}> ?k }} }} WHERE "
                           f"{{ GRAPH <{INCIDENT_GRAPH}> {{ VALUES ?r {{ {values} }} ?r <{KG_MATCH_KEY}> ?k }} }}")
            if change.drop:
                values = " ".join(f"<{i}>" for i in sorted(change.drop))
                ops.append(f"DELETE {{ GRAPH <{INCIDENT_GRAPH}> {{ ?i ?p ?o }} }} WHERE "
                           f"{{ GRAPH <{INCIDENT_GRAPH}> {{ VALUES ?i {{ {values} }} ?i ?p ?o }} }}")
            if change.triples:
                body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in change.triples)
                ops.append(f"INSERT DATA {{ GRAPH <{INCIDENT_GRAPH}> {{\n{body}\n}} }}")
        self._update(" ;\n".join(ops))


class Store(_GraphWrites):
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
            if (self.path.is_dir() and not (self.path / "CURRENT").exists()
                    and any(f.name != LOCK_NAME for f in self.path.iterdir())):
                # never turn a folder of other files into a store
                raise KgError(f"cannot open store {self.path}: corrupt or not a kg store "
                              "(a non-empty folder with no store in it)")
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
    def remove_graph(self, graph_iri: str) -> bool:
        """Drop one named graph; False when it was not there."""
        import pyoxigraph

        node = pyoxigraph.NamedNode(graph_iri)
        if not self.ox.contains_named_graph(node):
            return False
        self._update(f"DROP GRAPH <{graph_iri}>")
        return True

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
        try:
            result = self.ox.query(sparql)
        except SyntaxError as exc:
            if _UPDATE_RE.match(sparql):
                raise KgError("a SPARQL UPDATE is not allowed here: queries are read-only "
                              "(use 'kg query --update')") from None
            raise KgError(f"bad SPARQL query: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise KgError(f"query failed: {exc}") from None
        return _result(result)

    def quads(self):
        """Every quad in the store, as an iterator of pyoxigraph Quads (for kg.rdf.serialize,
        which streams them: a list of a million Quads alone would take hundreds of MB)."""
        return iter(self.ox)


# ---------------------------------------------------------------------------------------
# A SPARQL 1.1 server instead of the embedded store (see docs/server.md)
# ---------------------------------------------------------------------------------------

def is_server_url(location) -> bool:
    """True when a --store value names a SPARQL server (http:// or https://)."""
    return isinstance(location, str) and location.strip().lower().startswith(("http://", "https://"))


def open_store(location, write: bool = False):
    """A :class:`Store` for a folder, a :class:`RemoteStore` for an ``http(s)://`` URL."""
    if is_server_url(location):
        return RemoteStore(location, write=write)
    return Store(location, write=write)


def redact_url(url: str) -> str:
    """The URL without user:password@ (and without query string or fragment, which can hold
    access tokens): the only form of a server URL that kg ever prints."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if ":" in host:  # IPv6 literal
            host = f"[{host}]"
        netloc = host + (f":{parts.port}" if parts.port else "")
    except ValueError:  # e.g. a bad port: strip by hand
        scheme, sep, rest = url.partition("://")
        rest = rest.split("?", 1)[0].split("#", 1)[0]
        netloc, slash, path = rest.partition("/")
        return f"{scheme}{sep}{netloc.rsplit('@', 1)[-1]}{slash}{path}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


_QUERY_ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, "
                 "text/turtle;q=0.8, application/n-quads;q=0.5")
_RDF_TYPES = {
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",  # old servers send N-Triples as text/plain
    "text/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/n-quads": "N_QUADS",
    "application/rdf+xml": "RDF_XML",
}
_NOT_IN_NAMED_GRAPH = "FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } }"


class RemoteStore(_GraphWrites):
    """A SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, QLever...) used like a
    :class:`Store`, over HTTP with the standard library only.

    ``url`` is the server's base URL; the endpoints default to ``URL/query`` and
    ``URL/update`` (Oxigraph server; Fuseki when the URL is ``http://host:3030/DATASET``)
    and can be set with ``$KG_SPARQL_QUERY`` / ``$KG_SPARQL_UPDATE`` (a full URL, or a
    path starting with ``/`` on the same host). Credentials: ``user:password@`` in the URL,
    else ``$KG_SPARQL_USER`` / ``$KG_SPARQL_PASSWORD``, else a ``~/.netrc`` entry for the
    host, sent as HTTP Basic auth; or ``$KG_SPARQL_TOKEN``, sent as a Bearer token. They
    never appear in an error message: every URL kg prints goes through :func:`redact_url`.

    Opening sends one ``ASK {}`` to the query endpoint, so a server that is down or refuses
    the credentials fails at once. There is no writer lock (the server serialises writes);
    each article is written by one update request, which the server runs as one
    transaction.
    """

    def __init__(self, url: str, write: bool = False, timeout: float | None = None):
        from urllib.parse import unquote, urlsplit, urlunsplit

        self.write = write
        url = url.strip()
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            raise KgError(f"bad SPARQL server URL {redact_url(url)}") from None
        if not parts.hostname:
            raise KgError(f"bad SPARQL server URL {redact_url(url)} (no host)")
        self.url = redact_url(url).rstrip("/")  # printable: no credentials
        self.path = self.url  # what error messages and callers show as "the store"
        root = urlunsplit(urlsplit(self.url)[:2] + ("", "", ""))
        self.query_url = self._endpoint(os.environ.get("KG_SPARQL_QUERY"), root, "/query")
        self.update_url = self._endpoint(os.environ.get("KG_SPARQL_UPDATE"), root, "/update")
        try:
            self.timeout = float(timeout or os.environ.get("KG_SPARQL_TIMEOUT") or 60)
        except ValueError:
            raise KgError("KG_SPARQL_TIMEOUT must be a number of seconds") from None
        user = unquote(parts.username) if parts.username is not None else None
        password = unquote(parts.password) if parts.password is not None else None
        if user is None and os.environ.get("KG_SPARQL_USER"):
            user, password = os.environ["KG_SPARQL_USER"], os.environ.get("KG_SPARQL_PASSWORD", "")
        if user is None:
            user, password = self._netrc(parts.hostname)
        # Redacted from any server text kg prints (too short ones would mangle the text).
        self._secrets = [s for s in (password, os.environ.get("KG_SPARQL_TOKEN"), user) if s and len(s) >= 4]
        self._auth = None
        if user is not None:
            import base64

            token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
            self._auth = f"Basic {token}"
        elif os.environ.get("KG_SPARQL_TOKEN"):
            self._auth = f"Bearer {os.environ['KG_SPARQL_TOKEN']}"
        # One cheap request up front, so a server that is down, misconfigured or refusing
        # the credentials gives one clear error before any work (not one per article).
        self._raw_query("ASK {}")

    def _endpoint(self, override: str | None, root: str, default: str) -> str:
        if not override:
            return self.url + default
        if is_server_url(override):
            from urllib.parse import urlsplit

            if "@" in urlsplit(override.strip()).netloc:
                raise KgError("KG_SPARQL_QUERY / KG_SPARQL_UPDATE must not hold credentials: "
                              "use KG_SPARQL_USER / KG_SPARQL_PASSWORD or ~/.netrc")
            return override.strip()
        if override.startswith("/"):
            return root + override
        raise KgError(f"a SPARQL endpoint override must be a URL or a path starting with '/': {override!r}")

    @staticmethod
    def _netrc(host: str):
        import netrc

        try:
            entry = netrc.netrc().authenticators(host)
        except FileNotFoundError:
            return None, None
        except netrc.NetrcParseError as exc:  # its message can quote a password: never show it
            why = "access too permissive" if "permissive" in str(exc.msg) else f"parse error at line {exc.lineno}"
            raise KgError(f"cannot use ~/.netrc: {why}") from None
        except OSError:
            return None, None
        if not entry:
            return None, None
        login, _account, password = entry
        return login, password

    # -- context manager (nothing to hold open: one HTTP request per call) --------------
    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- HTTP ---------------------------------------------------------------------------
    def _clean(self, text: str) -> str:
        """One line, no credentials, not too long."""
        text = " ".join(str(text).split())
        for s in self._secrets:
            text = text.replace(s, "***")
        return text[:300] + ("..." if len(text) > 300 else "")

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None):
        """POST and return (content type, body bytes); every failure is a one-line KgError."""
        import http.client
        import socket
        import urllib.error
        import urllib.request

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):  # never re-send credentials elsewhere
                return None

        headers = {"Content-Type": f"{content_type}; charset=utf-8", "User-Agent": "kg"}
        if accept:
            headers["Accept"] = accept
        if self._auth:
            headers["Authorization"] = self._auth
        req = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
        shown = redact_url(url)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(req, timeout=self.timeout) as resp:
                ctype = resp.headers.get_content_type()
                return ctype, resp.read()
        except urllib.error.HTTPError as exc:
            raise KgError(self._http_error(shown, exc)) from None
        except urllib.error.URLError as exc:
            raise KgError(f"SPARQL server {shown} unreachable ({self._reason(exc.reason)})") from None
        except (socket.timeout, TimeoutError):
            raise KgError(f"SPARQL server {shown} unreachable (timed out after {self.timeout:g} s)") from None
        except (ConnectionError, http.client.HTTPException, OSError) as exc:
            raise KgError(f"SPARQL server {shown} unreachable ({self._reason(exc)})") from None

    def _reason(self, reason) -> str:
        import socket

        if isinstance(reason, ConnectionRefusedError):
            return "connection refused"
        if isinstance(reason, (socket.timeout, TimeoutError)):
            return f"timed out after {self.timeout:g} s"
        if isinstance(reason, socket.gaierror):
            return "host name not found"
        if isinstance(reason, ConnectionResetError):
            return "connection reset"
        if isinstance(reason, OSError) and reason.strerror:
            return self._clean(reason.strerror.lower())
        return self._clean(reason) or reason.__class__.__name__

    def _http_error(self, shown: str, exc) -> str:
        try:
            detail = exc.read().decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the body is only a hint
            detail = ""
        detail = self._clean(detail or exc.reason or "")
        code = exc.code
        if code in (401, 403):
            return (f"SPARQL server {shown} refused access (HTTP {code}); set KG_SPARQL_USER and "
                    "KG_SPARQL_PASSWORD, a ~/.netrc entry, or KG_SPARQL_TOKEN")
        if 300 <= code < 400:
            return (f"SPARQL server {shown} redirects (HTTP {code}); give the final endpoint URL "
                    "(--store, KG_SPARQL_QUERY, KG_SPARQL_UPDATE)")
        if code == 404:
            return (f"SPARQL server {shown}: no such endpoint (HTTP 404); set KG_SPARQL_QUERY / "
                    "KG_SPARQL_UPDATE for this server (see docs/server.md)")
        if code in (400, 406, 415):
            return f"SPARQL server {shown} rejected the request (HTTP {code}: {detail})"
        if code >= 500:
            return f"SPARQL server {shown} failed (HTTP {code}: {detail})"
        return f"SPARQL server {shown} answered HTTP {code}: {detail}"

    # -- writing ------------------------------------------------------------------------
    def remove_graph(self, graph_iri: str) -> bool:
        """Drop one named graph; False when it was not there."""
        if not self.write:
            raise KgError("the store is open read-only")
        if not self.query(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"):
            return False
        self._update(f"DROP SILENT GRAPH <{graph_iri}>")
        return True

    def _update(self, sparql: str) -> None:
        if not self.write:
            raise KgError("the store is open read-only")
        self._post(self.update_url, sparql, "application/sparql-update")

    # -- reading ------------------------------------------------------------------------
    def _raw_query(self, sparql: str):
        import pyoxigraph

        ctype, data = self._post(self.query_url, sparql, "application/sparql-query", _QUERY_ACCEPT)
        shown = redact_url(self.query_url)
        try:
            if ctype in ("application/sparql-results+json", "application/json"):
                return pyoxigraph.parse_query_results(data, format=pyoxigraph.QueryResultsFormat.JSON)
            if ctype in _RDF_TYPES:
                fmt = getattr(pyoxigraph.RdfFormat, _RDF_TYPES[ctype])
                return list(pyoxigraph.parse(data, format=fmt))
        except (SyntaxError, ValueError) as exc:
            raise KgError(f"SPARQL server {shown} sent an unreadable {ctype} answer "
                          f"({self._clean(str(exc).splitlines()[0] if str(exc) else '')})") from None
        raise KgError(f"SPARQL server {shown} answered with unexpected content type {ctype}")

    def query(self, sparql: str):
        """Like :meth:`Store.query`: SELECT -> (vars, rows of dicts of lexical values),
        ASK -> bool, CONSTRUCT/DESCRIBE -> list of (s, p, o) pyoxigraph terms."""
        if _UPDATE_RE.match(sparql):
            raise KgError("a SPARQL UPDATE is not allowed here: queries are read-only "
                          "(use 'kg query --update')")
        return _result(self._raw_query(sparql))

    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows if r["g"] is not None)

    def __len__(self) -> int:
        # Named-graph quads plus default-graph triples that are in no named graph: right
        # both on servers with a separate default graph (Oxigraph, Fuseki) and on those
        # whose default graph is the union of the named graphs (GraphDB, Fuseki+TDB option).
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION "
                           f"{{ ?s ?p ?o {_NOT_IN_NAMED_GRAPH} }} }}")
        return int(rows[0]["n"]) if rows else 0

    def quads(self) -> list:
        """Every quad on the server, as pyoxigraph Quads (for kg.rdf.serialize)."""
        import pyoxigraph

        result = self._raw_query("SELECT ?s ?p ?o ?g WHERE { { GRAPH ?g { ?s ?p ?o } } UNION "
                                 f"{{ ?s ?p ?o {_NOT_IN_NAMED_GRAPH} }} }}")
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise KgError(f"SPARQL server {redact_url(self.query_url)} did not answer a SELECT with results")
        return [pyoxigraph.Quad(sol["s"], sol["p"], sol["o"],
                                sol["g"] if sol["g"] is not None else pyoxigraph.DefaultGraph())
                for sol in result]
