"""Tests for kg.store.Store: named graphs, idempotence, atomicity, locking, corruption, queries."""
from __future__ import annotations

import os

import pytest

from kg.errors import KgError
from kg.store import LOCK_NAME, Store

G1 = "https://example.org/graph/a"
G2 = "https://example.org/graph/b"
NT1 = ('<https://example.org/s1> <https://example.org/p> "one" .\n'
       '<https://example.org/s1> <https://example.org/p> <https://example.org/o1> .\n'
       '<https://example.org/s1> <https://example.org/date> "2022-09-07"^^<http://www.w3.org/2001/XMLSchema#date> .\n')
NT2 = ('<https://example.org/s2> <https://example.org/p> "two"@en .\n'
       '\n'
       '<https://example.org/s2> <https://example.org/p> <https://example.org/o2> .\n')
NT1_NEW = '<https://example.org/s1> <https://example.org/p> "replaced" .\n'


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "store"


@pytest.fixture
def filled(store_path):
    with Store(store_path, write=True) as st:
        st.replace_graph(G1, NT1)
        st.replace_graph(G2, NT2)
    return store_path


def test_replace_graph_is_idempotent(store_path):
    with Store(store_path, write=True) as st:
        st.replace_graph(G1, NT1)
        first = st.nquads()
        assert len(st) == 3
        st.replace_graph(G1, NT1)
        assert len(st) == 3
        assert st.nquads() == first
        assert st.graphs() == [G1]


def test_replace_graph_replaces_only_its_graph(filled):
    with Store(filled, write=True) as st:
        before_g2 = [line for line in st.nquads().splitlines() if f"<{G2}>" in line]
        st.replace_graph(G1, NT1_NEW)
        assert len(st) == 1 + 2
        _, rows = st.query(f"SELECT ?o WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}")
        assert rows == [{"o": "replaced"}]
        assert [line for line in st.nquads().splitlines() if f"<{G2}>" in line] == before_g2


def test_persistence_across_opens(filled):
    with Store(filled) as st:
        assert len(st) == 5
        assert st.graphs() == [G1, G2]


def test_remove_graph(filled):
    with Store(filled, write=True) as st:
        assert st.remove_graph(G1) is True
        assert st.graphs() == [G2]
        assert len(st) == 2
        assert st.remove_graph(G1) is False  # not there any more
        assert st.remove_graph("https://example.org/graph/never") is False
    with Store(filled) as st:
        assert st.graphs() == [G2]


def test_nquads_sorted_and_deterministic(filled):
    with Store(filled) as st:
        a = st.nquads()
    with Store(filled) as st:
        b = st.nquads()
    assert a == b
    lines = a.splitlines()
    assert lines == sorted(lines) and len(lines) == 5
    assert a.endswith("\n")


def test_empty_store(store_path):
    with Store(store_path, write=True) as st:
        assert len(st) == 0 and st.graphs() == [] and st.nquads() == ""


# -- locking ----------------------------------------------------------------------------------

def test_second_writer_is_refused(store_path):
    with Store(store_path, write=True) as st:
        with pytest.raises(KgError, match="locked"):
            Store(store_path, write=True)
        st.replace_graph(G1, NT1)  # the first writer is unaffected
    with Store(store_path, write=True) as st:  # released on close
        assert len(st) == 3


def test_lock_released_after_error(store_path):
    with pytest.raises(KgError):
        with Store(store_path, write=True) as st:
            st.replace_graph(G1, "not n-triples")
    with Store(store_path, write=True) as st:
        assert len(st) == 0


def test_reader_while_writer_open(filled):
    with Store(filled, write=True):
        with Store(filled) as reader:
            assert len(reader) == 5


def test_reader_cannot_write(filled):
    with Store(filled) as st:
        with pytest.raises(KgError, match="read-only"):
            st.replace_graph(G1, NT1_NEW)
        with pytest.raises(KgError, match="read-only"):
            st.update("CLEAR ALL")
    with Store(filled) as st:
        assert len(st) == 5


# -- missing and corrupt stores ---------------------------------------------------------------

def test_read_only_open_of_missing_store(tmp_path):
    with pytest.raises(KgError, match="no store at"):
        Store(tmp_path / "absent")
    assert not (tmp_path / "absent").exists()


def test_corrupt_current_file(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "CURRENT").write_text("this is not a manifest name\n")
    (bad / "000001.sst").write_bytes(os.urandom(4096))
    for write in (False, True):
        with pytest.raises(KgError, match="corrupt"):
            Store(bad, write=write)
    # the refused writer did not keep the lock
    assert not _locked(bad)


def test_corrupt_sst_files(filled):
    ssts = [f for f in filled.iterdir() if f.suffix == ".sst"]
    assert ssts
    for f in ssts:
        size = f.stat().st_size
        f.write_bytes(os.urandom(max(size, 64)))
    for write in (False, True):
        with pytest.raises(KgError, match="corrupt"):
            with Store(filled, write=write) as st:
                len(st)
                st.nquads()


def test_folder_of_other_files_is_not_a_store(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("my notes")
    for write in (False, True):
        with pytest.raises(KgError, match="corrupt or not a kg store"):
            Store(folder, write=write)
    assert sorted(f.name for f in folder.iterdir()) == ["notes.txt"]


def test_store_path_is_a_file(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(KgError):
        Store(f, write=True)
    with pytest.raises(KgError):
        Store(f)


def _locked(path) -> bool:
    try:
        Store(path, write=True).close()
    except KgError as exc:
        return "locked" in str(exc)
    return False


# -- atomicity --------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [
    "this is not <n-triples",
    NT1 + "<https://example.org/s3> <https://example.org/p> .\n",      # last line broken
    '<https://example.org/s3> <https://example.org/p> "unterminated .\n',
    "} } DROP ALL ; INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }",  # injection attempt
])
def test_failed_replace_leaves_store_unchanged(filled, bad):
    with Store(filled, write=True) as st:
        before = st.nquads()
        with pytest.raises(KgError, match="bad SPARQL update"):
            st.replace_graph(G1, bad)
        assert st.nquads() == before
        assert st.graphs() == [G1, G2]
    with Store(filled) as st:
        assert st.nquads() == before


def test_bad_update_leaves_store_unchanged(filled):
    with Store(filled, write=True) as st:
        before = st.nquads()
        with pytest.raises(KgError, match="bad SPARQL update"):
            st.update(f"DROP GRAPH <{G1}> ; INSERT DATA {{ GRAPH <{G1}> {{ <urn:a> <urn:b> }} }}")
        assert st.nquads() == before


def test_update(filled):
    with Store(filled, write=True) as st:
        st.update(f"DROP GRAPH <{G2}>")
        assert st.graphs() == [G1]


# -- queries ----------------------------------------------------------------------------------

def test_select_returns_vars_and_rows(filled):
    with Store(filled) as st:
        names, rows = st.query(
            "SELECT ?g ?o WHERE { GRAPH ?g { ?s <https://example.org/p> ?o } } ORDER BY ?g ?o")
    assert names == ["g", "o"]
    assert rows == [
        {"g": G1, "o": "https://example.org/o1"},
        {"g": G1, "o": "one"},
        {"g": G2, "o": "https://example.org/o2"},
        {"g": G2, "o": "two"},
    ]


def test_select_unbound_is_none(filled):
    with Store(filled) as st:
        names, rows = st.query("SELECT ?s ?missing WHERE { GRAPH ?g { ?s <https://example.org/date> ?d } "
                               "OPTIONAL { ?s <urn:none> ?missing } }")
    assert names == ["s", "missing"]
    assert rows == [{"s": "https://example.org/s1", "missing": None}]


def test_select_helper(filled):
    with Store(filled) as st:
        assert st.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == [{"n": "5"}]
        with pytest.raises(KgError, match="SELECT"):
            st.select("ASK { ?s ?p ?o }")


def test_ask_returns_bool(filled):
    with Store(filled) as st:
        assert st.query(f"ASK {{ GRAPH <{G1}> {{ ?s ?p \"one\" }} }}") is True
        assert st.query(f"ASK {{ GRAPH <{G2}> {{ ?s ?p \"one\" }} }}") is False


def test_construct_returns_triples(filled):
    with Store(filled) as st:
        triples = st.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{G2}> {{ ?s ?p ?o }} }}")
    assert sorted(str(o.value) for _, _, o in triples) == ["https://example.org/o2", "two"]


def test_date_range_filter(filled):
    with Store(filled) as st:
        _, rows = st.query("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?s WHERE { GRAPH ?g { "
                           "?s <https://example.org/date> ?d FILTER(?d >= \"2022-09-01\"^^xsd:date) } }")
    assert rows == [{"s": "https://example.org/s1"}]


@pytest.mark.parametrize("update", [
    "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
    f"DROP GRAPH <{G1}>",
    "PREFIX ex: <https://example.org/>\nDELETE WHERE { GRAPH ?g { ex:s1 ?p ?o } }",
    "CLEAR ALL",
])
@pytest.mark.parametrize("write", [False, True])
def test_query_rejects_updates(filled, update, write):
    with Store(filled, write=write) as st:
        before = st.nquads()
        with pytest.raises(KgError) as info:
            st.query(update)
        assert "read-only" in str(info.value)
        assert st.nquads() == before


def test_bad_query(filled):
    with Store(filled) as st:
        with pytest.raises(KgError, match="bad SPARQL query") as info:
            st.query("SELECT ?s WHERE { ?s ?p ")
    assert "\n" not in str(info.value)


def test_lock_file_name(store_path):
    with Store(store_path, write=True):
        assert (store_path / LOCK_NAME).exists()
