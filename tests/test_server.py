"""kg against a SPARQL 1.1 server (``--store http://...``) and the embedded store, side by side.

A session-scoped Oxigraph server (``oxigraph serve``, from the venv) runs on a free port of
127.0.0.1; end-to-end tests run once per backend and must give the same answers. A tiny
``http.server`` that always answers 500 (or answers too late) and a port with nothing
listening cover the error paths; credentials given in the URL, the environment or
~/.netrc reach the server but are never printed. All traffic goes to 127.0.0.1 only.
"""
from __future__ import annotations

import base64
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api, rdf
from kg.cli import main
from kg.errors import KgError
from kg.resolve import INCIDENT_GRAPH
from kg.store import RemoteStore, Store, open_store, redact_url

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
SEED_ID = "albania-iran-cyberattack"
SECRET_USER, SECRET_PW = "alice-kg", "s3cret-pw-9917"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    near = Path(sys.executable).parent / "oxigraph"
    return str(near) if near.exists() else shutil.which("oxigraph")


@pytest.fixture(autouse=True)
def hermetic_env(tmp_path, monkeypatch):
    """No real ~/.netrc, no KG_SPARQL_* / KG_STORE from the caller, no proxy for 127.0.0.1."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("KG_STORE", "KG_SPARQL_QUERY", "KG_SPARQL_UPDATE", "KG_SPARQL_USER",
                "KG_SPARQL_PASSWORD", "KG_SPARQL_TOKEN", "KG_SPARQL_TIMEOUT",
                "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")
    return home


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """URL of an `oxigraph serve` on 127.0.0.1 (skipped when the binary is missing)."""
    binary = oxigraph_binary()
    if not binary:
        pytest.skip("no 'oxigraph' binary next to the Python interpreter or on PATH "
                    "(pip install oxigraph)")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    loc = tmp_path_factory.mktemp("oxigraph-server")
    log = open(loc / "server.log", "wb")
    proc = subprocess.Popen([binary, "serve", "--location", str(loc / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while True:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {proc.returncode}: "
                            f"{(loc / 'server.log').read_text(errors='replace')[-500:]}")
            try:
                req = urllib.request.Request(url + "/query", data=b"ASK {}", method="POST",
                                             headers={"Content-Type": "application/sparql-query"})
                with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(req, timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 10 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def clear(url: str):
    with RemoteStore(url, write=True) as st:
        st.update("CLEAR ALL")


@pytest.fixture(params=["embedded", "server"])
def store_location(request, tmp_path):
    """A fresh store: a folder for the embedded backend, the (cleared) server's URL otherwise."""
    if request.param == "embedded":
        return str(tmp_path / "store")
    url = request.getfixturevalue("oxigraph_server")
    clear(url)
    return url


@pytest.fixture
def server_url(oxigraph_server):
    clear(oxigraph_server)
    return oxigraph_server


# -- a fake server that always fails --------------------------------------------------------

class FakeHandler(http.server.BaseHTTPRequestHandler):
    seen_auth: list = []

    def _answer(self):
        FakeHandler.seen_auth.append(self.headers.get("Authorization"))
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.path.startswith("/slow"):
            time.sleep(1.5)
        body = b"Internal error\nwith a second line\n"
        try:
            self.send_response(500)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (timeout test)
            pass

    do_POST = do_GET = _answer

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def failing_server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeHandler)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def run_cli(*args, env=None):
    result = CliRunner().invoke(main, list(args), env=env)
    return result


def assert_one_line_error(result, *must_contain, secrets=(SECRET_USER, SECRET_PW)):
    assert result.exit_code != 0
    err = result.stderr.strip()
    assert err.startswith("kg: error: "), err
    assert "\n" not in err, err
    for text in must_contain:
        assert text in err, err
    for s in secrets:
        assert s not in result.output and s not in result.stderr
    assert "Traceback" not in result.output + result.stderr
    return err


# -- end to end, once per backend -------------------------------------------------------

def count(location) -> int:
    with open_store(location) as st:
        return len(st)


def test_ingest_is_idempotent(store_location):
    first = api.ingest([SEEDS], store=store_location)
    assert first.ingested == [SEED_ID] and not first.failed and first.events > 0
    n = count(store_location)
    assert n > 100
    again = api.ingest([SEEDS], store=store_location)
    assert again.ingested == [SEED_ID]
    assert count(store_location) == n
    with open_store(store_location) as st:
        assert st.graphs() == [str(rdf.graph_iri(SEED_ID)), INCIDENT_GRAPH]
        assert st.nquads().count("\n") == n


def test_remove(store_location):
    api.ingest([SEEDS], store=store_location)
    assert api.remove([SEED_ID], store=store_location) == [SEED_ID]
    assert count(store_location) == 0
    assert api.remove([SEED_ID], store=store_location) == []


def test_query_forms(store_location):
    api.ingest([SEEDS], store=store_location)
    assert api.query("ASK { GRAPH ?g { ?s ?p ?o } }", store=store_location) is True
    triples = api.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3",
                        store=store_location)
    assert isinstance(triples, list) and len(triples) == 3 and all(len(t) == 3 for t in triples)
    api.query("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"o\" } }", store=store_location, update=True)
    names, rows = api.query("SELECT ?o WHERE { GRAPH <urn:x:g> { ?s ?p ?o } }", store=store_location)
    assert names == ["o"] and rows == [{"o": "o"}]
    with open_store(store_location) as st, pytest.raises(KgError, match="read-only"):
        st.update("CLEAR ALL")
    with pytest.raises(KgError, match="UPDATE is not allowed here"):
        api.query("CLEAR ALL", store=store_location)


def test_cli(store_location):
    res = run_cli("ingest", SEEDS, "--store", store_location)
    assert res.exit_code == 0, res.output + res.stderr
    assert "ingested 1 article(s)" in res.stdout
    res = run_cli("query", "--name", "timeline", "--format", "csv", "--store", store_location)
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("event,type,date") and len(lines) > 5
    res = run_cli("remove", SEED_ID, "--store", store_location)
    assert res.exit_code == 0 and "removed 1 article(s)" in res.stdout


def test_both_backends_agree(tmp_path, server_url):
    embedded = str(tmp_path / "store")
    api.ingest([SEEDS], store=embedded)
    api.ingest([SEEDS], store=server_url)
    timeline = api.resolve_query(name="timeline")
    names, rows = api.query(timeline, store=embedded)
    assert rows
    assert api.query(timeline, store=server_url) == (names, rows)
    for fmt in ("nq", "ttl", "trig", "nt", "jsonld", "events-json"):
        assert api.export(fmt, store=server_url) == api.export(fmt, store=embedded), fmt
    with Store(embedded) as a, RemoteStore(server_url) as b:
        assert len(a) == len(b) and a.nquads() == b.nquads() and a.graphs() == b.graphs()
        assert sorted(map(str, a.quads())) == sorted(map(str, b.quads()))
    assert api.validate(store=server_url)[0]


def test_incidents_agree_across_backends(tmp_path, server_url):
    """Cross-article resolution through a server gives the embedded store's graph, and
    removing an article takes out its reports and the incidents only it told."""
    corpus = Path(__file__).parent / "data" / "incident"
    embedded = str(tmp_path / "store")
    for location in (embedded, server_url):
        api.ingest([corpus], store=location, jobs=2 if location == server_url else 1)
    assert api.export("nq", store=server_url) == api.export("nq", store=embedded)
    for q in ("incidents", "incident-reports", "disagreements", "aliases"):
        assert api.query(rdf.load_query(q), store=server_url) == api.query(rdf.load_query(q), store=embedded), q
    first = sorted(corpus.glob("*.txt"))[0].stem
    for location in (embedded, server_url):
        assert api.remove([first], store=location) == [first]
    assert api.export("nq", store=server_url) == api.export("nq", store=embedded)
    assert f"/event/{first}/" not in api.export("nq", store=server_url)


def test_failed_write_changes_nothing(server_url):
    iri = rdf.graph_iri("t")
    with RemoteStore(server_url, write=True) as st:
        st.replace_graph(iri, '<urn:x:a> <urn:x:b> "before" .\n')
        with pytest.raises(KgError, match=r"HTTP 400") as exc:
            st.replace_graph(iri, '<urn:x:a> <urn:x:b> "after" .\n<urn:x:broken> <urn:x:b> \n')
        assert "\n" not in str(exc.value)
        assert st.select(f"SELECT ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}") == [{"o": "before"}]


def test_bad_query_is_one_line(server_url):
    res = run_cli("query", "SELECT * WHERE {", "--store", server_url)
    assert_one_line_error(res, server_url, "HTTP 400")


def test_endpoint_overrides(server_url, monkeypatch):
    api.ingest([SEEDS], store=server_url)
    monkeypatch.setenv("KG_SPARQL_QUERY", server_url + "/query")
    monkeypatch.setenv("KG_SPARQL_UPDATE", "/update")
    # a full URL, and a path on the store URL's host (the base path does not matter then)
    assert api.remove([SEED_ID], store=server_url + "/some/base") == [SEED_ID]
    monkeypatch.setenv("KG_SPARQL_QUERY", "/no-such-endpoint")
    res = run_cli("query", "ASK {}", "--store", server_url)
    assert_one_line_error(res, server_url + "/no-such-endpoint", "HTTP 404", "KG_SPARQL_QUERY")
    monkeypatch.setenv("KG_SPARQL_QUERY", f"http://{SECRET_USER}:{SECRET_PW}@127.0.0.1:1/query")
    res = run_cli("query", "ASK {}", "--store", server_url)
    assert_one_line_error(res, "must not hold credentials")


# -- errors, credentials ----------------------------------------------------------------

def test_server_down(failing_server):
    url = f"http://127.0.0.1:{free_port()}"
    for args in (["query", "ASK {}"], ["ingest", SEEDS], ["export", "--format", "nq"], ["remove", SEED_ID]):
        res = run_cli(*args, "--store", url)
        assert_one_line_error(res, url, "unreachable (connection refused)")
    with_creds = f"http://{SECRET_USER}:{SECRET_PW}@127.0.0.1:{url.rsplit(':', 1)[1]}"
    res = run_cli("query", "ASK {}", "--store", with_creds)
    assert_one_line_error(res, url, "connection refused")


def test_server_error_500(failing_server):
    FakeHandler.seen_auth.clear()
    res = run_cli("ingest", SEEDS, "--store", failing_server)
    err = assert_one_line_error(res, failing_server, "HTTP 500", "Internal error with a second line")
    assert "skipped" not in res.stderr
    assert FakeHandler.seen_auth == [None]  # one request (the opening ASK), no credentials
    assert err.count("kg: error") == 1


def test_credentials_sent_never_printed(failing_server, hermetic_env, monkeypatch):
    host = failing_server.split("//", 1)[1]
    basic = "Basic " + base64.b64encode(f"{SECRET_USER}:{SECRET_PW}".encode()).decode()
    # 1. user:password@ in the URL
    FakeHandler.seen_auth.clear()
    res = run_cli("query", "ASK {}", "--store", f"http://{SECRET_USER}:{SECRET_PW}@{host}")
    assert_one_line_error(res, failing_server, "HTTP 500")
    assert FakeHandler.seen_auth == [basic]
    # 2. the environment
    FakeHandler.seen_auth.clear()
    res = run_cli("export", "--store", failing_server,
                  env={"KG_SPARQL_USER": SECRET_USER, "KG_SPARQL_PASSWORD": SECRET_PW})
    assert_one_line_error(res, failing_server, "HTTP 500")
    assert FakeHandler.seen_auth == [basic]
    # 3. ~/.netrc (HOME is a temporary folder)
    netrc = hermetic_env / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login {SECRET_USER} password {SECRET_PW}\n")
    netrc.chmod(0o600)
    FakeHandler.seen_auth.clear()
    res = run_cli("remove", SEED_ID, "--store", failing_server)
    assert_one_line_error(res, failing_server, "HTTP 500")
    assert FakeHandler.seen_auth == [basic]
    # a server that echoes the password in its error text gets it redacted
    with pytest.raises(KgError) as exc:
        RemoteStore(f"http://{SECRET_USER}:{SECRET_PW}@{host}")
    assert SECRET_PW not in str(exc.value) and SECRET_USER not in str(exc.value)
    # 4. a bearer token (QLever's access token)
    netrc.unlink()
    FakeHandler.seen_auth.clear()
    res = run_cli("query", "ASK {}", "--store", failing_server, env={"KG_SPARQL_TOKEN": SECRET_PW})
    assert_one_line_error(res, failing_server, "HTTP 500")
    assert FakeHandler.seen_auth == [f"Bearer {SECRET_PW}"]


def test_timeout(failing_server, monkeypatch):
    monkeypatch.setenv("KG_SPARQL_TIMEOUT", "0.3")
    monkeypatch.setenv("KG_SPARQL_QUERY", "/slow/query")
    res = run_cli("query", "ASK {}", "--store", failing_server)
    assert_one_line_error(res, failing_server + "/slow/query", "timed out after 0.3 s")


def test_urls():
    assert redact_url(f"https://{SECRET_USER}:{SECRET_PW}@example.org:8443/ds?access-token=x#f") \
        == "https://example.org:8443/ds"
    with pytest.raises(KgError, match="bad SPARQL server URL http://127.0.0.1:99999$"):
        RemoteStore("http://127.0.0.1:99999")
    with pytest.raises(KgError) as exc:
        RemoteStore(f"http://{SECRET_USER}:{SECRET_PW}@127.0.0.1:notaport")
    assert SECRET_PW not in str(exc.value)


def test_open_store_picks_backend(tmp_path, server_url):
    with open_store(str(tmp_path / "s"), write=True) as st:
        assert isinstance(st, Store)
    with open_store(server_url) as st:
        assert isinstance(st, RemoteStore) and len(st) == 0 and st.graphs() == []
    with open_store("HTTP://" + server_url.split("//", 1)[1] + "/") as st:
        assert isinstance(st, RemoteStore)
