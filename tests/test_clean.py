"""Tests for kg.nlp.clean: page furniture is masked by spaces, offsets are preserved."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.nlp.clean import boilerplate_spans, clean, truncated_tail

ROOT = Path(__file__).resolve().parent.parent

NEWS = "Latvia expelled two Russian diplomats on Monday after a cyberattack on its customs service."
LONG = ("The government said on Thursday that it would review the security of every ministry's "
        "computer systems after the attack, officials told reporters in Riga after the meeting.")


def masked(s: str) -> str:
    """What clean() makes of a masked stretch: spaces, newlines kept."""
    return "".join("\n" if c == "\n" else " " for c in s)


def check(text: str, expected: str) -> None:
    out = clean(text)
    assert len(out) == len(text)
    assert out == expected


@pytest.mark.parametrize("furniture", [
    "Previous Post",
    "Next Post",
    "Leave a Reply",
    "Leave a comment",
    "Share this article",
    "Share",
    "Facebook | Twitter | Email",
    "Facebook · Twitter · WhatsApp · Copy link",
    "Your email address will not be published. Required fields are marked *",
    "Advertisement",
    "Tags: cyber, Russia, Latvia",
    "Copyright 2024 Example News",
    "Photo: Reuters/Ints Kalnins",
    "(Photo by Gints Ivuskans / AFP)",
    "Image credit: Getty Images",
    "[Photo: The customs service's offices in Riga. Credit: handout]",
    "(Caption: Riga's old town at dusk)",
    "– Russian denials –",
    "HOME > NETHERLANDS > POLITICS",
    "Home > Media centre > Joint media releases",
    "Read more: How foreign influence operations target US voters",
    "Read also: What is the Anssi, the \"firemen\" of the State?",
    "(Reporting by Helen Marsh in London; Editing by Claire Benoit)",
    "Reporting by Ana Silva; Editing by John Smith",
    "Writing by Ana Silva; additional reporting by Joao Lopes in Porto",
    "(Adds EPAL statement in paragraph 3)",
    "(Updates with minister's comments, adds background)",
])
def test_furniture_line_is_masked(furniture):
    text = f"{NEWS}\n\n{furniture}\n\n{LONG}"
    check(text, f"{NEWS}\n\n{masked(furniture)}\n\n{LONG}")


@pytest.mark.parametrize("news", [
    "Written by Russian military hackers, the malware wiped the ministry's servers in March.",
    "Compiled by the GRU, the list named forty officials of the ministry in Riga.",
])
def test_a_sentence_opening_like_a_credit_is_kept(news):
    text = f"{NEWS}\n\n{news}\n\n{LONG}"
    check(text, text)


def test_previous_post_tail_masks_the_rest():
    tail = "Previous Post\nA conversation with a boxer\n\nNext Post\nLeaders expressed condolences\n\nLeave a Reply"
    text = f"{NEWS}\n\n{LONG}\n\n{tail}"
    check(text, f"{NEWS}\n\n{LONG}\n\n{masked(tail)}")


def test_share_bar():
    bar = "Share this article\nFacebook | Twitter | Email"
    text = f"{NEWS}\n{bar}\n"
    check(text, f"{NEWS}\n{masked(bar)}\n")


def test_related_tail_with_short_link_lines():
    tail = "Related:\nLithuania blames Moscow for hack\nRiga on alert after attack\nMore cyber news"
    text = f"{NEWS}\n\n{LONG}\n\n{tail}\n"
    check(text, f"{NEWS}\n\n{LONG}\n\n{masked(tail)}\n")


def test_real_paragraph_after_related_is_kept():
    text = f"{NEWS}\n\nRelated\n\n{LONG}\n"
    check(text, f"{NEWS}\n\n{masked('Related')}\n\n{LONG}\n")


def test_photo_credit_lines():
    credits = "Photo: Reuters/Ints Kalnins\n(Photo by Gints Ivuskans / AFP)\nFile photo: a server room"
    text = f"{NEWS}\n{credits}\n{LONG}"
    check(text, f"{NEWS}\n{masked(credits)}\n{LONG}")


def test_inline_copyright_credit():
    head = "Latvia expels Russian diplomats over hack"
    credit = " – Copyright AFP –"
    text = f"{head}{credit}\n{NEWS}"
    check(text, f"{head}{masked(credit)}\n{NEWS}")


def test_inline_photo_caption_credit():
    caption = "Officials at the customs service in Riga"
    credit = " (Photo: Ilmars Znotins)"
    text = f"{NEWS}\n{caption}{credit}\n{LONG}"
    check(text, f"{NEWS}\n{caption}{masked(credit)}\n{LONG}")


def test_weather_reading_on_a_masthead_line():
    """"| 68°F Sunny" would be read as an organisation "F Sunny"; a temperature told in a
    sentence stays."""
    masthead = "Las Vegas | Friday, February 27, 2015"
    weather = " | 68°F Sunny"
    told = "Temperatures reached 40°C on Monday"
    text = f"{masthead}{weather}\n{told}\n{NEWS}"
    check(text, f"{masthead}{masked(weather)}\n{told}\n{NEWS}")


def test_subheading_between_dashes():
    sub = "– Iranian denials –"
    rest = "Iran dismissed the allegation as baseless."
    text = f"{NEWS}\n\n{sub}\n\n{rest}"
    check(text, f"{NEWS}\n\n{masked(sub)}\n\n{rest}")


def test_repeated_syndicated_paragraph():
    text = f"{LONG}\n{NEWS}\n{LONG}"
    check(text, f"{LONG}\n{NEWS}\n{masked(LONG)}")


def test_short_repeated_line_is_kept():
    # Under 12 words a repeat may be a quote or a heading, not a syndicated paragraph.
    text = f"Russia denied it.\n{NEWS}\nRussia denied it."
    check(text, text)


def test_truncated_last_line():
    cut = "The foreign ministry said it would summon the ambassador and review all of the"
    text = f"{NEWS}\n{cut}"
    check(text, f"{NEWS}\n{masked(cut)}")
    assert truncated_tail(text) == (len(NEWS) + 1, len(text))


def test_complete_last_line_and_trailing_newlines_kept():
    text = f"{NEWS}\n{LONG}\n\n"
    check(text, text)
    assert truncated_tail(text) is None
    assert truncated_tail("   ") is None


@pytest.mark.parametrize("last", [
    'He said: "We will respond to this attack at a time of our choosing."',
    "The ministry said the damage to its systems was minimal (no data was lost)",
    "Short line without a stop",
])
def test_not_truncated(last):
    text = f"{NEWS}\n{last}"
    check(text, text)


def test_news_is_untouched():
    text = f"{NEWS}\n\n{LONG}\n\nRussia's embassy in Riga said it would share details later."
    check(text, text)
    assert boilerplate_spans(text) == []


def test_empty_text():
    assert clean("") == ""
    assert boilerplate_spans("") == []


def test_seed_article_offsets_and_furniture():
    raw = (ROOT / "seeds" / "albania-iran-cyberattack.txt").read_text(encoding="utf-8")
    out = clean(raw)
    assert len(out) == len(raw)
    assert [i for i, c in enumerate(raw) if c == "\n"] == [i for i, c in enumerate(out) if c == "\n"]
    for i, (a, b) in enumerate(zip(raw, out)):
        assert b == a or b == " ", f"character {i} changed to {b!r}"
    for gone in ("Previous Post", "Next Post", "Leave a Reply", "Copyright AFP", "Iranian denials",
                 "Required fields", "MMA fighter", "condolences to the royal family"):
        assert gone in raw and gone not in out
    for kept in ("Albania blamed Iran for the July attack",
                 "The computer systems of the national police were subjected to a cyberattack",
                 "A month later, the group postponed another summit"):
        assert raw.index(kept) == out.index(kept)


def test_dateline_dash_becomes_a_paragraph_break_of_the_same_length():
    from kg.nlp.clean import clean, dateline
    text = "Headline here\n\nOSLO, May 16 (Wire) - Norway on Thursday blamed China."
    out = clean(text)
    assert len(out) == len(text)
    assert "OSLO, May 16       \n\n\nNorway" in out  # (the agency is blanked too)
    m = dateline(out)
    assert (m.group("city"), m.group("day")) == ("OSLO", "May 16")
    assert dateline("The minister said - again - that it was over.") is None


@pytest.mark.parametrize("text, city", [
    ("PARIS: France said on Monday ...", "PARIS"),
    ("LONDON/WASHINGTON, March 25 (Wire) - Britain ...", "LONDON/WASHINGTON"),
    ("FBI: Iran hacked the campaign", None),  # a body the gazetteer knows is no city
    ("RUSSIA HACKS UKRAINE GRID\n\nRussia hacked the grid.", None),  # an all-caps headline
])
def test_what_is_a_dateline(text, city):
    from kg.nlp.clean import clean, dateline
    for t in (text, clean(text)):
        m = dateline(t)
        assert (m.group("city") if m else None) == city


@pytest.mark.parametrize("first, kept", [
    ("Explainer: Who hacked the Latvian customs service?", "Who hacked the Latvian customs service?"),
    ("The minister said: the attack was serious.", None),  # a colon in a sentence is no kicker
])
def test_kicker_label_is_cut_from_a_line(first, kept):
    kept = first if kept is None else kept
    text = f"{first}\n\n{NEWS}"
    check(text, f"{masked(first[:len(first) - len(kept)])}{kept}\n\n{NEWS}")


@pytest.mark.parametrize("line, cut", [
    # a byline's names (the writers must not become actors, or the antecedent of a later "him");
    # its date stays for the dateline
    ("By Helen Marsh and Daniel Okafor", "By Helen Marsh and Daniel Okafor"),
    ("By Sanne de Vries, The Hague | Wednesday 7 February 2024", "By Sanne de Vries, The Hague"),
    ("By our Vilnius correspondent | Tuesday, 28 June 2022", "By our Vilnius correspondent"),
    ("By Priya Raman — April 12, 2024 — 7 min read", "By Priya Raman"),
    ("By Saturday morning, traffic was running normally again.", ""),  # news, not a byline
    ("By Monday, the ministry had restored its sites.", ""),
    # a transcript's time stamp and speaker label: the speaker is no party to what is said
    ("[00:04:20] MARCHUK: The same day, the minister spoke.", "[00:04:20] MARCHUK: "),
    ("[00:00:48] OLENA MARCHUK (GUEST): Thanks, Sam.", "[00:00:48] OLENA MARCHUK (GUEST): "),
    ("DANA WHITFIELD (HOST): Welcome to the show.", "DANA WHITFIELD (HOST): "),
    ("[00:03:15] This episode is brought to you by a sponsor.", "[00:03:15] "),
    ("FBI: North Korea was behind the Sony hack.", ""),  # a headline's one-word source stays
])
def test_the_furniture_opening_a_line_is_cut(line, cut):
    text = f"{NEWS}\n{line}\n{NEWS}"
    out = clean(text)[len(NEWS) + 1:len(NEWS) + 1 + len(line)]
    assert out[len(cut):] == line[len(cut):]
    assert not out[:len(cut)].strip()


def test_a_capital_dateline_with_a_colon_is_no_speaker_label():
    from kg.nlp.clean import dateline

    text = "NEW DELHI: India said on Monday that hackers had attacked its power grid."
    m = dateline(clean(text))
    assert m is not None and m.group("city").strip() == "NEW DELHI"


# Hard-wrapped text (a PDF bulletin, an e-mail, a print page): a sentence runs over lines.
WRAPPED = ("On Tuesday the district court in Espoo sentenced the hacker Aleksan-\n"
           "teri Virtanen to six years in prison for the data breach at the clinic\n"
           "and the extortion of its patients. He was arrested by French police near\n"
           "Paris in February.\n"
           "\n"
           "Contents\n"
           "1. Judgment\n"
           "2. Background\n")


def test_a_hard_wrapped_paragraph_is_one_line_of_the_same_length():
    out = clean(WRAPPED)
    assert len(out) == len(WRAPPED)
    para = out.split("\n")[0]
    assert para.rstrip() == ("On Tuesday the district court in Espoo sentenced the hacker Aleksanteri Virtanen "
                             "to six years in prison for the data breach at the clinic and the extortion of its "
                             "patients. He was arrested by French police near Paris in February.")
    # the list after the blank line keeps its lines
    assert out.split("\n")[2:5] == ["Contents", "1. Judgment", "2. Background"]


def test_one_line_over_the_width_does_not_keep_a_paragraph_wrapped():
    # a writer's line that runs on past the usual width (a long name left unbroken) is still a
    # line of the wrapped paragraph
    text = ("The case went on for years, and the sentence came late. In May 2019\n"
            "prosecutors of the Kestrix district charged Ivan Sokolov, of Fabrikam Heights, Contoso County, with a scheme that\n"
            "ran from March 2016 to the end of 2018: messages made to look as if they came from\n"
            "his bank asked clients for their passwords.\n")
    out = clean(text)
    assert len(out) == len(text)
    assert "In May 2019 prosecutors of the Kestrix district charged Ivan Sokolov" in out
    assert "came from his bank asked" in out


def test_a_word_the_text_hyphenates_elsewhere_keeps_its_hyphen():
    text = ("A state-sponsored group was blamed. Investigators said that another state-\n"
            "sponsored group had broken into the ministry's network in the spring of\n"
            "that year.\n")
    assert "another state-sponsored group had broken" in clean(text)


def test_one_paragraph_a_line_and_headline_lists_are_not_joined():
    text = (LONG + "\n" + NEWS + "\n\n"
            "Russia blames Ukraine for hack of state television during parade\n"
            "United States charges seven Iranians over attack on a New York dam\n\n"
            "The ministry said that the review would take a month, officials added.")
    assert clean(text) == text


def test_e_mail_quote_marks_are_spaces_and_quoted_lines_are_joined():
    text = ("Forwarding below.\n\n"
            "> Not related to us as far as I can tell. Sony took the PlayStation\n"
            ">> Network offline on April 20 after the intrusion, and says it is\n"
            "> bringing it back in stages.\n")
    out = clean(text)
    assert len(out) == len(text)
    assert "Sony took the PlayStation Network offline on April 20 after the intrusion" in out
    assert ">" not in out


def test_a_wrapped_sentence_is_read_as_one():
    from tests.test_extract import events, one
    evs = events("Investigators said on Tuesday that the French police had arrested the hacker\n"
                 "Aleksanteri Virtanen near Paris on Monday over the extortion of patients\n"
                 "of the Finnish psychotherapy centre.\n")
    ev = one(evs, "LegalAction")
    assert "France" in ev["actors"] and ev["targets"] == ["Aleksanteri Virtanen"]
    assert ev["date"] == "2022-09-05"


def test_markup_is_blanked_and_a_link_keeps_its_words():
    text = ("## The attack\nIn July 2023[3] hackers hit the [water utility EPAL](https://example.org/epal), "
            "**officials said**.[12][13]")
    out = clean(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "[" not in out and "]" not in out and "*" not in out and "#" not in out and "https" not in out
    assert "water utility EPAL" in out and out.index("water utility EPAL") == text.index("water utility EPAL")
    assert "2023 " in out and "officials said" in out


def test_a_citation_marker_is_no_day():
    from datetime import date

    from kg.extract import extract
    from kg.model import Article

    rep = extract(Article(id="t", text="In July 2023[3] hackers attacked the Lisbon water utility EPAL.[4]",
                          published=date(2024, 5, 18)))
    (ev,) = rep.to_events_json()["events"]
    assert (ev["type"], ev["date"], ev["targets"]) == ("CyberAttack", "2023-07", ["EPAL"])


def test_a_sentence_opening_like_a_reporting_credit_is_kept():
    assert clean("Reporting by hand was slow, officials said.") == "Reporting by hand was slow, officials said."


def test_a_wire_datelines_agency_is_no_actor():
    from datetime import date

    from kg.extract import extract
    from kg.model import Article

    text = "LISBON, May 13 (Reuters) - Hackers attacked the Lisbon water utility EPAL on Monday, officials said."
    assert "Reuters" not in clean(text)
    (ev,) = extract(Article(id="t", text=text, published=date(2024, 5, 18))).to_events_json()["events"]
    assert (ev["type"], ev["targets"], ev["date"]) == ("CyberAttack", ["EPAL"], "2024-05-13")


def test_feed_and_page_tags_are_blanked():
    text = ("<item>\n<title>Hackers hit EPAL</title>\n<pubDate>Mon, 13 May 2024 10:00:00 GMT</pubDate>\n"
            "<description><![CDATA[Hackers attacked the Lisbon water utility EPAL on Monday.]]></description>\n</item>\n"
            "Prices rose as x < y held.")
    out = clean(text)
    assert len(out) == len(text) and "<" not in out.replace("x < y", "") and "CDATA" not in out
    assert "Hackers attacked the Lisbon water utility EPAL on Monday." in out and "x < y held" in out


def test_clean_and_caption_docstring_examples():
    """unnumber()'s transcript and caption_parties()'s captions, as their docstrings show them."""
    import doctest

    from kg.extract import entities
    from kg.nlp import clean as clean_module

    assert doctest.testmod(clean_module).failed == 0
    assert doctest.testmod(entities).failed == 0


def test_a_name_ends_at_its_last_word():
    """The model may end a name on the conjunction after it ("Huri and"): the name is cut back."""
    from spacy.tokens import Span

    from kg.nlp.pipeline import entity_edges, get_nlp

    doc = get_nlp().make_doc("Sokolov and Ozola were arrested in Tulsa.")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 2, 3, label="PERSON")]
    assert [(e.text, e.label_) for e in entity_edges(doc).ents] == [("Sokolov", "ORG"), ("Ozola", "PERSON")]


def test_tracked_changes_keep_only_the_inserted_words():
    from kg.nlp.clean import unmark
    text = "which [Deleted: a hacker stole] [Inserted: was obtained by a source] and {++was++} ~~not~~ kept"
    out = unmark(text)
    assert len(out) == len(text)
    assert out.split() == ["which", "was", "obtained", "by", "a", "source", "and", "was", "kept"]


def test_a_row_opening_with_a_day_in_figures_is_not_joined_to_the_row_above():
    # a pre-bill's time entries: each "03/28/18" row stays a line of its own when the wrapped
    # narrative above it is joined up
    text = ("03/27/18  RBK   1.20    540.00   Phone client about news stories of\n"
            "                                 a suit filed yesterday against the firm and\n"
            "                                 its former director.\n"
            "03/28/18  TQW   0.40    180.00   Read the replies to the stories\n"
            "                                 and update the file note for the client.\n")
    lines = [line.strip() for line in clean(text).split("\n") if line.strip()]
    assert lines[0].endswith("the firm and its former director.")
    assert lines[1].startswith("03/28/18")


def test_a_translation_printed_beside_the_english_is_masked():
    text = ("Contoso Ltd was hacked on Monday, the company said.\n"
            "<seg>Die Firma Contoso wurde am Montag gehackt, sagte das Unternehmen, und die Polizei ermittelt noch nicht.</seg>\n"
            "Banco de la Nación said on Monday that the attack on its systems was over.\n")
    out = clean(text)
    lines = out.split("\n")
    assert len(out) == len(text)
    assert lines[0] == "Contoso Ltd was hacked on Monday, the company said."
    assert not lines[1].strip()  # (the German line goes; a Spanish name in an English line stays)
    assert lines[2] == "Banco de la Nación said on Monday that the attack on its systems was over."


def test_stage_directions_in_brackets_are_masked():
    text = ("Good evening. [Nods to the band.] I will be brief.\n\n[Laughter.]\n\n"
            "She said [Kestria] was behind it (applause) and named points (points 3 and 4).")
    out = clean(text)
    assert len(out) == len(text)
    for gone in ("Nods to", "Laughter", "applause"):
        assert gone not in out
    # (an editor's insertion and a lower-case "points" are words of the text)
    for kept in ("[Kestria]", "(points 3 and 4)", "I will be brief."):
        assert kept in out
