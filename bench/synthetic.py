"""Deterministic synthetic corpus in the shape of kg's RDF data model, as N-Quads.

One named graph per article (``https://w3id.org/kg-cyber/id/graph/a<N>``) holding:

* the article: ``a schema:NewsArticle``, ``schema:datePublished``, ``schema:headline``;
* ~8 events ``.../id/event/a<N>/<hex>`` typed ``kg:CyberAttack`` ... ``kg:DefensiveMeasure``
  with ``kg:hasActor``/``kg:hasTarget`` (entities drawn Zipf-like from ~300),
  ``kg:edtf`` (string), ``kg:earliest``/``kg:latest`` (xsd:date), ``kg:modality``,
  ``kg:confidence`` (xsd:decimal), often ``kg:about`` another event of the article, and
  ``prov:wasDerivedFrom`` a mention node with ``kg:sentence``, ``kg:startOffset``,
  ``kg:endOffset``;
* the entities the article names: ``rdf:type`` and ``rdfs:label`` (repeated per article,
  as each article graph is self-contained);
* direct entity-to-entity edges read off the events (``kg:attacked``, ``kg:blames``,
  ``kg:sanctioned``, ...).

Exactly ``n_triples`` distinct quads are produced (the last article may be cut short),
and the same seed always gives the same bytes.

    python bench/synthetic.py --triples 100000 -o /tmp/kg-100k.nq
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import random
import re
import sys
from datetime import date, timedelta
from typing import Iterator

KG = "https://w3id.org/kg-cyber/ontology#"
ID = "https://w3id.org/kg-cyber/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

EVENT_TYPES = ("CyberAttack", "Attribution", "Denial", "Condemnation", "SeverRelations",
               "ExpelDiplomats", "Sanction", "LegalAction", "DefensiveMeasure")
# Rough frequencies in news: attacks and attributions dominate.
EVENT_WEIGHTS = (30, 20, 8, 12, 2, 3, 8, 7, 10)
MODALITIES = ("asserted", "alleged", "denied", "hypothetical", "negated")
MODALITY_WEIGHTS = (70, 18, 6, 4, 2)
# Event type -> direct edge predicate (actor -> target) it implies.
DIRECT_EDGE = {"CyberAttack": "attacked", "Attribution": "blames", "Sanction": "sanctioned",
               "Condemnation": "condemned", "LegalAction": "indicted",
               "ExpelDiplomats": "expelledDiplomatsOf", "SeverRelations": "severedRelationsWith"}
VERBS = {"CyberAttack": "hacked into the networks of", "Attribution": "publicly blamed",
         "Denial": "denied any involvement in the intrusion against",
         "Condemnation": "condemned the operation against",
         "SeverRelations": "broke off diplomatic relations with",
         "ExpelDiplomats": "ordered the expulsion of diplomats from",
         "Sanction": "announced sanctions against", "LegalAction": "unsealed an indictment against",
         "DefensiveMeasure": "shut down exposed systems after a warning about"}

COUNTRIES = (
    ("USA", "United States"), ("RUS", "Russia"), ("CHN", "China"), ("IRN", "Iran"),
    ("PRK", "North Korea"), ("UKR", "Ukraine"), ("GBR", "United Kingdom"), ("ISR", "Israel"),
    ("DEU", "Germany"), ("FRA", "France"), ("ALB", "Albania"), ("EST", "Estonia"),
    ("KOR", "South Korea"), ("JPN", "Japan"), ("IND", "India"), ("PAK", "Pakistan"),
    ("TWN", "Taiwan"), ("SAU", "Saudi Arabia"), ("ARE", "United Arab Emirates"),
    ("TUR", "Turkey"), ("NLD", "Netherlands"), ("BEL", "Belgium"), ("POL", "Poland"),
    ("LTU", "Lithuania"), ("LVA", "Latvia"), ("GEO", "Georgia"), ("MDA", "Moldova"),
    ("CAN", "Canada"), ("AUS", "Australia"), ("NZL", "New Zealand"), ("ITA", "Italy"),
    ("ESP", "Spain"), ("SWE", "Sweden"), ("NOR", "Norway"), ("FIN", "Finland"),
    ("DNK", "Denmark"), ("CZE", "Czechia"), ("AUT", "Austria"), ("CHE", "Switzerland"),
    ("ROU", "Romania"), ("BGR", "Bulgaria"), ("MNE", "Montenegro"), ("SRB", "Serbia"),
    ("BLR", "Belarus"), ("KAZ", "Kazakhstan"), ("VNM", "Vietnam"), ("PHL", "Philippines"),
    ("MYS", "Malaysia"), ("SGP", "Singapore"), ("IDN", "Indonesia"), ("BRA", "Brazil"),
    ("MEX", "Mexico"), ("COL", "Colombia"), ("VEN", "Venezuela"), ("CUB", "Cuba"),
    ("EGY", "Egypt"), ("QAT", "Qatar"), ("LBN", "Lebanon"), ("SYR", "Syria"),
    ("IRQ", "Iraq"), ("JOR", "Jordan"), ("KWT", "Kuwait"), ("BHR", "Bahrain"),
    ("ZAF", "South Africa"), ("NGA", "Nigeria"), ("KEN", "Kenya"), ("ETH", "Ethiopia"),
    ("ARM", "Armenia"), ("AZE", "Azerbaijan"), ("GRC", "Greece"), ("HUN", "Hungary"),
    ("SVK", "Slovakia"), ("SVN", "Slovenia"), ("HRV", "Croatia"), ("IRL", "Ireland"),
    ("PRT", "Portugal"), ("MAR", "Morocco"), ("DZA", "Algeria"), ("TUN", "Tunisia"),
    ("AFG", "Afghanistan"),
)
THREAT_ACTORS = (
    "APT28", "APT29", "Sandworm", "Turla", "Gamaredon", "Lazarus Group", "Kimsuky",
    "APT37", "APT38", "APT41", "APT40", "APT10", "APT3", "Volt Typhoon", "Salt Typhoon",
    "Mustang Panda", "APT33", "APT34", "APT35", "MuddyWater", "Charming Kitten",
    "HomeLand Justice", "Predatory Sparrow", "Equation Group", "Ghostwriter", "Killnet",
    "NoName057(16)", "Cyber Av3ngers", "Star Blizzard", "Midnight Blizzard", "Conti",
    "LockBit", "REvil", "DarkSide", "Cl0p", "Scattered Spider", "Hafnium", "Winnti",
    "Bitter APT", "SideWinder",
)
MALWARE = ("NotPetya", "WannaCry", "Stuxnet", "Industroyer", "WhisperGate", "HermeticWiper",
           "BlackEnergy", "Shamoon", "Triton", "SolarWinds Orion backdoor", "Pegasus",
           "Olympic Destroyer", "AcidRain", "CaddyWiper", "ZeroCleare")
BODIES = ("Ministry of Foreign Affairs", "Ministry of Defence", "Ministry of Interior",
          "National Cyber Security Centre", "Central Bank", "Intelligence Service",
          "Department of Justice", "Parliament")
SECTORS = ("energy sector", "banking sector", "healthcare sector", "telecommunications",
           "water utilities", "election infrastructure", "defence industry", "media",
           "shipping and ports", "aviation")
ORGS = ("NATO", "European Union", "United Nations", "Microsoft", "Google", "Mandiant",
        "CrowdStrike", "SolarWinds", "Colonial Pipeline", "Sony Pictures", "Maersk",
        "SWIFT", "OPCW", "World Anti-Doping Agency", "Bundestag", "Democratic National Committee")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def entities(n: int = 300) -> list[tuple[str, str, str]]:
    """``n`` entities as (key, label, type), most newsworthy first (the Zipf rank)."""
    out: list[tuple[str, str, str]] = []
    # Interleave so the head of the Zipf curve mixes states and threat actors.
    for iso, name in COUNTRIES[:12]:
        out.append((iso, name, "Country"))
    for name in THREAT_ACTORS[:10]:
        out.append((_slug(name), name, "ThreatActor"))
    for iso, name in COUNTRIES[12:]:
        out.append((iso, name, "Country"))
    for name in THREAT_ACTORS[10:]:
        out.append((_slug(name), name, "ThreatActor"))
    for name in ORGS:
        out.append((_slug(name), name, "Organization"))
    for name in MALWARE:
        out.append((_slug(name), name, "Malware"))
    for name in SECTORS:
        out.append((_slug(name), name, "Sector"))
    for (iso, cname), body in itertools.product(COUNTRIES, BODIES):
        if len(out) >= n:
            break
        label = f"{body} ({cname})"
        out.append((_slug(label), label, "GovernmentBody"))
    return out[:n]


def _lit(value: str) -> str:
    return '"' + (value.replace("\\", "\\\\").replace('"', '\\"')
                  .replace("\n", "\\n").replace("\r", "\\r")) + '"'


def _typed(value: str, dtype: str) -> str:
    return f'{_lit(value)}^^<{XSD}{dtype}>'


def _time(rng: random.Random, published: date) -> tuple[str, date, date]:
    """An EDTF value with its inclusive bounds, some time before ``published``."""
    day = published - timedelta(days=int(rng.expovariate(1 / 120)))
    r = rng.random()
    if r < 0.50:
        return day.isoformat(), day, day
    if r < 0.80:
        first = day.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return f"{day.year:04d}-{day.month:02d}", first, nxt - timedelta(days=1)
    if r < 0.95:
        return f"{day.year:04d}", date(day.year, 1, 1), date(day.year, 12, 31)
    if r < 0.98:
        dec = day.year // 10 * 10
        return f"{dec // 10:03d}X", date(dec, 1, 1), date(dec + 9, 12, 31)
    start = day.year - rng.randint(1, 3)
    return f"{start}/{day.year}", date(start, 1, 1), date(day.year, 12, 31)


def _articles(seed: int, n_entities: int = 300) -> Iterator[list[str]]:
    """Endless stream of articles, each a list of N-Quads lines without duplicates."""
    rng = random.Random(seed)
    ents = entities(n_entities)
    cum = list(itertools.accumulate(1 / (rank + 1) ** 1.1 for rank in range(len(ents))))
    total = cum[-1]
    ev_cum = list(itertools.accumulate(EVENT_WEIGHTS))
    mod_cum = list(itertools.accumulate(MODALITY_WEIGHTS))
    day0, span = date(2010, 1, 1).toordinal(), (date(2024, 12, 31) - date(2010, 1, 1)).days

    def pick_entity() -> tuple[str, str, str]:
        return ents[bisect.bisect(cum, rng.random() * total)]

    a_type = f"<{RDF_TYPE}>"
    for n in itertools.count():
        g = f"<{ID}graph/a{n}>"
        art = f"<{ID}article/a{n}>"
        published = date.fromordinal(day0 + rng.randrange(span))
        lines: list[str] = []
        seen: set[str] = set()

        def q(s: str, p: str, o: str) -> None:
            line = f"{s} {p} {o} {g} .\n"
            if line not in seen:
                seen.add(line)
                lines.append(line)

        q(art, a_type, f"<{SCHEMA}NewsArticle>")
        q(art, f"<{SCHEMA}datePublished>", _typed(published.isoformat(), "date"))
        named: dict[str, tuple[str, str, str]] = {}
        events: list[str] = []
        offset = rng.randrange(0, 400)
        for _ in range(max(1, int(rng.gauss(8, 2)))):
            etype = EVENT_TYPES[bisect.bisect(ev_cum, rng.random() * ev_cum[-1])]
            hexid = f"{rng.getrandbits(40):010x}"
            ev = f"<{ID}event/a{n}/{hexid}>"
            actors = [pick_entity() for _ in range(rng.choice((0, 1, 1, 1, 2)))]
            targets = [pick_entity() for _ in range(rng.choice((0, 1, 1, 1, 2)))]
            targets = [t for t in targets if t not in actors]
            q(ev, a_type, f"<{KG}{etype}>")
            for key, label, etype_ in actors:
                q(ev, f"<{KG}hasActor>", f"<{ID}entity/{key}>")
                named[key] = (key, label, etype_)
            for key, label, etype_ in targets:
                q(ev, f"<{KG}hasTarget>", f"<{ID}entity/{key}>")
                named[key] = (key, label, etype_)
            if rng.random() < 0.85:
                edtf, earliest, latest = _time(rng, published)
                q(ev, f"<{KG}edtf>", _lit(edtf))
                q(ev, f"<{KG}earliest>", _typed(earliest.isoformat(), "date"))
                q(ev, f"<{KG}latest>", _typed(latest.isoformat(), "date"))
            modality = MODALITIES[bisect.bisect(mod_cum, rng.random() * mod_cum[-1])]
            q(ev, f"<{KG}modality>", _lit(modality))
            q(ev, f"<{KG}confidence>", _typed(f"{rng.uniform(0.3, 0.99):.3f}", "decimal"))
            if events and etype != "CyberAttack" and rng.random() < 0.7:
                q(ev, f"<{KG}about>", rng.choice(events))
            events.append(ev)
            who = " and ".join(a[1] for a in actors) or "Unidentified hackers"
            whom = " and ".join(t[1] for t in targets) or "several government agencies"
            sentence = (f"{who} {VERBS[etype]} {whom}, officials said on "
                        f"{published.strftime('%A')}, citing a report seen by reporters.")
            mention = f"<{ID}mention/a{n}/{hexid}>"
            q(ev, f"<{PROV}wasDerivedFrom>", mention)
            q(mention, f"<{KG}sentence>", _lit(sentence))
            q(mention, f"<{KG}startOffset>", _typed(str(offset), "integer"))
            q(mention, f"<{KG}endOffset>", _typed(str(offset + len(sentence)), "integer"))
            offset += len(sentence) + rng.randrange(1, 600)
            pred = DIRECT_EDGE.get(etype)
            if pred and modality in ("asserted", "alleged"):
                for (a, _, _), (t, _, _) in itertools.product(actors, targets):
                    q(f"<{ID}entity/{a}>", f"<{KG}{pred}>", f"<{ID}entity/{t}>")
        head = next(iter(named.values()), ("", "Unknown", ""))[1]
        q(art, f"<{SCHEMA}headline>", _lit(f"{head} in the spotlight after cyber incident"))
        for key, label, etype_ in named.values():
            q(f"<{ID}entity/{key}>", a_type, f"<{KG}{etype_}>")
            q(f"<{ID}entity/{key}>", f"<{RDFS_LABEL}>", _lit(label))
        yield lines


def generate(n_triples: int, seed: int = 0) -> Iterator[str]:
    """Yield exactly ``n_triples`` N-Quads lines (each ending in a newline)."""
    left = n_triples
    for lines in _articles(seed):
        if left <= 0:
            return
        chunk = lines[:left]
        left -= len(chunk)
        yield from chunk


def write(path: str, n_triples: int, seed: int = 0) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(generate(n_triples, seed))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=100_000, help="number of quads to write")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    args = ap.parse_args(argv)
    if args.output == "-":
        sys.stdout.writelines(generate(args.triples, args.seed))
    else:
        write(args.output, args.triples, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
