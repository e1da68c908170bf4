"""Triggers + dependency arguments -> event mentions (one per trigger, before merging).

A trigger is a verb or noun from ``kg/data/triggers.json``. Its arguments come from the
dependency parse: the subject (inherited through conjunctions, participles and control
verbs) is the actor, the object / passive subject / listed prepositions hold the target,
a passive "by" phrase the actor. Modality comes from ``kg/data/modality.json``: a negated
or hypothetical trigger is marked so, and the caller leaves it out of the output.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
import re

from dataclasses import dataclass, field, replace

from ..model import TimeValue
from .entities import QUOTE_MARKS, EntityIndex, doer_nouns, is_group, words
from .coref import RESPONSE_TYPES, SPEECH_ACTS, stage_of
from .temporal import DAY_PARTS, WEEKDAYS, names_the_anchors_period
from .gazetteer import cities, fold
from .lexicon import load, noun_index, verb_index, verbs_of, word_set

SUBJ = ("nsubj", "nsubjpass", "csubj")
BLOW_VERBS = ("seize", "dismantle", "disrupt", "sinkhole")  # measures that strike at attackers, by no victim
REL_PRONOUNS = {"that", "which", "who", "whom", "whose"}
HOSTILE_TYPES = ("ThreatActor", "Malware")  # the entities an attacker is named by
# a program told by its kind, not its name ("the worm", "a new variant"): what infects machines
MALWARE_DOERS = frozenset({"worm", "virus", "malware", "trojan", "version", "variant", "strain", "botnet", "ransomware"})
CLAUSE_UP = ("conj", "xcomp", "advcl", "pcomp", "acl", "relcl", "ccomp")


def mod(key):
    return word_set("modality", key)


@lru_cache(maxsize=1)
def hyphened_cyber_words() -> tuple[str, ...]:
    return tuple(w for w in mod("cyber_words") if "-" in w)


def hyphened_in(text: str, vocabulary) -> set[str]:
    """The hyphened words of ``vocabulary`` a text holds ("denial-of-service", "short-sighted"),
    which the tokenizer splits into pieces that are no such words one by one."""
    low = text.lower()
    return {w for w in vocabulary if "-" in w and w in low} if "-" in low else set()


def open_question(tok) -> bool:
    """Is ``tok`` the verb of a clause under "whether", "if" or "unless" (asked or supposed,
    not asserted)?"""
    return any(c.dep_ == "mark" and c.lower_ in mod("open_marks") for c in tok.children)


@dataclass
class Mention:
    """An event as one trigger reads it, with entity keys and the date it attaches."""
    type: str
    trigger: object  # spaCy Token
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: TimeValue | None = None
    modality: str = "asserted"
    attack_actors: list[str] = field(default_factory=list)  # for reported attributions
    anchor: object = None  # the token whose dates date the event (default: the trigger)
    self_claim: bool = False  # "X claimed responsibility": X blames itself
    stops_attack: bool = False  # "disrupted the operation": a defence against an attack told before
    from_evidence: bool = False  # "the evidence pointed to X": a claim read from what the evidence shows
    joined: list[str] = field(default_factory=list)  # "Japan joined the US in naming X": the US
    civil: bool = False  # a civil suit: "lawsuits were filed against X" names its defendant, not always its plaintiffs
    lodged: bool = False  # a complaint lodged with the police: its complainant, no one yet accused
    date_span: object = None  # the date expression the date was read from

    @property
    def sent(self):
        return self.trigger.sent

    @property
    def head(self):
        """The token that dates the event: a reported claim is dated by its reporting
        verb ("Norway said on Monday that a March 10 intrusion ..."), else the trigger."""
        return self.anchor if self.anchor is not None else self.trigger


def forms(t) -> set[str]:
    """The lemma and lower-case form of a token, plus the singular of a plural the tagger
    took for a proper noun ("Hackers attacked ...", "Attacks on banks ..." opening a
    sentence keep their capital and their plural as lemma)."""
    out = {t.lemma_.lower(), t.lower_}
    if t.pos_ == "PROPN" and t.lower_.endswith("s") and t.lemma_.lower() == t.lower_:
        out.add(t.lower_[:-1])
    return out


def is_passive(v) -> bool:
    """Passive voice; a participle with a "by" agent is one even without its auxiliary, as
    headlines drop it ("Australia targeted by state hackers")."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in v.children)
        and not finite_misread(v)) or shares_passive(v)


def shares_passive(v) -> bool:
    """"was detained in Kestria and extradited to Contosia", "was convicted and sentenced": a later
    stage of a case (extradition, conviction, sentence; a verb that takes its object) joined to a
    passive verb, with no subject, object or auxiliary of its own, is passive too (the tagger may
    read the second "-ed" form as a past tense; "was struck by hackers and moved to paper forms",
    which it did itself, stays active; "arrested and charged" stays one act, as annotators read it)."""
    return v.dep_ == "conj" and v.tag_ in ("VBN", "VBD") and v.lower_.endswith(("ed", "en")) and v.head.i < v.i \
        and v.lemma_.lower() in later_stage_verbs() \
        and any(c.dep_ == "auxpass" for c in v.head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "xcomp", "ccomp", "dative", "acomp")
                    for c in v.children)  # (not "was never indicted and denied playing any role")


@lru_cache(maxsize=1)
def later_stage_verbs() -> frozenset:
    """The verbs of a case's later stages (extradition, conviction, sentence: triggers.json's
    LegalAction "stages"), which follow an arrest told in the same sentence."""
    stages = load("triggers")["LegalAction"]["stages"]
    return frozenset(w for s in ("extradite", "convict", "sentence") for w in stages[s])


@lru_cache(maxsize=1)
def context_words() -> frozenset:
    """Words that make the words around them speak of computers: the cyber words and the
    credential words (modality.json)."""
    return frozenset(mod("cyber_words")) | frozenset(mod("credential_words"))


def judicial_divisions(places) -> list:
    """Places with a judicial district or circuit read as the division it is of ("indicted in
    the Southern District of Ohio": Ohio)."""
    return [g for p in places for g in (preps(p, "of") if p.lower_ in ("district", "circuit") else [p])]


def finite_misread(v) -> bool:
    """"The Ruritanian defence minister, Aino Virtanen, publicly named the GRU ...", parsed with no
    main verb and "named" a participle of "minister": a sentence's one verb, with an object, hung
    on its subject noun as if it described it."""
    return v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "dobj" for c in v.children) and not any(c.dep_ in ("auxpass", "agent") for c in v.children)


def verb_lemma(tok, known) -> str | None:
    """The lemmatizer's slips ("fined" -> "fin", "crippled" left as it is): the past form
    less its ending, when that is a known verb."""
    if not tok.lower_.endswith("ed"):
        return None
    return next((f for f in (tok.lower_[:-1], tok.lower_[:-2]) if f in known), None)


def perfect_misread(v) -> bool:
    """"it had disabled accounts", parsed as "had [disabled accounts]": a past participle the
    parser took for an adjective on the object of "had" is the verb, that noun its object."""
    return (v.dep_ == "amod" and v.tag_ in ("JJ", "VBN") and v.i > 0 and v.lower_.endswith("ed")
            and v.doc[v.i - 1].lemma_ == "have" and v.head.dep_ == "dobj" and v.head.head.i == v.i - 1)


def adjective_misread(v) -> bool:
    """'a group calling itself the "Burning Sword of Kestrix" claimed responsibility', parsed
    with "claimed" as an adjective of "responsibility": a past verb with a subject of its own
    that the parser hung on the noun after it is the verb, that noun its object."""
    return (v.dep_ == "amod" and v.tag_ == "VBD" and v.pos_ == "VERB" and v.head.i > v.i
            and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children) and not any(c.dep_ == "mark" for c in v.children)
            and v.sent.root.pos_ in ("NOUN", "PROPN"))  # (the sentence is left with no verb of its own)


@lru_cache(maxsize=1)
def attackers_means() -> frozenset:
    """What a takedown strikes at: the hostile doers' words and their machines."""
    return frozenset(load("triggers")["DefensiveMeasure"]["hostile_doers"]) | {"server", "infrastructure", "domain"}


def strikes_at_attackers(trigger) -> bool:
    """Is the measure's object the attackers' own means ("the botnet's servers", "the Kestrix
    botnet"), which partners take down together?"""
    return any(t.lemma_.lower() in attackers_means() for o in trigger.children if o.dep_ in ("dobj", "nsubjpass")
               for t in o.subtree)


def naming_clause_after(t):
    """A clause that names the noun ``t`` but that the parser hung on another word ("connected
    the campaign to the group others call Charming Kitten": "call" on "campaign"): the clause
    verb whose words start right after the noun."""
    if t.pos_ != "NOUN" or t.i + 1 >= len(t.doc):
        return None
    c = t.doc[t.i + 1]
    while c.left_edge.i == t.i + 1:
        if c.dep_ in ("relcl", "ccomp") and c.lemma_ in words()["naming_participles"]:
            return c
        if c.head.i in (c.i, t.i):
            return None
        c = c.head
    return None


def quoted(tok) -> bool:
    """Is a word inside quotation marks (an odd number of them before it in its sentence)?
    (Counted over the tokens: spaCy's ``doc.text`` is built anew on each read.)"""
    return sum(t.text.count(q) for t in tok.doc[tok.sent.start:tok.i] for q in QUOTE_MARKS) % 2 == 1


def ing_stem(word: str) -> str:
    """The verb of an "-ing" form, as far as its spelling tells: "cheating" -> "cheat", "conning"
    -> "con", "preying" -> "prey" (other words as they are)."""
    if not word.endswith("ing") or len(word) < 6:
        return word
    stem = word[:-3]
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" else stem


def house_part(tok) -> bool:
    """Is a noun outside quotes the text's own organisation or a part of it, called "our" ("Our
    protection team", "our own school"; not "our panel firm", another company)?"""
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children) or quoted(tok):
        return False
    lemma = tok.lemma_.lower()
    # (not "our mail provider, a firm called Contoso", a company of its own kind and name)
    return lemma in words()["house_parts"] or lemma in words()["house_names"] and not any(
        c.dep_ in ("compound", "appos") or c.dep_ == "amod" and c.lower_ not in ("own", "whole", "entire")
        for c in tok.children)


def house_unit(tok) -> bool:
    """Is a noun outside quotes a unit of no named owner, told as the one everybody knows ("IT reset
    both accounts", "The IT department reset the passwords"; not "a team at Contoso", "Fabrikam's
    staff")? In a text that speaks as "we", it is a unit of the text's own organisation."""
    if tok.text == "IT":  # (the department, which the tagger reads as the pronoun)
        return not quoted(tok)
    # (or every one of them: "each steward switched on two-factor sign-in", "all the stewards")
    return tok.lemma_.lower() in words()["house_parts"] and tok.tag_ in ("NN", "NNS") \
        and any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "every", "each", "all", "both") for c in tok.children) \
        and not any(c.dep_ in ("poss", "prep", "appos") or c.ent_type_ for c in tok.children) and not quoted(tok)


@lru_cache(maxsize=1)
def reporting_acts() -> frozenset:
    """Verbs by which a firm or body tells its findings (say, publish, describe, ...)."""
    return frozenset(mod("reporting_verbs")) | frozenset(mod("publishing_verbs")) | frozenset(
        load("triggers")["Attribution"]["describing_verbs"])


def trade_word(tok) -> bool:
    """Does an attack word only name a trade's place or tool ("two of the largest hacking
    forums", "a phishing kit"), no act?"""
    return tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in mod("trade_heads")


def subject_of(v, depth: int = 0):
    """The token that acts as the subject of verb ``v``, inherited where the parse leaves it out."""
    if depth > 6:
        return None
    if perfect_misread(v):
        return subject_of(v.doc[v.i - 1], depth + 1)
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1:  # "In mid-April the FBI said": a fronted date misread as a second subject
        # ("the two governments each blamed ...": a floating "each" is no subject of its own)
        subjects = [c for c in subjects if c.i < v.i and c.lower_ not in ("each", "both", "all")][-1:] or subjects
    for c in subjects:
        if c.lower_ in REL_PRONOUNS and v.dep_ == "relcl":
            return v.head
        if c.lower_ in ("itself", "themselves", "himself", "herself"):
            # "LockBit had itself claimed it", parsed with the emphatic pronoun as the subject
            # and the name as the auxiliary's: the name
            named = [g for a in v.children if a.dep_ == "aux" for g in a.children if g.dep_ == "nsubj"]
            if named:
                return named[0]
        return c
    for c in v.children:
        if c.dep_ in ("advcl", "csubj") and c.i < v.i and c.lemma_ in words()["naming_participles"]:
            # "a group calling itself "Black Kestrix" claimed ...", parsed with the group the
            # subject of the participle, made a clause of the verb
            named = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if named is not None:
                return named
    if not is_passive(v) and v.i > 0 and v.pos_ == "VERB":
        # "ALPHV claimed the attack", parsed with the unknown name as an adverb: a name right
        # before the verb, opening its clause, is its subject
        first = v.doc[v.i - 1]
        if first.dep_ in ("advmod", "npadvmod") and first.head.i == v.i and first.pos_ == "PROPN" \
                and (first.i == first.sent.start or first.nbor(-1).is_punct):
            return first
        # "On 3 June Fabrikam sued Contoso", "In 2019 police arrested him", parsed with the
        # subject as the object of "On" and the date as its modifier: the subject
        for prep in v.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in") and prep.i < v.i:
                for name in prep.children:
                    if name.dep_ == "pobj" and name.pos_ in ("PROPN", "NOUN") and name.ent_type_ != "DATE" and any(
                            c.ent_type_ == "DATE" and c.i < name.i for c in name.children):
                        return name
                    # ("On 30 January the FBI, working with Europol, seized ...": the name as the date's apposition)
                    if name.dep_ == "pobj" and name.ent_type_ == "DATE" and not any(c.dep_ in SUBJ for c in v.children):
                        named = next((c for c in name.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"
                                      and c.ent_type_ != "DATE" and c.i > name.i), None)
                        if named is not None:
                            return named
    if finite_misread(v):
        return v.head  # (the sentence's noun is the subject)
    if is_passive(v):
        for c in v.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if v.dep_ in ("acl", "relcl") or any(c.dep_ == "nsubjpass" for c in v.children):
            return None
    if v.dep_ == "conj" and not is_passive(v) and is_passive(v.head) and v.head.dep_ in ("ROOT", "conj") and any(
            c.dep_ == "cc" and v.head.i < c.i < v.i for c in v.head.children):
        # "Contoso was struck by malware and moved its smelters to manual control": the one struck,
        # not the agent, goes on to act
        patients = [c for c in v.head.children if c.dep_ == "nsubjpass"]
        if patients:
            return patients[0]
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
        h = v.head
        if v.dep_ == "conj" and h.dep_ == "ccomp" and any(c.dep_ == "expl" for c in h.children) and not any(
                c.dep_ in SUBJ for c in h.children):
            # "told lawmakers that there was evidence and called it outrageous": an existential
            # "there was" has no actor to share; the conjunct goes with the telling verb
            return subject_of(h.head, depth + 1)
        if v.dep_ == "xcomp" and h.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in h.children):
            # "It took the oil ministry several days to reconnect the stations": the ministry
            objs = [c for c in h.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs[0]
        if v.dep_ == "xcomp" and h.lemma_ in mod("causing_verbs") and not is_passive(h) and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.ent_type_ == "" for c in h.children):
            # "The attack forced the council to take its booking system offline": the forced act
            objs = [c for c in h.children if c.dep_ == "dobj" and c.i < v.i]
            if objs:
                return objs[0]
        if v.dep_ == "xcomp" and is_passive(v.head):  # "were asked to leave": the asked leave
            for c in v.head.children:
                if c.dep_ == "nsubjpass":
                    return c
        return subject_of(v.head, depth + 1)
    if v.dep_ in ("relcl", "acl"):
        head = v.head
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX") and head.head.lemma_ == "have":
                return subject_of(head.head, depth + 1)
            if v.dep_ == "acl" and v.tag_ == "VBG" and head.dep_ == "dobj" and head.head.pos_ == "VERB" and (
                    head.lemma_.lower() in mod("statement_nouns") or head.lemma_.lower() in load("triggers")["Attribution"]["evidence_nouns"]):
                return subject_of(head.head, depth + 1)  # "published findings linking X to Y": who published them
            return head
    if v.dep_ == "pcomp" and v.head.head is not None:
        gov = v.head.head
        if v.head.lower_ == "as" and is_passive(gov):  # "X was quoted as saying": X says
            subj = [c for c in gov.children if c.dep_ == "nsubjpass"]
            if subj:
                return subj[0]
        if v.head.lower_ in ("of", "for", "with") and gov.pos_ == "VERB":
            # "accused Iran of orchestrating", "indicted five officers for hacking", "were charged
            # with hacking": the one accused did it
            objs = [c for c in gov.children if c.dep_ == ("nsubjpass" if is_passive(gov) else "dobj")]
            if objs:
                return objs[0]
        return subject_of(gov, depth + 1)
    return None


def controlled_object(v):
    """"ordered four diplomats to leave": the object of the verb above does what ``v`` says
    (the verb's actor stays the one who orders, as the gold reads directives)."""
    if v.dep_ == "xcomp" and not is_passive(v.head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        objs = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
        if objs:
            return objs[0]
    return None


def preps(tok, word: str):
    """Objects of the preposition ``word`` attached to ``tok``."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    return out


def obj_of(v):
    if perfect_misread(v) or adjective_misread(v):
        return [v.head]
    objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
    if not objs and v.dep_ == "relcl" and v.pos_ == "VERB" and v.i + 1 < len(v.doc) and v.doc[v.i + 1].text == ",":
        # "attacks that disabled, for hours, the sites of X": the object after the aside, parsed as
        # an apposition of the relative clause's noun (or as a second object of the verb above)
        objs = [c for c in v.head.children if c.dep_ == "appos" and c.i > v.i] or [
            c for c in v.head.head.children if c.dep_ == "dobj" and c.i > v.i and v.head.dep_ == "dobj"]
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if not objs and len(subjects) > 1 and subjects[0].i < v.i and v.pos_ == "VERB":
        # "a grand jury in Boston, Massachusetts, indicted Ivan Sokolov, of Tampere, and ...",
        # parsed with two subjects: the one after the verb is its object
        return [c for c in subjects if c.i > v.i]
    # "sanctioned him the same day", parsed with "him" as a dative: a dative without a
    # direct object is the object
    return objs or [c for c in v.children if c.dep_ == "dative" and c.tag_ == "PRP"] or [
        # "police arrested Sokolov.", the name parsed as an adverb: a name right after the verb
        c for c in v.children if c.i == v.i + 1 and c.dep_ in ("advmod", "npadvmod") and v.pos_ == "VERB"
        and c.ent_type_ in ("PERSON", "ORG") and c.text[:1].isupper()]


def first_conjunct(tok):
    """The first of the words ``tok`` is coordinated with ("contain" in "contain X and remove Y")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def reporting_ancestors(tok) -> list:
    """The reporting or disclosure verbs above ``tok``, nearest first."""
    return [a for a in tok.ancestors if a.pos_ == "VERB" and (
        a.lemma_ in mod("reporting_verbs") or a.lemma_ in mod("disclosure_verbs"))]


def with_conj(toks):
    out = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts)
    return out


SEEMING = ("look", "appear", "seem", "resemble")


def disguised(obj, acts, asks=()) -> bool:
    """Is a message told to be other than it looks, by a participle on it (or on the verb that
    has it, where the parser hangs it): 'an e-mail purporting to come from its bank', 'a message
    dressed up as a document share', 'an e-mail made to look as if it came from the custody provider'?"""
    after = [c for c in obj.children if c.dep_ in ("acl", "relcl")]
    # ('a message titled "Renewal" urging them to sign in': the participle hung on the title)
    after += [g for c in list(after) for o in c.children if o.dep_ == "dobj" for g in o.children if g.dep_ == "acl"]
    if obj.dep_ == "dobj":  # (on the verb only right after the object: not "got a call, pretending to be out")
        after += [c for c in obj.head.children if c.dep_ == "advcl" and c.i > obj.i and all(
            t.is_punct for t in obj.doc[obj.right_edge.i + 1:c.i])]
    # ("an e-mail claiming to come from its bank": whatever it does, it says where it comes from)
    # ("a text urging them to sign in to renew their membership": a message that asks for a
    # login, one of ``asks``)
    return any(c.lemma_.lower() in acts or looks_like(c) or c.lemma_.lower() in ("ask", "urge", "request") and any(
        x.dep_ == "xcomp" and (x.lemma_.lower() in asks or diverts_payment(x)) for x in c.children) or any(
        x.dep_ == "xcomp" and (x.lemma_.lower() in SEEMING or x.lemma_.lower() in (
        "come", "originate") and any(p.dep_ == "prep" and p.lower_ == "from" for p in x.children)) for x in c.children)
               for c in after)


def diverts_payment(v) -> bool:
    """Does ``v`` ask for money paid to a new account ("asking you to pay the deposit into a new
    bank account"), the mark of an invoice fraud?

    >>> from types import SimpleNamespace as T
    >>> new, acct = T(dep_="amod", lower_="new"), None
    >>> acct = T(dep_="pobj", lemma_="account", children=[new])
    >>> into = T(dep_="prep", lower_="into", children=[acct])
    >>> diverts_payment(T(lemma_="pay", children=[into])), diverts_payment(T(lemma_="pay", children=[]))
    (True, False)
    """
    return v.lemma_.lower() in load("triggers")["_lists"]["paying_verbs"] and any(
        p.dep_ == "prep" and p.lower_ in ("to", "into") and any(
            o.dep_ == "pobj" and o.lemma_.lower() == "account" and any(
                m.dep_ == "amod" and m.lower_ in ("new", "different") for m in o.children) for o in p.children)
        for p in v.children)


@lru_cache(maxsize=1)
def rebuilding_verbs() -> frozenset:
    """The verbs of rebuilding a machine, hyphens dropped ("re-enrol" -> "reenrol")."""
    return frozenset(w.replace("-", "") for w in load("triggers")["DefensiveMeasure"]["rebuilt_verbs"])


def looks_like(v) -> bool:
    """"messages that looked like shared documents", "e-mails that looked like they came from
    the Kestrix Bank", "looked as if ...": a seeming verb with its likeness, a phrase or a clause."""
    return v.lemma_.lower() in SEEMING and any(
        p.dep_ == "prep" and p.lower_ == "like" or p.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("like", "if", "though") for m in p.children) for p in v.children)


def marked_after(obj, signs) -> bool:
    """Is a message told to be a lure by words after it, in its own phrases (not in a clause it
    reports): 'an SMS, apparently from a parcel courier', 'an iMessage with a link to a look-alike
    of the staff portal', 'an e-mail pointing to a counterfeit login page'?"""
    if not signs:
        return False
    stack, seen = [c for c in obj.children if c.i > obj.i], []
    if obj.dep_ == "dobj":  # (the parser hangs "from ..." and "with a link ..." on the verb)
        stack += [c for c in obj.head.children if c.i > obj.i and (
            c.dep_ == "prep" and c.lower_ in ("from", "with", "in") or c.dep_ == "advmod")]
    while stack:
        t = stack.pop()
        # (a clause on the message itself describes it, "an e-mail pointing to a counterfeit page";
        # one below that, or a reported clause, is what it says: "an e-mail from Google warning
        # that fake accounts ...")
        if t.dep_ in ("ccomp", "parataxis") or t.dep_ in ("relcl", "advcl", "xcomp") and t.head.i != obj.i:
            continue
        seen.append(t)
        stack += list(t.children)
    return any(t.lower_.replace("-", "") in signs or in_the_name_of_another(t) for t in seen)


def in_the_name_of_another(prep) -> bool:
    """Is a phrase "in our name", "in the club's name" (a message sent as someone it does not
    come from)? Read on the words, as the parser may take "name" for a modifier of what follows
    ("in our name asking for card numbers")."""
    if prep.lower_ != "in":
        return False
    words_ = prep.doc[prep.i + 1:prep.i + 5]
    at = next((w.i for w in words_ if w.lemma_ == "name"), None)
    return at is not None and any(w.tag_ in ("PRP$", "POS") for w in prep.doc[prep.i + 1:at])


def own_clause(children) -> bool:
    """Do a verb's dependents make a "that" clause with its own subject?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children)


def clause_verb(tok):
    """The nearest verb governing a noun trigger ("announced sanctions" -> announced)."""
    t = tok
    for _ in range(5):
        if t.dep_ == "ROOT" and t.pos_ not in ("VERB", "AUX"):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def date_head(span):
    """The word a date expression modifies ("cut ties on Wednesday" -> cut)."""
    gov = span.root.head
    # (the tagger may call "since" a subordinating conjunction even where it heads a phrase)
    while (gov.pos_ == "ADP" or gov.dep_ == "prep") and gov.head.i != gov.i:
        gov = gov.head
    return gov


def span_range(span):
    return range(span.start, span.end)


def tree_distance(a, b) -> int:
    pa = [a] + list(a.ancestors)
    pb = [b] + list(b.ancestors)
    ia = {t.i: n for n, t in enumerate(pa)}
    for n, t in enumerate(pb):
        if t.i in ia:
            return n + ia[t.i]
    return 99


class EventReader:
    """Reads event mentions from a parsed, entity-indexed article."""

    def __init__(self, doc, index: EntityIndex, dates: list[tuple[object, TimeValue]]):
        self.doc = doc
        self.ix = index
        # (spaCy span, value), in text order; a list entry's date of birth dates no event
        self.dates = [(sp, tv) for sp, tv in dates if not any(a <= sp.start_char < b for a, b in index.designation_lines)]
        self.trig = load("triggers")
        # nouns of an accusation ("the accusations", "Germany's claim")
        self.accusations = frozenset(self.trig["Condemnation"]["accusation_words"])
        self.claim_nouns = self.accusations | mod("statement_nouns")  # a claim told with its content
        # (a verb that is legal only with its words, "found guilty", "took into custody", is not one by itself)
        self.legal_words = frozenset(v for v, sp in self.trig["LegalAction"]["verbs"].items() if not (
            "with" in sp or "prep" in sp)) | frozenset(self.trig["LegalAction"]["nouns"])
        self.mentions: list[Mention] = []

    # -- context tests --------------------------------------------------------------
    def cyber_article(self) -> bool:
        """Is the article about cyber operations at all (then a bare 'attack' is one)?"""
        if not hasattr(self, "_cyber_article"):
            strong = set(mod("cyber_article_words"))
            hits = sum(1 for t in self.doc if t.lower_.startswith("cyber") or forms(t) & strong)
            # a named threat actor or piece of malware is cyber evidence too ("Sandworm", "Industroyer")
            hits += sum(1 for i, _ in self.ix.mentions if self.cyber_actor(self.doc[i]))
            self._cyber_article = hits >= 3
        return self._cyber_article

    INCIDENT_WORDS = {"attack", "hack", "intrusion", "breach", "campaign", "incident", "operation", "theft",
                      "compromise", "break-in", "outbreak", "espionage", "interference"}

    def about_cyber(self, tok) -> bool:
        """Does the sentence speak of a cyber incident (for claims: blame for what)?"""
        if self._speaks_of_cyber(tok.sent):
            return True
        # "... tried to hack the network. In October the minister named the GRU as responsible":
        # a claim that names no act of its own is about the one the sentence before told
        # ("named the GRU as the culprit, with supporting evidence": a manner, not an act)
        # ("blamed Ruritania, saying ...": what is said beside the claim is no act of its own)
        return tok.pos_ == "VERB" and tok.sent.start > 0 and not any(
            c.dep_ in ("prep", "ccomp", "xcomp", "advcl") and c.lower_ not in ("as", "in", "on", "with")
            and not (c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in mod("reporting_verbs"))
            for c in tok.children) and self._speaks_of_cyber(tok.doc[tok.sent.start - 1].sent)

    @staticmethod
    def hyphened_cyber(text: str) -> bool:
        """Does a text hold a hyphened cyber word ("denial-of-service", "zero-day"), which the
        tokenizer splits into words that are not cyber words one by one?"""
        return bool(hyphened_in(text, hyphened_cyber_words()))

    def _speaks_of_cyber(self, sent) -> bool:
        memo = self.__dict__.setdefault("_speaks_memo", {})  # (asked for many words of one sentence)
        if sent.start not in memo:
            lem = {f for t in sent for f in forms(t)}
            memo[sent.start] = bool(lem & (set(mod("cyber_words")) | self.INCIDENT_WORDS)) or any(
                t.lower_.startswith("cyber") or self.cyber_actor(t, recalled=True) for t in sent) or self.hyphened_cyber(sent.text)
        return memo[sent.start]

    def cyber_context(self, tok, local: bool = False) -> bool:
        words = context_words()
        if not local and self.cyber_article():
            sent = {f for t in tok.sent for f in forms(t)}
            if not sent & set(mod("physical_attack_words")):
                return True
        scope = list(tok.subtree) if local else list(tok.sent)
        lem = {f for t in scope for f in forms(t)}
        stretch = self.doc[scope[0].i:scope[-1].i + 1].text if scope else ""
        if scope and (self.hyphened_cyber(stretch) or hyphened_in(stretch, mod("credential_words"))):
            lem.add("cyber")  # ("distributed denial-of-service attacks", split into five tokens; "two-step")
        if any(w in lem for w in mod("physical_attack_words")) and not (
                lem & words or any(t.lower_.startswith("cyber") for t in scope)):
            return False  # a missile attack, unless the same words speak of a cyber one
        return bool(lem & words) or any(t.lower_.startswith("cyber") or self.cyber_actor(t) for t in scope)

    def cyber_actor(self, t, recalled: bool = False) -> bool:
        """Does a token name a threat actor or a piece of malware ("Lazarus Group's attack")?
        With ``recalled``, a noun that recalls one counts too ("Quillmark linked the group to ...")."""
        ent = self.ix.entities.get(self.ix.token_key.get(t.i, ""))
        if ent is None and recalled and t.pos_ == "NOUN" and {"ThreatActor", "Malware"} & set(
                words()["back_references"].get(t.lemma_.lower(), ())):
            return any(self.ix.entities[k].type in ("ThreatActor", "Malware") for k in self.keys([t]))
        return ent is not None and ent.type in ("ThreatActor", "Malware")

    CLIMB = ("xcomp", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "attr", "oprd", "acomp", "advmod",
             "compound", "amod", "appos", "aux")

    def presupposing(self) -> frozenset:
        """Words whose object is an attack that happened, whatever is said of them: "denied
        being behind the attack", "has never blamed China for the attack"."""
        if not hasattr(self, "_presupposing"):
            self._presupposing = frozenset(set(self.trig["Attribution"]["behind"]) | set(self.trig["Attribution"]["verbs"])
                                           | set(self.trig["Denial"]["verbs"]) | set(self.trig["Condemnation"]["verbs"])
                                           | {"involvement", "involve", "role", "over"})  # ("no one was arrested over the attack")
        return self._presupposing

    def known_incident(self, n) -> bool:
        """An attack named by its victim as a known one, under a preposition ("caught up in the
        Contoso breach", "since the Fabrikam hack"): what the clause supposes is not the attack."""
        return n.pos_ == "NOUN" and n.dep_ == "pobj" and n.lemma_.lower() in self.trig["CyberAttack"]["nouns"] and any(
            c.dep_ == "det" and c.lower_ == "the" for c in n.children) and any(
            c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in n.children)

    def presupposed(self, n) -> bool:
        """Is the attack ``n`` a given, whatever the clause says of it (a known one, or the object
        of a presupposing word: "denied being behind the attack")?"""
        if self.known_incident(n):
            return True
        t = n
        for _ in range(4):
            if t.head.i == t.i:
                return False
            t = t.head
            if t.lemma_.lower() in self.presupposing() or t.lower_ in self.presupposing():
                return True
            if t.pos_ in ("VERB", "AUX"):
                return False
        return False

    def modality(self, tok, stop=()) -> str:
        """negated / hypothetical / alleged / asserted, from the trigger and the verbs it
        complements ("could face sanctions", "threatened to expel", "stopped short of
        announcing sanctions"), not from clauses it is merely conjoined with."""
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
            return "negated"
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                c.lower_ in ("none", "nobody", "no-one") or any(
                    d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in c.children))
                for c in tok.children):
            return "negated"  # "none of them has been charged", "no one was arrested", "arrested nobody"
        if self.denied_occurrence(tok):
            return "hypothetical"
        if self.known_incident(tok):
            return "asserted"  # "if you were affected by the Contoso breach last May": a given
        sent = tok.sent
        if sent.text.rstrip().endswith("?") and (sent[0].pos_ == "AUX" or sent[0].tag_ in ("WRB", "WP") and len(sent) > 1
                                                 and sent[1].pos_ == "AUX"):
            return "hypothetical"  # "Will Brazil cut ties with Israel?", an FAQ's "Why was he jailed?"
        chain, t = [tok], tok
        infinitive = lambda x: any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)  # noqa: E731
        # ("no indication that data has been accessed": a that-clause on a noun denied with "no")
        content = lambda x: x.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in x.children) and any(  # noqa: E731
            c.dep_ == "det" and c.lower_ == "no" for c in x.head.children)
        # (a verb misread as an adjective is a clause's own verb: nothing above it governs it)
        # ("nobody expects Washington to cut ties": an infinitive parsed as a clause of its own)
        while (t.dep_ in self.CLIMB or t.dep_ in ("advcl", "acl", "ccomp") and infinitive(t) or content(t)) and t.head.i != t.i \
                and len(chain) < 6 and not adjective_misread(t):
            t = t.head  # ("threatened on Wednesday to expel", "has no plans to impose sanctions")
            if t.lemma_.lower() in stop or t.lower_ in stop:
                break  # "not behind the attack": the attack itself is not denied
            if t.dep_ == "prep" and t.lower_ in ("after", "since", "following", "despite", "amid"):
                break  # "is demanding a ransom after an attack on Friday": the attack is a given
            chain.append(t)
        for n, t in enumerate(chain):
            kids = list(t.children)
            if n > 0 and t.pos_ == "NOUN" and chain[n - 1].dep_ == "acl":
                if any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
                    return "negated"  # "no plans to impose sanctions"
                if t.lemma_ in mod("hypothetical_heads"):
                    return "hypothetical"  # "plans to impose", "a threat to expel"
            if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in kids) or any(
                    c.dep_ == "cc" and c.lower_ == "nor" for c in kids) or t.dep_ == "conj" and any(
                    c.dep_ == "preconj" and c.lower_ == "neither" for c in t.head.children):
                return "negated"  # "has neither confirmed nor denied involvement"
            if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) and any(
                    c.dep_ == "aux" and c.lower_ == "have" for c in kids):
                return "hypothetical"  # "a statement that would have condemned the attacks"
            if n > 0 and t.pos_ in ("VERB", "AUX") and t.lemma_ != "say" and any(c.dep_ == "neg" for c in kids):
                return "negated"
            if n > 0 and t.lemma_ in mod("negating_heads"):
                if (t.lemma_ != "stop" or any(c.lower_ == "short" for c in kids)) and (
                        t.lemma_ != "rule" or any(c.lower_ == "out" for c in kids)):
                    return "negated"
            if any(c.dep_ == "aux" and c.lower_ in mod("modal_aux") for c in kids) and not (
                    is_passive(t) and t.lemma_ in verbs_of("Attribution")
                    and all(c.lower_ in mod("assertive_modals") for c in kids if c.dep_ == "aux" and c.lower_ in mod("modal_aux"))):
                return "hypothetical"  # (but "the activities can be attributed to the GRU" asserts)
            if open_question(t) or (
                    n > 0 and t.pos_ == "ADJ" and t.lemma_.lower() in mod("open_verdicts")) or (
                    n > 0 and t.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in mod("open_verdicts")
                                                       for c in kids)):
                return "hypothetical"  # "unclear whether the UAE had carried out", "important to attribute"
            tense = self.told_in_present(t) if t.pos_ in ("VERB", "AUX") else None
            habits = mod("habitual_adverbs") | (mod("habitual_perfect_adverbs") if tense == "perfect" else frozenset())
            if tense and any(c.dep_ == "advmod" and c.lower_ in habits for c in kids):
                # "Moscow routinely dismisses such accusations", "Beijing has long rejected
                # them": a habit, no act
                return "hypothetical"
            if n == 0 and t.pos_ in ("VERB", "AUX") and (
                    any(g.lower_ in mod("earlier_ones") for p in kids if p.dep_ == "prep" and p.lower_ == "in" for g in p.children)
                    or any(a.dep_ == "amod" and a.lower_ in mod("earlier_ones") and o.tag_ == "NNS"
                           for o in obj_of(t) for a in o.children)):
                return "hypothetical"  # "has rejected previous accusations", "have in the past denied": no one act
            if n > 0 and t.pos_ in ("VERB", "AUX") and t.lemma_ in mod("hypothetical_heads"):
                if not (t.lemma_ == "ask" and tok.lemma_ == "leave"):
                    return "hypothetical"
        if any(c.lower_ in mod("alleging") for c in tok.children) or any(
                t.lower_ in mod("alleging") for t in tok.subtree if abs(t.i - tok.i) <= 3):
            return "alleged"
        subj = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.i < tok.i and any(t.lower_ in mod("alleging") for t in subj.subtree):
            return "alleged"  # "the worm, allegedly created by Russia, infected ...": the doer is alleged
        return "asserted"

    # -- arguments -------------------------------------------------------------------
    def keys(self, toks, exclude=(), places=False) -> list[str]:
        out: list[str] = []
        # "Iran, which Tirana blamed": a relative pronoun stands for the noun it follows
        toks = [t.head.head if t.lower_ in REL_PRONOUNS and t.head.dep_ == "relcl" else t for t in toks]
        toks = [self.counted_antecedent(t) or t for t in toks]  # ("two of them": of the men counted before)
        # "added two men to the list: Ivan Sokolov and Aino Ozola", the names hung by the parser on
        # a word before the counted noun: the men
        toks = toks + [a for t in toks if t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)
                       for a in t.sent if a.dep_ == "appos" and a.i > t.i and a.head.i < t.i
                       and any(x.text == ":" for x in t.doc[t.i:a.i])]
        # "a group calling itself X", "a crew known as X": X is who the noun is
        naming = words()["naming_participles"]
        # (or its apposition's: "our mail provider, a firm called Contoso")
        toks = toks + [g for t in toks for h in [t] + [a for a in t.children if a.dep_ == "appos"]
                       for c in h.children if c.dep_ == "acl" and c.lemma_ in naming
                       for g in [x for x in c.children if x.dep_ in ("oprd", "attr", "xcomp")] + preps(c, "as")]

        # ("a group Mandiant tracks as X" parsed with "tracks" a noun: the name after its "as", not the namer)
        # (or hung on the noun as its apposition: "a group" + "Quillmark tracks as X")
        toks = [n for t in toks for n in [x for w in [t, *(c for c in t.children if c.dep_ == "appos")]
                                          if w.lemma_ in naming and w.pos_ == "NOUN"
                                          for x in preps(w, "as") if self.ix.token_key.get(x.i)] or [t]]
        # "a group of hackers it calls Pawn Storm": the name a relative clause gives the noun
        # ("a group it tracks as Storm-2041": the name after "as")
        # ("connected the campaign to the group others call Flying Kitten": the clause hung on another noun)
        toks = toks + [x for t in toks for c in [*(c for c in t.children if c.dep_ == "relcl"), naming_clause_after(t)]
                       if c is not None and c.lemma_ in naming and any(g.dep_ == "nsubj" for g in c.children)
                       for x in [x for x in c.children if x.dep_ in ("dobj", "oprd")] + preps(c, "as")
                       if self.ix.token_key.get(x.i)]
        for t in with_conj(toks):
            found = self.ix.keys_in(t, exclude=exclude, places=places)
            if not found:  # "accused my country", "My delegation rejects ...": the speaker's state
                found = next((own for c in t.children if c.dep_ == "poss" and (own := self.ix.own_state(c))), [])
            if not found and t.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ == "our" and not quoted(c)
                                                      for c in t.children) and not any(c.dep_ == "appos" for c in t.children):
                found = self.house_named()  # "hackers defaced our website": the text's own organisation's
            if not found and t.head.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children):
                # "Tulsa, whose servers were hit": Tulsa's
                found = self.ix.keys_in(t.head.head, exclude=exclude, places=places)
            for k in found:
                if k not in out:
                    out.append(k)
        return out

    def slot(self, v, name: str) -> list:
        if name == "dobj":
            objs = obj_of(v)
            # "arrested activists in several cities, including Contoso's founder": the examples of the
            # object, hung by the parser on the place
            return objs + [g for o in objs if o.pos_ == "NOUN" and o.tag_ == "NNS" for p in preps(v, "in")
                           for g in preps(p, "including") if g.ent_type_ not in ("GPE", "LOC", "NORP")]
        if name in ("nsubjpass", "nsubj"):
            # ("Tulsa, crippled by ransomware last spring, ...": the noun a participle describes, which the
            # parser may hang the participle on as an adverbial clause)
            found = [c for c in v.children if c.dep_ == name] or (
                [v.head] if name == "nsubjpass" and (v.dep_ in ("acl", "relcl") or v.dep_ == "advcl" and v.tag_ == "VBN"
                                                     and v.head.pos_ in ("PROPN", "NOUN")) and is_passive(v)
                # (not "groups ..., some calling themselves Contoso, defaced or disrupted scores of sites", a
                # past tense read as a participle on the name before it: its own verb or its twin has an object)
                and not any(c.dep_ == "dobj" for x in (v, *v.conjuncts) for c in x.children) else [])
            if not found and name == "nsubjpass" and v.dep_ == "conj" and is_passive(v) and not any(
                    c.dep_ in ("nsubj", "csubj") for c in v.children) and any(
                    c.dep_ == "cc" and v.head.i < c.i < v.i and not any(
                        g.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") for g in v.doc[c.i:v.i])
                    for c in v.head.children):
                # "Sokolov flew to Spain to meet a buyer and was arrested by Spanish police": the shared subject
                # (or "Sokolov was extradited to the US and was later sentenced": the first passive's subject)
                shared = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None) or subject_of(v.head)
                first = v.head
                while shared is None and first.dep_ == "conj" and is_passive(first):
                    # ("Sokolov was stopped, questioned by prosecutors and charged": the first verb's)
                    first = first.head
                    shared = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
                found = [shared] if shared is not None else []
            if not found and name == "nsubjpass" and v.dep_ == "xcomp" and is_passive(v) and is_passive(v.head) \
                    and v.head.lemma_ in mod("reporting_verbs") | mod("raising_verbs"):
                # "Contoso was believed to have been hacked", "the network was reported to have been
                # infected": the subject raised to the verb of saying
                found = [c for c in v.head.children if c.dep_ == "nsubjpass"]
            return found
        if name == "charging_obj":  # "an indictment returned in Ohio accusing Sokolov of fraud": whom it charges
            verbs = [c for c in v.children if c.dep_ == "acl"] + (
                [c for c in v.head.children if c.dep_ in ("advcl", "acl")] if v.dep_ in ("nsubj", "nsubjpass") else [])
            # (or "an indictment that accuses Sokolov of running ...")
            verbs += [c for c in v.children if c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBP", "VBD") and any(
                g.dep_ == "nsubj" and g.lower_ in REL_PRONOUNS for g in c.children)]
            return [o for c in verbs if c.tag_ in ("VBG", "VBZ", "VBP", "VBD")
                    and c.lemma_ in self.trig["LegalAction"]["charging_verbs"] for o in obj_of(c)]
        if name in ("poss", "dative"):  # "gave a Chinese official 72 hours to leave"
            return [c for c in v.children if c.dep_ == name]
        if name == "placed_under":  # "put a GRU unit under sanctions": what the verb put under it
            return obj_of(v.head.head) if v.dep_ == "pobj" and v.head.lower_ == "under" else []
        if name == "verb_dative":  # "gave X a suspended sentence": the one the noun's verb gives it to
            return [c for c in v.head.children if c.dep_ == "dative"] if v.dep_ == "dobj" else []
        if name == "compound":
            return [c for c in v.children if c.dep_ in ("compound", "amod", "nmod") and c.i < v.i]
        if name == "accused":
            return self.accused(v)
        if name == "obj_poss":  # "intercepted the minister's calls": whose they are
            return [c for o in obj_of(v) for c in o.children if c.dep_ == "poss"]
        if name == "xcomp_obj":  # "ordered agencies to uninstall Huawei software"
            return [o for c in v.children if c.dep_ == "xcomp" for o in obj_of(c)]
        if name == "clause_subj":  # "found Tomas Varga guilty", parsed as a small clause
            # (or with the name as the adjective's modifier: "found Sokolov guilty")
            return [g for c in v.children if c.dep_ in ("ccomp", "xcomp", "oprd") for g in c.children if g.dep_ == "nsubj"
                    or g.i < c.i and g.dep_ in ("advmod", "npadvmod", "dep") and g.pos_ in ("PROPN", "PRON")]
        if name == "linked":  # "linked the attack to Russia", but "tied a Chinese unit to a hacking campaign"
            to = [g for w in ("to", "with") for g in preps(v, w) + [g for o in obj_of(v) for g in preps(o, w)]]
            if not to:  # ("linked the malware used against X to Y": the parser hangs "to Y" on the participle)
                # (or on a clause that names it: "linked a backdoor it called Kestrelgate to Nightjar")
                naming = word_set("entity_words", "naming_participles")
                to = [g for o in obj_of(v) for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      or c.dep_ == "relcl" and c.lemma_ in naming for g in preps(c, "to") if g.i > c.i]
            if to and all(self.incident_like(t) or self.is_attack_word(t) for t in to):
                return [o for o in obj_of(v) if not self.incident_like(o)]
            return to
        if name.startswith("obj_prep:"):  # "infected computers at the ministry"
            word = name.split(":", 1)[1]
            objs = obj_of(v) + preps(v, "into")  # ("broke into servers at the headquarters of X")
            found = [g for o in objs for g in preps(o, word)]
            # the parser hangs it on the verb, as a passive does ("code was found on the networks")
            systems = self.trig["CyberAttack"]["system_nouns"]
            # ("disrupted online services at Contoso", parsed with "at" on the verb: where the systems are)
            if any(forms(o) & set(mod("cyber_words")) or o.lemma_.lower() in systems for o in objs) or any(
                    c.dep_ == "auxpass" for c in v.children):
                found += preps(v, word)
            # ("found the implant on the ministry's servers": whose the servers are)
            # (or where they stand: "the payment terminals in Contoso stores")
            return found + [c for g in found if g.lemma_.lower() in systems for c in g.children if c.dep_ == "poss"] + [
                p for g in found if g.lemma_.lower() in systems and g.i not in self.ix.token_key
                for w in ("in", "at", "behind") for p in preps(g, w)]  # ("databases behind Contoso's app")
        if name == "acl_obj":  # "an injunction restraining the hackers": whom the order binds
            return [o for c in v.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > v.i for o in obj_of(c)]
        if name.startswith("reason:"):  # "sanctions over Russia's hacking": the reason's author
            return [g for r in self.slot(v, "prep:" + name.split(":", 1)[1])
                    for g in r.children if g.dep_ == "poss"]
        if name.startswith("place:"):  # "the defacements in Georgia": a place hung on the word itself
            return [g for g in preps(v, name.split(":", 1)[1]) if g.ent_type_ in ("GPE", "LOC")]
        if name.startswith("prep:"):
            word = name.split(":", 1)[1]
            found = preps(v, word)
            if not found and v.pos_ == "VERB" and self.stranded(v, word):
                return [c for c in v.children if c.dep_ == "nsubjpass"]  # "accounts had been broken into"
            if not found and word == "to" and v.pos_ == "VERB":
                # ("attributes the attempts with high confidence to X": the "to" hung on the confidence)
                found = [g for o in [v] + obj_of(v) for w in preps(o, "with") for g in preps(w, "to")]
            for o in obj_of(v):  # "cut ties with Iran", "imposed sanctions on X"
                found += preps(o, word)
                if not found and word == "to" and v.pos_ == "VERB":
                    # "attributed the outbreak, which started in Tampere and spread, to the GRU":
                    # the phrase after the relative clause's closing comma, hung inside it
                    found += [g for c in o.subtree if c.dep_ == "relcl" for t in c.subtree
                              if t.dep_ == "prep" and t.lower_ == word and t.i > 0 and t.doc[t.i - 1].text == ","
                              for g in t.children if g.dep_ == "pobj"]
                    # ("attributed the theft of files belonging to its leaders to a GRU unit": a participle
                    # holds one "to" of its own; the second is the verb's)
                    found += [g for c in o.subtree if c.dep_ == "acl" for t in [
                        p for p in c.children if p.dep_ == "prep" and p.lower_ == word][1:]
                        for g in t.children if g.dep_ == "pobj"]
            if v.pos_ in ("NOUN", "PROPN") and word != "of":  # "the attribution of the attack to Iran"
                for o in preps(v, "of"):
                    found += preps(o, word)
            if v.pos_ == "NOUN" and word == "of" and not found:
                # "the arrest in Amsterdam of a developer", the parser's "of" on the place
                found = [g for p in preps(v, "in") if p.ent_type_ in ("GPE", "LOC") for g in preps(p, "of")]
            if not found and v.pos_ == "NOUN" and v.dep_ == "dobj" and word in ("into", "on", "against"):
                found = preps(v.head, word)  # "detected an intrusion into X", the parser's "into" on the verb
            dated = self.date_tokens()  # "imposed sanctions on Thursday on five officials"
            return [f for f in found if f.i not in dated]
        return []

    @staticmethod
    def particles(children, spec) -> list:
        """A verb's particles: the words of the reading's 'prt' list among its children, however
        parsed ("took down", "went back" as an adverb, "switched on two-factor authentication" with
        "on" a preposition whose object is the verb's)."""
        return [c for c in children if c.lower_ in spec.get("prt", ())]

    def malware_used(self, v) -> list[str]:
        """The named malware an attack told in the passive was done with ("was infected with
        Pegasus", "were hacked using FinSpy"), the only doer such a sentence names."""
        tools = preps(v, "with") + [o for c in v.children if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_ == "use"
                                    for o in obj_of(c)]
        return [k for k in self.keys(tools) if self.ix.entities[k].type == "Malware"]

    @staticmethod
    def response_instrument(v, objs) -> bool:
        """Is the "with" phrase of a verb (or of its object) a response noun ("hit X with
        sanctions", "target them with indictments")?"""
        nouns = noun_index()
        for g in preps(v, "with") + [g for o in objs for g in preps(o, "with")]:
            if any(typ != "CyberAttack" for f in forms(g) for typ, _ in nouns.get(f, [])):
                return True
        return False

    @staticmethod
    def reads_own_target(noun) -> bool:
        """Is ``noun`` an attack noun with its own target phrase ("cyberattacks against X" in "a
        campaign of cyberattacks against X"), which reads the attack itself?"""
        own = {slot.split(":", 1)[1] for ty, sp in noun_index().get(noun.lemma_.lower(), ()) if ty == "CyberAttack"
               for slot in sp.get("target", ()) if slot.startswith("prep:")}  # (its own trigger's target phrases)
        return any(c.dep_ == "prep" and c.lower_ in own for c in noun.children)

    def is_attack_word(self, tok) -> bool:
        """Is ``tok`` an attack itself (a CyberAttack trigger word or an incident noun)?"""
        f = forms(tok)
        # ("to stop using the software": a verb that attacks only with a hostile object is no attack word)
        if any(typ == "CyberAttack" and not sp.get("only_with_obj") for w in f
               for typ, sp in verb_index().get(w, []) + noun_index().get(w, [])):
            return True
        return bool(f & self.INCIDENT_WORDS)

    def incident_like(self, tok) -> bool:
        """Does a noun name the act a claim is about ("the attack", "the SolarWinds campaign",
        "it") rather than the one accused?"""
        key = self.ix.token_key.get(tok.i)
        if tok.pos_ == "PROPN" and key and self.ix.entities[key].type in ("Organization", "Person", "GovernmentBody", "Country"):
            return False  # "linked the framework to Kestrel IT": a firm, whatever its name's last word
        if tok.lower_ in ("it", "this", "that", "them", "these", "those"):
            return True
        if tok.lemma_.lower() in doer_nouns():
            return False  # "blamed Russian hackers for the breach": the doers, not the act
        return bool(forms(tok) & (self.INCIDENT_WORDS | set(mod("cyber_words")) | {"blame"})) or tok.lower_.startswith("cyber")

    def signed_in_with_credentials(self, v, entered=()) -> bool:
        """"someone logged into the parish newsletter with our editor's password", "someone logged in to
        the administrator account": an unknown doer who got in with (or using) someone's password
        or key, or into an account (``entered``: what the verb's preposition names), got into a
        system, whatever it is called."""
        used = preps(v, "with") + [o for c in v.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ == "use" for o in obj_of(c)]
        return self.unauthorised(v) and any(o.lemma_.lower() in words()["house_assets"] for o in used + list(entered))

    def unauthorised(self, v) -> bool:
        """A passive with no doer named that is a hack all the same: "its portal was illegally
        accessed", "was entered without authorization", or, in an article about cyber operations,
        "52,000 more accounts were accessed" (held things that someone got into); or a doer no one
        knows: "someone signed in to the payroll portal with a leaked password"."""
        if not is_passive(v):
            doer = subject_of(v)
            return doer is not None and doer.lower_ in mod("unknown_doers")
        if any(c.dep_ == "agent" for c in v.children):
            return False
        ways = mod("unauthorised_ways")
        if any(c.dep_ == "advmod" and c.lower_ in ways or c.dep_ == "prep" and any(
                f"{c.lower_} {g.lemma_.lower()}" in ways for g in c.children if g.dep_ == "pobj") for c in v.children):
            return True
        held = set(mod("held_things"))
        return self.cyber_article() and any(forms(c) & held for c in v.children if c.dep_ == "nsubjpass")

    def hostile(self, subj) -> bool:
        """Is the doer an attacker ("hackers", "a hacker group", "the ransomware", a threat actor)?"""
        if subj is None:
            return False
        if subj.lower_ in ("they", "it") and subj.head.dep_ == "conj":
            # "hackers leaked the files, and they then took the site down": the first clause's
            # doers (a doer, not the attack: "an attack hit its systems and it took them offline")
            first = next((c for c in subj.head.head.children if c.dep_ == "nsubj"
                          and (c.tag_ in ("NNS", "NNPS")) == (subj.lower_ == "they")), None)
            if first is not None and not self.is_attack_word(first) and self.hostile(first):
                return True
        np = [subj] + [t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod")]
        np += [g for g in preps(subj, "of")]  # "a wave of denial-of-service attacks"
        if any(forms(t) & set(self.trig["DefensiveMeasure"]["hostile_doers"]) for t in np):
            return True
        return self.names_kind([subj], *HOSTILE_TYPES)

    def names_kind(self, toks, *types: str) -> bool:
        """Does one of ``toks`` name (or recall) an entity of one of ``types``?"""
        return any(self.ix.entities[k].type in types for k in self.keys(toks))

    def accused(self, v) -> list:
        """Who a claim verb names: its object ("blamed Russia for the attack on its grid": the
        "on" phrase there belongs to the attack), else its last "on" phrase, hung off the verb,
        its object or its "for" phrase ("pinned the blame for a cyberattack on its parliament on
        Russian hackers", "blamed the attack on Russia", "was blamed on Iran")."""
        # ("the attack on X, which the US pinned on the GRU": the relative pronoun is the act blamed,
        # even when the parser hangs the clause on the victim)
        objs = [self.blamed_antecedent(o) if o.lower_ in REL_PRONOUNS and o.head.dep_ == "relcl" else o for o in obj_of(v)]
        dated = self.date_tokens()  # "on Thursday" names no one
        on = [c for c in preps(v, "on") if c.i not in dated]
        if objs and not all(self.incident_like(o) or on and self.names_kind([o], "Malware") for o in objs):
            return objs  # ("blamed WannaCry on Pyongyang": the program is the act blamed)
        direct = [c for c in preps(v, "on") + [g for o in objs if o.lemma_.lower() == "blame" for g in preps(o, "on")]
                  if c.i not in dated]
        if direct:  # "pinned the blame on Belarus for ...", "was blamed on Iran"
            return direct[-1:]
        subj = [c for c in v.children if c.dep_ == "nsubjpass" and not self.incident_like(c)]
        if subj and is_passive(v):  # "the gang was blamed by the FBI for the attack on JBS"
            return subj
        chain = []  # "the blame for a cyberattack on its parliament on Russian hackers": the last link
        todo = [o for o in objs + preps(v, "for")]
        while todo:
            t = todo.pop()
            for g in preps(t, "on"):
                if g.i not in dated:
                    chain.append(g)
                    todo.append(g)
        return sorted(chain, key=lambda t: t.i)[-1:]

    def blamed_antecedent(self, rel):
        """The noun a relative pronoun stands for, or the act whose "on"/"against" phrase that
        noun is ("the attack on Contoso Bank, which ...": the attack)."""
        first = first_conjunct(rel.head.head)  # ("the DDoS on X and two banks, which ...")
        if self.incident_like(first):
            return first
        if first.dep_ == "pobj" and first.head.lower_ in ("on", "against") and self.incident_like(first.head.head):
            return first.head.head
        return rel.head.head

    def date_tokens(self) -> set[int]:
        if not hasattr(self, "_date_tokens"):
            self._date_tokens = {i for span, _ in self.dates for i in span_range(span)} | {
                t.i for t in self.doc if t.ent_type_ in ("DATE", "TIME")}
        return self._date_tokens

    def told_before(self, tok, window: int, same_sentence: bool = True) -> list[Mention]:
        """The mentions read before ``tok`` in its own sentence (unless ``same_sentence`` is
        false) and in the ``window`` sentences before it, in the order they were read."""
        here, lo = self.ix.sentence_no(tok), 0 if same_sentence else 1
        return [m for m in self.mentions if m.trigger.i < tok.i and lo <= here - self.ix.sentence_no(m.trigger) <= window]

    def statement_authors(self, v) -> list[str]:
        """"Today the United Kingdom and Australia attribute the campaign to the GRU. We condemn
        these reckless acts.": a "we" no quote gives a speaker is who made the claim or response
        told in one of the two sentences before (a joint statement's authors)."""
        for m in reversed(self.told_before(v, 2, same_sentence=False)):
            if m.type in RESPONSE_TYPES and m.actors and not m.self_claim:
                return list(m.actors)
        return []

    FIRST_PLURAL = ("we", "our", "us", "ours")

    def house_voice(self) -> list[str]:
        """"We suspended online orders on 2 January" in a company's letter or a school's notice:
        a text that speaks as "we" outside quotes, three times or more, speaks for its letterhead
        (``letterhead()``), else for the first organisation it names, unless that is a news outlet."""
        if not hasattr(self, "_house"):
            self._house = []
            voiced = sum(1 for t in self.doc if t.lower_ in self.FIRST_PLURAL and not t.text.isupper()
                         and not any(q in t.sent.text for q in QUOTE_MARKS))  # (not "US")
            letterhead = self.letterhead()
            if voiced >= 3 and letterhead is not None:
                # (a name among the first lines ending with an institution's word, "CONTOSO COMMUNITY
                # BANK", over the first organisation the text names, a form's "Regulation (EC) ...")
                self._house = [letterhead]
            elif voiced >= 3:
                orgs = [k for _, k in sorted(self.ix.mentions)  # (in the text's order: the letterhead first)
                        if self.ix.entities[k].type in ("Organization", "GovernmentBody")]
                # ("QUILLMARK   Photos · Albums · Help": a one-word letterhead NER missed there and found
                # below, over the first organisation the text names)
                head = " ".join(next((line.split() for line in self.doc.text.splitlines() if line.strip()), [])).lower()
                first = next((k for k in orgs if head.startswith(self.ix.entities[k].name.lower() + " ")),
                             orgs[0] if orgs else None)
                if first is not None and not self.ix.news_outlet(first):
                    self._house = [first]
        return self._house

    def letterhead(self) -> str | None:
        """The organisation named at the head of the text ("CONTOSO COMMUNITY BANK"), unless a news outlet."""
        key = self.ix.token_key.get(self.ix.letterhead_at) if self.ix.letterhead_at is not None else None
        return key if key is not None and not self.ix.news_outlet(key) else None

    def house_org(self, named: bool = False) -> list[str]:
        """The organisation a text speaks for or reports on itself: its "we" (``house_voice``), else
        its letterhead ("KESTRIX SYSTEMS LLP / QUARTERLY SAFETY REPORT ... IT reset the affected
        passwords": the company's own IT). With ``named``, only a letterhead read by its
        institution's word ("CONTOSO COMMUNITY BANK"), not a first line's name taken for one
        ("THE KESTRIX REVIEW | ...", a magazine's)."""
        if self.house_voice():
            return self.house_voice()
        return [k for k in [self.letterhead()] if k and (self.ix.letterhead_read or not named)]

    def house_named(self) -> list[str]:
        """The organisation of a text that speaks as "we", when its letterhead names it by its
        institution's word ("CONTOSO COMMUNITY BANK"), not only as the first name the text gives."""
        return self.house_voice() if self.ix.letterhead_read and self.house_voice() == [self.letterhead()] else []

    def actor_of_verb(self, v) -> list[str]:
        subj = subject_of(v)
        if subj is None:
            return []
        if subj.text in ("we", "We", "I", "us") and not self.ix.token_key.get(subj.i):
            # ("Ms. Lindqvist (Finland): We condemn ...": the speaker of the transcript's turn)
            if subj.lower_ != "we":  # (in a first-person post, its author; in an organisation's
                # notice, "I took the site offline", the organisation's own staff)
                return self.speaker(v) or self.ix.turn_speaker(v) or [k for k in [self.ix.author(subj)] if k] \
                    or self.house_named()
            # ("At Northfield we reset every account": the place the "we" works)
            # (a call script's "we reissued every card", said by nobody named, is the letterhead's)
            # (a letterhead's "we" is its own, not the authors of a response told just before:
            # "... the company the EU put under sanctions. On Saturday we moved the site")
            return self.speaker(v) or self.ix.turn_speaker(v) or self.keys(preps(v, "at")) or self.house_named() \
                or self.statement_authors(v) or self.house_org(named=True)
        keys = self.keys([subj])
        if (house_unit(subj) or house_part(subj)) and self.house_org() and all(
                self.ix.entities[k].type == "Other" or self.ix.entities[k].name.lower() == subj.lower_ for k in keys):
            # ("The IT department reset ...": no group of people told before, "the sales offices";
            # "our webmaster froze the account": NER took the word for a person's name)
            keys = []
        if not keys and (house_part(subj) or house_unit(subj)):
            keys = self.house_org()  # "Our protection team replaced her phone", in a text that speaks as "we"
        if not keys and subj.dep_ == "appos" and v.dep_ == "relcl" and v.head.i == subj.i:
            # "Killnet, a hacking group that claimed ...": the name before the apposition's comma
            # (the parser may hang the apposition on another noun)
            edge = subj.left_edge.i
            named = self.doc[edge - 2] if edge >= 2 and self.doc[edge - 1].text == "," else None
            keys = self.keys([named]) if named is not None and named.pos_ == "PROPN" else []
        if subj.pos_ == "NOUN" and subj.lemma_.lower() in mod("judicial_nouns") and all(
                self.ix.entities[k].type == "Other" or cities().get(fold(self.ix.entities[k].name)) for k in keys):
            # (and "a Tampere court": a court of that city, no city acting)
            keys = self.court_actors(subj, v)
        if not keys and subj.lower_ in words()["domestic_bodies"]:
            # ("in Washington prosecutors charged ...": the place may hang on the verb)
            keys = self.domestic_state(subj) or self.place_states(preps(v, "in"), preps(v, "in"))
        elif keys and subj.lower_ in words()["domestic_bodies"] and all(
                self.ix.entities[k].type == "GovernmentBody" and not self.ix.entities[k].country for k in keys):
            # "federal prosecutors in Los Angeles", a body of no known state: the state it acts for
            keys += [k for k in self.domestic_state(subj) if k not in keys]
        if "USA" in keys and subj.lemma_.lower() == "prosecutor" and all(
                k == "USA" or self.ix.entities[k].type == "Other" or self.ix.entities[k].type == "GovernmentBody"
                and not self.ix.entities[k].country for k in keys) and self.federal_article():
            # "Federal prosecutors in Tulsa charged her", in a story of a federal case: the US
            # Attorney of that judicial district, beside the state
            district = self.ix.court_district(list(subj.subtree) + preps(v, "in"), own=True)
            if district:
                phrase = " ".join(t.text for t in subj.subtree if t.ent_type_ not in ("DATE", "TIME"))
                keys = [self.ix.add_us_attorney(district, phrase), "USA"]
        if keys and subj.lower_ in words()["domestic_bodies"]:
            # "Police in Latvia and Estonia arrested two people": the police of each
            keys += [k for p in preps(subj, "in") for c in p.conjuncts for k in self.keys([c])
                     if self.ix.entities[k].type == "Country" and k not in keys]
        if not keys and subj.lemma_.lower() in self.trig["LegalAction"]["papers"]:
            # "An indictment unsealed in federal court in Newark charges ...": the court's state
            places = [g for c in subj.children if c.dep_ == "acl" for p in c.children
                      if p.dep_ in ("prep", "agent") for g in p.children if g.dep_ == "pobj"]
            # ("An indictment returned in the District of Ohio charged ...": the verb the paper is the subject of)
            places += preps(subj.head, "in") if subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i != v.i else []
            keys = self.court_state(places) or self.where_states(places)
        if not keys and subj.lemma_.lower() in words()["instrument_nouns"] and subj.i != v.i:
            # "signed a law that prohibits ...", "DHS's directive orders ...": who made the instrument
            keys = self.authors(subj)[0]
        if not keys:  # "engineers at the Indian Council of Medical Research isolated ...": where they work
            keys = self.keys(preps(subj, "at"))
        if not keys and subj.lemma_.lower() in words()["staff_nouns"] and not self.keys(list(subj.lefts)):
            # (not "North Korean IT workers": people of a named state or body are theirs)
            # "According to the ministry, administrators took servers offline": the source's staff
            # ("Microsoft said engineers were working to bring the systems back": the sayer's)
            keys = self.according_to(v.sent) or self.speaker(v)
        return keys

    def court_actors(self, subj, v) -> list[str]:
        """Who acts when a court, judge or jury without a name does: "the judge" or "the jury"
        is the justice that acted just before (or the court named before); "a federal judge in
        Anchorage", "a court in Bonn" is an unnamed court of this article, with its state."""
        named = [k for k in self.keys(preps(subj, "at") + preps(subj, "of"))
                 if self.ix.entities[k].type in ("GovernmentBody", "Organization")]
        if named:
            return named  # "a jury at Snaresbrook Crown Court": that court
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
        if definite:
            keys = self.judiciary_before(v, judging=True)
            if subj.lemma_.lower() != "jury":  # ("a jury found him guilty ... the court sentenced him": not the jury)
                keys = [k for k in keys if "jury" not in self.ix.entities[k].name.lower()]
            if keys:
                return keys
        # ("pleaded guilty in Ontario, where a court sentenced him": the place the clause is about)
        where = [v.head] if v.dep_ == "relcl" and any(c.lower_ == "where" for c in v.children) else []
        if any(c.lower_ == "there" for c in subj.children):
            # ("pleaded guilty in the Southern District of Georgia, and the court there sentenced
            # him": the place told before it in the sentence; a judicial district is its state's)
            told = [t for t in v.sent if t.i < subj.i and t.dep_ == "pobj" and t.head.lower_ == "in"
                    and t.ent_type_ not in ("DATE", "TIME")][-1:]
            there = judicial_divisions(told)
            where += there
            states = list(dict.fromkeys(k for p in there if (k := self.ix.state_of_division(p))))
            if states:  # ("Georgia" there is the US state: the division's, not the country's)
                country = next((k for k in states if self.ix.entities[k].type == "Country"), None)
                return [self.ix.add_court(subj, country, told)] + states
        states = self.city_named_states(subj) or self.domestic_state(subj) or \
            self.place_states(preps(v, "in"), preps(v, "in")) or self.place_states(where, where)
        if definite and not states:
            # ("US prosecutors charged him ... The judge sentenced him": a judge of the same state)
            states = [k for k in self.ix.with_states(self.judiciary_before(v)) if self.ix.entities[k].type == "Country"]
        country = next((k for k in states if self.ix.entities[k].type == "Country"), None)
        return [self.ix.add_court(subj, country, preps(v, "in") + where)] + states

    def city_named_states(self, noun) -> list[str]:
        """The state of the city a court is named by ("a Tampere court", "the Turku district court")."""
        codes = [cities().get(fold(c.text)) for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        return list(dict.fromkeys(k for code in codes if code and (k := self.ix.state_key(code))))

    def according_to(self, sent) -> list[str]:
        """The source a sentence names with "according to X"."""
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and t.nbor(1).lower_ == "to":
                objs = [g for g in t.nbor(1).children if g.dep_ == "pobj"]
                if objs:
                    return self.keys(objs)
        return []

    def court_state(self, toks, judging: bool = False) -> list[str]:
        """The state that acts through the courts or prosecutors among ``toks`` ("charged in a
        Singapore court", "an indictment unsealed in federal court in Newark"): the state named
        with it, else the state it sits in; for a ``judging`` act, a named court and an unnamed
        US court of a known district act too."""
        courts = [g for g in toks if g.lemma_.lower() in words()["domestic_bodies"]]
        named = [k for k in self.ix.with_states(self.keys(courts)) if self.ix.entities[k].type == "Country"]
        states = named or next((k for k in map(self.domestic_state, courts) if k), [])
        # ("sentenced at Leeds Crown Court": the court itself, named, acts too)
        bodies = [k for k in self.keys([c for c in courts if c.pos_ == "PROPN"])
                  if self.ix.entities[k].type in ("GovernmentBody", "Organization")]
        # ("convicted in Brooklyn federal court": a US district's court, unnamed; a court that
        # judges, not one a paper is unsealed in)
        placed = [c for c in courts if judging and c.pos_ == "NOUN" and c.lemma_.lower() == "court"
                  and self.ix.court_district(list(c.subtree), own=True)]
        if placed and (not states or states == ["USA"]) and self.ix.state_key("USA"):
            states = ["USA"]
            bodies += [k for k in (self.ix.add_court(c, "USA") for c in placed) if k not in bodies]
        return bodies + [k for k in states if k not in bodies]

    def judiciary_before(self, v, reach: int = 6, judging: bool = False) -> list[str]:
        """Who acted in the latest legal action read in the ``reach`` sentences before ``v``,
        else the latest court named before it: the justice an unnamed judge, jury or an
        agentless passive stands for (for a court, judge or jury, ``judging``: one that judged)."""
        judicial = mod("judicial_nouns")
        for m in reversed(self.told_before(v, reach)):
            if m.type != "LegalAction" or not m.actors or m.civil:
                continue
            # (the justice of a trial or sentence, not the police of an arrest told last: "FBI agents
            # arrested him ... the jury convicted him")
            if not judging or m.trigger.lemma_.lower() in mod("judging_verbs") or any(
                    w in judicial for k in m.actors for w in self.ix.entities[k].name.lower().split()):
                return list(m.actors)
        courts = [k for i, k in self.ix.mentions if i < v.i and self.ix.entities[k].type in ("GovernmentBody", "Organization")
                  and self.ix.entities[k].name.split()[-1].lower() in ("court", "tribunal")]
        return courts[-1:]

    def domestic_state(self, body) -> list[str]:
        """The state an unnamed institution acts for: where it is ("prosecutors in Germany"),
        the dateline's ("WASHINGTON - A federal grand jury ..."), or, for a "federal" one, the
        only federation the article names."""
        keys = self.place_states([body], preps(body, "in"))  # "prosecutors in Germany / in New Jersey"
        if keys:
            return keys
        state = self.ix.dateline_state()
        if state:
            return [state]
        if any(t.lower_ == "federal" for t in body.subtree):
            feds = [k for k in words()["federations"] if k in self.ix.entities and any(
                key == k for _, key in self.ix.mentions)]
            if len(feds) == 1:
                return feds
            # (two named: the one whose government bodies the article names, "Department of Justice")
            governed = [k for k in feds if any(self.ix.entities[key].type == "GovernmentBody"
                                               and self.ix.entities[key].country == k for _, key in self.ix.mentions)]
            if len(governed) == 1:
                return governed
        definite = any(c.lower_ == "the" for c in body.children)
        bare = body.tag_ == "NNS" and not any(  # a plural alone ("police" is tagged one too)
            c.dep_ in ("det", "poss", "amod", "compound") for c in body.children)
        if body.lower_ in words()["unplaced_bodies"] and (definite or bare):
            # "the authorities shut down ...": the state the passage is about (its last subject);
            # a bare "police detained him", only when that state is the one the whole text names most
            key = self.ix.passage_state(body)
            return [key] if key and (definite or key == self.ix.main_state()) else []
        return []

    def where_states(self, places) -> list[str]:
        """The states of the places an act happened in ("arrested in Ontario", "the arrest in
        Amsterdam of X"): places only (not "sentenced in absentia X, an officer of Ukraine's
        ..."), and not the one held, whom the parser may hang on the place."""
        places = judicial_divisions(places)
        places = [p for p in places if p.ent_type_ in ("GPE", "LOC") or self.ix.state_of_division(p)]
        held = set(self.keys([g for p in places for g in preps(p, "of")]))
        return [k for k in self.place_states(places, places) if k not in held]

    def place_states(self, toks, places) -> list[str]:
        """The states named in ``toks`` (their places included), else those of the federation
        divisions among ``places`` ("in New Jersey")."""
        # ("in British Columbia": a division whose name holds a state's word is the division)
        whole = {p.i for p in places if " " in self.ix.division_name(p) and self.ix.state_of_division(p)}
        return [k for k in self.keys([t for t in toks if t.i not in whole], places=True)
                if self.ix.entities[k].type == "Country"] or list(
            dict.fromkeys(k for p in places if (k := self.ix.state_of_division(p))))

    def document_of(self, subj):
        """The statement a claim's subject stands for: itself ("the report blames"), or, for
        "It", a statement noun that was the subject of the sentence before ("The advisory
        was published by X. It attributes ...")."""
        if subj is None:
            return None
        if subj.lemma_.lower() in mod("statement_nouns") and subj.pos_ == "NOUN":
            return subj
        if subj.lower_ in ("it", "this") and subj.sent.start > 0:
            prev = self.doc[subj.sent.start - 1].sent
            return next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                         and t.lemma_.lower() in mod("statement_nouns")), None)
        return None

    def authors(self, noun) -> tuple[list[str], object]:
        """Who issued a statement noun, and the verb that tells when: "X issued a report",
        "the advisory was published by X (together with Y)", "X's report"."""
        keys = self.keys([c for c in noun.children if c.dep_ == "poss"])
        keys += [k for k in self.keys([c for c in noun.children if c.dep_ == "appos"]) if k not in keys]
        # "a post put out in the name of Contoso Collective", "a statement signed by X"
        posted = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"] + [noun]
        named = [g for p in posted for g in preps(p, "by") if p is not noun] + [
            o for p in posted for g in preps(p, "in") if g.lemma_ == "name" for o in preps(g, "of")]
        keys += [k for k in self.keys(named) if k not in keys]
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
        if verb is not None and noun.dep_ == "nsubjpass":
            by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            partners = preps(verb, "with")  # "together with their counterparts in A and B" ("their": the same)
            mine = {self.ix.key_of(c) for p in partners for c in p.children if c.dep_ == "poss" and c.pos_ == "PRON"}
            for k in self.keys(by, places=True) + [k for k in self.keys(partners, places=True) if k not in mine]:
                if k not in keys:
                    keys.append(k)
        elif verb is not None and noun.dep_ == "dobj":
            keys += [k for k in self.actor_of_verb(verb) if k not in keys]
            # ("the FBI, with partners in Kestria and Contosia, issued an alert": its partners too)
            subj = subject_of(verb)
            partners = preps(verb, "with") + (preps(subj, "with") if subj is not None else [])
            keys += [k for k in self.keys(partners, places=True) if k not in keys]
        return keys, verb

    @staticmethod
    def published_statement(noun) -> bool:
        """Is ``noun`` a statement a verb puts out, whose own clause tells its content ("put out an
        advisory warning that X-affiliated hackers are exploiting ...", "issued an alert that ...")?"""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in mod("statement_nouns") and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in mod("publishing_verbs") and any(
                c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)

    @staticmethod
    def reports(verb) -> bool:
        """Is ``verb`` a reporting verb ("said"), or a reply that tells its content ("responded
        in a statement that ...", not "was responding to reports")?"""
        if verb.lemma_ in mod("reporting_verbs"):
            return True
        if verb.lemma_ in mod("presenting_verbs"):
            # ("set out evidence that the operator was linked to ...": the evidence's clause is told)
            proofs = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in load("triggers")["Attribution"]["evidence_nouns"]]
            return bool(proofs) and any(c.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                        for t in [verb, *proofs] for c in t.children)
        if verb.lemma_ not in mod("reply_verbs"):
            return False
        # ("responded in a statement that ...": the clause may hang on the statement)
        told = [verb] + [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                         if g.lemma_.lower() in mod("statement_nouns")]
        return any(c.dep_ in ("ccomp", "acl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for t in told for c in t.children)

    def speaker(self, tok) -> list[str]:
        """The subject of the reporting verb that governs ``tok`` (or of the sentence)."""
        for a in [tok] + list(tok.ancestors):
            if a.lemma_ in mod("reporting_verbs") and a.i != tok.i and a.dep_ == "acl" and \
                    a.head.lemma_.lower() in mod("statement_nouns"):
                keys = self.authors(a.head)[0]  # "issued a report claiming that ..."
                if keys:
                    return keys
            if a.i != tok.i and self.published_statement(a):
                keys = self.authors(a)[0]  # "issued an alert warning that ..."
                if keys:
                    return keys
            if self.reports(a) and a.i != tok.i:
                subj = subject_of(a)
                if subj is None or subj.text not in ("we", "We", "I"):
                    # "researchers at Huntress said", "officials in Seoul said": where they work speaks
                    keys = (self.keys([subj], places=True) if subj is not None else []) or self.named_before_description(a)
                    if keys:
                        return keys
        for t in tok.sent:
            if t.lemma_ in mod("reporting_verbs") and t.pos_ == "VERB" and t.i != tok.i:
                subj = subject_of(t)
                if subj is not None and subj.lower_ not in ("we", "i"):
                    keys = self.keys([subj])
                    if keys:
                        return keys
        return self.according_to(tok.sent)  # "according to X"

    # -- triggers ---------------------------------------------------------------------
    def run(self) -> list[Mention]:
        verbs, nouns = verb_index(), noun_index()
        for tok in self.doc:
            if tok.is_space or not tok.text.strip():
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN") or perfect_misread(tok):
                if lemma not in verbs and (tok.tag_ in ("VBD", "VBN") or tok.pos_ == "ADJ"):
                    lemma = verb_lemma(tok, verbs) or lemma
                for typ, spec in verbs.get(lemma, []):
                    if not (typ == "CyberAttack" and trade_word(tok)):
                        self.verb_trigger(tok, typ, spec)
                if lemma in self.trig["Condemnation"]["calling_verbs"]:
                    self.calling(tok)
                if lemma in self.trig["Attribution"]["evidence_verbs"]:
                    self.evidence_claim(tok)
                if lemma in words()["serving_verbs"]:
                    self.serving_claim(tok)
                if lemma in self.trig["ExpelDiplomats"]["closing_verbs"]:
                    self.mission_closed(tok)
            elif tok.pos_ in ("NOUN", "PROPN"):
                specs = next((nouns[f] for f in (lemma, tok.lower_, *sorted(forms(tok))) if f in nouns), [])
                for typ, spec in specs:
                    if not (typ == "CyberAttack" and trade_word(tok)):
                        self.noun_trigger(tok, typ, spec)
                self.evidence_of_involvement(tok)
                if (tok.pos_ == "NOUN" or tok.text == "APT") and lemma in self.trig["Attribution"]["state_actor_nouns"]:
                    self.state_actor_claim(tok)
            if tok.lower_ in self.trig["DefensiveMeasure"]["restored_states"]:
                self.back_to_normal(tok)
            if tok.tag_ == "VBN" and lemma in self.trig["Attribution"]["authorship_verbs"]:
                self.made_by(tok)
            if lemma == "be" and tok.pos_ in ("AUX", "VERB"):
                self.culprits_named(tok)
            if tok.lower_ == "hacked" and tok.i > 0 and self.doc[tok.i - 1].text in ('"', "\u201c", "'", "\u2018"):
                self.signature(tok)
            if lemma == "sign" and tok.tag_ == "VBN":
                self.signed_message(tok)
            if lemma in ("ask", "urge", "tell", "invite") and tok.pos_ == "VERB":
                self.lure_asked(tok)
            if tok.pos_ == "NOUN" and lemma in self.trig["Attribution"]["culprits"] and tok.dep_ in ("oprd", "dobj") \
                    and tok.head.lemma_ in self.trig["Condemnation"]["calling_verbs"]:
                self.called_culprit(tok)
            work = self.work_of(tok)
            if tok.lower_ in self.trig["Attribution"]["behind"] or self.to_blame(tok) or work or (
                    tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.lemma_.lower() in self.trig["Attribution"]["culprits"]):
                self.behind(tok, work)
        self.reported_attributions()
        self.located_culprits()
        self.traced_origins()
        self.noun_claims()
        self.dismissive_denials()
        self.stance_denials()
        self.predicate_condemnations()
        self.moral_verdicts()
        self.standing_measures()
        self.unclaimed_blame()
        self.definite_attacks()
        self.defended_victims()
        self.listed_victims()
        self.responding_victims()
        self.own_losses()
        self.followed_suit()
        self.joined_sanctions()
        self.drop_restated_evidence()
        self.drop_joined_told_elsewhere()
        self.claimed_attacks()
        self.relative_restatements()
        self.recalled_culprits()
        return self.mentions

    def recalled_culprits(self, window: int = 3):
        """"Contoso said the intrusion was the work of APT28. The company condemned the attack.":
        a condemnation of an attack recalled by a definite noun ("the attack", "this hack")
        condemns whom the text blamed for it in the sentences just before."""
        for m in self.mentions:
            if m.type != "Condemnation" or m.targets or m.trigger.pos_ != "VERB":
                continue
            recalled = [o for o in obj_of(m.trigger) if self.is_attack_word(o) and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in o.children)
                and not any(c.dep_ in ("poss", "compound") for c in o.children)]
            if not recalled:
                continue
            blamed = [o.targets if o.type == "Attribution" else o.actors for o in self.told_before(m.trigger, window)
                      if o.type == "Attribution" and o.targets or o.type == "CyberAttack" and o.actors]
            if blamed:
                m.targets = [k for k in blamed[-1] if k not in m.actors]

    def relative_restatements(self):
        """"unsealed an indictment that charges Yakubets and Turashev": a relative clause that
        tells the act of its head noun again gives the noun its missing target; the two are one
        act, not a charge without a prosecutor beside an indictment without a defendant."""
        nouns = {(m.trigger.i, m.type): m for m in self.mentions}
        for m in [m for m in self.mentions if m.trigger.dep_ == "relcl"]:
            head = nouns.get((m.trigger.head.i, m.type))
            if head is None or head.trigger.pos_ != "NOUN" or head.targets or not m.targets:
                continue
            # (its subject is the relative pronoun, the noun itself: only its object is news)
            head.targets = list(m.targets)
            self.mentions.remove(m)

    def claimed_attacks(self):
        """"Killnet had already claimed the attack on Tallinn airport": the attack a group
        claims, told with no author inside the claim, is that group's (as alleged)."""
        for c in [m for m in self.mentions if m.type == "Attribution" and m.self_claim and m.actors
                  and m.trigger.dep_ not in ("relcl", "acl")]:  # (not "a group that has claimed ...")
            # what the claim is of: its object or complement, not a clause told beside it
            # ("claimed the airport attack on Monday, two days after ransomware crippled the port")
            claimed = {t.i for a in c.trigger.children if a.dep_ in ("dobj", "attr", "oprd", "xcomp", "ccomp", "prep", "pobj", "pcomp")
                       for t in a.subtree}
            claimed -= {t.i for p in c.trigger.subtree if p.dep_ == "prep" and p.lower_ in mod("time_prepositions")
                        for t in p.subtree}
            self.allege_authors(claimed, c.actors, need_victim=True)

    def allege_authors(self, ids, authors, need_victim=False):
        """The authorless attacks whose trigger is among token ``ids`` (with a victim, if
        ``need_victim``) get ``authors`` as their alleged actors."""
        for m in self.mentions:
            if m.type == "CyberAttack" and m.trigger.i in ids and not m.actors and (m.targets or not need_victim):
                m.actors, m.modality = list(authors), "alleged"

    def drop_joined_told_elsewhere(self):
        """"The EU joined Germany in connecting the operation with Russia": Germany's own claim,
        told in a sentence of its own, is that claim (of its own day), not another one now."""
        for m in self.mentions:
            for k in list(m.joined):
                own = set(self.ix.with_states([k]))
                if any(x.type == m.type and x.sent != m.sent and own & set(self.ix.with_states(x.actors))
                       and set(self.ix.with_states(x.targets)) & set(self.ix.with_states(m.targets)) for x in self.mentions):
                    m.actors.remove(k)

    def drop_restated_evidence(self):
        """"said investigations pointed to Russia's security services, which he accused of ...":
        the claimant's own claim in the sentence says it; the evidence is no second claim."""
        claims = [m for m in self.mentions if m.type == "Attribution" and not m.from_evidence]
        self.mentions = [m for m in self.mentions if not m.from_evidence or not any(
            c.sent == m.sent and set(c.actors) & set(m.actors) for c in claims)]

    def own_losses(self):
        """"Medibank confirmed that hackers had accessed the data of 9.7 million customers": an
        attack a company reports on data or systems of no one named hit the company itself."""
        held = set(mod("held_things"))
        staff = words()["staff_nouns"]

        def staffs(o) -> bool:  # ("some employees' laptops", "the laptops of its staff": the company's own devices)
            return any(c.lemma_.lower() in staff for c in o.children if c.dep_ == "poss") or any(
                g.lemma_.lower() in staff for g in preps(o, "of"))

        for m in self.mentions:
            t = m.trigger
            if m.type != "CyberAttack" or not all(is_group(k) for k in m.targets) or t.pos_ not in ("VERB", "AUX"):
                continue  # (an unnamed group, "the data of 9.7 million customers", is the company's)
            objs = obj_of(t) + preps(t, "into") + ([c for c in t.children if c.dep_ == "nsubjpass"] if is_passive(t) else [])
            if not objs or not all((forms(o) & held or staffs(o)) and not self.keys([o]) for o in objs) or any(
                    c.dep_ == "poss" and c.lemma_.lower() not in staff for o in objs for c in o.children):
                continue  # (not "the dam's control system": someone's own)
            sayer = next(iter(reporting_ancestors(t)), None)
            if sayer is None or sayer.lemma_ not in mod("owner_statements"):
                continue  # (a paper that "reported" a breach is no victim of it)
            subj = subject_of(sayer)
            owners = [k for k in self.keys([subj]) if self.ix.entities[k].type == "Organization"] if subj is not None else []
            if owners:
                m.targets = owners

    def announces_charges(self, verb) -> bool:
        """Is ``verb`` a legal act ("indicted") or the announcement of one ("announced charges")?"""
        words_ = self.legal_words
        return bool(forms(verb) & words_) or any(c.dep_ == "dobj" and forms(c) & words_ for c in verb.children)

    def about_accusation(self, verb) -> bool:
        """Is an accusation the subject of ``verb``, or the noun its relative clause describes?"""
        subj = subject_of(verb)
        nouns = [subj] if subj is not None else []
        if verb.dep_ == "relcl":
            nouns.append(verb.head)
        return any(n.lemma_.lower() in self.accusations for x in nouns for n in [x] + list(x.conjuncts))

    @staticmethod
    def repeats(t) -> bool:
        """Does verb ``t`` repeat the act told before ("followed suit", "did the same", "reached
        the same conclusion", "came to the same conclusion")?"""
        nouns = load("modality")["repeating_verbs"].get(t.lemma_.lower())
        if not nouns or t.pos_ not in ("VERB", "AUX"):
            return False
        objs = [c for c in t.children if c.dep_ == "dobj"] + [
            g for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        return any(o.lemma_.lower() in nouns and (o.lower_ in ("suit", "same") or any(
            g.lower_ == "same" for g in o.children)) for o in objs)

    def followed_suit(self, window: int = 2):
        """"Yemen and the Maldives followed suit", "Fabrikam reached the same conclusion": the act
        told just before, by them."""
        for t in self.doc:
            if not self.repeats(t):
                continue
            actors = self.actor_of_verb(t)
            before = [m for m in self.told_before(t, window, same_sentence=False)
                      if m.type != "CyberAttack" and m.modality == "asserted"]
            if actors and before:
                # (the main act of the sentence before: "severed ties with Qatar, accusing it ...")
                last_sent = max(m.sent.start for m in before)  # (post-passes add mentions out of text order)
                latest = sorted((m for m in before if m.sent.start == last_sent), key=lambda m: m.trigger.i)
                last = next((m for m in latest if m.trigger.dep_ == "ROOT"), latest[0])
                self.add(last.type, t, actors, [k for k in last.targets if k not in actors], modality=self.modality(t))

    def joined_sanctions(self, window: int = 2):
        """"Washington charged X on Monday. Ottawa announced sanctions of its own.":
        a sanction that names no target falls on whom the sanctions or charges told just before
        (in the sentence before or the one before that) fell."""
        for m in self.mentions:
            if m.type != "Sanction" or m.targets or not m.actors or m.modality != "asserted":
                continue
            if any(c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for c in m.trigger.children):
                continue  # "sanctioned seven others": targets of its own, only unnamed
            before = [o for o in self.told_before(m.trigger, window, same_sentence=False)
                      if o.type in ("Sanction", "LegalAction") and o.targets and o.modality == "asserted"]
            if before:
                last = max(before, key=lambda o: o.trigger.i)
                m.targets = [k for k in last.targets if k not in m.actors]

    def defended_victims(self):
        """"Vanuatu declared a state of emergency after a cyberattack knocked out government
        email": an attack with no victim named, told in the sentence of a defence, hit the
        defender."""
        for m in self.mentions:
            if m.type != "CyberAttack" or m.targets or any(  # "the attack on the pipeline" names its own
                    c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("on", "against", "into", "at", "of")
                    for c in m.trigger.children):
                continue
            if any(a.dep_ == "relcl" and a.head.lemma_ == "time" for a in m.trigger.ancestors):
                continue  # "declared an emergency, the first time hacking had forced one": attacks at large
            defenders = [d for d in self.mentions if d.type == "DefensiveMeasure" and d.sent == m.sent and d.actors
                         and not d.stops_attack and d.trigger.lemma_ not in BLOW_VERBS and d.modality == "asserted"
                         # "worked with both organisations to contain the activity": a helper, no victim
                         and first_conjunct(d.trigger).head.lemma_ not in mod("helping_verbs")]
            if defenders:
                m.targets = [k for k in defenders[0].actors if k not in m.actors]

    def responding_victims(self):
        """"NZX, hit by floods ... The exchange halted its cash market", "... Trading was halted
        again", "all passwords were reset": a measure by a definite description of a body, or an
        agentless passive on the victim's own things (services, systems, credentials), is the
        victim's, once the attacks read before have their victims (the reading of the measure
        itself may come before an attack's victim is known)."""
        # (what a victim stops, the systems an attack hits, the credentials it resets)
        own = set(self.trig["_lists"]["stopped_services"]) | set(self.trig["CyberAttack"]["system_nouns"]) | set(
            self.trig["DefensiveMeasure"]["verbs"]["reset"]["obj"])
        for m in self.mentions:
            if m.type != "DefensiveMeasure" or m.actors or m.modality != "asserted" or m.trigger.pos_ != "VERB":
                continue
            v = m.trigger
            # ("the service had been secured and taken offline": the first conjunct's patient)
            first = v.head if v.dep_ == "conj" and v.tag_ == "VBN" and is_passive(v.head) else v
            if is_passive(first):
                # ("the passwords of all users were reset": any measure on the victim's own things;
                # not "the botnet's servers were seized", a blow at the attackers)
                if preps(v, "by") or not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in own for c in first.children) \
                        or strikes_at_attackers(v) or v.lemma_ in BLOW_VERBS:
                    continue
                # ("Contoso said the service had been taken offline": the company that tells of its own)
                m.actors = self.telling_body(first) or self.last_victim(v, story_wide=True)
            else:
                doer = subject_of(v)
                if doer is not None:
                    m.actors = self.recent_victim(self.teller_described(doer), story_wide=True)

    def telling_body(self, v) -> list[str]:
        """The company or body that reports a clause ("Contoso said the service had been taken
        offline"), not a news outlet nor a state."""
        if v.dep_ != "ccomp" or v.head.lemma_ not in mod("reporting_verbs"):
            return []
        keys = self.actor_of_verb(v.head)
        if len(keys) == 1 and self.ix.entities[keys[0]].type in ("Organization", "GovernmentBody") \
                and not self.ix.news_outlet(keys[0]):
            return keys
        return []

    def unclaimed_blame(self):
        """'The attack on X was blamed on Iranian hackers', with nobody named who blames: no
        Attribution (it needs a claimant), but the attack has an alleged author."""
        for m in self.mentions:
            if m.type != "Attribution" or m.actors or not m.targets or m.modality != "asserted":
                continue
            v = m.trigger
            args = {c.i for c in v.children if c.dep_ in ("nsubjpass", "dobj")} | {o.i for o in preps(v, "for")}
            if v.dep_ in ("acl", "relcl"):
                args.add(v.head.i)
            self.allege_authors(args, m.targets)

    DEFINITE = ("the", "this", "that")

    @classmethod
    def definite(cls, t) -> bool:
        """Is ``t`` a definite noun ("the attack", "this intrusion"): one told before?"""
        return t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in cls.DEFINITE for c in t.children)

    def definite_attacks(self, window: int = 3):
        """'Officials said the intrusion was carried out by the GRU': a definite attack noun with
        an author but no victim is the attack told just before (within a few sentences)."""
        for m in self.mentions:
            t = m.trigger
            if m.type != "CyberAttack" or m.targets or not m.actors or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if not self.definite(t):
                continue
            before = [a for a in self.told_before(t, window)
                      if a.type == "CyberAttack" and a.targets and a.modality in ("asserted", "alleged")]
            if before:
                m.targets = list(before[-1].targets)

    def onset_dates(self) -> list[tuple[int, TimeValue]]:
        """"The intrusion started on Monday, 3 March", "The campaign began in 2019": a definite attack
        noun whose onset (or occurrence) is dated, told after the attack it recalls. (character
        offset of the noun, its date) for each."""
        out = []
        for span, tv in self.dates:
            v = self.date_gov(span)
            if v.lemma_ not in mod("onset_verbs"):
                continue
            for n in v.children:
                if n.dep_ == "nsubj" and self.definite(n) and (self.is_attack_word(n) or self.incident_like(n)) \
                        and not any(c.dep_ == "prep" for c in n.children):
                    out.append((n.idx, tv))
        return out

    def named_before_description(self, verb) -> list[str]:
        """"In April the FIVB, volleyball's world governing body, said ...", parsed with the
        description alone as the subject, or as an apposition of the date: the name just before
        the description's comma."""
        if verb.i < 2 or self.doc[verb.i - 1].text != ",":
            return []
        desc = self.doc[verb.i - 2]
        while desc.dep_ in ("compound", "amod") and desc.head.i > desc.i:
            desc = desc.head
        words_ = [t.i for t in desc.subtree if not t.is_punct and t.i < verb.i]
        at = min(words_, default=0)
        if at < 2 or self.doc[at - 1].text != "," or desc.pos_ != "NOUN":
            return []
        key = self.ix.token_key.get(at - 2)
        return [key] if key is not None and self.ix.entities[key].type != "Country" else []

    def strike_dates(self) -> list[tuple[str, TimeValue]]:
        """"Fabribot first struck on 27 June": a named program striking, with no victim told,
        dates the attack it made. (the program's key, its date) for each."""
        out = []
        for span, tv in self.dates:
            v = self.date_gov(span)
            if v.lemma_ in mod("striking_verbs") and not obj_of(v):
                out += [(k, tv) for n in v.children if n.dep_ == "nsubj" for k in self.keys([n])
                        if self.ix.entities[k].type == "Malware"]
        return out

    def add(self, typ, tok, actors, targets, modality=None, **kw) -> Mention:
        m = Mention(typ, tok, actors=actors, targets=[t for t in targets if t not in actors] or targets,
                    modality=modality or self.modality(tok), **kw)
        self.mentions.append(m)
        return m

    def told_to_stop_attacks(self, v) -> bool:
        """"urged Washington to stop its cyberattacks", "called on Moscow to cease hacking": a
        demand that another party stop its attacks condemns them."""
        asked = [c for x in [v] + [g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
                 for c in x.children if c.dep_ == "xcomp"]
        for s in asked:  # ("to respect ... and to stop ...", "to stop X and to stop its ...")
            asked += [c for c in s.children if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX") and c not in asked]
        return any(s.lemma_ in mod("stopping_verbs") and any(
            self.is_attack_word(o) for o in with_conj(obj_of(s) + [g for g in s.children if g.dep_ == "xcomp"]))
            for s in asked)

    @staticmethod
    def done_by_hand(v) -> bool:
        """"ran the system manually", "processed claims by hand", "on paper": work done without the
        computers (not "on the other hand")."""
        ways = mod("manual_ways")
        return any(c.dep_ == "advmod" and c.lower_ in ways or c.dep_ == "prep" and any(
            g.dep_ == "pobj" and f"{c.lower_} {g.lemma_.lower()}" in ways and not any(
                d.dep_ == "amod" for d in g.children) for g in c.children) for c in v.children)

    @staticmethod
    def to_blame(tok) -> bool:
        """"X was to blame for the attack": X is the culprit, as in "X was behind it"."""
        return (tok.lemma_ == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))

    def private_doer(self, v) -> bool:
        """Is the doer of ``v`` a company or another private body, no state nor state body
        ("Tether", "the victims' bank", "two of the exchanges", a report's "we" of an exchange)?"""
        doer = subject_of(v)
        if doer is None:
            return False
        kinds = self.doer_kinds(v)
        if kinds:
            return not kinds & {"Country", "GovernmentBody"}
        noun, _ = self.counted_noun(doer)
        return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in words()["organization_heads"]

    def official_doer(self, v) -> bool:
        """Is the doer of ``v`` a state or a state body ("the FBI", "Dutch police", "investigators")?"""
        doer = subject_of(v)
        if doer is None:
            return False
        kinds = self.doer_kinds(v)
        return bool(kinds & {"Country", "GovernmentBody"}) or not kinds and doer.lemma_.lower() in words()["domestic_bodies"]

    def doer_kinds(self, v) -> set[str]:
        """The entity types of the doer of ``v`` and of the states it acts for."""
        return {self.ix.entities[k].type for k in self.ix.with_states(self.actor_of_verb(v))}

    def names_service(self, toks) -> bool:
        """Does one of ``toks`` name a thing that can be closed (a site, market, forum or program
        by its proper name), no state nor state body? (A name read as a person's may be a
        market's: "Kestrix Market"; the state seizes things, and arrests people.)"""
        return any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") and getattr(
            self.ix.entities.get(self.ix.token_key.get(t.i)), "type", None) not in ("Country", "GovernmentBody")
            for t in toks)

    def verb_trigger(self, v, typ, spec):
        if self.to_blame(v):
            return  # read by behind()
        children = list(v.children)
        doer = subject_of(v)
        objs = obj_of(v) + [c for c in children if c.dep_ == "nsubjpass"]
        causer = self.causer(v) if typ == "DefensiveMeasure" else None
        if causer is not None:  # "we had the page taken down": done for the one who had it done
            doer = subject_of(causer)
            objs += [c for c in children if c.dep_ == "nsubj"]
        if v.dep_ in ("acl", "relcl") and is_passive(v):
            objs.append(v.head)
        elif v.dep_ in ("relcl", "acl") and not objs and any(c.dep_ == "nsubj" and c.lower_ not in REL_PRONOUNS for c in children):
            objs.append(v.head)  # "an accusation China rejected at the time" ("charges that Beijing rejected", an acl): its object
        # ("assessed with high confidence that X was linked to Y": a clause of its own, subject and
        # all, that the parser hangs on the noun before it)
        if spec.get("finite") and not own_clause(children) and (v.dep_ in ("acl", "amod") or v.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass", "nsubj") for c in children)) and not self.findings_of(v):
            return  # "individuals connected to Taiwanese interests", "targets linked to the IRGC": a description
        if spec.get("not_relcl") and v.dep_ == "relcl":
            return  # "patches for the flaws the hackers had exploited": a flaw described, the attack told elsewhere
        if spec.get("joined_only") and not (v.dep_ == "pcomp" and v.head.lower_ == "in" and v.head.head.lemma_ == "join"):
            return  # "named APT10" alone may be a tracker's name for it; "joined the US in naming APT10" blames it
        if spec.get("hostile_subj") and not self.hostile(doer) and not self.unauthorised(v) and not (
                spec.get("agentless") and doer is None and is_passive(v)):  # ("the bridge was drained")
            return  # "the virus took down the website", not "the firm took down its site"
        if "private_doer" in spec and self.private_doer(v) != spec["private_doer"]:
            return  # "Tether froze the tokens": a company's measure; "the Treasury froze X's assets": a sanction
        if spec.get("we_doer") and not (doer is not None and doer.lower_ == "we" and not quoted(v)):
            return  # "We took our site down that afternoon": the text's own site, after an attack on it
        if "own_obj" in spec and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for o in objs
                                     for c in [*o.children, *(c for b in preps(o, "between") for c in b.children)]) != spec["own_obj"]:
            return  # "cut its connections to Fabrikam": its own, a measure; "cut power to the city": an attack
            # ("cut the link between our network and Fabrikam": its own too)
        if spec.get("official_doer") and not (self.official_doer(v) and self.names_service(with_conj(objs))):
            return  # "the FBI seized Kestrix Forum", "Fabrikam Market was taken down by the FBI": a site closed by the state
        if typ == "Denial" and doer is not None and doer.lemma_.lower() in mod("judicial_nouns"):
            return  # "the court rejected that version": a ruling, no one denying their own part
        if typ == "CyberAttack" and doer is not None and doer.lower_ in mod("generic_doers"):
            return  # "those who target Australians will be pursued": anyone who would, no act
        if typ == "CyberAttack" and doer is not None and (house_part(doer) or doer.lower_ == "we" and not quoted(doer)) \
                and any(t == "DefensiveMeasure" for t, _ in verb_index().get(v.lemma_.lower(), ())):
            return  # "our technician unplugged the computer and wiped it": the house cleaning its own, no attack
        if typ == "CyberAttack" and any(t.lemma_.lower() in mod("physical_targets") for o in with_conj(objs)
                                        for t in [o] + [c for c in o.subtree if c.dep_ == "compound" and c.pos_ != "PROPN"]):
            return  # "struck a building housing the militia's cyber operatives": a strike on a building, no hack
        if typ == "CyberAttack" and v.dep_ in ("pcomp", "dobj") and v.tag_ == "VBG" and (
                v.head.head if v.dep_ == "pcomp" else v.head).lemma_.lower() in mod("countering_verbs"):
            return  # "has always cracked down on hacking": a topic fought, no act
        # "Sony began restoring PSN": a named service an attack read before hit (a computer thing)
        hit = bool(spec.get("hit_obj")) and self.hit_before(with_conj(objs), v)
        if "obj" in spec and typ == "Denial" and self.as_dismissive(v):
            pass  # "dismissed it as disinformation": the verdict says what is denied
        elif "obj" in spec:
            want = set(spec["obj"])
            # "most of the affected sites had been restored": the quantified noun
            # ("offered two years of free credit monitoring": the service measured)
            # ("shut 12 of its branches": the counted noun)
            heads = with_conj(objs) + [g for o in objs if o.lower_ in mod("quantifiers") or o.lemma_ in mod("durations")
                                       or o.pos_ == "NUM" for g in preps(o, "of")]
            # "declared a Russian diplomat persona non grata", parsed with the diplomat as a compound
            heads += [c for o in objs for c in o.children if c.dep_ == "compound"]
            heads += [c for c in children if c.dep_ == "dative"]
            # "Judge Lindqvist gave him ten years", parsed with the term as an adverb of the verb
            heads += [c for c in children if c.dep_ == "npadvmod" and any(g.dep_ == "nummod" for g in c.children)]
            if spec.get("no_deadline") and any(g.dep_ in ("relcl", "acl") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in g.children) for o in heads for g in o.children):
                return  # "gave Fabrikam two months to comply": time allowed, no sentence
            if typ in self.SPEECH_ACTS:  # "opposes smearing China": the gerund is what is opposed
                heads += [c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
            ok = any(o.lemma_.lower() in want for o in heads)
            # "asked about the indictment, brushed it off": the pronoun is the claim named before it
            ok = ok or typ == "Denial" and any(o.lower_ in ("it", "them") for o in heads) and any(
                c.dep_ == "prt" for c in children) and any(t.pos_ == "NOUN" and t.lemma_.lower() in want for t in v.sent if t.i < v.i)
            ok = ok or any(o.lemma_.lower() in want for c in children if c.dep_ == "prt" or c in self.particles(children, spec)
                           for o in c.children)
            # "the lender holding the account blocked it", "The registrar pulled it" after a copycat
            # shop is told: the pronoun is such a thing named in its sentence or the two before
            ok = ok or typ == "DefensiveMeasure" and any(o.lower_ in ("it", "them") and o.dep_ in ("dobj", "nsubjpass")
                                                         for o in heads) and self.named_before(want, v)
            # "Anonymous Sudan claimed that one too": an attacker claiming an attack told before
            ok = ok or spec.get("self") and self.hostile(doer) and any(self.incident_like(o) for o in heads)
            # "claimed to have hacked the company": the claim is of an attack
            ok = ok or spec.get("self") and any(c.dep_ == "xcomp" and self.is_attack_word(c) for c in children)
            # "dismantled Qakbot", "disabled Trickbot": a named malware or group is what is stopped
            ok = ok or spec.get("hostile_obj") and self.names_kind(with_conj(objs), *HOSTILE_TYPES)
            ok = ok or hit
            # "used Conti against a school district": a named program is what an attack uses
            ok = ok or spec.get("means") and self.names_kind(with_conj(objs), "Malware")
            # a small clause ("declared two diplomats persona non grata", parsed as a clause
            # without auxiliary or "that"): its subject is the verb's object
            ok = ok or any(o.lemma_.lower() in want for c in children if c.dep_ in ("ccomp", "xcomp") and not any(
                g.dep_ in ("aux", "auxpass", "mark") for g in c.children) for o in c.children if o.dep_ == "nsubj")
            if not ok:
                return
            if "obj_mods" in spec and not any(
                    w.lower_.replace("-", "") in spec["obj_mods"] for o in heads if o.lemma_.lower() in want
                    # (the words before the object in its phrase, or between the verb and it)
                    for w in [*[w for w in o.subtree if w.i < o.i], *v.doc[v.i + 1:o.i]]) and not any(
                    disguised(o, spec.get("obj_acts", ()), spec.get("obj_asks", ())) or marked_after(o, spec.get("obj_signs", ()))
                    for o in heads if o.lemma_.lower() in want):
                return  # "sent spear-phishing e-mails to X", not "sent an e-mail to reporters"
        # "disrupted the operation / the botnet": what the same verb's DefensiveMeasure reading
        # stops is no victim of an attack (one list, in the DefensiveMeasure entry)
        stops = {w for t, sp in verb_index().get(v.lemma_.lower(), ()) if t == "DefensiveMeasure" and typ == "CyberAttack"
                 and sp.get("hostile_obj") and not (sp.get("prt") and self.hostile(doer))
                 for w in sp.get("obj", ())}  # ("hackers took down the site": their attack)
        if stops and (any(o.lemma_.lower() in stops for o in with_conj(objs))
                      or self.names_kind(with_conj(objs), *HOSTILE_TYPES)):
            return  # ("police disrupted the gang": a gang stopped, no victim)
        if "prt" in spec and not self.particles(children, spec):
            return
        act_prep = [g for c in children if c.dep_ == "prep" and c.lower_ in spec.get("prep_act", ())
                    for g in c.children if g.dep_ == "pobj"]
        if any(self.is_attack_word(g) or self.incident_like(g) for g in act_prep):
            pass  # "named APT10 for a long hacking campaign": the act it is named for
        elif "prep" in spec:  # "got into the network", not "got into trouble"
            # ("named North Korea as responsible": the parser hangs the adjective on "as")
            # ("went back to paper", with "to" hung on the particle)
            hosts = children + [g for c in children if c.dep_ in ("prt", "advmod") and c.lower_ in spec.get("prt", ())
                                for g in c.children]
            pobjs = [g for c in hosts if c.dep_ in ("prep", "agent") and c.lower_ in spec["prep"]
                     for g in c.children if g.dep_ in ("pobj", "pcomp") or g.dep_ == "amod" and g.pos_ == "ADJ"]
            # ("took the servers out of service": the object of the compound preposition)
            pobjs += [h for c in hosts if c.dep_ == "prep" and c.lower_ in spec["prep"] for g in c.children
                      if g.dep_ == "prep" and g.lower_ == "of" for h in g.children if h.dep_ == "pobj"]
            if not pobjs and any(self.stranded(v, w) for w in spec["prep"]):
                pobjs = [c for c in children if c.dep_ == "nsubjpass"]
            if not pobjs:  # "suspects Russia of the cyberattack", "switched its checkouts to a manual process": hung on the object
                # (or on its participle: "added the indicators published by X to its block lists")
                pobjs = [g for o in objs for h in [o] + [a for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]
                         for c in h.children if c.dep_ == "prep" and c.lower_ in spec["prep"]
                         for g in c.children if g.dep_ == "pobj"]
            if not pobjs and v.tag_ == "VBG" and v.dep_ in ("advcl", "acl"):
                # ("published a post naming Contoso as the vendor of ...": "as" hung on "published")
                pobjs = [g for c in v.head.children if c.dep_ == "prep" and c.lower_ in spec["prep"] and c.i > v.i
                         for g in c.children if g.dep_ == "pobj"]
            if not pobjs or spec.get("cyber_obj") and not any(
                    t.lemma_.lower() in mod("cyber_words") or t.lower_.startswith("cyber") for o in pobjs for t in o.subtree
            ) and not self.hostile(doer) and not self.signed_in_with_credentials(v, pobjs) and not (  # "hackers broke into the insurer Medisure"
                    # ("Ivan Sokolov broke into Contoso", in an article about hacking: a named body's systems;
                    # "a stranger got into two of the institute's machines": its computers)
                    self.cyber_article() and (self.names_kind(pobjs, "Organization", "GovernmentBody") or any(
                        t.lemma_.lower() in self.trig["CyberAttack"]["system_nouns"] for o in pobjs for t in o.subtree))):
                return
            if spec.get("to_state") and not any(self.ix.entities[k].type in ("Country", "GovernmentBody")
                                                for k in self.keys(pobjs)):
                return  # "handed the suspect over to Spain", not "handed a note to the judge"
            want = spec.get("prep_obj")
            names_given = typ == "Attribution" and self.named_as(v)  # "identified the malware as LockerGoga"
            names_given = names_given or typ == "Attribution" and self.unmasks_handle(objs, pobjs)
            if want and not names_given and not any(  # "added X to its sanctions list", not "added X to the team"
                    (o.lemma_.lower() in want["head"] or any(  # "named X as the person behind ..."
                        c.dep_ == "prep" and c.lower_ in want.get("or_prep", ()) for c in o.children))
                    and ("with" not in want or any(t.lemma_.lower() in want["with"] for t in o.subtree)
                         or self.kind_named_before(o, want["with"])) for o in pobjs):
                return
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in spec.get("not_prt", ()) for c in children):
            return
        if "with" in spec and not any(t.lower_ in spec["with"] for c in children for t in c.subtree):
            return
        if spec.get("rebuilt") and not self.rebuilt(v) or typ == "CyberAttack" and is_passive(v) and not preps(v, "by") \
                and self.rebuilt(v):
            return  # "the handsets were wiped and reimaged": the owner's measure, no wiper attack
        if spec.get("manual") and not self.done_by_hand(v):
            return
        if spec.get("to_stop_attacks") and not self.told_to_stop_attacks(v):
            return
        if spec.get("not_ban"):
            removed = self.slot(v, "xcomp_obj")
            if any(o.lower_ in self.trig["_lists"]["banned_products"] for o in removed) and self.keys(removed):
                return  # "ordered agencies to uninstall Huawei software": a ban on the maker (a Sanction)
        if "subj" in spec:
            subj = controlled_object(v) or doer
            if subj is None or subj.lemma_.lower() not in spec["subj"] and not any(
                    c.dep_ == "compound" and c.lemma_.lower() in spec["subj"] for c in subj.children):
                return  # ("the jury", or "Judge Lindqvist": a title says what the named one is)
        if spec.get("cyber") and not hit and not self.cyber_context(v) and not (typ == "CyberAttack" and self.unauthorised(v)):
            return
        if v.dep_ in ("csubj", "csubjpass"):
            return  # "linking his country to the attack was ridiculous": a topic, not an act
        if typ == "Attribution" and v.lemma_ == "accuse" and self.accused_of_other(v):
            if v.dep_ in ("advcl", "xcomp", "conj") and v.head.lemma_ in verbs_of("LegalAction"):
                return  # "police detained them, accusing them of supporting terrorism": the charge of an arrest
            typ = "Condemnation"  # "accused Russia of undermining democracy": a reproach, no attribution
        elif typ == "Attribution" and not self.about_cyber(v) and not (
                self.cyber_article() and self.unmasks_handle(objs, preps(v, "as"))):
            return  # "accused Washington of stirring up hostility"
        first = first_conjunct(v)  # "an attack to paralyze services and hack data": both are aims
        means = any(sp.get("means") for t, sp in verb_index().get(first.head.lemma_.lower(), ()) if t == "CyberAttack")
        if typ == "CyberAttack" and first.dep_ != "ROOT" and not means and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in first.children) and (
                self.is_attack_word(first.head) or any(self.is_attack_word(o) for o in obj_of(first.head))):
            return  # "an attack to paralyze services", "launched the attack to disrupt ...": the aim of
            # an attack, not a second one ("tried to hack into", "an attempt to hack into" are attacks)
        if typ == "Denial" and v.lemma_ in ("reject", "dismiss") and not objs and not self.as_dismissive(v):
            return  # ("dismissed as "groundless" accusations by the Philippines": the verdict says it)
        if typ == "CyberAttack" and self.response_instrument(v, objs):
            return  # "hits hackers with sanctions": a response, not an attack
        if typ == "CyberAttack" and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.trig["Condemnation"]["response_nouns"] for c in children):
            return  # "the sanctions target Aleksandr Ermakov": the sanction's target
        if typ == "Condemnation" and any(o.lemma_.lower() in self.accusations for o in objs) \
                and not self.charges_of_others(v, objs):
            typ, spec = "Denial", {"target": []}  # "Beijing slammed the US accusations as a smear": the accused rejects them
        passive = is_passive(v)
        if typ == "DefensiveMeasure" and self.hostile(doer):
            if not spec.get("target") or v.lemma_ in mod("restoring_verbs"):
                return  # "the attack that halted cargo operations": what the attack did, no defence
                # ("the gang brought its leak site back": its own, no attack)
            typ = "CyberAttack"  # "hackers took the airports' websites offline": an attack
        if spec.get("finder"):
            # "the SBU found malware on the servers": who found it is no attacker; the program named
            # is the doer ("found Pegasus on her phone", "found traces of Predator on it")
            found = objs + [c for c in children if c.dep_ == "nsubjpass"]  # ("after Qakbot was found on them")
            actors = [k for k in self.keys(found + [g for o in found for g in preps(o, "of")])
                      if self.ix.entities[k].type == "Malware"]
        elif "nsubj" in spec.get("target", ()):
            # "Contoso's website went down": the subject is what was hit
            actors = []
        elif typ in self.SPEECH_ACTS and doer is not None and doer.i < v.i and v.dep_ == "conj" and (
                self.is_attack_word(doer) or self.incident_like(doer)):
            actors = self.speaker(v)  # "X said the operation was unacceptable and called on Moscow to ...":
            # an operation says nothing (the parser gave the conjunct the wrong subject)
        elif causer is not None:
            actors = self.actor_of_verb(causer)
        else:
            actors = self.actor_of_verb(v) if not (passive and v.dep_ in ("acl", "relcl")) else self.agent(v)
        joined = []
        if v.dep_ == "pcomp" and v.head.lower_ == "in" and v.head.head.lemma_ == "join" and actors:
            # "Japan joined the United States and Britain in naming APT10": they act too
            # (the ones joined come before "in": not a party named in what they did, "naming APT10, a
            # group linked to X", which the parser may hang on "joined" too)
            joined = [k for k in self.keys([o for o in obj_of(v.head.head) if o.i < v.i]) if k not in actors]
            actors += joined
        from_evidence = typ == "Attribution" and not actors and self.evidence(doer)
        if from_evidence:
            actors = self.evidence_owner(v, doer)  # "Kaspersky said the code linked the attack to Lazarus"
        targets: list[str] = []
        slot_toks: list = []
        for slot in spec.get("target", []):
            if passive and slot == "dobj":
                continue
            toks, victims = self.slot(v, slot), set()
            slot_toks += toks
            if slot == "obj_prep:between":  # "links between APT40 and the compromise of X": not the act's victim
                victims = set(self.keys([p for g in with_conj(toks) if self.is_attack_word(g) or self.incident_like(g)
                                         for w in ("of", "on", "against") for p in preps(g, w)]))
            # (an attack's victims are also where they are: "networks in Guam")
            for t in self.keys(toks, exclude=actors if typ == "CyberAttack" else (), places=typ == "CyberAttack"):
                # ("ClearSky connected the campaign to the group": the claimant recalled is not whom it blames)
                if t not in targets and t not in victims and not (typ == "Attribution" and t in actors):
                    targets.append(t)
            if typ == "Attribution":  # "traced the intrusion to machines in Vietnam"
                targets += [k for k in self.hosting_states(toks) if k not in targets]
        if typ in ("LegalAction", "Sanction") and not passive:
            listed, after = self.listed_after_colon(objs)  # (the parser may hang the list on the subject)
            actors = [k for k in actors if k not in after]
            targets += [k for k in listed + self.entries_listed(v, objs) if k not in targets]
        if typ == "Attribution" and "as" in spec.get("prep", ()) and all(o.pos_ in ("NOUN", "PRON", "DET") for o in objs):
            # "identified the malware as LockerGoga", "which it identified as Lapsus$": the name given,
            # not what "the malware" recalls
            targets = self.named_as(v) or targets
        if typ == "Attribution" and "as" in spec.get("prep", ()):
            # "named Pavel Orlov as a LockBit affiliate", "as a member of Evil Corp": the gang too
            gangs = self.keys([g for c in children if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree])
            targets += [k for k in gangs if k not in targets and self.ix.entities[k].type in ("ThreatActor", "Malware")]
        if "target_types" in spec:  # "barred federal agencies from using Huawei gear": the maker, not the agencies
            targets = [k for k in targets if self.ix.entities[k].type in spec["target_types"]]
        if spec.get("victim_obj") and not [k for k in self.keys(objs) if self.ix.entities[k].type not in ("ThreatActor", "Malware")]:
            return  # "posted Fabrikam Freight on its leak site" names a victim; "posted a decryption tool" none
        if spec.get("self"):  # "the gang claimed responsibility for the attack"
            self.add(typ, v, actors, list(actors), self_claim=True)
            return
        if typ == "ExpelDiplomats" and targets and all(self.ix.entities[k].type == "Person" for k in targets) and not any(
                t.lemma_.lower() in self.trig["ExpelDiplomats"]["people"] for t in v.sent):
            typ = "LegalAction"  # "Estonia expelled him to Finland": a suspect deported, no diplomat
        if typ == "ExpelDiplomats":
            actors, targets = self.expel_roles(v, actors, targets)
        if typ == "LegalAction" and not passive:
            for t in self.principals(v):
                if t not in targets and t not in actors:
                    targets.append(t)
        if typ == "LegalAction" and not actors and targets and stage_of(v.lemma_.lower()) == "extradite":
            actors = self.arresting_state(v, targets)
        if typ == "DefensiveMeasure" and v.lemma_ == "block" and not passive:
            censored = self.censored(v, actors)
            if censored:  # "China blocked access to the Kestrix Times website": a state's measure against the outlet
                typ, targets = "Sanction", censored
        anchor = None
        subj = doer
        if typ == "Attribution" and not passive and subj is not None and subj.lemma_.lower() in self.trig["LegalAction"]["papers"]:
            # "The Justice Department's indictment ... accuses them of breaking into ...": a charge,
            # read as a LegalAction by the indictment's authors (no separate claim)
            typ = "LegalAction"
            actors = self.authors(subj)[0] or self.speaker(v)
        if typ == "Attribution" and v.dep_ in ("advcl", "xcomp", "conj") and self.announces_charges(v.head):
            return  # "announced charges against five officers, accusing them of hacking": the charge says it
        if typ in self.SPEECH_ACTS and not passive:
            paper = self.document_of(doer)
            if paper is not None:  # "It attributes the activity to ..." after "The advisory was published by X"
                by, anchor = self.authors(paper)
                actors = by or actors
        if not actors and typ in self.SPEECH_ACTS and not any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not self.incident_like(c) for c in v.children):
            # "said ... a new cyberattack, blaming Iran": the sayer blames (but "which both governments
            # have blamed on the GRU" names its own claimants, whom the sayer does not stand for)
            actors = self.speaker(v)
        if not actors and typ == "DefensiveMeasure" and passive and (
                v.dep_ == "ccomp" and v.head.lemma_ in mod("reporting_verbs") or any(
                    c.dep_ in ("parataxis", "ccomp") and c.lemma_ in mod("reporting_verbs") for c in v.children)):
            # "the SBU said the sites had been restored", "... were disconnected, the bank said"
            actors = self.speaker(v)
        if not actors and typ == "DefensiveMeasure" and passive:
            # "the parliament's entire IT system was taken offline": its owner took it offline
            actors = self.keys([g for o in objs for g in o.children if g.dep_ == "poss"])
        told = self.teller_described(doer) if typ == "DefensiveMeasure" and not passive and doer is not None else None
        if told is not None and (not actors or self.bystander(told, actors)):
            # "Hackers hit Bunq ... The bank suspended transfers": the victim just told responds
            # (rather than the last body of that kind named, when that one was hit by nothing;
            # "The bank said it had suspended transfers" too)
            actors = self.recent_victim(told) or actors
        if not actors and typ == "DefensiveMeasure" and passive and not preps(v, "by") and any(
                p.lemma_.lower() in self.trig["CyberAttack"]["system_nouns"] and any(
                    d.lower_ in ("the", "its", "their", "all") for d in p.children)
                or p.lemma_.lower() in self.trig["_lists"]["stopped_services"] for p in objs):
            # "Hackers defaced Contoso's website ... The portal was taken offline", "... Trading
            # was halted": its owner
            actors = self.last_victim(v)
        if not actors and typ == "DefensiveMeasure" and passive and not preps(v, "by") and not reporting_ancestors(v) \
                and any(o.lemma_.lower() in words()["house_assets"] for o in with_conj(objs)):
            # "The PC was reimaged the next morning", in a text that speaks as "we" or under its letterhead
            actors = self.house_voice() or ([] if quoted(v) else self.house_org(named=True))
        if typ == "DefensiveMeasure":
            # "the host suspended the copy at our request", "... blocked it at Contoso's request":
            # who asked for the measure takes it too
            actors = actors + [k for k in self.requesters(v) if k not in actors]
        if not actors and typ == "LegalAction" and passive:
            # "was later charged in a Singapore court"; "the two men were indicted, the department said"
            # "was arrested in Arizona (and charged with ...)": the state of the place
            # (and "was extradited from South Korea": a verb's own place prepositions)
            where = preps(v, "in") + (preps(v.head, "in") if v.dep_ == "conj" and is_passive(v.head) else []) + [
                g for w in spec.get("place_preps", ()) for g in preps(v, w)] + [
                # "After pleading guilty in Denver, Sokolov was sentenced": the court of the same case
                g for c in v.children if c.dep_ == "prep" and c.lower_ in ("after", "following")
                for p in c.children if p.dep_ == "pcomp" for g in preps(p, "in")]
            at = preps(v, "at") + [g for o in preps(v, "to") for g in preps(o, "at")]  # "sentenced to two years at X Court"
            # "was jailed for 14 months at the Old Bailey": a court named there, though its name has no "court"
            named_court = []
            if v.lemma_.lower() in mod("judging_verbs"):
                at += [g for o in preps(v, "for") for g in preps(o, "at")]  # (hung on the term)
                named_court = [k for k in self.keys(at) if self.ix.entities[k].type in ("GovernmentBody", "Organization")]
            actors = self.court_state(preps(v, "in") + preps(v, "by") + at, judging=v.lemma_.lower() in mod("judging_verbs")) \
                or named_court or self.where_states(where) \
                or self.speaker(v)
        if not actors and typ == "LegalAction" and (passive and not preps(v, "by") or doer is not None and (
                doer.lemma_.lower() in mod("judicial_nouns"))):
            # "The judge sentenced him", "had been charged in March": the justice that
            # acted in the article just before (for a sentence or verdict, one that judged: "FBI
            # agents arrested him ... On Friday he was sentenced" is no act of the FBI's, but of
            # a court of the same state)
            judging = v.lemma_.lower() in mod("judging_verbs") and passive
            actors = self.judiciary_before(v, judging=judging)
            if not actors and judging:
                actors = [k for k in self.ix.with_states(self.judiciary_before(v)) if self.ix.entities[k].type == "Country"]
        if not actors and typ == "LegalAction" and v.dep_ == "acl" and v.head.dep_ == "dobj":
            actors = self.actor_of_verb(v.head.head)  # "X unsealed an indictment charging Y"
        if typ in ("LegalAction", "Sanction") and all(self.ix.entities[k].type == "Country" for k in targets):
            # "arrested three people suspected of taking part in NoName's attacks", "charged four
            # Chinese nationals over APT31 hacking", "sanctioned 11 Russian nationals accused of
            # running the Trickbot malware": the group the unnamed people are held for (beside
            # their nationality)
            reasons = objs + ([g for w in ("over", "for") for g in preps(v, w)] if typ == "LegalAction" else [])
            targets += [k for k in dict.fromkeys(self.ix.token_key[x.i] for o in reasons for x in o.subtree
                                                 if self.cyber_actor(x)) if k not in targets]
        if typ == "SeverRelations" and not targets:
            targets = self.other_countries(v, actors)
        if typ == "CyberAttack" and passive and not spec.get("finder"):
            actors = self.agent(v) or self.malware_used(v)  # ("had been infected with Pegasus": the tool told)
        if typ == "CyberAttack" and not targets and v.tag_ == "VBN" and v.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.head.pos_ in ("VERB", "AUX"):
            # "Hit by ransomware on Tuesday, the water board isolated its systems": the one hit
            targets = self.keys([c for c in v.head.children if c.dep_ == "nsubj"])
        if typ == "CyberAttack" and all(self.ix.entities[k].type == "Country" for k in targets):
            # (named places only: "hacked more than 100 companies in the United States" has a group too)
            # ("Fabribot had infected some 40,000 computers": a program's own campaign counts its machines)
            # ("Kestrix has infected office computers in forty countries": so do a group's and a program's uncounted ones)
            program = subject_of(v) if not passive else None
            infected = v.lemma_ == "infect" and (any(self.ix.entities[k].type in ("Malware", "ThreatActor") for k in actors) or (
                # ("the worm infected more than 359,000 servers", "a reworked version infected ...": a program unnamed)
                not actors and program is not None and program.lemma_.lower() in MALWARE_DOERS))
            targets = self.generic_victims(slot_toks, machines=infected) + targets
        if typ == "CyberAttack" and all(self.ix.entities[k].type != "Organization" for k in targets) \
                and not reporting_ancestors(v):  # (a teller's own losses are the teller's: own_losses)
            targets += [k for k in self.house_victims(slot_toks) if k not in targets]
        if typ == "CyberAttack" and "obj_acts" in spec and not targets:
            targets = self.lure_recipients(slot_toks)  # "was sent to several harbour agents"
        if typ == "CyberAttack" and not targets and not passive and self.unauthorised(v) \
                and any(t.lower_ == "our" and not quoted(t) for t in v.subtree):
            # ("someone logged into the newsletter with our editor's password": the house's, whatever it got into)
            targets = self.house_org(named=True)
        if typ == "DefensiveMeasure" and doer is not None and doer.lower_ == "it":
            # ("the bank said it had shut down its services": its own, whoever "its" was read as)
            owned = set(self.keys([c for o in objs for c in o.children if c.dep_ == "poss" and c.lower_ == "its"]))
            targets = [k for k in targets if k not in owned]
        if typ in ("LegalAction", "Sanction"):  # "arrested seven people": they, beside the group or state they stand for
            people = self.unnamed_people(slot_toks)
            if people:  # ("its administrators were arrested": the people, not whose they are)
                owners = set(self.keys([c for t in slot_toks for c in t.children if c.dep_ == "poss" and c.pos_ == "PRON"]))
                targets = [k for k in targets if k not in owners]
            targets += [k for k in people if k not in targets]
        if spec.get("civil") and not actors:  # "Lenders whose clients were hit sued the processor"
            actors = self.plaintiffs(v, v)
        m = self.add(typ, v, actors, targets, anchor=anchor, from_evidence=from_evidence, joined=joined,
                     civil=bool(spec.get("civil")))
        if typ == "DefensiveMeasure" and any(self.is_attack_word(o) or o.lemma_.lower() == "attempt" for o in objs):
            m.stops_attack = True
        if spec.get("finder") and actors and targets:
            # "the Citizen Lab found Pegasus on her phone": the lab or firm that finds it names the
            # program as the doer (an official's find is told as a find, no claim)
            finders = [k for k in self.actor_of_verb(v) if k not in actors and k not in targets
                       and self.ix.entities[k].type == "Organization"]
            if finders:
                self.add("Attribution", v, finders, list(actors), modality=self.modality(v))

    def listed_victims(self):
        """"Among the group's victims were Contoso in November 2019 and Kestrix in 2021", "its
        victims included Contoso", "Contoso was among the gang's victims": each named victim of
        an attacker's (or of a cyber) victims noun was attacked by it (one attack for the list)."""
        for t in self.doc:
            if t.lemma_.lower() != "victim" or t.pos_ != "NOUN":
                continue
            verb, named = t.head, []
            if t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ in ("be", "include"):
                verb = t.head.head  # "Among its victims were X", "X was among the victims"
                # (a second victim the parser hangs on the verb: "were Contoso in 2019 and Kestrix in 2021")
                named = [c for c in verb.children if c.dep_ in ("nsubj", "attr", "nsubjpass") and c.i != t.i
                         or c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
            elif t.dep_ == "nsubj" and verb.lemma_ in ("include", "be") and verb.pos_ in ("VERB", "AUX"):
                named = [c for c in verb.children if c.dep_ in ("dobj", "attr")]  # "its victims included X"
            owners = [c for c in t.children if c.dep_ == "poss"] + preps(t, "of")
            doers = [k for k in self.keys(owners) if self.ix.entities[k].type in HOSTILE_TYPES]
            cyber = doers or self.hostile(t) or any(self.hostile(o) for o in owners) or any(
                self.is_cyberish(c) for c in t.children if c.dep_ in ("compound", "poss"))  # (not "the hardest-hit victims")
            # ("the group's victims", "the gang's": a noun that recalls a threat actor, in an article about hacking)
            if not named or not (cyber or self.cyber_article() and any(
                    "ThreatActor" in words()["back_references"].get(o.lemma_.lower(), ()) for o in owners)):
                continue
            # (names only, each the name itself or its apposition: "the oil company Contoso", not
            # "ministries, embassies and banks"; a name hung on the verb as its conjunct is that
            # name alone, not the clauses after it)
            heads = with_conj([n for n in named if n.dep_ != "conj"]) + [n for n in named if n.dep_ == "conj"]
            names = [x for m in heads for x in [m, *[c for c in m.children if c.dep_ == "appos"]]]
            victims = [self.ix.token_key[x.i] for x in names if x.i in self.ix.token_key and x.pos_ == "PROPN"]
            victims = [k for k in dict.fromkeys(victims) if k not in doers]
            if victims:
                self.add("CyberAttack", verb, doers, victims)

    def generic_victims(self, toks, machines: bool = False) -> list[str]:
        """Unnamed victims in an attack's target slot, as a group entity: a plural victim noun
        ("attacks on banks and cryptocurrency exchanges", "knocked out the websites of major U.S.
        banks") or a count of them ("hacked hundreds of companies", "more than 75 of its
        customers"; with ``machines``, also of computers: "Fabribot infected some 40,000
        computers"). A singular noun ("the company") is somebody named before, not a group."""
        trig = self.trig["CyberAttack"]
        nouns, systems = set(trig["victim_nouns"]), set(trig["system_nouns"])
        out: list[str] = []
        for t in toks:
            noun, counted = self.counted_noun(t)
            if noun is None or not counted and t.tag_ != "NNS":
                continue
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or any(
                    x.tag_.startswith("W") or x.lower_ == "no" for x in t.subtree if x.i < noun.i):
                continue  # ("how many organisations", "no internal systems": nobody)
            whole = []
            if noun.lemma_.lower() in systems:  # "the websites of major banks": the banks
                owners = [o for w in ("of", "at") for o in preps(noun, w) if o.tag_ == "NNS"]
                if owners:
                    whole, t = [t], owners[0]
                    noun = t
                elif not machines:
                    continue  # ("encrypted 310 servers": a detail of an attack told elsewhere)
            members = [noun, *[c for c in noun.children if c.dep_ == "conj"]]
            infected = machines and noun.lemma_.lower() in systems  # (the machines a program infects, counted or not)
            if len(members) == 1 and t is noun and not infected and not any(
                    c.dep_ in ("amod", "compound", "nmod", "nummod", "prep") for c in noun.children):
                continue  # a bare plural ("companies", "governments") is too vague to be a victim
            key = self.ix.add_group(t, whole, core_head=noun)
            aliases = self.ix.entities[key].aliases
            if infected and f"infected {noun.lower_}" not in aliases:
                aliases.append(f"infected {noun.lower_}")  # (also its "infected computers")
            if key not in out:
                out.append(key)
        return out

    def house_victims(self, toks) -> list[str]:
        """"Two colleagues got messages that looked like shared documents", "eleven engineers
        received e-mails": in a text that speaks as "we" or under a letterhead that names its
        organisation, people or accounts of no named owner ("our", "its" or none; not "Fabrikam's
        staff", "engineers at Contoso") are the text's own organisation's."""
        house = self.house_org(named=True)
        if not house:
            return []
        people = set(words()["staff_nouns"]) | set(words()["house_people"])  # (staff, and members and accounts)
        for t in toks:
            noun, _ = self.counted_noun(t)
            if noun is not None and noun.lower_ == "you" and noun.i != t.i and not quoted(t):
                # ("two of you got a message signed with our name": the readers the house writes to)
                return house + [self.ix.add_group(t, core_head=t)]
            if noun is None or quoted(t) or t.lower_ in ("any", "none", "no") or noun.lemma_.lower() not in people and not any(
                    c.dep_ == "prep" and self.own_people(c) for c in noun.children):
                continue  # (people of its own by their word, or by "on our list": "readers on our mailing list")
            if any(c.dep_ == "poss" and c.lower_ not in ("our", "its") or c.dep_ == "prep" and c.lower_ in ("at", "of")
                   and not self.own_people(c) and self.names_someone(c) or c.i in self.ix.token_key
                   or c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
                   and c.lemma_.lower() not in people  # (but "the administrator account", a role's)
                   for c in noun.children):
                continue  # (not "engineers at Contoso", "Contoso staff", "bank employees"; but "cashiers at three branches")
            # (and the people themselves, as written: "at least nine members", "about 300 staff")
            return house + [self.ix.add_group(t, core_head=noun)]
        return []

    def named_before(self, nouns, v) -> bool:
        """Is one of ``nouns`` named before ``v`` in its sentence ("the lender holding the account
        blocked it"), or the subject of one of the two sentences before ("A copycat shop went
        online ... It is not ours. The registrar pulled it"): what an "it" there may stand for?"""
        idx = self.sent_index()
        here = idx[v.sent.start]
        if any(t.pos_ == "NOUN" and t.i < v.i and t.lemma_.lower() in nouns for t in v.sent):
            return True
        return any(t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in nouns
                   for sent in self._sents[max(0, here - 2):here] for t in sent)

    def rebuilt(self, v) -> bool:
        """Is a verb joined to one of rebuilding ("the handsets were wiped and reimaged")?"""
        rebuild = rebuilding_verbs()
        return any(c.lemma_.lower().replace("-", "") in rebuild for c in [*v.children, v.head]
                   if c.dep_ == "conj" or c.i == v.head.i and v.dep_ == "conj")

    def federal_article(self) -> bool:
        """Is the text about a US federal case: does it say "federal" or name a US federal body
        (the FBI, the Justice Department)? (Read once per text.)"""
        if not hasattr(self, "_federal"):
            self._federal = any(t.lower_ == "federal" for t in self.doc) or any(
                self.ix.entities[k].type == "GovernmentBody" and self.ix.entities[k].country == "USA"
                and k in self.ix.gaz for _, k in self.ix.mentions)
        return self._federal

    def requesters(self, v) -> list[str]:
        """Who a measure was taken at the request of: "at our request" (the text's own
        organisation), "at Contoso's request", "at the request of the FBI"."""
        out = []
        for r in preps(v, "at"):
            if r.lemma_.lower() != "request":
                continue
            for c in r.children:
                if c.dep_ == "poss" and c.lower_ == "our":
                    out += self.house_org(named=True)
                elif c.dep_ == "poss":
                    out += self.keys([c])
            out += self.keys(preps(r, "of"))
        return out

    def names_someone(self, prep) -> bool:
        """Does a phrase name an owner ("at Contoso", "of the Kestrix ministry"), not only places
        of one's own ("at four branches")?"""
        return any(x.i in self.ix.token_key or x.pos_ == "PROPN" for x in prep.subtree)

    @staticmethod
    def own_people(prep) -> bool:
        """"a member of our staff", "two of our engineers", "readers on our list": the text's
        own people after all."""
        return prep.lower_ in ("of", "on") and any(g.dep_ == "pobj" and any(
            c.dep_ == "poss" and c.lower_ == "our" for c in g.children) for g in prep.children)

    def lure_recipients(self, toks) -> list[str]:
        """The people a lure reached, counted but unnamed ("was sent to several harbour agents",
        "some buyers got e-mails that looked like ...", "at least nine members received ..."),
        as a group entity of the article."""
        out: list[str] = []
        for t in toks:
            noun, counted = self.counted_noun(t)
            if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or t.i in self.ix.token_key:
                continue
            if not counted and not self.counted_by_word(t):
                continue  # ("customers", "the agents": a kind, or people told before)
            key = self.ix.add_group(t, core_head=noun)
            if key not in out:
                out.append(key)
        return out

    def counted_by_word(self, t) -> bool:
        """Is a noun counted by a number or a counting word before it ("seven people", "several
        agents", "some buyers")?"""
        counts = self.trig["CyberAttack"]["quantity_heads"]
        return any(c.dep_ == "nummod" or c.dep_ in ("amod", "det") and c.lower_ in counts for c in t.children)

    def unmasks_handle(self, objs, names) -> bool:
        """"identified a Ruritanian, Ivan Kestrov, as QuillBoss": a person (among ``objs``) named as
        another person's name (among ``names``, the "as" phrase), a handle: he is unmasked as the
        one behind it."""
        return self.names_kind(objs, "Person") and any(
            o.pos_ == "PROPN" and self.names_kind([o], "Person", "Organization", "ThreatActor")  # (NER's guess at a handle)
            and not set(self.keys([o])) & set(self.keys(objs)) for o in names)

    def named_as(self, v) -> list[str]:
        """The threat actors or malware a verb names "as" ("identified the malware as LockerGoga"):
        the name itself, not an apposition after it."""
        return [self.ix.token_key[g.i] for g in preps(v, "as") if self.cyber_actor(g)]

    def counted_noun(self, t):
        """(the noun counted, True) for a count head ("hundreds of companies", "75 of its
        customers"; None without its "of" phrase), else (t, False)."""
        if t.lemma_.lower() in self.trig["CyberAttack"]["quantity_heads"] or t.pos_ == "NUM":
            return next(iter(preps(t, "of")), None), True
        return t, False

    def recent_victim(self, noun, story_wide: bool = False) -> list[str]:
        """The body a definite description of a responder recalls: the latest named victim of an
        attack read before it, when the description's noun is a kind of body ("the bank", "the
        exchange", "the trust" after "Hackers hit Bunq"); the victims of an attack respond to it."""
        if noun.pos_ != "NOUN" or not any(c.lower_ in ("the", "this") for c in noun.children) or \
                noun.lemma_.lower() not in mod("responder_nouns"):
            return []
        return self.last_victim(noun, story_wide)

    def charges_of_others(self, v, objs) -> bool:
        """"Police detained nine bloggers ... GPAN condemns the charges": a legal action's charges
        read before, brought against others than the one who condemns them, are condemned, not denied."""
        if not any(o.lemma_.lower() == "charge" and any(c.lower_ in ("the", "these", "those") for c in o.children)
                   for o in objs):
            return False
        speaker = set(self.actor_of_verb(v))
        told = [m for m in self.told_before(v, 8) if m.type == "LegalAction" and m.targets and not m.civil]
        return bool(told) and not speaker & set(told[-1].targets)

    def denied_occurrence(self, tok) -> bool:
        """"rejected posts claiming that a cyberattack had shut down the grid": an attack that is
        the subject of a claim someone rejects is in doubt (not "denied claims that it was behind
        the attack", where the attack is a given)."""
        if tok.dep_ == "nsubj" and self.is_attack_word(tok):
            clause = tok.head
        elif tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and self.is_attack_word(c) for c in tok.children):
            clause = tok  # (the verb an attack is the subject of: "had shut down")
        else:
            return False
        if clause.dep_ not in ("ccomp", "acl"):
            return False
        claim = clause.head
        if claim.pos_ == "VERB" and claim.lemma_ in ("claim", "say", "allege", "suggest") and claim.dep_ == "acl":
            claim = claim.head  # ("posts claiming that ...", "reports saying that ...")
        return claim.lemma_.lower() in self.trig["_lists"]["denied_claims"] and claim.dep_ == "dobj" \
            and claim.head.lemma_.lower() in verbs_of("Denial")

    def censored(self, v, actors) -> list[str]:
        """Whom a state blocks when it blocks what others publish ("blocked access to the Kestrix
        Times websites", "blocked 16 Ruritanian video channels"): the outlet or the state its
        channels belong to; none for a defence ("blocked inbound traffic", "blocked external webmail")."""
        ents = self.ix.entities
        if not actors or not all(ents[k].type in ("Country", "GovernmentBody") for k in actors):
            return []
        objs = obj_of(v)
        things = [o for o in objs if o.lemma_.lower() != "access"] + [
            g for o in objs if o.lemma_.lower() == "access" for g in preps(o, "to")]
        if any(forms(t) & set(self.trig["DefensiveMeasure"]["hostile_doers"]) or self.is_attack_word(t)
               for o in things for t in o.subtree):
            return []
        own = set(actors) | {ents[k].country for k in actors if ents[k].country}
        return [k for k in self.keys(things) if k not in own and ents[k].type in ("Organization", "Country")]

    def kind_named_before(self, noun, kinds) -> bool:
        """"the Specially Designated Nationals list ... OFAC added two men to the list": a bare
        definite noun recalls the same noun named before with one of ``kinds`` on it."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children) or any(
                c.dep_ in ("amod", "compound") for c in noun.children):
            return False
        lemma = noun.lemma_.lower()
        return any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(
            w.lemma_.lower() in kinds for w in t.doc[max(t.i - 4, 0):t.i]) for t in noun.doc[:noun.i])

    def last_victim(self, tok, story_wide: bool = False) -> list[str]:
        """The one named body an attack read in the three sentences up to ``tok`` hit (none
        when it hit several); with ``story_wide`` and no attack that near, the one body every
        attack read before ``tok`` hit (a story of one victim: "... The exchange halted its cash
        market"; only once every attack is read, as a last resort: while reading, a body the
        text recalls by name is nearer)."""
        hit: set[str] = set()
        for m in reversed(self.mentions):
            if m.type != "CyberAttack" or m.trigger.i >= tok.i:
                continue
            bodies = [k for k in m.targets if self.ix.entities[k].type in ("Organization", "GovernmentBody")]
            if self.ix.sentence_no(tok) - self.ix.sentence_no(m.trigger) <= 3:
                if len(bodies) == 1:
                    return bodies
                if bodies:
                    return []
            hit.update(bodies)
        return sorted(hit) if story_wide and len(hit) == 1 else []

    @staticmethod
    def teller_described(doer):
        """The doer, or for "it" or "we" as the subject of what a description says ("The bank said
        it had suspended transfers"), that description."""
        if doer.lower_ not in ("it", "we") or doer.dep_ != "nsubj":
            return doer
        said = doer.head.head if doer.head.dep_ == "ccomp" else None
        if said is None or said.lemma_ not in mod("reporting_verbs"):
            return doer
        return next((c for c in said.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), doer)

    def hit_before(self, objs, v) -> bool:
        """Does an object name something an attack read before the verb hit ("hackers broke into
        the FabrikamNet service ... Fabrikam restored FabrikamNet")?"""
        named = {self.ix.key_of(o) for o in objs} - {None}  # (the object itself, not a word in its phrase)
        return any(self.ix.entities[k].type != "Country" for k in named & self.hit_so_far(v))

    def hit_so_far(self, tok) -> set[str]:
        """What the attacks read before ``tok`` hit."""
        return {k for m in self.mentions if m.type == "CyberAttack" and m.trigger.i < tok.i for k in m.targets}

    def bystander(self, noun, keys) -> bool:
        """Is the body a singular description ("the company") was taken to recall one that no attack
        read so far hit, while the description fits the latest victim's kind?"""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return False
        hit = self.hit_so_far(noun)
        kinds = words()["back_references"].get(noun.lemma_.lower())
        victims = self.recent_victim(noun)
        return bool(victims) and not set(keys) & hit and (
            not kinds or all(self.ix.entities[k].type in kinds for k in victims))

    @staticmethod
    def kind_not_act(n) -> bool:
        """Does an attack noun name a kind of act rather than one act: "such attacks", "all
        (forms / acts of) cyberattacks", "any cyberattack"?"""
        kinds = mod("kind_determiners")
        heads = [n] + ([n.head.head] if n.dep_ == "pobj" and n.head.lower_ == "of"
                       and n.head.head.lemma_.lower() in mod("kind_nouns") else [])
        return any(c.lower_ in kinds and c.dep_ in ("amod", "det", "predet") for h in heads for c in h.children)

    def entries_listed(self, v, objs, reach: int = 400) -> list[str]:
        """"designated the following individuals:" and then a sanctions list's entries: the people
        of the entries that follow (up to the next such announcement)."""
        if not any(c.lower_ == "following" for o in objs for c in o.children):
            return []
        end = v.sent.end
        out: list[str] = []
        for i, key in self.ix.designation_entries:
            if end <= i < end + reach and key not in out:
                if any(t.lower_ == "following" and t.head.pos_ == "NOUN" for t in self.doc[end:i]):
                    break  # the next announcement's entries
                out.append(key)
        return out

    def listed_after_colon(self, objs) -> tuple[list[str], set[str]]:
        """"charged two others: Ivan Petrov, 19, of Tver, and Oleg Sokolov": the people
        a counted object announces, named after the colon that ends it (and every name there)."""
        for o in objs:
            if o.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in o.children):
                continue
            end = max(t.i for t in o.subtree) + 1
            if end < o.sent.end and self.doc[end].text == ":":
                keys = [self.ix.token_key[t.i] for t in self.doc[end + 1:o.sent.end] if t.i in self.ix.token_key]
                return [k for k in dict.fromkeys(keys) if self.ix.entities[k].type == "Person"], set(keys)
        return [], set()

    def counted_antecedent(self, t):
        """"charges against six men, five Ruritanians and a Finn; two of them were
        arrested": the counted plural that "N of them" takes its part of, in its sentence or the
        one before (None if there is none)."""
        if not any(g.lower_ == "them" for g in preps(t, "of")):
            return None
        start = self.ix.sentences()[max(0, self.ix.sentence_no(t) - 1)].start
        noun = next((n for n in reversed(self.doc[start:t.i]) if n.tag_ == "NNS"
                     and any(c.dep_ == "nummod" for c in n.children)), None)
        while noun is not None and noun.dep_ in ("appos", "conj") and noun.head.tag_ == "NNS":
            noun = noun.head  # ("six men, five Ruritanian nationals and one Finn": the men)
        return noun

    def unnamed_people(self, toks) -> list[str]:
        """Unnamed defendants, counted, as a group entity of the article ("arrested seven people,
        aged 17 to 20", "detained two men suspected of hacking the tram network", "charged seven
        Iranians", "dozens of people accused of acting as money mules")."""
        nouns = set(self.trig["LegalAction"]["defendant_nouns"])
        out: list[str] = []
        for t in toks:
            t = self.counted_antecedent(t) or t
            noun, counted = self.counted_noun(t)
            # "arrested a 17-year-old", "a woman in her fifties was arrested": one, unnamed
            one = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            aged = t.lower_ == "old" and any(c.lemma_ == "year" for c in t.children)
            owned = t.tag_ == "NNS" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
            if not counted and not one and not owned and not self.counted_by_word(t):
                continue  # uncounted: "hackers", "the suspects" (somebody named before)
            if any(c.dep_ == "poss" and not owned or c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                   for c in t.children):
                continue  # "the two men": those named before or after (recall_people); but "its administrators"
            if any(c.dep_ == "appos" for c in t.children):
                continue  # "two Russian nationals, Ivan Sokolov and Pavel Orlov": named
            if noun is None or not aged and (noun.tag_ not in ("NNS", "NNPS") and not (one and noun.tag_ == "NN") or not (
                    noun.lemma_.lower() in nouns or noun.ent_type_ == "NORP")):
                continue
            key = self.ix.add_group(t, core_head=noun, people=True)
            if key not in out:
                out.append(key)
        return out

    @staticmethod
    def stranded(v, word: str) -> bool:
        """A passive verb's preposition left without object: its subject is the object ("dozens
        of email accounts had been broken into")."""
        return is_passive(v) and any(c.dep_ in ("prep", "prt") and c.lower_ == word and not any(
            g.dep_ == "pobj" for g in c.children) for c in v.children)

    def hostile_owner(self, n) -> bool:
        """Is an attacker the one an operation noun belongs to: "APT10's campaign", "a campaign
        by Sandworm", "the campaign known as APT10", or the subject of the verb that runs it
        ("Hidden Cobra had been running an ATM cash-out campaign against banks")?"""
        owners = [c for c in n.children if c.dep_ in ("poss", "compound", "appos", "nmod")] + preps(n, "by")
        owners += [x for c in n.children if c.dep_ == "acl" for x in c.subtree]
        verb = clause_verb(n)
        if verb is not None and n.dep_ == "dobj" and not is_passive(verb):
            owners.append(subject_of(verb))
        return any(t is not None and self.hostile(t) for t in owners)

    def principals(self, v) -> list[str]:
        """Whom charged people worked for: "charged five Iranians who worked for X on behalf
        of Y" charges X and Y with them."""
        work = set(self.trig["LegalAction"]["employment_verbs"])
        clauses = [v] + [c for o in obj_of(v) for c in o.children if c.dep_ in ("relcl", "acl") and c.lemma_ in work]
        found = [g for c in clauses[1:] for g in preps(c, "for")]
        found += [g for c in clauses for b in preps(c, "on") if b.lower_ == "behalf" for g in preps(b, "of")]
        return self.keys(found)

    def as_dismissive(self, v) -> bool:
        """"rejected X as groundless", "dismissed it as disinformation"."""
        dismissive = set(self.trig["Denial"]["dismissive"])
        return any(t.lower_ in dismissive for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree)

    def other_countries(self, tok, actors) -> list[str]:
        """Bilateral acts name the other side in the sentence ("Albania blamed Iran ... and cut ties")."""
        widened = set(self.ix.with_states(actors))
        out = []
        for t in tok.sent:
            k = self.ix.token_key.get(t.i)
            if k and self.ix.entities[k].type == "Country" and k not in widened and k not in out:
                out.append(k)
        return out[:1]

    def agent(self, v) -> list[str]:
        for c in v.children:
            if c.dep_ == "agent":
                return self.keys([g for g in c.children if g.dep_ == "pobj"])
        return []

    def arresting_state(self, v, targets) -> list[str]:
        """"Sokolov was held in Estonia in 2019 and then extradited to Finland": who hands a
        suspect over, when no one is named, is the state that arrested him last (told before)."""
        for m in reversed(self.mentions):
            if m.type == "LegalAction" and m.trigger.i < v.i and stage_of(m.trigger.lemma_.lower()) == "arrest" \
                    and set(m.targets) & set(targets):
                return [k for k in self.ix.with_states(m.actors) if self.ix.entities[k].type == "Country"]
        return []

    def expel_roles(self, v, actors, targets):
        """Whose diplomats go (their nationality) and who sends them (the country they leave)."""
        people = set(self.trig["ExpelDiplomats"]["people"])
        diplomats = [t for t in v.sent if t.lemma_.lower() in people and t.pos_ == "NOUN"]
        nat = []
        for d in diplomats:
            for t in d.subtree:
                # ("London expelled 23 of our diplomats", in a speaker's turn: the speaker's state's)
                for k in [self.ix.key_of(t)] + (self.ix.own_state(t) if t.dep_ == "poss" else []):
                    if k and self.ix.entities[k].type == "Country" and k not in nat:
                        nat.append(k)
        if v.lemma_ == "leave":
            left = self.keys(obj_of(v), exclude=nat)
            actors = [k for k in left if self.ix.entities[k].type == "Country" and k not in nat]
            if not actors and controlled_object(v) is not None:
                actors = self.actor_of_verb(v.head)  # "Albania ordered the diplomats to leave"
            actors = actors or self.speaker(v)
        targets = nat or [k for k in targets if self.ix.entities[k].type == "Country"] or targets
        return [a for a in actors if a not in targets] or actors, targets

    def recalls_attack(self, n, reach: int = 4) -> bool:
        """Does a definite noun ("the incident", "this incident") recall an attack read in the
        ``reach`` sentences before it?"""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in n.children) or n.tag_ != "NN" \
                or n.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False  # ("halted production after the incident": a time, told of the attack before)
        return any(m.type == "CyberAttack" for m in self.told_before(n, reach))

    def noun_trigger(self, n, typ, spec):
        if spec.get("needs_attack_head"):
            return
        if n.lower_ == "denial" and "service" in [t.lower_ for t in self.doc[n.i + 1:n.i + 5]]:
            return  # "denial of service attacks", "denial-of-service": an attack's kind, no denial
        if spec.get("not_compound") and n.dep_ in ("compound", "amod", "nmod"):
            return  # "the gang's DDoS software", "DDoS attacks": a kind that names another thing
        if n.dep_ == "compound" and (n.head.lemma_.lower() in spec.get("topic_heads", ()) or "topic_heads" in spec and (
                n.head.lemma_.lower() == "list" and not (n.head.dep_ == "pobj" and n.head.head.lower_ in ("to", "on", "onto")))):
            return  # "sanctions compliance", "we screen addresses against sanctions lists": a topic, no act
            # (not "added to a sanctions list")
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in mod("tally_nouns"):
            return  # "the number of cyberattacks on the country has remained high": a tally, no event
        if typ == "CyberAttack" and self.kind_not_act(n):
            return  # "to prevent such attacks on hospitals", "opposes all forms of cyberattacks": a kind
        if typ == "CyberAttack" and any(forms(t) & mod("physical_modifiers") for c in n.lefts
                                        if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree):
            return  # "the nerve agent attack on ...": a physical attack, even in a cyber story
        owned = spec.get("needs_cyber_modifier") and (
            self.hostile_owner(n)  # "APT10's campaign against MSPs"
            or spec.get("anaphoric") and self.recalls_attack(n))  # "Hackers hit Acme Corp ... the incident"
        if spec.get("cyber") and not owned and not self.cyber_context(n, local=bool(spec.get("needs_cyber_modifier"))):
            if spec.get("needs_cyber_modifier") or not self.recalls_attack(n):
                return  # (but "Hackers hit Contoso ... Police said Kestrix carried out the attack" is that one)
        if spec.get("needs_cyber_modifier") and not owned and not any(  # ("a long campaign of cyber spying")
                t.lemma_.lower() in mod("cyber_words") or t.lower_.startswith("cyber")
                for t in [*n.lefts, *(w for o in preps(n, "of") if not self.reads_own_target(o) for w in o.subtree)]):
            return
        if spec.get("needs_cyber_prefix") and not any(t.lower_.startswith("cyber") for t in n.subtree if t.i < n.i):
            return  # ("a cyber-related disruption", "a cybersecurity event"; not "a network outage")
        if typ == "Attribution" and not self.about_cyber(n):
            return
        verb = clause_verb(n)
        # "the suit filed yesterday by Contoso against Fabrikam": the participle is the act's verb
        filed = next((c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > n.i
                      and c.lemma_.lower() in spec.get("verbs", ())), None) if typ == "LegalAction" and n.dep_ not in (
            "nsubj", "nsubjpass") else None  # (not "The indictment, brought by X, accuses ...": the charge its verb tells)
        if filed is not None:
            verb = filed
        if "verbs" in spec and (verb is None or verb.lemma_.lower() not in spec["verbs"]) and typ != "Sanction":
            return
        if "aims" in spec and not any(c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.lemma_.lower() in spec["aims"]
                                      for c in list(n.children) + (list(verb.children) if verb is not None else [])):
            return  # "took steps to prevent further exposure" (its aim, on the noun or the verb), not "steps towards a deal"
        if "of_obj" in spec and (not any(o.lemma_.lower() in spec["of_obj"] or self.names_kind([o], *HOSTILE_TYPES)
                                         for o in with_conj(preps(n, "of"))) or verb is None or self.hostile(subject_of(verb))):
            return  # "took control of LockBit's servers", "of Coreflood"; not "of the city", nor the intruders'
        if "of_what" in spec and not any(o.lemma_.lower() in spec["of_what"] for o in with_conj(preps(n, "of"))):
            return  # "a flood of junk traffic" is an attack; "a flood of complaints" is not
        targets: list[str] = []
        # an attack told as what a claim is about ("blamed the attack on Russia", "pinned the
        # blame for a cyberattack on Russian hackers"): the claim's accused is no victim, and
        # the claim verb's own prepositions are its arguments, not the attack's
        claims = [s for t, s in verb_index().get(verb.lemma_.lower(), []) if t == "Attribution"] if verb is not None else []
        claim = bool(claims)
        accused = set()
        if claim and typ == "CyberAttack":  # the accused phrase, less the attack if it hangs off it
            own = {t.i for t in n.subtree}
            for a in [a for slot in claims[0].get("target", []) if slot != "nsubjpass" for a in self.slot(verb, slot)]:
                ids = {t.i for t in a.subtree}
                accused |= ids - own if n.i in ids else ids
        slot_toks: list = []
        for slot in spec.get("target", []):
            found = [f for f in self.slot(n, slot) if f.i not in accused]
            if claim:  # "claimed the campaign on its Telegram channel": where it was claimed
                found = [f for f in found if f.lemma_.lower() not in mod("claim_venues")]
            if slot.startswith("prep:") and not found and verb is not None and not claim and not (
                    typ == "CyberAttack" and self.discloses(verb, n)):
                found = preps(verb, slot.split(":")[1])
            slot_toks += found
            for t in self.keys(found, places=typ == "CyberAttack"):
                if t not in targets:
                    targets.append(t)
        actors: list[str] = []
        # "the expulsion of 15 diplomats by the Netherlands" (the parser often hangs "by" lower)
        by = preps(n, "by") or [g for o in preps(n, "of") for g in preps(o, "by")] or (
            preps(filed, "by") if filed is not None else [])
        if by:
            actors = self.keys(by)
        if typ == "CyberAttack":
            actors = actors or self.attack_actor(n)
            if not targets:
                targets = self.attack_victim(n)
            if not targets:  # "the ransomware attack that halted cargo operations at the Port of Mombasa"
                targets = self.keys([g for c in n.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                                     for o in obj_of(c) + [c] for g in preps(o, "at")], places=True)
            owning = verb
            if verb is not None and n.dep_ == "oprd" and verb.lemma_ == "call" and verb.dep_ == "ccomp" and any(
                    c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
                owning = verb.head  # "detected what it called a cyber incident"
            if not targets and owning is not None and (n.dep_ == "dobj" or owning is not verb) \
                    and (owning.lemma_ in mod("owning_up_verbs") or owning is not verb and owning.lemma_ == "report") \
                    and subject_of(owning) is not None:  # ("reported what it called a cyber-related event")
                # "Mitsubishi Electric disclosed a major breach": a body owning up to its own breach
                targets = [k for k in self.keys([subject_of(owning)])
                           if self.ix.entities[k].type in ("Organization", "GovernmentBody")]
            if not targets:  # "an attack claimed by LockBit crippled Royal Mail's services": what it struck
                attack_verbs = verbs_of("CyberAttack")
                struck = [c for c in n.children if c.dep_ == "acl" and c.i > n.i and (
                    forms(c) & attack_verbs or verb_lemma(c, attack_verbs))]
                targets = self.keys([o for c in struck for o in obj_of(c)], places=True)
            # "Russia's attack on Ukraine": the possessive is the doer; "Singapore's worst data
            # breach", with no victim phrase: it is the victim
            owner = self.keys([c for c in n.children if c.dep_ == "poss"])
            if owner and not by:
                named = self.keys(preps(n, "on") + preps(n, "against") + preps(n, "into"))
                if named:
                    targets = [t for t in targets if t not in owner or t in named]
                else:
                    actors = [a for a in actors if a not in owner]
            # "the Conti ransomware attack": the compound names the attacker, not the victim; so
            # does a nationality adjective next to it ("the Russian (cyber) attacks"; but "the Estonia
            # attacks", "a Danish shipping attack" name the victim)
            adjectives = set(self.keys([c for c in n.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < n.i
                                        and all(self.is_cyberish(t) for t in self.doc[c.i + 1:n.i])]))
            for t in list(targets):
                if self.ix.entities[t].type in ("ThreatActor", "Malware") or t in adjectives:
                    targets.remove(t)
                    if t not in actors:
                        actors.append(t)
            if all(self.ix.entities[k].type == "Country" for k in targets):
                targets = self.generic_victims(slot_toks) + targets  # "cyberattacks on banks and exchanges"
        elif verb is not None and n.dep_ in ("dobj", "pobj", "nsubjpass", "conj", "attr", "compound") and (
                "actor_verbs" not in spec or verb.lemma_.lower() in spec["actor_verbs"]) and not (
                typ == "CyberAttack" and verb.lemma_.lower() in mod("countering_verbs")):
            # ("China has always opposed and cracked down on hacking": who fights it does not do it)
            # ("Russia rejected the attribution": the subject of "rejected" attributes nothing)
            actors = actors or (self.agent(verb) if is_passive(verb) else self.actor_of_verb(verb))
        if not actors and typ != "CyberAttack":
            actors = [k for k in self.keys([c for c in n.children if c.dep_ in ("poss", "amod", "compound")] +
                                           [c for c in n.head.children if c.dep_ in ("amod", "poss") and c.i < n.head.i])
                      if k not in targets]
        if typ in ("LegalAction", "Sanction"):
            targets += [k for k in self.unnamed_people(slot_toks) if k not in targets]
        if typ == "LegalAction":  # "Sokolov had been in custody since his arrest in Tulsa": not his own
            actors = [a for a in actors if a not in targets or self.ix.entities[a].type != "Person"]
        if not actors and typ == "LegalAction" and (verb is not None and is_passive(verb) or spec.get("place_acts")):
            # "In New Jersey, an indictment against X was unsealed": the state of the court's
            # place; "the arrest in Amsterdam of a developer": the state of the arrest's
            actors = self.where_states((preps(verb, "in") if verb is not None else []) + preps(n, "in"))
        if typ == "Sanction" and verb is not None and is_passive(verb) and not targets:
            targets = self.keys([c for c in verb.children if c.dep_ == "nsubjpass"])
        if typ == "Sanction" and verb is not None and n.dep_ == "nsubj" and not targets and verb.lemma_ in (
                "target", "hit", "cover", "include", "affect", "name", "list"):
            targets = self.keys(obj_of(verb))  # "the Treasury's sanctions target Aleksandr Ermakov"
        first = first_conjunct(n)
        if typ == "Sanction" and not targets and first.dep_ == "pobj" and first.head.lower_ == "to" and \
                first.head.head.lower_ in self.trig["Sanction"]["binding_adjectives"]:
            # "the Foreign Office said Khoroshev was subject to an asset freeze": the one it
            # binds is the subject of "was"; who imposed it, the sayer
            be = first.head.head.head
            targets = self.keys([c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")])
            actors = [a for a in actors if a not in targets] or self.speaker(be)
        if spec.get("civil") and verb is not None:
            actors = self.plaintiffs(n, verb) or [a for a in actors if self.ix.entities[a].type != "Country"]
        modality = self.modality(n, stop=self.presupposing() if typ == "CyberAttack" else ())
        if modality == "asserted" and verb is not None and not (typ == "CyberAttack" and self.presupposed(n)):
            vm = self.modality(verb)
            if vm in ("negated", "hypothetical"):
                modality = vm
        # "Contoso lodged a criminal complaint with the state prosecutor's office": a complaint
        # to a state's body, against no one named (a suit with no defendant is none)
        bodies = preps(verb, "with") + preps(n, "with") if verb is not None else []
        lodged = typ == "LegalAction" and n.lemma_.lower() == "complaint" and not targets and (any(
            self.ix.entities[k].type in ("GovernmentBody", "Country") for k in self.keys(bodies)) or any(
            x.lemma_.lower() in words()["domestic_bodies"] for w in bodies for x in w.subtree))
        self.add(typ, n, actors, targets, modality=modality, civil=bool(spec.get("civil")), lodged=lodged)

    def plaintiffs(self, n, verb) -> list[str]:
        """Who brings a civil suit: the ones it is brought for ("filed on behalf of loyalty
        members"), else the subject that files it, named or not ("Customers filed lawsuits
        against the bank"). A court's state is no plaintiff."""
        for t in (n, verb):
            for on in preps(t, "on"):
                if on.lower_ == "behalf":
                    return self.keys(preps(on, "of")) or [self.ix.add_group(g, people=True) for g in preps(on, "of")]
        subj = subject_of(verb) if not is_passive(verb) else None
        if subj is None:
            return []
        named = self.keys([subj])
        if named:
            return named
        if subj.pos_ == "NOUN" and subj.tag_ == "NNS":
            return [self.ix.add_group(subj, people=True)]
        return []

    def attack_actor(self, n) -> list[str]:
        """Who carried out an attack noun: "carried out by X", "from X", "X's attack", "X launched"."""
        for c in n.children:
            if c.dep_ in ("relcl", "acl"):
                # "an attack carried out from China"; but "a cyberattack that stole documents from
                # its ministries" names the victim in its "from"
                keys = self.agent(c) or (self.keys(preps(c, "from")) if c.lemma_ not in verbs_of("CyberAttack") else [])
                if keys:
                    return keys
        if n.dep_ in ("nsubjpass", "nsubj") and n.head.lemma_ in mod("launching_verbs"):
            keys = self.agent(n.head) or self.keys(preps(n.head, "from"))  # "was carried out by X", "... from X"
            if keys:
                return keys
        if n.dep_ == "nsubj" and n.head.lemma_ in mod("origin_verbs"):
            keys = self.keys(preps(n.head, "from") + preps(n.head, "in"))  # "the attacks originated in China"
            if keys:
                return keys
        if n.dep_ == "nsubj" and n.head.lemma_ == "be":
            # "the attack was the work of Chinese state hackers"
            keys = self.keys([g for a in n.head.children if a.dep_ == "attr" and a.lemma_.lower() in mod("authorship_nouns")
                              for g in preps(a, "of")])
            if keys:
                return keys
        keys = self.keys([c for c in n.children if c.dep_ == "poss"])
        keys = [k for k in keys if self.ix.entities[k].type in ("Country", "ThreatActor", "GovernmentBody", "Malware")]
        if keys:
            return keys
        verb = clause_verb(n)
        if verb is not None and n.dep_ == "dobj" and verb.lemma_ in mod("launching_verbs"):
            return self.actor_of_verb(verb)
        return []

    def attack_victim(self, n) -> list[str]:
        """Victims of an attack noun in "X was under a cyberattack", "X was subjected to a cyberattack"."""
        if n.dep_ == "pobj" and (n.head.lower_ in ("under", "to", "by") or n.head.lower_ in ("in", "through")
                                 and n.head.head.lemma_ == "lose"):  # "the exchange lost $40 million in a hack"
            v = n.head.head
            if v.pos_ in ("VERB", "AUX"):
                return self.keys([c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")])
        if n.dep_ in ("nsubj",) and n.head.lemma_ in ("hit", "strike", "target", "affect", "cripple", "paralyze", "disrupt"):
            return self.keys(obj_of(n.head))
        if n.dep_ == "dobj" and n.head.lemma_ in self.trig["CyberAttack"]["suffering_verbs"]:  # "the land registry suffered a ransomware attack"
            return self.keys([c for c in n.head.children if c.dep_ == "nsubj"])
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_ in ("target", "victim") and \
                n.head.head.dep_ == "attr":  # "the parliament was the target of a cyber espionage operation"
            return self.keys([c for c in n.head.head.head.children if c.dep_ == "nsubj"])
        # "the airline's website was unavailable as a result of a DDoS attack", "due to a cyberattack":
        # the thing the clause says was hit by it
        cause, of = None, n.head if n.dep_ == "pobj" else None
        if of is not None and of.lower_ == "of" and of.head.lower_ == "result" and of.head.dep_ == "pobj":
            cause = of.head.head  # "as a result of": the "as"
        elif of is not None and of.lower_ in ("to", "of") and of.head.lower_ in ("due", "because", "owing"):
            cause = of.head  # "due to", "because of"
        if cause is not None:
            found = self.clause_victims(cause.head.head if cause.head.pos_ in ("ADJ", "ADV") else cause.head)
            if found:  # ("was unavailable as a result of": the clause of the adjective)
                return found
        if of is not None and of.lower_ in ("after", "following") and (of.head.lemma_.lower() in mod("aftermath_verbs") or (
                of.head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in mod("outage_states") for c in of.head.children))):
            # "Tulsa paid $400,000 after a ransomware attack"; "the site was unreachable for three hours
            # after a DDoS attack"
            found = self.clause_victims(of.head)
            if found:
                return found
        # "the ministry's portals stopped working, in what officials called a cyberattack";
        # "Contoso's booking portal went offline in what the firm believed was a cyber intrusion": the
        # thing the main clause tells of (and whose it is) is what the attack hit
        ancestors = {a.i for a in n.ancestors}
        for w in n.doc[max(n.sent.start, n.i - 12):n.i]:  # (room for "a distributed denial-of-service attack")
            if w.lower_ == "what" and w.i > 0 and w.nbor(-1).lower_ == "in" and w.nbor(-1).head.i in ancestors:
                return self.clause_victims(w.nbor(-1).head)
        return []

    def clause_victims(self, clause) -> list[str]:
        """What a clause an attack is told as the cause of says went down: its subject, or whose
        that subject is ("Contoso's portal went offline"); none when the subject is the attacker
        ("APT41 exploited flaws, in what FireEye called a campaign")."""
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            s for s in [subject_of(clause)] if s is not None]
        if any(self.hostile(s) or self.names_kind([s], *HOSTILE_TYPES) for s in subj):
            return []
        return self.keys(subj) or self.keys([c for s in subj for c in s.children if c.dep_ == "poss"])

    def is_cyberish(self, tok) -> bool:
        f = forms(tok)
        return bool(f & (set(mod("cyber_words")) | self.INCIDENT_WORDS)) or tok.lower_.startswith("cyber") or any(
            typ == "CyberAttack" for w in f for typ, _ in verb_index().get(w, []))

    def accused_of_other(self, v) -> bool:
        """"accused X of undermining democracy, wrecking livelihoods": the acts named (gerunds and
        their objects, not the means they take) hold nothing cyber."""
        acts = [g for g in preps(v, "of") if g.pos_ in ("VERB", "AUX")]
        if not acts:
            return False
        for g in with_conj(acts):
            if self.is_cyberish(g):
                return False
            for c in g.children:
                phrase = [c] if c.dep_ in ("dobj", "attr") else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
                if any(self.is_cyberish(t) for p in phrase for t in p.subtree):
                    return False
        return True

    def predicate_condemnations(self):
        """'said the Russian operation was unacceptable', 'said the US move violated the norms',
        'said the United States was the biggest attacker of China's cyberspace': a reported
        verdict on an act (or on a state) condemns its author."""
        cw = self.trig["Condemnation"]
        adjectives, acts = set(cw["calling_adjectives"]), set(cw["act_nouns"])
        covert = lambda x: x.lower_ in cw["covert_acts"]  # noqa: E731
        for t in self.doc:
            subj = None
            # ("is not at all acceptable": the negated opposite of a verdict word is that verdict)
            verdict = t.lower_ in adjectives or t.lower_ in cw["negated_verdicts"] and any(
                g.dep_ == "neg" for h in (t, t.head) for g in h.children)
            if verdict and t.dep_ in ("acomp", "conj", "attr") and t.head.lemma_ == "be" or (
                    t.lemma_ in cw["censuring_verbs"] and t.pos_ == "VERB"):
                verb = t.head if t.head.lemma_ == "be" else t
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
                if subj is not None and verb.dep_ in ("ccomp", "conj") and any(
                        x.lemma_.lower() in cw["accusation_words"] for x in subj.subtree):
                    # "said making such accusations was irresponsible": the accused rejects them
                    speaker = self.speaker(verb)
                    if speaker and not any(m.type == "Denial" and m.sent == t.sent for m in self.mentions):
                        self.add("Denial", t, speaker, [], modality=self.modality(verb))
                    continue
                clause = self.extraposed_act(verb, subj)
                if clause is not None:  # "It is unacceptable that China has targeted our institutions"
                    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                    targets = [k for k in self.keys([subj]) if self.ix.entities[k].type in (
                        "Country", "GovernmentBody", "ThreatActor")] if subj is not None else []
                elif subj is not None and (subj.lower_ in ("this", "that") or subj.lower_ == "it" and any(
                        c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in verb.children)) \
                        and self.recent_cyber(t, window=1):
                    # ("said that if the reports were true it would be unacceptable": a verdict on what was reported)
                    targets = []  # '"This is completely unacceptable," she said' after the attack is told
                elif subj is None or subj.lemma_.lower() not in acts and not covert(subj):
                    continue
                else:
                    targets = self.keys([subj])
            elif t.lower_ in adjectives and t.dep_ == "amod" and t.head.lemma_.lower() in acts and any(
                    forms(x) & set(mod("cyber_words")) or x.lower_.startswith("cyber") for x in t.head.subtree):
                # "said the attack showed a pattern of reckless Russian cyber operations": a verdict
                # on the acts of the state named with them
                verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if verb is None or verb.lemma_ in mod("reporting_verbs"):
                    continue
                targets = [k for k in self.keys([t.head]) if self.ix.entities[k].type in (
                    "Country", "GovernmentBody", "ThreatActor")]
            elif t.dep_ == "attr" and t.head.lemma_ == "be" and forms(t) & set(cw["hostile_epithets"]) and any(
                    self.is_cyberish(x) for x in t.subtree if x.i != t.i or t.lemma_ in ("hacker", "attacker")):
                verb = t.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                targets = [k for k in self.keys([subj]) if self.ix.entities[k].type in ("Country", "GovernmentBody")] if subj else []
            else:
                continue
            quoted = verb.dep_ == "ROOT" and any(  # '"This is completely unacceptable," Baerbock said'
                c.dep_ in ("parataxis", "ccomp") and c.lemma_ in mod("reporting_verbs") for c in verb.children)
            # ("Such activities are unacceptable": the acts just told, pointed back to)
            told = subj is not None and any(c.lower_ in mod("pointing_determiners") for c in subj.children) \
                and self.recent_cyber(t, window=2)
            # ("said spying among friends was not acceptable": covert acts are acts without a cyber word)
            act = subj is not None and (self.incident_like(subj) or covert(subj))
            if not (targets or told or act) or verb.dep_ not in ("ccomp", "conj") and not quoted:
                continue  # (an act of nobody named condemns nobody, but "said the attack was a war crime" condemns)
            speaker = [k for k in self.speaker(verb) if k not in targets]
            mood = self.modality(verb)
            if mood == "negated" and t.lower_ in cw["negated_verdicts"]:
                mood = "asserted"  # (the "not" of "not acceptable" is the verdict's own)
            if speaker and not any(m.type == "Condemnation" and m.sent == t.sent and set(m.actors) & set(speaker)
                                   for m in self.mentions):
                self.add("Condemnation", t, speaker, targets, modality=mood)

    def moral_verdicts(self):
        """"Anyone who cons volunteers out of their savings is contemptible", "Conning a choir out
        of its dues is wicked", "people who do this have no shame": a moral verdict on a wrong (a
        clause that tells it, its doers, or "that" after a cyber incident) condemns it, in the
        voice of who says it (the quote's speaker, else the "we" or "I" the text is written in)."""
        cw = self.trig["Condemnation"]
        verdicts = set(cw["moral_verdicts"])
        doers, wrongs = set(cw["wrongdoers"]), set(cw["wrongs"])
        for t in self.doc:
            verb = t.head
            # ("is low", "is a new low")
            low = t.lower_ in cw["low_verdicts"] and (t.dep_ == "acomp" or t.dep_ == "attr" and any(
                c.dep_ == "amod" and c.lower_ in ("new", "all-time") for c in t.children))
            if t.dep_ == "pobj" and t.lower_ == "contempt" and verb.lower_ in ("beneath", "below") and verb.dep_ == "prep":
                t, verb = verb, verb.head  # ("are beneath contempt": the phrase is the verdict)
                low = True
            if t.dep_ in ("acomp", "attr", "prep") and verb.lemma_ == "be" and (
                    t.lower_ in verdicts or low
                    or t.dep_ == "attr" and any(c.dep_ == "amod" and (c.lower_ in verdicts or c.lower_ in cw["mean_modifiers"])
                                                for c in t.children)):
                if t.lower_ in verdicts and t.dep_ == "attr" and any(c.lower_ == "the" or c.tag_ == "JJS" for c in t.children):
                    continue  # (a record, "the biggest theft any exchange has suffered", no verdict)
                # "is contemptible", "is theft", "is a mean trick", "is the lowest kind of con", "is low"
            elif not (t.dep_ == "dobj" and t.lower_ in cw["denied_virtues"].get(verb.lemma_, ())
                      and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)):
                continue  # ("has no shame", "deserve no pity")
            denied = t.dep_ == "dobj"  # ("has no shame": the "no" is the verdict's own)
            if any(m.type == "Condemnation" and m.sent == t.sent for m in self.mentions) \
                    or self.modality(verb) not in (("asserted", "negated") if denied else ("asserted",)):
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is None:
                continue
            # (a gerund the tagger took for an adjective keeps its "-ing": "Cheating fellow rowers ...")
            told = {x.lemma_.lower() for x in subj.subtree} | {ing_stem(x.lower_) for x in subj.subtree}
            # ("Locking clinics out of their files is ...", its gerund parsed as the adjective of its object)
            gerund = subj.left_edge.tag_ == "VBG" and subj.left_edge.dep_ == "amod" and all(
                x.is_punct for x in subj.doc[subj.sent.start:subj.left_edge.i])  # (at the start, after a quote mark)
            if subj.dep_ == "csubj" or gerund or subj.lower_ in doers and any(c.dep_ == "relcl" for c in subj.children):
                # (a clause that tells the wrong, "Conning a choir out of its dues", or its doers,
                # "whoever did it", "anyone who sends fake invoices")
                if not (told & wrongs or any(self.is_cyberish(x) for x in subj.subtree) or (
                        subj.lower_ in doers or "whoever" in told) and self.recent_cyber(t, window=2)):
                    continue
            elif not (subj.lower_ in ("this", "that", "it") and self.recent_cyber(t, window=2)) \
                    or low and not any(c.lower_ == "as" for c in t.children):
                continue  # (a bare "it is low" is a level: "the risk ... It is low")
            speaker = self.speaker(verb)
            if not speaker:
                teller = next((a for a in verb.ancestors if a.lemma_ in mod("reporting_verbs") or a.lemma_ in ("think", "believe")), None)
                first = subject_of(teller) if teller is not None else None
                if any(q in t.sent.text for q in QUOTE_MARKS) and not (first is not None and first.lower_ in ("we", "i")):
                    continue  # (a quote whose speaker is not told here)
                # ("..., and I will not pretend otherwise": the writer's "I" over the house's "we")
                mine = next((a for x in t.sent if (a := self.ix.writer(x))), None)
                speaker = self.ix.turn_speaker(verb) or [k for k in [mine] if k] or self.house_voice() \
                    or [k for k in [self.ix.author()] if k]
            if speaker:
                self.add("Condemnation", t, speaker, [], modality="asserted")

    def lure_asked(self, v):
        """"A text claiming to come from our bank asked me to verify the account through a link",
        "an e-mail asked parents to pay the fee into a new account": a message that passes itself
        off as another's, or asks for a login or for money to a new account, is a phishing attack
        on those it asks (the house's own people, or the house when the text says "me" or "us")."""
        subj = subject_of(v)
        lures = set(self.trig["_lists"]["lures"])
        if subj is None or subj.lemma_.lower() not in lures or quoted(v) or self.modality(v) != "asserted":
            return
        if v.dep_ in ("relcl", "acl") or v.dep_ == "conj" and v.head.dep_ in ("relcl", "acl") or any(
                m.type == "CyberAttack" and m.sent == v.sent for m in self.mentions):
            return  # (the lure described where it is received: "got e-mails that ... asked them to ...", read there)
        asks = {x for x in v.children if x.dep_ == "xcomp"}
        lists = self.trig["_lists"]
        if not (disguised(subj, lists["lure_acts"], lists["lure_asks"])
                or any(x.lemma_.lower() in lists["lure_asks"] or diverts_payment(x) for x in asks)):
            return
        asked = obj_of(v)
        targets = self.house_victims(asked) or self.keys(asked) or (
            self.house_named() if any(o.lower_ in ("me", "us") for o in asked) else [])
        if targets:
            self.add("CyberAttack", v, [], targets)

    def standing_measures(self):
        """"Since 2 March every visitor has signed in at the desk", "Since Monday all laptops
        encrypt their disks", "From Friday, sign-in codes go by e-mail": in a text its own
        organisation writes (a letterhead that names it, or its "we"), a practice in force since
        (or, opening the sentence, from) a date is a measure it took that day (not "since then",
        nor an attack going on since); a rule on signing in is one whatever words it uses."""
        house = self.house_org(named=True)  # (its "we", else a letterhead that names it)
        if not house:
            return
        marks = set(self.trig["DefensiveMeasure"]["standing_marks"])
        # (the words of a sign-in rule: "From Monday members sign in with a code sent to their phones")
        credentials = set(mod("credential_words")) | set(self.trig["DefensiveMeasure"]["standing_credentials"])
        for t in self.doc:
            # ("Since 2 March 2020 a second login step has been ...", parsed with "Since" a clause's mark)
            # (or a new rule from a day on, "From Friday, sign-in codes go by e-mail", opening its sentence)
            opening = t.lower_ == "from" and t.i == t.sent.start
            if t.lower_ != "since" and not opening or t.dep_ not in ("prep", "mark") or quoted(t) or t.i + 1 >= len(self.doc) \
                    or self.doc[t.i + 1].ent_type_ != "DATE" and t.i + 1 not in self.date_tokens() \
                    or self.doc[t.i + 1].lower_ in ("then", "that"):
                continue  # ("since then": no date of its own; "From Wednesday 07/02", a date NER missed, has one)
            v = t.head
            if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("ROOT", "conj"):
                continue
            present = v.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in (
                "has", "have", "must", "can", "may", "is", "are") for c in v.children) \
                or opening and v.tag_ == "VB" and subject_of(v) is not None  # ("codes go by e-mail", tagged as a base form)
            clause = list(v.subtree)
            inside = {x.i for x in clause}
            said = " ".join(x.lower_ for x in clause).replace(" - ", "-")
            # (the "sign" of "sign-in" names no attack)
            attack = any(x.pos_ == "NOUN" and self.is_attack_word(x) and not any(
                w.startswith(x.lower_ + "-") and w in said for w in credentials) for x in clause)
            if not present or self.hostile(subject_of(v)) or attack \
                    or self.modality(v) != "asserted" and not any(c.lower_ == "must" for c in v.children) \
                    or not any(x.lemma_.lower() in marks for x in clause) and not any(
                        re.search(rf"\b{re.escape(w)}\b", said) for w in credentials):
                continue  # (a rule in force now, "every visitor signs in ..."; not "Since May hackers have hit us")
            read = [m for m in self.mentions if m.type == "DefensiveMeasure" and m.trigger.i in inside]
            for m in read:  # ("a second login step has been turned on for every user", by no one named)
                m.actors = m.actors or list(house)
            if read:
                continue  # (read already: "the firewall has blocked that range since June")
            self.add("DefensiveMeasure", v, list(house), [], modality="asserted", anchor=t)

    def extraposed_act(self, be, subj):
        """The attack in "It is unacceptable [that X has targeted Y]": the clause a verdict on
        "it" is about, when that clause tells an attack; else None."""
        if subj is None or subj.lower_ != "it":
            return None
        return next((c for c in be.children if c.dep_ == "ccomp" and self.is_attack_word(c)
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)

    def back_to_normal(self, tok):
        """"said its systems were back online", "its hotels were operating normally again": a
        victim telling that it has restored what the attack took down (a DefensiveMeasure by
        the owner of what is restored, else by the one who says so)."""
        words = self.trig["DefensiveMeasure"]["restored_states"][tok.lower_]
        v = tok.head
        near = {t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i]} | {c.lower_ for c in tok.head.children}
        if tok.lower_ == "normally":
            if v.lemma_ not in words:
                return  # "operating normally", not "normally takes a week"
        elif not near & set(words):
            return  # "back online", "fully operational", "back to normal"
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if not self.cyber_context(v):
            return
        subj = subject_of(v)
        owners = self.keys([c for c in subj.children if c.dep_ == "poss"]) if subj is not None else []
        actors = [k for k in owners + (self.keys([subj]) if subj is not None else []) or self.speaker(v)
                  if self.ix.entities[k].type in ("Organization", "GovernmentBody")]
        if actors:
            self.add("DefensiveMeasure", v, actors, [])

    def mission_closed(self, v):
        """"ordered China to close its consulate general in Houston": a state made to shut a
        diplomatic mission is expelled from it, by the one who orders it."""
        order = v.head
        if v.dep_ != "xcomp" or order.lemma_ not in self.trig["ExpelDiplomats"]["ordering_verbs"]:
            return
        objs = with_conj(obj_of(v))  # ("its consulate general": the compound names the mission)
        if not any(o.lemma_.lower() in self.trig["ExpelDiplomats"]["missions"] for o in objs + [
                c for o in objs for c in o.children if c.dep_ == "compound"]):
            return
        actors = self.agent(order) if is_passive(order) else self.actor_of_verb(order)
        targets = self.keys([c for c in order.children if c.dep_ in ("dobj", "nsubjpass")])
        self.add("ExpelDiplomats", v, [a for a in actors if a not in targets], targets)

    def epithet(self, v, comp) -> bool:
        """Does "called X Y" name a state X with a hostile cyber epithet Y?"""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs or not any(self.ix.entities[k].type in ("Country", "GovernmentBody") for k in self.keys(objs)):
            return False
        rest = [t for c in comp if c.dep_ != "dobj" for t in c.subtree]
        rest += [t for o in objs for c in o.children if c.dep_ in ("appos", "oprd", "attr") for t in c.subtree]
        return any(forms(t) & set(self.trig["Condemnation"]["hostile_epithets"]) for t in rest) and any(
            self.is_cyberish(t) for t in rest)

    def grave_attack(self, comp, objs) -> bool:
        """Is the verdict of "called X Y" an attack told as grave ("called it a serious attack",
        "a serious attack on our democracy", "a flagrant attack")? A bare "an attack" describes."""
        cw = self.trig["Condemnation"]
        said_of = {t.i for o in objs for t in o.subtree}
        return any(self.is_attack_word(t) and (
            any(c.dep_ == "amod" and c.lower_ in cw["grave_modifiers"] for c in t.children)
            or any(g.lemma_.lower() in cw["attacked_values"] for g in preps(t, "on")))
            for c in comp for t in c.subtree if t.i not in said_of)

    def calling(self, v):
        """'called the decision a rash act' is a condemnation; 'called the charges fabricated' a denial."""
        comp = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "dobj", "attr")]
        comp += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
        words = {w for c in comp for t in c.subtree for w in (t.lower_, t.lemma_.lower())}  # ("such smears")
        words |= {w for c in comp for w in hyphened_in(  # ("short-sighted", split by the tokenizer)
            c.doc[c.left_edge.i:c.right_edge.i + 1].text, self.trig["Condemnation"]["calling_adjectives"])}
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if v.dep_ in ("advcl", "xcomp", "conj") and objs and all(o.pos_ == "PRON" for o in objs) and any(
                o.lemma_.lower() in self.accusations for o in obj_of(v.head)) and any(
                t == "Denial" for t, _ in verb_index().get(v.head.lemma_.lower(), ())):
            return  # "rejected the accusation, calling it a provocation": the denial's own verdict
        if words & set(self.trig["Denial"]["dismissive"]) and any(
                o.lemma_.lower() in self.trig["Condemnation"]["response_nouns"] for o in objs):
            # "called the sanctions unfounded and illegal": a verdict on a measure condemns it
            self.add("Condemnation", v, self.actor_of_verb(v), self.keys(objs))
        elif words & set(self.trig["Denial"]["dismissive"]):
            actors = self.actor_of_verb(v)
            self.add("Denial", v, actors, [])
        elif self.epithet(v, comp):  # "called the United States the empire of hacking"
            self.add("Condemnation", v, self.actor_of_verb(v), self.keys([c for c in v.children if c.dep_ == "dobj"]))
        elif words & set(self.trig["Condemnation"]["calling_adjectives"]) or self.grave_attack(comp, objs):
            actors = self.actor_of_verb(v)
            if v.dep_ == "relcl" and not actors:
                actors = self.keys([c for c in v.children if c.dep_ == "nsubj"])
            objs = [c for c in v.children if c.dep_ in ("dobj",)]
            # "considers the Chinese cyberattacks unacceptable", a small clause: its subject
            objs += [g for c in v.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
            targets = self.keys(objs)
            if v.dep_ == "relcl" and not objs:
                targets = self.keys([v.head])
            if any(o.pos_ == "PRON" for o in objs):
                # ("called it a serious attack": "it" is the attack, not the victim it may be read as)
                targets = [k for k in targets if self.ix.entities[k].type in ("Country", "GovernmentBody", "ThreatActor")]
            self.add("Condemnation", v, actors, targets)

    def work_of(self, tok) -> bool:
        """"the surges in traffic were the work of a group it tracks as Storm-1359": the
        group is the culprit of what the sentence's subject names (an attack or incident)."""
        if not (tok.dep_ == "attr" and tok.lemma_.lower() in mod("authorship_nouns")
                and tok.head.lemma_ == "be" and preps(tok, "of")):
            return False
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        return any(self.is_attack_word(s) or self.incident_like(s) or s.lower_ in ("it", "this", "that")
                   or self.is_cyberish(s) for s in subj) or self.names_kind(preps(tok, "of"), *HOSTILE_TYPES) or (
            # (a named group, in a story of cyber attacks)
            (self.cyber_article() or self.recent_cyber(tok)) and any(
                g.lemma_.lower() in doer_nouns() and self.keys([g]) for g in preps(tok, "of")))

    def made_by(self, tok):
        """"The Justice Department said the botnet was controlled by Unit 74455": a claim of who
        runs or built a malware, botnet or campaign blames them, as "was behind it" does. Only
        when someone is quoted as saying so; told as plain narrative it is no claim."""
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if tok.dep_ in ("acl", "relcl") or not any(c.dep_ == "auxpass" for c in tok.children) or not any(
                self.is_attack_word(s) or self.incident_like(s) or self.is_cyberish(s)
                or self.names_kind([s], "Malware", "ThreatActor") for s in subj):
            return
        accused = self.keys([g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
        if not accused or self.hearsay(list(tok.ancestors)):
            return
        # ("Fabrikam said APT28 is run by the Russian government": the group, and who runs it)
        accused = [k for k in self.keys(subj) if self.ix.entities[k].type in HOSTILE_TYPES and k not in accused] + accused
        if not any(self.reports(a) for a in tok.ancestors) and not any(
                self.reports(c) for c in tok.children if c.dep_ == "parataxis") and not self.according_to(tok.sent):
            return  # (said of it, "..., the government said", or "according to" someone)
        claimant = [k for k in self.speaker(tok) if k not in accused]
        if claimant:
            self.add("Attribution", tok, claimant, accused, modality=self.modality(tok))

    def behind(self, tok, work: bool = False):
        """'X was behind the attack', 'X was responsible': an attribution by whoever says so.
        ``work``: ``tok`` is "the work of X" (``work_of``), whose culprit is the "of" phrase."""
        be = tok.head if tok.head.lemma_ == "be" else None
        if be is None and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children):
            be = tok  # "was involved in the attack"
        if be is None and tok.lower_ == "behind" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "attr" \
                and tok.head.head.lemma_ == "be":
            be = tok.head.head  # "Ruritania was the customer behind the infection": the noun only labels the culprit
        culprit = tok.lemma_.lower() in self.trig["Attribution"]["culprits"]
        if be is None or not (self.about_cyber(tok) or (culprit or self.cyber_article()) and self.recent_cyber(tok)):
            return  # ("China was the leading suspect" after the story of a hack: the hack's suspect)
        if self.hearsay(list(be.ancestors)):
            return  # "reports that Canberra believes China is behind it", "sources say ...": hearsay
        if any(a.pos_ == "NOUN" and any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in a.children)
               for a in be.ancestors):
            return  # "there was no evidence that Russia was involved": nobody is blamed
        accused = self.keys(preps(tok, "of") if work else
                            [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")])
        if not accused:
            return
        said = self.speaker(be)
        claimant = [k for k in said if k not in accused]
        if claimant:
            self.add("Attribution", tok, claimant, accused, modality=self.modality(be))
        elif said and self.is_pronoun(be):
            # "Killnet said it was behind the attack": a claim of responsibility (the claimant
            # blames itself); "Russia said it was not behind it" is a denial
            if self.modality(be) == "negated":
                self.add("Denial", tok, said, [], modality="asserted")
            else:
                self.add("Attribution", tok, said, said, modality=self.modality(be), self_claim=True)

    def culprits_named(self, be):
        """"Kestrix said the attackers were a Ruritanian threat actor", "police said those
        responsible were in Ruritania", "one of the groups responsible was ...": who
        the culprits of an attack told before are, said by someone, is that one's Attribution."""
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return
        core = next(iter(preps(subj, "of")), subj) if subj.pos_ in ("NUM", "PRON", "DET") else subj
        responsible = any(c.lower_ == "responsible" for c in core.children)  # "those responsible"
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in core.children)
        hostile = bool(forms(core) & set(self.trig["DefensiveMeasure"]["hostile_doers"]))
        if not (responsible or definite and hostile) or self.keys([core]):
            return  # (a named subject is no description: "the Ruritanian hackers were ...")
        comps = [c for c in be.children if c.dep_ in ("attr", "acomp")] + [
            g for c in be.children if c.dep_ == "prep" and c.lower_ in ("in", "from") for g in c.children if g.dep_ == "pobj"]
        accused = self.keys(comps)
        if not accused or not (self.about_cyber(be) or self.recent_cyber(be)) or self.hearsay(list(be.ancestors)):
            return
        claimant = [k for k in self.speaker(be) if k not in accused]
        if claimant:
            self.add("Attribution", be, claimant, accused, modality=self.modality(be))

    def signature(self, tok):
        """'the words "Hacked by Contoso Cyber Army"', a defaced page's quoted signature: the
        signer claims the attack ("Hacked By Chinese!" names a people, not a claimant)."""
        signers = self.signers(self.signed_by(tok))
        if signers:
            self.signed_claim(tok, signers)

    def signed_message(self, tok):
        """'a message signed "Contoso Cyber Army"', 'a takeover signed by Contoso Team': the
        name a hacker leaves on a defaced page claims the attack (not a letter that ministers
        signed: only what is left on a hacked page, told beside an attack)."""
        thing = tok.head if tok.dep_ in ("acl", "amod") else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        # ("a note left on the server, signed by ...", parsed with the server signed: the noun it is on)
        things = [thing, *list(thing.ancestors)[:3]] if thing is not None else []
        if not any(x.lemma_.lower() in mod("signed_things") for x in things) or not self.recent_cyber(tok, 2):
            return
        names = self.signed_by(tok) + [c for c in tok.children if c.dep_ == "oprd" or c.dep_ == "dobj" and c.pos_ == "PROPN"]
        signers = self.signers(names)
        if signers:
            self.signed_claim(tok, signers, own_verb=True)

    def signers(self, names) -> list[str]:
        """Who signs a defaced page: no state nor its office ('signed "Contoso Team"'; a state signs
        decrees, and "Hacked By Chinese!" names a people)."""
        return [k for k in self.keys(names) if self.ix.entities[k].type not in ("Country", "GovernmentBody")]

    @staticmethod
    def signed_by(tok) -> list:
        return [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]

    def signed_claim(self, tok, signers, own_verb=False):
        """The signers' claim of the attack their signature was left by, dated by it: the attack
        told in the two sentences before (one told with a date first: "defaced the site on Monday.
        The homepage was replaced with ..."), or with ``own_verb`` the verb of the signature's own
        sentence when that has a date ("pages were defaced on 3 May, in a defacement signed by ...")."""
        hits = [m for m in reversed(self.mentions) if m.type == "CyberAttack" and m.trigger.i < tok.i
                and self.ix.sentence_no(tok) - self.ix.sentence_no(m.trigger) <= 2]
        hit = next((m.trigger for m in sorted(hits, key=lambda m: not any(
            e.label_ == "DATE" for e in m.trigger.sent.ents))), None)
        if own_verb and tok.sent.root.pos_ in ("VERB", "AUX") and (hit is None or any(e.label_ == "DATE" for e in tok.sent.ents)):
            hit = tok.sent.root
        self.add("Attribution", tok, signers, list(signers), self_claim=True, anchor=hit)

    def called_culprit(self, tok):
        """'called Belarus the prime suspect', 'calls Ruritanian units the perpetrators of the
        intrusions': an attribution by the one who calls them so."""
        verb = tok.head
        accused = self.keys([c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i < tok.i])
        if not accused or not (self.about_cyber(tok) or self.recent_cyber(tok)):
            return
        claimant = [k for k in self.actor_of_verb(verb) if k not in accused]
        if claimant:
            self.add("Attribution", tok, claimant, accused, modality=self.modality(verb))

    def hearsay(self, ancestors) -> bool:
        """Is a claim told under a report noun ("reports that ...") or by an unnamed or
        anonymous sayer ("sources say ...", "officials, speaking on condition of anonymity,
        said ...")? Then nobody named makes it."""
        return any(a.pos_ == "NOUN" and a.lemma_.lower() in mod("hearsay_nouns") or self.anonymous(a) or (
            a.lemma_ in mod("reporting_verbs") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in mod("anonymous_sayers") and not self.keys([c])
                for c in a.children)) for a in ancestors)

    @staticmethod
    def anonymous(v) -> bool:
        """Is ``v`` a reporting verb whose sayer speaks "on condition of anonymity"?"""
        return v.lemma_ in mod("reporting_verbs") and any(
            g.lower_ == "anonymity" for c in v.children if c.dep_ in ("nsubj", "prep", "advcl") for g in c.subtree)

    def recent_cyber(self, tok, window: int = 4) -> bool:
        """Is a cyber incident told in the sentence of ``tok`` or in the few before it?"""
        idx = self.sent_index()
        here = idx[tok.sent.start]
        return any(self.about_cyber(s[0]) for s in self._sents[max(0, here - window):here + 1])

    def findings_of(self, v) -> bool:
        """Is ``v`` a participle telling what a published finding says ("released a report
        tying the breach to North Korea")?"""
        return v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "dobj" and (
            self.evidence(v.head) or v.head.lemma_.lower() in mod("finding_documents")) \
            and v.head.head.lemma_ in mod("publishing_verbs")

    def evidence(self, subj) -> bool:
        return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.trig["Attribution"]["evidence_nouns"]

    def evidence_owner(self, v, subj) -> list[str]:
        """Whose evidence it is: the possessor ("Kaspersky's analysis"), else who tells of it."""
        return self.keys([c for c in subj.children if c.dep_ == "poss"]) or self.speaker(v)

    def serving_claim(self, v):
        """"Britain's Foreign Office said that APT10 had acted on behalf of the MSS": a claim
        that hackers serve a state blames both."""
        subj = subject_of(v)
        if v.dep_ in ("acl", "relcl", "amod") or subj is None or not self.hostile(subj) or (
                not self.about_cyber(v) and not self.recent_cyber(v)):
            return  # ("suspected hackers working for the MSS": a description inside another claim)
        doers = self.keys([subj])
        accused = doers + [k for k in self.keys(self.ix.served(v)) if k not in doers]
        served = [k for k in accused if self.ix.entities[k].type in ("Country", "GovernmentBody")]
        if not served or self.hearsay(list(v.ancestors)):
            return
        claimant = [k for k in self.speaker(v) if k not in accused]
        if claimant:
            self.add("Attribution", v, claimant, accused, modality=self.modality(v))

    def state_actor_claim(self, n):
        """"Acme Security assessed that APT33 is an Iran-based actor", "a report describing
        APT10 as a Chinese state-sponsored group": saying which state a threat actor belongs to
        blames that state (and the actor)."""
        verb, subj = None, None
        if n.dep_ == "attr" and n.head.lemma_ == "be":
            verb, subj = n.head, subject_of(n.head)
        elif n.dep_ == "pobj" and n.head.lower_ == "as" and n.head.head.lemma_ in self.trig["Attribution"]["describing_verbs"]:
            verb = n.head.head
            subj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        mods = [t for t in n.subtree if t.i < n.i and t.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        if subj is None or not self.cyber_actor(subj):
            verb, subj, mods = self.copula_before(n)
            if verb is None:
                return
        if subj is None or not self.cyber_actor(subj) or verb.lemma_ == "be" and self.hearsay(list(verb.ancestors)):
            return  # (a report that describes is its author's word, no hearsay)
        states = []
        for t in mods:
            if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ in words()["stance_suffixes"]:
                continue  # ("a Russian-speaking group" names no state)
            ent = self.ix.gaz.lookup(t.text.split("-")[0])
            if ent is not None and ent.type == "Country" and ent.key not in states:
                states.append(ent.key)
                self.ix.entities.setdefault(ent.key, ent)
        if not states:
            return
        sayer = subject_of(verb) if verb.lemma_ != "be" else None
        if sayer is not None and sayer.lemma_.lower() in mod("statement_nouns"):
            claimant = self.authors(sayer)[0]  # "a report describing X as ...": its authors
        elif sayer is not None:
            claimant = self.keys([sayer])  # "Kaspersky describes X as ..."
        else:
            claimant = self.speaker(verb)  # "Mandiant said X was an Iran-nexus actor"
        accused = self.keys([subj]) + states
        claimant = [k for k in claimant if k not in accused]
        if claimant:
            self.add("Attribution", n, claimant, accused, modality=self.modality(verb))

    @staticmethod
    def copula_before(n):
        """'judged with high confidence that Storm-0558 was a Russia-based outfit', where the parser
        takes the name for a verb (or the noun for a clause's subject): the words alone, a name,
        "is" or "was", an article and the noun's modifiers. Returns the copula, the name before it
        and the modifiers (else Nones)."""
        i = n.i - 1
        while i > n.sent.start and (n.doc[i].pos_ in ("ADJ", "PROPN", "NOUN", "VERB") or n.doc[i].text == "-") \
                and n.doc[i].lower_ not in ("a", "an", "the") and n.i - i <= 5:
            i -= 1
        if i <= n.sent.start + 1 or n.doc[i].lower_ not in ("a", "an") or n.doc[i - 1].lemma_ != "be":
            return None, None, []
        return n.doc[i - 1], n.doc[i - 2], [t for t in n.doc[i + 1:n.i] if t.text != "-"]

    def evidence_of_involvement(self, n):
        """"Merkel said there was hard evidence of Russian involvement in the hack": the sayer
        blames whose involvement the evidence shows."""
        if n.lemma_.lower() not in self.trig["Attribution"]["involvement_nouns"] or n.dep_ != "pobj" or \
                n.head.lower_ != "of" or not self.evidence(n.head.head):
            return
        ev = n.head.head
        accused = self.keys([c for c in n.children if c.dep_ in ("poss", "amod", "compound")])
        if accused and (self.about_cyber(n) or self.recent_cyber(n)):
            claimant = [k for k in self.evidence_owner(ev, ev) if k not in accused]
            if claimant:
                self.add("Attribution", n, claimant, accused, modality=self.modality(ev))

    def evidence_claim(self, v):
        """"Issue Makers Lab said the sample points to North Korean hackers": evidence that
        points to a doer is its owner's attribution."""
        prep = self.trig["Attribution"]["evidence_verbs"].get(v.lemma_.lower())
        subj = subject_of(v)
        if prep is None or not self.evidence(subj) or not (self.about_cyber(v) or self.recent_cyber(v, window=2)):
            return  # ("the traffic he investigated led to addresses in China", after the story of the break-in)
        pointed = preps(v, prep)
        targets = self.keys(pointed)
        if pointed and not targets:  # ("led to addresses in China": where the things pointed at are)
            targets = self.keys([p for t in pointed + [v] for p in preps(t, "in")], places=True)
        if targets:
            self.add("Attribution", v, self.evidence_owner(v, subj), targets, from_evidence=True)

    @staticmethod
    def is_pronoun(v) -> bool:
        return any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we", "he", "she") for c in v.children)

    def reported_attributions(self):
        """'Norway said the intrusion was carried out from China': a claim about an attack's author."""
        for m in list(self.mentions):
            if m.type != "CyberAttack" or not m.actors or m.modality != "asserted":
                continue
            t = m.trigger
            ancestors = list(t.ancestors)
            # the attack inside what is said ("said [the intrusion was carried out from China]"),
            # not an adjunct of it ("declared an emergency over the Conti attacks")
            # (a finite clause the parser hung on a noun, "said the group had targeted firms" with
            # "targeted" an adjective of "firms", is still what is said)
            finite = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and any(c.dep_ == "aux" for c in t.children)
            said = [a for n, (a, below) in enumerate(zip(ancestors, [t] + ancestors)) if (
                        a.lemma_ in mod("reporting_verbs") and a.pos_ == "VERB" or self.published_statement(a))
                    and (below.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "advcl") or finite or any(
                        # "assessed with high confidence that the GRU carried out the attack"
                        c.dep_ == "mark" and c.lower_ == "that" for x in [t] + ancestors[:n] for c in x.children))]
            if not said:
                continue
            ancestors = ancestors[:ancestors.index(said[-1]) + 1]
            if any(x.type == "Condemnation" and x.trigger.i in {a.i for a in ancestors} for x in self.mentions):
                continue  # "accused Russia of wrecking livelihoods by targeting ...": a reproach
            verdict = next((a for a in ancestors if a.lemma_ == "be"), None)
            if verdict is not None and self.extraposed_act(verdict, subject_of(verdict)) is not None:
                continue  # "It is unacceptable that China has targeted ...": a reproach too
            if any(a.pos_ == "NOUN" and a.lemma_.lower() in self.accusations for a in ancestors) or self.hearsay(ancestors):
                continue  # "responding to Germany's claim that the GRU had hacked ...": someone else's claim; hearsay
            if t.dep_ == "nsubj" and t.head.lemma_ in mod("origin_verbs") and self.simple_present(t.head):
                continue  # "said most hacking attacks originate in Germany": a general claim
            if any(open_question(a) for a in [t] + ancestors):
                continue  # "said it was unclear whether the UAE had carried out the intrusion": no claim
            if any(a.lemma_ == "find" and any(c.lower_ in mod("verdict_words") for c in a.children) for a in ancestors):
                continue  # "a jury found him guilty of hacking the firm": a verdict (a LegalAction), no claim
            if any(self.announces_charges(a) or a.dep_ in ("advcl", "xcomp", "conj") and self.announces_charges(a.head)
                   for a in said):
                continue  # "announced charges against them, accusing them of hacking": the charge says it
            said_by = self.speaker(t)
            claimant = [k for k in said_by if k not in m.actors]
            if not claimant:
                # "Killnet said on Telegram that it had attacked ...": a group telling of its own
                # attack claims it (not a state, whose "we struck" is rarely a cyber claim)
                # (a gang named after its ransomware, "LockBit said it had hit ...", too)
                own = [k for k in said_by if self.ix.entities[k].type in ("ThreatActor", "Malware", "Person", "Organization")]
                # (an act with no victim named is the attack told just before, "Kestrix hit Contoso
                # ... Kestrix told Fabrikam News it had stolen customer data", when told by an
                # attacker, not a company that may be the victim read as "they", and not admitted in
                # court, "admitted he had carried out the breach")
                told = bool(m.targets)
                if not told and said[0].lemma_ not in ("admit", "confess") and all(
                        self.ix.entities[k].type != "Organization" for k in own):
                    told = any(x.type == "CyberAttack" and x.targets for x in self.told_before(t, 4))
                if own and told and set(own) <= set(m.actors) and not any(
                        x.type == "Attribution" and x.self_claim and x.sent == m.sent for x in self.mentions):
                    # (dated by the telling: "On 5 January Kestrix told Fabrikam News it had ...")
                    self.add("Attribution", t, own, own, modality="asserted", self_claim=True, anchor=said[0])
                continue
            # (or the verb that put out the statement: "issued an alert warning that ...")
            sayers = [a for a in ancestors if a.lemma_ in mod("reporting_verbs") and a.pos_ == "VERB"] or [
                a.head for a in said if self.published_statement(a)]
            sayer = next((a for a in sayers if subject_of(a) is not None
                          and set(self.keys([subject_of(a)])) & set(claimant)), sayers[0])
            # one claim per claimant and sentence: "X said it had established links ..., and
            # Japan's foreign ministry said a group had targeted ..." holds two (a sayer told
            # by a pronoun, "which it said was carried out by", may be anyone: one claim)
            named = subject_of(sayer) is not None and subject_of(sayer).pos_ != "PRON"
            mine = set(self.ix.with_states(claimant))
            if not any(x.type == "Attribution" and x.sent == m.sent and (
                    not named or mine & set(self.ix.with_states(x.actors))) for x in self.mentions):
                self.add("Attribution", t, claimant, list(m.actors), modality="asserted", anchor=sayer)

    def located_culprits(self):
        """'Police said those responsible for the breach were in Russia', 'the FBI said the
        hackers were based in China': a claim that places the attackers in a state blames it."""
        for t in self.doc:
            if t.lemma_ not in mod("placing_verbs") or not reporting_ancestors(t):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:  # "thought the people responsible for the theft were in Belarus",
                # parsed with "responsible" as a clause of its own before "were"
                subj = next((g for c in t.head.children if c.lower_ == "responsible" and c.i < t.i
                             for g in c.children if g.dep_ == "nsubj"), None)
            responsible = subj is not None and (any(c.lower_ == "responsible" for c in subj.children) or subj.head.lower_ == "responsible" or (
                subj.lemma_.lower() in self.trig["_lists"]["culprit_nouns"] and any(c.lower_ == "the" for c in subj.children)))
            # ("the group was most likely operating from Iran", of a named threat actor: it and its state)
            named = [k for k in self.keys([subj]) if self.ix.entities[k].type == "ThreatActor"] if subj is not None else []
            if subj is None or not (self.hostile(subj) or responsible or named) or not (named or self.about_cyber(t)):
                continue
            places = self.countries(preps(t, "in") + preps(t, "from"))
            if places:
                self.blame_places(t, named + places)

    def countries(self, toks, places=False) -> list[str]:
        """The states named in ``toks`` (with ``places``, also as where their things are)."""
        return [k for k in self.keys(toks, places=places) if self.ix.entities[k].type == "Country"]

    def blame_places(self, t, here: list[str]) -> None:
        """A reported claim ``t`` that puts the attackers, or the attack, in the states ``here``
        blames them, by the one who says it; one such claim per sentence."""
        claimant = [k for k in self.speaker(t) if k not in here]
        for a in reporting_ancestors(t)[:2]:
            # ("the agency's head said investigators thought those responsible were in Belarus": unnamed
            # police speak through the one who told it)
            claimant = claimant or [k for k in self.speaker(a) if k not in here]
        if here and claimant and not any(x.type == "Attribution" and x.sent == t.sent for x in self.mentions):
            self.add("Attribution", t, claimant, here, modality="asserted", anchor=reporting_ancestors(t)[0])

    @staticmethod
    def simple_present(v) -> bool:
        """Is a verb in the simple present ("attacks originate in ..."), which tells a habit or a
        general truth rather than one act?"""
        return v.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)

    def hosting_states(self, toks) -> list[str]:
        """The states that machines an attack is traced to are in or belong to ("machines in Vietnam",
        "proxies located in Brazil", "computers of the Ruritanian government", "an Iranian IP address")."""
        out: list[str] = []
        for t in with_conj(toks):
            if t.lemma_.lower() not in mod("hosting_nouns"):
                continue
            where = preps(t, "in") + [g for c in t.children if c.dep_ == "acl" for g in preps(c, "in")]
            out += [k for k in dict.fromkeys(self.countries(where, places=True) + self.countries([t])) if k not in out]
        return out

    def traced_origins(self):
        """'The firm said the junk traffic came from machines in Vietnam', 'reported that the
        intrusions were traced to proxies in Brazil', 'said the intrusion was likely of Chinese
        origin': a claim that an attack came from a state, or from its machines, blames that state."""
        for t in self.doc:
            lemma = t.lemma_.lower()
            # "said the intrusion was likely of Chinese origin" (the words on "origin" say whose),
            # "that the actor was Ruritanian in origin" (the adjective does)
            origin, places, by_adjective = None, [], False
            if lemma == "be":
                origin = next((g for g in preps(t, "of") if g.lemma_.lower() == "origin"), None)
                places = [c for c in origin.children if c.dep_ in ("amod", "compound")] if origin is not None else []
                adjective = next((c for c in t.children if c.dep_ == "acomp" and any(
                    g.lemma_.lower() == "origin" for g in preps(c, "in") + preps(t, "in"))), None)
                if origin is None and adjective is not None:
                    origin, places, by_adjective = adjective, [adjective], True
            if origin is None and (t.pos_ != "VERB" or not (lemma in mod("origin_verbs") or lemma == "trace" and is_passive(t))):
                continue
            if self.simple_present(t):
                continue  # "most hacking attacks originate in Germany": a general claim, no one act
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in mod("quantifiers"):
                subj = next(iter(preps(subj, "of")), subj)  # "several of them were traced to ..."
            if subj is None or not reporting_ancestors(t) or self.modality(t) in ("negated", "hypothetical") or not (
                    self.about_cyber(t) or self.recent_cyber(t, 2)):
                continue
            if forms(subj) & set(mod("held_things")) or not (
                    self.incident_like(subj) or self.is_attack_word(subj) or subj.lemma_.lower() in mod("origin_subjects")
                    or by_adjective and self.hostile(subj)):
                continue  # "the data came from a leak", "the money came from investors"
            if origin is None:
                places = preps(t, "to" if lemma == "trace" else "from") + preps(t, "in")
            here = self.countries(places, places=True)
            self.blame_places(t, here + [k for k in self.hosting_states(places) if k not in here])

    def noun_claims(self):
        """"accusations by the Philippines that Chinese hackers had broken into ...", "Germany's
        claim that the GRU had hacked ...", "a Microsoft report that Iranian hackers ...": a claim
        told as a noun with its content is an Attribution by the noun's author."""
        for m in list(self.mentions):
            if m.type != "CyberAttack" or not m.actors or m.modality not in ("asserted", "alleged"):
                continue
            v = m.trigger if m.trigger.pos_ in ("VERB", "AUX") else clause_verb(m.trigger)
            if v is None or v.dep_ not in ("acl", "ccomp", "relcl") or v.head.pos_ != "NOUN":
                continue
            noun = v.head
            if noun.lemma_.lower() not in self.claim_nouns:
                continue
            authors = self.keys([c for c in noun.children if c.dep_ in ("poss", "compound")] + preps(noun, "by"))
            if not authors and noun.dep_ == "dobj" and noun.head.lemma_ in mod("disclosure_verbs"):
                # "the NCSC published an assessment that the GRU had ...": its publisher's
                doer = subject_of(noun.head)
                authors = self.keys([doer]) if doer is not None else []
            authors = [k for k in authors if k not in m.actors]
            if authors and not any(x.type == "Attribution" and x.trigger.i == noun.i for x in self.mentions):
                self.add("Attribution", noun, authors, list(m.actors), modality="asserted")

    def nothing_to_do(self, t) -> bool:
        """"Ruritania has nothing to do with the intrusion", "played no role in it": a disclaimed
        involvement."""
        return t.lemma_ in ("have", "play") and any(
            c.dep_ == "dobj" and (c.lower_ == "nothing" and any(g.lemma_ == "do" for g in c.subtree) or
                                  c.lemma_ in self.trig["Denial"]["part_nouns"] and any(
                                      d.dep_ == "det" and d.lower_ == "no" for d in c.children))
            for c in t.children)

    def stance_denials(self):
        """"China firmly opposes all forms of cyberattacks", "said Beijing was firmly against every
        kind of hacking and had itself been a victim", "Ruritania forbids cybercrime": a stance
        against hacking at large, the stock disclaimer of a blamed side, is a denial by the state
        (or body) that takes it and whoever says so for it; only of a side some claim or attack
        in the article blames (the accuser may say it too)."""
        dw = self.trig["Denial"]
        blamed = {k for m in self.mentions for k in self.ix.with_states(
            m.targets if m.type == "Attribution" else m.actors if m.type == "CyberAttack" else [])}
        for t in self.doc:
            if t.lemma_ in dw["stance_verbs"] and t.pos_ == "VERB":
                acts = with_conj(obj_of(t))
            elif t.lower_ == "against" and t.head.lemma_ == "be":
                acts = with_conj([c for c in t.children if c.dep_ == "pobj"])
            elif t.lemma_ == "victim" and t.dep_ == "attr" and t.head.lemma_ == "be":
                acts = preps(t, "of")
            else:
                continue
            # ("all forms of cyberattacks", "every kind of hacking": the act is the "of" phrase)
            acts += [g for a in acts if a.lemma_.lower() in mod("kind_nouns") for g in preps(a, "of")]
            if not any(self.is_cyberish(a) and not any(x.i in self.ix.token_key for x in a.subtree) for a in acts):
                continue
            verb = t if t.pos_ == "VERB" else t.head
            subj = subject_of(verb)
            own = [k for k in self.keys([subj]) if self.ix.entities[k].type in ("Country", "GovernmentBody")] \
                if subj is not None else []
            said = [k for k in self.speaker(verb) or self.ix.turn_speaker(t)
                    if self.ix.entities[k].type in ("Country", "GovernmentBody", "Person")]
            actors = list(dict.fromkeys(said + own))
            if not set(self.ix.with_states(actors)) & blamed:
                continue  # (a side nobody blamed denies nothing)
            if any(m.type == "Denial" and m.sent == t.sent for m in self.mentions):
                continue  # ("rejected the accusations and said China opposed all hacking": one denial)
            self.add("Denial", t, actors, [])

    def dismissive_denials(self):
        """'said linking his country to the attack was "ridiculous"'; 'said Russia was not involved'."""
        dismissive = set(self.trig["Denial"]["dismissive"])
        held = set(mod("held_things")) | {"service", "platform"}
        for sent in self.doc.sents:
            if any(m.type == "Denial" and m.sent == sent and m.modality == "asserted" for m in self.mentions):
                continue
            for t in sent:
                negated_act = (t.lemma_ in self.trig["Denial"]["negated_acts"] and any(c.dep_ == "neg" for c in t.children)
                               or self.nothing_to_do(t))
                # "Fabrikam stated that its own servers were not compromised": its own systems unharmed
                own_unharmed = t.lemma_ in self.trig["Denial"]["unharmed_acts"] and any(
                    c.dep_ == "neg" for c in t.children) and any(
                    c.dep_ == "nsubjpass" and forms(c) & held and any(
                        g.dep_ == "poss" and g.lower_ in ("its", "our", "their") for g in c.children)
                    for c in t.children)
                negated_act = negated_act or own_unharmed
                hit = (t.lower_ in dismissive and t.dep_ in ("acomp", "attr", "oprd") and t.head.lemma_ == "be") or negated_act
                # '"These are baseless accusations," Zakharova said'
                hit = hit or (t.lemma_.lower() in self.accusations and t.dep_ == "attr" and t.head.lemma_ == "be"
                              and any(c.dep_ == "amod" and c.lower_ in dismissive for c in t.children))
                # 'said the accusations were "completely fabricated"': the parser reads a passive
                on_claim = t.lower_ in dismissive and t.pos_ == "VERB" and any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() in self.accusations for c in t.children)
                # "claims and allegations that had no basis in fact"
                on_claim = on_claim or (t.lemma_ in self.trig["Denial"]["lacking_nouns"] and any(c.lower_ == "no" for c in t.children)
                                        and t.head.lemma_ == "have" and self.about_accusation(t.head))
                # "the accusations were another piece of disinformation": a dismissive verdict noun
                on_claim = on_claim or (t.dep_ == "attr" and t.head.lemma_ == "be"
                                        and any(x.lower_ in dismissive for x in t.subtree) and any(
                                            c.dep_ == "nsubj" and c.lemma_.lower() in self.accusations for c in t.head.children))
                if not (hit or on_claim):
                    continue
                # ('Mr. Sokolov (Ruritania): "Ruritania had no part in these intrusions."': the turn's speaker)
                speaker = self.speaker(t if negated_act or on_claim else t.head) or self.ix.turn_speaker(t)
                if own_unharmed:  # (a paper's report on someone's systems is no denial of its own)
                    speaker = [k for k in speaker if not self.ix.news_outlet(k)]
                if negated_act and t.lemma_ != "involve" and not own_unharmed:  # "said Moscow had not interfered": its own side
                    subj = subject_of(t)
                    mine = set(self.ix.with_states(self.keys([subj]))) if subj is not None else set()
                    if not (subj is not None and subj.lower_ in ("it", "we", "they")) and not mine & set(self.ix.with_states(speaker)):
                        continue
                if speaker:
                    self.add("Denial", t, speaker, [], modality="asserted")
                    break

    # -- dates ------------------------------------------------------------------------
    SPEECH_ACTS = SPEECH_ACTS

    def date_gov(self, span):
        """The word a date expression dates (computed once per span: attaching dates asks
        for it for every mention the date may date)."""
        from . import misparsed_coordination

        cache = self.__dict__.setdefault("_date_gov_cache", {})
        if (span.start, span.end) not in cache:
            gov = self._find_date_gov(span)
            # "On May 7 the minister announced X, said Y and gave Z", parsed with "announced" as
            # the object of "said": the date is the whole sentence's, so it hangs off "said"
            cache[(span.start, span.end)] = gov.head if misparsed_coordination(gov) else gov
        return cache[(span.start, span.end)]

    def _find_date_gov(self, span):
        """Usually the word the date hangs off ("cut ties on
        Wednesday" -> cut); a date premodifying the object of a time-containing preposition
        dates what the preposition hangs off ("hacked during the 2016 election" -> hacked);
        an offset ("a day after the FBI said") dates the clause after the preposition."""
        from . import counted_from, is_offset

        root = span.root
        last = span[-1]
        head = date_head(span)
        if span[0].lower_ in ("that", "this") and head.dep_ in ("acl", "relcl") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            # "rejected the suggestion that month as politically motivated": the parser hung the
            # date in a subjectless participle on the object; "that month" dates the main verb
            for a in head.ancestors:
                if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "relcl", "ccomp"):
                    return a
        if is_offset(span) and last.i + 1 < len(self.doc):
            if counted_from(span, [s for s, _ in self.dates if s.start >= span.end]) is not None:
                # "Two days after the raid on 3 May, the site was knocked offline": counted from
                # the date inside, it dates the clause the phrase hangs on
                gov = last.head
                while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
                    gov = gov.head
                return gov
            comp = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
            if comp:
                return comp[0]
            if last.dep_ == "mark":
                return last.head
            nxt = self.doc[last.i + 1]  # "a day after the FBI said": the clause that follows
            for t in [nxt] + list(nxt.ancestors):
                if t.pos_ in ("VERB", "AUX") and t.i > last.i:
                    return t
        before = span[0] if span[0].dep_ == "prep" else self.doc[span.start - 1] if span.start > 0 else None
        if (before is not None and before.dep_ == "prep" and root.dep_ in ("compound", "nummod")
                and root.head.pos_ in ("PROPN", "NOUN") and before.head.i != root.head.i
                and not any(c.dep_ in ("pobj", "pcomp") and c.i != root.head.i for c in before.children)
                and (root.head.pos_ == "PROPN" or self.subjectless(before.head))):
            # "On 21 April Microsoft closed ...", parsed with "April" compounded on "Microsoft" and "On"
            # left without its object (or with the name as its object): the date is the preposition's
            # (so with a noun, "On 3 March hackers crippled ...", when the verb is left without its
            # subject: "hacking Democrats in 2016 election" names the election)
            return date_head(self.doc[before.i:before.i + 1]) if before.head.pos_ == "ADP" else before.head
        if span.start == next((x.i for x in span.sent if not x.is_space), span.start) and root.dep_ in (
                "compound", "nmod", "amod") and root.head.i == span.end and root.head.dep_ in ("nsubj", "nsubjpass") \
                and (span[0].lower_ in ("last", "this", "late", "early") or span[-1].lower_ in DAY_PARTS):
            # "Last Wednesday night hackers crippled ...", parsed with the time compounded on the
            # subject that follows it: the time of the clause (not "July attack was blamed on ...")
            return root.head.head
        head = root.head
        near = self.within_hours_of(span)
        if near is not None:
            return near
        if self.contained_in_event(span):
            gov = head.head
            while gov.pos_ == "ADP" and gov.head.i != gov.i:
                gov = gov.head
            return gov
        return date_head(span)

    @staticmethod
    def discloses(verb, noun) -> bool:
        """Is ``noun`` what ``verb`` makes known ("the breach was made public", "disclosed the hack")?"""
        if verb.lemma_ not in mod("disclosure_verbs") or noun.dep_ not in ("nsubjpass", "dobj"):
            return False
        return verb.lemma_ != "make" or any(c.lower_ in ("public", "known") for c in verb.children)

    @staticmethod
    def within_hours_of(span):
        """"Within hours of the first reports on Friday, Kaseya took ...": the verb the
        "within hours of" phrase hangs off happened that day too."""
        for a in span.root.ancestors:
            if a.lower_ in ("hours", "minutes") and a.dep_ == "pobj" and a.head.lower_ == "within":
                return a.head.head
        return None

    @staticmethod
    def contained_in_event(span) -> bool:
        """Is a date the year of an event noun used as a time ("during the 2016 election", "around
        the time of the 2023 Tampere marathon")?"""
        from . import premodifies_noun

        head = span.root.head
        return premodifies_noun(span) and head.dep_ == "pobj" and (
            head.head.lower_ in mod("time_containers") or head.head.lower_ == "of" and head.head.head.lemma_ == "time")

    def date_may_attach(self, m: Mention, span, trigger_ids=frozenset(), responses=frozenset()) -> bool:
        root, trig = span.root, m.head
        gov = self.date_gov(span)
        # "the July attack": a date modifying another noun dates that noun, not this event.
        if gov.i == root.head.i and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != trig.i and root.dep_ in (
                "compound", "nmod", "amod", "npadvmod", "poss", "nummod") and root.head.i not in span_range(span):
            # ... unless that noun is the trigger's own frame: "a foiled 2018 attempt to hack X",
            # "a 2020 cyberattack that stole documents"
            if not (trig.head.i == root.head.i and trig.i > root.head.i and (
                    trig.dep_ in ("acl", "xcomp") or trig.dep_ == "relcl" and m.type == "CyberAttack"
                    and self.is_attack_word(root.head))) and not (
                    # ... or the release that carried the act: "fixed the flaw in its March 2024 update"
                    m.type == "DefensiveMeasure" and root.head.lemma_.lower() in mod("release_nouns")
                    and root.head.dep_ == "pobj" and root.head.head.lower_ in ("in", "with", "through", "via")
                    and root.head.head.head.i == trig.i):
                return False
        if root.head.lower_ == "for" and root.head.head.pos_ in ("NOUN", "PROPN") and root.head.head.i != trig.i:
            return False  # "the defence budget for 2018", "the targets for 2030": a period the thing covers
        if m.type != "CyberAttack" and self.contained_in_event(span):
            return False  # "charges ... with hacking Democrats in the 2016 election": the hacking's time
        anc_trig = {a.i for a in trig.ancestors}
        if (m.type == "Attribution" and (trig.lower_ in self.trig["Attribution"]["behind"] or self.to_blame(trig)) and gov.i == trig.head.i
                and gov.lemma_ == "be" and any(a.lemma_ in mod("reporting_verbs") for a in gov.ancestors)):
            return False  # "said on Tuesday that hackers were behind the theft ... in January": the theft's month
        if m.type == "CyberAttack" and gov.i == trig.head.i and self.discloses(gov, trig) and not (
                gov.lemma_ in mod("detection_verbs")):
            return False  # "the breach was made public on Friday": the day it became known ("the attack
            # was detected on Friday", "Contoso said it spotted an intrusion on 14 March" date it:
            # the day found is the attack's day as far as the text tells)
        if gov.i in anc_trig and m.type == "CyberAttack":
            # "said on Saturday that X was attacked": the date of the saying, not of the attack;
            # "indicted in July 2018 on charges of hacking", "sanctioned on Thursday over the
            # hack": the date of a response, not of the act it answers. (A date after the
            # attack noun, "blamed X for the attack on the grid in December 2015", may well be
            # the attack's own: the parser's attachment of a trailing phrase is a guess.)
            if gov.i in responses and span.start < trig.i:
                return False
            if gov.i in responses and span.start > trig.i and self.args_between(gov, trig, span):
                # "attributed the attack on its parliament to Iranian hackers on Tuesday": a date
                # after another argument of the claim dates the claim (right after the attack's
                # own phrase, "blamed X for the attack on the grid in December 2015", it may not)
                return False
            # "Later that month, RasGas said a virus had taken down its website": a reported past
            # act told in a story's month happened in it (a day of the saying is the saying's own)
            period = names_the_anchors_period(span.text) and self.past_perfect(trig) or self.fronted_aside(gov, span)
            step = trig  # "issued a report claiming that X had stolen data": the report's date
            while step.head.i != gov.i and step.head.i != step.i:
                if step.dep_ == "ccomp" and step.head.lemma_ in mod("reporting_verbs") and not period:
                    return False
                step = step.head
            if gov.lemma_ in mod("reporting_verbs") and step.dep_ in ("ccomp", "advcl", "parataxis", "conj") and not period:
                return False  # (``step`` is now the child of ``gov`` that holds the trigger)
        if gov.i == trig.i or gov.i in anc_trig:
            return True
        if (m.type in self.SPEECH_ACTS and gov.lemma_.lower() in mod("statement_nouns") and gov.dep_ == "pobj"
                and gov.head.head.i in anc_trig and gov.head.head.lemma_ in mod("reporting_verbs")):
            return True  # '"We condemn ...," the ministry said in a statement on Friday'
        # Below the trigger: only if no other trigger stands between them, and not inside a
        # relative clause on another noun ("bonds that X put out after June 14").
        path = []
        t = gov
        while t.i != trig.i and t.head.i != t.i:
            path.append(t)
            t = t.head
        if t.i != trig.i:
            return False  # in a sibling branch: another clause's date
        if any(p.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "after", "until") for c in p.children)
               for p in path):
            return False  # "sabotaged centrifuges before it was discovered in 2010": that bounds the act
        if any(p.dep_ in ("relcl", "acl") and p.head.i != trig.i and not (
                m.type in self.SPEECH_ACTS and self.statement_clause(p)
                or m.type == "LegalAction" and p.dep_ == "acl" and p.tag_ == "VBN" and p.head.lemma_.lower() in self.trig["LegalAction"]["papers"])
               for p in path):  # ("the indictment, unsealed on Monday, accuses them": the charge's day)
            return False
        if (m.type in self.SPEECH_ACTS and len(path) == 1 and path[0].dep_ == "dobj" and span[0].lower_ == "on"
                and span[0].head.i == path[0].i and span[-1].lower_ in WEEKDAYS):
            return True  # "condemned the attack on Friday": the news day is the statement's (and maybe the attack's)
        if m.type in self.SPEECH_ACTS and any(p.dep_ in ("ccomp", "pcomp") and not (
                # (but '"... condemns" the attack, Blinken said on Monday', parsed the other way round,
                # is the saying)
                p.lemma_ in mod("reporting_verbs") and p.head.i == trig.i) for p in path):
            # "said the attack was carried out on February 24", "accused X of taking part in an
            # attempt in April 2018": a date inside what is claimed dates the claimed act
            return False
        # ("hit Contoso in a ransomware attack in May 2023": the attack noun is the act itself, told again)
        return not any(p.i in trigger_ids and p.i != trig.i and not (
            m.type == "CyberAttack" and p.dep_ == "pobj" and p.head.head.i == trig.i
            and p.head.lower_ in ("in", "with", "through") and self.is_attack_word(p)) for p in path)

    @staticmethod
    def causer(v):
        """The "have" or "get" of a participle told as done for someone ("we had the page taken
        down", "had the look-alike site taken offline", "got the domain suspended"), else None."""
        if v.tag_ != "VBN":
            return None
        if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_ in ("have", "get") and v.head.i < v.i:
            return v.head
        if v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.lemma_ in ("have", "get"):
            return v.head.head
        return None

    @staticmethod
    def subjectless(v) -> bool:
        """A finite verb the parse left without a subject (its subject read as some phrase's object)."""
        return v.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)

    @staticmethod
    def fronted_aside(gov, span) -> bool:
        """"From March 2011 to June 2016, the indictment alleges, the hackers broke into ...": a
        saying set off by commas in mid-sentence is an aside, and the date before it dates what
        follows it, not the saying."""
        doc = gov.doc
        subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
        return gov.lemma_ in mod("reporting_verbs") and bool(subj) and span.end <= min(s.left_edge.i for s in subj) \
            and gov.i + 1 < len(doc) and doc[gov.i + 1].text == "," and doc[subj[0].left_edge.i - 1].text == "," \
            and any(c.dep_ == "ccomp" and c.i > gov.i and not any(m.dep_ == "mark" for m in c.children) for c in gov.children)

    @staticmethod
    def statement_clause(p) -> bool:
        """A participle on a statement noun ("in a declaration published on Tuesday"): its
        date is the statement's."""
        return p.dep_ == "acl" and p.tag_ == "VBN" and p.head.lemma_.lower() in mod("statement_nouns")

    @staticmethod
    def args_between(gov, trig, span) -> bool:
        """Does an argument of ``gov`` stand between the phrase holding ``trig`` and ``span``?"""
        branch = trig
        while branch.head.i != gov.i and branch.head.i != branch.i:
            branch = branch.head
        end = max(t.i for t in branch.subtree)
        own = {span.root.i} | {a.i for a in span.root.ancestors}
        return any(end < c.i < span.start and c.i not in own and c.dep_ not in ("punct", "cc")
                   for c in gov.children)

    def attach_dates(self):
        """Each mention takes the nearest date expression that hangs off its trigger, or off a
        clause above it (a lead sentence's "on Thursday" dates its participles too), but not
        one that belongs to another trigger below it."""
        from . import is_offset

        by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:  # (a claim anchored in another sentence is dated there)
            by_sent.setdefault(m.head.sent.start, []).append(m)
        for ms in by_sent.values():
            sent = ms[0].head.sent
            cands = [(span, tv) for span, tv in self.dates if span.start >= sent.start and span.end <= sent.end]
            if not cands:
                continue
            trigger_ids = {m.trigger.i for m in ms}
            # the words that carry a response or claim: its trigger, or the verb of a noun trigger
            # (a reported claim read off an attack noun is carried by its reporting verb)
            responses = {m.head.i for m in ms if m.type != "CyberAttack"}
            responses |= {v.i for m in ms if m.type != "CyberAttack" and m.anchor is None
                          and m.trigger.pos_ in ("NOUN", "PROPN") for v in [clause_verb(m.trigger)] if v is not None}
            for m in ms:
                best = None
                for span, tv in cands:
                    if not self.date_may_attach(m, span, trigger_ids, responses):
                        continue
                    # an offset ("a day after the FBI said") is measured from the clause it dates
                    at = self.date_gov(span) if is_offset(span) or self.within_hours_of(span) is not None else span.root
                    # (an attack noun is dated by what hangs on it before what hangs on its verb:
                    # "describes the raid on X in March 2016 and the defacement of Y in June 2020")
                    own = m.trigger if m.type == "CyberAttack" and m.trigger.pos_ == "NOUN" else m.head
                    key = (tree_distance(own, at), abs(at.i - own.i))
                    # a date opening the sentence on its main verb ("At the end of December,
                    # the president told ... which he accused of ...") sets the time of it all
                    fronted = span.start - sent.start <= 1 and self.date_gov(span).i == sent.root.i
                    if (key[0] <= 6 or fronted) and (best is None or key < best[0]):
                        best = (key, tv, span)
                if best:
                    m.date, m.date_span = best[1], best[2]
            self.share_sentence_dates(ms)
        self.inherit_dates()
        self.stopped_attack_dates()
        self.prompting_attack_dates()
        self.repeated_acts()

    def prompting_attack_dates(self):
        """"In March the port shut down its terminals after a ransomware attack": an undated
        attack told as what prompted a dated act happened when that act did (as the gold reads it)."""
        for m in self.mentions:
            if m.type != "CyberAttack" or m.date is not None:
                continue
            n = m.trigger
            learnt = self.learnt_then(n)
            if learnt is not None:
                m.date = learnt
                continue
            while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
                n = n.head.head  # ("after a series of attacks")
            if n.pos_ != "NOUN" or n.dep_ != "pobj" or n.head.lower_ not in ("after", "following") \
                    or n.head.head.pos_ != "VERB":
                continue
            act = n.head.head
            if n.head.i < act.i or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in n.children):
                continue  # ("After the breach, X did Y in November": a breach told before, not then)
            m.date = self.date_of_verb(act)

    def learnt_then(self, n) -> TimeValue | None:
        """"Fabrikam halted all its operations on Friday after it learned of the attack": an
        attack found out just before a dated act happened, as far as the text tells, that day."""
        v = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("of", "about") else n.head if n.dep_ == "dobj" else None
        if v is None or v.lemma_ not in mod("detection_verbs") or v.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("after", "when", "once") for c in v.children):
            return None
        return self.date_of_verb(v.head)

    def date_of_verb(self, act) -> TimeValue | None:
        """The first date of its sentence that dates the verb ``act``."""
        return next((tv for span, tv in self.dates if span.sent == act.sent and self.date_gov(span).i == act.i), None)

    AGAIN = re.compile(r"\s*,?\s*and\s+(?:again|later|once\s+more)\s*,?\s*", re.I)
    AND = re.compile(r"\s*,?\s*and(?:\s+(?:in|on))?\s*", re.I)

    def repeated_acts(self):
        """"attacks on the grid in May 2019 and again in May 2021", "in December 2015 and
        December 2016": an act told with a second date after "and again", or a second month or day
        after "and", happened twice, one event a date."""
        starts = {span.start: (span, tv) for span, tv in self.dates}
        for m in list(self.mentions):
            span = m.date_span
            if span is None or span.end >= len(self.doc):
                continue
            for nxt in range(span.end, min(span.end + 6, len(self.doc))):
                if nxt in starts:
                    between = self.doc[span.end:nxt].text
                    # ("the attacks on the grid in December 2015 and December 2016": two months, two
                    # acts; but "in 2016 and 2017", bare years, is one span of time)
                    second, value = starts[nxt]
                    one_phrase = second.root.dep_ == "conj" and second.root.head.i in span_range(span)
                    months_or_days = m.date is not None and {m.date.precision, value.precision} <= {"month", "day"}
                    twice = self.AGAIN.fullmatch(between) or self.AND.fullmatch(between) and one_phrase and months_or_days
                    if twice and second.sent == span.sent:
                        self.mentions.append(replace(m, date=value, date_span=second))
                    break

    def share_sentence_dates(self, ms):
        """Acts of one sentence that are one act, or said in one breath, share its day."""
        for m in ms:  # "rejected on Monday the claims ..., calling them smears": said in the same breath
            if m.type in self.SPEECH_ACTS and m.trigger.tag_ == "VBG" and m.trigger.dep_ in ("advcl", "xcomp", "conj"):
                main = next((o for o in ms if o.type in self.SPEECH_ACTS and o.date is not None and (
                    o.trigger.i == m.trigger.head.i or o.trigger.dep_ == "ROOT" and set(o.actors) & set(m.actors))), None)
                if main is not None:
                    m.date = main.date
        for m in ms:  # "unsealed an indictment on Friday charging three men": one act, one day
            if m.date is None:
                m.date = next((o.date for o in ms if o.type == m.type and o.date is not None
                               and "NOUN" in (o.trigger.pos_, m.trigger.pos_) and (  # (not two conjoined acts)
                    m.trigger.head.i in (o.trigger.i, o.trigger.head.i) or o.trigger.head.i == m.trigger.i)), None)

    def stopped_attack_dates(self, window: int = 3):
        """'That operation was disrupted by Dutch intelligence': an undated defence against an
        attack told just before happened when that attack did."""
        for m in self.mentions:
            if m.type != "DefensiveMeasure" or not m.stops_attack or m.date is not None:
                continue
            before = [a for a in self.told_before(m.trigger, window) if a.type == "CyberAttack" and a.date is not None]
            if before:
                m.date = before[-1].date

    # How far back an undated act looks for the day it belongs to (in sentences): the
    # narrative day of any act, the last dated act of the same actor.
    NARRATIVE_WINDOW = 4
    ACTOR_WINDOW = 8

    def sent_index(self):
        if not hasattr(self, "_sent_index"):
            self._sents = self.ix.sentences()  # (one list of sentences per document)
            self._sent_index = {s.start: n for n, s in enumerate(self._sents)}
            self._sent_starts = [s.start_char for s in self._sents]
        return self._sent_index

    def sent_at(self, char_offset: int) -> int | None:
        """The number of the sentence holding a character offset (bisect: called in loops)."""
        self.sent_index()
        n = bisect.bisect_right(self._sent_starts, char_offset) - 1
        return n if n >= 0 and char_offset < self._sents[n].end_char else None

    def passage_of(self, char_offset: int) -> int:
        """The body paragraph of an offset (kg.extract.passages, built once per document)."""
        if not hasattr(self, "_passage"):
            from . import passages

            self._passage = passages(self.doc.text)
        return self._passage(char_offset)

    def is_narrative(self, span) -> bool:
        """Does a date expression set the time the story has reached? A main clause's date
        does ("On Wednesday, Rama said"); a date inside a noun phrase ("the 2018 attempt"),
        a relative or participial clause ("bonds put out after June 14", "Britain, which
        left the EU in January, said") or an offset ("a day after X") does not."""
        from . import is_offset, premodifies_noun

        if premodifies_noun(span) or is_offset(span):
            return False
        gov = self.date_gov(span)
        return not any(t.dep_ in ("relcl", "acl") and not self.statement_clause(t) for t in [gov] + list(gov.ancestors))

    def narrative_spans(self):
        if not hasattr(self, "_narrative"):
            idx = self.sent_index()
            self._narrative = [(idx[sp.sent.start], sp, tv) for sp, tv in self.dates if self.is_narrative(sp)]
        return self._narrative

    def last_narrative_sentence(self, here: int) -> int:
        """The last sentence before ``here`` whose own clause is dated (-1 if none)."""
        return max((n for n, _, _ in self.narrative_spans() if n < here), default=-1)

    @staticmethod
    def pinned_to_past(tok) -> bool:
        """Can an undated act take a past day from its context? Not when it is told in the
        present or present perfect ("Pyongyang has long denied ...", "Iran rejects ..."):
        that speaks of now or of a span up to now, not of the day the story has reached."""
        v = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
        if v is None:
            return True
        if EventReader.told_as_said(v):
            return True  # '"We condemn these actions," he said': said on a past day
        return EventReader.told_in_present(v) is None

    @staticmethod
    def moved_on(tok) -> bool:
        """"A grand jury later indicted her": an act told as coming some undated time after
        the one before, which lends it no day."""
        v = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
        # (a fronted "Later, the minister condemned ..." goes on with the scene told, that day)
        return v is not None and any(c.dep_ == "advmod" and c.lower_ in mod("moving_on_adverbs") and c.i > c.sent.start
                                     for c in v.children)

    @staticmethod
    def told_in_present(v) -> str | None:
        """"simple" for a verb in the simple present ("Iran rejects"), "perfect" for one in
        the present perfect ("has long denied"), else None."""
        auxes = [c for c in v.children if c.dep_ == "aux"]
        if any(a.lower_ in ("has", "have", "'ve", "'s") and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "perfect"
        return "simple" if v.tag_ in ("VBZ", "VBP") and not auxes else None

    @staticmethod
    def said_now(tok) -> bool:
        """Is a statement told in the simple present of the page itself ("Estonia strongly condemns
        these attacks", "let me say it clearly: Ruritania condemns it"), not inside what someone
        said on another day ('"Ruritania condemns it," he said')?"""
        # (a verdict's adjective the tagger took for a verb, "is as mean as ...", is no clause's verb)
        v = tok if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acomp", "attr") else clause_verb(tok)
        return v is not None and EventReader.told_in_present(v) == "simple" and not any(
            a.lemma_ in mod("reporting_verbs") and a.tag_ in ("VBD", "VBN") for a in v.ancestors)

    @staticmethod
    def past_perfect(tok) -> bool:
        """Is ``tok`` (or the verb it hangs on) told in the past perfect ("had been hit")?"""
        v = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
        return v is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)

    @staticmethod
    def told_as_said(tok) -> bool:
        """Is the act told as what someone said ("the Foreign Office said it had frozen ...")?"""
        return any(a.lemma_ in mod("reporting_verbs") and a.tag_ == "VBD" for a in tok.ancestors)

    def narrative_date(self, char_offset: int) -> TimeValue | None:
        """The narrative day at a point of the text: the day set by the last dated main
        clause in the few sentences before the one at ``char_offset``. None if there is
        none, or if the story has since moved to a coarser time ("In July, ...")."""
        here = self.sent_at(char_offset)
        if here is None:
            return None
        last = self.last_narrative_sentence(here)
        if last < 0 or here - last > self.NARRATIVE_WINDOW and not self.same_passage(last, here):
            return None
        # the day of an attack ("Hackers attacked X on March 4") is that attack's own: the
        # claims and responses told after it come later, on a day the text does not give
        attacks = {m.trigger.i for m in self.mentions if m.type == "CyberAttack" and m.targets}
        days = [(date_head(sp).pos_ in ("VERB", "AUX"), sp.start, tv) for n, sp, tv in self.narrative_spans()
                if n == last and tv.precision == "day" and self.date_gov(sp).i not in attacks]
        return max(days, key=lambda c: c[:2])[2] if days else None

    def same_passage(self, last: int, here: int) -> bool:
        """Does sentence ``last`` still set the time at sentence ``here``, however far back?
        Yes within one paragraph, and under a dated heading ("Tuesday 14 May" over a live
        blog's entries) until the next date (the caller checks that no dated clause intervenes)."""
        from . import is_heading

        self.sent_index()
        first = self._sents[last]
        if is_heading(first.text) and all(i in self.date_tokens() or t.is_punct or t.is_space
                                          for i, t in zip(range(first.start, first.end), first)):
            return True
        return self.passage_of(first.start_char) == self.passage_of(self._sents[here].start_char) and "\n\n" not in \
            self.doc.text[first.end_char:self._sents[here].start_char].rstrip()

    def dateline_day(self) -> TimeValue | None:
        """The day of a wire story's dateline ("TBILISI, Feb 20 (Wire) - "): the day its
        undated statements told in the past were made."""
        m = self.ix.dateline()
        if m is None or m.group("day") is None:
            return None
        return next((tv for span, tv in self.dates if m.start("day") <= span.start_char < m.end("day")
                     and tv.precision == "day"), None)

    def lead_day(self, after: int) -> TimeValue | None:
        """The news day of a story: the first day its lead paragraph (the first body paragraph
        after offset ``after``, the headline's end) sets in a main clause ("Iran's Foreign
        Ministry on Saturday condemned ..."). A headline's present tense ("Iran slams new
        sanctions") tells of that day."""
        from . import is_heading

        self.sent_index()
        lead = next((self.passage_of(s.start_char) for s in self._sents
                     if s.start_char >= after and s.text.strip() and not is_heading(s.text.strip())), None)
        for _, span, tv in self.narrative_spans():
            if span.start_char < after:
                continue
            if self.passage_of(span.start_char) != lead:
                return None
            if tv.precision == "day":
                return tv
        return None

    def statement_day_after(self, ev, window: int = 2) -> TimeValue | None:
        """A lead's undated statement ("The minister has dismissed claims that ...") told again
        in the next sentences with its day ('"They try hard," he wrote on Twitter on Monday'):
        the day of that same speaker's dated reporting verb."""
        here = self.sent_at(ev.provenance[0].start)
        people = {k for k in ev.actors if self.ix.entities.get(k) is not None and self.ix.entities[k].type != "Country"}
        if here is None or not people:
            return None
        idx = self.sent_index()
        for span, tv in self.dates:
            n = idx.get(span.sent.start)
            if n is None or not here < n <= here + window or tv.precision != "day":
                continue
            gov = self.date_gov(span)
            if gov.lemma_ not in mod("reporting_verbs"):
                continue
            subj = subject_of(gov)
            if subj is not None and people & set(self.keys([subj])):
                return tv
        return None

    def actor_date(self, ev, events, widen) -> TimeValue | None:
        """An undated act takes the day of the same actor's last dated act a few sentences
        back ("In a separate move, the Treasury sanctioned ..." after the Treasury's dated
        sanctions), unless a dated clause has moved the story on since."""
        here = self.sent_at(ev.provenance[0].start)
        if here is None or not ev.actors:
            return None
        floor = max(here - self.ACTOR_WINDOW, self.last_narrative_sentence(here))
        mine = widen(ev.actors)
        best = None
        for other in events:
            if other is ev or other.date is None or other.date.precision != "day" or not widen(other.actors) & mine:
                continue
            for p in other.provenance:
                n = self.sent_at(p.start)
                if n is not None and floor <= n < here and (best is None or p.start > best[0]):
                    best = (p.start, other.date)
        return best[1] if best else None

    def inherit_dates(self):
        """'On Friday, Lavrov said ... He called the measures unfriendly': an undated act
        by the same actor a few sentences later shares the day of the one before."""
        sents = self.sent_index()
        dated = [m for m in self.mentions if m.date is not None and m.date.precision == "day"]
        for m in self.mentions:
            if m.date is not None or m.type == "CyberAttack" or not m.actors or not self.pinned_to_past(m.trigger) \
                    or self.moved_on(m.trigger):
                continue
            here = sents[m.sent.start]
            mine = set(self.ix.with_states(m.actors))
            # look back a few sentences, but not past another dated clause
            floor = max(here - self.ACTOR_WINDOW, self.last_narrative_sentence(here))
            prev = [(d.trigger.i, d.date) for d in dated if floor <= sents[d.sent.start] < here
                    and mine & set(self.ix.with_states(d.actors))]
            # "Britain joined in on the same day. [Britain's minister] said ...": a dated clause
            # whose subject is the same actor dates what follows
            for n, span, tv in self.narrative_spans():
                if not floor <= n < here:
                    continue
                gov = self.date_gov(span)
                # ("Quillmark described the operation in June 2020. Quillmark saw a possible link to Lazarus": a
                # claim told within two sentences of a month its author's report is dated by is of that month)
                if tv.precision == "day" or tv.precision == "month" and m.type in self.SPEECH_ACTS and here - n <= 2 \
                        and gov.lemma_ in reporting_acts():
                    subj = subject_of(gov) if gov.pos_ in ("VERB", "AUX") else None
                    if subj is not None and mine & set(self.ix.with_states(self.keys([subj]))):
                        prev.append((span.root.i, tv))
            if prev:
                m.date = max(prev, key=lambda p: p[0])[1]
