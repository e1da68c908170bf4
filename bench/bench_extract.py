"""Extraction throughput on one core, beside spaCy's own time for the same texts.

    python bench/bench_extract.py [--repeat 3] [FILES...]

Prints articles/s and words/s for (a) the spaCy pipeline alone (with kg's gazetteer
ruler, as kg runs it) and (b) kg's whole extraction (clean + parse + entities + time +
events + merge), and the overhead of kg on top of spaCy.
"""
from __future__ import annotations

import argparse
import glob
import statistics
import time

from kg.article import load_article
from kg.extract import extract
from kg.nlp.clean import clean
from kg.nlp.pipeline import get_nlp


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = args.files or sorted(glob.glob("seeds/*.txt") + glob.glob("eval/dev/*.txt"))
    articles = [load_article(f) for f in files]
    words = sum(len(a.text.split()) for a in articles)
    nlp = get_nlp()
    extract(articles[0])  # warm-up: lexicons, gazetteer, model
    spacy_t, kg_t = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for a in articles:
            nlp(clean(a.text))
        spacy_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        for a in articles:
            extract(a)
        kg_t.append(time.perf_counter() - t)
    s, k = statistics.median(spacy_t), statistics.median(kg_t)
    print(f"{len(articles)} articles, {words} words, median of {args.repeat} runs, one process")
    print(f"| stage | seconds | articles/s | words/s |")
    print(f"|---|---|---|---|")
    print(f"| spaCy pipeline (clean + parse + NER + gazetteer) | {s:.3f} | {len(articles)/s:.1f} | {words/s:,.0f} |")
    print(f"| kg extract (all stages) | {k:.3f} | {len(articles)/k:.1f} | {words/k:,.0f} |")
    print(f"| kg overhead on top of spaCy | {k - s:.3f} | | {100 * (k - s) / s:.0f}% of spaCy's time |")


if __name__ == "__main__":
    main()
