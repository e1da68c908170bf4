"""End-to-end extraction: Article -> Report, on synthetic news sentences and on the seed.

The synthetic sentences are written for these tests in general news phrasing; none is
copied from the seed. Publication date for all of them: Saturday 10 September 2022.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from kg import scoring
from kg.api import extract_file
from kg.article import article_from_text
from kg.evaluate import evaluate
from kg.extract import extract
from kg.model import EVENT_TYPES, MODALITIES, Report

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "albania-iran-cyberattack.txt"
SEED_GOLD = ROOT / "seeds" / "albania-iran-cyberattack.gold.json"
PUB = date(2022, 9, 10)  # a Saturday


def read(text: str, published: date | None = PUB) -> Report:
    return extract(article_from_text(text, "t", published))


def events(text: str, published: date | None = PUB) -> list[dict]:
    """The events-JSON events of a text (names, not keys)."""
    return read(text, published).to_events_json()["events"]


def of_type(evs: list[dict], typ: str) -> list[dict]:
    return [e for e in evs if e["type"] == typ]


def one(evs: list[dict], typ: str) -> dict:
    found = of_type(evs, typ)
    assert len(found) == 1, f"expected one {typ}, got {evs}"
    return found[0]


# -- single events ----------------------------------------------------------------------------

def test_sanction_with_weekday():
    rep = read("On Friday, the United States imposed sanctions on Iran.")
    assert [(e.type, e.actors, e.targets, e.date.edtf if e.date else None) for e in rep.events] == [
        ("Sanction", ["USA"], ["IRN"], "2022-09-09")]
    ev = rep.events[0]
    assert ev.modality == "asserted"
    assert ev.date.precision == "day"
    assert ev.date.earliest == ev.date.latest == date(2022, 9, 9)
    assert rep.entities["USA"].type == rep.entities["IRN"].type == "Country"
    js = one(rep.to_events_json()["events"], "Sanction")
    assert (js["actors"], js["targets"], js["date"]) == (["United States"], ["Iran"], "2022-09-09")


def test_expulsion_with_weekday():
    ev = one(events("Canada expelled four Chinese diplomats on Tuesday."), "ExpelDiplomats")
    assert (ev["actors"], ev["targets"], ev["date"]) == (["Canada"], ["China"], "2022-09-06")


def test_expulsion_with_month_and_year():
    ev = one(events("The Netherlands expelled two Russian diplomats in April 2018."), "ExpelDiplomats")
    assert (ev["actors"], ev["targets"], ev["date"]) == (["Netherlands"], ["Russia"], "2018-04")
    assert ev["date_precision"] == "month"
    assert (ev["date_earliest"], ev["date_latest"]) == ("2018-04-01", "2018-04-30")


def test_sever_relations():
    ev = one(events("Poland cut diplomatic ties with Belarus."), "SeverRelations")
    assert (ev["actors"], ev["targets"]) == (["Poland"], ["Belarus"])


def test_attribution_and_attack():
    evs = events("Ukraine blamed Russia for the cyberattack on its power grid in December 2015.")
    att = one(evs, "Attribution")
    assert (att["actors"], att["targets"], att["date"]) == (["Ukraine"], ["Russia"], "2015-12")
    attack = one(evs, "CyberAttack")
    assert "Ukraine" in attack["targets"]
    assert attack["date"] == "2015-12"


def test_accusation():
    att = one(events("France accused Russia of hacking the election commission."), "Attribution")
    assert (att["actors"], att["targets"]) == (["France"], ["Russia"])


def test_condemnation_with_weekday():
    ev = one(events("On Monday, Australia condemned China for the hack of its parliament."), "Condemnation")
    assert ev["actors"] == ["Australia"]
    assert ev["date"] == "2022-09-05"


def test_denial():
    ev = one(events("North Korea rejected the accusation as a fabrication."), "Denial")
    assert ev["actors"] == ["North Korea"]


def test_joint_attribution_is_one_claim_per_claimant():
    claims = of_type(events("The UK and the US jointly attributed the NotPetya attack to Russia."), "Attribution")
    assert sorted(e["actors"][0] for e in claims) == ["United Kingdom", "United States"]
    assert all(e["targets"] == ["Russia"] for e in claims)


def test_legal_action_by_government_body():
    ev = one(events("The Justice Department indicted five Chinese officers on Monday."), "LegalAction")
    assert "United States" in ev["actors"]
    assert "China" in ev["targets"]
    assert ev["date"] == "2022-09-05"


def test_relative_year():
    ev = one(events("Last year, the United States imposed sanctions on Russia."), "Sanction")
    assert (ev["actors"], ev["targets"], ev["date"]) == (["United States"], ["Russia"], "2021")


# -- passive voice ----------------------------------------------------------------------------

def test_passive_carried_out_by():
    ev = one(events("The cyberattack on the Estonian parliament was carried out by Russia."), "CyberAttack")
    assert ev["actors"] == ["Russia"]
    assert "Estonia" in ev["targets"]


def test_passive_with_demonym_and_date():
    ev = one(events("A cyberattack on Estonian government websites on Monday was carried out by "
                    "Russian hackers."), "CyberAttack")
    assert ev["actors"] == ["Russia"]
    assert "Estonia" in ev["targets"]
    assert ev["date"] == "2022-09-05"


@pytest.mark.xfail(reason="the actor in a relative clause ('..., which was carried out by X') is not "
                          "attached to the attack of the main clause", strict=False)
def test_passive_carried_out_by_in_relative_clause():
    ev = one(events("The computer systems of the Dutch tax office were hit by a cyberattack on Monday, "
                    "which was carried out by Russia."), "CyberAttack")
    assert ev["actors"] == ["Russia"]
    assert "Netherlands" in ev["targets"]
    assert ev["date"] == "2022-09-05"


def test_alleged_actor():
    ev = one(events("Hackers allegedly working for China attacked the computer systems of the Czech "
                    "foreign ministry in March."), "CyberAttack")
    assert ev["actors"] == ["China"]
    assert ev["modality"] == "alleged"
    assert ev["date"] == "2022-03"


# -- what must yield nothing ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "No sanctions were announced against Russia.",
    "Germany did not expel any Russian diplomats.",
    "Japan has never blamed China for the attack.",
], ids=["no-sanctions", "did-not-expel", "never-blamed"])
def test_negation_yields_nothing(text):
    evs = events(text)
    assert not [e for e in evs if e["type"] in ("Sanction", "ExpelDiplomats", "Attribution")], evs


@pytest.mark.parametrize("text", [
    "Britain could face sanctions over the affair.",
    "The government threatened to expel Russian diplomats.",
    "Washington said it could impose further sanctions on Russia.",
    "The European Union may impose sanctions on North Korea.",
], ids=["could-face", "threatened-to-expel", "could-impose", "may-impose"])
def test_hypothetical_yields_no_event(text):
    evs = events(text)
    assert not [e for e in evs if e["type"] in ("Sanction", "ExpelDiplomats")], evs


def test_boilerplate_yields_nothing():
    text = ("Share this article\nFacebook | Twitter | Email\n\nPrevious Post\n"
            "Russia expels diplomats in row over hacking\n\nNext Post\n"
            "Sanctions on Iran announced by Washington\n\nLeave a Reply\n"
            "Your email address will not be published. Required fields are marked *")
    assert events(text) == []


def test_news_then_share_bar():
    evs = events("Estonia blamed Russia for the cyberattack.\nShare this article\nFacebook | Twitter | Email")
    assert [(e["type"], e["actors"], e["targets"]) for e in evs] == [("Attribution", ["Estonia"], ["Russia"])]


def test_no_event_in_plain_background():
    assert events("The two countries have been rivals for many years and trade between them is small.") == []


# -- dates ------------------------------------------------------------------------------------

def test_dateless_sentence_has_no_date():
    ev = one(events("Poland cut diplomatic ties with Belarus."), "SeverRelations")
    assert ev["date"] is None
    assert "date_earliest" not in ev and "date_precision" not in ev


def test_dateless_event_never_gets_publication_date():
    for text in ("Russia denied any involvement in the hack.",
                 "France accused Russia of hacking the election commission.",
                 "Germany condemned the attack by Russia."):
        for ev in events(text):
            assert ev["date"] is None, (text, ev)
            assert ev.get("date_earliest") != PUB.isoformat()


def test_statement_in_the_present_is_made_on_the_publication_day():
    # the page's own present tense ("Estonia strongly condemns ..."), not a headline's and not a
    # past or habitual one, tells a statement made as the page is written
    evs = events("Estonia blames Russia for hacks\n\nHackers hit Estonian ministries last week. Estonia strongly "
                 "condemns the cyberattacks on its ministries by Russia's GRU.")
    assert one(evs, "Condemnation")["date"] == PUB.isoformat()
    assert one(evs, "Attribution")["date"] is None  # the headline's present tells no day of its own
    assert not [e for e in events("The Kremlin routinely rejects such accusations.") if e["type"] == "Denial"]


def test_weekday_needs_a_publication_date():
    # Without a publication date, "on Friday" cannot be resolved: the event is undated.
    ev = one(events("On Friday, the United States imposed sanctions on Iran.", published=None), "Sanction")
    assert ev["date"] is None


# -- provenance and format --------------------------------------------------------------------

def test_provenance_offsets_point_into_the_original_text():
    text = ("Poland breaks with Belarus – Copyright AFP –\n\nPhoto: Reuters\n\n"
            "Officials met in Warsaw on Thursday.\n\nPoland cut diplomatic ties with Belarus.\n\n"
            "Previous Post\nLeave a Reply\n")
    rep = read(text)
    ev = one(rep.to_events_json()["events"], "SeverRelations")
    src = ev["sources"][0]
    assert src["article"] == "t"
    assert text[src["start"]:src["end"]] == src["sentence"] == ev["text"]
    assert src["sentence"] == "Poland cut diplomatic ties with Belarus."


def test_events_json_shape():
    doc = read("On Friday, the United States imposed sanctions on Iran.").to_events_json()
    assert doc["document"] == {"id": "t", "published": "2022-09-10"}
    names = {e["name"] for e in doc["entities"]}
    assert {"United States", "Iran"} <= names
    for ent in doc["entities"]:
        assert set(ent) >= {"name", "type", "aliases"}
    for ev in doc["events"]:
        assert set(ev) >= {"id", "type", "actors", "targets", "date", "about", "text", "modality", "sources"}
        assert ev["type"] in EVENT_TYPES or ev["type"]
        assert ev["modality"] in MODALITIES
        assert 0.0 <= ev["confidence"] <= 1.0
        assert set(ev["actors"] + ev["targets"]) <= names


# -- the seed article -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_report() -> Report:
    return extract_file(SEED)


@pytest.fixture(scope="module")
def seed_score(seed_report) -> dict:
    tally = defaultdict(lambda: defaultdict(int))
    gold = scoring.Doc(scoring.load(SEED_GOLD), SEED_GOLD)
    pred = scoring.Doc(seed_report.to_events_json(), SEED)
    scoring.score_doc(gold, pred, tally)
    return scoring.summary(tally, 1)


def test_seed_key_events(seed_report):
    evs = seed_report.to_events_json()["events"]
    sig = {(e["type"], tuple(e["actors"]), e["date"]) for e in evs}
    assert any(t == "Sanction" and "United States" in a and d == "2022-09-09" for t, a, d in sig)
    assert any(e["type"] == "SeverRelations" and e["actors"] == ["Albania"] and e["targets"] == ["Iran"]
               and e["date"] == "2022-09-07" for e in evs)
    assert any(e["type"] == "CyberAttack" and "Albania" in e["targets"] and e["date"] == "2022-07-15"
               for e in evs)
    assert any(e["type"] == "Denial" and e["actors"] == ["Iran"] for e in evs)
    # nothing read from the page furniture after the article
    for e in evs:
        assert "Previous Post" not in e["text"] and "condolences" not in e["text"]


def test_seed_f1(seed_score):
    assert seed_score["f1"] >= 0.75, seed_score


def test_seed_date_accuracy(seed_score):
    assert seed_score["date_accuracy"] >= 0.8, seed_score


def test_seed_entity_recall(seed_score):
    assert seed_score["entity_recall"] >= 0.8, seed_score


def test_evaluate_dev_summary_format():
    summary, lines = evaluate(ROOT / "eval" / "dev")
    assert lines == []
    assert summary["documents"] == 6
    assert set(summary) >= {"by_type", "f1", "precision", "recall", "tp", "pred", "gold",
                            "date_accuracy", "entity_recall"}
    assert summary["by_type"] and set(summary["by_type"]) <= set(scoring.SCORED)
    for row in summary["by_type"].values():
        assert set(row) == {"tp", "pred", "gold", "precision", "recall", "f1"}
        assert 0 <= row["tp"] <= min(row["pred"], row["gold"])
    for k in ("f1", "precision", "recall", "date_accuracy", "entity_recall"):
        assert 0.0 <= summary[k] <= 1.0
    assert summary["gold"] == sum(r["gold"] for r in summary["by_type"].values())
    assert summary["f1"] > 0.3  # a floor far below today's figure: catches a broken pipeline


def test_coordinated_claimants_give_one_attribution_each():
    evs = events("On Monday, the United States, Britain and the European Union blamed Russia "
                 "for the cyberattack on Ukraine.", date(2022, 2, 20))
    claims = of_type(evs, "Attribution")
    assert sorted(e["actors"][0] for e in claims) == ["European Union", "United Kingdom", "United States"]
    assert all(e["targets"] == ["Russia"] and e["date"] == "2022-02-14" for e in claims)


def test_companies_acting_together_stay_one_claim():
    evs = events("Security firms Mandiant and CrowdStrike blamed the Lazarus Group for the WannaCry attack.")
    assert [sorted(e["actors"]) for e in of_type(evs, "Attribution")] == [["CrowdStrike", "Mandiant"]]


# -- dates: how an event's date is read (one test per rule; invented sentences) ----------------

def dated(evs: list[dict]) -> list[tuple]:
    return sorted((e["type"], tuple(e["actors"]), e["date"] or "") for e in evs)


def test_month_last_year_and_break_into():
    # "in May last year" is a month read from publication; "broke into the network" is an attack
    ev = one(events("Hackers broke into the network of Estonia's central bank in May last year."), "CyberAttack")
    assert (ev["targets"], ev["date"]) == (["central bank", "Estonia"], "2021-05")


def test_got_into_trouble_is_no_attack():
    evs = events("The hackers got into the network of Latvia's customs service. The minister got into trouble.")
    assert [(e["type"], e["targets"]) for e in evs] == [("CyberAttack", ["customs service", "Latvia"])]


def test_reported_attribution_takes_the_date_of_the_saying():
    evs = events("On Monday, Denmark said an inquiry had shown that a June 3 intrusion into the email "
                 "system of its defence ministry was carried out from Russia.")
    assert (one(evs, "Attribution")["actors"], one(evs, "Attribution")["date"]) == (["Denmark"], "2022-09-05")
    assert one(evs, "CyberAttack")["date"] == "2022-06-03"


def test_response_date_does_not_date_the_act_charged():
    # the conviction's "March 2021" is not the hacking's date; "during the 2019 election" is
    evs = events("A Dutch court convicted three Belarusian officers in March 2021 of hacking the "
                 "computers of Lithuania's parliament during the 2019 election.")
    assert one(evs, "LegalAction")["date"] == "2021-03"
    attack = one(evs, "CyberAttack")
    assert ("Lithuania" in attack["targets"], attack["date"]) == (True, "2019")


def test_date_in_a_relative_clause_dates_that_clause_only():
    ev = one(events("Canada sanctioned two Russian banks that Russia's central bank had set up in March."),
             "Sanction")
    assert (ev["actors"], ev["targets"], ev["date"]) == (["Canada"], ["Russia"], None)


def test_narrative_day_carries_over_a_few_sentences():
    evs = events("The coordinated move came on Monday. Britain blamed Russia for the cyberattack on "
                 "Ukraine's banks. Canada said the hacking had been carried out by Russia. "
                 "Australia condemned the attack.")
    assert [(e["type"], e["actors"], e["date"]) for e in evs if e["type"] != "CyberAttack"] == [
        ("Attribution", ["United Kingdom"], "2022-09-05"),
        ("Attribution", ["Canada"], "2022-09-05"),
        ("Condemnation", ["Australia"], "2022-09-05")]


def test_present_perfect_act_takes_no_narrative_day():
    evs = events("On Thursday, Japan imposed sanctions on North Korea over the cyberattack on its banks. "
                 "Pyongyang has denied hacking foreign banks.")
    assert one(evs, "Sanction")["date"] == "2022-09-08"
    assert one(evs, "Denial")["date"] is None


def test_a_habit_in_the_present_perfect_is_no_denial():
    # "has long denied", "has always rejected": a habit, which the gold sets never score
    evs = events("On Thursday, Japan imposed sanctions on North Korea over the cyberattack on its banks. "
                 "Pyongyang has long denied hacking foreign banks.")
    assert not [e for e in evs if e["type"] == "Denial"]


def test_quoted_present_act_takes_the_day_of_the_saying():
    evs = events("Latvia blamed Russia for the cyberattack on its railways on Tuesday. "
                 "\"We condemn this attack,\" the Latvian foreign minister said.")
    assert one(evs, "Condemnation")["date"] == "2022-09-06"


@pytest.mark.parametrize("middle, want", [
    # five sentences on, beyond the narrative window, Japan's next act takes Japan's last day;
    # the date in the relative clause ("which take effect in October") moves nothing
    ("Japan's finance ministry said the measures, which take effect in October, were overdue. "
     "Officials in Tokyo said more could follow. Analysts called the move largely symbolic. "
     "Pyongyang has long denied hacking foreign banks. ", "2022-09-08"),
    # a dated clause in between stops the carry-over
    ("Officials in Tokyo said more could follow. Analysts called the move largely symbolic. "
     "In 2019, hackers stole millions from a Japanese exchange. ", None),
], ids=["reaches-past-undated-sentences", "stopped-by-a-dated-clause"])
def test_same_actor_day_carries_over(middle, want):
    evs = events("On Thursday, Japan imposed sanctions on North Korea over the cyberattack on its banks. "
                 + middle + "Japan also expelled two North Korean diplomats.")
    assert one(evs, "ExpelDiplomats")["date"] == want


def test_conjunct_of_an_existential_clause_shares_the_telling_subject():
    ev = one(events("On Monday, Polish foreign minister Jan Kowalski told reporters that there was clear "
                    "evidence of a cyberattack and called Russia's conduct reckless."), "Condemnation")
    assert (ev["actors"], ev["targets"], ev["date"]) == (["Jan Kowalski", "Poland"], ["Russia"], "2022-09-05")


def test_within_days_gives_the_month():
    evs = events("Hackers struck Montenegro's government servers on August 20. "
                 "Within days, Montenegro blamed Russia for the attack.")
    assert one(evs, "CyberAttack")["date"] == "2022-08-20"
    assert one(evs, "Attribution")["date"] == "2022-08"


def test_at_the_time_is_the_time_of_the_clause_before():
    # "at the time" is July (the clause's date), not 2019 (a date inside a noun phrase)
    evs = events("In July, Lithuania expelled two Russian diplomats over a 2019 hacking campaign. "
                 "Russia dismissed the accusations at the time as slander.")
    assert dated(evs) == [("Denial", ("Russia",), "2022-07"), ("ExpelDiplomats", ("Lithuania",), "2022-07")]


@pytest.mark.parametrize("text, typ, date_", [
    # a month told since in a flashback does not reset "the same day": Tuesday's
    ("Estonia said on Tuesday that its parliament had been hit by a cyberattack. The hackers had also struck "
     "its banks in August. Estonia took the parliament's servers offline the same day.", "DefensiveMeasure", "2022-09-06"),
    # a plain past sentence fronted by its month is the time: that month
    ("Estonia's police said on Tuesday that they had arrested a hacker. In August, the agencies seized the gang's "
     "servers. On the same day, the Justice Department unsealed an indictment against Ivan Sokolov.",
     "LegalAction", "2022-08"),
])
def test_the_same_day(text, typ, date_):
    # (the last event of the type is the one "the same day" dates; "arrested a hacker" is another)
    assert [e for e in events(text) if e["type"] == typ][-1]["date"] == date_


def test_came_a_day_after_dates_what_follows_after():
    evs = events("On Friday, the European Union imposed sanctions on Russia. The move came two days "
                 "after Poland said Russia was behind the cyberattack on its railways.")
    assert one(evs, "Sanction")["date"] == "2022-09-09"
    att = one(evs, "Attribution")
    assert (att["actors"], att["targets"], att["date"]) == (["Poland"], ["Russia"], "2022-09-07")


def test_offset_before_a_dated_phrase_is_not_counted_from_the_anchor():
    # ("Two days after the July 5 attack": counted forward from July 5, not the narrative Friday)
    evs = events("On Friday, the European Union imposed sanctions on Russia. Two days after the "
                 "July 5 attack, Poland blamed Russia for the cyberattack on its railways.")
    assert one(evs, "Attribution")["date"] == "2022-07-07"


def test_same_day_mentions_merge_whatever_their_wording():
    """Two reports of one claim dated the same day by different words ("on Thursday", "hours
    earlier") are one event: dates compare by value, not by the text they were read from."""
    from dataclasses import replace

    from kg.extract.coref import same_event
    from kg.extract.temporal import time_value
    from kg.model import Event, Provenance

    day = time_value("2022-09-08")
    a = Event(id="a", type="Attribution", actors=["GBR"], targets=["RUS"], date=replace(day, text="on Thursday"),
              provenance=[Provenance("t", "s1", 0, 2)])
    b = Event(id="b", type="Attribution", actors=["GBR"], targets=["RUS"], date=replace(day, text="hours earlier"),
              provenance=[Provenance("t", "s2", 3, 5)])
    assert same_event(a, b, set)
    assert not same_event(a, replace(b, date=time_value("2022-09-07")), set)


# -- dates that carry over (narrative year, narrative day, the day of, headlines) -------------

def test_bare_date_takes_the_year_of_the_passage():
    """An explainer published years later: "On March 3" and "in the second half of April"
    are read in the year the passage tells of (carried from one paragraph to the next),
    not in the publication year."""
    text = ("Explainer: what the Moldova outage taught us\n\n"
            "What happened?\n\n"
            "In early 2012, Moldova's government closed a border crossing. Protests followed.\n\n"
            "What happened online?\n\n"
            "On March 3, hackers attacked the websites of Moldova's parliament.\n\n"
            "In the second half of April, Moldova took the worst-hit sites offline.")
    evs = events(text, date(2022, 3, 10))
    assert one(evs, "CyberAttack")["date"] == "2012-03-03"
    assert one(evs, "DefensiveMeasure")["date"] == "2012-04"


def test_bare_date_in_a_current_passage_reads_from_publication():
    """A year told in a relative clause ("the law it passed last year") sets no narrative
    year, and a passage about this year reads bare dates from publication."""
    text = ("Chile used the cyber law it adopted last year for the first time. "
            "In July, Chile imposed sanctions on Peru.\n\n"
            "On May 5 this year, Chile expelled two Peruvian diplomats. "
            "On June 2, Chile condemned Peru over the intrusion.")
    evs = events(text)
    assert one(evs, "Sanction")["date"] == "2022-07"
    assert one(evs, "Condemnation")["date"] == "2022-06-02"


def test_live_blog_entries_take_the_dated_heading():
    """Time-stamped entries under a dated heading happened that day, however many there are."""
    text = ("Live: Cyber tensions in the Baltics\n\n"
            "Tuesday 6 September\n\n"
            "09:10 Officials met in Vilnius to discuss the outage. The meeting lasted two hours.\n\n"
            "10:00 Talks continued. Reporters waited outside.\n\n"
            "11:30 The ministers left without comment.\n\n"
            "12:45 Lithuania's foreign minister condemned Russia over the outage.\n\n"
            "15:00 Moscow denied any involvement.")
    evs = events(text)
    assert one(evs, "Condemnation")["date"] == "2022-09-06"
    assert one(evs, "Denial")["date"] == "2022-09-06"


def test_narrative_day_holds_through_its_paragraph():
    """An undated claim later in a paragraph that opened with a day takes that day, even
    past the usual window of a few sentences; the next paragraph does not."""
    para = ("On 28 October 2019, Denmark's intelligence service briefed ministers. The briefing "
            "was long. Officials took notes. Several questions were asked. Aides waited. "
            "Later, Denmark's foreign minister condemned Belarus over the intrusion.")
    evs = events(para)
    assert one(evs, "Condemnation")["date"] == "2019-10-28"
    evs = events(para.replace("Later, Denmark", "Officials left.\n\nDenmark"))
    assert one(evs, "Condemnation")["date"] is None


def test_day_of_a_named_event():
    """"on the day of the operation" is the day of the operation told before."""
    text = ("On March 2, 2021, hackers attacked the network of Norway's parliament. "
            "In May, Norway imposed sanctions on China. "
            "Norway had expelled two Chinese diplomats on the day of the attack.")
    evs = events(text)
    assert one(evs, "CyberAttack")["date"] == "2021-03-02"
    assert one(evs, "Sanction")["date"] == "2021-05"
    assert one(evs, "ExpelDiplomats")["date"] == "2021-03-02"


def test_headline_event_merges_with_the_body_and_takes_its_date():
    """A headline that names the victim briefly ("Baltic Telecom") is the body's attack on
    Baltic Telecom Group, not a second undated attack; "The hack came to light on August 4"
    (no parties of its own) dates the article's attack."""
    text = ("Belarus denies hacking Baltic Telecom\n\n"
            "Belarus on Friday denied any part in the cyberattack on Baltic Telecom Group, the region's largest carrier.\n\n"
            "The hack came to light on August 4, when staff found their screens locked.")
    evs = events(text)
    attacks = of_type(evs, "CyberAttack")
    assert [(a["targets"], a["date"]) for a in attacks] == [(["Baltic Telecom Group"], "2022-08-04")]
    assert len(attacks[0]["sources"]) == 2
    assert one(evs, "Denial")["date"] == "2022-09-09"


def test_a_day_later_after_a_month_is_that_month_not_an_older_day():
    """"A day later" counts from the time of the sentence before ("In April"), coarse as it
    is, not from the last day told ("On Wednesday")."""
    text = ("On Wednesday, the two presidents met in Geneva. "
            "In April, the United States expelled 10 Russian diplomats. "
            "Moscow answered a day later by expelling 10 American diplomats.")
    got = sorted((e["actors"][0], e["date"]) for e in of_type(events(text, date(2021, 6, 19)), "ExpelDiplomats"))
    assert got == [("Russia", "2021-04"), ("United States", "2021-04")]


def test_a_company_is_known_by_its_suffix_and_its_name_without_it():
    """NER calls "Reno Silver Resorts Corp." a place; its suffix makes it a company, the
    headline's "Reno Silver Resorts" is that company, and so is "the company" later."""
    text = ("Spy chief names Iran in cyberattack on Reno Silver Resorts\n\n"
            "A year after hackers wiped thousands of computers at Reno Silver Resorts Corp., the nation's top "
            "intelligence official named Iran. Within days of the attack, the company took its websites offline.")
    evs = events(text, date(2015, 2, 27))
    assert one(evs, "CyberAttack")["targets"] == ["Reno Silver Resorts Corp"]
    assert one(evs, "DefensiveMeasure")["actors"] == ["Reno Silver Resorts Corp"]


def test_a_body_keeps_the_fuller_names_the_text_gives_it_as_aliases():
    """Gold files list the forms an article uses: "Iran's mission to the United Nations",
    "the Russian embassy in Oslo", "Ukraine's Ministry of Digital Transformation"."""
    text = ("The Russian embassy in Oslo denied it on Tuesday. Iran's mission to the United Nations said nothing. "
            "Ukraine's Ministry of Digital Transformation said sites were down.")
    aliases = {e["name"]: e.get("aliases", []) for e in read(text).to_events_json()["entities"]}
    assert "Russian embassy in Oslo" in aliases["embassy"]
    assert "Iran's mission to the United Nations" in aliases["mission"]
    assert "Ukraine's Ministry of Digital Transformation" in aliases["Ministry of Digital Transformation"]


def test_a_place_with_a_suffix_like_word_stays_a_place_and_a_seat_takes_only_its_own_name():
    """"the West Bank" is no company for its "Bank"; "Brussels" standing for the EU gives the
    EU the alias "Brussels", not Belgium's names."""
    ents = {e["name"]: e for e in read("Rebels raided towns in the West Bank on Monday. After Berlin, also Brussels "
                                       "points the finger at Moscow. The European Union on Friday blamed Russia for "
                                       "the campaign.").to_events_json()["entities"]}
    assert ents["West Bank"]["type"] != "Organization"
    assert "Brussels" in ents["European Union"]["aliases"]
    assert not {"Belgium", "Kingdom of Belgium"} & set(ents["European Union"]["aliases"])


def test_a_numbered_unit_is_its_owners_whichever_mention_names_the_owner():
    """"Unit 74455 was blamed ... the GRU's Unit 74455": the unit acts for Russia, though its
    first mention names no owner."""
    ents = {e["name"]: e for e in read("Unit 74455 was blamed for the attack. On Monday, prosecutors charged "
                                       "officers of the GRU's Unit 74455.").to_events_json()["entities"]}
    assert ents["Unit 74455"]["type"] == "GovernmentBody"


def test_a_headline_under_a_masthead_is_found_by_the_title_and_dated_by_the_lead():
    """A scraped page opens with a masthead and a breadcrumb; the headline is the title's line.
    Its present tense ("Belarus rejects ...") is told of the lead's news day, Tuesday, when the
    body tells the rejection in no words of its own."""
    text = ("DAILY OBSERVER\nHome > World > Europe\n\n"
            "Belarus rejects claims over hack of Baltic Telecom\n\n"
            "A spokesman for the foreign ministry in Minsk spoke to reporters on Tuesday about the "
            "breach of Baltic Telecom Group's network.\n\n"
            "He said that the government had no knowledge of the operation.")
    art = article_from_text(text, "t", PUB, title="Belarus rejects claims over hack of Baltic Telecom")
    denial = one(extract(art).to_events_json()["events"], "Denial")
    assert (denial["actors"], denial["date"]) == (["Belarus"], "2022-09-06")
    # without the title, the masthead is taken for the headline: the denial stays undated
    assert one(events(text), "Denial")["date"] is None
    # a headline long enough to be read as a paragraph of its own still has the lead below it
    long_title = ("Belarus firmly rejects the claims made by Estonia and Latvia over the hack of the Baltic "
                  "Telecom network and its billing systems")
    long_text = text.replace("Belarus rejects claims over hack of Baltic Telecom", long_title)
    art = article_from_text(long_text, "t", PUB, title=long_title)
    assert one(extract(art).to_events_json()["events"], "Denial")["date"] == "2022-09-06"


# -- session 6: dated headers, habits -----------------------------------------------------------

def test_today_in_a_quoted_press_release_is_its_header_date():
    """An article published on Saturday quotes Thursday's release: its "today" is Thursday."""
    text = ("We publish the Treasury's release in full.\n\n"
            "FOR IMMEDIATE RELEASE          Thursday, September 8, 2022\n\n"
            "The Treasury today sanctioned Iran's Ministry of Intelligence and Security.\n\n"
            "ANALYSIS\n\nBy A. Writer | Saturday 10 September 2022\n\n"
            "Today Albania expelled Iranian diplomats.")
    got = sorted((e["type"], e["date"]) for e in events(text))
    assert got == [("ExpelDiplomats", "2022-09-10"), ("Sanction", "2022-09-08")]


def test_a_sentence_with_a_date_is_no_header():
    text = ("On Thursday, September 8, 2022, the talks ended.\n\n"
            "The Treasury today sanctioned Iran's Ministry of Intelligence and Security.")
    assert [(e["type"], e["date"]) for e in events(text)] == [("Sanction", "2022-09-10")]


@pytest.mark.parametrize("text, kept", [
    ("Moscow routinely dismisses Western accusations of hacking as Russophobia.", False),
    ("Researchers say APT31 typically targets governments in Europe.", False),
    ("Moscow dismissed the accusations of hacking as Russophobia on Friday.", True),
])
def test_a_habit_is_no_event(text, kept):
    assert bool(events(text)) == kept


def test_initials_in_capitals_name_the_organisation_spelled_out_later():
    rep = read("HSE shuts down its systems after ransomware attack\n\n"
               "The Health Service Executive said on Friday that hackers had attacked its network.")
    names = {e.name: e for e in rep.entities.values() if e.type in ("Organization", "GovernmentBody")}
    assert "HSE" not in names
    assert "HSE" in names["Health Service Executive"].aliases
    assert {e.name for e in rep.entities.values() if e.type in ("Organization", "GovernmentBody")} == {
        "Health Service Executive"}


def test_a_malware_name_that_begins_a_longer_name_is_not_the_malware():
    rep = read("Hackers crippled Royal Mail's export services in January. The Conti Ransomware gang hit the HSE.")
    kinds = {e.name: e.type for e in rep.entities.values()}
    assert "Royal" not in kinds
    assert kinds.get("Conti") == "Malware"


def test_a_description_with_a_name_beside_it_is_that_name():
    """"The then foreign secretary, Jeremy Hunt": not also the last person named before."""
    evs = events("Ivan Sokolov, a hacker, was charged in March. The then foreign secretary, Jeremy Hunt, "
                 "called the GRU's actions reckless.")
    assert one(evs, "Condemnation")["actors"] == ["Jeremy Hunt"]


@pytest.mark.parametrize("before, year", [
    ("Researchers described a campaign, active since 2017, against news sites.", "2022"),
    ("Researchers described the campaign last year.", "2022"),
    ("Researchers described intrusions between the summer of 2018 and the autumn of 2019.", "2022"),
    ("In 2017, researchers described a campaign against news sites.", "2017"),
])
def test_which_earlier_year_the_next_paragraph_tells_of(before, year):
    """A year in digits carries into the next paragraph ("In 2017, ... On April 27"); an
    extent ("since 2017", "between ... and ...") or a relative year ("last year") does not."""
    evs = events(f"{before}\n\nIn June, hackers broke into the mailbox of Poland's prime minister.")
    assert one(evs, "CyberAttack")["date"] == f"{year}-06"


def test_a_coordinated_name_read_as_an_organisation_is_a_person_wherever_the_parse_hangs_it():
    rep = read("Ivan Sokolov and Pavel Orlov were charged with hacking by the Justice Department on Monday. "
               "Orlov denied it.")
    kinds = {e.name: e.type for e in rep.entities.values()}
    assert kinds["Pavel Orlov"] == "Person" and "Orlov" not in kinds


def test_an_old_date_on_a_heading_line_is_no_release_date():
    text = ("The NotPetya outbreak, June 27, 2017\n\n"
            "The Treasury today sanctioned Iran's Ministry of Intelligence and Security.")
    assert [(e["type"], e["date"]) for e in events(text)] == [("Sanction", "2022-09-10")]


@pytest.mark.parametrize("data, error", [
    ('{"_lists": {"a": ["x"]}, "k": "@b"}', "no list '@b'"),
    ('{"_lists": {"a": ["x"]}, "k": ["@a", "@b"]}', "no list '@b'"),
])
def test_language_data_list_names_resolve_or_fail(tmp_path, monkeypatch, data, error):
    """A "@name" in the language data is a list written once; one that cannot be expanded is an error."""
    from kg.extract import lexicon

    (tmp_path / "probe.json").write_text(data, encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.load.cache_clear()
    try:
        with pytest.raises(ValueError, match=error):
            lexicon.load("probe")
    finally:
        lexicon.load.cache_clear()


def test_language_data_list_names_in_a_list_are_joined(tmp_path, monkeypatch):
    """["@a", "@b", "z"] is the two lists and the word, in that order."""
    from kg.extract import lexicon

    (tmp_path / "probe.json").write_text('{"_lists": {"a": ["x"], "b": ["y"]}, "k": {"head": ["@a", "@b", "z"]}}',
                                         encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.load.cache_clear()
    try:
        assert lexicon.load("probe")["k"] == {"head": ["x", "y", "z"]}
    finally:
        lexicon.load.cache_clear()


def test_a_group_name_taken_for_a_person_is_the_group():
    """A heading's "KILLNET", which the NER may take for a person, is the group the body names."""
    from kg.extract.entities import EntityIndex
    from kg.model import Entity
    from kg.nlp.pipeline import get_nlp

    doc = get_nlp()("Killnet hit Lithuanian websites on Monday. Killnet is a pro-Russian group. KILLNET RETURNS")
    ix = EntityIndex(doc, scope="t")
    group = next(k for k, e in ix.entities.items() if e.type == "ThreatActor")
    heading = [t for t in doc if t.text == "KILLNET"]
    ix.token_key.pop(heading[0].i, None)
    ix._add(Entity(key="person-killnet", name="KILLNET", type="Person"), "KILLNET", heading)
    ix._unify_names()
    assert ix.token_key[heading[0].i] == group and ix.entities[group].name == "Killnet"
    assert "person-killnet" not in ix.entities and "KILLNET" in ix.entities[group].aliases


def test_a_sanctions_list_entry_names_the_person_designated_and_its_birth_date_dates_nothing():
    text = ("Britain and the US named Dmitry Khoroshev as the leader of LockBit on Tuesday. The Treasury's Office of "
            "Foreign Assets Control designated the following individuals:\n\n"
            "KHOROSHEV, Dmitry Yuryevich (a.k.a. LOCKBITSUPP), Voronezh, Russia; DOB 17 Apr 1993; nationality Russia.\n\n"
            "SUNGATOV, Artur Ravilevich, Russia; DOB 1993; nationality Russia.\n\n"
            "Khoroshev denied the accusation.")
    evs = events(text, published=date(2024, 5, 8))
    sanction = one(evs, "Sanction")
    assert sanction["targets"] == ["Dmitry Yuryevich Khoroshev", "Artur Ravilevich Sungatov"]
    assert sanction["date"] == "2024-05-07"
    denial = one(evs, "Denial")  # "Khoroshev" is the person of the entry; "DOB 17 Apr 1993" dates nothing
    assert denial["actors"] == ["Dmitry Yuryevich Khoroshev"] and denial["date"] != "1993-04-17"
    # a line with a surname in capitals but no particulars is no entry
    assert not [e for e in read("NATO, Brussels said the summit went well.").entities.values() if e.type == "Person"]


def _doc_with_entities(text: str, spans: list[tuple[str, str]]):
    """A parsed doc whose entities are set by hand to ``spans`` ((surface text, label)), as a
    model might have cut them."""
    from spacy.tokens import Span

    from kg.nlp.pipeline import get_nlp

    doc = get_nlp()(text)
    ents = []
    for surface, label in spans:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = ents
    return doc


def test_a_surname_particle_keeps_the_person_whole():
    # "Aino van der" + "Berg": a person's name goes on through the name after its lower-case particle
    from kg.nlp.pipeline import entity_edges

    doc = entity_edges(_doc_with_entities("Aino van der Berg spoke to Ivan Sokolov.", [
        ("Aino van der", "PERSON"), ("Berg", "GPE"), ("Ivan Sokolov", "PERSON")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Aino van der Berg", "PERSON"), ("Ivan Sokolov", "PERSON")]


def test_two_names_joined_by_and_are_two_organisations():
    from kg.extract.entities import EntityIndex

    doc = _doc_with_entities("Kestrix Lab and Fabrikam Now found the spyware; so did the Bureau of Health and "
                             "Human Services.", [("Kestrix Lab and Fabrikam Now", "ORG"),
                                                 ("Bureau of Health and Human Services", "ORG")])
    names = {e.name for e in EntityIndex(doc, scope="t").entities.values()}
    assert {"Kestrix Lab", "Fabrikam Now", "Bureau of Health and Human Services"} <= names
    assert "Kestrix Lab and Fabrikam Now" not in names


def test_a_name_by_its_form_its_employer_and_a_town_before_its_state():
    from kg.extract.entities import EntityIndex

    text = ("Ivan T. Sokolov III, a contractor employed by Kestrix Fabrikam, was arrested on 3 May 2016 at his home "
            "in Silver Spring, Maryland.")
    doc = _doc_with_entities(text, [("Ivan T. Sokolov III", "PERSON"), ("Kestrix Fabrikam", "PERSON"),
                                    ("Silver Spring", "PERSON"), ("Maryland", "GPE")])
    types = {e.name: e.type for e in EntityIndex(doc, scope="t").entities.values()}
    # (a middle initial and a suffix make a man, though "a contractor" may be a firm; whom a
    # contractor is employed by is a firm; a name before ", Maryland" is a town)
    assert types["Ivan T. Sokolov III"] == "Person"
    assert types["Kestrix Fabrikam"] == "Organization"
    assert types.get("Silver Spring", "Other") != "Person"


def test_an_email_is_one_word_and_a_name_ends_at_a_column_gap():
    """"e-mail" stays one token (split in three it leaves the parser no object), and a name
    ends where a run of spaces starts the next column of a signature line."""
    from kg.nlp.pipeline import get_nlp

    doc = get_nlp()("She received an e-mail from Contoso. E-mails followed.\n"
                    "Signed: Ivan Sokolov, Managing Director, Kestrix Systems B.V.        Date: 12/09/2023")
    assert [t.text for t in doc[:6]] == ["She", "received", "an", "e-mail", "from", "Contoso"]
    assert next(t for t in doc if t.text == "e-mail").dep_ == "dobj"
    assert "E-mails" in [t.text for t in doc]
    assert ("Kestrix Systems B.V.", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_a_firm_name_cut_at_its_ampersand_is_rejoined():
    from kg.extract.entities import EntityIndex

    # (NER may stop at the ampersand of a letterhead in capitals; the capitalised words after it,
    # on the same line, are the rest of the name, but not the words of the next line)
    doc = _doc_with_entities("HALBERD & FINCH ACADEMIC\nLondon\n\nKestrix\n& Partners left.",
                             [("HALBERD", "ORG"), ("Kestrix", "ORG")])
    names = {e.name for e in EntityIndex(doc, scope="t").entities.values()}
    assert "HALBERD & FINCH ACADEMIC" in names and "HALBERD" not in names
    assert "Kestrix" in names and not any(n.startswith("Kestrix &") for n in names)


def test_a_heading_word_in_capitals_is_no_organisation():
    from kg.extract.entities import EntityIndex

    # ("GUILD NEWS" over a guild's news: the common noun of a heading, whatever NER says)
    doc = _doc_with_entities("GUILD NEWS\nThe Kestrix Weavers meet on Fridays. SOCIETY notices follow.",
                             [("GUILD", "ORG"), ("Kestrix Weavers", "ORG"), ("SOCIETY", "ORG")])
    names = {e.name for e in EntityIndex(doc, scope="t").entities.values()}
    assert "Kestrix Weavers" in names
    assert not names & {"GUILD", "SOCIETY", "Guild", "Society"}
