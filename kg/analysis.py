"""Graph and timeline analysis of an events collection.

Every function here is pure: it reads an *events collection* (the dict the store
exports, ``{"documents": [...], "entities": [...], "events": [...]}``, events in the
format of ``eval/FORMAT.md`` plus ``date_precision``/``date_earliest``/``date_latest``)
or a graph built from one, and returns new plain data. Nothing is written to disk.

Topics:

* networks -- :func:`actor_network`, :func:`weighted_network`, :func:`centrality`,
  :func:`communities`
* timelines -- :func:`incident_chains`, :func:`response_latency`, :func:`actor_profile`
* reporting -- :func:`summary` (the ``exports/analysis.json`` document) and
  :func:`format_table` (CLI tables)

Dates are compared on their earliest bound (``date_earliest``), so "July 2022"
counts as 2022-07-01; rows built from a date coarser than a day say
``"approximate": True``. Events whose modality is ``negated`` or ``hypothetical``
did not happen and are skipped everywhere (see ``SKIP_MODALITIES``).

>>> c = example_collection()
>>> G = weighted_network(actor_network(c))
>>> [r["entity"] for r in centrality(G)][:2]
['Iran', 'Albania']
>>> response_latency(c)["attacks"][0]["days"]
54
"""
from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from datetime import date

import networkx as nx

__all__ = [
    "RELATIONS", "RESPONSE_TYPES", "SKIP_MODALITIES",
    "actor_network", "weighted_network", "centrality", "communities",
    "incident_chains", "response_latency", "actor_profile",
    "summary", "format_table", "example_collection",
]

#: Event type -> relation label of the actor -> target edges in :func:`actor_network`.
#: ``Denial`` is special-cased (denier -> accusers, see :func:`actor_network`).
RELATIONS = {
    "CyberAttack": "attacked",
    "Attribution": "attributed",
    "Sanction": "sanctioned",
    "SeverRelations": "severed_relations",
    "ExpelDiplomats": "expelled",
    "LegalAction": "charged",
    "Condemnation": "condemned",
    "DefensiveMeasure": "defended",
    "Denial": "denied",
}

#: Event types that count as a response to an attribution in :func:`response_latency`.
RESPONSE_TYPES = ("Sanction", "SeverRelations", "ExpelDiplomats", "LegalAction",
                  "Condemnation", "Denial")

#: Modalities of events that did not happen; they are left out of every analysis.
SKIP_MODALITIES = frozenset({"negated", "hypothetical"})


# --------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------

def _fold(name: str) -> str:
    """Case-insensitive comparison key of a surface form."""
    return " ".join(str(name).split()).casefold()


def _parse_edtf(value: str) -> tuple[date, date] | None:
    """Bounds of an EDTF string (fallback when an event has no ``date_earliest``)."""
    from .extract.temporal import parse_time_value

    tv = parse_time_value(value)
    return (tv.earliest, tv.latest) if tv else None


def _bounds(ev: dict) -> tuple[date, date] | None:
    """(earliest, latest) of an event's date, or None if it is undated."""
    lo, hi = ev.get("date_earliest"), ev.get("date_latest")
    if lo:
        try:
            lo_d = date.fromisoformat(lo)
            return lo_d, date.fromisoformat(hi) if hi else lo_d
        except ValueError:
            pass
    if ev.get("date"):
        return _parse_edtf(str(ev["date"]))
    return None


def _earliest(ev: dict) -> date | None:
    b = _bounds(ev)
    return b[0] if b else None


def _precise(ev: dict) -> bool:
    b = _bounds(ev)
    return bool(b) and b[0] == b[1]


def _days(frm: dict, to: dict) -> int | None:
    """Days from ``frm`` to ``to`` on earliest bounds, None unless both are dated."""
    a, b = _earliest(frm), _earliest(to)
    return (b - a).days if a and b else None


def _kept_events(collection: dict, skip=SKIP_MODALITIES) -> list[dict]:
    return [ev for ev in collection.get("events", []) if ev.get("modality", "asserted") not in skip]


class _Names:
    """Resolves entity names and aliases (case-insensitively) to canonical names."""

    def __init__(self, collection: dict):
        self.entities: dict[str, dict] = {}
        for ent in collection.get("entities", []):
            name = ent.get("name")
            if not name:
                continue
            if name in self.entities:  # the same entity exported by several articles
                old = self.entities[name]
                old["aliases"] = sorted(set(old["aliases"]) | set(ent.get("aliases") or []))
                if old.get("type", "Other") == "Other" and ent.get("type"):
                    old["type"] = ent["type"]
                for k, v in ent.items():
                    old.setdefault(k, v)
            else:
                self.entities[name] = {**ent, "type": ent.get("type") or "Other",
                                       "aliases": sorted(set(ent.get("aliases") or []) - {name})}
        self._key: dict[str, str] = {}
        for name, ent in self.entities.items():  # aliases first, canonical names win
            for alias in ent["aliases"]:
                self._key.setdefault(_fold(alias), name)
        for name in self.entities:
            self._key[_fold(name)] = name

    def canon(self, name: str) -> str:
        return self._key.get(_fold(name), name)

    def known(self, name: str) -> bool:
        return _fold(name) in self._key

    def all(self, names) -> list[str]:
        out = []
        for n in names or []:
            c = self.canon(n)
            if c not in out:
                out.append(c)
        return out


def _sort_key(ev: dict, index: int = 0, *extra):
    """Date order, undated last, then ``extra``, then position in the collection."""
    d = _earliest(ev)
    return (d is None, d or date.min, *extra, index)


def _event_row(ev: dict, names: _Names, **more) -> dict:
    b = _bounds(ev)
    row = {
        "event": ev.get("id"),
        "type": ev.get("type"),
        "date": ev.get("date"),
        "actors": names.all(ev.get("actors")),
        "targets": names.all(ev.get("targets")),
        "approximate": bool(b) and b[0] != b[1],
    }
    row.update(more)
    return row


# --------------------------------------------------------------------------------------
# networks
# --------------------------------------------------------------------------------------

def actor_network(collection: dict, relations: dict | None = None) -> nx.MultiDiGraph:
    """Who did what to whom: a multigraph of entities with one edge per event and pair.

    Nodes are the collection's entities (keyed by canonical name, with ``type``,
    ``aliases`` and any other entity keys such as ``iso3``) plus any name an event uses
    that no entity declares (type ``Other``). Event names are resolved through aliases
    case-insensitively.

    Each event of a type in ``relations`` (default :data:`RELATIONS`) adds an edge
    ``actor -> target`` for every actor/target pair, keyed by the event id, with
    attributes ``relation``, ``type``, ``event``, ``date`` (EDTF), ``date_earliest``,
    ``modality``, ``confidence``, ``about`` and ``weight=1``. A ``Denial`` adds
    ``denier -> accuser`` edges (relation ``denied``): its own targets if it has any,
    else the actors of the event it is ``about`` when that is a claim (an Attribution
    or Condemnation), else the actors of the Attributions about that same event.
    Self-loops, events of other types and ``negated``/``hypothetical`` events are
    left out.

    >>> G = actor_network(example_collection())
    >>> G.nodes["Iran"]["type"], G.nodes["Iran"]["aliases"]
    ('Country', ['Islamic Republic of Iran', 'Tehran'])
    >>> sorted((u, v, d["relation"]) for u, v, d in G.edges(data=True) if u == "Albania")
    [('Albania', 'Iran', 'attributed'), ('Albania', 'Iran', 'expelled'), ('Albania', 'Iran', 'severed_relations')]
    >>> [(u, v) for u, v, d in G.edges(data=True) if d["relation"] == "denied"]
    [('Iran', 'Albania')]
    """
    relations = RELATIONS if relations is None else relations
    names = _Names(collection)
    events = _kept_events(collection)
    by_id = {ev.get("id"): ev for ev in events}
    attributions_about = defaultdict(list)
    for ev in events:
        if ev.get("type") == "Attribution" and ev.get("about"):
            attributions_about[ev["about"]].append(ev)

    G = nx.MultiDiGraph()
    for name in sorted(names.entities):
        ent = names.entities[name]
        G.add_node(name, **{k: v for k, v in ent.items() if k != "name" and v is not None})
    for ev in events:
        for n in names.all(ev.get("actors")) + names.all(ev.get("targets")):
            if n not in G:
                G.add_node(n, type="Other", aliases=[])

    for ev in events:
        etype = ev.get("type")
        relation = relations.get(etype)
        if relation is None:
            continue
        actors = names.all(ev.get("actors"))
        targets = names.all(ev.get("targets"))
        if etype == "Denial" and not targets:
            about = by_id.get(ev.get("about"))
            if about is not None:
                if about.get("type") in ("Attribution", "Condemnation"):
                    targets = names.all(about.get("actors"))
                else:
                    targets = names.all(a for att in attributions_about[about.get("id")]
                                        for a in att.get("actors") or [])
        attrs = {
            "relation": relation,
            "type": etype,
            "event": ev.get("id"),
            "date": ev.get("date"),
            "date_earliest": _earliest(ev).isoformat() if _earliest(ev) else None,
            "modality": ev.get("modality", "asserted"),
            "confidence": ev.get("confidence"),
            "about": ev.get("about"),
            "weight": 1,
        }
        for u in actors:
            for v in targets:
                if u != v and not G.has_edge(u, v, key=ev.get("id")):
                    G.add_edge(u, v, key=ev.get("id"), **attrs)
    return G


def weighted_network(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Collapse parallel edges: one ``u -> v`` edge per pair.

    Edge attributes: ``weight`` (sum of the parallel weights, i.e. the number of events),
    ``relations`` (relation -> count, sorted by relation) and ``events`` (sorted ids).
    Node attributes are copied. A graph that is not a multigraph is returned as a copy.

    >>> W = weighted_network(actor_network(example_collection()))
    >>> W["Albania"]["Iran"]["weight"], W["Albania"]["Iran"]["relations"]
    (3, {'attributed': 1, 'expelled': 1, 'severed_relations': 1})
    """
    if not G.is_multigraph():
        return nx.DiGraph(G)
    W = nx.DiGraph()
    W.add_nodes_from(G.nodes(data=True))
    rels: dict[tuple, Counter] = defaultdict(Counter)
    evs: dict[tuple, set] = defaultdict(set)
    weight: dict[tuple, float] = defaultdict(int)
    for u, v, d in G.edges(data=True):
        weight[(u, v)] += d.get("weight", 1)
        rels[(u, v)][d.get("relation")] += 1
        if d.get("event") is not None:
            evs[(u, v)].add(d["event"])
    for (u, v), w in weight.items():
        W.add_edge(u, v, weight=w,
                   relations={r: n for r, n in sorted(rels[(u, v)].items(), key=lambda kv: str(kv[0]))},
                   events=sorted(evs[(u, v)]))
    return W


def centrality(G: nx.Graph) -> list[dict]:
    """Rank entities: rows ``{entity, type, degree, betweenness, pagerank}``.

    ``G`` is an :func:`actor_network` multigraph (collapsed first) or a weighted
    DiGraph. ``pagerank`` uses edge ``weight`` (being sanctioned by the same state
    three times counts three times); ``degree`` is :func:`networkx.degree_centrality`
    (in + out degree over n - 1) and ``betweenness`` is unweighted
    :func:`networkx.betweenness_centrality` (weights are counts, not distances).
    Sorted by pagerank descending, then by name.

    >>> G = nx.DiGraph([("a", "hub"), ("b", "hub"), ("c", "hub")])
    >>> [(r["entity"], round(r["pagerank"], 3)) for r in centrality(G)]
    [('hub', 0.542), ('a', 0.153), ('b', 0.153), ('c', 0.153)]
    """
    if G.is_multigraph():
        G = weighted_network(G)
    if G.number_of_nodes() == 0:
        return []
    pr = nx.pagerank(G, weight="weight")
    deg = nx.degree_centrality(G)
    btw = nx.betweenness_centrality(G)
    rows = [{"entity": n, "type": G.nodes[n].get("type"), "degree": deg[n],
             "betweenness": btw[n], "pagerank": pr[n]} for n in G]
    rows.sort(key=lambda r: (-round(r["pagerank"], 12), str(r["entity"])))
    return rows


def _undirected(G: nx.Graph) -> nx.Graph:
    """Undirected simple graph, weights of u->v and v->u summed, nodes in sorted order."""
    if G.is_multigraph():
        G = weighted_network(G)
    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes, key=str))
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        if u == v:
            continue
        w = d.get("weight", 1)
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


def communities(G: nx.Graph, method: str = "louvain", seed: int = 0) -> list[list[str]]:
    """Groups of entities that deal mostly with each other.

    Runs on the undirected weighted graph (``u->v`` and ``v->u`` weights summed).
    ``method`` is ``"louvain"`` (with the fixed ``seed``) or ``"greedy"`` (greedy
    modularity). Members are sorted by name; communities by size descending, then
    by their first member. Isolated entities form singleton communities.

    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z")])
    >>> communities(G)
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    if method not in ("louvain", "greedy"):
        raise ValueError(f"unknown community method {method!r} (louvain or greedy)")
    U = _undirected(G)
    if U.number_of_nodes() == 0:
        return []
    if U.number_of_edges() == 0:
        parts = [{n} for n in U]
    elif method == "louvain":
        parts = nx.community.louvain_communities(U, weight="weight", seed=seed)
    else:
        parts = nx.community.greedy_modularity_communities(U, weight="weight")
    out = [sorted(p, key=str) for p in parts]
    out.sort(key=lambda p: (-len(p), str(p[0])))
    return out


# --------------------------------------------------------------------------------------
# timelines
# --------------------------------------------------------------------------------------

def _children(events: list[dict]) -> dict[str, list[tuple[int, dict]]]:
    out = defaultdict(list)
    for i, ev in enumerate(events):
        if ev.get("about"):
            out[ev["about"]].append((i, ev))
    return out


def _descendants(root_id: str, children) -> list[tuple[int, int, dict]]:
    """(depth, index, event) of every event about ``root_id``, transitively (cycle-safe)."""
    seen = {root_id}
    out, frontier, depth = [], [root_id], 0
    while frontier:
        depth += 1
        nxt = []
        for eid in frontier:
            for i, ev in children.get(eid, []):
                if ev.get("id") in seen:
                    continue
                seen.add(ev.get("id"))
                out.append((depth, i, ev))
                nxt.append(ev.get("id"))
        frontier = nxt
    return out


def incident_chains(collection: dict) -> list[dict]:
    """Each cyber attack with everything that followed from it.

    A chain holds the attack and every event whose ``about`` is the attack, or is an
    event about the attack, and so on (a Denial about an Attribution about the attack
    is in it, at ``depth`` 2). Follow-ups are in date order, undated last (ties: depth,
    then collection order); ``days`` counts from the attack's earliest date to the
    follow-up's when both are dated, else None. Chains are in attack date order.

    >>> chain = incident_chains(example_collection())[0]
    >>> chain["attack"], chain["date"], chain["targets"]
    ('attack', '2022-07-15', ['Albania'])
    >>> [(e["event"], e["days"], e["depth"]) for e in chain["events"]]
    [('blame', 54, 1), ('condemn', 54, 1), ('sever', 54, 2), ('expel', 54, 2), ('sanction', 56, 1), ('deny', None, 2)]
    """
    names = _Names(collection)
    events = _kept_events(collection)
    kids = _children(events)
    chains = []
    for i, att in enumerate(events):
        if att.get("type") != "CyberAttack":
            continue
        follow = sorted(_descendants(att.get("id"), kids),
                        key=lambda t: _sort_key(t[2], t[1], t[0]))
        rows = [_event_row(ev, names, about=ev.get("about"), depth=depth, days=_days(att, ev),
                           text=ev.get("text", "")) for depth, _, ev in follow]
        chains.append((_sort_key(att, i), {
            "attack": att.get("id"),
            "date": att.get("date"),
            "actors": names.all(att.get("actors")),
            "targets": names.all(att.get("targets")),
            "text": att.get("text", ""),
            "events": rows,
        }))
    chains.sort(key=lambda t: t[0])
    return [c for _, c in chains]


def _stats(values: list[int], undated: int) -> dict:
    return {
        "count": len(values),
        "median": statistics.median(values) if values else None,
        "min": min(values) if values else None,
        "max": max(values) if values else None,
        "undated": undated,
    }


def response_latency(collection: dict) -> dict:
    """How long states take to attribute an attack, and to respond to an attribution.

    Returns ``{"attacks": [...], "attributions": [...], "summary": {...}}``:

    * ``attacks``: per CyberAttack, its first Attribution (the earliest dated one among
      the events about it, transitively; undated ones only if none is dated) and
      ``days`` from the attack to it (None when either is undated or there is none).
    * ``attributions``: per Attribution, the attack it is about (following ``about``
      up, or None) and its ``responses`` -- events of :data:`RESPONSE_TYPES` about the
      attribution (transitively) and, for the attack's first attribution only, those
      about the attack itself (so each response is counted once). ``days`` runs from
      the attribution to the response; negative means the response came first.
    * ``summary``: ``{"attribution": stats, "Sanction": stats, ...}`` with stats
      ``{count, median, min, max, undated}``; ``count``/``median``/``min``/``max`` cover
      the dated pairs, ``undated`` counts the pairs where either side has no date.

    Days are computed on earliest bounds; rows say ``approximate`` when ``days`` was
    computed from a date coarser than a day.

    >>> lat = response_latency(example_collection())
    >>> lat["attacks"][0]["first_attribution"], lat["attacks"][0]["days"]
    ('blame', 54)
    >>> [(r["event"], r["days"]) for r in lat["attributions"][0]["responses"]]
    [('sever', 0), ('expel', 0), ('condemn', 0), ('sanction', 2), ('deny', None)]
    >>> lat["summary"]["Sanction"]
    {'count': 1, 'median': 2, 'min': 2, 'max': 2, 'undated': 0}
    >>> lat["summary"]["Denial"]["undated"]
    1
    """
    names = _Names(collection)
    events = _kept_events(collection)
    by_id = {ev.get("id"): ev for ev in events}
    kids = _children(events)
    index = {ev.get("id"): i for i, ev in enumerate(events)}

    def attack_of(ev: dict) -> dict | None:
        seen = set()
        cur = by_id.get(ev.get("about"))
        while cur is not None and cur.get("id") not in seen:
            if cur.get("type") == "CyberAttack":
                return cur
            seen.add(cur.get("id"))
            cur = by_id.get(cur.get("about"))
        return None

    attack_rows, first_attr = [], {}
    attack_days, attack_undated = [], 0
    for i, att in enumerate(events):
        if att.get("type") != "CyberAttack":
            continue
        attrs = [(idx, ev) for _, idx, ev in _descendants(att.get("id"), kids)
                 if ev.get("type") == "Attribution"]
        first = min(attrs, key=lambda t: _sort_key(t[1], t[0]))[1] if attrs else None
        days = _days(att, first) if first else None
        if first is not None:
            first_attr[att.get("id")] = first.get("id")
            if days is None:
                attack_undated += 1
            else:
                attack_days.append(days)
        attack_rows.append((_sort_key(att, i), {
            "attack": att.get("id"),
            "date": att.get("date"),
            "targets": names.all(att.get("targets")),
            "first_attribution": first.get("id") if first else None,
            "attribution_date": first.get("date") if first else None,
            "attributed_to": names.all(first.get("targets")) if first else [],
            "days": days,
            "attributions": len(attrs),
            "approximate": days is not None and not (_precise(att) and _precise(first)),
        }))
    attack_rows.sort(key=lambda t: t[0])

    per_type: dict[str, list[int]] = {t: [] for t in RESPONSE_TYPES}
    undated: Counter = Counter()
    attr_rows = []
    for i, ab in enumerate(events):
        if ab.get("type") != "Attribution":
            continue
        att = attack_of(ab)
        found = {ev.get("id"): ev for _, _, ev in _descendants(ab.get("id"), kids)}
        if att is not None and first_attr.get(att.get("id")) == ab.get("id"):
            for _, ev in kids.get(att.get("id"), []):
                found.setdefault(ev.get("id"), ev)
        responses = sorted((ev for ev in found.values() if ev.get("type") in RESPONSE_TYPES),
                           key=lambda ev: _sort_key(ev, index.get(ev.get("id"), 0)))
        rows = []
        for ev in responses:
            d = _days(ab, ev)
            if d is None:
                undated[ev["type"]] += 1
            else:
                per_type[ev["type"]].append(d)
            rows.append(_event_row(ev, names, about=ev.get("about"), days=d,
                                   approximate=d is not None and not (_precise(ab) and _precise(ev))))
        attr_rows.append((_sort_key(ab, i), {
            "attribution": ab.get("id"),
            "date": ab.get("date"),
            "actors": names.all(ab.get("actors")),
            "targets": names.all(ab.get("targets")),
            "attack": att.get("id") if att else None,
            "days_from_attack": _days(att, ab) if att else None,
            "responses": rows,
        }))
    attr_rows.sort(key=lambda t: t[0])

    summary_ = {"attribution": _stats(attack_days, attack_undated)}
    for t in RESPONSE_TYPES:
        summary_[t] = _stats(per_type[t], undated[t])
    return {"attacks": [r for _, r in attack_rows],
            "attributions": [r for _, r in attr_rows],
            "summary": summary_}


def actor_profile(collection: dict, name: str) -> list[dict]:
    """Everything one entity did (role ``actor``) or suffered (role ``target``), in time order.

    ``name`` matches the entity's canonical name or any alias, case-insensitively; a
    name no entity declares is matched against event names as given. Rows:
    ``{date, type, role, counterparts, text, event, about, modality, approximate}``,
    where counterparts are the targets (for an actor) or the actors (for a target).
    Undated events come last; ties keep collection order. An entity that is both
    actor and target of one event gets two rows.

    >>> [(r["date"], r["type"], r["role"], r["counterparts"])
    ...  for r in actor_profile(example_collection(), "tehran")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('2022-07-15', 'CyberAttack', 'actor', ['Albania']),
     ('2022-09-07', 'Attribution', 'target', ['Albania']),
     ('2022-09-07', 'SeverRelations', 'target', ['Albania']),
     ('2022-09-07', 'ExpelDiplomats', 'target', ['Albania']),
     ('2022-09-07', 'Condemnation', 'target', ['United States']),
     (None, 'Denial', 'actor', [])]
    """
    names = _Names(collection)
    who = _fold(names.canon(name))
    rows = []
    for i, ev in enumerate(_kept_events(collection)):
        actors = names.all(ev.get("actors"))
        targets = names.all(ev.get("targets"))
        for role, side, other in (("actor", actors, targets), ("target", targets, actors)):
            if who not in {_fold(n) for n in side}:
                continue
            rows.append((_sort_key(ev, i, role), {
                "date": ev.get("date"),
                "type": ev.get("type"),
                "role": role,
                "counterparts": [n for n in other if _fold(n) != who],
                "text": ev.get("text", ""),
                "event": ev.get("id"),
                "about": ev.get("about"),
                "modality": ev.get("modality", "asserted"),
                "approximate": not _precise(ev),
            }))
    rows.sort(key=lambda t: t[0])
    return [r for _, r in rows]


# --------------------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------------------

def _clean(obj, ndigits: int = 6):
    """JSON-safe copy: floats rounded (NaN/inf -> None), tuples/sets -> lists, keys -> str."""
    if isinstance(obj, bool) or obj is None or isinstance(obj, (int, str)):
        return obj
    if isinstance(obj, float):
        if math.isnan(obj) or math.isinf(obj):
            return None
        r = round(obj, ndigits)
        return 0.0 if r == 0 else r
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {str(k): _clean(v, ndigits) for k, v in obj.items()}
    if isinstance(obj, (set, frozenset)):
        return [_clean(v, ndigits) for v in sorted(obj, key=str)]
    if isinstance(obj, (list, tuple)):
        return [_clean(v, ndigits) for v in obj]
    return str(obj)


def summary(collection: dict) -> dict:
    """The ``exports/analysis.json`` document: every analysis above in one JSON-safe dict.

    Keys: ``counts`` (documents, entities, events, events by type, skipped events),
    ``network`` (node/edge counts and the collapsed edges, sorted), ``centrality``,
    ``communities``, ``incident_chains`` and ``response_latency``. Lists are sorted
    deterministically and floats rounded to 6 places, so ``json.dumps`` of two calls
    on the same collection is identical.

    >>> s = summary(example_collection())
    >>> list(s)
    ['counts', 'network', 'centrality', 'communities', 'incident_chains', 'response_latency']
    >>> s["counts"]["events_by_type"]["CyberAttack"], s["network"]["edges"]
    (1, 7)
    """
    events = collection.get("events", [])
    kept = _kept_events(collection)
    M = actor_network(collection)
    W = weighted_network(M)
    by_type = Counter(ev.get("type") for ev in kept)
    edges = [{"source": u, "target": v, "weight": d["weight"], "relations": d["relations"],
              "events": d["events"]}
             for u, v, d in sorted(W.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))]
    out = {
        "counts": {
            "documents": len(collection.get("documents", [])),
            "entities": len(_Names(collection).entities),
            "events": len(kept),
            "skipped_events": len(events) - len(kept),
            "events_by_type": {t: by_type[t] for t in sorted(by_type, key=str)},
        },
        "network": {
            "nodes": M.number_of_nodes(),
            "edges": M.number_of_edges(),
            "pairs": W.number_of_edges(),
            "weighted_edges": edges,
        },
        "centrality": centrality(W),
        "communities": communities(W),
        "incident_chains": incident_chains(collection),
        "response_latency": response_latency(collection),
    }
    return _clean(out)


def format_table(rows: list[dict], columns=None, floatfmt: str = ".4f") -> str:
    """Plain-text table for the CLI: header, dashes, one aligned line per row.

    ``columns`` is a list of keys, or of ``(key, header)`` pairs (default: the keys of
    the first row). Number columns (and their headers) are right-aligned, floats formatted with ``floatfmt``;
    lists are joined with ", "; None prints as "-".

    >>> print(format_table([{"entity": "Iran", "pagerank": 0.5, "n": 3},
    ...                     {"entity": "Albania", "pagerank": 0.25, "n": 12}],
    ...                    ["entity", ("pagerank", "PR"), "n"]))
    entity       PR   n
    -------  ------  --
    Iran     0.5000   3
    Albania  0.2500  12
    """
    if columns is None:
        columns = list(rows[0]) if rows else []
    cols = [(c, str(c)) if not isinstance(c, (tuple, list)) else (c[0], str(c[1])) for c in columns]

    def cell(v) -> str:
        if v is None:
            return "-"
        if isinstance(v, bool):
            return "yes" if v else "no"
        if isinstance(v, float):
            return format(v, floatfmt)
        if isinstance(v, (list, tuple, set)):
            return ", ".join(str(x) for x in v)
        if isinstance(v, dict):
            return ", ".join(f"{k}={x}" for k, x in v.items())
        return " ".join(str(v).split())

    def numeric(key) -> bool:
        vals = [r.get(key) for r in rows if r.get(key) is not None]
        return bool(vals) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals)

    body = [[cell(r.get(k)) for k, _ in cols] for r in rows]
    widths = [max([len(h)] + [len(line[j]) for line in body]) for j, (_, h) in enumerate(cols)]
    right = [numeric(k) for k, _ in cols]

    def line(cells) -> str:
        parts = [c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right)]
        return "  ".join(parts).rstrip()

    out = [line([h for _, h in cols]), "  ".join("-" * w for w in widths)]
    out += [line(b) for b in body]
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# demo data
# --------------------------------------------------------------------------------------

def example_collection() -> dict:
    """A tiny hand-made collection (the 2022 Albania--Iran episode) for docs and demos."""
    def ev(id_, type_, actors, targets, date_=None, about=None, text="", modality="asserted"):
        out = {"id": id_, "type": type_, "actors": actors, "targets": targets, "date": date_,
               "about": about, "text": text, "modality": modality, "confidence": 0.8,
               "sources": [{"article": "albania-iran", "sentence": text, "start": 0, "end": len(text)}]}
        if date_:
            lo, hi = _parse_edtf(date_)
            out.update(date_precision="day" if lo == hi else "month",
                       date_earliest=lo.isoformat(), date_latest=hi.isoformat())
        return out

    return {
        "documents": [{"id": "albania-iran", "published": "2022-09-10",
                       "title": "Albania cuts ties with Iran over cyberattack"}],
        "entities": [
            {"name": "Albania", "type": "Country", "aliases": ["Tirana"], "iso3": "ALB"},
            {"name": "Iran", "type": "Country", "aliases": ["Tehran", "Islamic Republic of Iran"],
             "iso3": "IRN"},
            {"name": "United States", "type": "Country", "aliases": ["US", "Washington"],
             "iso3": "USA"},
            {"name": "Ministry of Intelligence and Security", "type": "GovernmentBody",
             "aliases": ["MOIS"]},
        ],
        "events": [
            ev("attack", "CyberAttack", ["Iran"], ["Albania"], "2022-07-15",
               text="Government websites in Albania were hit by a cyberattack on 15 July.",
               modality="alleged"),
            ev("blame", "Attribution", ["Albania"], ["Iran"], "2022-09-07", "attack",
               "Albania blamed Iran for the July attack."),
            ev("sever", "SeverRelations", ["Albania"], ["Iran"], "2022-09-07", "blame",
               "Albania cut diplomatic ties with Iran."),
            ev("expel", "ExpelDiplomats", ["Tirana"], ["Iran"], "2022-09-07", "blame",
               "Iranian diplomats were given 24 hours to leave."),
            ev("deny", "Denial", ["Tehran"], [], None, "blame",
               "Iran dismissed the allegation as unfounded."),
            ev("condemn", "Condemnation", ["US"], ["Iran"], "2022-09-07", "attack",
               "The United States condemned the attack."),
            ev("sanction", "Sanction", ["United States"], ["MOIS"], "2022-09-09", "attack",
               "The US sanctioned Iran's intelligence ministry."),
            ev("retaliate", "CyberAttack", ["Albania"], ["Iran"], None, None,
               "Albania might retaliate.", modality="hypothetical"),
        ],
    }
