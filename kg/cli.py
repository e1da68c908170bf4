"""kg's command line: a thin click layer, one library function (kg.api) per command."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from . import api
from .errors import KgError
from .store import DEFAULT_STORE

STORE_HELP = (f"Store folder, or the http(s):// URL of a SPARQL 1.1 server (docs/server.md) "
              f"(default: ./{DEFAULT_STORE}, or $KG_STORE).")


def store_option(f):
    return click.option("--store", "store", default=None, metavar="PATH|URL", help=STORE_HELP)(f)


def fail(msg: str):
    click.echo(f"kg: error: {msg}", err=True)
    sys.exit(1)


class KgGroup(click.Group):
    """Every KgError (and any unexpected error) becomes one line on stderr and exit 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            fail(str(exc))
        except click.UsageError as exc:  # a bad option or argument: one line too, exit 2
            where = f"kg {exc.ctx.info_name}" if exc.ctx is not None and exc.ctx.parent is not None else "kg"
            click.echo(f"kg: error: {exc.format_message()} (see '{where} --help')", err=True)
            sys.exit(2)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            fail("interrupted")
        except BrokenPipeError:  # "kg analyze | head": the reader left; not an error
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as exc:  # last resort: no traceback reaches the user
            fail(f"internal error: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")


@click.group(cls=KgGroup)
@click.version_option(package_name="kg")
def main():
    """kg: a knowledge graph of dated state cyber-conflict events read from news.

    \b
    Examples:
      kg build                                  # seeds/ -> store -> exports/
      kg extract article.txt --format events-json
      kg ingest articles/ --store my-store
      kg query --name timeline
      kg export --format ttl -o graph.ttl
    """


@main.command()
@click.argument("seeds_dir", default="seeds", type=click.Path())
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(), help="Output folder.")
@store_option
def build(seeds_dir, out_dir, store):
    """The main job: ingest SEEDS_DIR, then write every export to OUT.

    \b
    Writes kg.ttl, events.json (per article), incidents.json (merged across articles),
    analysis.json, graph.html and timeline.html (of the incidents).
    Example:  kg build seeds --out exports
    """
    from .build import build as run_build

    written = run_build(seeds_dir, out_dir, store=store, echo=lambda m: click.echo(m, err=True))
    for path in written:
        click.echo(path)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date (overrides meta files).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes for extraction (the store is written by one process).")
@store_option
def ingest(paths, published, jobs, store):
    """Extract articles (files or folders) into the store, one named graph each, and
    resolve their events into incidents across articles.

    Re-ingesting an article replaces its graph. A bad file is reported and skipped.

    \b
    Examples:
      kg ingest seeds/ news/story.html --store kg-store
      kg ingest corpus/ --jobs 2
    """
    from .article import parse_date

    if published is not None:
        published = parse_date(published, "--published")  # one error up front, not one per file
    files = api.article_files(paths)
    if len(files) > 1 and sys.stderr.isatty():
        with click.progressbar(length=len(files), label="ingesting", file=sys.stderr,
                               show_pos=True) as bar:
            result = api.ingest(paths, store=store, published=published, jobs=jobs,
                                progress=lambda f: bar.update(1))
    else:
        result = api.ingest(paths, store=store, published=published, jobs=jobs)
    if len(result.failed) == 1 and not result.ingested:
        fail(result.failed[0][1])
    for path, err in result.failed:
        click.echo(f"kg: skipped {err}", err=True)
    if result.failed and not result.ingested:
        fail(f"no article could be ingested ({len(result.failed)} failed)")
    click.echo(f"ingested {len(result.ingested)} article(s), {result.events} event(s)"
               + (f"; {len(result.failed)} failed" if result.failed else ""))


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["events-json", "ttl", "nt", "jsonld"]), default="events-json",
              show_default=True)
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date (overrides meta files).")
@click.option("--out-dir", default=None, type=click.Path(), help="Write DIR/NAME.json (or .ttl...) per article.")
def extract(articles, fmt, published, out_dir):
    """Read articles and print their events (no store).

    \b
    Examples:
      kg extract seeds/albania-iran-cyberattack.txt
      kg extract dev/*.txt --out-dir predictions/
    """
    from . import rdf

    if len(articles) > 1 and not out_dir:
        raise KgError("several articles need --out-dir DIR")
    suffix = {"events-json": ".json", "ttl": ".ttl", "nt": ".nt", "jsonld": ".jsonld"}[fmt]
    errors = 0
    for path in articles:
        try:
            report = api.extract_file(path, published)
        except KgError as exc:
            if not out_dir:
                raise
            click.echo(f"kg: error: {exc}", err=True)
            errors += 1
            continue
        if fmt == "events-json":
            text = json.dumps(report.to_events_json(), indent=2, ensure_ascii=False) + "\n"
        else:
            text = rdf.serialize(rdf.report_to_graph(report), fmt)
        if out_dir:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            (Path(out_dir) / (report.article.id + suffix)).write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    if errors:
        sys.exit(1)


@main.command()
@click.argument("sparql", required=False)
@click.option("--name", default=None, help="Run a named query from ontology/queries (see --list).")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Fill a named query's VALUES ?NAME block (repeatable); a value in <...> is an IRI.")
@click.option("--update", is_flag=True, help="Allow a SPARQL UPDATE (the CLI is read-only otherwise).")
@store_option
def query(sparql, name, list_, fmt, params, update, store):
    """Run SPARQL (text, @file.rq or --name) on the store; read-only unless --update.

    \b
    Examples:
      kg query --name timeline
      kg query --name timeline-window --param from=2022-09-01 --param to=2022-09-30
      kg query --name actor-profile --param actorLabel=Albania
      kg query 'SELECT ?e WHERE { GRAPH ?g { ?e a <https://w3id.org/kg-cyber/ontology#Sanction> } }'
      kg query @my-query.rq --format csv
    """
    from . import rdf

    if list_:
        for qname, meta in rdf.list_queries().items():
            click.echo(f"{qname:<32} {meta.get('title', '')}")
        return
    bindings = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise KgError(f"--param needs NAME=VALUE (got {p!r})")
        bindings[key.strip()] = value
    text = api.resolve_query(sparql, name, **bindings)
    result = api.query(text, store=store, update=update)
    if update:
        click.echo("update applied")
        return
    click.echo(format_result(result, fmt), nl=False)


def format_result(result, fmt: str) -> str:
    if isinstance(result, bool):
        return json.dumps(result) + "\n" if fmt == "json" else f"{str(result).lower()}\n"
    if isinstance(result, list):  # CONSTRUCT / DESCRIBE
        return "".join(f"{s} {p} {o} .\n" for s, p, o in sorted(result, key=str))
    names, rows = result
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=names, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()
    from .analysis import format_table

    return format_table(rows, names) + "\n" if rows else "(no results)\n"


@main.command()
@click.option("--format", "fmt", type=click.Choice(list(api.EXPORT_FORMATS)), default="ttl", show_default=True)
@click.option("-o", "--output", default=None, type=click.Path(), help="Write to a file instead of stdout.")
@store_option
def export(fmt, output, store):
    """Export the store (sorted, deterministic): ttl, nt, nq, trig, jsonld or events-json.

    \b
    Example:  kg export --format events-json -o events.json
    """
    text = api.export(fmt, store=store)
    write_or_echo(text, output)


def write_or_echo(text: str, output):
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command()
@click.option("--file", "path", default=None, type=click.Path(exists=True), help="Validate an RDF file instead.")
@store_option
def validate(path, store):
    """SHACL-validate the store against ontology/shapes.ttl (exit 1 on violations).

    \b
    Example:  kg validate --file exports/kg.ttl
    """
    ok, report = api.validate(store=store, path=path)
    if ok:
        click.echo("conforms")
        return
    click.echo(report, err=True)
    fail("SHACL violations (see above)")


@main.command()
@click.argument("articles", nargs=-1, required=True)
@store_option
def remove(articles, store):
    """Remove articles (by id or file name) and exactly their statements from the store.

    \b
    Example:  kg remove albania-iran-cyberattack
    """
    gone = api.remove(articles, store=store)
    missing = sorted(set(a for a in articles) - set(gone))
    click.echo(f"removed {len(gone)} article(s)")
    if missing and not gone:
        fail(f"not in the store: {', '.join(missing)}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--actor", default=None, help="Print one actor's profile instead.")
@click.option("--reports", is_flag=True, help="One event per article report instead of one per incident.")
@store_option
def analyze(fmt, actor, reports, store):
    """Network analysis of the store: centrality, communities, incident chains, latency.

    Each real-world incident counts once however many articles report it (--reports:
    every article's report counts).

    \b
    Examples:
      kg analyze
      kg analyze --format json > analysis.json
      kg analyze --actor Iran
    """
    from . import analysis

    coll = api.collection(store, merged=not reports)
    if actor:
        rows = analysis.actor_profile(coll, actor)
        if fmt == "json":
            click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            click.echo(analysis.format_table(rows, ["date", "type", "role", "counterparts", "text"]))
        return
    summ = analysis.summary(coll)
    if fmt == "json":
        click.echo(json.dumps(summ, indent=2, ensure_ascii=False))
        return
    click.echo("Centrality")
    click.echo(analysis.format_table(summ["centrality"], ["entity", "type", "degree", "betweenness", "pagerank"]))
    click.echo("\nResponse latency (days)")
    rows = [{"response": k, **v} for k, v in summ["response_latency"]["summary"].items()]
    click.echo(analysis.format_table(rows, ["response", "count", "median", "min", "max", "undated"]))


@main.command()
@click.argument("kind", type=click.Choice(["graph", "timeline"]))
@click.option("-o", "--output", default=None, type=click.Path(), help="HTML file (default: exports/KIND.html).")
@click.option("--type", "types", multiple=True, help="Only these event types (repeatable).")
@click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD")
@click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD")
@click.option("--lanes", type=click.Choice(["type", "actor"]), default="type", show_default=True,
              help="Timeline lanes.")
@click.option("--reports", is_flag=True, help="One event per article report instead of one per incident.")
@store_option
def viz(kind, output, types, date_from, date_to, lanes, reports, store):
    """Write an offline HTML graph or timeline of the store (opens from file, no network).

    One event per real-world incident, with every article that reported it (--reports:
    one per article report).

    \b
    Examples:
      kg viz graph -o graph.html --type Sanction --type Attribution
      kg viz timeline --lanes actor
    """
    from . import viz as kviz
    from .article import parse_date

    for d in (date_from, date_to):
        if d:
            parse_date(d, "date filter")
    coll = api.collection(store, merged=not reports)
    output = output or f"exports/{kind}.html"
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    if kind == "graph":
        kviz.write_graph(coll, output, types=list(types) or None, date_from=date_from, date_to=date_to)
    else:
        kviz.write_timeline(coll, output, lanes=lanes, types=list(types) or None,
                            date_from=date_from, date_to=date_to)
    click.echo(output)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--verbose", is_flag=True, help="List misses and false alarms.")
@click.option("--lenient", is_flag=True, help="Entities also match when one name's words are a subset of the other's.")
@click.option("--diagnose", is_flag=True,
              help="Also count why gold events were missed and how dates went wrong (no text or names).")
def eval_(gold_dir, as_json, verbose, lenient, diagnose):
    """Score extraction on a gold folder (NAME.txt + NAME.meta.json + NAME.gold.json).

    \b
    Examples:  kg eval eval/dev
               kg eval eval/heldout9 --diagnose   # counts only: safe on a blind set
    """
    from .evaluate import evaluate, format_diagnosis, format_summary

    summary, lines = evaluate(gold_dir, lenient=lenient, verbose=verbose, diagnose=diagnose)
    for line in lines:
        click.echo(line)
    click.echo(json.dumps(summary, indent=2) if as_json else format_summary(summary))
    if diagnose and not as_json:
        click.echo(format_diagnosis(summary["diagnosis"]))


if __name__ == "__main__":
    main()
