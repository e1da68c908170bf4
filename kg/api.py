"""The library behind every CLI command: each ``kg`` command calls one function here.

>>> from kg import api
>>> report = api.extract_file("seeds/albania-iran-cyberattack.txt")      # doctest: +SKIP
>>> api.ingest(["seeds/"], store="kg-store")                                # doctest: +SKIP
>>> api.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")    # doctest: +SKIP
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .article import ARTICLE_SUFFIXES, article_id, load_article
from .errors import KgError
from .model import Report
from .store import default_store_path, open_store


def extract_file(path, published=None) -> Report:
    """Load and read one article file (no store involved)."""
    from .extract import extract

    return extract(load_article(path, published))


def article_files(paths) -> list[Path]:
    """Article files named directly or found in the given folders (sorted, meta files skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            out.append(p)
    return out


def _prepared(report: Report):
    """(graph IRI, N-Triples, report records for resolution) of a report."""
    from . import rdf
    from .resolve import records_from_graph

    graph = rdf.report_to_graph(report)
    return str(graph.identifier), rdf.serialize(graph, "nt"), records_from_graph(graph)


def _prepare_file(path, published):
    """Worker side of ingest: read one file into what the writer needs (picklable)."""
    try:
        report = extract_file(path, published)
        iri, nt, records = _prepared(report)
    except KgError as exc:
        return str(path), None, str(exc)
    return str(path), (report.article.id, iri, nt, records, len(report.events)), None


def _worker_init():  # workers ignore Ctrl-C; the parent stops them
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass
class IngestResult:
    ingested: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0


def ingest(paths, store=None, published=None, progress=None, jobs: int = 1) -> IngestResult:
    """Extract each article, replace its named graph and resolve its reports into incidents.

    Each article is one update (its graph and its incident changes together), so a failure
    leaves the store as it was before that article. A bad file is reported in ``failed``
    and skipped; the others go in. With ``jobs`` > 1, extraction runs in that many worker
    processes while this process resolves and writes, in the order of the files, so the
    graph does not depend on ``jobs``. A store error (server down, disk full) stops the run.
    """
    from datetime import date

    from .article import parse_date
    from .resolve import changes_for

    files = article_files(paths)
    if not files:
        raise KgError("no article files given (.txt, .md or .html)")
    if published is not None and not isinstance(published, date):
        published = parse_date(published, "published")  # refuse before the store is opened
    if jobs < 1:
        raise KgError(f"--jobs must be at least 1 (got {jobs})")
    result = IngestResult()
    with open_store(store or default_store_path(), write=True) as st:
        pool = None
        if jobs > 1 and len(files) > 1:
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(max_workers=min(jobs, len(files)), initializer=_worker_init)
            prepared = pool.map(_prepare_file, files, [published] * len(files))
        else:
            prepared = (_prepare_file(f, published) for f in files)
        try:
            for path, done, error in prepared:
                if done is None:
                    result.failed.append((path, error))
                else:
                    article_id, iri, nt, records, n_events = done
                    st.write_article(iri, nt, changes_for(st.select, iri, records))
                    result.ingested.append(article_id)
                    result.events += n_events
                if progress:
                    progress(path)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
    return result


def remove(article_ids, store=None) -> list[str]:
    """Remove articles: their graphs, their reports from incidents, and incidents left
    without reports. Returns the ids that were there."""
    from . import rdf
    from .resolve import INCIDENT_GRAPH, changes_for

    gone = []
    with open_store(store or default_store_path(), write=True) as st:
        graphs = set(st.graphs())
        for aid in article_ids:
            if "/" in aid or aid.lower().endswith(ARTICLE_SUFFIXES):  # a file: the id ingest gave it
                aid = article_id(Path(aid))
            iri = str(rdf.graph_iri(aid))
            if iri in graphs:
                st.write_article(iri, None, changes_for(st.select, iri, []))
                graphs.discard(iri)
                gone.append(aid)
        if gone and not st.query(f"ASK {{ GRAPH <{INCIDENT_GRAPH}> {{ ?s ?p ?o }} }}"):
            st.update(f"DROP SILENT GRAPH <{INCIDENT_GRAPH}>")  # leave no empty graph behind
    return gone


def resolve_query(text: str | None = None, name: str | None = None, **bindings) -> str:
    """The SPARQL text: given inline, as ``@file.rq``, or by the name of a query in
    ontology/queries, whose ``VALUES ?name`` blocks *bindings* fill (a value written
    ``<...>`` is an IRI, anything else a plain literal)."""
    from rdflib import URIRef

    from . import rdf

    if bindings and not name:
        raise KgError("--param only fills named queries (use --name)")
    if name:
        values = {k: URIRef(v[1:-1]) if v.startswith("<") and v.endswith(">") else v
                  for k, v in bindings.items()}
        try:
            return rdf.load_query(name, **values)
        except FileNotFoundError:
            raise KgError(f"no named query {name!r} (see 'kg query --list')") from None
        except KeyError as exc:
            raise KgError(str(exc).strip("'\"")) from None
    if not text:
        raise KgError("give a SPARQL query, @FILE.rq or --name NAME")
    if text.startswith("@"):
        p = Path(text[1:])
        if not p.exists():
            raise KgError(f"{p}: no such query file")
        return p.read_text(encoding="utf-8")
    return text


def query(sparql: str, store=None, update: bool = False):
    """Run SPARQL on the store: read-only unless ``update`` is set."""
    if update:
        with open_store(store or default_store_path(), write=True) as st:
            st.update(sparql)
            return True
    with open_store(store or default_store_path()) as st:
        return st.query(sparql)


def collection(store=None, merged: bool = False) -> dict:
    """The whole store as an events collection (FORMAT.md shape with each event's sources):
    one event per article report, or with ``merged`` one per cross-article incident."""
    from . import rdf

    with open_store(store or default_store_path()) as st:
        reports = rdf.events_document(st.select)
        return rdf.merge_incidents(reports, st.select) if merged else reports


def collections(store=None) -> tuple[dict, dict]:
    """Both views, with one store opening and one read of the reports:
    (one event per report, one per incident)."""
    from . import rdf

    with open_store(store or default_store_path()) as st:
        reports = rdf.events_document(st.select)
        return reports, rdf.merge_incidents(reports, st.select)


EXPORT_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "events-json")


def export(fmt: str = "ttl", store=None) -> str:
    """Serialise the store deterministically (sorted) in one of EXPORT_FORMATS."""
    from . import rdf

    if fmt not in EXPORT_FORMATS:
        raise KgError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    if fmt == "events-json":
        return json.dumps(collection(store), indent=2, ensure_ascii=False) + "\n"
    with open_store(store or default_store_path()) as st:
        return rdf.serialize(st.quads(), fmt)


def validate(store=None, path=None) -> tuple[bool, str]:
    """SHACL-validate the store (or a Turtle file) against ontology/shapes.ttl."""
    from . import rdf

    if path:
        import rdflib

        g = rdflib.Graph()
        try:
            g.parse(path)
        except Exception as exc:  # rdflib raises many parser types
            raise KgError(f"{path}: cannot parse RDF ({exc.__class__.__name__})") from None
        return rdf.validate(g)
    return rdf.validate(turtle_graph(export("ttl", store=store)))


def turtle_graph(ttl: str):
    """An rdflib Graph parsed from Turtle text (for SHACL validation)."""
    import rdflib

    return rdflib.Graph().parse(data=ttl, format="turtle")
