"""The language data of extraction (kg/data/*.json), loaded once."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _unique(pairs: list) -> dict:
    """A JSON object whose keys are all different (json keeps the last of two silently)."""
    keys = [k for k, _ in pairs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"duplicate keys in the language data: {', '.join(twice)}")
    return dict(pairs)


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """A data file, with every "@name" string replaced by the list its "_lists" entry names
    (one word list shared by several triggers is written once); a list of such names, or of
    names and words, is their concatenation."""
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"), object_pairs_hook=_unique)
    lists = data.get("_lists", {})

    def expand(v):
        if isinstance(v, str) and v.startswith("@"):
            if v[1:] not in lists:
                raise ValueError(f"{name}.json: no list {v!r} in _lists")
            return lists[v[1:]]
        if isinstance(v, dict):
            return {k: expand(x) for k, x in v.items()}
        if isinstance(v, list) and any(isinstance(x, str) and x.startswith("@") for x in v):
            # (["@culprit_nouns", "@maker_nouns"]: the lists joined, each still written once)
            return [w for x in v for w in (expand(x) if isinstance(x, str) and x.startswith("@") else [x])]
        if isinstance(v, list):  # (the readings of one verb: "suspend" a service, "suspend" an account)
            return [expand(x) if isinstance(x, dict) else x for x in v]
        return v

    return expand(data) if lists else data


@lru_cache(maxsize=1)
def verb_index() -> dict[str, list[tuple[str, dict]]]:
    """lemma -> [(event type, spec)] for verb triggers."""
    out: dict[str, list] = {}
    for typ, spec in load("triggers").items():
        if typ.startswith("_"):
            continue
        for lemma, s in spec.get("verbs", {}).items():
            # (a list holds readings of one verb that differ: "took the site offline", "took over its domains")
            for one in s if isinstance(s, list) else [s]:
                out.setdefault(lemma, []).append((typ, one))
    return out


@lru_cache(maxsize=None)
def verbs_of(typ: str) -> frozenset:
    """The verb lemmas that trigger events of one type."""
    return frozenset(lemma for lemma, specs in verb_index().items() if any(t == typ for t, _ in specs))


@lru_cache(maxsize=1)
def noun_index() -> dict[str, list[tuple[str, dict]]]:
    out: dict[str, list] = {}
    for typ, spec in load("triggers").items():
        if typ.startswith("_"):
            continue
        for lemma, s in spec.get("nouns", {}).items():
            out.setdefault(lemma, []).append((typ, s))
    return out


def word_set(file: str, key: str) -> frozenset:
    return _word_set(file, key)


@lru_cache(maxsize=None)
def _word_set(file: str, key: str) -> frozenset:
    return frozenset(load(file)[key])
