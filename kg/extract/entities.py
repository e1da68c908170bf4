"""Mentions -> entities: gazetteer and NER spans, government bodies, people, back-references.

``EntityIndex`` maps every token that names an entity to the entity's key, so the event
stage can turn a dependency argument into entity keys with ``keys_in(token)``. Pronouns
and definite descriptions ("it", "the group", "the ministry") are resolved to the most
recent compatible entity: a small, explainable within-article coreference.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from ..model import Entity
from .gazetteer import (Gazetteer, big_cities, cities, city_population, city_states, court_districts, fold,
                        mean_division_population, subdivisions)
from .lexicon import load, verbs_of, word_set
from .temporal import MONTHS, NUMBERS, WEEKDAYS, find_time_expressions

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Other", "FAC": "System",
             "PRODUCT": "System", "THREAT_ACTOR": "ThreatActor", "MALWARE": "Malware"}
MONTH_AND_DAY_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # ("May", "Monday": no company names)
# words a month or weekday that begins a date comes after ("that August", "in May", "last Monday")
DATE_LEADS = frozenset({"in", "on", "since", "by", "until", "from", "during", "early", "late", "last", "mid", "next",
                        "that", "this", "each", "every"})
PRONOUNS_PERSON = {"he", "him", "his", "she", "her"}
QUOTE_MARKS = ('"', "\u201c", "\u201d")  # what a sentence quoting someone else holds
BYLINE_SEARCH = 1500  # how far down a page (masthead, menus, title) its byline may stand
HIS = {"he", "him", "his"}
PRONOUNS_THING = {"it", "its", "they", "them", "their"}
PRONOUNS_PLURAL = {"they", "them", "their"}


NAMING_PREPS = ("of", "for", "in", "at", "on")  # a phrase that names or places a body ("the hospital in Brno")


@lru_cache(maxsize=1)
def time_zones() -> frozenset:
    """Time-zone abbreviations ("5.02pm BST"), which NER sometimes tags as organisations."""
    from .temporal import TIME_ZONES

    return frozenset(TIME_ZONES.split("|"))


@lru_cache(maxsize=1)
def words() -> dict:
    """kg/data/entity_words.json, read by the one loader of language data (titles longest first)."""
    raw = dict(load("entity_words"))
    raw["titles"] = sorted(raw["titles"], key=len, reverse=True)
    return raw


@lru_cache(maxsize=1)
def author_field():
    """A header field that names the text's writer ("Coach: Ann Lee", "| Inspector: Dr Bob Quill"),
    its value the group "name" (the labels are 'author_fields' in entity_words.json)."""
    labels = "|".join(re.escape(w) for w in sorted(words()["author_fields"], key=len, reverse=True))
    titles = "|".join(re.escape(w.rstrip(".")) for w in words()["courtesy_titles"] + ["dra", "prof"])
    return re.compile(rf"(?im)(?:^|[|·•]\s*)(?:{labels})\s*:[^\S\n]*(?:(?:{titles})\.?\s+)?"
                      r"(?P<name>[A-Z][\w'.-]+(?:[^\S\n][A-Z][\w'.-]+){1,3})")


def is_mission(tok) -> bool:
    """Is ``tok`` a diplomatic post or envoy ("embassy", "ambassador", "chargé d'affaires"),
    which speaks for the state that sent it, not for the one it sits in? (A plain "charge" is
    one only before "d'affaires": "charges filed in New Jersey" are no envoys.)"""
    lemma = tok.lemma_.lower()
    if lemma == "charge":
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_.startswith(("d'", "d’"))
    return lemma in words()["missions"]


@lru_cache(maxsize=1)
def doer_nouns() -> frozenset:
    """Nouns for the doers of an act ("hackers", "operatives") that an allegiance can describe."""
    return frozenset(words()["people_nouns"] + words()["agent_nouns"])


def held(tok) -> bool:
    """Is the word the passive subject of a legal action ("they were charged"): the one held?"""
    return tok.dep_ == "nsubjpass" and tok.head.lemma_ in verbs_of("LegalAction")


REFERENCE_NUMBER = re.compile(r"\b\d+/\d+\b")  # a file or case number inside a name NER found
# a person's name by its form: a middle initial or a generational suffix ("Ivan T. Sokolov III")
PERSONAL_NAME = re.compile(r"[A-Z][a-z'-]+(?: [A-Z]\.)+(?: [A-Z][a-z'-]+)+(?: (?:Jr\.?|Sr\.?|II|III|IV))?"
                           r"|[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)+,? (?:Jr\.?|Sr\.?|II|III|IV)")
RECENT_REACH = 80  # tokens back from a sentence's start: about the two sentences before it
CAPTION_REACH = 2000  # characters from the top where a court filing's caption stands
CAPTION_V = re.compile(r"v(?:s)?\.?")  # the "v." between the parties
CAPTION_INLINE = re.compile(r"\b[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)* v\. (?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3})(?P<al> et al)?")
PARTY_LINE = re.compile(  # a judgment's "IVAN SOKOLOV        Appellant" (a name, a gap, its role)
    r"^[ \t]*(?P<name>[A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+){1,3})[ \t]{3,}(?P<role>[A-Z][a-z]+)[ \t]*$", re.M)


@lru_cache(maxsize=1)
def party_label():
    """A caption's role label ("Defendant.", "Defendant-Appellant."), from ``party_roles``."""
    roles = "|".join(r.capitalize() for r in words()["party_roles"])
    return re.compile(rf"(?:(?:{roles})s?-?)+\.?")


def caption_parties(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Where a court filing's caption names a party, with the party's role: the one party after
    "v." in a caption laid out in columns ("UNITED STATES OF AMERICA ) v. ) IVAN SOKOLOV, )
    Defendant. )") or in a docket's header ("United States v. Sokolov", a defendant; none for
    several, "et al."), and a judgment's name lines ("IVAN SOKOLOV      Appellant").

    >>> text = "UNITED STATES   )\\n    v.          )\\nIVAN SOKOLOV,   )\\n   Defendant.   )\\n"
    >>> [(role, text[a:b]) for role, (a, b) in caption_parties(text)]
    [('defendant', 'IVAN SOKOLOV')]
    >>> text = "UNITED STATES,        Case No. 1\\n     v.        ORDER OF DETENTION\\n                 PENDING TRIAL\\nIVAN SOKOLOV,\\n\\n   Defendant.\\n"
    >>> [(role, text[a:b]) for role, (a, b) in caption_parties(text)]
    [('defendant', 'IVAN SOKOLOV')]
    >>> caption_parties("Docket | United States v. Tarasov et al. | Filed")
    []
    >>> text = "IVAN SOKOLOV          Appellant\\n - and -\\nTHE KINGDOM OF RURITANIA     Respondent\\n"
    >>> [(role, text[a:b]) for role, (a, b) in caption_parties(text)]
    [('appellant', 'IVAN SOKOLOV')]
    """
    top = text[:CAPTION_REACH]
    lines, starts, pos = top.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    # the parties' column, closed by ")" or by a wide gap ("v.        ORDER OF DETENTION")
    left = [re.split(r"\)|[ \t]{3,}", line.strip())[0].strip() for line in lines]
    found = []
    for k, cell in enumerate(left):
        if not CAPTION_V.fullmatch(cell):
            continue
        names = []
        for j in range(k + 1, min(k + 7, len(left))):
            if party_label().fullmatch(left[j]):
                if len(names) > 1:  # a title's line run on from the right column ("TRIAL"): the name ends with a comma
                    names = [n for n in names if left[n].endswith(",")]
                if len(names) == 1:
                    j0 = names[0]
                    a = starts[j0] + lines[j0].index(left[j0])
                    roles = [r.lower().rstrip("s") for r in re.findall(r"[A-Z][a-z]+", left[j])]
                    found += [(r, (a, a + len(left[j0].rstrip(",")))) for r in roles]
                break
            if left[j]:
                names.append(j)
        break
    found += [(m.group("role").lower(), m.span("name")) for m in PARTY_LINE.finditer(top)
              if m.group("role").lower() in words()["party_roles"]  # (a person's name: "THE KINGDOM OF X" is none)
              and not {w.lower() for w in m.group("name").split()} & {"of", "the", "and", "for"}]
    m = CAPTION_INLINE.search(top)
    if not found and m and not m.group("al"):
        found.append(("defendant", m.span("name")))
    return found


DEFINED_TERM = re.compile(  # 'Contoso Ltd ("the Insured")', 'Fabrikam Corp. ("Fabrikam" or "Defendant")'
    r'\((?:hereinafter |together, )?(?:the )?["“](?:the )?(?P<terms>[A-Z][^"”()\n]{0,40})["”]'
    r'(?:,? (?:or|and) (?:the )?["“](?:the )?[A-Z][^"”()\n]{0,40}["”])*\)')
INVERTED_NAME = re.compile(  # a record's field "Surname / forename:   SOKOLOV, Ivan" (the surname first, in capitals)
    r"(?m)(?<![A-Za-z])([A-Z][A-Za-z /()']{1,40}):[ \t]+([A-Z][A-Z'-]{1,30}),[ \t]+([A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,2})[ \t]*$")
QUOTED = re.compile(r'["“](?:the )?([A-Z][^"”()\n]{0,40})["”]')


GROUP_PREFIX = "group-"  # the key of an unnamed group of the article ("more than 100 companies")


@lru_cache(maxsize=None)
def _institution_heads() -> frozenset:
    """Words that end an institution's name after a place's (a newspaper named after its city
    names no state either: "The Moscow Times")."""
    return word_set("entity_words", "facility_heads") | word_set("entity_words", "news_outlet_words")


def is_group(key: str) -> bool:
    return key.startswith(GROUP_PREFIX)


def date_led(tok) -> bool:
    """A month or weekday after a word that leads a date ("that August", "last Monday"): a date
    NER left untagged, not the first word of the name after it."""
    return tok.lower_ in MONTH_AND_DAY_WORDS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in DATE_LEADS


def crew_name(toks) -> bool:
    """A hackers' crew named like a body ("Finnish Cyber Army", "the Tampere Electronic Army"): a
    capitalised crew word ('crew_name_starts') before its capitalised head ('crew_heads'); no army
    of the state ("US Cyber Command" is a body)."""
    toks = list(toks)
    return len(toks) > 1 and toks[-1].text[:1].isupper() and toks[-1].lower_ in words()["crew_heads"] and any(
        t.lower_ in words()["crew_name_starts"] and t.text[:1].isupper() for t in toks[:-1])


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'s", "")).strip("-")
    return s or "x"


def surface(text: str) -> str:
    """A mention's text without a leading article/possessive pronoun and trailing 's."""
    raw = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip(" ,;:\"'“”")
    text = raw.strip(" ,.;:\"'“”")
    if raw.endswith(".") and re.search(r"(?:^|\s)(?:[A-Za-z]\.)+[A-Za-z]$", text):
        text += "."  # an abbreviation keeps its last full stop ("U.S.", "U.K.")
    text = re.sub(r"^(the|a|an|its|their|his|her)\s+", "", text, flags=re.I)
    return re.sub(r"'s?$", "", text).strip(" \"“”")  # ('the "Sable Wolves"': the quote after "the")


def strip_title(name: str) -> str:
    low = name.lower()
    for title in words()["titles"]:
        if low.startswith(title + " ") and len(name) > len(title) + 2:
            return name[len(title) + 1:].strip()
    return name


@lru_cache(maxsize=1)
def name_link_words() -> frozenset:
    """The small words inside an organisation's name, written in lower case ("Chapel of St. Kestrix",
    "Cooperativa de Ahorro y Crédito Fabrikam")."""
    return frozenset(word_set("entity_words", "name_links") | set(words()["name_particles"]) | {"y", "e"})


def title_cased(parts: list[str]) -> str:
    """A name written in capitals, in title case: "ST. KESTRIX'S REGIONAL MEDICAL CENTER" -> "St.
    Kestrix's Regional Medical Center", "LAKE KESTRIX AND UPPER FABRIKAM OFFICE" -> "Lake Kestrix
    and Upper Fabrikam Office"; a legal form stays in capitals ("CONTOSO LLP")."""
    caps = set(words()["capitalised_suffixes"])
    links = name_link_words() | {"and", "the"}
    out = []
    for n, w in enumerate(parts):
        if w.upper() in caps or w == "&":
            out.append(w)
        elif n and w.lower() in links:
            out.append(w.lower())
        else:  # ("KESTRIX-VALE" -> "Kestrix-Vale")
            out.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    return " ".join(out)


@lru_cache(maxsize=1)
def legal_form_ending() -> re.Pattern:
    """A legal form at the end of a name, after a space or a comma (entity_words.json's "legal_forms",
    longest first, so "Pty Ltd" is read before "Ltd")."""
    forms = sorted(words()["legal_forms"], key=len, reverse=True)
    return re.compile(r"(?:,?\s+)(?:" + "|".join(re.escape(f) for f in forms) + r")\.?$", re.IGNORECASE)


def legal_stem(name: str) -> str | None:
    """A company's name without the legal form written after it, which texts often leave off
    ("Kestrix Systems Ltd" -> "Kestrix Systems", "Contoso Logistics, Inc." -> "Contoso Logistics",
    "Fabrikam Ltda." -> "Fabrikam"); None for a name with no such ending.

    >>> legal_stem("Kestrix Systems Ltd"), legal_stem("Contoso Logistics, Inc."), legal_stem("Fabrikam")
    ('Kestrix Systems', 'Contoso Logistics', None)
    """
    m = legal_form_ending().search(name)
    stem = name[:m.start()].rstrip(" ,") if m is not None else ""
    if len(stem.split()) < 2 and len(stem) < 5 or name[m.start():].strip(" ,.").islower():
        return None  # (not "Gas" of "Gas Co", nor a name ending in the word "limited")
    return stem


def initials(name: str) -> str:
    """The capitals a name's words begin with, less function words ("Health Service Executive" -> "HSE")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("of", "the", "and", "for"))


class EntityIndex:
    """The entities of one parsed article and the tokens that mention them."""

    def __init__(self, doc, gazetteer: Gazetteer | None = None, scope: str = ""):
        self.doc = doc
        self.scope = scope  # the article's id: unnamed groups ("its customers") are its own
        self.gaz = gazetteer or Gazetteer.load()
        self.entities: dict[str, Entity] = {}
        self.token_key: dict[int, str] = {}
        self.mentions: list[tuple[int, str]] = []  # (first token index, key), in text order
        self._persons: dict[str, str] = {}  # surname / full name (lower) -> key
        self._read_ner()
        self._coordinated_people()
        self._unify_names()
        self._read_surnames()
        self._read_inverted_names()
        self._parties = self._read_caption()
        self._read_defined_terms()
        self._read_named_by_head()
        self._read_suffixed_names()
        self._read_letterhead()
        self._read_self_naming()
        self._read_domains()
        self._read_repeats()
        self._read_campaigns()
        self._drop_operation_names()
        self._read_units()
        self._read_designation_entries()
        self._type_by_conjuncts()
        self._type_lone_names()
        self._read_bodies()
        self._read_short_forms()
        self._read_field_labels()
        self._read_capitalised_heads()
        self._read_bare_names()
        self._drop_dateline()
        self._merge_short_names()
        self._merge_initials()
        self._read_seats()
        self.mentions.sort()
        self._turns = self._read_turns()
        self._described = self._described_as()
        self._pronouns: dict | None = {}  # (token, exclude) -> referent, once the mentions are all read
        self._titled: dict | None = None  # person key -> "he" / "she" by courtesy title, read on first use

    def _read_seats(self):
        """"After Berlin, also Brussels points the finger at Moscow", in a story about the
        European Union: the seat stands for the body when the host state is named no other way."""
        for seat, body in words()["seats"].items():
            host = self.gaz.resolve_key(seat)
            if host is None or body not in self.entities or host not in self.entities:
                continue
            at = [i for i, k in self.mentions if k == host]
            if at and all(self.doc[i].text == seat for i in at):
                self._remap(host, body, names=[seat])  # (Belgium's own names are not the EU's)

    def _merge_initials(self):
        """"HSE cyberattack: ..." then "the Health Service Executive": a name in capitals that
        spells the initials of another organisation's name in the article is that organisation
        (wherever each comes first; a gazetteer entry keeps its own key)."""
        bodies = [e for e in self.entities.values() if e.type in ("Organization", "GovernmentBody")]
        for short in list(bodies):
            if not (short.name.isupper() and 2 <= len(short.name) <= 8 and short.name.isalpha()):
                continue
            longer = [e for e in bodies if e is not short and e.key in self.entities and e.key not in self.gaz
                      and initials(e.name) == short.name]
            if len(longer) == 1 and short.key not in self.gaz:
                self._remap(short.key, longer[0].key)  # (its name becomes an alias)

    def _merge_short_names(self):
        """"Colonial Pipeline ... Colonial halted operations": an organisation named by the
        first words of another one's name in the same article is that one; so is a place-like
        name that is a company's name less its suffix ("Las Vegas Sands" of "Las Vegas Sands Corp")."""
        orgs = [e for e in self.entities.values() if e.type == "Organization" and e.key not in self.gaz]
        suffixes = set(words()["organization_suffixes"])
        for other in [e for e in self.entities.values() if e.type in ("Other", "System") and e.key not in self.gaz]:
            longer = [e for e in orgs if e.name.split()[-1] in suffixes and e.name.split()[:-1] == other.name.split()]
            if len(longer) == 1:
                self._remap(other.key, longer[0].key)
        for short in list(orgs):
            if short not in orgs:
                continue
            words_ = short.name.split()
            longer = [e for e in orgs if e is not short and e.name.split()[:len(words_)] == words_
                      and len(e.name.split()) > len(words_)]
            if len(longer) != 1:
                continue  # none, or ambiguous ("Sony" with two Sony companies)
            self._remap(short.key, longer[0].key)
            orgs.remove(short)

    def _drop_dateline(self):
        """The dateline's city says where the story was filed, not who acts in it."""
        m = self.dateline()
        if m is None:
            return
        self._unname(t.i for t in self.doc if m.start("city") <= t.idx < m.end("city"))

    def _unname(self, indices) -> None:
        """Take back a reading of tokens as a name (a later pass knows better): their keys, their
        mentions, and the entities no other token names."""
        indices = set(indices)
        named = {self.token_key.pop(i) for i in indices if i in self.token_key}
        self.mentions = [(i, k) for i, k in self.mentions if i not in indices]
        for k in named - set(self.token_key.values()) - {k for _, k in self.mentions}:
            del self.entities[k]

    # -- building ---------------------------------------------------------------------
    def _add(self, ent: Entity, form: str, tokens) -> str:
        known = self.entities.get(ent.key)
        if known is None:
            self.entities[ent.key] = known = ent
        toks = list(tokens)
        for f in [form] + (self._longer_forms(toks) if form and known.type in ("GovernmentBody", "Organization") else []):
            f = surface(f)
            if f and f != known.name and f not in known.aliases:
                known.aliases.append(f)
        for t in toks:
            self.token_key[t.i] = known.key
        if toks:
            self.mentions.append((toks[0].i, known.key))
        return known.key

    GROUP_CUTS = ("relcl", "acl", "appos", "punct", "cc", "conj", "prep")  # a group's core: no clause, list or phrase

    def _dated_tokens(self, sent) -> set[int]:
        """The tokens of a sentence's date expressions ("On Tuesday 10 February")."""
        at = sent.start_char
        return {t.i for s, e, _ in find_time_expressions(sent.text) for t in sent
                if at + s <= t.idx < at + e}

    def add_group(self, head, pieces=(), core_head=None, people=False) -> str:
        """An unnamed group, the victims of an attack ("hacked more than 100 companies and
        organizations in the United States", "attacks on banks and cryptocurrency exchanges"), as
        an entity of this article, named by its phrase (cut before ", including ..." or a
        relative clause) and also known by the phrase without its count ("companies and
        organizations in the United States"), by its core ("companies and organizations"), by
        each listed member's core and by ``pieces`` (the owners in "websites of major banks").
        ``core_head`` is the noun counted by a count head ("hundreds of companies")."""
        drop = {"relcl", "acl", "appos"}
        openers, counting = word_set("entity_words", "list_openers"), word_set("entity_words", "count_words")
        # (of people, a phrase of the charge the parser hangs on them goes: "seven hackers of
        # breaking into ...", "two men with hacking hospitals")
        cut = lambda a: a.dep_ == "prep" and (a.lower_ in openers or people and (  # noqa: E731
            a.lower_ not in ("of", "from", "in") or any(g.tag_ == "VBG" for g in a.children)))
        dated = self._dated_tokens(head.sent)  # (not the date of "On 3 May staff received ...", misparsed)
        keep = [t for t in head.subtree if not any(
            a.dep_ in drop and a.head.i >= head.i or cut(a)
            for a in [t, *t.ancestors] if a.i != head.i and head in a.ancestors)
            and not (t.i < head.i and t.i in dated)]
        keep = keep[:next((n for n, t in enumerate(keep) if t.text == "," and keep[n + 1:n + 2]
                           and (keep[n + 1].lower_ in openers or keep[n + 1].tag_.startswith("W"))), len(keep))]
        forms = [self._span_text(keep), self._span_text(list(head.subtree))]  # (and with its clause)
        if core_head is not None and core_head.i != head.i:  # ("some 40,000 computers", without where they are)
            forms.append(self._span_text([t for t in keep if t.i <= core_head.i]))
        counted = [t for t in keep if t.i < head.i and t.dep_ in ("nummod", "quantmod", "det", "predet")
                   or t.head.dep_ in ("nummod", "quantmod") and t.head.head.i == head.i and t.i < head.i]
        if counted:
            forms.append(self._span_text([t for t in keep if t not in counted]))
        core = lambda h: [t for t in h.subtree if t.i <= h.i and not any(  # noqa: E731
            a.dep_ in self.GROUP_CUTS for a in [t, *t.ancestors] if a.i != h.i and h in a.ancestors)
            and t.dep_ not in ("nummod", "quantmod", "det", "predet", "poss") and t.pos_ != "NUM"
            and t.lower_ not in counting]
        core_head = core_head or head
        members = [core_head, *[c for c in core_head.children if c.dep_ == "conj"]]
        members += [c for m in members[1:] for c in m.children if c.dep_ == "conj"]
        cores = [self._span_text(core(m)) for m in members]
        forms.append(", ".join(cores[:-1]) + " and " + cores[-1] if len(cores) > 1 else cores[0])
        forms += cores
        forms += [self._span_text(list(p.subtree)) for p in pieces]
        forms = [f for f in dict.fromkeys(surface(f) for f in forms) if f]
        article = next((c.lower_ for c in head.children if c.dep_ == "det" and c.lower_ in ("a", "an")
                        or c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if people and article:  # ("a woman in her fifties", "its administrators": also known with the article)
            forms.append(f"{article} {forms[0]}")
        key = GROUP_PREFIX + (slug(self.scope) + "-" if self.scope else "") + slug(forms[0])
        ent = self.entities.setdefault(key, Entity(key=key, name=forms[0], type="Other"))
        ent.aliases.extend(f for f in forms[1:] if f not in ent.aliases and f != ent.name)
        return key

    def add_court(self, head, country: str | None = None, places=()) -> str:
        """An unnamed court, judge or jury that acts ("a federal judge in Anchorage sentenced
        ...", "a court in Bonn gave ..."): a government body of this article, named by its
        phrase without a clause or apposition, and also known with its article ("a federal
        judge in Anchorage"), since that is how the article calls it. A US one whose judicial
        district its phrase or ``places`` tell, or the only district the article names, is
        that district's court, known also by the phrase."""
        # (no clause, apposition or list; no time: "a federal judge in Boston on Friday")
        timed = lambda a: a.dep_ == "prep" and any(  # noqa: E731
            g.ent_type_ in ("DATE", "TIME") or g.lower_ in WEEKDAYS or g.lower_ in MONTHS for g in a.subtree)
        keep = [t for t in head.subtree if not any(
            a.dep_ in self.GROUP_CUTS and a.dep_ != "prep" or timed(a) or a.ent_type_ in ("DATE", "TIME")
            for a in [t, *t.ancestors] if a.i != head.i and head in a.ancestors)]
        whole = re.sub(r"\s+", " ", self._span_text(keep)).strip(" ,;:")  # (with its "a": so the article says it)
        name = surface(self._span_text([t for t in keep if not (t.dep_ == "det" and t.head.i == head.i)]))
        forms = [name, whole]
        # (a jury, grand or trial, is a body of its own: "a federal grand jury in Tulsa")
        # (a federal one: "a judge in San Diego" may sit in a court of California's own)
        federal = any(t.lower_ in ("federal", "u.s.", "us") for t in keep)
        district = self.court_district(keep + list(places), cities=federal) if country == "USA" and head.lemma_.lower() in (
            "court", "judge", "magistrate") else None
        if district:  # "a federal judge in Tulsa": the court of the Northern District of Oklahoma
            name = f"United States District Court for the {district}"
        key = f"gov-{(country or 'x').lower()}-{slug(name)}"
        ent = self.entities.setdefault(key, Entity(key=key, name=name[:1].upper() + name[1:], type="GovernmentBody",
                                                   country=country))
        for f in forms:
            if f != ent.name and f not in ent.aliases:
                ent.aliases.append(f)
        return key  # (not a mention: read while events are, it is no antecedent of a pronoun)

    def add_us_attorney(self, district: str, phrase: str = "") -> str:
        """The US Attorney's office of a judicial district ("federal prosecutors in Tulsa": the
        United States Attorney for the Northern District of Oklahoma), a government body, also
        known as its office and by the phrase that tells it."""
        name = f"United States Attorney for the {district}"
        key = f"gov-usa-{slug(name)}"
        ent = self.entities.setdefault(key, Entity(key=key, name=name, type="GovernmentBody", country="USA"))
        for form in (f"United States Attorney's Office for the {district}", surface(phrase)):
            if form and form != ent.name and form not in ent.aliases:
                ent.aliases.append(form)
        return key  # (not a mention, as a court read with the events is not)

    def state_key(self, key: str) -> str | None:
        """A state's key, registered as an entity of the article if the text has not named it."""
        if key not in self.entities:
            ent = self.gaz.entity(key)
            if ent is None:
                return None
            self.entities[key] = ent
        return key

    def court_district(self, toks, own: bool = False, cities: bool = True) -> str | None:
        """The US judicial district the places among ``toks`` are in ("in Tulsa", "Brooklyn
        federal court", with ``cities``; "in the Southern District of Georgia"), else (not ``own``)
        the only one the article names; None when it names none or several."""
        inside = {t.i for t in toks} if cities else set()
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC", "ORG") and any(t.i in inside for t in ent):
                after = self.doc[ent.end + 1:ent.end + 3] if ent.end + 1 < len(self.doc) and self.doc[ent.end].text == "," else None
                for form in ([f"{ent.text}, {after.text}"] if after is not None else []) + [ent.text]:
                    district = court_districts().get(fold(form))
                    if district:
                        return district
        for t in toks:  # "in the Northern District of Georgia" (a name the NER may cut)
            if t.lower_ == "district":
                district = self._district_named(t)
                if district:
                    return district
        if own:
            return None
        named = {d for t in self.doc if t.lower_ == "district" and (d := self._district_named(t))}
        return named.pop() if len(named) == 1 else None

    def _district_named(self, district) -> str | None:
        """The judicial district a "District" token heads ("the Eastern District of Virginia")."""
        start = district.i - 1 if district.i and self.doc[district.i - 1].text in (
            "Northern", "Southern", "Eastern", "Western", "Central", "Middle") else district.i
        for n in (3, 2):
            span = self.doc[start:min(district.i + n + 1, len(self.doc))]
            found = court_districts().get(fold(span.text))
            if found and found.startswith(span.text.split()[0]):
                return found
        return None

    def _span_text(self, toks) -> str:
        """The text of ``toks`` (in order, gaps closed)."""
        toks = sorted(toks, key=lambda t: t.i)
        return "".join(t.text + (t.whitespace_ if n + 1 < len(toks) and toks[n + 1].i == t.i + 1 else " ")
                       for n, t in enumerate(toks)).strip()

    def _longer_forms(self, toks) -> list[str]:
        """The fuller ways the text names a body, kept as aliases: with the state that owns it
        ("Ukraine's Ministry of Digital Transformation") and with where or what it is for
        ("the Russian embassy in Oslo", "Iran's mission to the United Nations")."""
        if not toks or toks[-1].i - toks[0].i > 8:
            return []
        inside = set(range(toks[0].i, toks[-1].i + 1))
        root = next((t for t in toks if (t.head.i not in inside or t.head.i == t.i) and t.pos_ in ("NOUN", "PROPN")), toks[-1])
        start, end = toks[0].i, toks[-1].i
        out = []
        owner = next((c for c in root.children if c.dep_ == "poss" and c.i < start and self._is_state(c)), None)
        if owner is not None:
            start = min(t.i for t in owner.subtree)
            out.append(self.doc[start:end + 1].text)
        for c in root.children:
            if c.dep_ == "prep" and c.i == end + 1 and c.lower_ in word_set("entity_words", "name_extending_preps"):
                sub = list(c.subtree)
                if len(sub) <= 6 and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in sub):
                    out.append(self.doc[start:sub[-1].i + 1].text)
        return out

    def _portfolio(self, span) -> bool:
        """Is a name the portfolio of a titled office ("the Minister for Communications and
        Cyber Resilience", "Secretary of Homeland Security"), which names no body of its own?"""
        titles = word_set("entity_words", "portfolio_titles")
        i = span.start - 1
        while i > 0 and (self.doc[i].text.istitle() or self.doc[i].lower_ in ("and", "&")) and span.start - i < 8:
            i -= 1  # back over the portfolio's other words ("Communications and")
        return i > 0 and self.doc[i].lower_ in ("for", "of") and self.doc[i - 1].text.istitle() \
            and self.doc[i - 1].lower_ in titles

    def _ner_spans(self) -> list:
        """NER's spans, with a name it cut before its place rejoined ("National University of"
        + "Singapore" is one organisation)."""
        out, skip = [], set()
        ents = list(self.doc.ents)
        for n, span in enumerate(ents):
            if n in skip or span.label_ == "ORG" and self._portfolio(span):
                continue
            if span[0].lower_ == "dear" or span.start > 0 and self.doc[span.start - 1].lower_ == "dear":
                continue  # a letter's salutation ("Dear Maple Grove Families,") names its readers
            if span[0].text == "General" and span.start > 0 and self.doc[span.start - 1].text in words()["general_titles"]:
                # "the Attorney General's Office", NER's span cut after "Attorney"
                span = Span(self.doc, span.start - 1, span.end, label=span.label_)
            bar = next((t.i for t in span if t.text in ("|", "¦") or t.text in ("-", "–", "—") and t.i > span.start
                        and self.doc[t.i - 1].whitespace_ and t.whitespace_ and span.text.isupper()), None)
            if bar is not None and bar > span.start:
                # "Contoso | Trust & Safety  Home  Reports": a site's name before its menu bar
                # ("FABRIKAM & ROWE - ORDER BOOK", in capitals: a shop's name before its page's title; not
                # "... Frankfurt am Main - Central Office ...", one name)
                span = Span(self.doc, span.start, bar, label=span.label_)
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if (span.label_ in ("ORG", "FAC", "GPE") and span[-1].lower_ in ("of", "for") and nxt is not None
                    and nxt.start == span.end and nxt.label_ in ("GPE", "LOC")):
                label = "GPE" if span.label_ == "GPE" else "ORG"  # ("the City of" + "London": one place)
                span = self.doc[span.start:nxt.end]
                span.label_ = label
                skip.add(n + 1)
            elif (span.label_ == "ORG" and nxt is not None and nxt.start == span.end and nxt.label_ == "GPE"
                    and span[-1].whitespace_ == " "
                    and len(nxt) == 1 and nxt.end < len(self.doc) and self.doc[nxt.end].tag_ != "POS"
                    and getattr(self.gaz.lookup(nxt.text), "type", None) == "Country"):
                # "Hutchison Ports" + "Australia": a company's national arm, named with its country
                span = self.doc[span.start:nxt.end]
                span.label_ = "ORG"
                skip.add(n + 1)
            elif (span.label_ in ("GPE", "NORP") and nxt is not None and nxt.start == span.end and nxt.label_ == "ORG"
                    and crew_name(self.doc[span.start:nxt.end])):
                # "Finland" + "Cyber Army", "Estonian" + "Electronic Army": a crew's name, no body of the state
                span = self.doc[span.start:nxt.end]
                span.label_ = "ORG"
                skip.add(n + 1)
            elif span.label_ in ("ORG", "GOV_BODY") and span.end < len(self.doc) and (
                    self.doc[span.end].text.istitle() and self.doc[span.end].lower_ in words()["body_heads"]
                    and span.root.dep_ == "compound" and span.root.head.i == span.end
                    and (nxt is None or nxt.start > span.end)):
                # "Metropolitan Police" + "Department" (in Tokyo): a longer name, not London's force
                span = self.doc[span.start:span.end + 1]
                span.label_ = "ORG"
            if (span.label_ == "GPE" and nxt is not None and nxt.label_ == "GPE" and nxt.start == span.end + 1
                    and self.doc[span.end].text == "," and subdivisions().get(nxt.text.lower())
                    and (nxt.end >= len(self.doc) or not self.doc[nxt.end].text[:1].isalpha()
                         or self.doc[nxt.end].pos_ in ("VERB", "AUX", "ADP", "CCONJ"))):
                # "Springfield, Illinois": a town named with its state or province is one place
                span = self.doc[span.start:nxt.end]
                span.label_ = "GPE"
                skip.add(n + 1)
            amp = self._ampersand_end(span)
            if amp is not None:  # "KESTRIX" + "& FINCH PRESS": one firm's name, cut at the ampersand
                label = span.label_
                span = self.doc[span.start:amp]
                span.label_ = label
                skip.update(m for m in range(n + 1, len(ents)) if ents[m].start < amp)
            facility = self._facility_end(span)
            if facility is not None:  # "Oslo" + "Airport", "Port of" + "Valletta": an institution, no state
                start, end = facility
                span = self.doc[start:end]
                span.label_ = "ORG"
                skip.update(m for m in range(n + 1, len(ents)) if ents[m].start < end)
            comma = next((t.i for t in span[1:-1] if t.text == "," and any(
                g.dep_ in ("nsubj", "nsubjpass") and not span.start <= g.head.i < span.end
                for g in self.doc[t.i + 1:span.end])), None)
            if comma is not None:  # "taken offline by the Ministry of Defence, Shapps said": the sayer is no part of it
                label = span.label_
                span = self.doc[span.start:comma]
                span.label_ = label
            pair = self._two_names(span)
            if pair:  # "Citizen Lab and Access Now", read as one organisation: two
                out += pair
                continue
            while len(span) > 1 and span[-1].pos_ in ("VERB", "AUX") and span[-1].dep_ in ("ROOT", "ccomp", "conj", "relcl"):
                label = span.label_  # "foreign ministry put": NER ran on into the verb
                span = self.doc[span.start:span.end - 1]
                span.label_ = label
            out.append(span)
        return out

    def _ampersand_end(self, span) -> int | None:
        """Where a firm's name cut before an ampersand ends ("Kestrix" + "& Finch Press"):
        after the capitalised words that follow it on the same line, if any."""
        if span.label_ != "ORG" or span.end + 1 >= len(self.doc) or self.doc[span.end].text != "&" \
                or "\n" in span[-1].whitespace_ + self.doc[span.end].whitespace_:
            return None
        end = span.end + 1
        while end < len(self.doc) and end - span.end <= 3 and self.doc[end].pos_ == "PROPN" and (
                self.doc[end].text.istitle() or self.doc[end].text.isupper()):
            end += 1
            if "\n" in self.doc[end - 1].whitespace_:
                break
        return end if end > span.end + 1 else None

    def _two_names(self, span) -> list:
        """The two organisations of an ORG span "A B and C D" whose sides are names of two words or
        more ("Citizen Lab and Access Now"); none for one name with an "and" in it ("Procter and
        Gamble", "Department of Health and Human Services", whose "of" phrase the "and" continues)."""
        ands = [t.i for t in span if t.lower_ == "and"]
        if span.label_ != "ORG" or len(ands) != 1:
            return []
        left, right = self.doc[span.start:ands[0]], self.doc[ands[0] + 1:span.end]
        if len(left) < 2 or len(right) < 2 or not all(t.text[:1].isupper() for t in [*left, *right]):
            return []  # (a lower-case "of", "for", "the" inside keeps it one name)
        return [Span(self.doc, left.start, left.end, label="ORG"), Span(self.doc, right.start, right.end, label="ORG")]

    def _facility_end(self, span) -> tuple[int, int] | None:
        """(start, end) of the institution (or newspaper) a place's name begins or ends: the place and the
        capitalised words up to a facility head after it ("Oslo Airport", "Milan Malpensa
        Airport", "City of Bristol Police"), or "Port of" before it ("the Port of Valletta");
        None when the name goes on no such way."""
        if span.label_ not in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
            return None
        heads = _institution_heads()
        if span[-1].text in heads:
            return None
        doc = self.doc
        for j in range(span.end, min(span.end + 3, len(doc))):
            if not doc[j].text[:1].isupper() or doc[j].pos_ not in ("PROPN", "NOUN"):
                break
            if doc[j].text in heads:
                return span.start, j + 1
        if span.label_ in ("GPE", "LOC") and span.start >= 2 and doc[span.start - 1].lower_ == "of" \
                and doc[span.start - 2].text in heads:
            return span.start - 2, span.end
        return None

    def _read_ner(self):
        # the last words of the names NER calls people, anywhere in the text
        surnames = {e[-1].lower_ for e in self.doc.ents if e.label_ == "PERSON"}
        full_surnames = {e[-1].lower_ for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1}
        org_tails: dict[str, str] = {}  # the last word of a company's longer name -> its key
        for span in self._ner_spans():
            label = span.label_
            tail = org_tails.get(span.text) if len(span) == 1 and label == "PERSON" and span[0].dep_ == "compound" else None
            if tail is not None and span[0].lower_ not in full_surnames:
                # "Contoso Telekom ... the Telekom outage": the company, though NER calls it a person
                # (as a noun's modifier only: "Bendelladj was arrested" stays a person)
                self._add(self.entities[tail], span.text, span)
                continue
            if label in ("GPE", "LOC") and len(span) > 1 and span[-1].lower_ in surnames and all(
                    t.pos_ == "PROPN" and t.text.istitle() for t in span) and self.gaz.lookup(span.text) is None:
                label = "PERSON"  # "Karim Zaratov stood ...", a name NER took for a place, that it calls a person elsewhere
            if label not in NER_TYPES and label != "NORP":
                continue
            text = surface(span.text)
            if not text or len(text) < 2 or text.lower() in words()["not_names"] or text in time_zones() or self._stance(span):
                continue
            if REFERENCE_NUMBER.search(text):
                continue  # "UA 103/14", "Case 2019/44": a document's reference, nobody
            if len(span) == 1 and text.isupper() and self.gaz.lookup(text) is None and (
                    text.lower() in word_set("entity_words", "letterhead_heads")
                    or text.lower() in word_set("entity_words", "named_back_references")):
                continue  # a heading's "GUILD NEWS", "SOCIETY": a common noun in capitals, no name
            if label != "PERSON" and text.lower() in self._persons:  # surnames are keys too
                label = "PERSON"  # "Rama" after "Edi Rama", though NER calls it an ORG
            elif label == "PERSON" and len(span) == 1 and span.root.dep_ != "nsubj" and fold(text) in big_cities():
                label = "GPE"  # "the Tampere raid": the city, no one named so in the text ("Lincoln said": a person)
            elif label == "PERSON" and len(span) > 1 and city_population(text) and self._place_before_region(span):
                label = "GPE"  # "his home in Silver Spring, Maryland": a town, whatever NER says
            if label == "PERSON" and self._org_apposition(span) and not PERSONAL_NAME.fullmatch(text):
                label = "ORG"  # "the state grid company Ukrenergo": a company, not a person
                # (but "Ivan T. Sokolov III, a contractor": an initial or a suffix makes a man)
            elif label == "PERSON" and span.root.dep_ == "pobj" and span.root.head.lower_ == "by" \
                    and span.root.head.head.lemma_ in words()["employing_participles"] and not PERSONAL_NAME.fullmatch(text):
                label = "ORG"  # "a contractor employed by Kestrix Fabrikam": an employer
            elif label == "ORG" and self._person_apposition(span):
                label = "PERSON"  # "a Russian national, Aleksandr Ermakov": a person, whatever NER says
            last = text.split()[-1]
            if len(text.split()) > 1 and (label in ("PERSON", "FAC", "PRODUCT") and (
                    last in word_set("entity_words", "organization_suffixes") or last in word_set("entity_words", "facility_heads"))
                                          or label == "GPE" and last in word_set("entity_words", "legal_form_suffixes")):
                # (a place keeps a suffix-like word: "the West Bank"; "Las Vegas Sands Corp" is a company)
                label = "ORG"  # "Las Vegas Sands Corp", "Acme Technologies": a company by its suffix
            ent = self.gaz.lookup(text) if label != "PERSON" else None
            if ent is not None and ent.type in ("Malware", "ThreatActor") and self._first_word_of_a_name(span):
                continue  # "Royal Mail" is no "Royal" ransomware
            other = self._other_states_body(span, ent)
            if other is not None:  # "the Australian Federal Police" is not Mexico's "Federal Police"
                self._add(other, f"{self.doc[span.start - 1].text} {span.text}", self.doc[span.start - 1:span.end])
                continue
            if ent is not None:
                key = self._add(ent, span.text, span)
                if ent.type == "Organization" and len(span) > 1 and span[-1].text[:1].isupper():
                    org_tails.setdefault(span[-1].text, key)
                continue
            if label == "NORP":
                continue  # an unknown group of people ("Republicans") is no actor
            if label == "PERSON":
                first = self.doc[span.start - 1] if span.start else None
                if first is not None and first.ent_type_ in ("MALWARE", "THREAT_ACTOR") and first.pos_ == "PROPN" \
                        and first.dep_ == "compound" and first.head.i in range(span.start, span.end):
                    span = self.doc[span.start - 1:span.end]  # "Kevin Sokolov": a given name the gazetteer also lists
                self._add_person(span)
                continue
            typ = NER_TYPES[label]
            country = None
            if label == "ORG" and crew_name(span):
                typ = "ThreatActor"
            elif label == "ORG" and span.root.lemma_.lower() in words()["body_heads"]:
                typ = "GovernmentBody"
                country = self._body_country(span)
                known = self._agency_named(span, country)
                if known is not None:
                    self._add(self.gaz.entity(known), span.text, span)
                    continue
                before = self.doc[span.start - 1] if span.start else None
                state = self.gaz.lookup(before.text) if before is not None and before.pos_ in ("ADJ", "PROPN") \
                    and before.head.i == span.root.i and country is None else None
                if state is not None and state.type == "Country":
                    # "Estonian Customs": the state's word the NER left out is part of the name
                    country, text, span = state.key, f"{before.text} {text}", self.doc[span.start - 1:span.end]
            if label == "GPE" and text.lower() in ("north", "south", "west", "east"):
                continue
            if label == "GPE" and ", " in text:  # "Trenton, New Jersey": the state's country is the town's
                country = subdivisions().get(text.rsplit(", ", 1)[1].lower())
            key = self._add(Entity(key=f"{typ.lower()}-{slug(text)}", name=text, type=typ, country=country), span.text, span)
            if label == "GPE" and ", " in text and key in self.entities:
                # "the City of Tulsa, Oklahoma" is also "Tulsa" and "Tulsa, Oklahoma", as other texts call it
                town, region = text.rsplit(", ", 1)
                bare = re.sub(r"^(?:City|Town|County|Village|Borough) of ", "", town)
                for form in dict.fromkeys([town, bare, f"{bare}, {region}"]):
                    if form != self.entities[key].name and form not in self.entities[key].aliases:
                        self.entities[key].aliases.append(form)
            if typ == "Organization" and len(span) > 1 and span[-1].text[:1].isupper():
                org_tails.setdefault(span[-1].text, key)

    def _other_states_body(self, span, ent) -> Entity | None:
        """A state's body whose generic name the gazetteer gives to another state's ("Federal
        Police" of Mexico), named with this state's demonym just before it: a body of its own."""
        if ent is None or ent.type != "GovernmentBody" or not ent.country or span.start == 0:
            return None
        before = self.doc[span.start - 1]
        state = self.gaz.lookup(before.text) if before.pos_ in ("ADJ", "PROPN") else None
        if state is None or state.type != "Country" or state.key == ent.country:
            return None
        name = f"{before.text} {surface(span.text)}"
        return Entity(key=f"governmentbody-{slug(name)}", name=name, type="GovernmentBody", country=state.key)

    def _first_word_of_a_name(self, span) -> bool:
        """Is a one-word name the first word of a longer proper name ("Royal" in "Royal Mail"),
        not a name with its kind after it ("Conti Ransomware", "WannaCry Attack")?"""
        if len(span) != 1 or span.end >= len(self.doc):
            return False
        nxt = self.doc[span.end]
        return nxt.pos_ == "PROPN" and span.root.dep_ == "compound" and span.root.head.i == nxt.i and not (
            nxt.lower_ in word_set("modality", "cyber_words") or nxt.lower_ in words()["back_references"])

    def _place_before_region(self, span) -> bool:
        """Is a name followed by a comma and a named state or region ("Silver Spring, Maryland")?"""
        doc = self.doc
        return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE" \
            and doc[span.end + 1].ent_iob_ == "B"

    def _org_apposition(self, span) -> bool:
        """Is a name set beside an organisation noun ("US firm Dragos", "the utility Ukrenergo")?"""
        heads = words()["organization_heads"]
        root = span.root
        near = [c for c in root.lefts if c.dep_ in ("compound", "nmod") and c.i < span.start]
        if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN":
            near.append(root.head)
        near += [c for c in root.children if c.dep_ == "appos" and c.i > root.i]  # "Contoso, the private security firm"
        # "Contoso, one of Ruritania's biggest insurers": the kind "one of" names
        near += [g for c in near if c.lower_ == "one" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        # "a hacking group known as Tick", "a crew calling itself X": the noun the participle names
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        if verb.lemma_ in words()["naming_participles"] and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            near.append(verb.head)
        return any(t.lemma_.lower() in heads and t.pos_ == "NOUN" for t in near)

    def _person_apposition(self, span) -> bool:
        """Is a two- to four-word name set beside a noun for a person ("a Russian national, X",
        "X, a 24-year-old hacker")?"""
        if not 2 <= len(span) <= 4 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in span):
            return False
        people = load("triggers")["LegalAction"]["defendant_nouns"]
        root = span.root
        near = [root.head] if root.dep_ == "appos" else []
        near += [c for c in root.children if c.dep_ == "appos"]
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in people for t in near)

    def _stance(self, span) -> bool:
        """"pro-Russian", "anti-American", "Russian-speaking": an attitude or a language, not the state."""
        doc, w = self.doc, words()
        before = doc[span.start - 2: span.start] if span.start >= 2 else None
        after = doc[span.end: span.end + 2] if span.end + 2 <= len(doc) else None
        return bool(before is not None and before[1].text == "-" and before[0].lower_ in w["stance_prefixes"]
                    or after is not None and after[0].text == "-" and after[1].lower_ in w["stance_suffixes"])

    def _body_country(self, span) -> str | None:
        """The state a body the NER found belongs to: a country's possessive ("Russia's
        Foreign Intelligence Service") or the place it sits in ("the Foreign Ministry in
        Prague"; not for a mission, which speaks for the state that sent it)."""
        root = span.root
        owner = [c for c in root.children if c.dep_ == "poss" and c.i < span.start]
        if not owner and not is_mission(root):
            owner = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i >= span.end
                     for g in c.children if g.dep_ == "pobj"]
        if not owner:  # "the U.S. District Court": a state's name inside the body's own
            owner = [t for t in span if t.i != root.i and t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "PROPN"][:1]
        ent = self.gaz.lookup(owner[0].text) if owner else None
        return ent.key if ent is not None and ent.type == "Country" else None

    def _agency_named(self, span, country: str | None) -> str | None:
        """The one known agency of ``country`` a body name the NER found describes."""
        if country is None:
            return None
        head = span.root
        mods = [t.text for t in span if t.i != head.i and not t.is_punct and t.lower_ not in words()["generic_modifiers"]]
        return self.gaz.agency_for(country, mods, head.lemma_.lower())

    @staticmethod
    def _keep_fullest(ent: Entity, name: str) -> None:
        """Keep the fullest form of a person's name as the name, the shorter as an alias."""
        if len(name) > len(ent.name):
            ent.aliases = [a for a in ent.aliases + [ent.name] if a != name]
            ent.name = name

    def _add_person(self, span, name: str | None = None) -> str | None:
        """The person ``span`` names (``name``, when the text writes it otherwise, "IVAN
        SOKOLOV"): one named before, by full name or surname, or a new one. Returns the key."""
        name = name or strip_title(surface(span.text))
        if not name:
            return
        parts = name.split()
        low = name.lower()
        key = self._persons.get(low) or self._persons.get(parts[-1].lower())
        # ("Rama" after "Edi Rama" is found above: a full name files its surname as a key)
        if key is None and len(parts) == 1:  # "Qin" after "Qin Gang": family name first
            firsts = {k for n, k in self._persons.items() if len(n.split()) > 1 and n.split()[0] == low}
            key = firsts.pop() if len(firsts) == 1 else None
        if key is None:
            key = f"person-{slug(name)}"
            ent = Entity(key=key, name=name, type="Person", country=self._country_near(span))
        else:
            ent = self.entities[key]
            self._keep_fullest(ent, name)
            if not ent.country:
                ent.country = self._country_near(span)
        self._persons[low] = key
        if len(parts) > 1:
            self._persons.setdefault(parts[-1].lower(), key)
        self._add(ent, span.text, span)
        ent = self.entities[key]
        if surface(span.text) != name and surface(span.text) not in ent.aliases:
            ent.aliases.append(surface(span.text))
        return key

    def _country_near(self, span) -> str | None:
        """The state a person speaks for, from the title in front of the name
        ("British security minister Ben Wallace", "Russia's Foreign Minister Sergei Lavrov")."""
        head = span.root
        np = [t for t in head.subtree if t.i < span.start]
        # The name may be the head's compound: look at the governing noun phrase too.
        if head.dep_ in ("compound", "appos") and head.head.pos_ in ("NOUN", "PROPN"):
            np += [t for t in head.head.subtree if t.i < span.start]
        for tok in sorted(np, key=lambda t: -t.i):  # (not where they sit: "the UAE's ambassador in Washington")
            if tok.ent_type_ in ("GPE", "NORP") and not self._locative(tok):
                ent = self.gaz.lookup(tok.text)
                if ent is not None and ent.type == "Country":
                    return ent.key
        before = " ".join(t.lower_ for t in self.doc[max(0, span.start - 3):span.start])
        if any(before == o or before.endswith(" " + o) for o in words()["office_titles"]):
            # "TALLINN - ... Prime Minister Kaja Lind told reporters": a head of government of no
            # state named speaks for the dateline's
            return self.dateline_state()
        return None

    def _read_surnames(self):
        """A known person's surname that NER left untagged ("Merkel told lawmakers"); "Mr
        Orlov" after a full name NER took for an organisation: that name is a person's."""
        courtesy = word_set("entity_words", "courtesy_titles")
        for tok in self.doc:
            if tok.lower_ not in courtesy or tok.i + 1 >= len(self.doc):
                continue
            sur = self.doc[tok.i + 1]
            if sur.pos_ != "PROPN" or not sur.text[:1].isupper() or sur.lower_ in self._persons:
                continue
            named = [k for i, k in self.mentions if i < tok.i and self.entities[k].type == "Organization"
                     and k not in self.gaz and 2 <= len(self.entities[k].name.split()) <= 4
                     and self.entities[k].name.split()[-1].lower() == sur.lower_]
            if named:
                new = self._retype(named[-1], "Person")
                self._persons[sur.lower_] = new
                self._persons.setdefault(self.entities[new].name.lower(), new)
        for tok in self.doc:  # surnames are keys of _persons (first person named wins)
            if tok.pos_ == "PROPN" and tok.i not in self.token_key and tok.lower_ in self._persons:
                self._add(self.entities[self._persons[tok.lower_]], tok.text, [tok])

    def _read_turns(self) -> list[tuple[int, list[str]]]:
        """Where each speaker's turn of a transcript or verbatim record starts, with who speaks
        ("Ms. Lindqvist (Finland): ...": the person and the state in brackets; "THE COURT:"
        names no one known): (first token, keys), in text order."""
        from ..nlp.pipeline import SPEAKER_LABELS  # (found by the pipeline as it breaks sentences)

        turns = []
        for first, colon in self.doc.user_data.get(SPEAKER_LABELS, ()):
            # a bracketed stage note ("(spoke in Spanish)", "(interpreted from French)") names no one
            notes, opened = set(), None
            for i in range(first, colon + 1):
                if self.doc[i].text.startswith("("):
                    opened = i
                elif opened is not None and self.doc[i].text.startswith(")"):
                    if self.doc[opened + 1].pos_ in ("VERB", "AUX"):
                        notes.update(range(opened, i))
                    opened = None
            keys = [k for i in range(first, colon) if i not in notes and (k := self.token_key.get(i))
                    and self.entities[k].type in ("Person", "Country")]
            turns.append((colon + 1, list(dict.fromkeys(keys))))
        return turns

    def turn_speaker(self, tok) -> list[str]:
        """Who speaks the transcript turn ``tok`` stands in ("we", "my delegation"), if known."""
        keys = [k for start, k in self._turns if start <= tok.i]
        return keys[-1] if keys else []

    def own_state(self, tok) -> list[str]:
        """The state a "my" or "our" stands for in a speaker's turn ("accused my country", "23 of
        our diplomats"): the speaker's."""
        if tok.lower_ not in ("my", "our"):
            return []
        return [k for k in self.turn_speaker(tok) if self.entities[k].type == "Country"]

    def _read_defined_terms(self):
        """A filing's or contract's defined terms: 'Contoso Ltd ("the Insured")', 'Fabrikam
        Corp. ("Fabrikam" or "Defendant")': each term, wherever the text uses it, is the body
        or person named just before the brackets."""
        text = self.doc.text
        for m in DEFINED_TERM.finditer(text):
            before = self.doc.char_span(0, m.start(), alignment_mode="contract")
            last = next((t for t in reversed(before) if not t.is_space), None) if before is not None else None
            key = self.token_key.get(last.i) if last is not None else None
            if key is None or self.entities[key].type not in ("Person", "Organization", "GovernmentBody"):
                continue
            for term in QUOTED.findall(m.group(0)):
                if term.lower() == self.entities[key].name.lower():
                    continue
                uses = [self.doc.char_span(m.end() + u.start(), m.end() + u.end(), alignment_mode="expand")
                        for u in re.finditer(rf"\b{re.escape(term)}\b", text[m.end():])]
                self._recall_by_term(key, {term.lower()}, [s for s in uses if s is not None])

    def _read_inverted_names(self):
        """A record's name field ("Surname / forename: SOKOLOV, Ivan", "Defendant: VIRTANEN, Aino"):
        the person Ivan Sokolov, whom "Mr Sokolov" then recalls (a field of 'person_fields' only:
        "Place of birth: TAMPERE, Finland" names no one)."""
        for m in INVERTED_NAME.finditer(self.doc.text):
            if not set(re.findall(r"[a-z]+", m.group(1).lower())) & set(words()["person_fields"]):
                continue
            toks = self.doc.char_span(m.start(2), m.end(3), alignment_mode="expand")
            if toks is None:
                continue
            name = f"{m.group(3)} {m.group(2).title()}"
            known = next((k for t in toks if (k := self.token_key.get(t.i))), None)
            key = self._add_person(toks, name=name)
            if known is not None and known != key and self.entities[known].type != "Person":
                self._remap(known, key, names=[surface(toks.text)])  # ("SOKOLOV" tagged an organisation)

    def _read_caption(self) -> dict[str, str]:
        """A court filing's caption names its parties ("v. IVAN SOKOLOV, Defendant.", "IVAN
        SOKOLOV    Appellant"): a person of the article (a new one when the filing names him only
        there), whom "the defendant", "the Appellant" then recall. Returns {role: key}."""
        parties = {}
        for role, span in caption_parties(self.doc.text):
            key = self._caption_person(span)
            if key is not None:
                parties.setdefault(role, key)
        text = self.doc.text
        for role, key in parties.items():
            # "the defendant", or the capitalised "Respondent" of a filing's own usage (not its label)
            uses = [tok for tok in self.doc if tok.lower_ == role and tok.tag_ in ("NN", "NNP") and (
                any(c.lower_ in ("the", "this") for c in tok.children)
                or tok.text.istitle() and not any(c.dep_ == "det" for c in tok.children)
                and not party_label().fullmatch(text[tok.idx:tok.idx + 30].split()[0])
                and not PARTY_LINE.match(text[text.rfind("\n", 0, tok.idx) + 1:]))]
            self._recall_by_term(key, {role, "the " + role}, [self.doc[t.i:t.i + 1] for t in uses])
        return parties

    def _recall_by_term(self, key: str, names: set[str], uses: list) -> None:
        """A term the text defines for ``key`` ("the Insured", "the Respondent"): an entity NER
        made of the term (named by one of ``names``, lower case) is ``key``, and so is each of
        ``uses`` (spans) no other entity holds."""
        for k in [k for k, e in self.entities.items() if e.name.lower() in names and k != key and k not in self.gaz]:
            self._remap(k, key, names=[])
        for span in uses:
            if any(self.token_key.get(t.i, key) != key for t in span):
                continue
            for t in span:
                self.token_key[t.i] = key
            self.mentions.append((span[0].i, key))

    def _caption_person(self, span) -> str | None:
        """The person a caption's party name (``span``, characters) is: one already named, a
        surname's bearer, or a new person. None for a company or a state."""
        toks = self.doc.char_span(*span, alignment_mode="expand")
        if toks is None:
            return None
        name = " ".join(w if not w.isupper() else w.title() for w in surface(toks.text).split())
        if not all(w.isalpha() for w in name.replace("-", "").replace("'", "").replace(".", "").split()):
            return None
        known = next((k for t in toks if (k := self.token_key.get(t.i))), None)
        if known is not None and self.entities[known].type == "Person":
            self._keep_fullest(self.entities[known], name)
            return known
        person = self._persons.get(name.lower()) or self._persons.get(name.split()[-1].lower())
        if known is not None and (person is None or known in self.gaz or not set(
                self.entities[known].name.lower().split()) <= set(name.lower().split())):
            return person  # (a company's or a state's name; or a longer name NER made, "Sokolov U.S. District Court")
        if known is None and person is None and (
                len(name.split()) < 2 or name.split()[-1] in words()["organization_suffixes"]):
            return None  # (one word the text never gives as a person's, or a company's name)
        key = self._add_person(toks, name=name)
        if known is not None:
            self._remap(known, key, names=[surface(toks.text)])  # ("BURKOV" in capitals, tagged an organisation)
        return key

    def _read_named_by_head(self):
        """A name NER missed right after an organisation noun ("industrial-security firm
        Dragos", "the vendor Kaseya"): an organisation."""
        heads = words()["organization_heads"]
        for tok in self.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in heads or tok.i + 1 >= len(self.doc):
                continue
            run = []
            for t in self.doc[tok.i + 1:tok.i + 5]:
                # ("the analytics company 3DataCo": a name may open with a digit)
                if not (t.pos_ == "PROPN" and t.text[:1].isupper() or re.fullmatch(r"\d+[a-z]*[A-Z][\w-]*", t.text)):
                    break
                if t.ent_type_ in ("DATE", "TIME") or len(t.text) == 1:
                    break  # ("pay group E 11": a grade, not a name)
                if t.i in self.token_key:
                    if not run and t.i == tok.i + 1 and self.entities[self.token_key[t.i]].type == "Person":
                        self._retype(self.token_key[t.i], "Organization")  # "the studio Sky Mavis": no person
                    # "the airline Air Moldova": a place inside the name is part of it; a name
                    # NER already found ("firm Trend Micro") is left as it is
                    if not run or self.entities[self.token_key[t.i]].type != "Country":
                        run = []
                        break
                    for x in run + [t]:
                        self.token_key.pop(x.i, None)
                    self.mentions = [(i, k) for i, k in self.mentions if i != t.i]
                run.append(t)
            if run and run[-1].dep_ in ("appos", "compound", "nsubj", "dobj", "pobj", "conj", "npadvmod") or run and run[-1].head.i == tok.i:
                self._add_missed_organization(" ".join(t.text for t in run), run)

    def _read_self_naming(self):
        """"The group behind the claim calls itself Predatory Sparrow": the subject is the group
        it names, so a later "it" can find it as the subject it is."""
        reflexive, naming = word_set("entity_words", "reflexive_pronouns"), word_set("entity_words", "naming_participles")
        name_nouns, name_using = word_set("entity_words", "name_nouns"), word_set("entity_words", "name_using_verbs")
        for v in self.doc:
            if v.lemma_ in naming:
                self_ = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in reflexive), None)
            elif v.lemma_ in name_using and v.dep_ == "acl":  # "a group using the name X": the name stands for the group
                # (also "using the handle Kestrix Team", parsed with the handle a compound of the name)
                self_ = next((x for c in v.children if c.dep_ == "dobj" for x in [c, *c.children]
                              if x.lemma_.lower() in name_nouns and (x is c or x.dep_ == "compound")), None)
            else:
                continue
            if self_ is None:
                continue
            # the kind is the noun it names: "a hacker calling himself", "a startup calling
            # itself" (a company), else a group that names itself is a threat actor's way
            noun = v.head if v.dep_ == "acl" else next((c for c in v.children if c.dep_ == "nsubj"), v)
            typ = ("Person" if self_.lower_ in words()["personal_reflexives"] else
                   "Organization" if noun.lemma_.lower() in words()["organization_heads"]
                   and noun.lemma_.lower() not in doer_nouns() else "ThreatActor")
            # ("hackers identifying themselves as Crimson Fox": the name after "as")
            # (not a common noun the parser made the name: 'calling itself the "X" claimed responsibility')
            names = [c for c in v.children if c.dep_ == "oprd" and (c.pos_ == "PROPN" or c.i in self.token_key)] + [
                g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            for c in names:  # "a group calling itself the Izz ad-Din al-Qassam Cyber Fighters": a name NER missed
                if c.i not in self.token_key and c.pos_ == "PROPN":
                    clause = {x.i for g in c.children if g.dep_ in ("relcl", "acl", "appos", "advcl") for x in g.subtree}
                    kept = [t for t in c.subtree if t.i not in clause and not (t.is_punct or t.dep_ == "det")]
                    if not kept:
                        continue
                    end = kept[-1].i + 1
                    while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].ent_type_ == "PERSON" \
                            and self.doc[end].ent_iob_ == "B" and (end + 1 == len(self.doc) or self.doc[end + 1].ent_iob_ != "I"):
                        # ("calling itself Anka Neferler Tim": a last word NER took for a person of its own)
                        self._unname([end])
                        end += 1
                    span = self.doc[kept[0].i:end]
                    name = span.text
                    if name.lower() not in words()["not_names"]:
                        self._add(Entity(key=f"{typ.lower()}-{slug(name)}", name=name, type=typ), name, span)
            run = self._name_after(self_)
            known = {self.token_key.get(x.i) for x in run}
            if run and not names and len(known) == 1 and None not in known \
                    and self.entities[next(iter(known))].type != "Country":
                names = [run[-1]]  # (a name NER found whole: the parser hung it elsewhere)
            elif run and not names and not any(  # (nor a name NER cut short: "the Grey Kestrix Hackers" read as "Kestrix Hackers")
                    k is not None and self.entities[k].type != "Country" and (k in self.gaz or None not in known) for k in known):
                # (the parser lost "as" and its name: "identifying themselves as Anonymous Maldives";
                # "Maldives" was only a word of the name)
                self._unname(range(run[0].i, run[-1].i + 1))
                span = self.doc[run[0].i:run[-1].i + 1]
                name = " ".join(span.text.split())  # (a quoted name may run over a line break)
                self._add(Entity(key=f"{typ.lower()}-{slug(name)}", name=name, type=typ), name, span)
                names = [run[-1]]
            if not names and v.lemma_ in name_using:
                # "hackers using the Anonymous name": the name written before the name noun
                names = [c for c in self_.children if c.dep_ in ("compound", "amod") and c.i < self_.i and c.i in self.token_key
                         and self.entities[self.token_key[c.i]].type in ("ThreatActor", "Organization", "Person")]
            named = [self.token_key[c.i] for c in names if c.i in self.token_key]
            if named and typ == "ThreatActor" and self.entities[named[0]].type in ("Organization", "Person") and named[0] not in self.gaz:
                named[0] = self._retype(named[0], "ThreatActor")  # ('a group calling itself the "Sable Wolves"')
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in self.token_key), None)
            if subj is None and v.dep_ == "acl" and noun.pos_ == "NOUN" and noun.i not in self.token_key:
                subj = noun  # "a group calling itself Night Owls took credit": the group is the name
            if named and subj is not None:
                self._add(self.entities[named[0]], "", [subj])

    def _name_after(self, reflexive) -> list:
        """The capitalised words after "themselves (as)" (up to five, quoted or not): a name the
        parser did not hang on the naming verb ("identifying themselves as Anonymous Maldives",
        'a group calling itself the "Sable Wolves" took credit', parsed with the name as the
        subject of "took")."""
        doc, i = self.doc, reflexive.i + 1
        i += i < len(doc) and doc[i].lower_ == "as"
        i += i < len(doc) and doc[i].lower_ == "the"
        quoted = i < len(doc) and doc[i].text in ('"', "\u201c")
        i += quoted
        run, links = [], word_set("entity_words", "name_links")
        if quoted:  # ('"Kestrix ad-Din al-Fabrikam Brigade"': a quoted name runs to its closing quote)
            close = next((j for j in range(i, min(i + 12, len(doc))) if doc[j].text in ('"', "\u201d")), None)
            if close is not None and close > i and doc[i].text[:1].isupper():
                return list(doc[i:close])
        while i < len(doc) and len(run) < 6:
            if run and doc[i].lower_ in links and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                run.append(doc[i])  # ('the "Burning Sword of Kestrix"': a word that links two of the name's)
            elif doc[i].text[:1].isupper() and (quoted or doc[i].pos_ == "PROPN"):
                run.append(doc[i])
            else:
                break
            i += 1
        return run

    def _read_suffixed_names(self):
        """A company name NER missed that ends in a company word ("researchers at Huntress
        Labs", "Acme Technologies said"): its capitalised words and the suffix."""
        suffixes = set(words()["organization_suffixes"])
        for tok in self.doc:
            if tok.text not in suffixes or tok.i in self.token_key or tok.pos_ != "PROPN":
                continue
            run = []
            for t in reversed(self.doc[max(tok.sent.start, tok.i - 3):tok.i]):
                if t.i in self.token_key and self.entities[self.token_key[t.i]].type == "Country" and t.text[:1].isupper():
                    run.insert(0, t)  # "Singapore Airlines", "Japan Airlines": a country's word begins the name
                    break
                if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in self.token_key or t.ent_type_ in ("DATE", "TIME"):
                    break  # (not "February" of "In February Contoso Bank said")
                if date_led(t):
                    break  # ("That August Contoso Labs said ...", untagged: the month is a date)
                run.insert(0, t)
            if run and not (run[0].i == run[0].sent.start and len(run) == 1 and run[0].tag_ != "NNP"):
                country = self.token_key.pop(run[0].i, None)  # (the company is that country's)
                self.mentions = [(i, k) for i, k in self.mentions if i != run[0].i]
                span = self.doc[run[0].i:tok.i + 1]
                self._add_missed_organization(span.text, span, country)

    LETTERHEAD = re.compile(r"\A\s*(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ&'.\-]*(?:[ \t]+[A-ZÀ-Þ&][A-ZÀ-Þ&'.\-]*){1,5})"
                            r"(?:[ \t]*\n|[ \t]+[-|–(,]|[ \t]{2,})")  # (to the line's end or a separator: "CONTOSO LTD | Notice")

    def _read_letterhead(self):
        """A company's or an institute's name in capitals on a document's first line ("OSPREY
        EXCHANGE", "CONTOSO SYSTEMS LTD"), which NER leaves untagged: the organisation that
        writes the text, named in title case. Its first token is kept in ``letterhead_at``."""
        self.letterhead_at: int | None = None
        self.letterhead_read = self._read_header_org()  # (found by its institution's word, not only by its place)
        if self.letterhead_read:
            return
        m = self.LETTERHEAD.match(self.doc.text)
        if m is None:
            return
        parts = m["name"].split()
        last = parts[-1].rstrip(".")
        caps = set(words()["capitalised_suffixes"])
        if not (last.title() in words()["organization_suffixes"] or last.upper() in caps
                or last.lower() in words()["organization_heads"] or self._named_again(parts)):
            return
        span = self.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None:
            return
        taken = {self.token_key[t.i] for t in span if t.i in self.token_key}
        if any(self.entities[k].type not in ("Person", "Organization") or k in self.gaz for k in taken) \
                or all(t.i in self.token_key for t in span):
            return  # (a known name, or the whole line read as one already)
        # (a capitalised word read as a surname, or a part of the name read as a shorter one, "ALDER
        # VALE UNIFIED SCHOOL" of "... SCHOOL DISTRICT", is the company's name)
        self._unname(range(span.start, span.end))
        if self._add_missed_organization(title_cased(parts), span):
            self.letterhead_at = span.start

    HEADER_LINES = 6  # (a letterhead is among a document's first lines, before its prose)
    HEADER_SEPARATOR = re.compile(r"\s+[-|·•–—]\s+|[|·•–—,()\[\]:;]")  # ("KESTRIX BANK | Reno", "by X, Librarian, Y")

    def _read_header_org(self) -> bool:
        """An organisation's name standing alone, or as one part of a line, among a document's
        first lines, in capitals or in title case, ending with a word that names an institution or
        a company's legal form, or a body's head followed by "of" ("CONTOSO COMMUNITY BANK",
        "KESTRIX VALLEY HYDROMETRIC OFFICE | Flood Section", "CHAPEL OF ST. KESTRIX", "by Ann
        Lee, Librarian, Fabrikam Public Library"): the organisation that writes the text. NER
        reads a name in capitals in pieces ("ST", "KESTRIX"); those pieces give way to it. A name
        NER or the gazetteer read whole in title case is kept as it was read."""
        text, pos, seen = self.doc.text, 0, 0
        heads, links = word_set("entity_words", "letterhead_heads"), name_link_words()
        for line in text.splitlines(keepends=True):
            start, pos = pos, pos + len(line)
            if not line.strip():
                continue
            seen += 1
            if seen > self.HEADER_LINES or len(line.split()) > 20:
                return False  # (the prose has begun)
            said = self.doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
            if said is not None and not line.isupper() and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not t.text.isupper()
                                                               for t in said):
                continue  # (a sentence: "Kestrix's Police Security Service (KPS) opened an inquiry."; not a
                # name in capitals the tagger read as a verb, "KALYNA LYCEUM · Boiarka")
            cuts = [0] + [x for m in self.HEADER_SEPARATOR.finditer(line) for x in (m.start(), m.end())] + [len(line)]
            segments = [(a, line[a:b]) for a, b in zip(cuts[::2], cuts[1::2])]
            for n, (at, seg) in enumerate(segments):
                parts = seg.split()
                if parts[:1] in (["by"], ["By"], ["BY"]):
                    parts = parts[1:]  # (a byline's employer: "by Ann Lee, Librarian, Fabrikam Public Library")
                while len(parts) > 2 and parts[-1][:1] in "\"“'‘" and parts[-1][-1:] in "\"”'’":
                    parts = parts[:-1]  # (a nickname in quotes after the name: '41st KESTRIX SCOUT TROOP "WEGA"')
                low = [w.lower().replace(".", "") for w in parts]  # ("e.V.", "LTDA.", "S.A.")
                if not low or not (low[-1] in heads or any(w in heads and low[i + 1] == "of" for i, w in enumerate(low[:-2]))):
                    continue
                first = n
                while first and len(parts) <= 2 and line[cuts[2 * first - 1]:cuts[2 * first]].strip() == ",":
                    # ("KESTRIX & VALE FREIGHT, INC.", "QUILL, MARK & ROWE, CPAs LLP": a firm's
                    # name with commas in it)
                    first -= 1
                    parts = segments[first][1].split() + parts
                ordinal = re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", parts[0], re.IGNORECASE) is not None  # ("41st ...")
                if not 2 <= len(parts) <= 10 or not ordinal and not (parts[0][:1].isalpha() and parts[0][:1].isupper()) \
                        or parts[0].lower() in word_set("entity_words", "letterhead_openers"):
                    continue  # (not a caption's "In the Matter of Contoso Ltd.")
                letters = [c for c in "".join(parts) if c.isalpha()]
                capitals = sum(c.isupper() for c in letters) >= 0.8 * len(letters)
                if not capitals and not all(w[:1].isupper() or w.lower() in links or w[:1].isdigit() for w in parts[:-1]):
                    continue  # (a sentence, "A bedtime story for children aged 4 to 8")
                seg_start = start + line.index(parts[0], segments[first][0])
                seg_end = start + at + seg.rindex(parts[-1]) + len(parts[-1])  # (before a nickname left off)
                span = self.doc.char_span(seg_start, seg_end, alignment_mode="expand")
                if span is None:
                    continue
                if not capitals:
                    # (NER reads a name in title case well: "Contoso Bank" of "Hackers Hit Contoso
                    # Bank" is the name, not the headline)
                    if any(t.pos_ in ("VERB", "AUX") for t in span):
                        continue
                    last = self.token_key.get(span[-1].i)
                    if last is not None and self.entities[last].type in ("Organization", "GovernmentBody") \
                            and self.token_key.get(span[0].i) == last:
                        self.letterhead_at = span.start
                        return True
                # (a threat actor's name inside it, "KALYNA LYCEUM", is no body the gazetteer knows)
                known = [t for t in span if self.token_key.get(t.i) in self.gaz and self.entities[
                    self.token_key[t.i]].type not in ("ThreatActor", "Malware")]
                if known and 2 * len(known) >= len(span):
                    # ("U.S. DEPARTMENT OF THE TREASURY": the body the gazetteer knows; not the "INC"
                    # of "KESTRIX LOGISTICS, INC.", a ransomware gang's name)
                    self.letterhead_at = known[0].i
                    return True
                self._unname(range(span.start, span.end))
                parts = text[seg_start:seg_end].split()  # (with its commas: "Kestrix Logistics, Inc.")
                key = self._add_missed_organization(title_cased(parts) if capitals else " ".join(parts), span)
                if key:
                    if low[-1] in word_set("entity_words", "letterhead_public_heads") and self.entities[key].type == "Organization":
                        self.entities[key].type = "GovernmentBody"  # ("KESTRIX HARBOUR OFFICE ... this office")
                    self.letterhead_at = span.start
                    return True
        return False

    NAME_LINKS = frozenset({"of", "and", "&", "for", "the"})  # (small words inside a name: no initial, no capital)

    def _named_again(self, parts) -> bool:
        """Is a capitalised first line's name ("KESTRIX NETWORKS", "KESTREL HARBOUR ADVOCATES") written
        again below it in ordinary case, whole or by its first word ("Kestrix products")? Then it is
        a name, not a heading ("TOOLBOX TALK", "PRESS RELEASE")."""
        body = self.doc.text.split("\n", 1)[-1]
        words_ = [w for w in parts if w.lower() != "the"]
        if not words_ or len(words_[0]) < 4:
            return False
        forms = [" ".join(w.lower() if w.lower() in self.NAME_LINKS else w.title() for w in words_)]
        if words_[0].lower() not in body:  # (its first word alone, if no common word: "Kestrix", not "City")
            forms.append(words_[0].title())
        if any(re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", body) for f in forms):
            return True
        # (or its own web or mail domain: "kestrelharbour.example" for KESTREL HARBOUR ADVOCATES,
        # "fcm.org" for FABRIKAM CIVIC MONITOR)
        labels = {label for d in re.findall(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", body.lower())
                  for label in d.split(".")[:-1]}
        initials = "".join(w[0] for w in words_ if w.lower() not in self.NAME_LINKS).lower()
        return any(label.startswith(words_[0].lower()) or len(initials) >= 3 and label == initials for label in labels)

    BARE_NAME_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")

    def _read_bare_names(self):
        """A proper name NER left untagged, standing as a clause's subject or object ("Ransomware
        hit Uber", "Garmin said"): an organisation (a person's name is NER's strong suit; a
        company's, less so)."""
        skip = word_set("entity_words", "not_names") | {t.lower() for t in words()["titles"]}
        heads = set(words()["body_heads"]) | set(words()["organization_heads"]) | set(words()["back_references"])
        lower = {t.text for t in self.doc if t.text.islower()}  # ("Government" at a line's start is the word)
        inside = {t.text for t in self.doc if t.i != t.sent.start and not (t.i and self.doc[t.i - 1].text.endswith("\n"))}
        # (a name also written inside a sentence is one)
        for tok in self.doc:
            if tok.pos_ != "PROPN" or tok.i in self.token_key or tok.dep_ not in self.BARE_NAME_DEPS \
                    or tok.ent_type_ not in ("", "ORG", "PRODUCT") or not tok.text[:1].isupper():
                continue
            run = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                   and c.ent_type_ not in ("DATE", "TIME")] + [tok]  # (not "September" of "In early September Kestrix")
            while len(run) > 1 and date_led(run[0]):
                run = run[1:]  # ("That August Contoso Squad", untagged)
            # "a cyberattack on Norwegian Contoso": a state's word before a company's name is its owner
            owner = run[0] if len(run) > 1 and run[0].ent_type_ == "NORP" and self._is_state(run[0]) else None
            if owner is not None:
                run = run[1:]
            if any(x.i in self.token_key or not x.text[:1].isupper() or not x.is_alpha and "-" not in x.text for x in run) \
                    or run[-1].i - run[0].i + 1 != len(run):
                continue
            name = " ".join(x.text for x in run)
            if name.lower() in skip or tok.lower_ in MONTH_AND_DAY_WORDS or len(name) < 3 or tok.lower_ in heads \
                    or all(x.lower_ in lower for x in run) or name.isupper() and (len(run) > 1 or len(name) > 5) \
                    or len(run) == 1 and (tok.i == tok.sent.start or self.doc[tok.i - 1].text.endswith("\n")) \
                    and tok.text not in inside and not self._opening_sayer(tok):
                continue  # (a heading's "UPDATE", a sentence's first word; not "Kestrix said ...")
            if run[0].i >= 2 and self.doc[run[0].i - 1].lower_ in ("of", "for", "and", "&") \
                    and self.doc[run[0].i - 2].text[:1].isupper():
                continue  # the tail of a longer name ("Ministry of Intelligence and Security")
            if run[0].i and self.doc[run[0].i - 1].text == "-" or run[-1].i + 1 < len(self.doc) \
                    and self.doc[run[-1].i + 1].text == "-":
                continue  # a piece of a hyphenated name the tokenizer split ("Mujahideen-e-Khalq")
            key = self._add_missed_organization(name, run, None if owner is None else self.token_key[owner.i])
            if key and owner is not None and owner.i + 1 == run[0].i:  # (also known with its state's word)
                full = surface(self.doc[owner.i:run[-1].i + 1].text)
                if full not in self.entities[key].aliases:
                    self.entities[key].aliases.append(full)

    @staticmethod
    def _opening_sayer(tok) -> bool:
        """Does a sentence's first word, a proper name, say something ("Kestrix said on Friday
        that ...", "Fabrikam told reporters ...")? Then it is a name, not a heading's word."""
        return tok.dep_ == "nsubj" and tok.tag_ == "NNP" and not tok.text.isupper() \
            and tok.head.lemma_ in word_set("modality", "reporting_verbs") and tok.head.i == tok.i + 1

    def _add_missed_organization(self, name: str, toks, country: str | None = None) -> str | None:
        """A company name NER missed (found by its head noun or its suffix), unless it is a
        word that names nothing ("not_names"); its key."""
        if name.lower() in words()["not_names"]:
            return None
        return self._add(Entity(key=f"organization-{slug(name)}", name=name, type="Organization", country=country),
                         name, toks)

    # A sanctions list's entry line: "PETROV, Ivan Sergeyevich (a.k.a. ZEROCOOL); DOB ...".
    DESIGNATION_ENTRY = re.compile(
        r"(?m)^[ \t]*(?:[-*•]|\d{1,3}[.)])?[ \t]*(?P<sur>[A-Z][A-Z'’\-]+(?:[ \t][A-Z][A-Z'’\-]+){0,2}),[ \t]*"
        r"(?P<given>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){0,3})(?=[ \t]*[(;,])")

    def _read_designation_entries(self):
        """People listed the way sanctions lists write them ("PETROV, Ivan Sergeyevich (a.k.a.
        ...); DOB ...; nationality ..."): the surname first in capitals, then the given names. Each
        entry is a person (named "Ivan Sergeyevich Petrov"), kept in ``designation_entries``
        (first token, key) for a designation that lists "the following individuals:"."""
        self.designation_entries: list[tuple[int, str]] = []
        self.designation_lines: list[tuple[int, int]] = []  # their characters, particulars included
        text = self.doc.text
        for m in self.DESIGNATION_ENTRY.finditer(text):
            line_end = text.find("\n", m.end())
            line = text[m.start():line_end if line_end >= 0 else len(text)]
            if ";" not in line:
                continue  # a list entry has its particulars after semicolons
            self.designation_lines.append((m.start(), m.start() + len(line)))
            span = self.doc.char_span(m.start("sur"), m.end("given"), alignment_mode="expand")
            if span is None:
                continue
            name = f"{m.group('given')} {m.group('sur').title()}"
            old = {self.token_key[t.i] for t in span if t.i in self.token_key}
            self.mentions = [(i, k) for i, k in self.mentions if not span.start <= i < span.end]
            key = self._add(Entity(key=f"person-{slug(name)}", name=name, type="Person"), span.text, span)
            for k in old - set(self.token_key.values()):
                self.entities.pop(k, None)  # the NER's reading of the entry ("Ivan Sergeyevich")
            self.designation_entries.append((span.start, key))
            surname, first = m.group("sur").title(), m.group("given").split()[0]
            for k, e in list(self.entities.items()):  # "Petrov", "Ivan Petrov" told elsewhere
                if k != key and e.type == "Person" and e.name in (surname, f"{first} {surname}", name):
                    self._remap(k, key)

    def _read_units(self):
        """"the GRU's Unit 74455", "PLA Unit 61398", "Unit 42": a unit named by its number
        (which NER reads as a date) is one entity, acting for the state its owner serves; a
        company's unit is that company."""
        unit_words = word_set("entity_words", "numbered_unit_words")
        for tok in self.doc[:-1]:
            num = self.doc[tok.i + 1]
            if tok.text not in unit_words or tok.i in self.token_key or not re.fullmatch(r"\d{2,6}", num.text):
                continue
            owner = next((self.token_key[c.i] for c in tok.lefts
                          if c.dep_ in ("poss", "compound", "nmod") and c.i in self.token_key), None)
            kind = self.entities[owner].type if owner else None
            name = f"{tok.text} {num.text}"
            if kind == "Organization":  # "Palo Alto Networks' Unit 42": the company's own research arm
                self._add(self.entities[owner], name, [tok, num])
                continue
            named = next((e for e in self.entities.values() if name in e.aliases), None)
            if named is not None:  # the same unit again, its owner now left out
                self._add(named, name, [tok, num])
                continue
            key = self._add(Entity(key=f"unit-{num.text}", name=name, type="Organization"), name, [tok, num])
            if kind in ("GovernmentBody", "Country") and self.entities[key].country is None:
                # (its owner may be named at any mention, the first or a later one)
                self.entities[key].type, self.entities[key].country = "GovernmentBody", self._country_of(owner)

    def _type_by_conjuncts(self):
        """"LockBit, Babuk and Hive attacks": a one-word name NER took for a person, listed
        with malware or threat actors only, is of their kind; "Gardermoen, Oslo Airport and
        Milan Malpensa Airport", listed with institutions only, is one too."""
        facilities = word_set("entity_words", "facility_heads")
        for i, k in list(self.mentions):
            ent = self.entities.get(k)
            if ent is None or ent.type != "Person" or " " in ent.name:
                continue
            others = [self.entities[x] for t in self.doc[i].conjuncts
                      if (x := self.token_key.get(t.i)) and x in self.entities]
            kinds = {e.type for e in others}
            if len(kinds) == 1 and kinds <= {"Malware", "ThreatActor"}:
                self._retype(k, kinds.pop())
            elif others and all(e.type in ("Organization", "GovernmentBody") and e.name.split()[-1] in facilities
                                for e in others):
                self._retype(k, "Organization")

    def _type_lone_names(self):
        """A one-word name NER took for a person, never written with a title or a given name,
        that the article treats as a company ("Zalando's customers", "Zalando said it had ...",
        "at Zalando"): an organisation."""
        owned = word_set("entity_words", "company_possessions")
        people = {k for k, e in self.entities.items() if e.type == "Person" and " " in e.name}
        for k, ent in list(self.entities.items()):
            if ent.type != "Person" or " " in ent.name or k in people or k in self.gaz:
                continue
            toks = [self.doc[i] for i, key in self.mentions if key == k]
            if any(self.doc[t.i - 1].lower_.rstrip(".") in words()["titles"] for t in toks if t.i):
                continue
            if any(self._reads_as_company(t, owned) for t in toks):
                self._retype(k, "Organization")

    def _reads_as_company(self, tok, owned) -> bool:
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.tag_ == "POS" and nxt.head.lemma_.lower() in owned:
            return True  # "Zalando's customers"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "inside") and tok.head.head.pos_ in ("NOUN", "VERB"):
            return True  # "an intrusion at Zalando", "engineers at Zalando"
        if tok.dep_ == "nsubj" and tok.head.lemma_ in word_set("modality", "reporting_verbs"):
            # "Zalando said it had ...": a body speaks of itself as "it"
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for x in tok.head.children
                       if x.dep_ == "ccomp" for c in x.children)
        return False

    def _read_campaigns(self):
        """A politician's election campaign ("Donald Trump's presidential campaign", "the
        Clinton campaign") is an organisation of its own, hacked or speaking, not the person."""
        for tok in self.doc:
            if tok.lemma_.lower() != "campaign" or tok.pos_ != "NOUN" or any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # ("Putin's campaign of interference" is an act)
            mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i < tok.i]
            person = next((self.token_key[c.i] if self.entities[self.token_key[c.i]].type == "Person"
                           else self._persons.get(c.text.lower()) for c in mods if self.token_key.get(c.i)), None)
            between = [t for t in tok.lefts if t.dep_ not in ("det", "poss", "compound", "nmod", "case", "punct")]
            if person is None or any(t.lower_ not in words()["campaign_modifiers"] and not t.like_num for t in between):
                continue  # ("Trump's hacking campaign" is an act)
            start = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det" and not t.is_space)
            span = self.doc[start:tok.i + 1]
            self.mentions = [(i, k) for i, k in self.mentions if not start <= i <= tok.i]
            # (it acts for its candidate, as a ministry for its state: both are named with it)
            self._add(Entity(key=f"organization-campaign-{person}", name=span.text, type="Organization",
                             country=person), span.text, span)

    def _drop_operation_names(self):
        """"an operation they called Otter Hunt 2", "a raid dubbed Tampere Sweep": the name of a
        police action ('operation_nouns'), no person, whatever NER says (a "him" after it recalls
        someone else)."""
        ops = words()["operation_nouns"]
        for v in self.doc:
            if v.dep_ not in ("relcl", "acl", "parataxis") or v.lemma_ not in words()["naming_participles"]:
                continue
            # the noun named: the clause's head, or the noun just before it ("men in an operation
            # they called X", where the parser hangs the clause on "men" or on the main verb)
            before = self.doc[v.left_edge.i - 1] if v.left_edge.i > 0 else v.head
            named = (before,) if v.dep_ == "parataxis" else (v.head, before)
            if not any(n.lemma_.lower() in ops and n.pos_ == "NOUN" for n in named):
                continue
            for x in [x for x in v.children if x.dep_ in ("oprd", "dobj", "xcomp", "attr")]:
                key = self.token_key.get(x.i)
                if key is not None and self.entities[key].type == "Person" and key not in self.gaz:
                    self.entities.pop(key)
                    self.token_key = {i: k for i, k in self.token_key.items() if k != key}
                    self.mentions = [(i, k) for i, k in self.mentions if k != key]
                    self._persons = {n: k for n, k in self._persons.items() if k != key}

    def _read_domains(self):
        """A company named by its web address ("the Treasury sanctioned Blender.io"), which NER
        leaves out: an organisation."""
        for tok in self.doc:
            if tok.like_url and tok.text[:1].isupper() and "/" not in tok.text and tok.i not in self.token_key:
                self._add(Entity(key=f"organization-{slug(tok.text)}", name=tok.text, type="Organization"),
                          tok.text, [tok])

    SHORT_FORM = re.compile(r"(?:,?\s*(?:better |also |commonly |widely )?known (?:as|by (?:its|the) (?:[\w-]+ ){0,2}"
                            r"(?:initials|acronym|abbreviation|name))\s+|\s*\((?:the\s+)?[\"\u201c]?)(?P<short>[A-Z][A-Za-z0-9-]{1,15})\b"
                            r"(?:[\"\u201d]?,?\s+or\s+(?:the\s+)?[\"\u201c](?P<short2>[A-Z][A-Za-z0-9-]{1,15})[\"\u201d])?")

    def _read_short_forms(self):
        """A short form an article gives an organisation or body ("the Central Scientific
        Research Institute of Chemistry and Mechanics, better known by its Russian initials
        TsNIIKhM", "the Office of Personnel Management (OPM)") names it wherever it recurs."""
        text = self.doc.text
        ends = {}  # character end of each named entity mention -> key
        for i, k in self.token_key.items():
            if self.entities[k].type in ("Organization", "GovernmentBody", "Person"):
                ends[self.doc[i].idx + len(self.doc[i].text)] = k
        by_text: dict[str, list] = {}  # each word, once: where a short form may recur
        for tok in self.doc:
            by_text.setdefault(tok.text.rstrip("."), []).append(tok)
        for end, key in sorted(ends.items()):
            m = self.SHORT_FORM.match(text, end)
            if m is None or key not in self.entities:  # (or merged into a name defined before it)
                continue
            ent = self.entities[key]
            if ent.type == "Person" and not m.group(0).lstrip().startswith("("):
                continue  # (a person's defined term only: 'Jane Roe ("Plaintiff")')
            # ('Acme Insurance Corporation ("Acme" or "Defendant")': a filing's defined terms)
            for short in filter(None, (m.group("short"), m.group("short2"))):
                if short.lower() in words()["not_names"]:
                    continue
                if short != ent.name and short not in ent.aliases:
                    ent.aliases.append(short)
                for tok in by_text.get(short, ()):
                    other = self.token_key.get(tok.i)
                    if other is None:
                        self._add(ent, short, [tok])
                    elif other != key and other in self.entities and self.entities[other].name == short \
                            and other not in self.gaz:
                        self._remap(other, key)  # (NER took the bare defined term for a name of its own)

    def _read_capitalised_heads(self):
        """"The Contoso Library ... the Library is rebuilding": a bare capitalised head, always
        after "the", that NER took for a name of its own is the body named before whose name
        ends in it (when only one such body was)."""
        for key in sorted({k for _, k in self.mentions}):  # (sorted: the same remaps on every run)
            ent = self.entities.get(key)
            if ent is None or key in self.gaz or ent.type not in ("Organization", "GovernmentBody") or " " in ent.name \
                    or not ent.name[:1].isupper() or not ent.name[1:].islower():
                continue
            at = sorted(i for i, k in self.mentions if k == key)
            if not all(i > 0 and self.doc[i - 1].lower_ == "the" for i in at):
                continue
            before = {k for i, k in self.mentions if i < at[0] and k != key and k in self.entities
                      and self.entities[k].type in ("Organization", "GovernmentBody")
                      and self.entities[k].name.split()[-1] == ent.name and " " in self.entities[k].name}
            if len(before) == 1:
                self._remap(key, before.pop())

    FIELD = re.compile(r"^[ \t]*(?P<label>[A-Z][a-z]{3,15}):[ \t]+(?P<value>\S[^\n]*?)[ \t]*$", re.M)

    def _read_field_labels(self):
        """A form's or memo's header field names a role the text then uses as a name: after
        "Insured:   Acme Corporation", "the insured" is Acme Corporation (so are "Client:",
        "Claimant:", "Vendor:" ...). Only a field whose value is one named entity, or opens with
        one and goes on after a comma or a bracket ("Applicant: Kestrix Systems B.V., Tampere (a
        distributor)")."""
        roles: dict[str, tuple[int, str]] = {}  # label -> (token after the field, entity key)
        for m in self.FIELD.finditer(self.doc.text):
            label = m.group("label").lower()
            span = self.doc.char_span(m.start("value"), m.end("value"))
            if span is None or label in words()["not_names"]:
                continue
            cut = next((t.i for t in span if t.text in (",", "(", ";") and t.i > span.start), None)
            if cut is not None and span.start in self.token_key:
                named = [t.i for t in self.doc[span.start:cut] if t.i in self.token_key]
                # (the name's legal form, which NER may leave out: "Kestrix Systems B.V.")
                span = self.doc[span.start:named[-1] + 1] if cut - named[-1] <= 3 else span
            keys = {self.token_key.get(t.i) for t in span if not t.is_punct}
            if len(keys) == 1 and None not in keys and self.entities[next(iter(keys))].type in (
                    "Organization", "GovernmentBody", "Person"):
                roles.setdefault(label, (span.end, keys.pop()))
        for tok in self.doc[1:] if roles else ():
            after, key = roles.get(tok.lower_, (None, None))
            if key is not None and tok.i >= after and tok.i not in self.token_key and self.doc[tok.i - 1].lower_ == "the":
                self._add(self.entities[key], "", [tok])

    def _coordinated_people(self):
        """"Ivan Sokolov and Pavel Orlov": a name NER took for an organisation, coordinated
        with a person's and made of two or three plain capitalised words, is a person too."""
        heads = set(words()["organization_heads"]) | set(words()["body_heads"]) | {
            h.lower() for h in words()["facility_heads"]}
        for i, k in list(self.mentions):
            ent = self.entities.get(k)
            if ent is None or ent.type != "Organization" or k in self.gaz:
                continue
            parts = ent.name.split()
            if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() and p[1:].islower() for p in parts) or any(
                    p.lower() in heads for p in parts):
                continue
            run = self._mention_tokens(i)
            # (the parser may hang the coordination on any word of either name)
            near = [t.head for t in run if t.dep_ == "conj"] + [c for t in run for c in t.children if c.dep_ == "conj"]
            if any(self.entities.get(self.token_key.get(t.i, ""), None) is not None
                   and self.entities[self.token_key[t.i]].type == "Person" for t in near):
                new = self._retype(k, "Person")
                self._persons[ent.name.lower()] = new  # a later "Orlov" is this person
                self._persons.setdefault(parts[-1].lower(), new)

    def _mention_tokens(self, i: int) -> list:
        """The tokens of the entity mention that starts at token ``i``."""
        k, j = self.token_key.get(i), i
        while j + 1 < len(self.doc) and self.token_key.get(j + 1) == k:
            j += 1
        return list(self.doc[i:j + 1])

    def _unify_names(self):
        """A name NER tagged as a person in one place and as an organisation in another ("Sky
        Mavis") is one organisation: a person's full name is rarely read as a company's."""
        orgs = {e.name: k for k, e in self.entities.items() if e.type == "Organization"}
        # (and "SANDWORM" in a heading, taken for a person, is the group named "Sandworm" below it)
        groups = {n.casefold(): k for k, e in self.entities.items() if e.type in ("ThreatActor", "Malware")
                  for n in [e.name] + e.aliases}
        for k, e in list(self.entities.items()):
            if e.type == "Person" and e.name in orgs:
                self._remap(k, orgs[e.name])
            elif e.type == "Person" and e.name.casefold() in groups:
                self._remap(k, groups[e.name.casefold()])

    def _remap(self, old: str, new: str, names=None) -> None:
        """Every mention of entity ``old`` becomes one of ``new``, which takes ``old``'s names
        as aliases (or only ``names``, when ``old`` is another thing that stood for it)."""
        gone = self.entities.pop(old)
        for a in ([gone.name] + gone.aliases) if names is None else names:
            if a != self.entities[new].name and a not in self.entities[new].aliases:
                self.entities[new].aliases.append(a)
        self.token_key = {i: new if k == old else k for i, k in self.token_key.items()}
        self.mentions = [(i, new if k == old else k) for i, k in self.mentions]
        self._persons = {n: k for n, k in self._persons.items() if k != old}

    def _retype(self, key: str, typ: str) -> str:
        """Give an entity NER mistyped its right type (and the key that goes with it)."""
        ent = self.entities[key]
        new = f"{typ.lower()}-{slug(ent.name)}"
        self.entities.setdefault(new, Entity(key=new, name=ent.name, type=typ))
        self._remap(key, new)
        return new

    def _read_repeats(self):
        """An organisation's name that NER tagged once and missed elsewhere ("firm Dragos
        ... Dragos went further"): every capitalised repeat of a name it found is that entity."""
        forms: dict[str, str] = {}
        for i, k in self.mentions:
            ent = self.entities[k]
            if ent.type in ("Organization", "ThreatActor", "GovernmentBody") and self.doc[i].text[:1].isupper():
                for f in [ent.name] + ent.aliases:
                    if len(f) > 2 and f[:1].isupper():
                        forms.setdefault(f, k)
        if not forms:
            return
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                        + r")(?![\w-])")
        for m in rx.finditer(self.doc.text):
            span = self.doc.char_span(m.start(), m.end())
            if span is not None and not any(t.i in self.token_key for t in span) and not self._portfolio(span):
                self._add(self.entities[forms[m.group(0)]], span.text, span)

    def _read_bodies(self):
        """Government bodies that NER misses: "the interior ministry", "Iran's foreign ministry"."""
        w = words()
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.token_key:
                continue
            if lemma not in w["body_heads"] and lemma not in w["state_heads"] and not any(
                    c.dep_ == "amod" and c.lower_ in w["qualified_body_heads"].get(lemma, ()) for c in tok.children):
                continue  # ("the central bank of Bangladesh" is a state's body; "a bank" is no body)
            if tok.i > 0 and self.doc[tok.i - 1].text == "-" and not self.doc[tok.i - 1].whitespace_:
                continue  # ("brute-force attacks": the end of a hyphened modifier, no body)
            if tok.dep_ == "poss" and tok.text[:1].isupper() and tok.head.text[:1].isupper() \
                    and tok.head.lemma_.lower() in w["body_heads"]:
                continue  # "the Kestrix Prosecutors' Office": a part of the name of the body it owns
            left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "poss", "nmod", "det", "cc", "conj")]
            span_toks = []
            for t in left:
                span_toks.extend(x for x in t.subtree if x.i < tok.i)
            # (no date: "On 19 May 2021 prosecutors in Manhattan ...", parsed as one phrase)
            # ("In late January US and European police ...": nor the date's own words)
            span_toks = sorted({t for t in span_toks if t.ent_type_ not in ("DATE", "TIME") and not (
                t.head.ent_type_ in ("DATE", "TIME") and t.head.i != tok.i)}, key=lambda t: t.i) + [tok]
            if crew_name(span_toks):
                named = [t for t in span_toks if t.dep_ != "det"]
                name = " ".join(t.text for t in named)
                self._add(self.gaz.lookup(name) or Entity(key=f"threatactor-{slug(name)}", name=name, type="ThreatActor"),
                          name, named)
                continue
            named = self.token_key.get(tok.i + 1) if tok.i + 1 < len(self.doc) and tok.tag_ == "NN" \
                and self.doc[tok.i + 1].pos_ == "PROPN" else None
            if named is not None and self.entities[named].type in ("Organization", "GovernmentBody"):
                # "the credit agency Equifax": the description is the name's
                self._add(self.entities[named], self.doc[span_toks[0].i: tok.i + 1].text,
                          [t for t in span_toks if t.i not in self.token_key])
                continue
            country = None
            known = None  # a known agency named inside the phrase ("Russia's GRU military intelligence agency")
            words_, described_owner = [], []
            for t in span_toks:
                key = self.token_key.get(t.i)
                ent = self.entities.get(key) if key else None
                if ent is not None and ent.type == "Country":
                    country = ent.key
                    continue
                if ent is not None and key in self.gaz and ent.type in ("GovernmentBody", "Organization") and not (
                        t.dep_ == "poss" or any(a.dep_ == "poss" and a.i < tok.i for a in t.ancestors)):
                    known = known or key  # (not "the FBI's cyber division": a unit of the FBI)
                    continue
                if t.lower_ in PRONOUNS_THING and t.dep_ == "poss":
                    country = self._country_of(self.resolve_pronoun(t))
                    continue
                if t.dep_ == "poss" and words()["back_references"].get(t.lemma_.lower()) == ["Country"]:
                    country = self._country_of(self.key_of(t))  # "the country's intelligence services"
                    continue
                if t.dep_ in ("det", "case", "punct") or t.lower_ in w["generic_modifiers"] or t.lower_ == "'s" or (
                        t.dep_ == "cc" and country and (self.token_key.get(t.i + 1) in self.entities
                        and self.entities[self.token_key[t.i + 1]].type == "Country" or self.doc[t.i + 1].ent_type_ == "NORP")):
                    continue  # (and "French and Dutch authorities", "US and European police": the "and" between the states)
                if t.dep_ == "poss" and t.text.islower() and (t.lemma_.lower() in words()["back_references"] or t.lemma_.lower()
                                                              in word_set("entity_words", "named_back_references")):
                    described_owner.append(t.text)  # "the bank's online services": a thing of the bank
                words_.append(t.text)
            if lemma in w["state_heads"] and not country and len(words_) == 2:
                leader = self.entities.get(self.token_key.get(tok.i - 1, ""))
                if leader is not None and leader.type == "Person":  # "the Trump administration"
                    country = leader.country
                    words_ = words_[1:]
                    if country is None:  # (a leader of no known state: the administration itself)
                        name = f"{self.doc[tok.i - 1].text} {tok.text}"
                        key = f"gov-x-{slug(name)}"
                        self._add(Entity(key=key, name=name, type="GovernmentBody"),  # (_add keeps a known one)
                                  self.doc[span_toks[0].i: tok.i + 1].text, [self.doc[tok.i - 1], tok])
                        continue
            kinds = [x for x in words_[:-1] if x not in described_owner]
            if kinds and all(x.lower() in w["service_kinds"] for x in kinds):
                continue  # ("online services", "banking services": what is served, no agency)
            if lemma in w["state_heads"]:
                if country and len(words_) <= 1:  # "the North Korean government" is the state
                    self._add(self.entities.get(country) or self.gaz.entity(country), self.doc[span_toks[0].i: tok.i + 1].text, [tok])
                continue
            start = span_toks[0].i
            if known is None and country:
                # "Iran's intelligence agency": the one agency of that state with that function
                known = self.gaz.agency_for(country, words_[:-1], lemma)
            if known is not None:
                self._add(self.gaz.entity(known), self.doc[start: tok.i + 1].text,
                          [t for t in span_toks if t.i not in self.token_key or t.i == tok.i])
                continue
            tail = self._of_name(tok)  # "the Finnish Bureau of Statistics": "of Statistics" is the name's
            words_ += [t.text for t in tail]
            end = tail[-1].i + 1 if tail else tok.i + 1
            if country is None:  # "federal prosecutors in the United States": where it sits
                country = next((self.token_key[g.i] for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                                for g in p.children if g.dep_ == "pobj" and g.i in self.token_key
                                and self.entities[self.token_key[g.i]].type == "Country"), None)
            if len(words_) < 2 and not country:
                continue  # "the ministry" alone: a back-reference, resolved later
            if len(words_) < 2 and tok.text.islower() and lemma in w["bare_heads"]:
                continue  # "Kestria restored its service": the service it runs, no agency
            if not country and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                continue  # "a mixing service": a kind of thing, not a body
            name = " ".join(words_)
            if " - " in name and " - " not in self.doc[start:end].text:
                name = name.replace(" - ", "-")  # ("the e-ID login service": the hyphen as written)
            ent = self.gaz.lookup(name)
            if ent is not None and country and self.gaz.country_of(ent.key) not in (None, country):
                ent = None  # "Canada's signals intelligence agency" is no other state's body of that name
            if ent is None and country is None and any(c.lower_ == "the" for c in tok.children):
                ent = self._named_before(name, tok.i)  # "the Contoso City Police Department ... the police department"
            if ent is None:
                key = f"gov-{(country or 'x').lower()}-{slug(name)}"
                ent = Entity(key=key, name=name, type="GovernmentBody", country=country)
            self._add(ent, self.doc[start: end].text, [t for t in span_toks if t.i not in self.token_key or t.i == tok.i] + tail)

    def _of_name(self, head) -> list:
        """The capitalised "of" phrase a capitalised body head's name goes on with ("Bureau of
        Statistics", "Office of Personnel Management"), when it names no entity of its own."""
        if not head.text[:1].isupper():
            return []
        links = word_set("entity_words", "name_links") | {"and"}
        for p in head.children:
            g = next((c for c in p.children if c.dep_ == "pobj"), None) if p.dep_ == "prep" and p.lower_ == "of" else None
            if g is None or p.i != head.i + 1:
                continue
            phrase = sorted(g.subtree, key=lambda x: x.i)
            if any(x.i in self.token_key for x in phrase) or phrase[0].i != p.i + 1 \
                    or phrase[-1].i - p.i != len(phrase) or not all(x.text[:1].isupper() or x.lower_ in links for x in phrase) \
                    or not phrase[-1].text[:1].isupper():
                return []
            return [p, *phrase]
        return []

    def _named_before(self, description: str, before: int) -> Entity | None:
        """The body named before token ``before`` whose name ends with ``description`` ("Contoso
        City Police Department" for "the police department"), the last one named; else None."""
        tail = " " + description.lower()
        named = [(i, self.entities[k]) for i, k in self.mentions if i < before]
        named = [(i, e) for i, e in named if e.type in ("GovernmentBody", "Organization")
                 and (" " + e.name.lower()).endswith(tail) and e.name.lower() != description.lower()]
        return max(named, key=lambda p: p[0])[1] if named else None

    def _country_of(self, key: str | None) -> str | None:
        if not key:
            return None
        ent = self.entities.get(key)
        if ent is None:
            return None
        if ent.type == "Country":
            return ent.key
        return ent.country

    # -- reading ----------------------------------------------------------------------
    FIRST_SINGULAR = ("I", "me", "my", "Me", "My")
    BYLINE = re.compile(r"\b(?:[Bb]y|BY)\s+(?P<name>[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){1,3})")

    def _first_person(self, tok) -> bool:
        """Is a token the text's own "I", "me" or "my" (outside quotes)?"""
        return tok.text in self.FIRST_SINGULAR and tok.pos_ == "PRON" and not any(
            q in tok.sent.text for q in QUOTE_MARKS)

    def author(self, tok=None) -> str | None:
        """The person a first-person text is written by ("Posted on 3 May 2022 by Ivan Sokolov
        ... I was charged in 2005"): the person of the byline in its first lines, when the text
        says "I" or "me" outside quotes three times or more; else None. With ``tok``, only when
        that token is such an "I" or "me"."""
        if tok is not None and not self._first_person(tok):
            return None
        if not hasattr(self, "_author"):
            self._author = None
            head = self.doc.text[:BYLINE_SEARCH]
            m = self.BYLINE.search(head) or author_field().search(head) if sum(
                1 for t in self.doc if self._first_person(t)) >= 3 else None
            # (a byline that opens its line, or a writer's field: not "Produced by Ann Lee" in credits)
            self._author_labelled = m is not None and (m.re is not self.BYLINE or not head[
                head.rfind("\n", 0, m.start()) + 1:m.start()].strip())
            if m is not None:
                name = m.group("name").lower()
                self._author = next((k for _, k in sorted(self.mentions) if self.entities[k].type == "Person"
                                     and self.entities[k].name.lower() in name), None)
        return self._author

    def writer(self, tok) -> str | None:
        """The author of a first-person text (``author()``) when ``tok`` is its "I", and the
        text names its writer by a byline that opens a line or by a writer's field ("Coach: Ann
        Lee"); else None."""
        key = self.author(tok)
        return key if key is not None and self._author_labelled else None

    def key_of(self, tok, exclude=()) -> str | None:
        """The entity a token names, a pronoun refers to, or a definite description recalls."""
        key = self.token_key.get(tok.i)
        if key:
            return key
        if self._first_person(tok):
            return self.author()  # "the judge sentenced me": the author of a first-person post
        low = tok.lower_
        if (low in PRONOUNS_PERSON or low in PRONOUNS_THING) and not tok.text.isupper():
            return self.resolve_pronoun(tok, exclude)  # (not "IT workers", "US" is no "us")
        # (a lower-case word the tagger took for a name, "the bloc said", is a common noun)
        # (a plural form is no description of one body; "the police", a collective, is)
        # ("The City began taking servers offline": a filing's or notice's capitalised description)
        # (not "the Bureau of Standards", but "the Bureau, with support from X, ...")
        titled = tok.pos_ == "PROPN" and tok.text.istitle() and tok.lower_ in words()["back_references"] and not any(
            c.dep_ in ("compound", "flat") or c.dep_ == "prep" and c.lower_ in NAMING_PREPS for c in tok.children)
        if (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and (tok.text.islower() or titled)) and (
                tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() == low or low in words()["body_plurals"]) and any(
                c.lower_ in ("the", "this", "that") for c in tok.lefts):
            if tok.dep_ == "compound" and tok.head.i in self.token_key:
                return None  # "the security company Quillmark": the noun describes the name it stands before
            types = words()["back_references"].get(tok.lemma_.lower())
            named = [tok] + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            if types and any(c.dep_ == "appos" and c.i in self.token_key and (
                    self.entities[self.token_key[c.i]].type == "Person") == ("Person" in types)
                    for t in named for c in t.children):
                return None  # "the then foreign secretary, Jeremy Hunt", "the spokeswoman of the Foreign Office, Andrea Sasse"
            if types and "Person" not in types and any(g.i in self.token_key for g in named[1:]):
                return None  # "the offices of the district of Contoso": that district, named in it
            if types and "ThreatActor" in types:
                # "the LockBit group": the ransomware's name makes the noun its gang
                named_gang = [self.token_key[c.i] for c in tok.children if c.dep_ == "compound" and c.i in self.token_key
                              and self.entities[self.token_key[c.i]].type in ("ThreatActor", "Malware")]
                if named_gang:
                    return named_gang[-1]
                if any(c.dep_ == "compound" and c.pos_ == "PROPN" and not self._is_state(c) for c in tok.children):
                    return None  # "the Fabrikam group": a group of its own name, no earlier one recalled
            # (read once every mention is known: none while the index is still being built)
            described = getattr(self, "_described", {}).get(tok.lemma_.lower(), set()) - set(exclude)
            if types and described:
                # "Contoso, a British airline, ... Fabrikam said ... The airline said": the body
                # the text called by that noun, rather than the last company named
                key = self._recent(tok.i, lambda e: e.key in described, prefer_subjects=True)
                if key:
                    return key
            if types == ["Country"] and tok.lemma_.lower() in words()["adversary_references"]:
                # "Washington said the regime had hacked ...": a state the speaker speaks of, never its own
                speakers = {self.token_key[c.i] for a in tok.ancestors for c in a.children
                            if c.dep_ == "nsubj" and c.i in self.token_key}
                speakers |= {self.entities[k].country for k in speakers if k in self.entities}
                return self._recent(tok.i, lambda e: e.type == "Country" and e.key not in speakers and e.key not in exclude,
                                    prefer_subjects=True)
            if types and types[0] == "ThreatActor" and len(types) > 1:
                # "Fabrikam has linked Kestrix Team to Belarus, while the group denies it": the
                # hacking group just named, though a company (or a program) was the clause's subject
                start = max(0, tok.sent.start - RECENT_REACH)
                key = self._recent(tok.i, lambda e: e.key not in exclude and e.type == "ThreatActor",
                                   where=lambda i: i >= start)
                if key:
                    return key
            if types:
                # ("the Harbour Ledger reported ... The carmaker said": the outlet that tells of
                # a company is no company the story recalls; nor is the source of the sentence,
                # "According to Contoso Labs, the attackers were in the utility's network")
                exclude = set(exclude) | {self.token_key[t.i] for t in tok.sent if t.i in self.token_key
                                          and t.head.lower_ == "to" and t.head.head.lower_ == "according"}
                key = self._recent(tok.i, lambda e: e.key not in exclude and e.type in types and (
                    tok.lemma_.lower() in e.name.lower() or e.type != "GovernmentBody")
                    and not self.news_outlet(e.key), prefer_subjects=True, owners=True)
                if key:
                    return key
            # ("the Kestrix Bureau of Standards ... the Bureau": a body of another type whose name has the noun)
            if tok.lemma_.lower() in word_set("entity_words", "named_back_references") and not any(
                    c.dep_ in ("compound", "amod", "acl", "relcl") or c.dep_ == "prep" and c.lower_ in NAMING_PREPS
                    for c in tok.children):
                # "Brno University Hospital ... the hospital": a body whose name has the noun
                # ("the hospital in Fürstenfeldbruck", "the German parliament" describe another)
                named = self._named_with(tok.lemma_.lower())
                return self._recent(tok.i, lambda e: e.key not in exclude and named(e), prefer_subjects=True)
        return None

    def _described_as(self) -> dict[str, set[str]]:
        """The nouns the text calls each organisation or body by, in apposition or before its
        name: "Contoso, a British airline", "the airline Contoso", "Contoso, the insurer".
        {noun lemma: keys}."""
        out: dict[str, set[str]] = {}
        nouns = words()["back_references"]
        for i, k in self.mentions:
            head = self._np_head(self.doc[i]) if self.doc[i].dep_ in ("compound", "flat") else self.doc[i]
            of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
            if of is not None and of.head.pos_ == "NOUN" and of.head.i not in self.token_key and self.entities[k].type in \
                    nouns.get(of.head.lemma_.lower(), ()) and any(c.lower_ == "the" for c in of.head.lefts):
                out.setdefault(of.head.lemma_.lower(), set()).add(k)  # "the district of Contoso"
            if self.entities[k].type not in ("Organization", "GovernmentBody"):
                continue
            near = [c for c in head.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
            if head.dep_ in ("appos", "compound") and head.head.pos_ == "NOUN":
                near.append(head.head)
            for n in near:
                lemma = n.lemma_.lower()
                if lemma in nouns and n.i not in self.token_key:
                    out.setdefault(lemma, set()).add(k)
        return out

    def recall_people(self, tok) -> list[str]:
        """"The Treasury sanctioned the two men the same month": the people a definite plural
        description recalls, those named together in the nearest sentence before (its number,
        when given, must agree); "charged two Iranian men": those named in one of the next two
        sentences, as many as it counts."""
        # "charged a North Korean computer programmer ... Park Jin Hyok was charged with ...":
        # one person of a named state, named as the subject of the next sentences' own act
        one = (tok.tag_ == "NN" and tok.dep_ in ("dobj", "nsubjpass")
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
               and any(c.dep_ in ("amod", "compound") and self._is_state(c) for c in tok.children))
        # "the Treasury sanctioned both men", "imposed sanctions of its own on them": the people
        # named together just before (a pronoun or "both" is as definite as "the two men")
        both = tok.lower_ == "both" or any(c.lower_ == "both" for c in tok.children)
        # (an object pronoun only: "they" as a subject is mostly the doers told as a noun, "the officers")
        pronoun = tok.lower_ in ("them", "both") and tok.pos_ in ("PRON", "DET", "NOUN") and tok.dep_ != "det"
        # (but "they were charged": the held, the people just named, as an object pronoun is)
        pronoun = pronoun or tok.lower_ == "they" and held(tok)
        if not one and not pronoun and (tok.tag_ != "NNS" or tok.lemma_.lower() not in words()["people_nouns"]):
            return []
        count = 2 if both else 1 if one else next((NUMBERS.get(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)
        definite = pronoun or both or any(c.lower_ == "the" for c in tok.children)
        sents = self.sentences()
        here = self.sentence_no(tok)
        if not definite:
            # "charges two Iranian men with ... Faramarz Shahi Savandi and Mohammad Mehdi Shah
            # Mansouri are charged with ...": counted people named in the next sentence
            named_here = any(self.token_key.get(x.i) and self.entities[self.token_key[x.i]].type == "Person"
                             for x in tok.subtree)
            if count is None or named_here or here + 1 >= len(sents):
                return []
            saying = word_set("modality", "reporting_verbs")
            for nxt in sents[here + 1:here + 3]:
                people = list(dict.fromkeys(k for i, k in self.mentions if nxt.start <= i < nxt.end
                                            and self.entities[k].type == "Person" and not (
                                                one and (self.doc[i].head.lemma_ in saying
                                                         or self.doc[i].dep_ not in ("nsubj", "nsubjpass", "compound")))))
                if len(people) == count:
                    return people
            return []
        # (a pronoun may point into its own sentence: "charged the two men and sanctioned them")
        own = pronoun or both
        for sent in reversed(sents[max(0, here - (2 if own else 3)):here + (1 if own else 0)]):
            # (a pronoun looks back two sentences at most, its own included)
            people = list(dict.fromkeys(k for i, k in self.mentions if sent.start <= i < min(sent.end, tok.i)
                                        and self.entities[k].type == "Person"))
            if own and not self._coordinated(people, sent):
                continue
            if len(people) >= 2:
                return people if count is None or count == len(people) else []
        return [] if own else self._recall_owned(tok, count, sents[max(0, here - 3):here + 1])

    def _recall_owned(self, tok, count, sents) -> list[str]:
        """"three GRU officers tried to break in ... Finland expelled the three officers": the
        body an earlier, undefined mention of the same people names as theirs (the same count)."""
        lemma = tok.lemma_.lower()
        for sent in reversed(sents):
            for t in reversed([t for t in sent if t.i < tok.i]):
                if t.lemma_.lower() != lemma or t.tag_ != "NNS" or any(c.lower_ == "the" for c in t.children):
                    continue
                if next((NUMBERS.get(c.lower_) for c in t.children if c.dep_ == "nummod"), None) != count:
                    continue
                owners = [self.token_key[c.i] for c in t.children if c.dep_ in ("compound", "nmod", "poss")
                          and c.i < t.i and c.i in self.token_key]
                owners = [k for k in owners if self.entities[k].type in ("GovernmentBody", "ThreatActor")]
                if owners:
                    return owners
        return []

    @staticmethod
    def _named_with(noun: str):
        """A test of whether an entity is a body whose name has ``noun`` ("hospital" in "Brno
        University Hospital"), for definite descriptions that recall it ("the hospital")."""
        head = re.compile(rf"\b{re.escape(noun)}\b")
        return lambda e: e.type not in ("Person", "Country") and head.search(e.name.lower()) is not None

    def recall_bodies(self, tok) -> list[str]:
        """"an operation led by the NCA with the FBI and Europol. ... the agencies took control
        of its servers": a definite plural of a body noun recalls the bodies of its kind named
        in one of the two sentences before (two at least)."""
        if tok.tag_ != "NNS" or not any(c.lower_ == "the" for c in tok.children):
            return []
        lemma = tok.lemma_.lower()
        types = words()["back_references"].get(lemma)
        if lemma in word_set("entity_words", "named_back_references"):
            fits = self._named_with(lemma)  # "the two airports": "Noi Bai International Airport"
        elif not types or "Person" in types or "Country" in types:
            return []
        else:
            fits = lambda e: e.type in types  # noqa: E731
        sents = self.sentences()
        here = self.sentence_no(tok)
        for sent in reversed(sents[max(0, here - 2):here]):
            found = list(dict.fromkeys(k for i, k in self.mentions if sent.start <= i < sent.end
                                       and fits(self.entities[k])))
            if len(found) >= 2:
                return found
        return []

    def _coordinated(self, people, sent) -> bool:
        """Are the people named in ``sent`` named together, as conjuncts ("X and Y")?"""
        toks = {t.i for i, k in self.mentions if sent.start <= i < sent.end and k in people
                for t in self._mention_tokens(i)}
        return any(self.doc[h].dep_ == "conj" and self.doc[h].head.i in toks for h in toks)

    def sentences(self) -> list:
        if not hasattr(self, "_sentences"):
            self._sentences = list(self.doc.sents)
            self._sentence_of = {s.start: n for n, s in enumerate(self._sentences)}
        return self._sentences

    def sentence_no(self, tok) -> int:
        """The number of ``tok``'s sentence in ``sentences()``."""
        self.sentences()
        return self._sentence_of[tok.sent.start]

    def resolve_pronoun(self, tok, exclude=()) -> str | None:
        memo = getattr(self, "_pronouns", None)  # (None while the index is still being read)
        if memo is None:
            return self._resolve_pronoun(tok, exclude)
        at = (tok.i, tuple(sorted(exclude)))
        if at not in memo:
            memo[at] = self._resolve_pronoun(tok, exclude)
        return memo[at]

    def _names_given(self, tok) -> set[int]:
        """The mentions in ``tok``'s sentence that are a name given to someone named as the verb's
        object ("identified a Ruritanian, Ivan Kestrov, as QuillBoss ... Paris then froze his assets"):
        "him" is the man, not the name he was given."""
        out = set()
        for i, _ in self.mentions:
            if not tok.sent.start <= i < tok.i:
                continue
            head = self._mention_tokens(i)[-1]
            if head.dep_ == "pobj" and head.head.lower_ == "as" and any(
                    c.dep_ == "dobj" and c.i in self.token_key for c in head.head.head.children):
                out.add(i)
        return out

    def _pronoun_of(self, key: str) -> str | None:
        """"he" or "she", when a courtesy title before the person's name says which ("Mr.
        Sokolov", "Ms. Lindqvist"), else None."""
        if self._titled is None:
            titles = words()["gendered_titles"]
            self._titled = {}
            for i, k in self.mentions:
                j = i - 2 if i > 1 and self.doc[i - 1].text == "." else i - 1  # ("MS" "." "LINDQVIST")
                if j >= 0 and self.doc[j].lower_ in titles:
                    self._titled.setdefault(k, titles[self.doc[j].lower_])
        return self._titled.get(key)

    def _salient_person(self, tok, key, person, bound):
        """Among the people named in an object or passive subject pronoun's sentence and the two
        before, the one named most often so far (the story's protagonist, arrested or sentenced,
        not the film's director named once), else ``key``."""
        if key is None or tok.dep_ not in ("dobj", "nsubjpass"):
            return key
        verb = tok.head
        if verb.dep_ == "conj" and tok.dep_ == "dobj":
            # ("identified Ivan Kestrov as QuillBoss, and Paris sanctioned him": the object of
            # the first of the joined verbs)
            first = [self.token_key[o.i] for o in verb.head.children if o.dep_ == "dobj" and o.i in self.token_key
                     and person(self.entities[self.token_key[o.i]]) and o.i not in bound]
            if first:
                return first[0]
        no = self.sentence_no(tok)
        named = [(i, k) for i, k in self.mentions if i < tok.i and person(self.entities[k])]
        near = {k for i, k in named if i not in bound and no - self.sentence_no(self.doc[i]) <= 2}
        if len(near) < 2:
            return key
        count = Counter(k for _, k in named if k in near)
        best = max(count.values())
        return key if count[key] == best else max((i, k) for i, k in named if k in near and count[k] == best)[1]

    @staticmethod
    def _own_subject(tok):
        """The noun subject of the clause a possessive "their" stands in, when it agrees with
        it in number ("workers ... their employers"); else None."""
        if tok.lower_ != "their" or tok.dep_ != "poss":
            return None
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subj is None and v.dep_ in ("xcomp", "conj") and v.head.i != v.i:  # "had begun stealing"
            v = v.head
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or subj.i > tok.i:
            return None
        return subj if subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children) else None

    def _resolve_pronoun(self, tok, exclude=()) -> str | None:
        low = tok.lower_
        if low in PRONOUNS_PERSON:
            # (an object is not its own clause's subject: "Judge Lee sentenced him")
            bound = self._not_antecedents(tok) if tok.dep_ in ("dobj", "dative") else set()
            bound = bound | self._names_given(tok)
            # ("MS. LINDQVIST: ... He was arrested": no man titled "Ms.")
            person = lambda e: e.type == "Person" and e.key not in exclude and self._pronoun_of(  # noqa: E731
                e.key) in (None, "he" if low in HIS else "she")
            key = self._recent(tok.i, person, where=lambda i: i not in bound)
            key = self._salient_person(tok, key, person, bound)
            last = max((i for i, k in self.mentions if k == key), default=-1)
            same = next((t for t in reversed(self.doc[max(last + 1, tok.sent.start - 60):tok.i]) if t.i not in bound
                         and t.lower_ in PRONOUNS_PERSON and (t.lower_ in HIS) == (low in HIS)), None)
            if same is not None:  # "he pleaded guilty ..., and Judge Lee sentenced him": the same man
                chained = self.resolve_pronoun(same, exclude)
                return chained if chained is not None else key
            return key
        # Prefer the subject of the previous clause ("Iran dismissed ... its foreign ministry said").
        # A place named as where something happens ("due to meet Putin in Helsinki") is
        # no antecedent of "they" or "it".
        bound = self._not_antecedents(tok) | self._addressees(tok)
        ok = lambda e: e.type != "Person" and e.key not in exclude  # noqa: E731
        controller = self._controller(tok)
        if controller is not None and ok(self.entities[controller]):
            return controller  # "urged the United States to stop its cyberattacks": the one urged
        own = self._own_subject(tok)
        if own is not None:
            # "the FBI said North Korean workers stole data from their employers": the workers'
            # employers (a subject of no known entity leaves "their" unresolved)
            key = self.key_of(own, exclude)
            return key if key is not None and ok(self.entities[key]) else None
        sayer = self._sayer_described(tok, exclude)
        if sayer is not None and ok(self.entities[sayer]):
            return sayer  # "The company said it had shut down the activity": the company
        chained = self._same_pronoun_subject_before(tok)
        if chained is not None:
            key = self.resolve_pronoun(chained, exclude)
            if key is not None and ok(self.entities[key]):
                return key  # "It is not new to Iran: it had already claimed ...": the first "it"'s
        if low in PRONOUNS_PLURAL:  # "they hit Cedars-Sinai": a group or people, not a state named once
            # (nor a newspaper, which is "it": "the Kyiv Post's website ..., which they claimed")
            bound = bound | {i for i, k in self.mentions if (self.entities[k].type == "Country" or self.news_outlet(k))
                             and not self._plural(self.doc[i], doers=low == "they")}
            if held(tok):
                # "... questioned by federal police. They were charged last week": the held, not the police
                bound = bound | {i for i, k in self.mentions if self.entities[k].type == "GovernmentBody"}
        elif low in ("it", "its"):  # "it reset the passwords" after "angered banks and schools"
            bound = bound | {i for i, k in self.mentions if self._mention_tokens(i)[-1].tag_ == "NNS"}
            sayer = self._describing_sayer(tok)
            if sayer is not None and sayer.lemma_.lower() not in word_set("entity_words", "media_nouns"):
                # "The airline said it had reset the passwords": no newspaper that told of it
                bound = bound | {i for i, k in self.mentions if self.news_outlet(k)}
        if tok.dep_ in ("dobj", "dative"):  # an object: the nearest other party of its sentence
            near = self._recent(tok.i, ok, where=lambda i: i not in bound and i >= tok.sent.start
                                and not self._locative(self.doc[i]))
            if near is not None:
                return near
        key = self._recent(tok.i, ok, prefer_subjects=True,
                           where=lambda i: i not in bound and not self._locative(self.doc[i]))
        if tok.dep_ == "poss" and key is not None:
            speaker = self._reporter_of_own_subject(tok, key, ok, bound, exclude)
            if speaker is not None:
                return speaker
        return self._described_subject(tok, key, ok, exclude) or key

    def _controller(self, tok) -> str | None:
        """The object that controls the infinitive a possessive pronoun stands in ("urged Washington to
        stop its attacks", "called on Moscow to rein in its hackers"): the pronoun is that party."""
        if tok.lower_ not in ("its", "their"):
            return None
        v = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        while v is not None and v.dep_ in ("conj", "xcomp") and v.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ == "nsubj" for c in v.children):
            # ("to respect international law and to stop its hacking", "to stop X and to stop its ...")
            main = v.head
            objs = [c for c in main.children if c.dep_ == "dobj"] + [
                g for c in main.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children if g.dep_ == "pobj"]
            if v.dep_ == "xcomp" and objs:
                keys = [self.token_key[o.i] for o in objs if o.i in self.token_key]
                return keys[0] if len(keys) == 1 else None
            v = main
        return None

    def _same_pronoun_subject_before(self, tok):
        """The same pronoun as the subject of the clause just before, in this sentence or the
        last (a subject pronoun keeps its referent: "it ... it")."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        start = self.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        for t in reversed(self.doc[start:tok.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl" and t.tag_ == "WDT":
                continue  # "a step that angered banks and schools": the relative clause's own subject
            if t.dep_ in ("nsubj", "nsubjpass"):
                return t if t.lower_ == tok.lower_ and t.head.dep_ in ("ROOT", "ccomp", "parataxis", "conj") \
                    and not self._expletive(t) else None  # (not one inside a relative clause)
        return None

    @staticmethod
    def _expletive(t) -> bool:
        """"It is only the second time the EU has ...", "It is unclear whether ...": an "it"
        that stands for a clause, not for anyone."""
        v = t.head
        return v.lemma_ == "be" and any(
            c.dep_ in ("ccomp", "xcomp", "csubj") or c.dep_ == "attr" and any(g.dep_ in ("relcl", "acl") for g in c.children)
            for c in v.children)

    def _sayer_described(self, tok, exclude) -> str | None:
        """The body a definite description names as the sayer of the clause ``tok`` is the
        subject of ("The company said it ..."): descriptions are no mentions of their own,
        so the recency search would pass them by."""
        subj = self._describing_sayer(tok)
        if subj is None:
            return None
        # ("Researchers at Fabrikam said they ...": where the sayers work)
        return self.key_of(subj, exclude) or next(
            (self.token_key[g.i] for p in subj.children if p.dep_ == "prep" and p.lower_ == "at"
             for g in p.children if g.dep_ == "pobj" and g.i in self.token_key and self.token_key[g.i] not in exclude),
            None)

    def _describing_sayer(self, tok):
        """The description ("The company") that says the clause whose subject is ``tok``, or None."""
        clause = tok.head
        while clause.dep_ in ("dobj", "pobj", "prep", "nsubj", "nsubjpass") and clause.head.i != clause.i and \
                tok.dep_ == "poss":  # "The company said it had taken its servers offline"
            clause = clause.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        if clause.dep_ == "ccomp":
            say = clause.head
        elif clause.dep_ == "relcl" and clause.head.dep_ == "pobj" and clause.head.head.dep_ == "prep" and any(
                c.lower_ == "that" and c.i < tok.i for c in clause.children):
            say = clause.head.head.head  # "said at the time that it had ...", parsed as "the time that"
        else:
            return None
        if say.lemma_ not in word_set("modality", "reporting_verbs"):
            return None
        subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i in self.token_key or subj.lower_ in PRONOUNS_THING | PRONOUNS_PERSON:
            return None
        return subj

    def _addressees(self, tok) -> set[int]:
        """Token positions of whom a sayer tells what the clause ``tok`` is the subject of ("Kestrix
        told Fabrikam News that it had stolen ...": the teller speaks of itself, not of the paper)."""
        say = tok.head.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" else None
        if say is None or say.lemma_ not in word_set("modality", "reporting_verbs") or not any(
                c.dep_ == "nsubj" for c in say.children):
            return set()
        return {x.i for c in say.children if c.dep_ in ("dobj", "dative") for x in c.subtree}

    @staticmethod
    def _plural(tok, doers: bool = False) -> bool:
        """Is a name plural or coordinated ("the Russians", "Britain and the US"), or, for a
        subject "they" (``doers``), the demonym of a plural subject ("Kestrian hackers ... they")?"""
        return tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children) or (
            doers and tok.dep_ in ("amod", "compound") and tok.head.tag_ in ("NNS", "NNPS")
            and tok.head.dep_ in ("nsubj", "nsubjpass"))

    def _not_antecedents(self, tok) -> set[int]:
        """Token positions a pronoun cannot refer to: the noun its relative clause describes
        ("an Iranian group it calls Mint Sandstorm, which it linked to ..."), and, for an object
        pronoun, the subject of its own clause, a participle's being the main clause's
        ("severed relations with Qatar, accusing it of ...")."""
        bound: set[int] = set()
        if tok.head.dep_ in ("relcl", "acl"):
            clause = {t.i for t in tok.head.subtree}
            noun = tok.head.head
            while noun.dep_ in ("dobj", "oprd", "attr", "appos") and noun.head.dep_ in ("relcl", "acl"):
                noun = noun.head.head
            bound = {t.i for t in noun.subtree if t.i not in clause}
            # ("research on Kestrel, Android spyware that it attributed to ...": the name the
            # described noun stands beside is that noun too)
            while noun.dep_ == "appos":
                noun = noun.head
                bound |= {t.i for t in noun.subtree if t.i not in clause and t.i <= tok.i}
        if tok.dep_ in ("dobj", "dative"):
            v = tok.head
            while not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.dep_ in (
                    "advcl", "xcomp", "conj") and v.head.i != v.i:
                v = v.head
            bound |= {x.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
        return bound

    def _described_subject(self, tok, key, ok, exclude) -> str | None:
        """"The commission disclosed the breach. It has said ...": a definite description as a
        subject since ``key`` was last named, when the name holds it ("the commission")."""
        last_named = max((i for i, k in self.mentions if i < tok.i and k == key), default=-1)
        for t in reversed(self.doc[max(last_named + 1, tok.sent.start - RECENT_REACH):tok.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.i not in self.token_key and t.lower_ not in PRONOUNS_THING | PRONOUNS_PERSON:
                recalled = self.key_of(t, exclude)
                if recalled and ok(self.entities[recalled]) and t.lemma_.lower() in self.entities[recalled].name.lower():
                    return recalled
        return None

    def _reporter_of_own_subject(self, tok, key, ok, bound, exclude) -> str | None:
        """"The Czech government said China was behind the attack on its ministry": a possessive
        that would name the subject of its own reported clause names the reporter instead."""
        clause = next((a for a in tok.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        said = next((a for a in (clause.ancestors if clause is not None else ()) if a.pos_ == "VERB"
                     and a.lemma_ in word_set("modality", "reporting_verbs")), None)
        if said is None:
            return None
        own = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        if key not in {self.token_key.get(x.i) for x in own.subtree}:
            return None
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in PRONOUNS_THING | PRONOUNS_PERSON:
            return None
        keys = [k for k in (self.token_key.get(x.i) or self.key_of(x, exclude) for x in subj.subtree
                            if x.i not in bound) if k and ok(self.entities[k])]
        return keys[-1] if keys else None

    @staticmethod
    def _locative(tok) -> bool:
        """Is a name the object of a place preposition ("in Helsinki", "at the Pentagon")?"""
        while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "outside", "inside")

    def dateline(self):
        """The article's dateline ("WASHINGTON, July 13 (Wire) - "), a match in the first lines, or None."""
        if not hasattr(self, "_dateline_match"):
            from ..nlp.clean import dateline

            self._dateline_match = dateline(self.doc.text)
        return self._dateline_match

    def main_state(self) -> str | None:
        """The state the text names most often, when one leads (else None)."""
        counts = Counter(k for _, k in self.mentions if self.entities[k].type == "Country").most_common(2)
        if not counts or len(counts) > 1 and counts[1][1] * 2 > counts[0][1]:
            return None
        return counts[0][0]

    def passage_state(self, tok) -> str | None:
        """The state the passage before ``tok`` is about: its last subject state."""
        return self._recent(tok.i, lambda e: e.type == "Country", prefer_subjects=True)

    def news_outlet(self, key: str) -> bool:
        """Is the entity a news outlet ("The Washington Post", "Reuters")?"""
        ent = self.entities[key]
        return ent.type in ("Organization", "Other") and ent.name.split()[-1] in word_set("entity_words", "news_outlet_words")

    @staticmethod
    def division_name(tok) -> str:
        """The place's name: the word and the compound words that lead to it ("New Jersey"), not
        those deeper in a clause on it ("Ontario, where ... a multi-year prison term")."""
        def named(t) -> bool:
            while t.i != tok.i:
                if t.dep_ not in ("compound", "flat"):
                    return False
                t = t.head
            return True
        return " ".join(t.text for t in tok.subtree if named(t)).lower()

    def state_of_division(self, tok) -> str | None:
        """The state a federation's division belongs to ("in New Jersey" -> the United States),
        or a city ("in San Francisco", a place the NER found or a name after "in"), registered as an entity; None for
        other words."""
        town = self.entities.get(self.token_key.get(tok.i, ""))
        if town is not None and town.type == "Other" and town.country and ", " in town.name:
            name = town.name.rsplit(", ", 1)[1].lower()  # "in Trenton, New Jersey": New Jersey's state
        else:
            name = self.division_name(tok)
        # (a city the NER took for a company is one after "in": "arrested in Marseille")
        city = tok.ent_type_ == "GPE" or tok.ent_type_ in ("ORG", "") and tok.pos_ == "PROPN" and tok.dep_ == "pobj" \
            and tok.head.lower_ == "in"
        key = subdivisions().get(name) or (cities().get(fold(name)) if city else None)
        if city and key not in (None, "USA") and key not in city_states().get(fold(name), ()) \
                and city_population(name) > mean_division_population().get(key, float("inf")):
            key = cities()[fold(name)]  # a city bigger than a small division of its name elsewhere: "Portland"
        return self.state_key(key) if key is not None else None

    def dateline_state(self) -> str | None:
        """The state of the article's dateline city, registered as an entity; None without one."""
        if not hasattr(self, "_dateline"):
            self._dateline = None
            m = self.dateline()
            if m is not None:
                ent = self.gaz.lookup(m.group("city").strip().title())
                if ent is not None and ent.type == "Country":
                    self.entities.setdefault(ent.key, ent)
                    self._dateline = ent.key
        return self._dateline

    def _recent(self, before: int, ok, prefer_subjects: bool = False, where=lambda i: True,
                owners: bool = False) -> str | None:
        cands = sorted((i, k) for i, k in self.mentions if i < before and ok(self.entities[k]) and where(i))
        if not cands:
            return None
        sent_start = self.doc[before].sent.start
        if prefer_subjects:
            subj = [(i, k) for i, k in cands if (self.doc[i].head.dep_ in ("nsubj", "nsubjpass")
                    or self._np_head(self.doc[i]).dep_ in ("nsubj", "nsubjpass") or owners and self._subject_owner(self.doc[i]))
                    and not self._describes(self.doc[i])]
            # within two sentences back
            if subj and subj[-1][0] >= max(0, sent_start - RECENT_REACH):
                # "Microsoft's Threat Analysis Center said": the owner named first speaks (but
                # in "Ukraine's CERT-UA said" the state's body does, and stands with its state)
                head = self._np_head(self.doc[subj[-1][0]]).i
                owners = [k for i, k in subj if self.doc[i].dep_ == "poss" and self._np_head(self.doc[i]).i == head
                          and self.entities[k].type != "Country"]
                return owners[0] if owners else subj[-1][1]
        return cands[-1][1]

    def _subject_owner(self, tok) -> bool:
        """Does a name own the subject through "of" ("the website of Contoso was paralysed ... the
        company said"), as "Contoso's website" would?"""
        head = self._np_head(tok)
        return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in ("nsubj", "nsubjpass")

    @staticmethod
    def _describes(tok) -> bool:
        """Is a name inside an apposition that describes the subject ("Washington" in "Premera
        Blue Cross, a Washington state insurer, said ...")? It is no subject of its own."""
        while tok.dep_ in ("compound", "flat", "amod", "nmod", "poss") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass", "compound", "flat")

    @staticmethod
    def _np_head(tok):
        """The head of the noun phrase a name stands in ("Donald" in "Donald Trump's
        campaign said" -> campaign; "Microsoft" in "Microsoft's team" -> team)."""
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        return tok.head if tok.dep_ in ("poss", "amod", "nmod", "appos") else tok

    def keys_in(self, tok, stop_deps=("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"), exclude=(),
                places=False) -> list[str]:
        """Entity keys named in the noun phrase headed by ``tok`` (coordination included);
        with ``places``, also where its things are ("networks in Guam", "agencies in the US")."""
        follow = ("of", "from", "including", "among", "within") + (("in", "at") if places else ())
        keys: list[str] = []
        stack = [tok]
        doers = doer_nouns()
        while stack:
            t = stack.pop()
            people = self.recall_people(t) or self.recall_bodies(t)
            key = self.key_of(t, exclude) if not (people and t.pos_ == "PRON") else None
            if key and key not in keys:
                keys.append(key)
            for k in people:
                if k not in keys and k not in exclude:
                    keys.append(k)
            # a named company ("the US firm Dragos", "Slovak vendor ESET"), not "South Korean banks"
            firm = t.pos_ == "NOUN" and t.lemma_.lower() in words()["organization_heads"] and t.lemma_.lower() not in (
                "agency", "group") and (t.i + 1 in self.token_key or t.dep_ == "compound" and t.head.i in self.token_key
                                        or any(c.dep_ == "appos" and c.i in self.token_key for c in t.children))
            # ("a Finnish group calling itself Kestrix Tim": the group, named, is that name, no state)
            firm = firm or t.pos_ == "NOUN" and t.i in self.token_key and self.entities.get(
                self.token_key[t.i]) is not None and self.entities[self.token_key[t.i]].type in ("ThreatActor", "Organization")
            if t.i == tok.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in words()["serving_verbs"] and (
                    t.lemma_.lower() in doers):
                # "the hackers who attacked X were acting on behalf of the Russian state"
                stack.extend(self.served(t.head))
            for c in t.children:
                if (firm or t.lemma_.lower() in words()["private_people"]) and c.dep_ in ("amod", "compound", "nmod") \
                        and c.i < t.i and self._is_state(c):
                    continue  # "the US firm Dragos said", "Chinese netizens slammed": no party to it
                if c.dep_ == "acl" and c.lemma_ not in words()["allegiance_verbs"] + words()["source_participles"]:
                    # "tools used by Lazarus": the agent of a participle (not the claimant of
                    # "hackers linked by US agencies to the IRGC")
                    stack.extend(g for a in c.children if a.dep_ == "agent" for g in a.children)
                if c.dep_ == "acl" and c.lemma_ in words()["allegiance_verbs"] and t.lemma_.lower() in doers:
                    stack.extend(self.served(c))  # "hackers working for the Chinese state" (not "an attack linked to a flaw")
                if c.dep_ == "prep" and c.lower_ == "with" and t.lemma_.lower() in doers:
                    # "hackers with ties to Iran", "operators with links to the IRGC": whom they are tied to
                    stack.extend(x for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in words()["tie_nouns"]
                                 for p in g.children if p.dep_ == "prep" and p.lower_ == "to"
                                 for x in p.children if x.dep_ == "pobj")
                if c.dep_ in stop_deps or c.dep_ == "prep" and c.lower_ not in follow and not (
                        # "hackers in Iran got into ...": where the doers are is whom they act for
                        c.lower_ == "in" and t.lemma_.lower() in doers and t.tag_ == "NNS"
                        and any(g.dep_ == "pobj" and self._is_state(g) for g in c.children)):
                    continue
                if c.dep_ == "prep" and c.lower_ in ("in", "at") and is_mission(t):
                    continue  # "the Chinese embassy in London said": the host is no speaker
                if c.dep_ == "appos" and t.dep_ in ("nsubj", "nsubjpass") and c.i > t.head.i > t.i and any(
                        x.text == ":" for x in self.doc[t.i + 1:c.i]):
                    continue  # "OFAC added two men to the list: Ivan Sokolov and ...": a list after a colon, misparsed
                if c.dep_ == "poss" and t.lemma_.lower() in words()["kin_nouns"]:
                    continue  # "his father said": another person speaks
                if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "of" and c.i > 0 and self.doc[c.i - 1].text == ",") and (
                        self.entities.get(self.token_key.get(t.i, "")) is not None
                        and self.entities[self.token_key[t.i]].type == "Person"
                        or t.dep_ == "appos" and t.lemma_.lower() in words()["people_nouns"]):  # ("X, a man from Tulsa")
                    continue  # "Ivan Sokolov, of Tampere", "Aino Virtanen, 23, from Oulu": where a person lives is no party
                stack.append(c)
        return keys

    @staticmethod
    def served(verb) -> list:
        """Whom an allegiance verb says its doer serves: "working for X", "linked to X",
        "acting on behalf of X"."""
        out = []
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in ("for", "to", "with"):
                out += [g for g in p.children if g.dep_ == "pobj"]
            elif p.dep_ == "prep" and p.lower_ == "on":  # "on behalf of X"
                out += [x for g in p.children if g.dep_ == "pobj" and g.lower_ == "behalf"
                        for q in g.children if q.dep_ == "prep" and q.lower_ == "of"
                        for x in q.children if x.dep_ == "pobj"]
            elif p.dep_ == "prep" and p.lower_ == "in":  # "in X's interest", "in the interests of X"
                out += [x for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() == "interest"
                        for x in [c for c in g.children if c.dep_ == "poss"] + [
                            y for q in g.children if q.dep_ == "prep" and q.lower_ == "of" for y in q.children if y.dep_ == "pobj"]]
        return out

    def _is_state(self, tok) -> bool:
        key = self.token_key.get(tok.i)
        return key is not None and key in self.entities and self.entities[key].type == "Country"

    def with_states(self, keys: list[str]) -> list[str]:
        """Keys plus the state each body or person acts for (both count, as in the gold)."""
        out = list(keys)
        for k in keys:
            country = self.entities[k].country if k in self.entities else None
            if country and country not in out and country in self.entities:
                out.append(country)
            elif country and country not in out:
                ent = self.gaz.entity(country)
                if ent is not None:
                    self.entities[country] = ent
                    out.append(country)
        return out
