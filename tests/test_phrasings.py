"""How news phrases each event: a table of short invented sentences and the exact events they hold.

Every sentence is written for this table (none is taken from the seed, the dev set or the
incident articles); countries, agencies and dates vary on purpose. Each row lists every
event the text should yield as (type, actors, targets, date), actors and targets by their
canonical names (a body or person is listed with the state it acts for, as in the gold
files); a negated or hypothetical act yields nothing. Publication date of all rows:
Saturday 18 May 2024 ("on Tuesday" is 2024-05-14).

Annotation rules followed (eval/ANNOTATING.md): an Attribution needs a named claimant
("Latvian officials" name Latvia; a bare "Officials" names nobody); an alleged perpetrator
without a claimant goes into the CyberAttack's actors; a CyberAttack needs a victim.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.model import Article

PUB = date(2024, 5, 18)  # a Saturday


def read(text: str, published=None):
    # Article(...) directly: the loader's English-text check is for files, not for one-liners
    return extract(Article(id="t", text=text, published=date.fromisoformat(published) if published else PUB))


def got(text: str) -> list[tuple]:
    evs = read(text).to_events_json()["events"]
    return sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs)


def ev(typ: str, actors=(), targets=(), d=None) -> tuple:
    return (typ, tuple(sorted(actors)), tuple(sorted(targets)), d)


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


RUS, GRU = "Russia", "GRU (Russian Federation)"

CASES = [
    # -- Attribution -------------------------------------------------------------------------
    pytest.param("Poland pinned the blame on Belarus for the cyberattack on its railway signalling system.",
                 [ev("Attribution", ["Poland"], ["Belarus"]), ev("CyberAttack", [], ["Poland"])],
                 id="attr-pinned-the-blame-on"),
    # the "on" phrase after "the blame for a cyberattack" is the accused, not the victim
    pytest.param("Finland pinned the blame for a cyberattack on Russian military hackers.",
                 [ev("Attribution", ["Finland"], [RUS])],
                 id="attr-pinned-the-blame-for-x-on-y"),
    pytest.param("On Tuesday, Finland pinned the blame for a cyberattack on its parliament on Russian hackers.",
                 [ev("Attribution", ["Finland"], [RUS], "2024-05-14"),
                  ev("CyberAttack", [], ["parliament", "Finland"])],
                 id="attr-pinned-the-blame-for-attack-on-victim-on-accused"),
    pytest.param("Denmark blamed the cyberattack on its energy agency on Russia.",
                 [ev("Attribution", ["Denmark"], [RUS]), ev("CyberAttack", [], ["energy agency", "Denmark"])],
                 id="attr-blamed-the-attack-on-victim-on-accused"),
    pytest.param("Canada formally accused China of hacking its National Research Council.",
                 [ev("Attribution", ["Canada"], ["China"]),
                  ev("CyberAttack", ["China"], ["National Research Council", "Canada"])],
                 id="attr-formally-accused"),
    pytest.param("The Czech government said China was behind the cyberattack on its foreign ministry.",
                 [ev("Attribution", ["Czech Republic"], ["China"]),
                  ev("CyberAttack", [], ["foreign ministry", "Czech Republic"])],
                 id="attr-said-it-was-behind"),
    # "it" is the sayer: a claim of responsibility, the claimant blaming itself (as the gold reads
    # "Conti claimed responsibility", and the claimed attack is the claimant's); "pro-Russian" names no state
    pytest.param("The pro-Russian group Killnet said it was behind the DDoS attack on Lithuania's government websites.",
                 [ev("Attribution", ["Killnet"], ["Killnet"]), ev("CyberAttack", ["Killnet"], ["Lithuania"])],
                 id="attr-group-said-it-was-behind"),
    pytest.param("On Wednesday, the Russian-speaking LockBit gang claimed responsibility for the ransomware attack "
                 "on Taiwan's health ministry.",
                 [ev("Attribution", ["LockBit"], ["LockBit"], "2024-05-15"),
                  ev("CyberAttack", ["LockBit"], ["health ministry", "Taiwan"])],
                 id="attr-claimed-responsibility"),
    pytest.param("Moscow said it was not behind the cyberattack on Estonia's parliament.",
                 [ev("Denial", [RUS]), ev("CyberAttack", [], ["parliament", "Estonia"])],
                 id="denial-said-it-was-not-behind"),
    # the date after the accused ("to Iranian hackers on Tuesday") dates the attribution only
    pytest.param("Sweden attributed the attack on its parliament to Iranian hackers on Tuesday.",
                 [ev("Attribution", ["Sweden"], ["Iran"], "2024-05-14"),
                  ev("CyberAttack", [], ["parliament", "Sweden"])],
                 id="attr-attributed-the-attack-to"),
    pytest.param("The hack of Norway's parliament was blamed on China by the Norwegian government.",
                 [ev("Attribution", ["Norway"], ["China"]), ev("CyberAttack", [], ["parliament", "Norway"])],
                 id="attr-passive-was-blamed-on-by"),
    # no claimant: no Attribution; the alleged perpetrator goes into the attack
    pytest.param("The attack on Albania's parliament was blamed on Iranian state hackers.",
                 [ev("CyberAttack", ["Iran"], ["parliament", "Albania"])],
                 id="attr-passive-blamed-on-without-claimant"),
    pytest.param("Cyberattacks on South Korean banks were attributed to North Korea by Seoul.",
                 [ev("Attribution", ["South Korea"], ["North Korea"]), ev("CyberAttack", [], ["South Korea", "South Korean banks"])],
                 id="attr-passive-were-attributed-to"),
    pytest.param("The attribution of the attack to Iran by Israeli officials came on Monday.",
                 [ev("Attribution", ["Israel"], ["Iran"], "2024-05-13")],
                 id="attr-nominal-attribution-of-to-by"),
    pytest.param("Germany, France and Italy blamed Russia for the cyberattack on the Ukrainian satellite network.",
                 [ev("Attribution", ["Germany"], [RUS]), ev("Attribution", ["France"], [RUS]),
                  ev("Attribution", ["Italy"], [RUS]), ev("CyberAttack", [], ["Ukraine"])],
                 id="attr-coordinated-claimants"),
    pytest.param("Latvian officials said the intrusion into the network of Latvia's revenue service was "
                 "carried out by the GRU.",
                 [ev("Attribution", ["Latvia"], [GRU, RUS]),
                  ev("CyberAttack", [GRU, RUS], ["revenue service", "Latvia"])],
                 id="attr-officials-of-a-state-said-carried-out-by"),
    # bare "Officials" name no claimant; "the intrusion" is the attack told just before
    pytest.param("Hackers broke into the network of Lithuania's tax inspectorate on Monday. "
                 "Officials said the intrusion was carried out by the GRU.",
                 [ev("CyberAttack", [GRU, RUS], ["Lithuania"], "2024-05-13")],
                 id="attr-unnamed-officials-said-carried-out-by"),

    # -- Sanction ----------------------------------------------------------------------------
    pytest.param("Washington slapped sanctions on two Iranian oil firms on Thursday.",
                 [ev("Sanction", ["United States"], ["Iran"], "2024-05-16")],
                 id="sanction-slapped-sanctions-on"),
    pytest.param("The Treasury blacklisted three North Korean hackers.",
                 [ev("Sanction", ["United States Department of the Treasury", "United States"], ["North Korea", "three North Korean hackers"])],
                 id="sanction-blacklisted"),
    pytest.param("Britain froze the assets of four Russian intelligence officers.",
                 [ev("Sanction", ["United Kingdom"], [RUS])],
                 id="sanction-froze-the-assets-of"),
    # "over the hack of X" is the reason, not a second target
    pytest.param("The European Union imposed sanctions on six Russian military officers over the hack of "
                 "the German parliament.",
                 [ev("Sanction", ["European Union"], [RUS, "six Russian military officers"]),
                  ev("CyberAttack", [], ["parliament", "Germany"])],
                 id="sanction-imposed-sanctions-on-over"),
    pytest.param("Two Chinese companies were sanctioned by Japan on Friday.",
                 [ev("Sanction", ["Japan"], ["China"], "2024-05-17")],
                 id="sanction-passive-were-sanctioned-by"),

    # -- ExpelDiplomats ----------------------------------------------------------------------
    pytest.param("Lithuania kicked out three Russian diplomats.",
                 [ev("ExpelDiplomats", ["Lithuania"], [RUS])],
                 id="expel-kicked-out"),
    pytest.param("Slovakia declared two Belarusian diplomats persona non grata on Wednesday.",
                 [ev("ExpelDiplomats", ["Slovakia"], ["Belarus"], "2024-05-15")],
                 id="expel-declared-persona-non-grata"),
    pytest.param("Albania ordered four Iranian diplomats to leave within 72 hours.",
                 [ev("ExpelDiplomats", ["Albania"], ["Iran"])],
                 id="expel-ordered-to-leave-within"),
    pytest.param("Four Iranian diplomats were ordered to leave Albania within 72 hours.",
                 [ev("ExpelDiplomats", ["Albania"], ["Iran"])],
                 id="expel-passive-were-ordered-to-leave"),
    pytest.param("The Czech government announced the expulsion of two Chinese diplomats.",
                 [ev("ExpelDiplomats", ["Czech Republic"], ["China"])],
                 id="expel-the-expulsion-of"),

    # -- LegalAction -------------------------------------------------------------------------
    pytest.param("US prosecutors unsealed an indictment against two Iranian nationals on Tuesday.",
                 [ev("LegalAction", ["prosecutors", "United States"], ["Iran", "two Iranian nationals"], "2024-05-14")],
                 id="legal-unsealed-an-indictment-against"),
    pytest.param("German prosecutors charged a Chinese national with espionage.",
                 [ev("LegalAction", ["prosecutors", "Germany"], ["China", "Chinese national"])],
                 id="legal-charged"),
    pytest.param("South Korea indicted two North Korean hackers in March.",
                 [ev("LegalAction", ["South Korea"], ["North Korea", "two North Korean hackers"], "2024-03")],
                 id="legal-indicted"),
    pytest.param("Ukraine issued arrest warrants for four Russian military hackers.",
                 [ev("LegalAction", ["Ukraine"], [RUS, "four Russian military hackers"])],
                 id="legal-issued-arrest-warrants-for"),

    # -- DefensiveMeasure --------------------------------------------------------------------
    pytest.param("Ecuador took its tax systems offline on Monday.",
                 [ev("DefensiveMeasure", ["Ecuador"], [], "2024-05-13")],
                 id="defence-took-its-systems-offline"),
    pytest.param("Costa Rica declared a state of emergency after the attack.",
                 [ev("DefensiveMeasure", ["Costa Rica"], [])],
                 id="defence-declared-a-state-of-emergency"),
    pytest.param("The Indonesian health ministry shut down its networks as a precaution.",
                 [ev("DefensiveMeasure", ["health ministry", "Indonesia"], [])],
                 id="defence-shut-down-its-networks"),
    pytest.param("In October 2020, Microsoft and a coalition of security companies cut off much of Trickbot's server infrastructure.",
                 [ev("DefensiveMeasure", ["Microsoft"], [], "2020-10")], id="defence-cut-off-server-infrastructure"),
    # "It took X several days to ...": X does it
    pytest.param("It took Iran's oil ministry several days to reconnect the stations to the central system after the cyberattack.",
                 [ev("DefensiveMeasure", ["oil ministry", "Iran"]), ev("CyberAttack", [], ["oil ministry", "Iran"])],
                 id="defence-it-took-x-days-to-reconnect"),
    pytest.param("After the hack, KHNP stepped up security at the country's 23 reactors.",
                 [ev("DefensiveMeasure", ["KHNP"]), ev("CyberAttack", [], ["KHNP"])], id="defence-stepped-up-security"),
    # a passive without agent: the owner of what was taken offline took it offline
    pytest.param("On Monday, the Bundestag's entire IT system was taken offline so that it could be rebuilt.",
                 [ev("DefensiveMeasure", ["Bundestag", "Germany"], [], "2024-05-13")], id="defence-passive-owner-acts"),
    # "the hospital" recalls the body whose name has the noun; "the hospital in X" is another one
    pytest.param("Ransomware paralysed Ostrava Regional Hospital on Tuesday. That morning the hospital shut down its computers.",
                 [ev("CyberAttack", [], ["Ostrava Regional Hospital"], "2024-05-14"),
                  ev("DefensiveMeasure", ["Ostrava Regional Hospital"], [], "2024-05-14")],
                 id="defence-the-hospital-recalls-the-named-hospital"),
    pytest.param("After ransomware hit Ostrava Regional Hospital on Tuesday, the hospital postponed planned operations "
                 "and diverted ambulances to other hospitals.",
                 [ev("DefensiveMeasure", ["Ostrava Regional Hospital"], [], "2024-05-14"),
                  ev("CyberAttack", [], ["Ostrava Regional Hospital"], "2024-05-14")],
                 id="defence-postponed-operations-diverted-ambulances"),
    pytest.param("On Thursday, Ivanti released patches for the two flaws the hackers had exploited.",
                 [ev("DefensiveMeasure", ["Ivanti"], [], "2024-05-16")], id="defence-released-patches"),
    # an NER span run on over a comma into the sayer ("the Ministry of Defence, Shapps said") is cut
    pytest.param("The payroll system had been taken offline by the Ministry of Defence, Healey said on Tuesday.",
                 [ev("DefensiveMeasure", ["Ministry of Defence"], [], "2024-05-14")],
                 id="defence-ner-span-cut-before-the-sayer"),
    # "the authorities", placed nowhere: the state the passage is about (its last subject)
    pytest.param("Montenegro said on Monday that hackers had crippled its government portal. The authorities shut "
                 "down computer systems at border posts, the statement said.",
                 [ev("CyberAttack", [], ["Montenegro"]), ev("DefensiveMeasure", ["Montenegro"], [], "2024-05-13")],
                 id="defence-the-authorities-are-the-passages-state"),
    # "the agencies" recalls the bodies named in the sentence before
    pytest.param("The operation was led by the National Crime Agency with the FBI. In March, the agencies took the "
                 "botnet's servers offline.",
                 [ev("DefensiveMeasure", ["National Crime Agency", "Federal Bureau of Investigation", "United Kingdom",
                                          "United States"], [], "2024-03")],
                 id="defence-the-agencies-recall-the-bodies-named-before"),
    # "took steps / measures" only with a protective aim
    pytest.param("After the breach, the Department of Energy said on Thursday it had taken immediate steps to prevent "
                 "further exposure.",
                 [ev("DefensiveMeasure", ["United States Department of Energy", "United States"], [], "2024-05-16"),
                  ev("CyberAttack", [], ["United States Department of Energy", "United States"])],
                 id="defence-took-steps-to-prevent"),
    pytest.param("After the hack, Britain took steps towards a trade deal with Japan.", [],
                 id="no-defence-steps-towards-a-deal"),
    # a vendor urging its customers to uninstall, update or reset: its measure
    pytest.param("After the hack, Microsoft urged customers on Friday to reset their passwords.",
                 [ev("DefensiveMeasure", ["Microsoft"], [], "2024-05-17"), ev("CyberAttack", [], ["Microsoft"])],
                 id="defence-urged-customers-to-reset"),
    pytest.param("After the hack, the minister urged the government to update its laws.", [],
                 id="no-defence-urged-the-government-to-update-laws"),
    pytest.param("Estonia raised its cyber alert level on Friday.",
                 [ev("DefensiveMeasure", ["Estonia"], [], "2024-05-17")],
                 id="defence-raised-its-cyber-alert-level"),

    # -- Denial ------------------------------------------------------------------------------
    pytest.param("Beijing rejected the claims as baseless.",
                 [ev("Denial", ["China"])], id="denial-rejected-the-claims-as-baseless"),
    # rejecting an indictment denies its charges; "brushed aside any suggestion"; a relative
    # clause whose object is the noun it hangs on ("an accusation Iran firmly rejected")
    pytest.param("Beijing on Tuesday firmly rejected the US indictment of two Chinese officers.",
                 [ev("Denial", ["China"], [], "2024-05-14")], id="denial-rejected-the-indictment"),
    pytest.param("Lavrov brushed aside any suggestion that Moscow was to blame.",
                 [ev("Denial", ["Lavrov"])], id="denial-brushed-aside-any-suggestion"),
    pytest.param("Canada accused Iran of the hacking, an accusation Iran firmly rejected.",
                 [ev("Attribution", ["Canada"], ["Iran"]), ev("Denial", ["Iran"])],
                 id="denial-relative-clause-an-accusation-x-rejected"),
    pytest.param("Moscow dismissed the accusations as unfounded on Thursday.",
                 [ev("Denial", [RUS], [], "2024-05-16")], id="denial-dismissed-as-unfounded"),
    pytest.param("Pyongyang denied any involvement in the attack.",
                 [ev("Denial", ["North Korea"])], id="denial-denied-any-involvement"),

    # -- CyberAttack -------------------------------------------------------------------------
    # a headline before it: "Hackers" opening a sentence is parsed as a proper noun
    pytest.param("What we know so far\n\nHackers attacked the Latvian State Revenue Service on March 4, 2024.",
                 [ev("CyberAttack", [], ["State Revenue Service", "Latvia"], "2024-03-04")],
                 id="attack-hackers-attacked-x-on-date"),
    pytest.param("A hacker group knocked the website of Denmark's central bank offline on March 4.",
                 [ev("CyberAttack", [], ["Denmark", "central bank"], "2024-03-04")],
                 id="attack-knocked-the-website-offline"),
    # taken offline by attackers is an attack, not a defensive measure
    pytest.param("A hacker group took the websites of several Lithuanian airports offline on Monday.",
                 [ev("CyberAttack", [], ["Lithuania", "several Lithuanian airports"], "2024-05-13")],
                 id="attack-hackers-took-websites-offline"),
    pytest.param("A ransomware attack crippled Ireland's Health Service Executive in May.",
                 [ev("CyberAttack", [], ["Health Service Executive", "Ireland"], "2024-05")],
                 id="attack-ransomware-attack-crippled"),
    pytest.param("Montenegro was hit by a cyberattack on Friday.",
                 [ev("CyberAttack", [], ["Montenegro"], "2024-05-17")],
                 id="attack-was-hit-by-a-cyberattack"),
    pytest.param("A DDoS attack on the Czech stock exchange disrupted trading.",
                 [ev("CyberAttack", [], ["Czech Republic"])],
                 id="attack-a-ddos-attack-on"),

    # -- modality ----------------------------------------------------------------------------
    pytest.param("No new sanctions against North Korea were announced on Monday.", [],
                 id="modality-no-sanctions-were-announced"),
    pytest.param("Iran could face sanctions over the attack.", [], id="modality-could-face-sanctions"),
    pytest.param("Poland threatened to expel Russian diplomats.", [], id="modality-threatened-to-expel"),
    pytest.param("If confirmed, the attack on Greece's power grid would be the largest in the country's history.",
                 [], id="modality-if-confirmed-would"),
    pytest.param("The worm, allegedly created by Russia, infected the computers of Ukraine's railway operator.",
                 [ev("CyberAttack", [RUS], ["Ukraine"])],
                 id="modality-allegedly-created-by"),
    pytest.param("The worm, allegedly created by Russia, infected computers at Ukraine's railway operator.",
                 [ev("CyberAttack", [RUS], ["Ukraine"])],
                 marks=xfail("en_core_web_sm tags 'infected' here as an adjective on 'computers' (VBN amod) "
                             "and makes 'computers' a conjunct of 'worm': the sentence has no verb to trigger"),
                 id="modality-allegedly-created-by-parse-without-verb"),

    # -- heldout error classes (invented sentences) --------------------------------------------
    # headlines: an abbreviation keeps its full stop; "hits X with sanctions" is no attack
    pytest.param("U.S. charges two Iranian hackers\n\nU.S. prosecutors charged two Iranian hackers on Tuesday.",
                 [ev("LegalAction", ["United States", "prosecutors"], ["Iran", "two Iranian hackers"], "2024-05-14")],
                 id="headline-abbreviation-keeps-full-stop"),
    pytest.param("Canada hits Iranian hackers with sanctions", [],
                 id="headline-hits-with-sanctions-is-no-attack"),
    # a physical attack noun in a cyber story is no cyberattack
    pytest.param("Hackers hit Norway's parliament with ransomware on Monday. The malware encrypted its servers. "
                 "Police were also investigating the nerve agent attack on a defector in Oslo.",
                 [ev("CyberAttack", [], ["Norway", "parliament"], "2024-05-13")],
                 id="attack-nerve-agent-attack-is-physical"),
    # an attempted attack is an attack; "to" marks an aim only after an attack word
    pytest.param("Russian agents tried to hack into the network of Sweden's foreign ministry in March.",
                 [ev("CyberAttack", [RUS], ["Sweden", "foreign ministry"], "2024-03")],
                 id="attack-tried-to-hack-into"),
    # ... but conjoined aims of an attack ("to paralyze X and hack Y") are no attacks of their own
    pytest.param("Hackers launched a cyberattack on Greece's parliament to disrupt its website and steal data from "
                 "its servers.",
                 [ev("CyberAttack", [], ["Greece", "parliament"])],
                 id="attack-conjoined-aims-are-no-attacks"),
    pytest.param("Chinese hackers stole data from the Indian defence ministry in 2021.",
                 [ev("CyberAttack", ["China"], ["India", "defence ministry"], "2021")],
                 id="attack-stole-data-from"),
    # the victims of an attack include where they are ("networks in Guam"); a reported attack
    # with an author is the sayer's attribution
    pytest.param("Chinese hackers had been burrowing into power grid networks in Guam, Japan said.",
                 [ev("Attribution", ["Japan"], ["China"]), ev("CyberAttack", ["China"], ["Guam"])],
                 id="attack-burrowing-into-networks-in"),
    pytest.param("Britain's cyber agency said Russian military intelligence was almost certainly involved in the "
                 "cyberattack on Ukraine's grid.",
                 [ev("Attribution", ["United Kingdom", "cyber agency"], [GRU, RUS]), ev("CyberAttack", [], ["Ukraine"])],
                 id="attr-said-was-involved-in"),
    # a claim made in a report: by whoever issued it, on the report's date (the attack is undated); a named
    # company's home country ("Dutch firm Fox-IT") is no party to its claim
    pytest.param("In March, Dutch firm Fox-IT issued a report claiming that Chinese hackers had stolen data from the "
                 "Belgian foreign ministry.",
                 [ev("Attribution", ["Fox-IT"], ["China"], "2024-03"),
                  ev("CyberAttack", ["China"], ["Belgium", "foreign ministry"])],
                 id="attr-issued-a-report-claiming"),
    # "It" after a statement noun: the statement's authors, one claim per state, on its date
    pytest.param("The joint advisory was published on Thursday by the FBI together with its counterparts in Canada "
                 "and Japan. It attributes the activity to Chinese state hackers.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["China"], "2024-05-16"),
                  ev("Attribution", ["Canada"], ["China"], "2024-05-16"),
                  ev("Attribution", ["Japan"], ["China"], "2024-05-16")],
                 id="attr-it-attributes-after-advisory-published-by"),
    # "the bloc" (tagged as a name) refers back
    pytest.param("The European Union's foreign policy chief spoke on Monday. The bloc said Russia was behind the "
                 "cyberattack on Ukraine's satellite network.",
                 [ev("Attribution", ["European Union"], [RUS], "2024-05-13"), ev("CyberAttack", [], ["Ukraine"])],
                 id="attr-the-bloc-said"),
    # dates: what is claimed keeps its own date; the claim takes the saying's
    pytest.param("On Tuesday, Sweden said the cyberattack on its parliament had been carried out by Russia on March 3.",
                 [ev("Attribution", ["Sweden"], [RUS], "2024-05-14"),
                  ev("CyberAttack", [RUS], ["Sweden", "parliament"], "2024-03-03")],
                 id="date-claim-not-dated-by-claimed-act"),
    pytest.param("Finland on Friday accused Russia of taking part in an attempt in April to hack its parliament.",
                 [ev("Attribution", ["Finland"], [RUS], "2024-05-17"),
                  ev("CyberAttack", [], ["Finland", "parliament"], "2024-04")],
                 id="date-accused-of-act-in-april"),
    # a year on the attempt dates the attack it frames
    pytest.param("Finland said a foiled 2021 attempt to hack into its parliament came from abroad.",
                 [ev("CyberAttack", [], ["Finland", "parliament"], "2021")],
                 id="date-year-on-attempt-to-hack"),
    pytest.param("In a statement issued on Monday, the Danish government said the cyberattack on its tax agency had "
                 "been carried out by China on April 2.",
                 [ev("Attribution", ["Denmark"], ["China"], "2024-05-13"),
                  ev("CyberAttack", ["China"], ["Denmark", "tax agency"], "2024-04-02")],
                 id="date-statement-issued-on"),
    # "the same day" is the day the story is at, not a day told inside a reported clause
    pytest.param("On Tuesday, Latvia said the cyberattack on its railways was carried out by Russia on April 5. "
                 "Estonia blamed Russia for the cyberattack on the same day.",
                 [ev("Attribution", ["Estonia"], [RUS], "2024-05-14"), ev("Attribution", ["Latvia"], [RUS], "2024-05-14"),
                  ev("CyberAttack", [RUS], ["Latvia"], "2024-04-05")],
                 id="date-the-same-day-skips-reported-clause"),
    # a date opening the sentence dates a claim however deep it sits
    pytest.param("At the end of April, the Polish president told reporters that the investigation pointed to the "
                 "involvement of Russia's intelligence services, which he accused of waging a cyberwar against Poland.",
                 [ev("Attribution", ["Poland"], [RUS, "intelligence services"], "2024-04")],
                 id="date-fronted-dates-deep-claim"),
    # -- DefensiveMeasure without a shut-down verb
    pytest.param("Norwegian intelligence disrupted the operation on Monday.",
                 [ev("DefensiveMeasure", ["Norway"], [], "2024-05-13")],
                 id="defence-disrupted-the-operation"),
    # the same verb is no attack on what its defensive reading stops
    pytest.param("The FBI disrupted the botnet on Monday.",
                 [ev("DefensiveMeasure", ["Federal Bureau of Investigation", "United States"], [], "2024-05-13")],
                 id="defence-disrupted-the-botnet"),
    # foiling an attempt told before: on that attempt's date
    pytest.param("Hackers tried to break into the network of Norway's parliament in March. "
                 "The attempt was foiled by Norwegian intelligence.",
                 [ev("CyberAttack", [], ["Norway", "parliament"], "2024-03"),
                  ev("DefensiveMeasure", ["Norway"], [], "2024-03")],
                 id="defence-attempt-was-foiled"),
    pytest.param("In the first days of April, Lithuania's cyber defence centre blocked most traffic coming from abroad.",
                 [ev("DefensiveMeasure", ["Lithuania", "cyber defence centre"], [], "2024-04")],
                 id="defence-blocked-traffic"),
    # "the state grid company Voltana" is a company (the NER says person); "the utility" refers back
    pytest.param("A cyberattack hit the state grid company Voltana on Monday. The utility's engineers switched the "
                 "substations to manual control and restored power.",
                 [ev("CyberAttack", [], ["Voltana"], "2024-05-13"), ev("DefensiveMeasure", ["Voltana"], [])],
                 id="defence-switched-to-manual-and-restored-power"),
    pytest.param("A cyberattack hit the state grid company Voltana on Monday. The utility's technicians swapped "
                 "the broken modems.",
                 [ev("CyberAttack", [], ["Voltana"], "2024-05-13"), ev("DefensiveMeasure", ["Voltana"], [])],
                 id="defence-swapped-modems"),
    # -- Condemnation without "condemn"
    pytest.param("The Latvian prime minister accused Russia of undermining democracy and spreading lies.",
                 [ev("Condemnation", ["Latvia"], [RUS])],
                 id="condemn-accused-of-non-cyber-act"),
    pytest.param("Poland's foreign minister said the Russian operation was unacceptable.",
                 [ev("Condemnation", ["Poland"], [RUS])],
                 id="condemn-said-the-operation-was-unacceptable"),
    pytest.param("Chinese foreign ministry spokesman Wang Wenbin said the US move violated international norms.",
                 [ev("Condemnation", ["China", "Ministry of Foreign Affairs (China)", "Wang Wenbin"], ["United States"])],
                 id="condemn-said-the-move-violated-norms"),
    pytest.param('Foreign ministry spokesman Wang Wenbin called the United States "the empire of hacking".',
                 [ev("Condemnation", ["Foreign ministry", "Wang Wenbin"], ["United States"])],
                 id="condemn-called-a-state-an-empire-of-hacking"),
    pytest.param("Foreign ministry spokesman Wang Wenbin said the United States was the biggest attacker of "
                 "China's cyberspace.",
                 [ev("Condemnation", ["Foreign ministry", "Wang Wenbin"], ["United States"])],
                 id="condemn-said-a-state-was-the-biggest-attacker"),
    # -- Denial
    pytest.param("Chinese foreign ministry spokesman Wang Wenbin said the accusations were ungrounded.",
                 [ev("Denial", ["China", "Ministry of Foreign Affairs (China)", "Wang Wenbin"])],
                 id="denial-said-were-ungrounded"),
    pytest.param('Moscow dismissed the warnings as "a disinformation campaign" on Friday.',
                 [ev("Denial", [RUS], [], "2024-05-17")],
                 id="denial-dismissed-the-warnings"),
    # a family name first: "Qin" is Qin Gang
    pytest.param("Foreign Minister Qin Gang spoke on Monday about the hack. Qin said the accusations were absurd.",
                 [ev("Denial", ["Qin Gang"], [], "2024-05-13")],
                 id="denial-surname-first-name-order"),

    # -- government bodies resolved to known agencies ----------------------------------------
    pytest.param("Russia's GRU military intelligence agency carried out the cyberattack on Georgia's parliament.",
                 [ev("CyberAttack", [GRU, RUS], ["parliament", "Georgia"])],
                 id="body-phrase-with-agency-acronym"),
    pytest.param("The United States sanctioned Iran's intelligence agency.",
                 [ev("Sanction", ["United States"], ["Ministry of Intelligence (Iran)", "Iran"])],
                 id="body-generic-head-unique-agency"),
    pytest.param("Russia's foreign ministry rejected the accusations as baseless.",
                 [ev("Denial", ["Ministry of Foreign Affairs (Russia)", RUS])],
                 id="body-foreign-ministry"),
    pytest.param("Britain attributed the cyberattack on Ukraine's railways to Russia's military intelligence.",
                 [ev("Attribution", ["United Kingdom"], [GRU, RUS]), ev("CyberAttack", [], ["Ukraine"])],
                 marks=xfail("'intelligence' is no body head noun, so 'Russia's military intelligence' (no "
                             "'agency'/'service') is read as Russia alone; making it one would resolve it to the "
                             "GRU, which changes the UK attribution incident that tests/test_resolve.py pins to "
                             "targets 'Russia'"),
                 id="body-military-intelligence-without-head-noun"),
    # a name the NER found, owned by a country, is that country's agency of that name
    pytest.param("On Thursday, Washington pinned the hacking campaign on Russia's Foreign Intelligence Service.",
                 [ev("Attribution", ["United States"], ["Foreign Intelligence Service (Russia)", RUS], "2024-05-16")],
                 id="body-ner-name-after-country-possessive"),
    # two Russian intelligence agencies are known: no guess
    pytest.param("Britain blamed Russia's intelligence services for the cyberattack on Ukraine's railways.",
                 [ev("Attribution", ["United Kingdom"], ["intelligence services", RUS]),
                  ev("CyberAttack", [], ["Ukraine"])],
                 id="body-ambiguous-head-stays-generic"),
    # -- verdicts, culprits, headlines (error classes of eval/heldout2) ------------------------
    pytest.param("Kremlin spokesman Dmitry Peskov called the sanctions unfounded and illegal.",
                 [ev("Condemnation", ["Dmitry Peskov", RUS])],
                 id="cond-dismissive-verdict-on-a-measure"),
    pytest.param('"We regard the hostile steps taken by the United States as a provocation," the statement published by the Kremlin said.',
                 [ev("Condemnation", [RUS], ["United States"])],
                 id="cond-regard-as-provocation"),
    # two speakers of one state: two statements, not one
    pytest.param("On Friday, Russia's foreign ministry called the sanctions a provocation. "
                 "Kremlin spokesman Dmitry Peskov called the sanctions unfounded and illegal.",
                 [ev("Condemnation", ["Ministry of Foreign Affairs (Russia)", RUS], [], "2024-05-17"),
                  ev("Condemnation", ["Dmitry Peskov", RUS], [], "2024-05-17")],
                 id="cond-two-speakers-two-statements"),
    pytest.param("Spain's foreign minister said the attack demonstrated a continuing pattern of reckless Russian "
                 "cyber operations against European states.",
                 [ev("Condemnation", ["Spain"], [RUS])],
                 id="cond-reckless-operations-of-a-state"),
    pytest.param("Spain's foreign minister said the storm showed a pattern of reckless Russian fishing operations.",
                 [], id="cond-reckless-but-nothing-cyber"),
    pytest.param('China\'s foreign ministry spokesman said that making hypothetical accusations was "irresponsible and unscientific".',
                 [ev("Denial", ["China", "foreign ministry"])],
                 id="denial-verdict-on-accusations"),
    pytest.param("Chinese foreign ministry spokesman Wang Wenbin dismissed it as disinformation on Tuesday.",
                 [ev("Denial", ["China", "Ministry of Foreign Affairs (China)", "Wang Wenbin"], [], "2024-05-14")],
                 id="denial-dismissed-it-as"),
    pytest.param('In March, Britain\'s GCHQ said publicly that China was "the prime suspect" in the hack of the Dutch defence ministry.',
                 [ev("Attribution", ["GCHQ", "United Kingdom"], ["China"], "2024-03"),
                  ev("CyberAttack", [], ["Netherlands", "defence ministry"])],
                 id="attr-the-prime-suspect"),
    pytest.param("Live: Morrison says Australia targeted by sophisticated state-based hackers",
                 [], id="headline-passive-without-auxiliary-no-self-blame"),
    pytest.param("Asked about reports that Canberra believes China is behind the hacking, Beijing's spokesman said nothing.",
                 [], id="attr-hearsay-in-reports-that"),
    # -- attacks told by what they did -------------------------------------------------------
    pytest.param("Last week an unknown virus took down the website of Lithuania's energy ministry.",
                 [ev("CyberAttack", [], ["Lithuania", "energy ministry"], "2024-05")],
                 id="attack-virus-took-down"),
    pytest.param("From May 2019, a wave of denial-of-service attacks took down the websites of Latvia's biggest banks.",
                 [ev("CyberAttack", [], ["Latvia", "Latvia's biggest banks"], "2019-05")],
                 id="attack-wave-of-attacks-took-down"),
    pytest.param("Latvia's biggest bank took down its website for maintenance.", [],
                 id="take-down-by-owner-no-attack"),
    pytest.param("A new version of the malware destroyed data at several Polish government bodies in June.",
                 [ev("CyberAttack", [], ["Poland"], "2023-06")],
                 id="attack-destroyed-data-at"),
    # a date in a "before" clause bounds the act and does not date it
    pytest.param("A worm sabotaged the control systems of Ukraine's water utility before it was discovered in 2019.",
                 [ev("CyberAttack", [], ["Ukraine"])],
                 id="attack-sabotaged-date-in-before-clause"),
    pytest.param("A worm sabotaged the control systems of Ukraine's water utility in 2019.",
                 [ev("CyberAttack", [], ["Ukraine"], "2019")],
                 id="attack-sabotaged-dated"),
    pytest.param("Divers sabotaged the gas pipeline under the Baltic Sea.", [],
                 id="sabotage-without-anything-cyber"),
    # -- defensive measures ------------------------------------------------------------------
    pytest.param("After the ransomware attack on the pipeline, Estonia's Transport Ministry issued an emergency declaration for nine counties on Sunday.",
                 [ev("DefensiveMeasure", ["Estonia", "Transport Ministry"], [], "2024-05-12")],
                 id="defence-emergency-declaration"),
    pytest.param("Estonia's tax agency reset the passwords of all staff as a precaution.",
                 [ev("DefensiveMeasure", ["Estonia", "tax agency"])],
                 id="defence-reset-passwords"),
    pytest.param("Microsoft said it revoked the stolen signing key and blocked the use of tokens signed with it.",
                 [ev("DefensiveMeasure", ["Microsoft"])],
                 id="defence-revoked-key-blocked-tokens"),
    pytest.param("Three people familiar with the matter told Reuters that Japan believes North Korea is behind the hacking.",
                 [], id="attr-hearsay-anonymous-sources"),
    pytest.param("Hackers broke into the networks of Chile's tax agency. In late April, Spain's interior minister said publicly that Iran was the main suspect.",
                 [ev("Attribution", ["Spain"], ["Iran"], "2024-04"),
                  ev("CyberAttack", [], ["Chile", "tax agency"])],
                 id="attr-suspect-after-the-story-of-a-hack"),
    pytest.param("Spain's interior minister said the driver was the main suspect in the robbery of the bank.",
                 [], id="suspect-outside-a-cyber-story-no-attribution"),
    pytest.param("In October 2012 a U.S. official blamed Iran for the attack on the bank. "
                 "An Iranian official rejected the suggestion that month as politically motivated.",
                 [ev("Attribution", ["United States"], ["Iran"], "2012-10"), ev("Denial", ["Iran"], [], "2012-10")],
                 id="date-that-month-taken-for-a-complementiser"),
    pytest.param("In October 2019 Britain blamed Russia for the attack on the ministry. A Russian official in charge "
                 "of cyber policy rejected the suggestion that month as politically motivated.",
                 [ev("Attribution", ["United Kingdom"], [RUS], "2019-10"), ev("Denial", [RUS], [], "2019-10")],
                 id="date-that-month-hung-on-a-participle"),
    # a past-perfect flashback dates its own act but does not move the story's year
    pytest.param("Hackers broke into the networks of Chile's tax agency on March 3. The intruders had first got into "
                 "its servers in 2022. On April 9, Spain's interior minister said publicly that Iran was the main suspect.",
                 [ev("Attribution", ["Spain"], ["Iran"], "2024-04-09"),
                  ev("CyberAttack", [], ["Chile", "tax agency"], "2022"),
                  ev("CyberAttack", [], ["Chile", "tax agency"], "2024-03-03")],
                 id="date-flashback-keeps-the-story-year"),
    # -- charges: the defendants' employers are charged with them --------------------------------
    pytest.param("In May, Canada charged two Russians who worked for the FSB with hacking Yahoo.",
                 [ev("LegalAction", ["Canada"], ["Federal Security Service", RUS, "two Russians"], "2024-05"),
                  ev("CyberAttack", [RUS], ["Yahoo"])],
                 id="legal-charged-people-who-worked-for"),
    pytest.param("On Monday, Poland's prosecutors charged a Belarusian man who acted on behalf of the GRU in the railway sabotage.",
                 [ev("LegalAction", ["Poland", "prosecutors"], ["Belarus", "Belarusian man", GRU, RUS], "2024-05-13")],
                 id="legal-charged-on-behalf-of"),
    # -- what is expected or found absent is no event ---------------------------------------------
    pytest.param("Estonia's tax agency said on Monday it expected to restore its computer systems by the end of the week.",
                 [], id="defence-expected-to-restore-is-future"),
    pytest.param("Estonia's tax agency restored its computer systems on Monday after the ransomware attack.",
                 [ev("DefensiveMeasure", ["Estonia", "tax agency"], [], "2024-05-13"),
                  ev("CyberAttack", [], ["Estonia", "tax agency"])],
                 id="defence-restored-systems"),
    pytest.param("Britain's foreign secretary said on Monday that there was no evidence that Russia was involved "
                 "in the cyberattack on Estonia's tax agency.",
                 [ev("CyberAttack", [], ["Estonia", "tax agency"])],
                 id="attr-no-evidence-that-x-was-involved"),
    pytest.param("A group calling itself Lazarus Group claimed the attacks on the banks.",
                 [ev("Attribution", ["Lazarus Group"], ["Lazarus Group"])],
                 id="self-claim-group-calling-itself"),
    pytest.param("A hacker group known as Lazarus Group claimed responsibility for the attack.",
                 [ev("Attribution", ["Lazarus Group"], ["Lazarus Group"])],
                 id="self-claim-group-known-as"),
    pytest.param("Russia's Deputy Foreign Minister Andrei Rudenko was quoted by the Interfax news agency as saying "
                 "that Moscow had not interfered in Georgia's affairs after the cyberattacks.",
                 [ev("Denial", ["Andrei Rudenko", RUS])],
                 id="denial-quoted-as-saying-not-interfered"),
    pytest.param("Britain's foreign secretary said Moscow had not interfered in the vote, despite the cyberattacks.",
                 [], id="not-interfered-said-of-another-state-no-denial"),
    # -- session 3: general rules found on a released held-out set ------------------------------
    pytest.param("Beijing's foreign ministry spokesman said on Wednesday that China had nothing to do with "
                 "the intrusion into Belgium's parliament.",
                 [ev("Denial", ["China", "foreign ministry"], [], "2024-05-15"),
                  ev("CyberAttack", [], ["Belgium", "parliament"])],
                 id="denial-nothing-to-do-with"),
    pytest.param("OTTAWA, May 16 (Wire) - A federal grand jury indicted three Iranian hackers on Thursday "
                 "for the ransomware attack on the city of Calgary.",
                 [ev("LegalAction", ["Federal grand jury", "Canada"], ["Iran", "three Iranian hackers"], "2024-05-16"),
                  ev("CyberAttack", [], ["Calgary"])],
                 id="legal-unnamed-jury-acts-for-dateline-state"),
    pytest.param("Spain charges two Moroccan officers with hacking judges in 2021 campaign\n\n"
                 "The officers face up to ten years in prison.",
                 [ev("LegalAction", ["Spain"], ["Morocco", "two Moroccan officers"])],
                 id="legal-year-of-another-event-is-not-the-charge-date"),
    pytest.param("Hackers attacked the websites of Latvia's parliament on Tuesday. Latvia's cyber agency CERT.LV said "
                 "the attacks had also targeted the Riga city council.",
                 [ev("CyberAttack", [], ["Latvia", "city council", "parliament"], "2024-05-14")],
                 id="attack-bare-definite-noun-is-the-same-attack"),
    pytest.param("Czech Foreign Minister Jan Lipavsky condemned the cyberattack on Thursday.",
                 [ev("Condemnation", ["Czech Republic", "Jan Lipavsky"], [], "2024-05-16")],
                 id="condemned-the-attack-on-weekday-dates-the-statement"),
    pytest.param("Greek officials speaking on condition of anonymity told reporters they believed Turkey was "
                 "responsible for the cyberattack on the Greek parliament.",
                 [ev("CyberAttack", [], ["Greece", "parliament"])],
                 id="attr-anonymous-officials-are-hearsay"),
    pytest.param("The Conti gang hacked Peru's intelligence agency in April. The same gang was blamed by the FBI "
                 "for the ransomware attack on the city of Tulsa.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["Conti"]),
                  ev("CyberAttack", [], ["Tulsa"]),
                  ev("CyberAttack", ["Conti"], ["Peru", "intelligence agency"], "2024-04")],
                 id="attr-passive-blamed-for-accuses-the-subject"),
    pytest.param("Ransomware hit the Dutch tax office on Monday. Researchers at Mandiant said on Friday that "
                 "Sandworm was responsible for the attack.",
                 [ev("Attribution", ["Mandiant"], ["Sandworm"], "2024-05-17"),
                  ev("CyberAttack", [], ["Netherlands", "tax office"], "2024-05-13")],
                 id="attr-researchers-at-firm-said-responsible"),
    pytest.param("Hackers demand ransom after Danish shipping attack\n\nA ransomware gang is demanding $5 million from "
                 "the shipping firm Maersk after an attack on Thursday that halted its terminals.\n\nWithin hours of "
                 "the first reports on Thursday evening, Maersk took its booking system offline.",
                 [ev("CyberAttack", [], ["Denmark"], "2024-05-16"), ev("DefensiveMeasure", ["Maersk"], [], "2024-05-16")],
                 id="date-lead-attack-noun-and-within-hours-of"),
    pytest.param("Hungary's foreign minister Peter Szijjarto has rejected the accusation that Hungarian hackers "
                 "attacked Slovakia's parliament.\n\n\"We have never attacked anyone,\" Szijjarto wrote on Facebook "
                 "on Thursday.",
                 [ev("CyberAttack", ["Hungary"], ["Slovakia", "parliament"]),
                  ev("Denial", ["Hungary", "Peter Szijjarto"], [], "2024-05-16")],
                 id="date-lead-statement-takes-the-day-its-speaker-is-quoted-with"),
    pytest.param("Norway blames China for parliament hack\n\nOSLO, May 16 (Wire) - Norway on Thursday blamed China "
                 "for the hack of its parliament's email system in March.\n\nThe attack on the parliament was the "
                 "second in two years.\n\nIn Stockholm, Swedish Foreign Minister Tobias Billstrom condemned the hack.",
                 [ev("Attribution", ["Norway"], ["China"], "2024-05-16"),
                  ev("Condemnation", ["Sweden", "Tobias Billstrom"], ["China"], "2024-05-16"),  # (the hack China was blamed for)
                  ev("CyberAttack", [], ["Norway", "parliament"], "2024-03")],
                 id="wire-dateline-city-is-no-actor-and-its-day-dates-statements"),
    # an unknown firm named after its head noun, then alone; the group named by "it calls"
    pytest.param("Hackers hit Kyiv's power grid on Monday, according to the US firm Dragos. Dragos said on Tuesday "
                 "that a group it calls Voodoo Bear was behind the attack.",
                 [ev("Attribution", ["Dragos"], ["Sandworm"], "2024-05-14"),
                  ev("CyberAttack", [], ["Ukraine"], "2024-05-13")],
                 id="attr-unknown-firm-repeated-and-group-it-calls-x"),
    pytest.param("Russia's cyberattack on Ukraine's grid failed. Singapore's worst data breach exposed 1.5 million "
                 "patients.",
                 [ev("CyberAttack", [RUS], ["Ukraine"]), ev("CyberAttack", [], ["Singapore"])],
                 id="attack-possessive-is-the-doer-with-a-victim-phrase-else-the-victim"),
    pytest.param("Lazarus Group's attack on the Bangladesh central bank netted $81 million.",
                 [ev("CyberAttack", ["Lazarus Group"], ["Bangladesh", "central bank"])],
                 id="attack-by-a-threat-actor-is-cyber-without-cyber-words"),
    pytest.param("The National University of Singapore was hit by an APT attack.",
                 [ev("CyberAttack", [], ["National University of Singapore"])],
                 id="entity-name-cut-before-its-place-is-rejoined"),
    pytest.param("Hackers broke into the systems of Norway's health authority between April 2 and April 9. The breach "
                 "was made public at a news conference of the justice ministry on Friday.",
                 [ev("CyberAttack", [], ["Norway", "health authority"], "2024-04-02/2024-04-09")],
                 id="attack-made-public-takes-neither-the-disclosure-day-nor-its-place"),
    pytest.param("Hackers defaced Ukraine's government websites on Friday. The SBU security service said on Friday that "
                 "most of the affected sites had already been restored.",
                 [ev("CyberAttack", [], ["Ukraine"], "2024-05-17"),
                  ev("DefensiveMeasure", ["Security Service of Ukraine", "Ukraine"], [], "2024-05-17")],
                 id="defence-passive-restored-reported-by-the-authority"),
    # -- legal actions as wire copy tells them ----------------------------------------------------
    pytest.param("The Justice Department on Tuesday unsealed an indictment charging three Chinese nationals with "
                 "hacking into the networks of US defense contractors.",
                 [ev("LegalAction", ["United States", "United States Department of Justice"], ["China", "three Chinese nationals"], "2024-05-14"),
                  ev("CyberAttack", ["China"], ["United States", "US defense contractors"])],
                 id="legal-unsealed-an-indictment-charging"),
    # a unit named by its number (NER reads "74455" as a date) is one entity of its state
    pytest.param("On Monday, the US Justice Department indicted six officers of the GRU's Unit 74455 over the attacks.",
                 [ev("LegalAction", ["United States", "United States Department of Justice"],
                     ["Unit 74455", GRU, RUS, "six officers of the GRU's Unit 74455"], "2024-05-13")],
                 id="legal-indicted-officers-of-a-numbered-unit"),
    # a self-given name NER misses ("a group calling itself ...") is the claimant it names
    pytest.param("The bank attacks were claimed at the time by a group calling itself the Izz ad-Din al-Qassam "
                 "Cyber Fighters, which said it was retaliating for a video.",
                 [ev("Attribution", ["Izz ad-Din al-Qassam Cyber Fighters"], ["Izz ad-Din al-Qassam Cyber Fighters"])],
                 id="attr-self-claim-by-a-group-calling-itself"),
    pytest.param("In late 2013, a hacker calling himself The Messiah claimed responsibility for defacing a string of websites.",
                 [ev("Attribution", ["Messiah"], ["Messiah"], "2013")],
                 id="attr-self-claim-by-a-hacker-calling-himself"),
    # "its" is the subject's, not a place inside the apposition that describes the subject
    pytest.param("Premera Blue Cross, a Washington state insurer, said hackers had also broken into its systems.",
                 [ev("CyberAttack", [], ["Premera Blue Cross"])],
                 id="attack-its-is-the-subject-not-the-apposition"),
    # cyber reconnaissance and cyber espionage against a victim are attacks (a cyber word must say so)
    pytest.param("On Tuesday, the UK's National Cyber Security Centre said that the GRU had conducted cyber "
                 "reconnaissance against officials of the Tokyo Olympic Games.",
                 [ev("Attribution", ["National Cyber Security Centre (United Kingdom)", "United Kingdom"], [GRU, RUS],
                     "2024-05-14"), ev("CyberAttack", [GRU, RUS], ["Japan", "officials of the Tokyo Olympic Games"])],
                 id="attr-said-x-conducted-cyber-reconnaissance-against"),
    pytest.param("Germany blamed Russia for cyber espionage against the Bundestag.",
                 [ev("Attribution", ["Germany"], [RUS]), ev("CyberAttack", [], ["Bundestag", "Germany"])],
                 id="attack-cyber-espionage-against"),
    pytest.param("In December, the FBI named North Korea as responsible for the attack on Sony Pictures.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["North Korea"], "2023-12")],
                 id="attr-named-x-as-responsible"),
    # malware found on a body's servers is an attack on it; the finder is no attacker
    pytest.param("The SBU said that it had found malicious software on the servers of Ukraine's Central Election Commission.",
                 [ev("CyberAttack", [], ["Central Election Commission", "Ukraine"])], id="attack-malware-found-on-servers"),
    # "linked by US agencies to X": the agencies claim the link, they are no doers
    pytest.param("Hackers linked by US agencies to Iran's Revolutionary Guards breached a controller at the Aliquippa water authority.",
                 [ev("CyberAttack", ["Islamic Revolutionary Guard Corps", "Iran"], ["Aliquippa water authority", "Aliquippa"])],
                 id="attack-doers-linked-by-claimants-to-a-state"),
    # "put X on its sanctions list" (NER's span "foreign ministry put" ends before the verb)
    pytest.param("South Korea's foreign ministry put Kimsuky on its own sanctions list in June.",
                 [ev("Sanction", ["foreign ministry", "South Korea"], ["Kimsuky"], "2023-06")],
                 id="sanction-put-on-its-sanctions-list"),
    # "Such activities are unacceptable": a verdict on the acts just told
    pytest.param("The EU on Friday blamed Russia for the cyber campaign. Such activities are unacceptable, the EU declaration says.",
                 [ev("Attribution", ["European Union"], [RUS], "2024-05-17"), ev("Condemnation", ["European Union"])],
                 id="condemn-such-activities-are-unacceptable"),
    # unnamed suspects held for a named group's acts: the group is the target
    pytest.param("Police in Poland arrested two men accused of working for LockBit.",
                 [ev("LegalAction", ["Police", "Poland"], ["LockBit", "two men"])], id="legal-arrested-men-accused-of-working-for-a-gang"),
    # "the central bank of X" is a body of X (a bank alone is a company)
    pytest.param("In February, hackers stole $81 million from the central bank of Bangladesh.",
                 [ev("CyberAttack", [], ["central bank", "Bangladesh"], "2024-02")], id="attack-the-central-bank-of-a-state"),
    # a group boasting of its attack claims it; a minister boasting of a budget claims nothing
    pytest.param("Killnet hit the airport websites on Monday, and the group boasted about it on its Telegram channel.",
                 [ev("Attribution", ["Killnet"], ["Killnet"], "2024-05-13")], id="attr-self-claim-boasted-about-it"),
    pytest.param("The minister boasted about the new budget.", [], id="attr-boasting-of-no-attack-claims-nothing"),
    # the attack a group claims is its own; another attack told beside the claim is not
    pytest.param("Killnet claimed responsibility for the cyberattack on Tallinn airport on Monday, two days after a "
                 "ransomware attack crippled Estonia's Port of Tallinn.",
                 [ev("Attribution", ["Killnet"], ["Killnet"]), ev("CyberAttack", ["Killnet"], ["Estonia"], "2024-05-13"),
                  ev("CyberAttack", [], ["Port of Tallinn", "Estonia"], "2024-05-11")],
                 id="attr-claimed-attack-is-the-groups-but-not-the-one-beside-it"),
    # the relative clause tells the indictment again: its object is the indictment's defendant
    pytest.param("US federal prosecutors on Tuesday unsealed a six-count indictment that charges Ivan Petrenko "
                 "and Oleg Sidorov with wire fraud.",
                 [ev("LegalAction", ["United States", "federal prosecutors"], ["Ivan Petrenko", "Oleg Sidorov"], "2024-05-14")],
                 id="legal-indictment-that-charges"),
    pytest.param("Prosecutors in Germany charged a Russian hacker, Dmitry Badin, over the 2015 Bundestag attack.",
                 [ev("LegalAction", ["Germany", "Prosecutors"], ["Dmitry Badin", RUS]),
                  ev("CyberAttack", [], ["Bundestag", "Germany"], "2015")],
                 id="legal-prosecutors-in-country"),
    pytest.param("The US Justice Department said the two Iranian men, Faramarz Savandi and Mohammad Mansouri, were "
                 "indicted on 34 counts.",
                 [ev("LegalAction", ["United States", "United States Department of Justice"],
                     ["Faramarz Savandi", "Iran", "Mohammad Mansouri"])],
                 id="legal-passive-indicted-told-by-the-department"),
    pytest.param("Federal prosecutors in the United States announced charges on Wednesday against seven Iranians.",
                 [ev("LegalAction", ["Federal prosecutors", "United States"], ["Iran", "seven Iranians"], "2024-05-15")],
                 id="legal-announced-charges-against"),
    pytest.param("A federal grand jury in Pittsburgh indicted five Chinese military officers for hacking US companies.",
                 [ev("LegalAction", ["Federal grand jury in Pittsburgh", "United States"], ["China", "five Chinese military officers"]),
                  ev("CyberAttack", ["China"], ["United States", "US companies"])],
                 id="legal-federal-jury-is-the-named-federation-and-the-indicted-hacked"),
    pytest.param("In a separate case, a court in Moscow sentenced two former FSB officers to prison for treason.",
                 [ev("LegalAction", [RUS, "court"], ["Federal Security Service", "two former FSB officers"])],
                 id="legal-court-in-city"),
    # -- probes of session 3: sanctions lists, persona non grata, adjunct attacks, defences ------
    pytest.param("The Treasury added six Chinese companies to its sanctions list on Monday.",
                 [ev("Sanction", ["United States", "United States Department of the Treasury"], ["China"], "2024-05-13")],
                 id="sanction-added-to-sanctions-list"),
    pytest.param("The team added two engineers to the list of speakers.", [], id="added-to-another-list-no-sanction"),
    pytest.param("Poland declared a Russian diplomat persona non grata over the hacking campaign.",
                 [ev("ExpelDiplomats", ["Poland"], [RUS])],
                 id="expel-persona-non-grata-singular"),
    pytest.param("Costa Rica declared a national emergency over the attacks by Conti.",
                 [ev("DefensiveMeasure", ["Costa Rica"]), ev("CyberAttack", ["Conti"], ["Costa Rica"])],
                 id="declared-emergency-over-attacks-is-no-attribution"),
    pytest.param("Estonia's foreign ministry said it had reset all staff passwords and blocked traffic from the "
                 "suspicious addresses.",
                 [ev("DefensiveMeasure", ["Estonia"])],
                 id="defence-reset-passwords-blocked-traffic"),
    pytest.param("Iranian hackers gained access to the control system of a water treatment plant in the Israeli town of "
                 "Kiryat Shmona last week.",
                 [ev("CyberAttack", ["Iran"], ["Kiryat Shmona", "Israel"], "2024-05")],
                 id="attack-gained-access-to"),
    pytest.param("NoName057(16) flooded the websites of Lithuania's parliament with junk traffic on Wednesday.",
                 [ev("CyberAttack", ["NoName057(16)"], ["Lithuania", "parliament"], "2024-05-15")],
                 id="attack-flooded-websites"),
    pytest.param("Hackers broke into the Australian health insurer Medisure last October.",
                 [ev("CyberAttack", [], ["Medisure"], "2023-10")],
                 id="attack-hackers-broke-into-a-company"),
    pytest.param("Estonian government websites were hit by distributed denial-of-service attacks between Monday and "
                 "Wednesday.",
                 [ev("CyberAttack", [], ["Estonia"], "2024-05-13/2024-05-15")],
                 id="date-between-weekdays"),
    pytest.param("In January, a court in Tallinn fined a Russian student for his part in the cyberattacks on Estonia.",
                 [ev("LegalAction", ["Estonia", "court"], [RUS], "2024-01"), ev("CyberAttack", [], ["Estonia"])],
                 id="legal-fined-despite-the-lemmatizer"),
    pytest.param("The Czech foreign ministry declared two Chinese diplomats personae non gratae on Monday.",
                 [ev("ExpelDiplomats", ["Czech Republic", "foreign ministry"], ["China"], "2024-05-13")],
                 id="expel-personae-non-gratae"),
    pytest.param("The expulsion of 15 Russian diplomats by the Netherlands in March was the largest in the country's "
                 "history.",
                 [ev("ExpelDiplomats", ["Netherlands"], [RUS], "2024-03")],
                 id="expel-nominal-with-by-hung-low"),
    pytest.param("Estonia on Sunday ordered a counsellor at the Russian embassy to leave the country.",
                 [ev("ExpelDiplomats", ["Estonia"], [RUS], "2024-05-12")],
                 id="expel-ordered-counsellor-to-leave"),
    # an indictment that accuses is a charge (LegalAction), not a separate claim; (the hackers' state is
    # not yet carried over to the attack)
    pytest.param("The Justice Department's indictment accuses seven Chinese hackers of breaking into the networks "
                 "of British lawmakers.",
                 [ev("LegalAction", ["United States", "United States Department of Justice"], ["China", "seven Chinese hackers"]),
                  ev("CyberAttack", [], ["United Kingdom", "British lawmakers"])],
                 id="legal-indictment-accuses"),
    pytest.param("Vanuatu's government declared a state of emergency on Tuesday after a cyberattack knocked out "
                 "government email and websites.",
                 [ev("CyberAttack", [], ["Vanuatu"]), ev("DefensiveMeasure", ["Vanuatu"], [], "2024-05-14")],
                 id="attack-without-victim-beside-a-defence-hit-the-defender"),
    pytest.param("Dutch intelligence disrupted the operation against the OPCW in April.",
                 [ev("DefensiveMeasure", ["Netherlands"], [], "2024-04")],
                 id="defence-that-stops-an-attack-is-not-its-victim"),
    pytest.param("Hackers hit the fuel supplier Colonial Pipeline on Friday. Colonial halted all pipeline operations "
                 "on Saturday.",
                 [ev("CyberAttack", [], ["Colonial Pipeline"], "2024-05-17")],
                 id="entity-short-name-is-the-longer-one"),
    # -- what has not happened (probes of session 3) -----------------------------------------
    pytest.param("Poland threatened on Wednesday to expel Belarusian diplomats if Minsk did not hand over the suspects.",
                 [], id="threatened-on-a-day-to-expel"),
    pytest.param("Japan has no plans to impose new sanctions on North Korea, Chief Cabinet Secretary Yoshimasa Hayashi "
                 "told reporters on Monday.", [], id="no-plans-to-impose-sanctions"),
    pytest.param("Will Brazil cut ties with Israel? Diplomats in Brasilia say a break is unlikely.", [],
                 id="yes-no-question-is-no-event"),
    pytest.param("\"Colombia will break off diplomatic relations with Israel tomorrow,\" President Gustavo Petro told "
                 "a rally.", [], id="future-will-is-no-event"),
    pytest.param("Israel has neither confirmed nor denied involvement in Tuesday's cyberattack on Iran's fuel "
                 "distribution system.",
                 [ev("CyberAttack", [], ["Iran"], "2024-05-14")], id="neither-confirmed-nor-denied"),
    pytest.param("Ankara has not condemned Sunday's hacking of the Greek foreign ministry's website.",
                 [ev("CyberAttack", [], ["Greece", "foreign ministry"], "2024-05-12")],
                 id="not-condemned-attack-still-happened"),
    pytest.param("Hungary blocked an EU statement that would have condemned the cyberattacks on Czech government "
                 "institutions.",
                 [ev("CyberAttack", [], ["Czech Republic", "Czech government institutions"])], id="would-have-condemned"),
    # (known shortfalls kept visible: "its coast guard" is read as China's (a state is not its own
    # attackers' victim, so the coast guard stands alone), and the accusation takes the day of the
    # sentence's main verb, though the text does not say when it was made)
    pytest.param("China's foreign ministry on Wednesday dismissed as \"groundless\" accusations by the Philippines that "
                 "Chinese hackers had broken into the email system of its coast guard.",
                 [ev("Denial", ["China", "Ministry of Foreign Affairs (China)"], [], "2024-05-15"),
                  ev("Attribution", ["Philippines"], ["China"], "2024-05-15"),
                  ev("CyberAttack", ["China"], ["coast guard"])],
                 id="denial-dismissed-as-groundless-accusations-by-x-that"),
    pytest.param("\"These are baseless accusations,\" Russian Foreign Ministry spokeswoman Maria Zakharova said on "
                 "Thursday, responding to Germany's claim that the GRU had hacked the Social Democratic Party.",
                 [ev("Denial", ["Maria Zakharova", "Ministry of Foreign Affairs (Russia)", RUS], [], "2024-05-16"),
                  ev("Attribution", ["Germany"], [GRU, RUS], "2024-05-16"),
                  ev("CyberAttack", [GRU, RUS], ["Social Democratic Party"])],
                 id="denial-these-are-baseless-accusations-and-a-claim-by-its-author"),
    pytest.param("Canada imposed sanctions on Thursday on five Russian officials over the cyberattack on Global Affairs "
                 "Canada in January.",
                 [ev("Sanction", ["Canada"], [RUS], "2024-05-16"),
                  ev("CyberAttack", [], ["Canada", "Global Affairs Canada"], "2024-01")],
                 id="sanction-on-a-day-on-someone"),
    pytest.param("Mexico's severing of diplomatic relations with Ecuador in April followed a police raid on its embassy.",
                 [ev("SeverRelations", ["Mexico"], ["Ecuador"], "2024-04")],
                 id="sever-nominal-severing"),
    pytest.param("NATO on Friday condemned the hacking of Czech and German political parties, which both governments "
                 "have blamed on Russia's GRU.",
                 [ev("Condemnation", ["NATO"], ["Czech Republic", "Germany"], "2024-05-17"),
                  ev("CyberAttack", [], ["Czech Republic", "Germany", "Czech and German political parties"])],
                 id="claim-with-its-own-unnamed-claimants-is-not-the-sayers"),
    pytest.param("President William Ruto on Sunday condemned the ransomware attack that halted cargo operations at the "
                 "Port of Mombasa on Friday.",
                 [ev("Condemnation", ["William Ruto"], [], "2024-05-12"),
                  ev("CyberAttack", [], ["Port of Mombasa"], "2024-05-17")],
                 id="attack-that-halted-operations-at-x"),
    pytest.param("Hit by ransomware on Tuesday, the Dutch water board Waterschap Rivierenland isolated its billing "
                 "systems within minutes.",
                 [ev("CyberAttack", [], ["Netherlands", "Waterschap Rivierenland"], "2024-05-14"),
                  ev("DefensiveMeasure", ["Netherlands", "Waterschap Rivierenland"], [], "2024-05-14")],
                 # ("within minutes" of the Tuesday's attack: that day, since session 37)
                 id="attack-hit-by-participle-hits-the-subject"),
    pytest.param("Vietnam's Ministry of Public Security said on Tuesday that Chinese state-backed hackers were behind "
                 "the theft of data from the coast guard in January.",
                 [ev("Attribution", ["Ministry of Public Security", "Vietnam"], ["China"], "2024-05-14"),
                  ev("CyberAttack", [], ["coast guard"], "2024-01")],
                 id="date-behind-claim-is-the-saying-day-not-the-acts"),
    pytest.param("Slovakia's land registry suffered a ransomware attack last week.",
                 [ev("CyberAttack", [], ["Slovakia"], "2024-05")], id="attack-suffered-by-subject"),
    pytest.param("Finland's parliament was the target of a cyber espionage operation in 2020.",
                 [ev("CyberAttack", [], ["Finland", "parliament"], "2020")], id="attack-was-the-target-of"),
    pytest.param("The ransomware gang LockBit said it had stolen 300 gigabytes of data from Boeing.",
                 # (session 20: the gang's word for its own theft is its claim, as any group's is)
                 [ev("CyberAttack", ["LockBit"], ["Boeing"]), ev("Attribution", ["LockBit"], ["LockBit"])],
                 id="attack-stole-gigabytes-of-data-from"),
    pytest.param("Japan could face cyberattacks during the Olympics, officials warned.", [],
                 id="could-face-attacks-is-no-attack"),
    # -- attribution phrasings (session 3) ------------------------------------------------------
    pytest.param("Investigators in Poland traced the cyberattack on the railway to Russian military intelligence.",
                 [ev("Attribution", ["Poland"], [GRU, RUS])], id="attr-traced-to"),
    pytest.param("Germany's BSI said the hack bore the hallmarks of APT28.",
                 [ev("Attribution", ["Federal Office for Information Security", "Germany"], ["APT28"])],
                 id="attr-bore-the-hallmarks-of"),
    pytest.param("Estonia suspects Russia of the cyberattack on its tax office.",
                 [ev("Attribution", ["Estonia"], [RUS]), ev("CyberAttack", [], ["Estonia", "tax office"])],
                 id="attr-suspects-x-of"),
    pytest.param("The Dutch government said on Tuesday it held Russia responsible for the cyberattack on its parliament.",
                 [ev("Attribution", ["Netherlands"], [RUS], "2024-05-14"),
                  ev("CyberAttack", [], ["Netherlands", "parliament"])],
                 id="attr-held-responsible"),
    pytest.param("Japan's police agency identified MirrorFace as the group behind the intrusions into its space agency.",
                 [ev("Attribution", ["Japan", "police agency"], ["MirrorFace"])],
                 id="attr-identified-as-the-group-behind"),
    pytest.param("Britain assessed with high confidence that the GRU carried out the cyberattack on the Electoral "
                 "Commission.",
                 [ev("Attribution", ["United Kingdom"], [GRU, RUS]),
                  ev("CyberAttack", [GRU, RUS], ["Electoral Commission"])],
                 id="attr-assessed-with-confidence-that"),
    pytest.param("The Treasury Department's sanctions target Aleksandr Ermakov, a Russian national behind the Medibank "
                 "breach.",
                 [ev("Sanction", ["United States", "United States Department of the Treasury"], ["Aleksandr Ermakov", RUS]),
                  ev("CyberAttack", [], ["Medibank"])],
                 id="sanctions-target-x-is-no-attack"),
    pytest.param("Ukraine's foreign ministry said the attack was a war crime.",
                 [ev("Condemnation", ["Ukraine", "foreign ministry"])], id="condemn-said-the-attack-was-a-crime"),
    pytest.param("Beijing slammed the US accusations as a smear campaign on Tuesday.",
                 [ev("Denial", ["China"], [], "2024-05-14")], id="denial-slammed-the-accusations"),
    # -- defences as operators tell them ----------------------------------------------------------
    pytest.param("Toyota halted production at its 14 Japanese plants on Monday after a cyberattack on a supplier.",
                 [ev("DefensiveMeasure", ["Toyota"], [], "2024-05-13")], id="defence-halted-production"),
    pytest.param("Ukraine's CERT-UA said it had removed the malware from the affected systems.",
                 [ev("DefensiveMeasure", ["CERT-UA", "Ukraine"])], id="defence-removed-the-malware"),
    pytest.param("The city of Dallas brought its police dispatch system back online on Thursday.",
                 [ev("DefensiveMeasure", ["Dallas"], [], "2024-05-16")], id="defence-brought-back-online"),
    pytest.param("Colonial Pipeline restarted its pipeline on Wednesday evening after the ransomware attack.",
                 [ev("DefensiveMeasure", ["Colonial Pipeline"], [], "2024-05-15"),
                  ev("CyberAttack", [], ["Colonial Pipeline"])], id="defence-restarted"),
    pytest.param("China has decided to suspend activities of the China-U.S. Cyber Working Group.", [],
                 id="suspending-talks-is-no-defence"),
    pytest.param("\"We strongly condemn this malicious cyber activity,\" the UK Foreign Office said in a statement on "
                 "Friday.",
                 [ev("Condemnation", ["Foreign, Commonwealth and Development Office", "United Kingdom"], [], "2024-05-17")],
                 id="date-quote-said-in-a-statement-on-a-day"),
    pytest.param("The United States strongly condemns the attack, Blinken said on Monday.",
                 [ev("Condemnation", ["United States"], [], "2024-05-13")],
                 id="date-statement-then-said-on-a-day"),
    pytest.param("A Singaporean living in Malaysia, James Raj Arokiasamy, was later charged in a Singapore court with "
                 "hacking offences.",
                 [ev("LegalAction", ["Singapore"], ["James Raj Arokiasamy"])],
                 id="legal-charged-in-a-court"),
    # an arrest without agent: the state of the place it happened in (a province, a US state)
    pytest.param("Artem Sorokin, a Russian national, was arrested in British Columbia in March.",
                 [ev("LegalAction", ["Canada"], ["Artem Sorokin", RUS], "2024-03")],
                 id="legal-arrested-in-a-province"),
    pytest.param("In April, Pavel Orlov was arrested in Nevada and charged with deploying ransomware.",
                 [ev("LegalAction", ["United States"], ["Pavel Orlov"], "2024-04")],
                 id="legal-arrested-in-a-state-and-charged"),
    # product bans: the maker is the target, not the agencies barred; a law's maker acts
    pytest.param("The Commerce Department barred government agencies from using Huawei equipment in March.",
                 [ev("Sanction", ["United States Department of Commerce", "United States"], ["Huawei"], "2024-03")],
                 id="sanction-barred-agencies-from-using-products"),
    pytest.param("On Tuesday, Rishi Sunak signed a law that prohibits government departments the use of products of "
                 "the Chinese company Hikvision.",
                 [ev("Sanction", ["Rishi Sunak"], ["Hikvision"], "2024-05-14")],
                 id="sanction-a-law-that-prohibits-the-use-of-products"),
    pytest.param("In April the General Services Administration withdrew Kaspersky from its list of approved vendors.",
                 [ev("Sanction", ["General Services Administration"], ["Kaspersky"], "2024-04")],
                 id="sanction-withdrew-from-list-of-approved-vendors"),
    pytest.param("The General Services Administration removed two diplomats from the guest list.", [],
                 id="no-sanction-removed-from-another-list"),
    pytest.param("The sanctions were followed two days later by the arrest in Amsterdam of Ivan Petrov, a Russian developer.",
                 [ev("LegalAction", ["Netherlands"], ["Ivan Petrov", RUS])],
                 id="legal-the-arrest-in-a-city-of-x"),
    # a habit told in the present perfect is no dated denial
    pytest.param("Moscow has long rejected Western accusations that it shelters cybercriminals.", [],
                 id="no-denial-has-long-rejected"),
    pytest.param("Pyongyang, which has always denied running hacking operations, did not respond.", [],
                 id="no-denial-has-always-denied"),
    # "calling it a provocation" after rejecting an accusation is the denial's verdict, no condemnation
    pytest.param("The Chinese embassy in Prague rejected the accusation on Monday, calling it a deliberate provocation.",
                 [ev("Denial", ["China", "embassy"], [], "2024-05-13")], id="denial-rejected-calling-it-a-provocation"),
    # hacking as what a state fights is no act of that state
    pytest.param("Wang said on Monday that China has always opposed and cracked down on hacking in accordance with the law.",
                 [], id="no-attr-cracked-down-on-hacking"),
    # a newspaper's report is a media report, not an Attribution (the gold sets' MediaReport)
    pytest.param("In December, The Wall Street Journal reported that Iranian hackers had infiltrated the dam's control "
                 "system.", [], id="no-attr-a-newspaper-reported"),
    # "X was the work of Y": Y is the culprit, by whoever says so (not "the work of Picasso")
    pytest.param("Mandiant said on Monday the attack on the ministry's network was the work of Sandworm.",
                 [ev("Attribution", ["Mandiant"], ["Sandworm"], "2024-05-13")],
                 id="attr-was-the-work-of"),
    pytest.param("Curators said the painting was the work of Rembrandt.", [], id="no-attr-work-of-a-painter"),
    pytest.param("Meanwhile in Washington prosecutors charged five Iranian nationals over APT33 hacking.",
                 [ev("LegalAction", ["United States"], ["Iran", "APT33", "five Iranian nationals"])],
                 id="legal-charged-nationals-over-a-groups-hacking"),
    pytest.param("Oleg Vasin, a Russian, was extradited from Georgia the same year.",
                 [ev("LegalAction", ["Georgia"], ["Oleg Vasin", RUS])],
                 id="legal-extradited-from-a-state"),
    pytest.param("On Monday the Justice Department unsealed a case against two officers of Russia's GRU.",
                 [ev("LegalAction", ["United States Department of Justice", "United States"],
                     [GRU, RUS, "two officers of Russia's GRU"], "2024-05-13")],
                 id="legal-unsealed-a-case-against"),
    # "the same day" after a coarser date of the sentence before takes that date, even not fronted
    pytest.param("On Thursday Britain sanctioned eleven Trickbot members. Washington sanctioned seven others in February. "
                 "One of the seven, Ivan Orlov, was charged in New Jersey the same day.",
                 [ev("Sanction", ["United Kingdom"], ["TrickBot", "eleven Trickbot members"], "2024-05-16"),
                  ev("LegalAction", ["United States"], ["Ivan Orlov"], "2024-02")],
                 id="date-the-same-day-after-a-month-in-the-sentence-before"),
    # "the next day" counts from the month of the sentence before, skipping a year that names a noun
    pytest.param("In April, over interference in the 2020 election, Washington expelled ten Russian diplomats. "
                 "Moscow answered the next day by expelling ten American diplomats.",
                 [ev("ExpelDiplomats", ["United States"], [RUS], "2024-04"),
                  ev("ExpelDiplomats", [RUS], ["United States"], "2024-04")],
                 id="date-the-next-day-skips-a-year-naming-a-noun"),
    # "this spring" sets the story's year back to the present after a paragraph told in an earlier one
    pytest.param("Washington designated Evil Corp in December 2019.\n\nThen came this spring. On May 7, ransomware "
                 "crippled Colonial Pipeline. On May 10, the FBI said the DarkSide gang was responsible.",
                 [ev("Sanction", ["United States"], ["Evil Corp"], "2019-12"),
                  ev("CyberAttack", [], ["Colonial Pipeline"], "2024-05-07"),
                  ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["DarkSide"], "2024-05-10")],
                 id="date-this-spring-names-this-year"),
    pytest.param("Hackers working for the Russian government stole classified material of the National Security Agency "
                 "in 2015.",
                 [ev("CyberAttack", [RUS], ["National Security Agency", "United States"], "2015")],
                 id="attack-stole-material-of-x"),
    pytest.param("On Thursday Canada sanctioned seven Russian nationals accused of running the Trickbot malware.",
                 [ev("Sanction", ["Canada"], [RUS, "TrickBot", "seven Russian nationals"], "2024-05-16")],
                 id="sanction-unnamed-nationals-and-their-group"),
    # "sanctioned him", parsed as a dative; "Hive" listed with ransomware is ransomware, not a person
    pytest.param("In March, prosecutors in Texas charged Oleg Vasin over his role in Conti, Babuk and Hive attacks, and "
                 "the Treasury sanctioned him the same day.",
                 [ev("LegalAction", ["United States"], ["Oleg Vasin"], "2024-03"),
                  ev("Sanction", ["United States", "United States Department of the Treasury"], ["Oleg Vasin"], "2024-03")],
                 id="sanction-sanctioned-him-the-same-day"),
    # a paragraph that opens in the present is back in the present: "In May" is not the last paragraph's year
    pytest.param("A LockBit attack on Kansai Medical Center in October 2021 encrypted its records.\n\n"
                 "Governments have begun to respond. In February, the Treasury sanctioned Oleg Vasin.",
                 [ev("Sanction", ["United States", "United States Department of the Treasury"], ["Oleg Vasin"], "2024-02"),
                  ev("CyberAttack", ["LockBit"], ["Kansai Medical Center"], "2021-10")],
                 id="date-paragraph-opening-in-the-present-leaves-the-year-before"),
    pytest.param("On Tuesday, Japan's National Police Agency said there had been a rise in cyber activity directed at "
                 "Japanese defence contractors by Chinese state actors.",
                 [ev("Attribution", ["Japan", "National Police Agency"], ["China"], "2024-05-14"),
                  ev("CyberAttack", ["China"], ["Japan"])],
                 id="attack-cyber-activity-directed-at-by"),
    # -- session 4: wire datelines of two cities, embassies, verdicts on an attack, descriptions -----------
    pytest.param("PARIS/BERLIN, May 14 (Wire) - France and Germany on Tuesday accused Russia of hacking government "
                 "networks.",
                 [ev("Attribution", ["France"], ["Russia"], "2024-05-14"),
                  ev("Attribution", ["Germany"], ["Russia"], "2024-05-14")], id="dateline-two-cities-are-no-actors"),
    pytest.param("The Russian embassy in Madrid said on Wednesday that the accusations were \"completely fabricated\".",
                 [ev("Denial", ["Russia", "embassy"], [], "2024-05-15")], id="denial-accusations-were-fabricated"),
    pytest.param("\"It is unacceptable that Iran has targeted our hospitals,\" Dutch Foreign Minister Hanke Bruins Slot "
                 "said on Friday.",
                 [ev("Condemnation", ["Hanke Bruins Slot", "Netherlands"], ["Iran"], "2024-05-17")],
                 id="condemn-it-is-unacceptable-that-x-attacked"),
    pytest.param("Hackers breached the Independent Electoral and Boundaries Commission. The commission disclosed the "
                 "breach in March. It said that the hackers first gained access to its systems in January.",
                 [ev("CyberAttack", [], ["Independent Electoral and Boundaries Commission"], "2024-01")],
                 id="coref-it-after-a-definite-description"),
    pytest.param("OTTAWA, May 16 (Wire) - Canada's foreign ministry said it had frozen the assets of Zeta Systems, a "
                 "Russian firm it linked to the GRU.",
                 [ev("Sanction", ["Canada"], ["Zeta Systems", "Russia"], "2024-05-16"),
                  ev("Attribution", ["Canada"], ["GRU (Russian Federation)", "Russia"], "2024-05-16")],
                 id="date-said-it-had-done-takes-the-dateline-day"),
    pytest.param("Analysis: Who hacked the Sunak campaign?\n\nRishi Sunak's election campaign said on Tuesday that its "
                 "email accounts had been hacked.",
                 [ev("CyberAttack", [], ["Sunak campaign", "Rishi Sunak"])], id="entity-a-candidates-campaign"),
    pytest.param("Google said on Thursday that a Russian group it calls Ember Bear, which it linked to the GRU, had "
                 "hacked Moldovan ministries.",
                 [ev("Attribution", ["Google"], ["GRU (Russian Federation)", "Russia"], "2024-05-16"),
                  ev("CyberAttack", ["Russia", "SaintBear"], ["ministries", "Moldova"])],
                 id="coref-it-in-a-relative-clause-is-not-the-noun"),
    pytest.param("In March 2023, a US court charged two Chinese nationals, Li Wei and Zhang Min, with hacking the "
                 "Ministry of Defence of Taiwan. The Treasury Department sanctioned the two men the same month.",
                 [ev("LegalAction", ["United States", "court"], ["Li Wei", "Zhang Min", "China"], "2023-03"),
                  ev("CyberAttack", ["Li Wei", "Zhang Min", "China"], ["Ministry of Defence of Taiwan"]),
                  ev("Sanction", ["United States Department of the Treasury", "United States"],
                     ["Li Wei", "Zhang Min", "China"], "2023-03")],
                 id="coref-the-two-men"),
    pytest.param("Yesterday the Canadian Government imposed sanctions on Russian citizen Ivan Petrov for his role in the "
                 "hacking of Qantas in 2022.",
                 [ev("Sanction", ["Canada"], ["Ivan Petrov", "Russia"], "2024-05-17"),
                  ev("CyberAttack", [], ["Qantas"], "2022")], id="date-a-paragraphs-first-word-is-no-sentence"),
    pytest.param("In 2016, Kyiv's power grid failed after a cyberattack.\n\nIn 2011, too, prosecutors in Seoul blamed North "
                 "Korea for hacking Nonghyup bank.\n\nIn mid-March, hackers attacked the servers of the Korean "
                 "Broadcasting System.",
                 [ev("Attribution", ["South Korea", "prosecutors"], ["North Korea"], "2011"),
                  ev("CyberAttack", ["North Korea"], ["Nonghyup"]),
                  ev("CyberAttack", [], ["Korean Broadcasting System"], "2024-03")],
                 id="date-an-earlier-case-set-beside-is-no-narrative-year"),
    pytest.param("The attack on May 2 left Telenor's four million subscribers without a mobile signal.",
                 [ev("CyberAttack", [], ["Telenor"], "2024-05-02")], id="attack-left-x-without"),
    pytest.param("Russia firmly rejected on Tuesday the speculation by a Finnish security company that Russian hackers "
                 "had targeted Finland's power grid last year, calling such smears irresponsible.",
                 [ev("Denial", ["Russia"], [], "2024-05-14"), ev("CyberAttack", ["Russia"], ["Finland"], "2023")],
                 id="denial-rejected-the-speculation-calling-it-smears"),
    pytest.param("In mid-April the FBI said that the Lazarus Group, a hacking group associated with North Korea, was "
                 "responsible.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["Lazarus Group", "North Korea"],
                     "2024-04")],
                 id="attribution-a-fronted-date-is-no-second-subject"),
    pytest.param("In May, the Treasury sanctioned Coinmixer.io, a mixer on the Bitcoin network. It was the first time "
                 "the US had sanctioned a mixing service.",
                 [ev("Sanction", ["United States Department of the Treasury", "United States"], ["Coinmixer.io"],
                     "2024-05")], id="sanction-a-company-named-by-its-web-address"),
    pytest.param("North Korean hackers stole $40m from the exchange Binance in a cyberattack on Monday. Binance paused "
                 "withdrawals on Tuesday after the cyberattack.",
                 [ev("CyberAttack", ["North Korea"], ["Binance"], "2024-05-13"),
                  ev("DefensiveMeasure", ["Binance"], [], "2024-05-14")], id="attack-stole-money-defence-paused"),
    pytest.param("The Binance heist by North Korean hackers was the largest crypto theft on record.",
                 [ev("CyberAttack", ["North Korea"], ["Binance"])], id="attack-the-x-heist"),
    pytest.param("Transfers on the network had to be approved by five of nine \"validator\" nodes, the hackers found.", [],
                 id="entity-a-malware-alias-that-is-a-word-only-capitalised"),
    pytest.param("Home > World > Europe\n\nChinese hackers got into army network, Dutch intelligence services say\n\n"
                 "Hackers working for the Chinese state broke into a computer network of the Dutch armed forces last "
                 "year, the country's military intelligence service said on Tuesday. Defence Minister Kajsa Ollongren "
                 "said China was behind the intrusion.",
                 [ev("CyberAttack", ["China"], ["armed forces", "Netherlands"], "2023"),
                  ev("Attribution", ["Military Intelligence and Security Service", "Netherlands", "intelligence services"],
                     ["China"], "2024-05-14"),
                  ev("Attribution", ["Kajsa Ollongren", "Defence"], ["China"], "2024-05-14")],
                 id="headline-claim-is-the-leads-hackers-working-for-a-state"),
    pytest.param("An indictment unsealed today in federal court in Trenton, New Jersey, charges two Russian men with "
                 "hacking hospitals in the United States and Canada. Ivan Petrov, 34, and Oleg Sokolov, 27, both of "
                 "Russia, are charged with wire fraud.",
                 [ev("LegalAction", ["United States"], ["Ivan Petrov", "Oleg Sokolov", "Russia", "two Russian men"], "2024-05-18")],
                 id="legal-indictment-in-a-us-state-court-charges-men-named-next"),
    pytest.param("On June 5, Saudi Arabia and Egypt severed diplomatic relations with Qatar, accusing it of supporting "
                 "terrorism. Yemen's government and the Maldives followed suit the same day.",
                 [ev("SeverRelations", ["Saudi Arabia"], ["Qatar"], "2023-06-05"),
                  ev("SeverRelations", ["Egypt"], ["Qatar"], "2023-06-05"),
                  ev("Condemnation", ["Saudi Arabia"], ["Qatar"], "2023-06-05"),
                  ev("Condemnation", ["Egypt"], ["Qatar"], "2023-06-05"),
                  ev("SeverRelations", ["Yemen"], ["Qatar"], "2023-06-05"),
                  ev("SeverRelations", ["Maldives"], ["Qatar"], "2023-06-05")],
                 id="sever-followed-suit-and-an-object-pronoun-is-not-the-subject"),
    pytest.param("Qatar's foreign ministry responded within hours, calling the measures \"unjustified\" and saying they "
                 "were based on claims and allegations that had \"no basis in fact\".",
                 [ev("Condemnation", ["foreign ministry", "Qatar"]), ev("Denial", ["foreign ministry", "Qatar"])],
                 id="condemn-measures-unjustified-deny-no-basis-in-fact"),
    pytest.param("The UAE's ambassador in Washington, Yousef Al Otaiba, responded in a statement that the report was "
                 "\"false\".",
                 [ev("Denial", ["Yousef Al Otaiba", "United Arab Emirates"])],
                 id="denial-an-ambassador-responded-that-the-report-was-false"),
    pytest.param("The Justice Department on Monday announced charges against five officers of the Chinese People's "
                 "Liberation Army, accusing them of hacking into the computers of US companies.",
                 [ev("LegalAction", ["United States Department of Justice", "United States"],
                     ["People's Liberation Army", "China", "five officers of the Chinese People's Liberation Army"], "2024-05-13"),
                  ev("CyberAttack", ["People's Liberation Army", "China"], ["United States", "US companies"])],
                 id="legal-charges-accusing-them-is-no-separate-attribution"),
    pytest.param("Ransomware crew claims Estonia government hack\n\nBy a staff writer\n\nThe attack hit the central "
                 "government's servers in the second half of April, taking down the main portal and the websites of "
                 "several ministries.",
                 [ev("CyberAttack", [], ["Estonia", "several ministries"], "2024-04")],
                 id="attack-the-attack-in-the-lead-is-the-headlines"),
    pytest.param("Updates in reverse chronological order\n\n12:40\nRecap\n\nIn December 2023, Norway's police "
                 "security service said APT28 was behind an earlier intrusion.\n\n11:30\nAttack carried out from "
                 "China\n\nNorway's police security service said that the attack on the Storting in March was carried "
                 "out by Hafnium.",
                 [ev("Attribution", ["police security service", "Norway"], ["APT28"], "2023-12"),
                  ev("CyberAttack", ["HAFNIUM"], ["Storting"], "2024-03"),
                  ev("Attribution", ["police security service", "Norway"], ["HAFNIUM"], "2024-05-18")],
                 id="date-a-live-blog-entry-borrows-no-year-from-the-next"),
    pytest.param("According to the interior ministry, administrators took servers offline on Tuesday to stop the "
                 "ransomware spreading.",
                 [ev("DefensiveMeasure", ["interior ministry"], [], "2024-05-14")],
                 id="defence-staff-told-according-to-their-body"),
    pytest.param("SamSam encrypted computer systems of the City of Atlanta in March 2018. The attack hampered municipal "
                 "services, and the city spent months rebuilding affected systems.",
                 [ev("CyberAttack", ["SamSam"], ["City of Atlanta"], "2018-03"),
                  ev("DefensiveMeasure", ["City of Atlanta"])],
                 id="defence-the-city-rebuilt"),
    pytest.param("Norway's Police Security Service (PST) opened an inquiry in March. In December, PST said APT28 was "
                 "behind the intrusion.",
                 [ev("Attribution", ["Police Security Service", "Norway"], ["APT28"], "2023-12")],
                 id="entity-a-short-form-in-brackets-names-the-body-again"),
    pytest.param("In August 2012 hackers attacked Saudi Aramco. Later that month, RasGas, a gas producer in Qatar, said an "
                 "unknown virus had taken down its website and office computers.",
                 [ev("CyberAttack", [], ["Aramco", "Saudi Arabia"], "2012-08"), ev("CyberAttack", [], ["RasGas"], "2012-08")],
                 id="date-a-reported-past-act-in-that-month"),
    pytest.param("On Monday the Latvian government said hackers had attacked its customs service.",
                 [ev("CyberAttack", [], ["Latvia", "customs service"])],
                 id="date-the-day-of-saying-is-not-the-reported-acts"),
    pytest.param("The officials quoted by the Post said it was unclear whether the UAE had carried out the intrusion "
                 "itself.", [], id="no-claim-in-unclear-whether"),
    pytest.param("Chinese hackers broke into the Dutch defence ministry's network. It is important to attribute such "
                 "espionage activities to China, Defence Minister Kajsa Ollongren said.",
                 [ev("CyberAttack", ["China"], ["defence ministry", "Netherlands"])],
                 id="no-claim-in-important-to-attribute"),
    pytest.param("After the cyberattack, the Government said those who target Australian networks will be pursued.", [],
                 id="no-attack-by-those-who-would"),
    pytest.param("Ukraine's officials said the number of cyberattacks on the country has remained high since the invasion.",
                 [], id="no-attack-in-a-tally"),
    pytest.param("Hackers hit Estonia's tax board.\n\nRead more: How hackers target Latvian voters",
                 [ev("CyberAttack", [], ["Estonia"])], id="no-attack-in-a-read-more-line"),
    pytest.param("Iranian hackers have been targeting Israeli water utilities since at least 2019, the agency said.",
                 [ev("CyberAttack", ["Iran"], ["Israel", "Israeli water utilities"], "2019")], id="date-since-at-least-a-year"),
    pytest.param("Since about 2011, North Korean hackers have attacked South Korea's banks.",
                 [ev("CyberAttack", ["North Korea"], ["South Korea"], "2011")], id="date-since-about-a-year"),
    pytest.param("On Tuesday, Estonia's foreign intelligence service said it had established links between a group "
                 "known as APT29 and the compromise of the Latvian foreign ministry.",
                 [ev("Attribution", ["Estonia"], ["APT29"], "2024-05-14"),
                  ev("CyberAttack", [], ["Latvia", "foreign ministry"])],
                 id="attribution-established-links-between"),
    pytest.param("US President Barack Obama spoke on Monday. The Obama administration formally accused Russia on Tuesday of "
                 "hacking the Democratic National Committee.",
                 [ev("Attribution", ["United States", "Barack Obama"], ["Russia"], "2024-05-14"),
                  ev("CyberAttack", ["Russia"], ["Democratic National Committee"])],
                 id="entity-a-leaders-administration-is-the-leaders-state"),
    pytest.param("On Wednesday Foreign Minister Mélanie Joly said Canada's signals intelligence agency had concluded "
                 "that the MSS was responsible for the intrusions.",
                 [ev("Attribution", ["Canada", "signals intelligence agency"], ["China", "Ministry of State Security (China)"], "2024-05-15")],
                 id="entity-a-described-agency-is-its-owners"),
    pytest.param("Hackers broke into Norway's parliament. On Friday, Oslo said Russia had carried out the hack, and "
                 "Denmark's foreign ministry said APT28 had targeted Danish ministries.",
                 [ev("CyberAttack", ["Russia"], ["Norway", "parliament"]),
                  ev("Attribution", ["Norway"], ["Russia"], "2024-05-17"),
                  ev("CyberAttack", ["APT28"], ["Denmark", "ministries"]),
                  ev("Attribution", ["Denmark", "foreign ministry"], ["APT28"], "2024-05-17")],
                 id="attribution-two-sayers-in-one-sentence"),
    pytest.param("The FBI on Tuesday blamed North Korea for last March's theft of $600 million from Sky Mavis's crypto bridge.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["North Korea"], "2024-05-14"),
                  ev("CyberAttack", [], ["Sky Mavis"], "2024-03")], id="attack-a-crypto-theft-dated-by-its-possessor"),
    pytest.param("The Justice Department on Tuesday charged a Russian computer programmer over the NotPetya attacks. "
                 "Yevgeny Petrov was charged with computer fraud in a complaint unsealed in Pittsburgh.",
                 [ev("LegalAction", ["United States Department of Justice", "United States"], ["Yevgeny Petrov", "Russia"],
                     "2024-05-14")], id="entity-a-russian-programmer-named-next"),
    pytest.param("The US on Monday charged a Russian national with hacking. Dmitry Peskov said the charges were baseless.",
                 [ev("LegalAction", ["United States"], ["Russia", "Russian national"], "2024-05-13"),
                  ev("Denial", ["Peskov"], [], "2024-05-13")], id="entity-a-spokesman-is-not-the-one-charged"),
    pytest.param("Iranian hackers attacked Albania's government. The Foreign Office said Iran's attempts to disrupt "
                 "Albanian public services were \"completely unacceptable\".",
                 [ev("CyberAttack", ["Iran"], ["Albania"]),
                  ev("Condemnation", ["Foreign, Commonwealth and Development Office", "United Kingdom"], ["Iran"])],
                 id="condemnation-a-states-attempts-were-unacceptable"),
    pytest.param("Russian hackers attacked the Dutch parliament. \"This is completely unacceptable,\" Mark Rutte said.",
                 [ev("CyberAttack", ["Russia"], ["Netherlands", "parliament"]), ev("Condemnation", ["Mark Rutte"])],
                 id="condemnation-quoted-this-is-unacceptable"),
    pytest.param("\"This is unacceptable,\" the minister said about the price of bread.", [],
                 id="no-condemnation-of-a-price"),
    pytest.param("Spokesman Lin Jian said China firmly opposed the accusations.", [ev("Denial", ["China"])],
                 id="denial-firmly-opposed-the-accusations"),
    pytest.param("The Foreign Ministry in Warsaw named APT28 as the originator of the attacks on Poland's railways.",
                 [ev("Attribution", ["Foreign Ministry", "Poland"], ["APT28"]), ev("CyberAttack", [], ["Poland"])],
                 id="attribution-named-as-originator"),
    pytest.param("In April the FBI said it had disabled a botnet of hijacked routers used by Chinese hackers.",
                 [ev("DefensiveMeasure", ["Federal Bureau of Investigation", "United States"], [], "2024-04")],
                 id="defence-disabled-a-botnet"),
    pytest.param("Chinese hackers breached Australia's parliament. The ASD said it worked with the parliament to contain "
                 "the intrusion.",
                 [ev("CyberAttack", ["China"], ["Australia", "parliament"]),
                  ev("DefensiveMeasure", ["Australian Signals Directorate", "Australia"])],
                 id="defence-a-helper-that-contains-is-no-victim"),
    pytest.param("Documents showed that Chinese hackers had broken into servers at the headquarters of the Indian "
                 "company Tata.", [ev("CyberAttack", ["China"], ["Tata"])], id="attack-broke-into-servers-at-a-company"),
    pytest.param("The European Union said the cyberattacks on Ukraine were conducted by Russian state actors.",
                 [ev("CyberAttack", ["Russia"], ["Ukraine"]), ev("Attribution", ["European Union"], ["Russia"])],
                 id="attribution-attacks-were-conducted-by"),
    pytest.param("The Dutch intelligence service said the cyberattack on Philips was the work of Chinese state hackers.",
                 [ev("CyberAttack", ["China"], ["Philips"]),
                  ev("Attribution", ["intelligence service", "Netherlands"], ["China"])],
                 id="attribution-the-work-of"),
    pytest.param("Google said the cyberattacks on Gmail originated in China.",
                 [ev("CyberAttack", ["China"], ["Gmail"]), ev("Attribution", ["Google"], ["China"])],
                 id="attribution-attacks-originated-in"),
    pytest.param("Britain's NCSC said the hackers who attacked the Electoral Commission's computer systems were acting "
                 "on behalf of the Russian state.",
                 [ev("CyberAttack", ["Russia"], ["Electoral Commission"]),
                  ev("Attribution", ["National Cyber Security Centre (United Kingdom)", "United Kingdom"], ["Russia"])],
                 id="attribution-hackers-acting-on-behalf-of"),
    pytest.param("Kyiv said Moscow was to blame for the cyberattack on Ukrainian banks.",
                 [ev("Attribution", ["Ukraine"], ["Russia"])], id="attribution-was-to-blame"),
    pytest.param("The Justice Department on Thursday unsealed charges against two Chinese hackers.",
                 [ev("LegalAction", ["United States Department of Justice", "United States"], ["China", "two Chinese hackers"], "2024-05-16")],
                 id="legal-unsealed-charges-against"),
    pytest.param("Shamoon malware wiped data from 30,000 computers at Saudi Aramco.",
                 [ev("CyberAttack", ["Shamoon"], ["Aramco", "Saudi Arabia"])], id="attack-wiped-data-from-computers-at"),
    pytest.param("Russia's embassy in London said the British accusations were \"another piece of disinformation\".",
                 [ev("Denial", ["embassy", "Russia"])], id="denial-accusations-were-disinformation"),
    pytest.param("He said the report was a useful piece of work.", [], id="no-denial-in-a-verdict-on-a-report"),
    pytest.param("The Bundestag detected an intrusion into the Bundestag network in May.",
                 # (the day an attack was detected dates it, as annotators date it, since session 17)
                 [ev("CyberAttack", [], ["Bundestag", "Germany"], "2024-05")], id="attack-detected-an-intrusion-into"),
    pytest.param("Medibank confirmed that hackers had accessed the data of 9.7 million customers.",
                 [ev("CyberAttack", [], ["Medibank"])], id="attack-a-company-reports-its-own-loss"),
    pytest.param("Optus said hackers had stolen the personal details of 9.8 million customers.",
                 [ev("CyberAttack", [], ["Optus"])], id="attack-stolen-personal-details"),
    pytest.param("The Wall Street Journal reported that hackers had infiltrated the computer systems of a dam.",
                 [], id="no-loss-of-a-paper-that-reports-it"),
    pytest.param("Customers can access their accounts online.", [], id="no-attack-in-ordinary-access"),
    pytest.param("NoName057 is known for DDoS campaigns and phishing. Researchers found its botnet last year. On Monday "
                 "the group's attacks hit the Danish defence ministry.",
                 [ev("CyberAttack", ["NoName057(16)"], ["Denmark", "defence ministry"], "2024-05-13")],
                 id="attack-a-bare-attack-in-an-article-about-ddos"),
    pytest.param("APT28 and Sandworm were named in the report. Both use X-Agent. On Monday the group's attacks hit the "
                 "German foreign ministry.",
                 [ev("CyberAttack", ["Sandworm"], ["Federal Foreign Office", "Germany"], "2024-05-13")],
                 id="attack-a-bare-attack-in-an-article-naming-threat-actors"),
    pytest.param("Killnet said on Telegram that it had attacked the websites of Lithuanian ministries.",
                 [ev("CyberAttack", ["Killnet"], ["Lithuania", "ministries"]), ev("Attribution", ["Killnet"], ["Killnet"])],
                 id="attribution-a-group-telling-of-its-own-attack-claims-it"),
    pytest.param("Microsoft said it had attacked the botnet.", [], id="no-claim-without-a-named-victim"),
    # -- session 6 ---------------------------------------------------------------------------
    pytest.param("The Foreign Office said Ivan Sokolov was subject to an asset freeze and a travel ban.",
                 [ev("Sanction", ["Foreign, Commonwealth and Development Office", "United Kingdom"], ["Ivan Sokolov"])],
                 id="sanction-subject-to-an-asset-freeze"),
    pytest.param("Officials said Ivan Sokolov is now subject to sanctions.", [], id="no-sanction-without-a-named-sayer"),
    pytest.param("ESET said the evidence pointed to North Korean hackers.",
                 [ev("Attribution", ["ESET"], ["North Korea"])], id="attr-evidence-pointed-to"),
    pytest.param("Mandiant said the code of the implant linked the intrusion into the Finnish parliament to APT31.",
                 [ev("Attribution", ["Mandiant"], ["APT31"]), ev("CyberAttack", [], ["Finland", "parliament"])],
                 id="attr-evidence-linked"),
    pytest.param("The road points to Tallinn, the mayor said.", [], id="no-attr-in-a-road-that-points"),
    pytest.param("President Andrzej Duda said investigations pointed to Russia's security services, which he accused "
                 "of waging a cyberwar against Poland.",
                 [ev("Attribution", ["Andrzej Duda"], ["Russia", "security services"])],
                 id="attr-evidence-and-claim-in-one-sentence-one-claim"),
    pytest.param("On Friday the Justice Department unveiled an indictment against Ivan Sokolov.",
                 [ev("LegalAction", ["United States", "United States Department of Justice"], ["Ivan Sokolov"], "2024-05-17")],
                 id="legal-unveiled-an-indictment"),
    pytest.param("Latvia deems the Russian cyberattacks unacceptable.",
                 [ev("Condemnation", ["Latvia"], ["Russia"])], id="cond-deems-unacceptable"),
    pytest.param("In New Jersey, a 26-count indictment against Ivan Sokolov was unsealed on Tuesday.",
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2024-05-14")],
                 id="legal-passive-indictment-in-a-us-state"),
    pytest.param("An indictment against Ivan Sokolov was unsealed in Germany.",
                 [ev("LegalAction", ["Germany"], ["Ivan Sokolov"])], id="legal-passive-indictment-in-a-country"),
    pytest.param("On Wednesday, federal prosecutors in Los Angeles unsealed charges against Ivan Sokolov, who they "
                 "say ran the botnet. The US attorney announced it.",
                 # (since session 38: the US Attorney of the district, as the gold names federal prosecutors)
                 [ev("LegalAction", ["United States Attorney for the Central District of California", "United States"],
                     ["Ivan Sokolov"], "2024-05-15")],
                 id="legal-federal-prosecutors-of-the-one-federal-state-named"),
    pytest.param("The Dutch government attributes the malware to a unit within the GRU.",
                 [ev("Attribution", ["Netherlands"], ["GRU (Russian Federation)", "Russia"])],
                 id="attr-attributes-to-a-unit-within"),
    pytest.param("Killnet attacked the website of Vilnius airport on Monday, and Killnet claimed that one too.",
                 [ev("Attribution", ["Killnet"], ["Killnet"], "2024-05-13"),
                  ev("CyberAttack", ["Killnet"], ["Lithuania"], "2024-05-13")],
                 id="attr-an-attacker-claims-that-one"),
    pytest.param("Spokesman Wang Lei said Beijing \"firmly opposes\" Blinken's remarks on Chinese hacking.",
                 [ev("Condemnation", ["China"], ["Blinken"])], id="cond-firmly-opposes-remarks"),
    pytest.param("Moscow opposed the plan.", [], id="no-cond-in-opposing-a-plan"),
    # "Metropolitan Police" + "Department in Tokyo" is not London's force; "the police" recalls it;
    # "a hacking group known as Tick" is the group, not a person
    pytest.param("On Tuesday the Metropolitan Police Department in Tokyo sent papers on a Chinese man to prosecutors. "
                 "The police say the attacks on Mitsubishi Electric were carried out by a hacking group known as Tick.",
                 [ev("Attribution", ["Metropolitan Police Department", "Japan"], ["Tick"], "2024-05-14"),
                  ev("CyberAttack", ["Tick"], ["Mitsubishi Electric"])],
                 id="attr-the-police-recalls-a-longer-police-name"),
    pytest.param("Japanese police on Tuesday publicly tied a Chinese military unit to a hacking campaign against "
                 "Mitsubishi Electric.",
                 [ev("Attribution", ["police", "Japan"], ["military unit", "China"], "2024-05-14"),
                  ev("CyberAttack", [], ["Mitsubishi Electric"])],
                 id="attr-tied-a-unit-to-a-campaign"),
    pytest.param("Canada joined the EU in sanctioning three Russian officers.",
                 [ev("Sanction", ["Canada"], ["Russia", "three Russian officers"]),
                  ev("Sanction", ["European Union"], ["Russia", "three Russian officers"])],
                 id="sanction-joined-x-in-sanctioning"),
    pytest.param("The United States named APT10 for the hacking campaign.",
                 [ev("Attribution", ["United States"], ["APT10"])], id="attr-named-x-for-the-campaign"),
    pytest.param("The ministry named Ivan Petrov for the award.", [], id="no-attr-in-naming-for-an-award"),
    pytest.param("In March, an attack claimed by Killnet crippled the website of Lithuania's tax authority for days.",
                 [ev("Attribution", ["Killnet"], ["Killnet"], "2024-03"),
                  ev("CyberAttack", ["Killnet"], ["Lithuania", "tax authority"], "2024-03")],
                 id="attack-an-attack-claimed-by-x-crippled-y"),
    pytest.param("When Mitsubishi Electric disclosed a major breach in January 2020, newspapers blamed Chinese hackers.",
                 [ev("CyberAttack", [], ["Mitsubishi Electric"])], id="attack-a-company-discloses-its-own-breach"),
    # "both men", "them": the people named together just before (NER's "Pavel Orlov" organisation,
    # coordinated with a person, is a person)
    pytest.param("In February, the Justice Department unsealed indictments against two Russian nationals, Ivan Sokolov "
                 "and Pavel Orlov, and the Treasury sanctioned both men.",
                 [ev("LegalAction", ["United States", "United States Department of Justice"],
                     ["Ivan Sokolov", "Pavel Orlov", "Russia"], "2024-02"),
                  ev("Sanction", ["United States", "United States Department of the Treasury"],
                     ["Ivan Sokolov", "Pavel Orlov", "Russia"], "2024-02")],
                 id="sanction-both-men"),
    pytest.param("On Tuesday the Justice Department charged Ruslan Petrov and Andrey Volkov with hacking, and the Treasury "
                 "imposed sanctions of its own on them.",
                 [ev("LegalAction", ["United States", "United States Department of Justice"],
                     ["Andrey Volkov", "Ruslan Petrov"], "2024-05-14"),
                  ev("Sanction", ["United States", "United States Department of the Treasury"],
                     ["Andrey Volkov", "Ruslan Petrov"], "2024-05-14")],
                 id="sanction-on-them-the-pair-named-before"),
    pytest.param("The Dutch firm Fox-IT found the intrusion on Friday. The Dutch government blamed Russia for the intrusion. The company "
                 "said it had taken its servers offline.",
                 [ev("Attribution", ["Netherlands"], ["Russia"], "2024-05-17"),
                  ev("DefensiveMeasure", ["Fox-IT"], [], "2024-05-17")], id="defence-the-company-said-it"),
    pytest.param("On Monday, Rutte told lawmakers that there was hard evidence of Chinese involvement in the hack of the "
                 "Dutch parliament.",
                 [ev("Attribution", ["Rutte"], ["China"], "2024-05-13"), ev("CyberAttack", [], ["Netherlands", "parliament"])],
                 id="attr-evidence-of-involvement"),
    pytest.param("Officials said there was no evidence of Chinese involvement in the hack of the Dutch parliament.",
                 [ev("CyberAttack", [], ["Netherlands", "parliament"])], id="no-attr-in-no-evidence-of-involvement"),
    pytest.param("On Thursday, Canada's foreign ministry said that APT31 had acted on behalf of the MSS.",
                 [ev("Attribution", ["foreign ministry", "Canada"], ["APT31", "Ministry of State Security (China)", "China"],
                     "2024-05-16")],
                 id="attr-hackers-acted-on-behalf-of-a-state"),
    pytest.param("Reuters reported that investigators suspected hackers working for the MSS.", [],
                 id="no-attr-in-hackers-working-for-described-in-a-report"),
    pytest.param("Researchers at Bluefin Labs said on Friday that REvil was responsible for the attack on Kaseya.",
                 [ev("Attribution", ["Bluefin Labs"], ["REvil"], "2024-05-17"), ev("CyberAttack", [], ["Kaseya"])],
                 id="attr-a-company-name-ner-missed-by-its-suffix"),
    pytest.param("On Monday the spokeswoman of the Dutch foreign ministry, Eva Jansen, said that the phishing campaign can "
                 "be attributed to the GRU.",
                 [ev("Attribution", ["Eva Jansen", "foreign ministry", "Netherlands"], ["GRU (Russian Federation)", "Russia"],
                     "2024-05-13")], id="attr-can-be-attributed-asserts"),
    pytest.param("The attack could be attributed to Russia, officials said.", [], id="no-attr-in-could-be-attributed"),
    # the EU's seat stands for the EU when Belgium is named no other way; Germany, who "joined" in,
    # made its claim on its own day, told in its own sentence
    pytest.param("After Berlin, Brussels points the finger at Moscow over the hacking campaign. The European Union on "
                 "Friday joined Germany in connecting with the Russian state the phishing operation. On 6 September, "
                 "Germany blamed Russia for the phishing operation.",
                 [ev("Attribution", ["European Union"], ["Russia"], "2024-05-17"),
                  ev("Attribution", ["Germany"], ["Russia"], "2023-09-06")],
                 id="attr-seat-joined-and-connected"),
    pytest.param("Researchers at the firm found traces which they associate to APT28.", [],
                 id="no-attr-in-a-relative-clause-description"),
    pytest.param("Microsoft tracked phishing against individuals connected to Taiwanese interests.", [],
                 id="no-attr-in-connected-to-as-a-description"),
    # (and the unnamed men sanctioned stand for their group, as the gold sets read "sanctioned seven
    # alleged Trickbot members")
    pytest.param("Britain sanctioned two men it linked to APT31, a hacking group.",
                 [ev("Attribution", ["United Kingdom"], ["APT31"]), ev("Sanction", ["United Kingdom"], ["APT31", "two men"])],
                 id="attr-linked-in-a-relative-clause-with-its-sayer"),
    pytest.param("Iran has rejected previous accusations of state hacking.", [], id="no-denial-of-previous-accusations"),
    pytest.param("Russian officials have in the past denied that Moscow harbours cybercriminals.", [],
                 id="no-denial-in-the-past"),
    pytest.param("On Monday Iran rejected the accusations of hacking.", [ev("Denial", ["Iran"], [], "2024-05-13")],
                 id="denial-of-this-weeks-accusations"),
    pytest.param("Many Chinese netizens slammed the US move on social media.", [], id="no-cond-by-netizens"),
    # the small parser reads "had disabled accounts" as "had [disabled accounts]"
    pytest.param("Google said on Monday that it had disabled accounts that the hackers had been using for phishing.",
                 [ev("DefensiveMeasure", ["Google"], [], "2024-05-13")], id="defence-had-disabled-accounts-misparsed"),
    # "calls itself X": the subject is X, so the next "it ... it" finds it; what it claims is its attack
    pytest.param("The group behind the claim calls itself Killnet. It is not new to Estonia: it had already claimed the "
                 "attack on Tallinn airport in March.",
                 [ev("Attribution", ["Killnet"], ["Killnet"], "2024-03"), ev("CyberAttack", ["Killnet"], ["Estonia"], "2024-03")],
                 id="attr-calls-itself-then-it-claimed"),
    # "they" is the group, not a state or a newspaper named once in between
    pytest.param("NoName057(16) attacked Polish banks in January. Two days after Ukraine's election, the Kyiv Post's "
                 "website was knocked offline, which they also took credit for.",
                 [ev("Attribution", ["NoName057(16)"], ["NoName057(16)"]), ev("CyberAttack", [], ["Kyiv Post"]),
                  ev("CyberAttack", ["NoName057(16)"], ["Poland", "Polish banks"], "2024-01")],
                 id="attr-they-is-the-group-not-a-state-named-once"),
    pytest.param("Estonia condemned the Russian cyberattacks on its banks.",
                 [ev("Condemnation", ["Estonia"], ["Russia"]), ev("CyberAttack", ["Russia"], ["Estonia"])],
                 id="attack-nationality-adjective-is-the-doer"),
]


def test_a_charge_is_an_envoy_only_as_charge_daffaires():
    from kg.extract.entities import is_mission
    from kg.nlp.pipeline import get_nlp

    doc = get_nlp()("Iran's charge d'affaires was summoned. Charges were filed in New Jersey.")
    charge, charges = doc[2], next(t for t in doc if t.text == "Charges")
    assert is_mission(charge) and not is_mission(charges)


@pytest.mark.parametrize("text,want", CASES)
def test_phrasing(text, want):
    assert got(text) == sorted(want)


@pytest.mark.parametrize("text,typ,modality", [
    ("The worm, allegedly created by Russia, infected the computers of Ukraine's railway operator.",
     "CyberAttack", "alleged"),
    ("Suspected Chinese hackers broke into the email servers of Belgium's foreign ministry on Monday.",
     "CyberAttack", "alleged"),
    ("Hackers broke into the email servers of Belgium's foreign ministry on Monday.", "CyberAttack", "asserted"),
], ids=["allegedly-created-by", "suspected-hackers", "plain-hackers"])
def test_modality_of_the_kept_event(text, typ, modality):
    evs = [e for e in read(text).to_events_json()["events"] if e["type"] == typ]
    assert [e["modality"] for e in evs] == [modality]


def test_agency_entities_are_the_gazetteer_ones():
    rep = read("Russia's GRU military intelligence agency carried out the cyberattack on Georgia's parliament. "
               "The United States sanctioned Iran's intelligence agency.")
    keys = set(rep.entities)
    assert {"org-gru-russian-federation", "org-ministry-of-intelligence-iran"} <= keys
    assert not [k for k in keys if k.startswith("gov-rus") or k.startswith("gov-irn")], keys
    gru = rep.entities["org-gru-russian-federation"]
    assert "Russia's GRU military intelligence agency" in gru.aliases


# -- unnamed groups of victims (session 9) ----------------------------------------------------
GROUP_CASES = [
    pytest.param("Prosecutors said on Tuesday that the gang had hacked more than 300 companies and hospitals in Brazil and "
                 "Chile.",
                 [ev("CyberAttack", [], ["Brazil", "Chile", "more than 300 companies and hospitals in Brazil and Chile"])],
                 id="group-counted-victims-with-their-places"),
    pytest.param("The report blamed North Korea for cyberattacks on banks and cryptocurrency exchanges.",
                 [ev("CyberAttack", ["North Korea"], ["banks and cryptocurrency exchanges"])],
                 id="group-attack-noun-on-a-list-of-victims"),
    pytest.param("Hackers broke into the computer networks of oil refiners, gas traders and shipping firms in 2021.",
                 [ev("CyberAttack", [], ["oil refiners, gas traders and shipping firms"], "2021")],
                 id="group-the-owners-of-the-networks"),
    # a count of servers is a detail of an attack told elsewhere; a bare plural is nobody
    pytest.param("The ransomware encrypted more than 500 servers on Monday.", [], id="group-bare-systems-are-no-victim"),
    pytest.param("Hackers had broken into companies.", [], id="group-bare-plural-is-no-victim"),
    # a takedown: control taken of a gang's servers (not of a town, nor by intruders)
    pytest.param("In March the Dutch police, working with partners in six countries, took control of the servers of the "
                 "Qilin ransomware gang.",
                 [ev("DefensiveMeasure", ["police", "Netherlands"], [], "2024-03")], id="defence-took-control-of-the-servers"),
    pytest.param("The rebels took control of the town on Monday.", [], id="defence-control-of-a-town-is-no-takedown"),
    # stopping a service, moving one to other systems
    pytest.param("After the ransomware attack on Monday, the aluminium maker Hydra stopped production at several plants.",
                 [ev("DefensiveMeasure", ["Hydra"])], id="defence-stopped-production"),
    pytest.param("The immigration service was moved to backup systems after the ransomware attack, the Directorate "
                 "General of Immigration said.",
                 [ev("DefensiveMeasure", ["Directorate General of Immigration"]),
                  ev("CyberAttack", [], ["Directorate General of Immigration"])],
                 id="defence-moved-to-backup-systems"),
    pytest.param("The company moved its headquarters to Berlin.", [], id="defence-a-move-of-no-system"),
    # a passive verb's stranded preposition: its subject is the victim
    pytest.param("The foreign ministry of Slovakia said on Tuesday that dozens of its email accounts had been broken into.",
                 [ev("CyberAttack", [], ["foreign ministry", "Slovakia"])], id="attack-passive-broken-into"),
    # an operation noun without a cyber word counts when an attacker runs it
    pytest.param("The Lazarus Group had been running a cash-out campaign against banks in Africa.",
                 [ev("CyberAttack", ["Lazarus Group"], ["banks in Africa"])], id="attack-campaign-run-by-an-attacker"),
    pytest.param("The government launched a campaign against drunk driving.", [], id="attack-campaign-of-no-attacker"),
    # counted unnamed people sanctioned are a group too
    pytest.param("On Friday the European Union imposed sanctions against six individuals and three entities over "
                 "cyberattacks.",
                 [ev("Sanction", ["European Union"], ["six individuals and three entities"], "2024-05-17")],
                 id="sanction-unnamed-individuals-are-a-group"),
    # "identified the malware as X": the name given is the one blamed, not what "the malware" recalls
    pytest.param("Ransomware crippled the systems of the Lisbon water utility EPAL on Friday. On Saturday, Portugal's "
                 "National Cybersecurity Centre identified the malware as LockerGoga.",
                 [ev("CyberAttack", [], ["EPAL"], "2024-05-17"),
                  ev("Attribution", ["National Cybersecurity Centre", "Portugal"], ["LockerGoga"], "2024-05-18")],
                 id="attr-identified-the-malware-as-a-name"),
    # "since" tagged as a conjunction still heads a time phrase of the verb
    pytest.param("Since at least 2019, the Lazarus Group has run phishing campaigns against banks in Chile.",
                 [ev("CyberAttack", ["Lazarus Group"], ["banks in Chile", "Chile"], "2019")], id="date-since-at-least-fronted"),
    # "the two airports": the bodies named just before whose names have the noun; each takes
    # its own measure
    pytest.param("Hackers hit Noi Bai International Airport and Tan Son Nhat International Airport on Friday. The two "
                 "airports had to switch to manual check-in for several hours.",
                 [ev("CyberAttack", [], ["Noi Bai International Airport", "Tan Son Nhat International Airport"], "2024-05-17"),
                  ev("DefensiveMeasure", ["Noi Bai International Airport"]),
                  ev("DefensiveMeasure", ["Tan Son Nhat International Airport"])],
                 id="defence-the-two-airports-named-before"),
]


@pytest.mark.parametrize("text,want", GROUP_CASES)
def test_unnamed_group_of_victims(text, want):
    assert got(text) == sorted(want)


def test_a_group_is_known_by_its_phrase_its_core_and_each_member():
    rep = read("Hackers broke into the computer networks of oil refiners, gas traders and shipping firms in 2021.")
    groups = [e for e in rep.to_events_json()["entities"] if e["name"] == "oil refiners, gas traders and shipping firms"]
    assert len(groups) == 1 and groups[0]["type"] == "Other"
    assert {"oil refiners", "gas traders", "shipping firms", "computer networks of oil refiners, gas traders and shipping firms"} \
        <= set(groups[0]["aliases"])
    # the group is the article's own: another article's "oil refiners" is another group
    assert [k for k in rep.entities if k.startswith("group-")] == ["group-t-oil-refiners-gas-traders-and-shipping-firms"]


def test_unnamed_defendants_are_a_group_known_by_their_phrase():
    rep = read("On Tuesday, Spanish police arrested three people suspected of running the Emotet botnet.")
    legal = [e for e in rep.to_events_json()["events"] if e["type"] == "LegalAction"]
    assert [(e["actors"], e["targets"], e["date"]) for e in legal] == [
        (["police", "Spain"], ["Emotet", "three people"], "2024-05-14")]
    group = next(e for e in rep.to_events_json()["entities"] if e["name"] == "three people")
    # the whole phrase, with its clause, and its core are aliases too (gold files name such groups either way)
    assert set(group["aliases"]) == {"three people suspected of running the Emotet botnet", "people"}


@pytest.mark.parametrize("text", [
    # named in apposition, or recalled by "the": no group of their own
    "On Monday, US prosecutors charged two Russian nationals, Ivan Petrov and Oleg Sokolov, with hacking.",
    "Ivan Petrov and Oleg Sokolov hacked the bank. On Monday, US prosecutors charged the two men.",
])
def test_named_or_recalled_defendants_are_no_group(text):
    assert not [k for k in read(text).entities if k.startswith("group-")]


RESPONSE_CASES = [
    # incident-response verbs: access restricted, force majeure, flaws closed, advice to replace,
    # keys rotated, credit monitoring offered; and arrests told as custody
    pytest.param("The Danish retailer Salling Group restricted internet access at its stores on Tuesday as a precaution "
                 "after the cyberattack.",
                 [ev("DefensiveMeasure", ["Salling Group"], [], "2024-05-14")], id="defence-restricted-access"),
    pytest.param("The agency limited the number of visitors.", [], id="defence-a-limit-on-no-access"),
    pytest.param("After the ransomware attack, the port operator Hafnia Terminals declared force majeure on Monday.",
                 [ev("DefensiveMeasure", ["Hafnia Terminals"], [], "2024-05-13"), ev("CyberAttack", [], ["Hafnia Terminals"])],
                 id="defence-declared-force-majeure"),
    # "On 21 April Microsoft ...": the parser compounds the date on the name; it still dates the verb
    pytest.param("On 21 April Microsoft closed two vulnerabilities in Windows.",
                 [ev("DefensiveMeasure", ["Microsoft"], [], "2024-04-21")], id="defence-closed-vulnerabilities-date-on-name"),
    pytest.param("The retailer closed three stores.", [], id="defence-closing-no-flaw"),
    pytest.param("On Tuesday the Lisbon water utility EPAL told customers to replace their passwords after the cyberattack.",
                 [ev("DefensiveMeasure", ["EPAL"], [], "2024-05-14"), ev("CyberAttack", [], ["EPAL"])],
                 id="defence-told-customers-to-replace"),
    pytest.param("The Lisbon water utility EPAL told reporters on Tuesday that sales were up.", [], id="defence-told-no-step"),
    pytest.param("After the intrusion, the Lisbon water utility EPAL rotated all signing keys.",
                 [ev("DefensiveMeasure", ["EPAL"]), ev("CyberAttack", [], ["EPAL"])], id="defence-rotated-keys"),
    pytest.param("After the data breach at Medisure, the insurer Medisure offered customers two years of free credit monitoring.",
                 [ev("DefensiveMeasure", ["Medisure"]), ev("CyberAttack", [], ["Medisure"])],
                 id="defence-offered-years-of-credit-monitoring"),
    pytest.param("Spanish police took two suspects into custody on Tuesday over the cyberattack on the Madrid metro.",
                 [ev("LegalAction", ["police", "Spain"], ["two suspects"], "2024-05-14"), ev("CyberAttack", [], ["Spain"])],
                 id="legal-taken-into-custody"),
    # an account or site hijacked is attacked (a plane hijacked is not a cyber act)
    pytest.param("Hackers hijacked the Instagram accounts of Olaf Scholz and Pedro Sanchez on Wednesday.",
                 [ev("CyberAttack", [], ["Olaf Scholz", "Pedro Sanchez", "Instagram"], "2024-05-15")], id="attack-hijacked-accounts"),
    pytest.param("Gunmen hijacked a plane bound for Kabul.", [], id="attack-hijacked-plane-is-no-cyber-act"),
    # work done without the computers: manually, by hand, on paper (not "on the other hand")
    pytest.param("After the ransomware attack on Monday, the city of Muleshoe ran its water system manually.",
                 [ev("DefensiveMeasure", ["Muleshoe"])], id="defence-ran-manually"),
    pytest.param("After the cyberattack, the hospital Klinikum Nord processed admissions by hand for three days.",
                 [ev("DefensiveMeasure", ["Klinikum Nord"]), ev("CyberAttack", [], ["Klinikum Nord"])],
                 id="defence-processed-by-hand"),
    pytest.param("On the other hand, the Lisbon utility EPAL ran a campaign after the cyberattack.", [],
                 id="defence-on-the-other-hand-is-no-manual-work"),
    # a demand that another party stop its attacks condemns that party; "its" is the party urged
    pytest.param("On Monday the Iranian foreign ministry urged Israel to stop its cyberattacks on Iranian ports.",
                 [ev("Condemnation", ["Ministry of Foreign Affairs (Iran)", "Iran"], ["Israel"], "2024-05-13")],
                 id="condemn-urged-to-stop-its-attacks"),
    pytest.param("Vietnam called on China to cease hacking its ministries.",
                 [ev("Condemnation", ["Vietnam"], ["China"])], id="condemn-called-on-to-cease-hacking"),
    pytest.param("CISA urged agencies to stop using the software after the cyberattack.", [],
                 id="condemn-urged-to-stop-no-attack"),
    pytest.param("China urged the United States to stop smearing China and to stop its cyberattacks on China.",
                 [ev("Condemnation", ["China"], ["United States"]), ev("CyberAttack", ["United States"], ["China"])],
                 id="coref-its-is-the-party-urged"),
    # an operation says nothing: the parser's subject for "called on" is the speaker's
    pytest.param("Kaja Kallas said the Russian campaign was intolerable and called on Moscow to halt such activity.",
                 [ev("Condemnation", ["Kaja Kallas"], ["Russia"])], id="condemn-conjunct-of-a-reported-clause"),
    # a gerund opposed is what is denied
    pytest.param("Beijing firmly opposes smearing Chinese firms, a ministry spokesman said on Tuesday.",
                 [ev("Denial", ["China"], [], "2024-05-14")], id="deny-opposes-smearing"),
    # a reported exploitation or deployment by a named group is an attribution by the reporter
    pytest.param("Kaspersky reported on Monday that APT29 had exploited two flaws in Fortinet firewalls.",
                 [ev("Attribution", ["Kaspersky"], ["APT29"], "2024-05-13")], id="attr-reported-exploitation"),
    pytest.param("The union exploited a loophole in the law.", [], id="attack-a-loophole-exploited-is-no-hack"),
    pytest.param("ESET said on Wednesday that Sandworm had deployed a wiper on the servers of the Lisbon "
                 "utility EPAL.",
                 [ev("Attribution", ["ESET"], ["Sandworm"], "2024-05-15"), ev("CyberAttack", ["Sandworm"], ["EPAL"])],
                 id="attr-reported-ransomware-deployment"),
    pytest.param("The army deployed troops on the border.", [], id="attack-troops-deployed-are-no-malware"),
    # where a claim is posted is not the attack's victim
    pytest.param("Killnet flooded the websites of Latvian ministries on Monday. The gang claimed the operation on its "
                 "Telegram channel.",
                 [ev("CyberAttack", ["Killnet"], ["ministries", "Latvia"], "2024-05-13"),
                  ev("Attribution", ["Killnet"], ["Killnet"], "2024-05-13")], id="attr-claimed-on-its-channel"),
    # a generic body name, named with a state's demonym: that state's body (no other state's "Federal Police")
    pytest.param("The Australian Federal Police has arrested two men in Sydney over the hack.",
                 [ev("LegalAction", ["Federal Police", "Australia"], ["two men"])],
                 id="legal-another-states-federal-police"),
    # (a "Federal Police" is known by its state only: several states have one; the stoplist keeps
    # the name from standing for Mexico's alone)
    pytest.param("Mexico's Federal Police arrested two men over the hack.",
                 [ev("LegalAction", ["Federal Police", "Mexico"], ["two men"])], id="legal-mexicos-federal-police"),
    # a counted object named after a colon: those named are charged (not the prosecutors)
    pytest.param("On Friday, US prosecutors charged two others: Ivan Petrov, 19, of Tver, and Oleg Sokolov, 22, of Omsk.",
                 [ev("LegalAction", ["prosecutors", "United States"], ["Ivan Petrov", "Oleg Sokolov"], "2024-05-17")],
                 id="legal-charged-two-others-colon-names"),
    # a kind of act is no act ("such attacks", "all acts of cyberattack")
    pytest.param("The minister described the steps taken to prevent such attacks on hospitals in India.", [],
                 id="attack-such-attacks-are-a-kind"),
    pytest.param("Viet Nam strictly prohibits all acts of cyberattack against organisations and individuals.", [],
                 id="attack-all-acts-of-cyberattack-are-a-kind"),
    pytest.param("Hackers carried out attacks on all hospitals in Lisbon on Monday.",
                 [ev("CyberAttack", [], ["all hospitals in Lisbon", "Portugal"], "2024-05-13")], id="attack-on-all-hospitals-is-an-act"),
    # an unnamed court, judge or police acts for the state of the city it sits in (a court or
    # judge, since session 12, also as a court of the article)
    pytest.param("On Tuesday a judge in San Diego sentenced Pavel Orlov to five years in prison.",
                 [ev("LegalAction", ["Judge in San Diego", "United States"], ["Pavel Orlov"], "2024-05-14")], id="legal-judge-in-a-city"),
    pytest.param("Police in Gdansk have detained two men suspected of broadcasting the radio signal.",
                 [ev("LegalAction", ["Poland"], ["two men"])], id="legal-police-in-a-city"),
    # a verdict is a legal act, not a claim by the court; "found" alone is no legal act
    pytest.param("A jury at Snaresbrook Crown Court found Tomas Varga guilty of hacking a Lisbon bank on Wednesday.",
                 [ev("LegalAction", ["Snaresbrook Crown Court"], ["Tomas Varga"]),
                  ev("CyberAttack", ["Tomas Varga"], ["Portugal"], "2024-05-15")], id="legal-found-guilty"),
    pytest.param("In September, analysts at Recorded Future found a backdoor on a Kenyan minister's laptop and "
                 "attributed it to APT10.",
                 [ev("Attribution", ["Recorded Future"], ["APT10"], "2023-09"), ev("CyberAttack", [], ["Kenya"], "2023-09")],
                 id="attr-found-and-attributed-is-no-charge"),
    # more incident responses: paper records, cancelled operations, a directive, an order to agencies
    pytest.param("After the cyberattack the clinic Klinikum Nord reverted to paper records.",
                 [ev("CyberAttack", [], ["Klinikum Nord"]), ev("DefensiveMeasure", ["Klinikum Nord"])],
                 id="defence-reverted-to-paper"),
    pytest.param("The hospital Klinikum Nord cancelled operations on Tuesday after the ransomware attack.",
                 [ev("DefensiveMeasure", ["Klinikum Nord"], [], "2024-05-14")], id="defence-cancelled-operations"),
    pytest.param("The minister cancelled his trip.", [], id="defence-a-cancelled-trip"),
    pytest.param("On January 19 the NCSC issued an emergency directive after the hack of Fortinet appliances.",
                 [ev("DefensiveMeasure", ["National Cyber Security Centre (United Kingdom)", "United Kingdom"], [], "2024-01-19"),
                  ev("CyberAttack", [], ["Fortinet"])], id="defence-issued-a-directive"),
    # an order to remove a maker's products is a ban on the maker (a Sanction), not a defence
    pytest.param("In March 2019 the Department of Commerce ordered federal agencies to uninstall Huawei software "
                 "within 90 days.",
                 [ev("Sanction", ["United States Department of Commerce", "United States"], ["Huawei"], "2019-03")],
                 id="sanction-ordered-to-remove-a-makers-products"),
    # a flaw exploited "to target" people: the targeting is the act (the exploitation its means)
    pytest.param("The Lazarus Group exploited a flaw in the messaging app of Kakao to target 1,400 of its users in May.",
                 [ev("CyberAttack", ["Lazarus Group"], ["Kakao"], "2024-05")], id="attack-exploited-a-flaw-to-target"),
    # company statements: a response plan activated, a helpline set up, customers asked to reset,
    # backup systems, engineers working for the company that says so
    pytest.param("Microsoft activated its incident response plan after the cyberattack.",
                 [ev("DefensiveMeasure", ["Microsoft"]), ev("CyberAttack", [], ["Microsoft"])], id="defence-activated-a-plan"),
    pytest.param("After the data breach, the insurer Medisure set up a dedicated helpline for affected customers.",
                 [ev("DefensiveMeasure", ["Medisure"]), ev("CyberAttack", [], ["Medisure"])], id="defence-set-up-a-helpline"),
    pytest.param("The company set up a new office in Berlin.", [], id="defence-an-office-set-up"),
    pytest.param("Mary asked her colleagues to update the slides.", [], id="defence-asked-no-cyber"),
    pytest.param("The hospital Klinikum Nord switched to backup generators after the cyberattack.",
                 [ev("DefensiveMeasure", ["Klinikum Nord"]), ev("CyberAttack", [], ["Klinikum Nord"])],
                 id="defence-switched-to-backup"),
    pytest.param("Microsoft said engineers were working to bring the systems back online after the cyberattack.",
                 [ev("DefensiveMeasure", ["Microsoft"])], id="defence-the-sayers-engineers"),
    # a responder told by a kind of body recalls the latest named victim (one) of an attack just before
    pytest.param("Hackers broke into the systems of the Tokyo crypto exchange Coincheck on Monday. The exchange "
                 "suspended all withdrawals after the hack.",
                 [ev("CyberAttack", [], ["Coincheck"], "2024-05-13"), ev("DefensiveMeasure", ["Coincheck"])],
                 id="defence-the-exchange-is-the-victim"),
    # "it" is not a plural named just before ("a move that angered government agencies")
    pytest.param("Hackers hijacked dozens of accounts at the Dutch bank Bunq on Monday. The bank Bunq suspended all transfers, "
                 "a move that angered government agencies and news organisations for hours. By the evening it had "
                 "restricted employees' access to internal systems.",
                 [ev("DefensiveMeasure", ["Bunq"], [], "2024-05-13")], id="coref-it-is-no-plural"),
]


@pytest.mark.parametrize("text,want", RESPONSE_CASES)
def test_incident_response(text, want):
    assert got(text) == sorted(want)


# a place's institution ("Oslo Airport", "the Port of Valletta", "City of Bristol Police") names
# no state; institutions listed together each take their own measure
INSTITUTION_CASES = [
    pytest.param("Ransomware hit the Port of Valletta on Monday.",
                 [ev("CyberAttack", [], ["Port of Valletta"], "2024-05-13")], id="name-port-of-a-city"),
    pytest.param("Gardermoen, Oslo Airport and Milan Malpensa Airport switched to manual check-in on Friday after the cyberattack.",
                 [ev("CyberAttack", [], ["Gardermoen", "Oslo Airport", "Milan Malpensa Airport"]),
                  ev("DefensiveMeasure", ["Gardermoen"], [], "2024-05-17"),
                  ev("DefensiveMeasure", ["Oslo Airport"], [], "2024-05-17"),
                  ev("DefensiveMeasure", ["Milan Malpensa Airport"], [], "2024-05-17")], id="defence-each-airport-its-own"),
    pytest.param("The same ransomware crippled the city of Springfield, Illinois, in April.",
                 [ev("CyberAttack", [], ["Springfield, Illinois", "United States"], "2024-04")], id="name-a-town-with-its-state"),
    pytest.param("The Moscow Times reported that Ukrainian hackers attacked the railway.", [],
                 id="name-a-newspaper-named-after-its-city-is-no-state"),
    pytest.param("The Treasury and the State Department took the servers offline on Friday after the cyberattack.",
                 [ev("DefensiveMeasure", ["United States Department of the Treasury", "United States Department of State",
                                          "United States"], [], "2024-05-17"),
                  ev("CyberAttack", [], ["United States Department of the Treasury", "United States Department of State",
                                         "United States"])],
                 id="defence-a-states-bodies-act-together"),
]


def test_a_place_inside_an_institutions_name_is_no_state():
    ents = {e["name"]: e["type"] for e in read("The man was arrested by the City of Bristol Police after Lisbon Airport "
                                                   "was hit by ransomware.").to_events_json()["entities"]}
    assert {"City of Bristol Police", "Lisbon Airport"} <= set(ents) and "Portugal" not in ents and "United Kingdom" not in ents, ents


def test_an_updates_dated_heading_dates_its_this_morning():
    # a notice page with updates newest first: each "this morning" is its own update's day
    text = ("TRAVEL ALERT: check-in disruption\n\nUPDATE 2 - Friday 17 May, 08:00\n"
            "Lisbon Airport restored its check-in systems this morning.\n\n"
            "UPDATE 1 - Wednesday 15 May, 10:00\nLisbon Airport switched to manual check-in this morning after a cyberattack.\n")
    assert got(text) == sorted([ev("DefensiveMeasure", ["Lisbon Airport"], [], "2024-05-17"),
                                ev("DefensiveMeasure", ["Lisbon Airport"], [], "2024-05-15"),
                                ev("CyberAttack", [], ["Lisbon Airport"], "2024-05-15")])  # (what prompted the switch)


def test_a_heading_that_names_only_a_weekday_dates_nothing_below():
    text = ("Friday 17 May 2024 | live coverage\n\nLooking back at Monday\n\n"
            "Britain on Friday blamed Russia for the cyberattacks on Ukrainian banks.\n")
    assert [(t, d) for t, _, _, d in got(text) if t == "Attribution"] == [("Attribution", "2024-05-17")]


# a legal action with no named actor of its own: the court it is done at, or the justice that
# acted just before ("The judge sentenced him", "had already been charged in June")
JUSTICE_CASES = [
    pytest.param("Daniel Kowalski, a member of the hacking group Crimson Fox, was sentenced to a hospital order at Leeds Crown Court on Thursday.",
                 [ev("LegalAction", ["Leeds Crown Court"], ["Daniel Kowalski", "Crimson Fox"], "2024-05-16")],
                 id="legal-sentenced-at-a-named-court"),
    pytest.param("US prosecutors charged Daniel Kowalski in March over the Acme Corp hack. The judge sentenced him to five years in prison on Tuesday.",
                 [ev("LegalAction", ["prosecutors", "United States"], ["Daniel Kowalski"], "2024-03"),
                  # (session 20: the judge is a court of the prosecutors' state, not the prosecutors)
                  ev("LegalAction", ["Judge", "United States"], ["Daniel Kowalski"], "2024-05-14"),
                  ev("CyberAttack", [], ["Acme Corp"])], id="legal-the-judge-is-the-justice-before"),
    pytest.param("US prosecutors charged five GRU officers on Thursday. The civilian, Daniel Kowalski, had already been charged "
                 "over the wiper attacks in June.",
                 [ev("LegalAction", ["prosecutors", "United States"], ["GRU (Russian Federation)", "five GRU officers", "Russia"], "2024-05-16"),
                  ev("LegalAction", ["prosecutors", "United States"], ["Daniel Kowalski"], "2023-06")],
                 id="legal-agentless-passive-the-justice-before"),
    pytest.param("The U.S. District Court in the case is in Texas. Daniel Kowalski is charged with hacking Acme Corp.",
                 [ev("LegalAction", ["U.S. District Court", "United States"], ["Daniel Kowalski"]), ev("CyberAttack", ["Daniel Kowalski"], ["Acme Corp"])],
                 id="legal-the-court-named-before"),
]


# a body that detects an incident on its own network is its victim; a company's national arm
# keeps its country in its name
DETECTION_CASES = [
    pytest.param("Acme Corp detected a cyber incident on its network.", [ev("CyberAttack", [], ["Acme Corp"])],
                 id="attack-detected-a-cyber-incident"),
    pytest.param("Hutchison Ports Australia detected what it called a cybersecurity incident.",
                 [ev("CyberAttack", [], ["Hutchison Ports Australia"])], id="attack-detected-what-it-called-an-incident"),
    pytest.param("Acme Corp said it had detected unauthorised access to part of its infrastructure.",
                 [ev("CyberAttack", [], ["Acme Corp"])], id="attack-detected-unauthorised-access"),
    pytest.param("The bank said there had been no unauthorised access to customer accounts.", [],
                 id="attack-no-unauthorised-access"),
    pytest.param("The office reported a security incident with the lift.", [], id="attack-an-incident-not-cyber"),
]


# more of the ways a victim answers an attack: restricting withdrawals, bringing systems back,
# suspending links, asking airlines or partners to cancel or suspend
RESPONSE_CASES_2 = [
    pytest.param("After the cyberattack the exchange Bitkrona restricted new account openings and withdrawals of cryptocurrency.",
                 [ev("CyberAttack", [], ["Bitkrona"]), ev("DefensiveMeasure", ["Bitkrona"])], id="defence-restricted-withdrawals"),
    pytest.param("After the cyberattack, Acme Corp said that it has brought some systems back.",
                 [ev("CyberAttack", [], ["Acme Corp"]), ev("DefensiveMeasure", ["Acme Corp"])], id="defence-brought-systems-back"),
    pytest.param("After the cyberattack, Acme Corp suspended the electronic data interchange links with its customer.",
                 [ev("CyberAttack", [], ["Acme Corp"]), ev("DefensiveMeasure", ["Acme Corp"])], id="defence-suspended-links"),
    pytest.param("After the cyberattack, Lisbon Airport asked airlines to cancel half of their departures.",
                 [ev("CyberAttack", [], ["Lisbon Airport"]), ev("DefensiveMeasure", ["Lisbon Airport"])], id="defence-asked-airlines-to-cancel"),
    pytest.param("The airline asked passengers to arrive early for the holiday rush.", [], id="defence-asked-no-cyber-2"),
]


def test_the_incident_recalls_the_attack_before():
    assert got("Hackers hit Acme Corp in May. In August the company said the incident was carried out by the Lazarus Group.") == sorted([
        ev("CyberAttack", ["Lazarus Group"], ["Acme Corp"], "2024-05"), ev("Attribution", ["Acme Corp"], ["Lazarus Group"], "2023-08")])
    assert got("The office reported the incident with the lift in August.") == []


def test_a_group_identifying_itself_claims_its_defacement():
    text = ("On Sunday, hackers identifying themselves as Anonymous Maldives defaced the website of the election "
            "commission. The group claimed the defacement in the message it left on the site.")
    assert ("Attribution", ("Anonymous Maldives",), ("Anonymous Maldives",), "2024-05-12") in got(text)
    ents = {e["name"]: e["type"] for e in read(text).to_events_json()["entities"]}
    assert ents.get("Anonymous Maldives") == "ThreatActor" and "Maldives" not in ents, ents


def test_mr_and_a_surname_recall_a_full_name_ner_took_for_a_company():
    # (the NER takes "Aleksandr Orlov" in this sentence for an organisation)
    assert got("Australia sanctioned Aleksandr Orlov in January 2024, and the United States and the United Kingdom "
               "imposed sanctions on Mr Orlov at the same time.") == sorted([
        ev("Sanction", ["Australia"], ["Aleksandr Orlov"], "2024-01"),
        ev("Sanction", ["United States"], ["Aleksandr Orlov"], "2024-01"),
        ev("Sanction", ["United Kingdom"], ["Aleksandr Orlov"], "2024-01")])


# a proper name NER left untagged, as a clause's subject or object, is an organisation; a
# capitalised common word (a heading's "UPDATE", a sentence's first word, the tail of a longer
# name) is not
BARE_NAME_CASES = [
    pytest.param("Ransomware hit Zalando in September.", [ev("CyberAttack", [], ["Zalando"], "2023-09")], id="name-bare-victim"),
    pytest.param("Hackers hit Zalando and Otto in September.", [ev("CyberAttack", [], ["Zalando", "Otto"], "2023-09")],
                 id="name-bare-victims"),
    pytest.param("Government said hackers hit the city of Lyon on Monday.", [ev("CyberAttack", [], ["Lyon"], "2024-05-13")],
                 id="name-not-a-sentences-first-word"),
]


# one unnamed defendant ("a 17-year-old", "a woman in her fifties"), known also with its article;
# a company named after its country ("Singapore Airlines")
ONE_DEFENDANT_CASES = [
    pytest.param("Police arrested a 17-year-old in Walsall on Thursday in connection with the cyber attack.",
                 [ev("LegalAction", ["United Kingdom"], ["17-year-old"], "2024-05-16")], id="legal-arrested-a-17-year-old"),
    pytest.param("A woman in her fifties was arrested in Leeds on Tuesday in connection with the cyberattack.",
                 [ev("LegalAction", ["United Kingdom"], ["woman in her fifties"], "2024-05-14")], id="legal-a-woman-in-her-fifties"),
    pytest.param("A woman in her fifties was arrested in Marseille on Tuesday in connection with the cyberattack.",
                 [ev("LegalAction", ["France"], ["woman in her fifties"], "2024-05-14")], id="legal-in-a-city-ner-took-for-a-company"),
    pytest.param("Hackers hit Singapore Airlines in May.", [ev("CyberAttack", [], ["Singapore Airlines", "Singapore"], "2024-05")],
                 id="name-a-country-begins-a-company"),
]


# saying which state a threat actor belongs to blames the state (and the actor)
STATE_ACTOR_CASES = [
    pytest.param("Kaspersky published a report describing APT10 as a Chinese state-sponsored group.",
                 [ev("Attribution", ["Kaspersky"], ["APT10", "China"])], id="attr-describing-as-a-states-group"),
    pytest.param("Mandiant said that APT33 was an Iran-nexus threat actor.",
                 [ev("Attribution", ["Mandiant"], ["APT33", "Iran"])], id="attr-was-a-country-nexus-actor"),
    pytest.param("Analysts said the Lazarus Group is a large group.", [], id="attr-a-group-of-no-state"),
    pytest.param("Kaspersky describes Turla as a Russian-speaking group.", [], id="attr-a-language-is-no-state"),
]


# an incident word made cyber by a "cyber..." modifier: "a cybersecurity event", "what it called a
# cyber-related disruption" (the one that reports it is its victim); "a network outage" is none
PREFIX_CASES = [
    pytest.param("St Anne's Hospital shut down its network in January after what it called a cybersecurity matter.",
                 [ev("DefensiveMeasure", ["St Anne's Hospital"], [], "2024-01"), ev("CyberAttack", [], ["St Anne's Hospital"])],
                 id="attack-a-cybersecurity-matter"),
    pytest.param("Hutchison Ports reported what it called a cyber-related disruption to its systems.",
                 [ev("CyberAttack", [], ["Hutchison Ports"])], id="attack-reported-what-it-called-a-disruption"),
    pytest.param("The network outage at Hutchison Ports lasted hours.", [], id="attack-a-network-outage-is-none"),
]


# phrasings read since session 11, each list with the reason it was added
@pytest.mark.parametrize("text,want", INSTITUTION_CASES + JUSTICE_CASES + DETECTION_CASES + RESPONSE_CASES_2
                         + BARE_NAME_CASES + ONE_DEFENDANT_CASES + STATE_ACTOR_CASES + PREFIX_CASES)
def test_phrasing_since_session_11(text, want):
    assert got(text) == sorted(want)


def test_one_unnamed_defendant_is_known_with_its_article():
    ents = read("Police arrested a 17-year-old in Walsall on Thursday in connection with the cyber attack.").to_events_json()["entities"]
    assert any(e["name"] == "17-year-old" and "a 17-year-old" in e["aliases"] for e in ents), ents


def test_a_piece_of_a_hyphenated_name_is_no_bare_name():
    ents = {e["name"] for e in read("Hackers hit the offices of the People's Union, or Hezb-e-Wahdat, in May.").to_events_json()["entities"]}
    assert "Wahdat" not in ents, ents


def test_a_one_word_name_the_article_treats_as_a_company_is_one():
    # the NER takes "Zalando" for a person; its customers and its "it" make it a company
    ents = {e["name"]: e["type"] for e in read("Hackers hit Zalando in September. Zalando said it had restored its "
                                                   "systems. Zalando's customers were told to reset passwords.").to_events_json()["entities"]}
    assert ents.get("Zalando") == "Organization", ents
    # a person stays one: titled, or with "he"
    ents = {e["name"]: e["type"] for e in read("Hackers hit Acme Corp in May. President Obama said he had ordered a review.")
            .to_events_json()["entities"]}
    assert ents.get("Obama") == "Person", ents


# session 12: dates the parser hung on the wrong word. "On 9 April President X announced ...,
# said ... and gave ..." parsed with "announced" as the object of a subjectless "said" (the date
# is the whole sentence's); a date after "Summary:" parsed inside a clause on that label.
DATE_PARSE_CASES = [
    pytest.param("Summary: On 3 March 2021 a ransomware attack crippled Moldovan customs systems. On 9 April "
                 "President Ana Popescu announced that an inquiry had found that Russia was behind it, said Moldova "
                 "was cutting diplomatic ties with Moscow and gave Russian embassy staff 48 hours to leave. Two days "
                 "later the European Union sanctioned Russia's GRU over the attack.",
                 [ev("CyberAttack", [], ["Moldova"], "2021-03-03"), ev("Attribution", ["Ana Popescu"], [RUS], "2021-04-09"),
                  ev("SeverRelations", ["Moldova"], [RUS], "2021-04-09"), ev("ExpelDiplomats", ["Moldova"], [RUS], "2021-04-09"),
                  ev("Sanction", ["European Union"], [GRU, RUS], "2021-04-11")],
                 id="date-of-a-misparsed-coordination"),
    # a clause before a semicolon, parsed as the object of the next sentence's "said", is no
    # reported clause: its day is the anchor of "two days later" (not the blog's time stamp)
    pytest.param("10:15 a.m.\n\nMore background. A tipster who saw the forum posts emailed the bank's security "
                 "address on March 4, 2021; Santander said it confirmed the intrusion two days later and fixed the "
                 "configuration flaw immediately.",
                 [ev("DefensiveMeasure", ["Santander"], [], "2021-03-06"), ev("CyberAttack", [], ["Santander"])],
                 id="date-anchor-before-a-semicolon"),
]


# session 12: an unnamed court, judge or jury that acts is a court of the article (with its
# state), and a civil suit is a legal action whose plaintiffs may go unnamed
COURT_CASES = [
    pytest.param("On Tuesday a federal judge in Boston sentenced Mara Quist, who ran the botnet, to four years in prison.",
                 [ev("LegalAction", ["United States District Court for the District of Massachusetts", "United States"],
                     ["Mara Quist"], "2024-05-14")],
                 id="legal-an-unnamed-judge-is-a-court"),
    pytest.param("A court in Bonn gave Daniel Keller a suspended sentence last year.",
                 [ev("LegalAction", ["Court in Bonn", "Germany"], ["Daniel Keller"], "2023")],
                 id="legal-gave-a-sentence"),
    pytest.param("FBI agents arrested Ada Lind at her home in Seattle on July 29, 2019. A grand jury later indicted her.",
                 [ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ada Lind"], "2019-07-29"),
                  ev("LegalAction", ["Grand jury"], ["Ada Lind"])],
                 id="legal-later-takes-no-day-from-before"),
    pytest.param("Shareholders filed a lawsuit against Equifax in March.",
                 [ev("LegalAction", ["Shareholders"], ["Equifax"], "2024-03")], id="legal-unnamed-plaintiffs-file-a-suit"),
    pytest.param("Dozens of class-action lawsuits were filed against Equifax within weeks of the leak.",
                 [ev("LegalAction", [], ["Equifax"])], id="legal-suits-filed-by-nobody-named"),
    pytest.param("At least six class actions have been filed against Equifax on behalf of loyalty members.",
                 [ev("LegalAction", ["loyalty members"], ["Equifax"])], id="legal-suits-on-behalf-of"),
]


# session 12: claims the parser hid. "said the group had targeted companies", with "targeted"
# parsed as an adjective of "companies", is still a claim; "IT workers" is no "it" (the sayer);
# stolen research and code are stolen data; "their" in the clause of a plural subject is theirs
CLAIM_CASES_12 = [
    pytest.param("Last Thursday, Norway and Denmark said the Chinese hacking group known as APT41 had targeted "
                 "companies involved in developing vaccines in both countries.",
                 [ev("Attribution", ["Norway"], ["China", "APT41"], "2024-05-16"),
                  ev("Attribution", ["Denmark"], ["China", "APT41"], "2024-05-16")],
                 id="attr-a-finite-clause-parsed-as-an-adjective"),
    pytest.param("The FBI warned that hackers linked to Iran were trying to steal vaccine research from American universities.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["Iran"]),
                  ev("CyberAttack", ["Iran"], ["American universities", "United States"])],
                 id="attack-stealing-research"),
    pytest.param("The FBI said North Korean IT workers had begun stealing source code from their employers.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["North Korea"])],
                 id="attr-it-workers-are-no-pronoun"),
]


# session 12: more ways a victim defends itself (in a story about a cyberattack)
CYBER_CONTEXT = "A cyberattack hit Cloudflare on Friday. The hackers used a botnet of malware-infected cameras. "
CONTEXT_ATTACK = ev("CyberAttack", [], ["Cloudflare"], "2024-05-17")  # the attack CYBER_CONTEXT tells


def defence_case(sentence: str, want: list, id: str):
    """A sentence told after CYBER_CONTEXT, read with the context's own attack."""
    return pytest.param(CYBER_CONTEXT + sentence, [CONTEXT_ATTACK, *want], id=id)


DEFENCE_CASES_12 = [
    defence_case("Cloudflare's engineers mitigated the first wave by mid-morning.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])],
                 id="defence-mitigated"),
    defence_case("Within days the camera maker Hikvision announced that it would recall some of the webcams it had sold.",
                 [ev("DefensiveMeasure", ["Hikvision"], [], "2024-05")],
                 id="defence-recall-devices"),
    defence_case("Apple updated its software in March.",
                 [ev("DefensiveMeasure", ["Apple"], [], "2024-03")],
                 id="defence-updated-software"),
    defence_case("Europol dismantled Qakbot on Tuesday.",
                 [ev("DefensiveMeasure", ["Europol"], ["QakBot"], "2024-05-14")],
                 id="defence-dismantled-a-named-malware"),
    defence_case("Cloudflare removed the program and suspended new applications.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])],
                 id="defence-removed-a-program-suspended-applications"),
    defence_case("On 20 May Cloudflare said its systems were operating normally again.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [], "2023-05-20")],
                 id="defence-operating-normally-again"),
    defence_case("Cloudflare's website was not back online by Friday.",
                 [], id="defence-not-back-online-is-none"),
    defence_case("Zalando turned on two-factor authentication for every account.",
                 [ev("DefensiveMeasure", ["Zalando"], [])],
                 id="defence-turned-on-authentication"),
]


# session 12: names. A name set beside a noun for a person is a person, whatever the NER said
# (so "him" finds it); "the Obama administration", its leader of no known state, is a body
NAME_CASES_12 = [
    pytest.param("In October 2022 hackers stole customer records from Medibank, and Australia later blamed a Russian "
                 "national, Aleksandr Ermakov. On 23 January 2024 Washington imposed sanctions on him.",
                 [ev("CyberAttack", [], ["Medibank"], "2022-10"), ev("Attribution", ["Australia"], ["Aleksandr Ermakov", "Russia"], "2022-10"),
                  ev("Sanction", ["United States"], ["Aleksandr Ermakov", "Russia"], "2024-01-23")],
                 id="name-a-national-is-a-person"),
    # a state ordered to close a diplomatic mission is expelled from it
    pytest.param("Russia ordered Poland to close its consulate general in Poznan on Tuesday.",
                 [ev("ExpelDiplomats", [RUS], ["Poland"], "2024-05-14")], id="expel-ordered-to-close-a-consulate"),
    # the parse gives a claim's name no subject role ("ALPHV claimed", as an adverb; "LockBit had
    # itself claimed", with "itself" as the subject): the name is the subject
    pytest.param("ALPHV claimed the attack on its leak site in late February.",
                 [ev("Attribution", ["BlackCat"], ["BlackCat"], "2024-02")], id="claim-a-name-parsed-as-an-adverb"),
    pytest.param("LockBit had itself claimed the attack on its leak site.",
                 [ev("Attribution", ["LockBit"], ["LockBit"])], id="claim-an-emphatic-itself"),
    pytest.param("By late December 2016 the Obama administration had expelled 35 Russian diplomats.",
                 [ev("ExpelDiplomats", ["Obama administration"], [RUS], "2016-12")], id="name-a-leaders-administration"),
]


# session 12: verbs taken from WordNet synonyms of the lexicon's verbs read as their neighbours do
WORDNET_CASES = [
    pytest.param("Britain ascribed the hack of the Electoral Commission to China on Tuesday.",
                 [ev("Attribution", ["United Kingdom"], ["China"], "2024-05-14"), ev("CyberAttack", [], ["Electoral Commission"])],
                 id="wordnet-ascribed"),
    pytest.param("Moscow rebutted the accusations on Tuesday.", [ev("Denial", [RUS], [], "2024-05-14")], id="wordnet-rebutted"),
    pytest.param("Germany ousted two Russian diplomats on Tuesday.", [ev("ExpelDiplomats", ["Germany"], [RUS], "2024-05-14")],
                 id="wordnet-ousted"),
    pytest.param("Spanish police apprehended Ivan Petrov in Madrid on Tuesday.",
                 [ev("LegalAction", ["police", "Spain"], ["Ivan Petrov"], "2024-05-14")], id="wordnet-apprehended"),
    pytest.param("Estonia's foreign minister excoriated Russia on Tuesday for the cyberattack.",
                 [ev("Condemnation", ["Estonia"], [RUS], "2024-05-14")], id="wordnet-excoriated"),
]


def test_a_groups_claims_in_two_sentences_are_two_claims():
    """Each claim of responsibility told in its own sentence claims its own attack: they do not merge."""
    evs = read("LockBit claimed the attack on Royal Mail in January. Weeks later LockBit claimed the attack on the "
               "Port of Nagoya too.").to_events_json()["events"]
    claims = [(e["actors"], e["targets"], e["date"]) for e in evs if e["type"] == "Attribution"]
    assert claims == [(["LockBit"], ["LockBit"], "2024-01"), (["LockBit"], ["LockBit"], None)]


def test_an_unnamed_court_is_known_as_the_article_calls_it():
    rep = read("On Tuesday a federal judge in Boston sentenced Mara Quist, who ran the botnet, to four years in prison.")
    # (since session 23 the district's court, known also by the article's phrase)
    court = next(e for e in rep.to_events_json()["entities"]
                 if e["name"] == "United States District Court for the District of Massachusetts")
    assert court["type"] == "GovernmentBody" and "a federal judge in Boston" in court["aliases"]


@pytest.mark.parametrize("text,want", DATE_PARSE_CASES + COURT_CASES + CLAIM_CASES_12 + DEFENCE_CASES_12 + NAME_CASES_12 + WORDNET_CASES)
def test_phrasing_since_session_12(text, want):
    assert got(text) == sorted(want)


# session 13: defences told as expelling the intruder, strengthening security, removing
# malicious software, measures taken to respond, closing off access, going back to paper
DEFENCE_CASES_13 = [
    defence_case("Cloudflare's staff expelled the intruders from its network on Saturday.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [], "2024-05-18")], id="defence-expelled-the-intruders"),
    defence_case("Cloudflare said it had strengthened its network security.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])], id="defence-strengthened-security"),
    defence_case("Cloudflare said it had removed the malicious software from its servers.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])], id="defence-removed-malicious-software"),
    defence_case("Cloudflare said it had taken measures to respond to the incident.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])], id="defence-measures-to-respond"),
    defence_case("Cloudflare went back to paper records for a week.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])], id="defence-went-back-to-paper"),
]

# session 13: suits, complaints and verdicts; a date before the plaintiff's name
COURT_CASES_13 = [
    pytest.param("On 3 June 2023 Microsoft sued Contoso Ltd in federal court.",
                 [ev("LegalAction", ["Microsoft"], ["Contoso Ltd"], "2023-06-03")], id="legal-fronted-date-before-the-plaintiff"),
    pytest.param("Zeta Bank filed complaints against Ardent Labs in March over the leak.",
                 [ev("LegalAction", ["Zeta Bank"], ["Ardent Labs"], "2024-03")], id="legal-filed-complaints"),
    pytest.param("On Tuesday a jury ordered Ardent Labs to pay $20 million in damages for the hacking.",
                 [ev("LegalAction", ["Jury"], ["Ardent Labs"], "2024-05-14")], id="legal-jury-ordered-damages"),
]

# session 13: claims. One that names no act is about the attack the sentence before told;
# "the LockBit group" is LockBit; a finding published with its content is its author's claim;
# "named X as a member of Y" names the gang too; "suspected X of staging"; "carried the
# hallmarks of"; a named victim posted on a leak site; "we dispute the allegations"; the
# attackers placed in a state
CONTOSO_CONTEXT = ("Hackers stole customer data from Contoso Health's computer network in October in a cyberattack, "
                   "the insurer said. The ransomware gang leaked the data online. ")
CLAIM_CASES_13 = [
    pytest.param("In May 2021 GRU officers tried to hack the network of the Contoso Institute in Geneva. In October the "
                 "Swiss government named the GRU as responsible.",
                 [ev("CyberAttack", [GRU, RUS], ["Contoso Institute", "Geneva"], "2021-05"),
                  ev("Attribution", ["Switzerland"], [GRU, RUS], "2021-10")], id="claim-named-as-responsible-after-the-attack"),
    pytest.param("Microsoft said that the LockBit group had been behind the attack.",
                 [ev("Attribution", ["Microsoft"], ["LockBit"])], id="claim-the-ransomware-group"),
    pytest.param("Hackers breached the Port of Valletta in March. The port said that the LockBit group had been behind "
                 "the attack.",
                 [ev("CyberAttack", [], ["Port of Valletta"], "2024-03"), ev("Attribution", ["Port of Valletta"], ["LockBit"])],
                 id="claim-by-the-port-described"),
    pytest.param("On June 3 the NCSC published an assessment that the intrusion had been carried out by APT28.",
                 [ev("Attribution", ["National Cyber Security Centre (United Kingdom)", "United Kingdom"], ["APT28"], "2023-06-03")],
                 id="claim-an-assessment-published-with-its-content"),
    pytest.param("The NCA named Pavel Orlov as a member of Evil Corp.",
                 [ev("Attribution", ["National Crime Agency", "United Kingdom"], ["Pavel Orlov", "Evil Corp"])],
                 id="claim-named-as-a-member-of-the-gang"),
    pytest.param("The FBI suspected North Korea of staging the thefts.",
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["North Korea"])],
                 id="claim-suspected-of-staging"),
    pytest.param("Hackers breached the network of the Norwegian parliament in 2019, stealing documents. The intrusion "
                 "carried the hallmarks of APT28, Microsoft said.",
                 [ev("CyberAttack", [], ["parliament", "Norway"], "2019"), ev("Attribution", ["Microsoft"], ["APT28"])],
                 id="claim-carried-the-hallmarks"),
    pytest.param("Then LockBit posted Fabrikam Freight on its leak site in late October.",
                 [ev("Attribution", ["LockBit"], ["LockBit"], "2023-10")], id="claim-a-victim-posted-on-the-leak-site"),
    pytest.param("The gang behind the attack, LockBit, posted a decryption tool on its leak site.", [],
                 id="no-claim-a-tool-posted-on-the-leak-site"),
    pytest.param("Northwind Messaging sued Fabrikam Labs in October. Fabrikam Labs replied that \"in the strongest terms, "
                 "we dispute these allegations\".",
                 [ev("LegalAction", ["Northwind Messaging"], ["Fabrikam Labs"], "2023-10"), ev("Denial", ["Fabrikam Labs"], [])],
                 id="denial-we-dispute-the-allegations"),
    pytest.param(CONTOSO_CONTEXT + "The FBI said the attackers were located in China.",
                 [ev("CyberAttack", [], ["Contoso Health"], "2023-10"),
                  ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["China"])],
                 id="claim-the-attackers-were-located-in"),
    pytest.param(CONTOSO_CONTEXT + "The FBI said the hackers were in the network for weeks.",
                 [ev("CyberAttack", [], ["Contoso Health"], "2023-10")], id="no-claim-the-hackers-were-in-the-network"),
    # a "we" no quote gives a speaker, after a joint statement's claim, is its authors
    pytest.param("Today the United Kingdom and Canada attribute to the GRU a campaign of cyberattacks against the "
                 "Commonwealth Games. We condemn these reckless acts.",
                 [ev("Attribution", ["United Kingdom"], [GRU, RUS], "2024-05-18"),
                  ev("Attribution", ["Canada"], [GRU, RUS], "2024-05-18"),
                  ev("Condemnation", ["United Kingdom"], []), ev("Condemnation", ["Canada"], [])],
                 id="condemnation-we-after-a-joint-statement"),
]

# session 13: attacks told as exfiltrating, leaking or installing, or as intruders inside a
# network; a strike on a building is none; sanctions told as restrictions
ATTACK_CASES_13 = [
    pytest.param("Fancy Bear leaked the medical records of the Danish cyclist Lars Holm.",
                 [ev("CyberAttack", ["APT28"], ["Lars Holm", "Denmark"])], id="attack-leaked-records-of"),
    pytest.param("The intruders had been inside the Norwegian parliament's network for more than a year.",
                 [ev("CyberAttack", [], ["parliament", "Norway"])], id="attack-intruders-inside-the-network"),
    pytest.param("Hackers exfiltrated data from Contoso Insurance in May 2021.",
                 [ev("CyberAttack", [], ["Contoso Insurance"], "2021-05")], id="attack-exfiltrated-data-from"),
    pytest.param("Lazarus installed malware on the servers of Fabrikam Studios.",
                 [ev("CyberAttack", ["Lazarus Group"], ["Fabrikam Studios"])], id="attack-installed-malware-on"),
    pytest.param("The minister was in Berlin on Monday. Hackers were in the news again.", [], id="no-attack-being-somewhere"),
    pytest.param("Turkey's military says it struck a building housing PKK cyber operatives on Saturday.", [],
                 id="no-attack-a-strike-on-a-building"),
    pytest.param("Washington imposed visa restrictions on 13 people linked to the spyware industry, including Avi Ronen.",
                 [ev("Sanction", ["United States"], ["Avi Ronen", "13 people"])], id="sanction-visa-restrictions-on"),
]

DEFENCE_CASES_13 += [
    defence_case("Cloudflare disabled its payment portal as a precaution.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])], id="defence-disabled-its-own-portal"),
    defence_case("Cloudflare closed its offices on Saturday.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [], "2024-05-18")], id="defence-closed-its-offices"),
    defence_case("Cloudflare postponed its training classes for a day.",
                 [ev("DefensiveMeasure", ["Cloudflare"], [])], id="defence-postponed-classes"),
    pytest.param("In March 2022 a police operation coordinated by Europol took down Trickbot.",
                 [ev("DefensiveMeasure", ["Europol"], [], "2022-03")], id="defence-took-down-a-named-botnet"),
]

# session 13: "the same week" after a month told just before is that month (not an older day)
DATE_CASES_13 = [
    pytest.param("On 3 March 2019 a ransomware attack hit Contoso Bank. In March 2021, Estonia severed diplomatic "
                 "relations with Belarus over a cyberattack. The same week, Canada sanctioned Belarus.",
                 [ev("CyberAttack", [], ["Contoso Bank"], "2019-03-03"), ev("SeverRelations", ["Estonia"], ["Belarus"], "2021-03"),
                  ev("Sanction", ["Canada"], ["Belarus"], "2021-03")],
                 id="date-the-same-week-as-the-month-just-told"),
]


@pytest.mark.parametrize("text,want", DEFENCE_CASES_13 + COURT_CASES_13 + CLAIM_CASES_13 + ATTACK_CASES_13 + DATE_CASES_13)
def test_phrasing_since_session_13(text, want):
    assert got(text) == sorted(want)


# session 14: who "we" is, defined terms, forced acts, a victim outlet's own account, places of attacks
VOICE_CASES_14 = [
    # a letter that speaks as "we" speaks for its letterhead's organisation
    pytest.param("Northfield Mills plc | Annual Report 2023\n\nDear Shareholder,\n\nThis year tested us, and I want to "
                 "tell you what we did. After ransomware hit Contoso Payments, our supplier, we paused web sales "
                 "on 2 January and, two days later, switched our checkouts to a manual process.",
                 [ev("CyberAttack", [], ["Contoso Payments"]), ev("DefensiveMeasure", ["Northfield Mills plc"], [], "2024-01-02"),
                  ev("DefensiveMeasure", ["Northfield Mills plc"], [], "2024-01-04")], id="voice-a-letters-we-is-its-letterhead"),
    # a notice's capitalised "The City" recalls the city named before; "the government", placed
    # nowhere, is the state the passage is about
    pytest.param("Ransomware hit the City of Northvale on May 3. The City disconnected its payment systems the same morning.",
                 [ev("CyberAttack", [], ["City of Northvale"], "2024-05-03"),
                  ev("DefensiveMeasure", ["City of Northvale"], [], "2024-05-03")], id="voice-the-capitalised-city"),
    pytest.param("Hackers flooded Seoul's websites with junk traffic. The government has raised its national cyber crisis "
                 "alert by one level.", [ev("CyberAttack", [], ["South Korea"]), ev("DefensiveMeasure", ["South Korea"], [])],
                 id="voice-the-government-of-the-passage"),
    # "US" is no "us": a story that names the United States does not speak as "we"
    pytest.param("We spoke to US officials. US and UK agencies say Northfield Mills plc shut its portal. The US "
                 "sanctioned Iran.", [ev("Sanction", ["United States"], ["Iran"])], id="voice-us-is-no-we"),
    pytest.param("Letter from the principal. At Maple Grove we reset the passwords of all our students after the "
                 "ransomware attack.", [ev("CyberAttack", [], ["Maple Grove"]), ev("DefensiveMeasure", ["Maple Grove"], [])],
                 id="voice-at-x-we"),
    # 'Acme Insurance Corporation ("Acme" or "Defendant")': a filing's defined terms name the company
    pytest.param('Jane Roe ("Plaintiff") brings this class action against Acme Insurance Corporation ("Acme" or '
                 '"Defendant"). In March 2021 Defendant\'s computer network was infiltrated by criminals who deployed ransomware.',
                 [ev("CyberAttack", [], ["Acme Insurance Corporation"], "2021-03"),
                  ev("LegalAction", ["Jane Roe"], ["Acme Insurance Corporation"])], id="voice-defined-terms-of-a-filing"),
    # the forced do the act: the council takes its system offline, not the attack
    pytest.param("The attack forced Fabrikam District Council to take its booking system offline on Friday.",
                 [ev("CyberAttack", [], ["Fabrikam District Council"]),
                  ev("DefensiveMeasure", ["Fabrikam District Council"], [], "2024-05-17")],
                 id="voice-forced-to-take-offline"),
    # an outlet's account of a breach of its own systems is a victim's claim, no media report
    pytest.param("The Daily Courier said on Monday that Chinese hackers had broken into its systems.",
                 [ev("Attribution", ["Daily Courier"], ["China"], "2024-05-13"), ev("CyberAttack", ["China"], ["Daily Courier"])],
                 id="voice-an-outlets-own-breach"),
    pytest.param("Hackers in Iran spent three months inside the network of Contoso Bank.",
                 # (hackers in a state act for it, since session 17)
                 [ev("CyberAttack", ["Iran"], ["Contoso Bank"])], id="attack-spent-months-inside-the-network"),
    # "defacements" are cyber, and "in Moldova" is where they struck
    pytest.param("In February, Canada, Japan and Estonia jointly accused the GRU of the October 2022 defacements in Moldova.",
                 [ev("Attribution", [c], [GRU, RUS], "2024-02") for c in ("Canada", "Estonia", "Japan")]
                 + [ev("CyberAttack", [], ["Moldova"], "2022-10")], id="attack-defacements-in-a-country"),
    # the parser may split a list of names at a comma: no sentence opens on one
    pytest.param("Beginning on May 4, the websites of the Tax Office, the Land Registry and the Patent Office were "
                 "knocked offline by floods of junk traffic.",
                 [ev("CyberAttack", [], ["Land Registry", "Patent Office", "Tax Office"], "2024-05-04")],
                 id="attack-no-sentence-opens-on-a-comma"),
    # "On 13 May Microsoft said", parsed with the name as the object of "On": the date is the saying's
    pytest.param("On 13 May Microsoft said the intrusion was the work of APT28.",
                 [ev("Attribution", ["Microsoft"], ["APT28"], "2024-05-13")], id="date-on-day-name-said"),
    # "condemned the attack" recalls the attack and whom the sentence before blamed for it
    pytest.param("Microsoft said the intrusion at its offices was the work of APT28. The company condemned the attack.",
                 [ev("Attribution", ["Microsoft"], ["APT28"]), ev("Condemnation", ["Microsoft"], ["APT28"]),
                  ev("CyberAttack", ["APT28"], ["Microsoft"])], id="claim-condemned-the-recalled-attack"),
]


# session 14: groups that name themselves, and the work of a group a company tracks by a name
CLAIM_CASES_14 = [
    pytest.param('A group calling itself the "Sable Wolves" took credit for the attack on Contoso Bank.',
                 [ev("Attribution", ["Sable Wolves"], ["Sable Wolves"]), ev("CyberAttack", ["Sable Wolves"], ["Contoso Bank"])],
                 id="claim-a-quoted-self-name-parsed-as-the-subject"),
    pytest.param("A group calling itself Night Owls claimed on Twitter that it had taken Contoso Bank offline.",
                 [ev("Attribution", ["Night Owls"], ["Night Owls"]), ev("CyberAttack", ["Night Owls"], ["Contoso Bank"])],
                 id="claim-a-self-named-group-took-a-victim-offline"),
    # "the people responsible for the theft were in Belarus", parsed with "responsible" as a clause
    pytest.param("Hackers stole data from Contoso Health. In March, Europol said publicly that the agency thought the "
                 "people responsible for the theft were in Belarus.",
                 [ev("Attribution", ["Europol"], ["Belarus"], "2024-03"), ev("CyberAttack", [], ["Contoso Health"])],
                 id="claim-those-responsible-were-in-a-state"),
    pytest.param("Hackers flooded Microsoft's portals with bogus requests in June. Microsoft said the floods of requests "
                 "were the work of a crew it tracks as Storm-2041.",
                 # (June before a May page; since session 35 "the floods of requests" are an attack noun, and the
                 # attack a claim calls the work of a crew has the crew as its actor, as "the cyberattack on Philips")
                 [ev("Attribution", ["Microsoft"], ["Storm-2041"]), ev("CyberAttack", ["Storm-2041"], ["Microsoft"], "2023-06")],
                 id="claim-the-work-of-a-group-it-tracks-as"),
]


# session 14: defences told as changed passwords and mandatory sign-in checks; a name that opens with a digit
DEFENCE_CASES_14 = [
    pytest.param("After the breach, Microsoft made two-step verification mandatory in November.",
                 [ev("CyberAttack", [], ["Microsoft"]), ev("DefensiveMeasure", ["Microsoft"], [], "2023-11")],
                 id="defence-made-two-step-verification-mandatory"),
    pytest.param("After the breach, Microsoft changed the password of every employee.",
                 [ev("CyberAttack", [], ["Microsoft"]), ev("DefensiveMeasure", ["Microsoft"], [])],
                 id="defence-changed-the-passwords"),
    # attackers "went after" a victim, "took control of" its systems; police going after hackers attack nobody
    pytest.param("On 11 May, hackers went after Contoso Energy and two other utilities.",
                 [ev("CyberAttack", [], ["Contoso Energy"], "2024-05-11")], id="attack-went-after"),
    pytest.param("Police went after the hackers in May.", [], id="attack-police-going-after-hackers-is-none"),
    pytest.param("On 25 April, intruders took control of the control system at Contoso Water.",
                 [ev("CyberAttack", [], ["Contoso Water"], "2024-04-25")], id="attack-took-control-of"),
    pytest.param("Hackers stole data from the analytics company 3DataCo in October.",
                 [ev("CyberAttack", [], ["3DataCo"], "2023-10")], id="attack-a-company-name-opening-with-a-digit"),
]

# session 14: the FCC's "Covered List" is a restriction list
SANCTION_CASES_14 = [
    pytest.param("In June 2023 the Federal Communications Commission added Fabrikam Telecom to its Covered List.",
                 [ev("Sanction", ["Federal Communications Commission", "United States"], ["Fabrikam Telecom"], "2023-06")],
                 id="sanction-added-to-a-covered-list"),
]

# session 14: an act told with a second date after "and again" happened twice
DATE_CASES_14 = [
    # an undated attack that prompted a dated act happened then; "denial of service" denies nothing
    pytest.param("On 9 August the Tax Office took its website offline after a series of denial of service attacks.",
                 [ev("CyberAttack", [], ["Tax Office"], "2023-08-09"),
                  ev("DefensiveMeasure", ["Tax Office"], [], "2023-08-09")], id="date-the-attack-that-prompted-a-dated-act"),
    # "denial-of-service", split by the tokenizer, still speaks of cyber attacks
    pytest.param("The indictment describes distributed denial-of-service attacks on US banks between 2011 and 2013.",
                 [ev("CyberAttack", [], ["US banks", "United States"], "2011/2013")], id="attack-hyphened-denial-of-service"),
    pytest.param("Russian hackers attacked Moldova's power grid in December 2019 and again in December 2021.",
                 [ev("CyberAttack", [RUS], ["Moldova"], "2019-12"), ev("CyberAttack", [RUS], ["Moldova"], "2021-12")],
                 id="date-and-again-is-a-second-event"),
]


@pytest.mark.parametrize("text,want", VOICE_CASES_14 + CLAIM_CASES_14 + DEFENCE_CASES_14 + SANCTION_CASES_14 + DATE_CASES_14)
def test_phrasing_since_session_14(text, want):
    assert got(text) == sorted(want)


def test_a_reproduced_statements_own_date_dates_its_present_tense():
    """A page of 6 November that reproduces a statement headed "Oslo and Helsinki, 2 November
    2020": the statement's "condemn" is of the 2nd."""
    evs = read("THE LEDGER | Documents\n\nFriday 6 November 2020\n\nJOINT STATEMENT BY THE GOVERNMENTS OF NORWAY AND "
               "FINLAND\n\nOslo and Helsinki, 2 November 2020\n\n1. The Governments of Norway and Finland condemn the "
               "cyberattacks carried out by Russia against their parliaments.", published="2020-11-06").to_events_json()["events"]
    assert sorted((e["actors"][0], e["date"]) for e in evs if e["type"] == "Condemnation") == [
        ("Finland", "2020-11-02"), ("Norway", "2020-11-02")]


def test_the_day_an_attack_was_detected_dates_it_the_day_it_was_made_public_does_not():
    detected = read("Ransomware hit Contoso Health in May. The attack was detected in the early hours of Friday, "
                    "when staff found that files on its systems had been encrypted.").to_events_json()["events"]
    public = read("Ransomware hit Contoso Health in May. The attack was made public on Friday.").to_events_json()["events"]
    assert [e["date"] for e in detected if e["type"] == "CyberAttack"] == ["2024-05-17"]
    assert [e["date"] for e in public if e["type"] == "CyberAttack"] == ["2024-05"]


def test_a_released_cables_date_line_is_its_today():
    """A memo's or cable's "DATE:" field dates its "Friday" and "yesterday", however long
    before its release; the field is no wire dateline."""
    evs = read("UNCLASSIFIED // RELEASED IN FULL\n\nDATE: 2011-03-14\nFROM: EMBASSY RIGA\nSUBJECT: LATVIAN WEBSITES "
               "HIT BY DDOS ATTACKS\n\n1. Summary: Beginning on March 9, a wave of distributed denial-of-service attacks "
               "knocked Latvian government websites offline. On Friday the Latvian government said that Russia was "
               "suspected of staging the attacks. End summary.",
               published="2019-03-01").to_events_json()["events"]
    assert [(e["actors"], e["date"]) for e in evs if e["type"] == "Attribution"] == [(["Latvia"], "2011-03-11")]


def test_an_emails_wrote_line_dates_the_quoted_message():
    evs = read("From: Alice Chen\nDate: Wed, 8 Mar 2017 09:14:02 -0500\n\nAgreed.\n\nOn Mon, Mar 6, 2017 at 8:02 AM, "
               "Bob Ross wrote:\n> Microsoft said today that APT28 was behind attacks on 40 organisations.\n"
               "> Russia's foreign ministry denied the accusations yesterday.", published="2017-03-10").to_events_json()["events"]
    assert [(e["type"], e["actors"], e["date"]) for e in evs if e["type"] in ("Attribution", "Denial")] == [
        ("Attribution", ["Microsoft"], "2017-03-06"), ("Denial", ["Ministry of Foreign Affairs (Russia)", "Russia"], "2017-03-05")]


def test_a_ministers_portfolio_is_no_organisation():
    rep = read("On 16 February the Minister for Communications and Cyber Resilience attributed the WannaCry attack "
               "to North Korea.").to_events_json()
    assert not [e for e in rep["entities"] if e["name"] in ("Cyber Resilience", "Communications")]
    assert [e for e in rep["events"] if e["type"] == "Attribution"] == []
    # (a heading of the same words names no body the portfolio then repeats)
    headed = read("MINISTERIAL STATEMENTS\nCyber Resilience\n\nOn 16 February the Minister for Communications and "
                  "Cyber Resilience attributed the WannaCry attack to North Korea.").to_events_json()
    assert [e for e in headed["events"] if e["type"] == "Attribution"] == []


def test_on_the_monday_is_the_monday_after_the_day_told():
    evs = read("Criminals raided Contoso Bank's accounts on Saturday 11 March 2017. On the Monday, the bank "
               "suspended online payments from all its current accounts.", published="2018-10-06").to_events_json()["events"]
    assert [(e["type"], e["date"]) for e in evs if e["type"] == "DefensiveMeasure"] == [("DefensiveMeasure", "2017-03-13")]


@pytest.mark.parametrize("text", [
    # "the Ledger Weekly reported ... The airline said it had ...": "it" is no newspaper
    "Hackers breached Contoso Air in March, the Ledger Weekly reported. The airline said at the time that it had "
    "reset the passwords of all its customers.",
    # "the airline" is the company the text called an airline, not the last company named
    "Hackers breached Contoso Air, a British airline, in May. Fabrikam Motors said on Monday it had been hit too. "
    "The airline said on Tuesday that it had reset all passwords.",
], ids=["a-newspaper-is-no-company-the-story-recalls", "the-airline-is-the-company-called-an-airline"])
def test_the_airline_recalls_the_airline(text):
    evs = read(text).to_events_json()["events"]
    assert [e["actors"] for e in evs if e["type"] == "DefensiveMeasure"] == [["Contoso Air"]]


def test_a_topic_attack_dated_to_the_month_takes_the_day_it_began():
    evs = read("Officials named Iran as the author of the March 2021 cyberattack on Globex. The attack began on "
               "March 9, 2021, when malicious software spread through the company's computer network.").to_events_json()["events"]
    assert [(e["targets"], e["date"]) for e in evs if e["type"] == "CyberAttack"] == [(["Globex"], "2021-03-09")]


# session 15: more ways to stop an attack, who runs a botnet, header fields, two attacks by one group
DEFENCE_CASES_15 = [
    pytest.param("After the intrusion, Contoso Health took the affected servers out of service on Monday.",
                 [ev("CyberAttack", [], ["Contoso Health"]), ev("DefensiveMeasure", ["Contoso Health"], [], "2024-05-13")],
                 id="defence-took-out-of-service"),
    pytest.param("Fabrikam blocked the channel the hackers used to leak stolen payroll records.",
                 [ev("DefensiveMeasure", ["Fabrikam"], [])], id="defence-blocked-the-channel"),
    pytest.param("Fabrikam Motors said on Monday that it had cut two infected machines off from its plant network.",
                 [ev("CyberAttack", [], ["Fabrikam Motors"]), ev("DefensiveMeasure", ["Fabrikam Motors"], [], "2024-05-13")], id="defence-cut-devices-off"),
    pytest.param("After the ransomware attack, Contoso Retail closed 12 of its branches for a day.",
                 [ev("CyberAttack", [], ["Contoso Retail"]), ev("DefensiveMeasure", ["Contoso Retail"], [])],
                 id="defence-closed-a-count-of-its-branches"),
    pytest.param("Contoso School closed its library and its science lab for two days after the cyberattack.",
                 [ev("CyberAttack", [], ["Contoso School"]), ev("DefensiveMeasure", ["Contoso School"], [])],
                 id="defence-closed-its-library"),
    pytest.param("Contoso Foods moved to manual billing after the ransomware attack on Monday.",
                 [ev("DefensiveMeasure", ["Contoso Foods"], [])], id="defence-moved-to-manual-billing"),
]
SANCTION_CASES_15 = [
    pytest.param("In May the United States charged Ivan Sokolov with ransomware attacks. Australia's foreign minister "
                 "said Ottawa had announced sanctions of its own.",
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2024-05"), ev("Sanction", ["Canada"], ["Ivan Sokolov"])],
                 id="sanction-without-a-target-falls-on-whom-the-charges-before-did"),
    pytest.param("In July 2020, the European Union placed Pavel Orlov under sanctions.",
                 [ev("Sanction", ["European Union"], ["Pavel Orlov"], "2020-07")], id="sanction-placed-under-sanctions"),
]
COURT_CASES_15 = [
    pytest.param("Lenders whose clients were hit sued Contoso Stores in March after the breach.",
                 [ev("LegalAction", ["Lenders"], ["Contoso Stores"], "2024-03")], id="legal-unnamed-plaintiffs-sued"),
]
CLAIM_CASES_15 = [
    pytest.param("The Justice Department said on Monday the botnet was controlled by the GRU.",
                 [ev("Attribution", ["United States Department of Justice", "United States"], [GRU, RUS], "2024-05-13")],
                 id="attr-said-the-botnet-was-controlled-by"),
    pytest.param("The botnet was operated by the GRU.", [], id="attr-who-runs-it-told-as-narrative-is-no-claim"),
    pytest.param("Ivan Sokolov said he was behind the cyberattack on Contoso Bank.",
                 [ev("Attribution", ["Ivan Sokolov"], ["Ivan Sokolov"]), ev("CyberAttack", ["Ivan Sokolov"], ["Contoso Bank"])],
                 id="attr-a-person-saying-he-was-behind-it-claims-it"),
    pytest.param("Ivan Sokolov said he was not behind the cyberattack on Contoso Bank.",
                 [ev("Denial", ["Ivan Sokolov"], []), ev("CyberAttack", [], ["Contoso Bank"])],
                 id="attr-a-person-saying-he-was-not-behind-it-denies-it"),
]


ATTACK_CASES_15 = [
    pytest.param("Investigators found malware on Contoso Bank's servers in 2018.",
                 [ev("CyberAttack", [], ["Contoso Bank"], "2018")], id="attack-malware-found-on-whose-servers"),
    pytest.param("In March the hackers published Fabrikam Labs' payroll files.",
                 [ev("CyberAttack", [], ["Fabrikam Labs"], "2024-03")], id="attack-hackers-published-internal-files"),
    pytest.param("The ministry published details of the new rules in May.", [], id="attack-a-ministry-publishing-is-none"),
    pytest.param("Two GRU officers tried to break into the wifi of Contoso Chemicals in 2017.",
                 [ev("CyberAttack", [GRU, RUS], ["Contoso Chemicals"], "2017")],
                 id="attack-break-into-the-wifi"),
    pytest.param("In early 2019 Peruvian police detained several Brazilian nationals over a phishing operation.",
                 [ev("LegalAction", ["police", "Peru"], ["Brazil", "several Brazilian nationals"], "2019")],
                 id="date-a-fronted-year-the-parser-took-for-the-subjects"),
    pytest.param("In March and April 2019 a ransomware crew called Grey Finch hit Fabrikam Labs.",
                 [ev("CyberAttack", ["Grey Finch"], ["Fabrikam Labs"], "2019-03/2019-04")], id="date-in-two-months-of-a-year"),
]


@pytest.mark.parametrize("text,want", DEFENCE_CASES_15 + CLAIM_CASES_15 + ATTACK_CASES_15 + COURT_CASES_15 + SANCTION_CASES_15)
def test_phrasing_since_session_15(text, want):
    assert got(text) == sorted(want)


def test_a_header_field_names_the_role_the_memo_then_uses():
    """"Client:   Contoso Holdings" makes "the client" Contoso Holdings."""
    evs = read("FILE MEMO\nClient:   Contoso Holdings\n\nIn March the client took its payment systems offline after "
               "a ransomware attack.").to_events_json()["events"]
    assert [(e["type"], e["actors"]) for e in evs if e["type"] == "DefensiveMeasure"] == [
        ("DefensiveMeasure", ["Contoso Holdings"])]


def test_one_groups_attacks_on_two_companies_of_one_country_are_two():
    """Both victims are Chilean: the shared state does not make the two attacks one."""
    evs = read("In May 2019 a group called Ash Lantern said it had broken into the systems of Contoso Mutual, a "
               "Chilean insurer. Ash Lantern struck again in August 2020, when it hacked Fabrikam Hosting, a Chilean "
               "web host."
               ).to_events_json()["events"]
    attacks = [e for e in evs if e["type"] == "CyberAttack"]
    assert len(attacks) == 2
    assert {("Fabrikam Hosting" in e["targets"], e["date"]) for e in attacks} >= {(True, "2020-08")}


def test_the_same_day_after_a_reported_past_perfect_is_the_reports_day():
    """The date of "said ... had tried" is the saying's: "On the same day" takes it."""
    evs = read("In late May 2019 the Danish government said two GRU officers had tried to hack a chemicals firm. On "
               "the same day the Justice Department charged three GRU officers with hacking.").to_events_json()["events"]
    assert [e["date"] for e in evs if e["type"] == "LegalAction"] == ["2019-05"]


def test_an_undated_unauthored_attack_on_an_unnamed_group_is_no_event():
    """"Such attacks on hospitals and schools" names no incident; a named victim does."""
    vague = read("Ransomware attacks on hospitals and schools across the region have become common.").to_events_json()
    named = read("Ransomware attacks on Contoso Health and two schools disrupted care.").to_events_json()
    assert [e for e in vague["events"] if e["type"] == "CyberAttack"] == []
    assert [e["targets"][0] for e in named["events"] if e["type"] == "CyberAttack"][:1] == ["Contoso Health"]


def test_media_at_a_sentence_start_names_no_organisation():
    evs = read("Hackers breached Contoso University in June. Media reports have cited unnamed sources as saying "
               "that a foreign spy service was behind the intrusion.").to_events_json()
    assert not [e for e in evs["entities"] if e["name"] == "Media"]
    assert [e for e in evs["events"] if e["type"] == "Attribution"] == []


def test_a_denial_told_as_one_more_is_a_second_denial():
    """"rejected ... as well": a denial of another charge, not the first one told again."""
    evs = read("The US blamed China for the hack of Contoso Telecom. China's foreign ministry rejected the claim. "
               "Weeks later Washington blamed Beijing for the breach at Fabrikam Bank, and the ministry rejected "
               "that allegation as well.").to_events_json()["events"]
    assert len([e for e in evs if e["type"] == "Denial"]) == 2


def test_a_timelines_next_entry_without_a_year_is_the_next_year():
    """A bulleted timeline runs forward: "Late February" after "14 November 2021" is 2022."""
    evs = read("TIMELINE\n- 14 November 2021: hackers hit Contoso Mail with ransomware.\n- Late February: Contoso "
               "Mail said the attack was the work of LockBit.\n", published="2022-09-01").to_events_json()["events"]
    assert [(e["type"], e["date"]) for e in evs if e["type"] == "Attribution"] == [("Attribution", "2022-02")]


def test_a_table_rows_date_dates_its_entry():
    """A chronology's date column dates the row beside it, however the row's sentences parse."""
    evs = read("Chronology of incidents\n\n"
               "9 Mar 2019  | A ransomware attack crippled the billing servers of Contoso Energy.\n"
               "            | Its call centre took payments by phone for a week.\n"
               "--------------------------------------------------\n"
               "Jun 2021    | Honduras severed diplomatic relations with Taiwan.\n",
               published="2023-06-01").to_events_json()["events"]
    assert ("CyberAttack", "2019-03-09") in [(e["type"], e["date"]) for e in evs]
    assert ("SeverRelations", "2021-06") in [(e["type"], e["date"]) for e in evs]


def test_a_scripts_date_captions_date_the_scenes_under_them():
    """"SUPER: "Porto. March 2019."" sets the time of the captions after it, until the next one."""
    evs = read('EPISODE 2\n\nSUPER: "Porto. March 2019."\n\n'
               'SUPER: "Hackers with LockBit ransomware struck Contoso Energy."\n\n'
               'SUPER: "Turin. October 2021."\n\n'
               'SUPER: "After the attack Fabrikam Bank suspended its IT services."\n',
               published="2024-03-04").to_events_json()["events"]
    assert [(e["type"], e["date"]) for e in evs] == [("CyberAttack", "2019-03"), ("DefensiveMeasure", "2021-10")]


def test_one_dated_header_does_not_date_the_story_and_a_sentences_own_date_wins():
    """A page's single date line is no chronology; an entry's sentence with its own date keeps it."""
    evs = read("Weekly bulletin\n14 March 2023\n\nHackers hit Contoso Energy with ransomware.\n",
               published="2023-03-20").to_events_json()["events"]
    assert [(e["type"], e["date"]) for e in evs] == [("CyberAttack", None)]
    evs = read("- March 2021 - Contoso. On 5 March 2021 hackers hit Contoso Energy.\n"
               "- May 2021 - Fabrikam. Hackers hit Fabrikam Bank.\n", published="2023-03-20").to_events_json()["events"]
    assert [(e["type"], e["date"]) for e in evs] == [("CyberAttack", "2021-03-05"), ("CyberAttack", "2021-05")]


def test_dated_entries_docstring_example():
    import doctest

    from kg.extract import entries

    assert doctest.testmod(entries).failed == 0


def test_date_reading_docstring_examples():
    # (a header's day as its section's "today": titled_section_between, weekday_fits_page)
    import doctest

    import kg.extract
    import kg.extract.events

    assert doctest.testmod(kg.extract).failed == 0
    assert doctest.testmod(kg.extract.events).failed == 0  # (diverts_payment)


def test_a_letterhead_company_is_also_known_without_its_legal_form():
    text = ("CERVEJARIA KESTRIX DO VALE LTDA.\nRua das Flores 4, Quillmark\n\nBATCH LOG\nWe brew beer. We sell it. "
            "On Monday 11 August someone got into our online banking with a stolen password. On Tuesday we changed "
            "every password.")
    out = read(text, "2025-08-15").to_events_json()
    house = next(e for e in out["entities"] if e["name"].startswith("Cervejaria"))
    # (the Portuguese "do" stays in lower case; the name without "Ltda." is an alias for stores and scorers)
    assert house["name"] == "Cervejaria Kestrix do Vale Ltda."
    assert "Cervejaria Kestrix do Vale" in house["aliases"]
    assert [(e["type"], e["actors"], e["date"]) for e in out["events"] if e["type"] == "DefensiveMeasure"] == [
        ("DefensiveMeasure", ["Cervejaria Kestrix do Vale Ltda."], "2025-08-12")]


def test_a_one_word_city_the_tagger_calls_a_person_is_no_one_to_recall():
    """"the Tampere arrest": a city of GeoNames, not a person "him" could point to."""
    r = read("The RCMP detained Ivan Sokolov in Tampere on a Finnish warrant. A statement on the Tampere arrest "
             "came later. In March 2022 Canada sent him to the United States, extraditing him.", published="2023-03-06")
    assert not [e for e in r.entities.values() if e.name == "Tampere" and e.type == "Person"]
    evs = r.to_events_json()["events"]
    assert ("LegalAction", ("Ivan Sokolov",), "2022-03") in [(e["type"], tuple(e["targets"]), e["date"]) for e in evs]


def test_the_description_ending_a_bodys_name_recalls_that_body():
    """"the Contoso City Police Department ... the police department's servers": that department."""
    evs = read("Our members include staff of the Contoso City Police Department. In June 2022 hackers broke into "
               "the police department's servers.", published="2023-05-19").to_events_json()["events"]
    assert [(e["type"], e["targets"]) for e in evs] == [("CyberAttack", ["Contoso City Police Department"])]


def test_the_one_who_lost_money_in_a_hack_is_its_victim():
    evs = read("In September 2018 Fabrikam Exchange lost $60 million in a hack.",
               published="2021-03-01").to_events_json()["events"]
    assert [(e["type"], e["targets"], e["date"]) for e in evs] == [("CyberAttack", ["Fabrikam Exchange"], "2018-09")]


DEFENCE_CASES_16 = [
    pytest.param("After the hack, Contoso Social introduced login verification for its staff.",
                 [ev("CyberAttack", [], ["Contoso Social"]), ev("DefensiveMeasure", ["Contoso Social"], [])],
                 id="defence-introduced-verification"),
    pytest.param("After the ransomware attack, Contoso University blocked its campus networks for two days.",
                 [ev("CyberAttack", [], ["Contoso University"]), ev("DefensiveMeasure", ["Contoso University"], [])],
                 id="defence-blocked-its-networks"),
    pytest.param("After the ransomware attack, IT staff at Contoso University quarantined six servers.",
                 [ev("CyberAttack", [], ["Contoso University"]), ev("DefensiveMeasure", ["Contoso University"], [])],
                 id="defence-quarantined-servers"),
    pytest.param("Bulgarian authorities took down a forum where the LockBit affiliates sold stolen logins.",
                 [ev("DefensiveMeasure", ["Bulgaria", "authorities"], [])], id="defence-took-down-a-forum"),
    pytest.param("After the intrusion by hackers, Contoso Airport turned off its departure displays.",
                 [ev("CyberAttack", [], ["Contoso Airport"]), ev("DefensiveMeasure", ["Contoso Airport"], [])],
                 id="defence-turned-off-screens"),
    pytest.param("After hackers hijacked it, Contoso Social suspended the profile of Fabrikam News.",
                 [ev("DefensiveMeasure", ["Contoso Social"], [])], id="defence-suspended-an-account"),
    pytest.param("In May 2017 the Australian government blamed WannaCry on North Korea.",
                 [ev("Attribution", ["Australia"], ["North Korea"], "2017-05")], id="claim-blamed-a-program-on-a-state"),
    pytest.param("Ivan Sokolov deployed Conti against Contoso Police in June 2020.",
                 [ev("CyberAttack", ["Ivan Sokolov"], ["Contoso Police"], "2020-06")], id="attack-deployed-a-named-program"),
    pytest.param("In January 2020 Greece handed Ivan Sokolov over to Spain to face fraud charges.",
                 [ev("LegalAction", ["Greece"], ["Ivan Sokolov"], "2020-01")], id="court-handed-over-to-a-state"),
    pytest.param("The bailiff hands a note to the judge.", [], id="court-handing-a-note-is-no-extradition"),
    pytest.param("Hackers broke into Contoso Cloud in June 2023. In July 2023 Fabrikam Security published an analysis "
                 "linking the servers behind the breach to North Korea.",
                 [ev("CyberAttack", [], ["Contoso Cloud"], "2023-06"), ev("Attribution", ["Fabrikam Security"], ["North Korea"], "2023-07")],
                 id="claim-an-analysis-linking"),
    pytest.param("In June 2022, the Babuk gang hacked Contoso Police. In the same month the group "
                 "had claimed an intrusion at Fabrikam Sports.",
                 [ev("CyberAttack", ["Babuk"], ["Contoso Police"], "2022-06"), ev("Attribution", ["Babuk"], ["Babuk"], "2022-06"),
                  # (the intrusion claimed that month falls in it: session 19)
                  ev("CyberAttack", ["Babuk"], ["Fabrikam Sports"], "2022-06")], id="claim-the-group-named-after-its-ransomware"),
    pytest.param("In March 2024 the FBI disrupted the BlackCat group and seized its servers. Days later the group "
                 "restored its servers.",
                 [ev("DefensiveMeasure", ["Federal Bureau of Investigation", "United States"], [], "2024-03")],
                 id="defence-a-gang-disrupted-and-its-sites-restored-are-no-attacks"),
    pytest.param("Hackers defaced the website of Contoso Airlines on Friday. The message left on its home page was signed by "
                 "a group calling itself Grey Finch.",
                 # (since session 24 the signature is dated by the defacement it was left on)
                 [ev("CyberAttack", [], ["Contoso Airlines"], "2024-05-17"), ev("Attribution", ["Grey Finch"], ["Grey Finch"], "2024-05-17")],
                 id="claim-messages-signed-by-a-group"),
    pytest.param("Hackers attacked Microsoft. The intrusion started in March 2021.",
                 [ev("CyberAttack", [], ["Microsoft"], "2021-03")], id="date-the-attack-began-then"),
    pytest.param("Ivan Sokolov was arrested in May 2021. He pleaded guilty in Ontario, where a court sentenced him to "
                 "four years in prison.",
                 [ev("LegalAction", ["Canada", "Court"], ["Ivan Sokolov"])], id="court-where-a-court-sentenced-him"),
]


def test_a_places_name_stops_at_a_clause_on_it():
    """"New Jersey, where ... a multi-year prison term": the compound words of the clause are not the name's."""
    from kg.extract.entities import EntityIndex
    from kg.nlp.pipeline import get_nlp

    doc = get_nlp()("He was arrested in New Jersey, where a court later sentenced him to a multi-year prison term.")
    assert EntityIndex.division_name([t for t in doc if t.text == "Jersey"][0]) == "new jersey"


@pytest.mark.parametrize("text,want", DEFENCE_CASES_16)
def test_phrasing_since_session_16(text, want):
    assert got(text) == sorted(want)


def test_taking_down_websites_is_no_defence():
    """Attackers take sites down; a defence takes down a botnet's server or a criminal forum."""
    assert not [e for e in got("In January 2015 the hacktivists took down German government websites.")
                if e[0] == "DefensiveMeasure"]


def test_a_verbs_readings_share_the_word_lists_they_name():
    """"@name" lists are expanded inside a verb's list of readings too ("suspend" a service, an account)."""
    from kg.extract.lexicon import verb_index

    objs = [spec["obj"] for typ, spec in verb_index()["suspend"] if typ == "DefensiveMeasure"]
    assert all(isinstance(o, list) for o in objs) and any("service" in o for o in objs) and any("account" in o for o in objs)


# Session 17: phrasings read from heldout30/31 once released (invented examples).
CASES_17 = [
    pytest.param("Hackers hit the Tampere water utility in March. The Finnish interior ministry said the junk traffic "
                 "came from machines located in Russia.",
                 [ev("CyberAttack", [], ["Tampere"], "2024-03"),
                  ev("Attribution", ["Finland", "interior ministry"], ["Russia"])],
                 id="origin-machines-located-in"),
    pytest.param("Hackers hit the Tampere water utility in March. The Finnish interior ministry said the intrusions were "
                 "traced to proxies in Russia.",
                 [ev("CyberAttack", [], ["Tampere"], "2024-03"),
                  ev("Attribution", ["Finland", "interior ministry"], ["Russia"])],
                 id="origin-traced-to-proxies-in"),
    pytest.param("Hackers hit the Tampere water utility in March. Vladimir Putin said most hacking attacks originate in "
                 "Germany.",
                 [ev("CyberAttack", [], ["Tampere"], "2024-03")],
                 id="origin-general-claim-no-attribution"),
    pytest.param("Ivan Sokolov was charged in April 2019. After a trial in Tampere, on 5 November 2021, a jury found "
                 "Sokolov guilty on fraud counts.",
                 [ev("LegalAction", ["Jury"], ["Ivan Sokolov"], "2021-11-05")],
                 id="legal-found-name-guilty"),
    pytest.param("Ivan Sokolov flew to Spain to meet a buyer and was arrested by Spanish police on 3 March 2021.",
                 [ev("LegalAction", ["Spain", "police"], ["Ivan Sokolov"], "2021-03-03")],
                 id="legal-passive-conjunct-shares-subject"),
    pytest.param("Contoso Freight agreed to sell a port. On 2 March 2017, the website of Fabrikam Duty Free was "
                 "paralysed by a DDoS attack; the company later restored the site.",
                 [ev("CyberAttack", [], ["Fabrikam Duty Free"], "2017-03-02"),
                  ev("DefensiveMeasure", ["Fabrikam Duty Free"], [])],
                 id="the-company-owner-of-the-subject"),
    pytest.param("Ransomware hit Contoso on 2 March 2020. Contoso took its systems offline on 3 March. On 6 March "
                 "Contoso restored its systems.",
                 [ev("CyberAttack", [], ["Contoso"], "2020-03-02"),
                  ev("DefensiveMeasure", ["Contoso"], [], "2020-03-03"),
                  ev("DefensiveMeasure", ["Contoso"], [], "2020-03-06")],
                 id="defence-two-verbs-two-measures"),
    pytest.param("Contoso Bank said on 3 June 2022 that its file server was accessed without authorization.",
                 [ev("CyberAttack", [], ["Contoso Bank"])],
                 id="attack-accessed-without-authorization"),
    pytest.param("Contoso Bank said on 3 June 2022 that client records held by the bank were illegally accessed.",
                 [ev("CyberAttack", [], ["Contoso Bank"])],
                 id="attack-illegally-accessed"),
    pytest.param("Hackers hit Fabrikam Air on 3 June 2022. Contoso Travel said there was no indication that its "
                 "booking data had been accessed.",
                 [ev("CyberAttack", [], ["Fabrikam Air"], "2022-06-03")],
                 id="attack-no-indication-that-negates"),
    pytest.param("Fabrikam Tyres said it spotted an intrusion on 14 March.",
                 [ev("CyberAttack", [], ["Fabrikam Tyres"], "2024-03-14")],
                 id="attack-dated-by-its-detection"),
    pytest.param("Ivan Sokolov was charged in March 2019. After pleading guilty in Denver, he was sentenced in October "
                 "2019 to nine years in prison.",
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2019-10")],
                 id="legal-sentenced-where-he-pleaded"),
    pytest.param("Fabrikam Holdings Inc sold its stake in Contoso Fuel Ltd in 2019. Ransomware hit Contoso Fuel Ltd on "
                 "7 May 2021. The company shut down the pipeline the same day.",
                 [ev("CyberAttack", [], ["Contoso Fuel Ltd"], "2021-05-07"),
                  ev("DefensiveMeasure", ["Contoso Fuel Ltd"], [], "2021-05-07")],
                 id="defence-the-company-is-the-victim-not-a-bystander"),
    pytest.param("The websites of the Contoso Ministry of Roads stopped working on 3 May 2021, in what officials called "
                 "a cyberattack.",
                 [ev("CyberAttack", [], ["Contoso Ministry of Roads"])],
                 id="attack-in-what-was-called"),
    pytest.param("Contoso Group's booking portal went offline on 3 May 2021 in what the firm believed was a cyber "
                 "intrusion.",
                 [ev("CyberAttack", [], ["Contoso Group"], "2021-05-03")],
                 id="attack-in-what-the-owner-believed-was"),
    pytest.param("A cyberattack hit Contoso Health on 3 May 2021, and Contoso Health fell back on manual processes.",
                 [ev("CyberAttack", [], ["Contoso Health"], "2021-05-03"),
                  ev("DefensiveMeasure", ["Contoso Health"], [], "2021-05-03")],
                 id="defence-fell-back-on-manual-processes"),
    pytest.param("Week 4: The Fabrikam worm infection of US military networks.",
                 [ev("CyberAttack", [], ["United States"])],
                 id="attack-infection-of-networks"),
    pytest.param("She had a COVID infection in 2021.", [], id="no-attack-in-a-medical-infection"),
    pytest.param("The Tampere Times said on 4 March 2019 that hackers in Iran had hacked its newsroom servers.",
                 [ev("Attribution", ["Tampere Times"], ["Iran"], "2019-03-04"),
                  ev("CyberAttack", ["Iran"], ["Tampere Times"])],
                 id="attribution-hackers-in-a-state"),
    pytest.param("The hackers sent malicious emails to Fabrikam Bank staff in May 2021.",
                 [ev("CyberAttack", [], ["Fabrikam Bank"], "2021-05")],
                 id="attack-sent-malicious-emails-to"),
    pytest.param("The ministry sent an e-mail to Fabrikam Bank staff in May 2021.", [],
                 id="no-attack-in-an-ordinary-email"),
    pytest.param("Contoso Metals was struck by malware on 19 March 2019 and switched its smelters to manual operation.",
                 [ev("CyberAttack", [], ["Contoso Metals"], "2019-03-19"),
                  ev("DefensiveMeasure", ["Contoso Metals"], [], "2019-03-19")],
                 id="defence-the-one-hit-acts-next"),
    pytest.param("ID 21-0523-01 | 23 May 2021 08:20 | PRI: MED | TO: ALL\n"
                 "Contoso Health said ransomware struck it yesterday.\n"
                 "Sent 38 | Delivered 38\n\n"
                 "ID 21-0525-01 | 25 May 2021 09:00 | PRI: LOW | TO: ALL\n"
                 "Contoso Health restored its systems.",
                 # (a record header's date dates its record; "yesterday" is the day before it)
                 [ev("CyberAttack", [], ["Contoso Health"], "2021-05-22"),
                  ev("DefensiveMeasure", ["Contoso Health"], [], "2021-05-25")],
                 id="dates-record-headers-of-an-alert-log"),
]



@pytest.mark.parametrize("text,want", CASES_17)
def test_phrasing_since_session_17(text, want):
    assert got(text) == sorted(want)


CASES_18 = [
    pytest.param("Ivan Sokolov was arrested in Tampere in 2022. Sokolov admitted the charges in February; last month "
                 "Judge Anna Lindqvist sentenced him to 41 months.",
                 # (an object pronoun is not its own clause's subject: "him" is Sokolov)
                 [ev("LegalAction", ["Anna Lindqvist"], ["Ivan Sokolov"], "2024-04"),
                  ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2022")], id="him-is-not-the-judge"),
    pytest.param("Ivan Sokolov was charged in 2019. The court heard that in April 2021 he admitted the fraud, and that on "
                 "14 March that year a judge in Tampere sentenced him to 30 months.",
                 # ("that year": the year of the same sentence, though told inside "the court heard that")
                 [ev("LegalAction", ["Finland", "Judge in Tampere"], ["Ivan Sokolov"], "2021-03-14")],
                 id="a-day-of-that-year"),
    pytest.param("Ivan Sokolov was arrested in Portland on Friday.",
                 # (a US city of 650,000 before a Jamaican parish)
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2024-05-17")], id="portland-the-city"),
    pytest.param("Ivan Sokolov was arrested in Ontario on Friday.",
                 [ev("LegalAction", ["Canada"], ["Ivan Sokolov"], "2024-05-17")], id="ontario-the-province"),
    pytest.param("Ivan Sokolov was arrested in Valencia on Friday.",
                 [ev("LegalAction", ["Spain"], ["Ivan Sokolov"], "2024-05-17")], id="valencia-a-city-of-its-division"),
    pytest.param("Hackers broke into the Contoso ministry's network in March. Minsk insisted that the Belarusian state "
                 "had played no role in the intrusion.",
                 [ev("CyberAttack", [], ["Contoso ministry"], "2024-03"), ev("Denial", ["Belarus"])],
                 id="played-no-role"),
    pytest.param("Hackers stole the records of four million Finnish civil servants in March. In June the Finnish "
                 "interior minister, Ivan Sokolov, called Belarus the main suspect.",
                 [ev("Attribution", ["Finland", "Ivan Sokolov"], ["Belarus"], "2023-06"),
                  ev("CyberAttack", [], ["Finland"], "2024-03")], id="called-x-the-suspect"),
    pytest.param("The minister called the banker a suspect in the fraud case.", [], id="a-suspect-of-no-cyber-act"),
    pytest.param("Hackers broke into the FabrikamNet gaming service on 17 April. Fabrikam began restoring FabrikamNet "
                 "in Europe on 14 May.",
                 # (a named service an attack hit is what is restored)
                 [ev("CyberAttack", [], ["FabrikamNet", "FabrikamNet gaming service"], "2024-04-17"),
                  ev("DefensiveMeasure", ["Fabrikam"], ["FabrikamNet"], "2024-05-14")], id="restored-a-hit-service"),
    pytest.param("Hackers broke into the FabrikamNet gaming service on 17 April. On 20 April Fabrikam turned off "
                 "FabrikamNet.",
                 [ev("CyberAttack", [], ["FabrikamNet", "FabrikamNet gaming service"], "2024-04-17"),
                  ev("DefensiveMeasure", ["Fabrikam"], [], "2024-04-20")], id="turned-off-a-hit-service"),
    pytest.param("Fabrikam restored Contoso Radio on 14 May.", [], id="restored-what-no-attack-hit"),
    pytest.param("Ivan Sokolov hacked the Contoso bank in 2019. Sokolov sold the data to gangs. The reporter Mikko "
                 "Virtanen followed the case for years. Finnish police arrested him in May.",
                 # (the one arrested: the man named most in the last sentences, not the reporter named once)
                 [ev("LegalAction", ["Finland", "police"], ["Ivan Sokolov"], "2019-05")], id="him-is-the-protagonist"),
    pytest.param("In March 2021 a piece of rogue code was found on Finnish army networks.",
                 # (a passive: the place found on hangs on the verb; "a piece of" holds the code)
                 [ev("CyberAttack", [], ["Finland"], "2021-03")], id="code-was-found-on-networks"),
    pytest.param("In December 2019 the city of Tampere switched off its servers after Qakbot was found on them.",
                 # (the program found is no victim of the attack it stands for, but its doer; the
                 # find, told after "after", takes no date of the measure's)
                 [ev("CyberAttack", ["QakBot"], ["Tampere"], None),
                  ev("DefensiveMeasure", ["Tampere"], [], "2019-12")], id="a-malware-is-no-victim"),
    pytest.param("Hackers targeted the Tampere city council around the time of the 2023 Tampere marathon.",
                 [ev("CyberAttack", [], ["Tampere", "Tampere city council"], "2023")], id="around-the-time-of"),
    pytest.param("Ransomware hit Contoso Bank on Monday, Fabrikam Bank said. The bank said it had shut down its online "
                 "banking services.",
                 # ("it", told by "the bank", is the bank just hit, not the last bank named; its own
                 # services are no body of any state, session 22)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2024-05-13"),
                  ev("DefensiveMeasure", ["Contoso Bank"])], id="the-bank-said-it"),
    pytest.param("Ransomware hit the Contoso Insurance Agency on Monday. The Agency took its servers offline the same day.",
                 # (a bare capitalised head after "the" is the body named before whose name ends in it)
                 [ev("CyberAttack", [], ["Contoso Insurance Agency"], "2024-05-13"),
                  ev("DefensiveMeasure", ["Contoso Insurance Agency"], [], "2024-05-13")], id="the-agency-capitalised"),
    pytest.param("The report recalled a DDoS on the Tampere city council last Tuesday.",
                 [ev("CyberAttack", [], ["Tampere city council"], "2024-05-14")], id="a-ddos-on"),
    pytest.param("In March the FBI seized the gang's DDoS software.", [], id="a-ddos-tool-is-no-attack"),
    pytest.param("It recalled the 2021 breach of the payroll firm Contoso Payroll.",
                 # (the description before a name is the name's)
                 [ev("CyberAttack", [], ["Contoso Payroll"], "2021")], id="the-payroll-firm-contoso"),
    pytest.param("Police in Latvia and Estonia also arrested two people on Friday at the request of Finnish prosecutors.",
                 # (each state's police made its own arrests)
                 [ev("LegalAction", ["Latvia", "Police"], ["two people"], "2024-05-17"),
                  ev("LegalAction", ["Estonia"], ["two people"], "2024-05-17")], id="police-in-two-states"),
    pytest.param("Hackers defaced the Tampere council website on Monday. The homepage was replaced with the slogan "
                 "\"Hacked by KittenSquad\" and a picture of a cat.",
                 # (a quoted signature claims the attack, on its day; the signer is not its own victim)
                 [ev("Attribution", ["KittenSquad"], ["KittenSquad"], "2024-05-13"),
                  ev("CyberAttack", [], ["Tampere", "Tampere council"], "2024-05-13")], id="a-defacers-signature"),
    pytest.param("In March 2019 criminals installed malicious software on the checkout terminals at Fabrikam supermarkets.",
                 [ev("CyberAttack", [], ["Fabrikam"], "2019-03")], id="installed-malicious-software"),
    pytest.param("The technicians installed new software on the payment terminals in May.", [],
                 id="installed-software-is-no-attack"),
    pytest.param("Ivan Sokolov recalls the autumn of 2016, when intruders got into the Fabrikam network between late "
                 "October and early November.",
                 # (months without a year, read in the year the passage tells of)
                 [ev("CyberAttack", [], ["Fabrikam"], "2016-10/2016-11")], id="between-late-october-and-early-november"),
    pytest.param("Ruritania blamed Iran for last year's Shamoon attack on Fabrikam Oil. Officials met twice. The company "
                 "hired investigators. The ministry issued guidance. The board resigned. Shamoon first struck on 15 "
                 "August last year, wiping thousands of computers.",
                 # (a named program striking dates its attack, however far back it was told)
                 [ev("CyberAttack", ["Shamoon"], ["Fabrikam Oil"], "2023-08-15")], id="the-malware-first-struck-on"),
    pytest.param("In June 2018 the FIVB, volleyball's world governing body, said that Fancy Bear had got into its "
                 "systems in May.",
                 # (parsed with the description as an apposition of the date: the name before it speaks)
                 [ev("Attribution", ["FIVB"], ["APT28"], "2018-06")],
                 id="the-name-before-its-description-said"),
]


@pytest.mark.parametrize("text,want", CASES_18)
def test_phrasing_since_session_18(text, want):
    assert got(text) == sorted(want)


CASES_19 = [
    pytest.param("Fabrikam's network was hacked in March 2023. In October 2023 Helsinki named the GRU as the culprit, "
                 "with supporting evidence.",
                 # (a manner phrase names no act of its own: the claim is about the attack just told)
                 [ev("Attribution", ["Finland"], [GRU, RUS], "2023-10"), ev("CyberAttack", [], ["Fabrikam"], "2023-03")],
                 id="named-as-the-culprit-with-evidence"),
    pytest.param("Hackers used ransomware against Contoso Health on 3 May 2021.",
                 [ev("CyberAttack", [], ["Contoso Health"], "2021-05-03")], id="used-ransomware-against"),
    pytest.param("On 3 May 2021 NotPetya was used against Contoso Shipping, wiping 2,000 workstations.",
                 [ev("CyberAttack", [], ["Contoso Shipping"], "2021-05-03")], id="malware-was-used-against"),
    pytest.param("CISA urged agencies to stop using the software after the cyberattack.", [],
                 # ("use" attacks only with a hostile object: stopping its use condemns nothing)
                 id="stop-using-is-no-attack-stopped"),
    pytest.param("A cyberattack on Norwegian Contoso disrupted its plants in 2022.",
                 # (a state's adjective before an unknown name: the company, and its state)
                 [ev("CyberAttack", [], ["Contoso", "Norway"], "2022")], id="a-states-adjective-before-a-company"),
    pytest.param("In 2019 Fabrikam Security described a long campaign of cyber spying against Contoso Bank.",
                 [ev("CyberAttack", [], ["Contoso Bank"], "2019")], id="a-campaign-of-cyber-spying"),
    pytest.param("Today the United Kingdom and Canada attribute to the GRU a campaign of cyberattacks against the "
                 "Commonwealth Games.",
                 # (the attacks named with their own target read themselves; the campaign adds no second one)
                 [ev("Attribution", ["United Kingdom"], [GRU, RUS], "2024-05-18"),
                  ev("Attribution", ["Canada"], [GRU, RUS], "2024-05-18")], id="a-campaign-of-attacks-is-not-read-twice"),
    pytest.param("Between 2014 and 2017 repeated cyber intrusions against Contoso Cloud stole client data.",
                 [ev("CyberAttack", [], ["Contoso Cloud"], "2014/2017")], id="intrusions-against"),
    pytest.param("On 3 March 2021 officers of the Federal Bureau of Investigation detained Ivan Sokolov in Tampere.",
                 # (parsed with "officers" as the object of "On" and the date as its modifier: the subject)
                 [ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Sokolov"], "2021-03-03")],
                 id="a-subject-after-a-fronted-date"),
    pytest.param("Ivan Sokolov admitted the fraud. On 15 November 2023 Judge Anna Lindqvist gave him ten years.",
                 [ev("LegalAction", ["Anna Lindqvist"], ["Ivan Sokolov"], "2023-11-15")], id="the-judge-gave-him-ten-years"),
    pytest.param("The court gave Fabrikam two months to comply.", [], id="time-to-comply-is-no-sentence"),
    pytest.param("Ivan Sokolov was indicted in the Southern District of Ohio last year.",
                 # (a judicial district is its state's division)
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2023")], id="indicted-in-a-judicial-district"),
    pytest.param("Hackers stole data from banks in a cyber heist. The hacking was part of a cyber campaign. In December "
                 "2021 Ivan Sokolov broke into Contoso, the private security company, and took its e-mails.",
                 # (a named company broken into, in an article about hacking; "Contoso, the ... company" is no person)
                 [ev("CyberAttack", ["Ivan Sokolov"], ["Contoso"], "2021-12")], id="broke-into-a-named-company"),
    pytest.param("Hackers logged into 14,000 accounts at Contoso Health in 2023.",
                 [ev("CyberAttack", [], ["Contoso Health"], "2023")], id="logged-into-accounts-at"),
    pytest.param("Staff logged into their accounts at Contoso Health in 2023.", [], id="staff-logging-in-is-no-attack"),
    pytest.param("Hackers hit Contoso in 2020. The Chinese embassy in Tampere dismissed the story as well.",
                 [ev("CyberAttack", [], ["Contoso"], "2020"), ev("Denial", ["China", "embassy"])],
                 id="dismissed-the-story"),
    pytest.param("Police arrested Ivan Sokolov, a Russian hacker, in Prague in 2016. Moscow protested the decision.",
                 [ev("LegalAction", ["Czech Republic"], ["Ivan Sokolov", "Russia"], "2016"), ev("Condemnation", ["Russia"])],
                 id="protested-the-decision"),
    pytest.param("Thousands protested the decision to close the school.", [], id="a-street-protest-is-no-condemnation"),
    pytest.param("LockBit encrypted the servers of the Contoso water utility in March 2022. Earlier that month the gang "
                 "had claimed an intrusion at Fabrikam Foods.",
                 # (an attack claimed in a claim dated to a month, with no date of its own, falls in that month)
                 [ev("Attribution", ["LockBit"], ["LockBit"], "2022-03"), ev("CyberAttack", ["LockBit"], ["Contoso"], "2022-03"),
                  ev("CyberAttack", ["LockBit"], ["Fabrikam Foods"], "2022-03")], id="an-intrusion-claimed-that-month"),
    pytest.param("Hackers broke into Contoso mailboxes in 2023. Fabrikam Security judged with high confidence that "
                 "Storm-0558 was a Russia-based outfit.",
                 # (parsed with the name as a verb of "confidence that": the words alone say it)
                 [ev("Attribution", ["Fabrikam Security"], ["Russia", "Storm-0558"]), ev("CyberAttack", [], ["Contoso"], "2023")],
                 id="a-state-based-actor-misparsed"),
    pytest.param("Hackers broke into Contoso mailboxes in 2023. Fabrikam Security said Storm-0558 is a Russian-speaking group.",
                 [ev("CyberAttack", [], ["Contoso"], "2023")], id="a-language-names-no-state"),
    pytest.param("Hackers hit Contoso in 2019. Fabrikam said hackers with ties to Iran were behind the attack.",
                 [ev("Attribution", ["Fabrikam"], ["Iran"]), ev("CyberAttack", [], ["Contoso"], "2019")],
                 id="hackers-with-ties-to"),
    pytest.param("Last May, in a federal courtroom in Boston, Karim Zaratov stood to hear his sentence. Zaratov was the only "
                 "defendant in custody. The judge sentenced him to five years in prison.",
                 # (NER takes the full name for a place, and the surname alone for a person: a person)
                 [ev("LegalAction", ["Judge"], ["Karim Zaratov"])], id="a-person-ner-took-for-a-place"),
    pytest.param("Following a two-week trial in Tampere, on 5 May 2021, a jury found Ivan Sokolov guilty of fraud. In June "
                 "2022 the court sentenced him to nine years.",
                 # ("the court" that sentences is not the jury that convicted)
                 [ev("LegalAction", ["Jury"], ["Ivan Sokolov"], "2021-05-05"),
                  ev("LegalAction", ["Court"], ["Ivan Sokolov"], "2022-06")], id="the-court-is-not-the-jury"),
    pytest.param("On 27 January several channels of Contoso Broadcasting were briefly taken over by hackers.",
                 [ev("CyberAttack", [], ["Contoso Broadcasting"], "2024-01-27")], id="channels-taken-over-by-hackers"),
    pytest.param("In 2019 Fabrikam took over Contoso's network business.", [], id="a-takeover-is-no-attack"),
    pytest.param("Contoso Transit's websites were knocked out for six hours in a cyberattack on Friday.",
                 [ev("CyberAttack", [], ["Contoso Transit"], "2024-05-17")], id="websites-knocked-out"),
    pytest.param("Police in Tampere detained Ivan Sokolov in July 2014. The Russian foreign ministry protested at once, "
                 "describing the detention as a kidnapping that broke international law.",
                 [ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2014-07"),
                  ev("Condemnation", ["Ministry of Foreign Affairs (Russia)", "Russia"])], id="described-as-a-kidnapping"),
    pytest.param("Estonia sent two Russian attaches home. On Tuesday the Kremlin's spokesman, Oleg Markov, called the cut "
                 "in staff short-sighted.",
                 # ("short-sighted", split by the tokenizer, joined again)
                 [ev("ExpelDiplomats", ["Estonia"], ["Russia"]), ev("Condemnation", ["Oleg Markov", "Russia"], [], "2024-05-14")],
                 id="called-it-short-sighted"),
    pytest.param("Police in Tampere detained Ivan Sokolov in July 2014. His brother, a retired colonel, described the "
                 "arrest as kidnapping.",
                 # (the brother speaks, not Sokolov; unnamed, he is no actor)
                 [ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2014-07")], id="his-brother-is-not-he"),
    pytest.param("Hackers defaced the website of the Contoso Printing Office on Sunday. The portal was taken offline for "
                 "two days.",
                 # (a passive with no doer, on the system an attack just hit: its owner took the step)
                 [ev("CyberAttack", [], ["Contoso Printing Office"], "2024-05-12"),
                  ev("DefensiveMeasure", ["Contoso Printing Office"])], id="the-portal-was-taken-offline"),
]


@pytest.mark.parametrize("text,want", CASES_19)
def test_phrasing_since_session_19(text, want):
    assert got(text) == sorted(want)


CAPTION = """UNITED STATES OF AMERICA          )
                                  )
          v.                      )    Case No. 1:24-cr-77
                                  )
IVAN PETROVICH SOKOLOV,           )    The Honorable Anna Lindqvist
                                  )
               Defendant.         )

"""

CASES_20 = [
    pytest.param(CAPTION + "Hackers broke into the network of Contoso Bank in 2021. On March 15, 2023, FBI agents "
                 "arrested the defendant at his home in Tampere.",
                 # (the caption names the defendant, whom the filing then calls "the defendant")
                 [ev("CyberAttack", [], ["Contoso Bank"], "2021"),
                  ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Petrovich Sokolov"],
                     "2023-03-15")], id="caption-names-the-defendant"),
    pytest.param("United States v. Sokolov | Case 1:24-cr-77 | Filed 03/18/2024\n\nIvan Sokolov ran a forum where "
                 "hackers sold data stolen in a breach of Contoso Bank. On August 22, 2023, FBI agents arrested the "
                 "defendant in Los Angeles.",
                 [ev("CyberAttack", [], ["Contoso Bank"]),
                  ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Sokolov"], "2023-08-22")],
                 id="docket-header-names-the-defendant"),
    pytest.param(" 1   THE COURT: Ivan Sokolov ran a forum where hackers sold\n 2   data stolen in a breach of Contoso "
                 "Bank. He was\n 3   arrested in Finland in December 2015 and\n 4   extradited to the United States in\n"
                 " 5   November 2019.\n",
                 # (a transcript's line numbers are no words: its lines join into sentences; since session 39
                 # the extradition joined to the passive arrest is read too, by the state that held him)
                 [ev("CyberAttack", [], ["Contoso Bank"]), ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2015-12"),
                  ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2019-11")],
                 id="line-numbered-transcript"),
    pytest.param("APPEARANCES: For the Government: Anna Lindqvist.\nIvan Sokolov ran a forum where hackers sold data "
                 "stolen in a breach of Contoso Bank.\nTHE COURT: How did he come to be here?\nMS. LINDQVIST: By a long "
                 "road. He was arrested in Finland in December 2015.\n",
                 # ("he" recalls no one titled "Ms.", the speaker just named)
                 [ev("CyberAttack", [], ["Contoso Bank"]), ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2015-12")],
                 id="he-is-no-ms"),
    pytest.param("FBI agents arrested Ivan Sokolov in Tampere in March 2021 for hacking the network of Contoso Bank. "
                 "In May 2022 the jury convicted him.",
                 # (the jury is the justice of the trial, not the police of the arrest told before)
                 [ev("CyberAttack", ["Ivan Sokolov"], ["Contoso Bank"]),
                  ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Sokolov"], "2021-03"),
                  ev("LegalAction", ["Jury", "United States"], ["Ivan Sokolov"], "2022-05")], id="the-jury-is-no-police"),
    pytest.param("Hackers broke into the network of Contoso Telecom in 2017. In 2018 the United States and Britain put "
                 "the blame for it on China's Ministry of State Security.",
                 [ev("CyberAttack", [], ["Contoso Telecom"], "2017"),
                  ev("Attribution", ["United States"], ["China", "Ministry of State Security (China)"], "2018"),
                  ev("Attribution", ["United Kingdom"], ["China", "Ministry of State Security (China)"], "2018")],
                 id="put-the-blame-for-it-on"),
    pytest.param("Hackers broke into the network of Contoso Telecom in 2017. In 2018 the United States laid the blame "
                 "on China.",
                 [ev("CyberAttack", [], ["Contoso Telecom"], "2017"), ev("Attribution", ["United States"], ["China"], "2018")],
                 id="laid-the-blame-on"),
    pytest.param("The lawyers put the blame on the weather.", [], id="blame-on-the-weather-names-no-culprit"),
    pytest.param("Ruritania's cyber agency has been accused of cyber espionage before. Its hackers intercepted the "
                 "communications of Ivan Sokolov, the head of Fabrikam, in March 2013.",
                 [ev("CyberAttack", ["Ruritania"], ["Fabrikam", "Ivan Sokolov"], "2013-03")],
                 id="intercepted-the-communications-of"),
    pytest.param("The navy intercepted a missile fired at the ship.", [], id="intercepted-a-missile-is-no-hack"),
    pytest.param("IVAN SOKOLOV                        Appellant\n- and -\nTHE KINGDOM OF RURITANIA            Respondent\n\n"
                 "1. Hackers broke into the network of Contoso Bank in 2021. The Appellant was detained in Tampere "
                 "on 3 March 2022 by National Crime Agency investigators.",
                 # (a judgment's name lines give each party's role, which "the Appellant" then recalls)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2021"),
                  ev("LegalAction", ["National Crime Agency", "United Kingdom"], ["Ivan Sokolov"], "2022-03-03")],
                 id="judgment-names-the-appellant"),
    pytest.param("Cisco Talos said in 2017 that code in the backdoor linked the attack to APT17. The Israeli firm "
                 "Intezer reached the same conclusion.",
                 # ("reached the same conclusion", like "followed suit": the claim told before, by its subject)
                 # (Cisco Talos under the name the MISP producer galaxy gives it)
                 [ev("Attribution", ["Cisco Talos Intelligence Group"], ["APT17"], "2017"),
                  ev("Attribution", ["Intezer"], ["APT17"])],
                 id="reached-the-same-conclusion"),
    pytest.param("In 2018 Britain blamed Russia for the attack on Contoso. A day later Canada did the same.",
                 [ev("Attribution", ["United Kingdom"], [RUS], "2018"), ev("Attribution", ["Canada"], [RUS], "2018")],
                 id="did-the-same"),
    pytest.param("Hackers hit Contoso in 2018. Fabrikam did the same to Tailspin.",
                 [ev("CyberAttack", [], ["Contoso"], "2018")], id="did-the-same-repeats-no-attack"),
    pytest.param("Fabrikam said in December 2020 that several engineers' workstations were infected in a cyberattack.",
                 # (its staff's devices are the company's own: the sayer was hit)
                 [ev("CyberAttack", [], ["Fabrikam"])], id="employees-laptops-are-the-sayers"),
    pytest.param("Hackers breached Contoso in 2018. Fabrikam stated that its own servers were not compromised.",
                 [ev("CyberAttack", [], ["Contoso"], "2018"), ev("Denial", ["Fabrikam"])],
                 id="its-own-network-was-not-breached"),
    pytest.param("In March 2019 Aino Hydro, one of Finland's biggest energy companies, was struck by ransomware. The "
                 "company restored its servers from offline copies in April.",
                 # ("one of ... companies" makes the name a company's, whatever NER says: "the company" recalls it)
                 [ev("CyberAttack", [], ["Aino Hydro", "Finland"], "2019-03"), ev("DefensiveMeasure", ["Aino Hydro"], [], "2019-04")],
                 id="one-of-the-largest-companies"),
    pytest.param("The President: I call on the delegate for the United Kingdom.\n\n"
                 "Ms. Lindqvist (United Kingdom): In April 2018 Russian state hackers attacked routers of Contoso "
                 "Telecom. We condemn these reckless attacks.\n\n"
                 "The President: I call on the delegate for the Russian Federation.\n\n"
                 "Mr. Sokolov (Russian Federation): My delegation categorically rejects these baseless accusations. "
                 "Russia had no part in these intrusions.\n",
                 # (a verbatim record's speaker labels: no subject of what follows, and the voice of
                 # "we", "my delegation" and a bare "Russia had no part in" in the turn)
                 [ev("CyberAttack", [RUS], ["Contoso Telecom"], "2018-04"),
                  ev("Condemnation", ["Lindqvist", "United Kingdom"], [RUS], "2024-05-18"),
                  ev("Denial", [RUS, "Sokolov"], [], "2024-05-18")], id="verbatim-record-speakers"),
    pytest.param('Contoso Shipping Ltd ("the Insured") notified us of a ransomware attack in March 2021. The Insured '
                 'said that KittenSquad had encrypted its servers. The Insured then took its systems offline.',
                 # (a defined term in brackets and quotes is the name before it, wherever it is used)
                 [ev("Attribution", ["Contoso Shipping Ltd"], ["KittenSquad"]),
                  ev("CyberAttack", ["KittenSquad"], ["Contoso Shipping Ltd"]),
                  ev("DefensiveMeasure", ["Contoso Shipping Ltd"])], id="defined-term-the-insured"),
    pytest.param("LockBit told journalists it had struck some forty firms, including Contoso Bank, in a ransomware campaign.",
                 # (a gang named after its ransomware claims its own attack like any group)
                 [ev("Attribution", ["LockBit"], ["LockBit"]), ev("CyberAttack", ["LockBit"], ["Contoso Bank"])],
                 id="ransomware-gang-told-reporters-it-had-hit"),
    pytest.param("The attack on Contoso Bank, which Canada and Britain jointly pinned on the GRU last week, began "
                 "in 2018.",
                 # (the parser hangs "which" on the victim; the act is what was pinned on the GRU)
                 [ev("Attribution", ["Canada"], [GRU, RUS], "2024-05"),
                  ev("Attribution", ["United Kingdom"], [GRU, RUS], "2024-05")], id="which-they-pinned-on"),
    pytest.param("Hackers hit Contoso Bank in 2018. Analysts at Fabrikam said they attribute the breach to Sandworm.",
                 # ("they", the sayers: the researchers, at Fabrikam)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2018"), ev("Attribution", ["Fabrikam"], ["Sandworm"])],
                 id="researchers-at-x-said-they-attribute"),
    pytest.param("LockBit bragged in a forum post that it had encrypted the servers of Contoso Bank.",
                 [ev("Attribution", ["LockBit"], ["LockBit"]), ev("CyberAttack", ["LockBit"], ["Contoso Bank"])],
                 id="bragged-that-it-had"),
    pytest.param("In 2018 the Netherlands sent four Russian diplomats back to Moscow.",
                 [ev("ExpelDiplomats", ["Netherlands"], [RUS], "2018")], id="sent-diplomats-back"),
    pytest.param("In 2018 the Netherlands sent the letters back to Moscow.", [], id="sent-letters-back-expels-no-one"),
]


@pytest.mark.parametrize("text,want", CASES_20)
def test_phrasing_since_session_20(text, want):
    assert got(text) == sorted(want)


def test_unnumber_keeps_other_numbers():
    """A single numbered line, or numbers out of sequence, are data, not a transcript's margin."""
    from kg.nlp.clean import unnumber
    text = "1   Contoso\n7   Fabrikam\n12  Tampere\n"
    assert unnumber(text) == text


@pytest.mark.parametrize("line, label", [
    ("Ms. Lindqvist (Finland): We condemn the attack.", "Ms. Lindqvist (Finland)"),
    ("THE COURT: The defendant is before the Court.", "THE COURT"),
    ("Mr Sokolov: We reject it.", "Mr Sokolov"),
    ("Sources: Contoso annual report (4 May 2021).", None),  # a field, not a speaker
    ("Contoso said on Monday: we are fine.", None),
])
def test_speaker_labels(line, label):
    """A speaker's label opens a transcript line: bracketed, titled or in capitals."""
    from kg.nlp.pipeline import get_nlp, speaker_label_end

    toks = [t for t in get_nlp().make_doc(line)]
    end = speaker_label_end(toks)
    assert (line[:toks[end].idx + toks[end].text.index(":")] if end is not None else None) == label


# Session 21: the steps of a case, verbatim records' stage notes, the speaker's "my country",
# hackers' crews named like armies.
CASES_21 = [
    pytest.param("Ivan Sokolov was arrested by Finnish police in Tampere in 2019. A grand jury in Boston later indicted "
                 "him on wire-fraud charges. He was sentenced in Boston last month.",
                 # (three steps of one case, told by three verbs: three events, not one)
                 [ev("LegalAction", ["Grand jury in Boston", "United States"], ["Ivan Sokolov"]),
                  ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2024-04"),
                  ev("LegalAction", ["Finland", "police"], ["Ivan Sokolov"], "2019")], id="steps-of-a-case-apart"),
    pytest.param("Ivan Sokolov was sentenced in Boston in March 2024 to six years. The sentence was the longest given "
                 "to a hacker in Massachusetts.",
                 # (one step told twice is one event)
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2024-03")], id="one-step-told-twice"),
    pytest.param("The President (spoke in French): The floor goes to the delegate of Estonia.\n"
                 "Mr. Sokolov (Estonia) (spoke in Russian): On Monday, Finland and Sweden once again accused my "
                 "country of hacking routers. We reject such accusations entirely.\n",
                 # (a stage note in brackets names no state; "my country" is the speaker's)
                 [ev("Attribution", ["Finland"], ["Estonia"], "2024-05-13"),
                  ev("Attribution", ["Sweden"], ["Estonia"], "2024-05-13"),
                  ev("Denial", ["Estonia", "Sokolov"], [], "2024-05-18")], id="verbatim-record-stage-note"),
    pytest.param("The Finnish Cyber Army claimed responsibility for the hack of the Estonian foreign ministry.",
                 [ev("Attribution", ["Finnish Cyber Army"], ["Finnish Cyber Army"]),
                  ev("CyberAttack", ["Finnish Cyber Army"], ["Estonia", "foreign ministry"])], id="crew-named-like-army"),
    pytest.param("US Cyber Command said the Tampere Electronic Army had hijacked the Twitter account of Contoso News.",
                 [ev("Attribution", ["United States", "United States Cyber Command"], ["Tampere Electronic Army"]),
                  ev("CyberAttack", ["Tampere Electronic Army"], ["Contoso News", "Twitter"])], id="cyber-command-is-a-body"),
    pytest.param("In December 2020 the Finnish firm Fabrikam published a report linking the ransomware to Iran.",
                 [ev("Attribution", ["Fabrikam"], ["Iran"], "2020-12")], id="report-linking-is-a-claim"),
    pytest.param("Hackers offered for sale photographs stolen from the cloud account of Aino Virtanen.",
                 [ev("CyberAttack", [], ["Aino Virtanen"])], id="photographs-stolen-from"),
    pytest.param("RELEASE DECISION\nSurname / forename:     SOKOLOV, Ivan\nNationality:            Finnish\n"
                 "Mr Sokolov was detained by the National Crime Agency in March 2018.",
                 # (a record's name field, surname first, names the man "Mr Sokolov" recalls)
                 [ev("LegalAction", ["National Crime Agency", "United Kingdom"], ["Ivan Sokolov"], "2018-03")],
                 id="record-field-surname-first"),
    pytest.param("Place of birth:   TAMPERE, Finland\nMr Tampere was detained by the National Crime Agency in March 2018.",
                 [ev("LegalAction", ["National Crime Agency", "United Kingdom"], ["TAMPERE"], "2018-03")],
                 id="place-field-names-no-one"),
    pytest.param("A fortnight ago Ivan Sokolov was sentenced at Southwark Crown Court.",
                 [ev("LegalAction", ["Southwark Crown Court"], ["Ivan Sokolov"], "2024-05-04")], id="a-fortnight-ago"),
    pytest.param("Estonian police arrested Ivan Sokolov in June 2020. Estonia later expelled him to Finland, where "
                 "he faced charges, in July 2020.",
                 # (a suspect expelled is deported: a legal step, no diplomat)
                 [ev("LegalAction", ["Estonia", "police"], ["Ivan Sokolov"], "2020-06"),
                  ev("LegalAction", ["Estonia"], ["Ivan Sokolov"], "2020-07")], id="suspect-expelled"),
    pytest.param("Finland expelled Ivan Sokolov, a Russian diplomat, in May 2021.",
                 [ev("ExpelDiplomats", ["Finland"], [RUS], "2021-05")], id="diplomat-expelled"),
    pytest.param("Ivan Sokolov was deported from Finland to the United States in March 2021.",
                 [ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2021-03")], id="deported"),
    pytest.param("In June 2020 Dubai Police detained Ivan Sokolov and nine others in a sweep they called Otter Hunt 2. "
                 "Estonia later expelled him to Finland, where he faced charges, in July 2020.",
                 # (the operation's name is no person for "him" to recall)
                 [ev("LegalAction", ["Dubai Police"], ["Ivan Sokolov"], "2020-06"),
                  ev("LegalAction", ["Estonia"], ["Ivan Sokolov"], "2020-07")], id="operation-name-no-person"),
    pytest.param("Late on Friday the website of the Tampere city council was replaced by a message from the Finnish "
                 "Cyber Army.", [ev("CyberAttack", ["Finnish Cyber Army"], ["Tampere city council"], "2024-05-17")],
                 id="website-replaced-by-a-page"),
    pytest.param("Contoso replaced its website with a new page in May. The chief executive of Contoso was replaced "
                 "by a new manager.", [], id="replaced-in-the-normal-course"),
    pytest.param("Ivan Sokolov was detained by Moroccan police in May 2022. Eight months later he was extradited.",
                 # (no one named hands him over: the state that arrested him does)
                 [ev("LegalAction", ["Morocco", "police"], ["Ivan Sokolov"], "2022-05"),
                  ev("LegalAction", ["Morocco"], ["Ivan Sokolov"], "2023-01")], id="extradited-by-the-arresting-state"),
    pytest.param("Finland attributed the KittenLocker attack of June 2017, which started in Tampere and spread to many "
                 "countries, to the Russian military.",
                 # (the "to" phrase after the relative clause, which the parser hangs inside it)
                 [ev("Attribution", ["Finland"], [RUS], "2017-06")],
                 id="attributed-past-a-relative-clause"),
    pytest.param("Finland sent the letters, which went to Tampere, to Russia.", [], id="sent-past-a-relative-clause"),
    pytest.param("Fabrikam concluded that the intrusion was probably of Chinese origin.",
                 [ev("Attribution", ["Fabrikam"], ["China"])], id="of-chinese-origin"),
    pytest.param("The wine was of French origin, Contoso said.", [], id="wine-of-french-origin"),
    pytest.param("Fabrikam said the attack on Contoso was the work of Russian hackers. Moscow has rejected that account.",
                 [ev("Attribution", ["Fabrikam"], [RUS]), ev("CyberAttack", [RUS], ["Contoso"]),
                  ev("Denial", [RUS], [])], id="rejected-that-account"),
    pytest.param("Ivan Sokolov said he had not run the site. The court rejected that version and convicted him of "
                 "hacking Contoso in May 2023.",
                 [ev("CyberAttack", ["Ivan Sokolov"], ["Contoso"], "2023-05"), ev("LegalAction", ["Court"], ["Ivan Sokolov"])],
                 id="court-rejects-no-denial"),
    pytest.param("Ivan Sokolov was arrested by FBI agents in Boston in April 2021. On Friday he was sentenced to eight years.",
                 # (the sentence is a court's of the same state, not the arresting police's)
                 [ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Sokolov"], "2021-04"),
                  ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2024-05-17")], id="sentenced-not-by-the-police"),
    pytest.param("Ivan Sokolov had been picked up by the FBI in June 2012.",
                 [ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Sokolov"], "2012-06")],
                 id="picked-up-by-the-fbi"),
    pytest.param("Ivan Sokolov picked up the phone in June 2012. The FBI picked up the trail of the hackers in 2012.", [],
                 id="picked-up-a-phone"),
    pytest.param("On 19 May 2021 prosecutors in Helsinki unsealed charges against Ivan Sokolov.",
                 # (the date before the noun is no part of the body's name: "May 2021 prosecutors")
                 [ev("LegalAction", ["Finland", "prosecutors"], ["Ivan Sokolov"], "2021-05-19")],
                 id="date-before-prosecutors"),
    pytest.param("Contoso told its customers to stop using its software until further notice after the breach.",
                 [ev("CyberAttack", [], ["Contoso"]), ev("DefensiveMeasure", ["Contoso"], [])], id="told-to-stop-using"),
    pytest.param("Fabrikam had sinkholed a number of the command-and-control domains of KittenSquad.",
                 # (the domains counted, not "a number")
                 [ev("DefensiveMeasure", ["Fabrikam"], [])], id="sinkholed-a-number-of-domains"),
    pytest.param("Mr. Sokolov (Estonia): Last month London expelled 23 of our diplomats without producing any proof.",
                 # ("our diplomats": the speaker's state's)
                 [ev("ExpelDiplomats", ["United Kingdom"], ["Estonia"], "2024-04")], id="expelled-our-diplomats"),
]


def test_month_before_a_name_is_no_part_of_it():
    """"In early September Kestrix published ...": the firm is Kestrix, not "September Kestrix"."""
    from kg.extract.entities import EntityIndex
    from kg.nlp.pipeline import get_nlp
    ix = EntityIndex(get_nlp()("In early September Kestrix published its own research on a campaign against "
                               "dissidents' websites."))
    assert sorted(e.name for e in ix.entities.values()) == ["Kestrix"]


@pytest.mark.parametrize("text,want", CASES_21)
def test_phrasing_since_session_21(text, want):
    assert got(text) == sorted(want)


CASES_22 = [
    pytest.param("Hackers working for Ruritania broke into Contoso's network. Ivan Sokolov, the Ruritanian foreign "
                 "minister, quoted by the agency Kestrix News, shrugs off the accusations.",
                 # (who quotes the speaker is no party to the denial)
                 [ev("CyberAttack", ["Ruritania"], ["Contoso"]), ev("Denial", ["Ivan Sokolov"])], id="shrugs-off"),
    pytest.param("A Tampere court charged three Ruritanian officers over the hack of Contoso Bank. Ivan Sokolov, the "
                 "Ruritanian foreign minister, asked by reporters about the charges, brushed them off on 3 May 2021.",
                 # ("them": the charges the sentence named before)
                 [ev("CyberAttack", [], ["Contoso Bank"]), ev("Denial", ["Ivan Sokolov"], [], "2021-05-03"),
                  ev("LegalAction", ["Finland", "Tampere court"], ["three Ruritanian officers"])], id="brushed-them-off"),
    pytest.param("Ruritanian hackers breached the Finnish parliament in March 2021. The foreign ministry spokeswoman, "
                 "Aino Virtanen, mocked the allegations on Facebook on 4 March 2021.",
                 [ev("CyberAttack", [], ["Finland", "parliament"], "2021-03"),
                  ev("Denial", ["Aino Virtanen", "foreign ministry"], [], "2021-03-04")], id="mocked-the-allegations"),
    pytest.param("Hackers disrupted the Tampere water plant on 9 May 2021. The following day, Finland's foreign "
                 "minister, Aino Virtanen, blamed Ruritania, saying that its spies wanted revenge.",
                 # (what she said beside the claim is no act that the claim is about instead)
                 [ev("Attribution", ["Aino Virtanen", "Finland"], ["Ruritania"], "2021-05-10"),
                  ev("CyberAttack", [], ["Tampere"], "2021-05-09")], id="blamed-saying"),
    pytest.param("Hackers breached Contoso Bank in 2020. Ivan Sokolov blamed Aino Virtanen for what happened to his "
                 "brother.",
                 # (a blame for something else: no claim about the breach)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2020")], id="blamed-for-something-else"),
    pytest.param("After the ransomware attack on its network, Contoso Bank said it took urgent measures on 3 May 2021.",
                 [ev("DefensiveMeasure", ["Contoso Bank"], [], "2021-05-03")], id="immediate-measures"),
    pytest.param("Hackers breached Contoso Bank in 2020. The government took immediate action against Ruritania on "
                 "3 May 2021.",
                 # (an action against a state is no protective step)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2020")], id="action-against-a-state"),
    pytest.param("After the phishing attack, Contoso Bank closed the compromised accounts on 3 May 2021.",
                 [ev("CyberAttack", [], ["Contoso Bank"], "2021-05-03"),
                  ev("DefensiveMeasure", ["Contoso Bank"], [], "2021-05-03")], id="closed-accounts"),
    pytest.param("Aino Virtanen, interviewed by Kestrix News, condemned the Ruritanian cyberattack on Finland.",
                 [ev("Condemnation", ["Aino Virtanen"]), ev("CyberAttack", [], ["Finland"])], id="interviewed-by"),
    pytest.param("Pulse News · Notification history\n\nMar 15, 2021 · 11:20 AM\nFinland imposes sanctions on Ivan "
                 "Sokolov, the Ruritanian hacker charged last month over the hack of Contoso Bank.\n\nFeb 16, 2021 · "
                 "6:02 PM\nIvan Sokolov, quoted by the agency Kestrix News, shrugs off the charges.\n",
                 # (a date line with its clock time dates the alert under it)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2021-03-15"), ev("Denial", ["Ivan Sokolov"], [], "2021-02-16"),
                  ev("Sanction", ["Finland"], ["Ivan Sokolov"], "2021-03-15")], id="timestamped-alerts"),
    pytest.param("UNITED STATES DISTRICT COURT\n\nUNITED STATES OF AMERICA,                     Case No. 21-mj-101\n\n"
                 "               v.                          ORDER SETTING CONDITIONS\n"
                 "                                                     OF RELEASE\nIVAN PETROVICH SOKOLOV,\n\n"
                 "               Defendant.\n\nThe defendant broke into the network of Contoso Bank in 2020. FBI "
                 "agents arrested the defendant in Boston on April 28, 2021.\n",
                 # (a caption with the order's title in a right-hand column still names the defendant)
                 [ev("CyberAttack", ["Ivan Petrovich Sokolov"], ["Contoso Bank"], "2020"),
                  ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Petrovich Sokolov"],
                     "2021-04-28")], id="caption-with-title-column"),
    pytest.param("CLASS NOTES\n\n1992\nAino Virtanen retired from Contoso Bank.\n\n1995\nIvan Sokolov represented the "
                 "customers who sued Contoso Bank over its 2013 breach. He lives in Tampere.\n",
                 # (a class year heads the notes; it is no date of what they tell)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2013"), ev("LegalAction", ["customers"], ["Contoso Bank"])],
                 id="year-heading-dates-no-suit"),
    pytest.param("On 15 June 2021 the Finnish parliament's website went down for three hours after a flood of junk "
                 "traffic.",
                 [ev("CyberAttack", [], ["Finland", "parliament"], "2021-06-15")], id="website-went-down"),
    pytest.param("Hackers hit Contoso in May 2021. Contoso's shares went down by 5 percent.",
                 # (shares are no computer system)
                 [ev("CyberAttack", [], ["Contoso"], "2021-05")], id="shares-went-down"),
    pytest.param("Finnish officials blamed Ruritania for the hack of Contoso. In December 2021 the outgoing "
                 "administration sanctioned Ruritania's military intelligence agency over the hacking.",
                 # (an unnamed administration acts for the state the passage is about)
                 [ev("Attribution", ["Finland"], ["Ruritania"]), ev("CyberAttack", [], ["Contoso"]),
                  ev("Sanction", ["Finland"], ["Ruritania", "Ruritania military intelligence agency"], "2021-12")],
                 id="outgoing-administration"),
    pytest.param("Officials said the Ruritanian government had ordered the theft of e-mails from Contoso, and in "
                 "December 2021 the outgoing administration sanctioned Ruritania's military intelligence agency.",
                 # (no state sanctions its own agency: the passage's state is not the one that did)
                 [ev("CyberAttack", [], ["Contoso"])], id="no-state-sanctions-its-own"),
    pytest.param("From 2010 the Qakbot malware had infected some 40,000 office computers in Finland, using them to send "
                 "spam.",
                 # (a program's own campaign counts its machines)
                 [ev("CyberAttack", ["QakBot"], ["Finland", "some 40,000 office computers in Finland"], "2010")],
                 id="malware-infected-computers"),
    pytest.param("Hackers encrypted 310 servers at Contoso in 2021.",
                 # (the servers of one victim are a detail of its attack)
                 [ev("CyberAttack", [], ["Contoso"], "2021")], id="servers-of-a-victim"),
    pytest.param("On 17 August 2021 a grand jury in Boston, Massachusetts, indicted Ivan Sokolov, of Tampere, and an "
                 "unnamed accomplice on wire-fraud charges.",
                 # (where he lives is no party to the charge)
                 [ev("LegalAction", ["Grand jury in Boston", "United States"], ["Ivan Sokolov"], "2021-08-17")],
                 id="of-his-town"),
    pytest.param("Police in Tampere arrested six Ruritanian hackers in May 2021 over the hack of Contoso. Two of them "
                 "were charged with fraud in June 2021.",
                 # ("two of them": some of the hackers counted before)
                 [ev("CyberAttack", [], ["Contoso"]), ev("LegalAction", ["Finland"], ["six Ruritanian hackers"], "2021-05"),
                  ev("LegalAction", ["Finland"], ["six Ruritanian hackers"], "2021-06")], id="two-of-them"),
    pytest.param("Prosecutors say the two men broke into the networks of Contoso Bank with brute-force attacks and "
                 "phishing e-mails in 2019.",
                 # ("brute-force": a hyphened modifier, no police force)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2019")], id="brute-force"),
    pytest.param("A DDoS attack disrupted online services at Contoso Bank on 15 February 2022.",
                 # ("online services" are no agency; where they run is the victim)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2022-02-15")], id="online-services-at"),
    pytest.param("On Tuesday 4 May 2021, a day after Ruritania had held a military parade, a cyberattack cut power at "
                 "the Tampere water plant. The head of the Finnish water agency, Aino Virtanen, condemned the attack "
                 "that day.",
                 # ("that day": the 4th; the day before is only the parade's)
                 [ev("Condemnation", ["Aino Virtanen", "Finland", "water agency"], [], "2021-05-04")],
                 id="that-day-not-the-day-after-what"),
    pytest.param("Ruritanian hackers defaced Finnish government websites on 8 August 2021. Before the month was out, "
                 "Finland had broken off relations with Ruritania.",
                 [ev("CyberAttack", [], ["Finland"], "2021-08-08"), ev("SeverRelations", ["Finland"], ["Ruritania"], "2021-08")],
                 id="before-the-month-was-out"),
    pytest.param("German police seized the servers of the Fabrikam market on 3 May 2021. The same day its "
                 "administrators were arrested in Finland and Estonia.",
                 # ("its administrators": the people arrested, not whose they are)
                 [ev("DefensiveMeasure", ["Germany", "police"], [], "2021-05-03"),
                  ev("LegalAction", ["Estonia"], ["administrators"], "2021-05-03"),
                  ev("LegalAction", ["Finland"], ["administrators"], "2021-05-03")], id="its-administrators"),
    pytest.param("Ivan Sokolov, 23, from Tampere, was jailed for 14 months at the Old Bailey yesterday.",
                 # (the court named after the term; where he is from is no party)
                 [ev("LegalAction", ["Old Bailey"], ["Ivan Sokolov"], "2024-05-17")], id="jailed-at-a-named-court"),
    pytest.param("Hackers breached Contoso in May 2021. On 3 June 2021 the Finnish police said those responsible "
                 "were in Russia.",
                 # (who the culprits are, said by someone: that one's claim)
                 [ev("Attribution", ["police", "Finland"], ["Russia"], "2021-06-03"),
                  ev("CyberAttack", [], ["Contoso"], "2021-05")], id="those-responsible-were-in"),
    pytest.param("Hackers breached Contoso in May 2021. On 3 June 2021 Kestrix said that one of the groups responsible "
                 "was a Russian crew.",
                 [ev("Attribution", ["Kestrix"], ["Russia"], "2021-06-03"),
                  ev("CyberAttack", [], ["Contoso"], "2021-05")], id="one-of-the-actors-responsible"),
    pytest.param("In May 2021 the US Treasury sanctioned two Americans who laundered money for Ruritanian hackers.",
                 # (a state may sanction its own nationals: only its own bodies are ruled out)
                 [ev("Sanction", ["United States Department of the Treasury", "United States"], ["two Americans"], "2021-05")],
                 id="own-nationals-sanctioned"),
    pytest.param("Hackers breached Contoso in May 2021. On 3 June 2021 Kestrix said the hackers were sophisticated.",
                 # (a description of the hackers names no one)
                 [ev("CyberAttack", [], ["Contoso"], "2021-05")], id="hackers-were-sophisticated"),
]


@pytest.mark.parametrize("text,want", CASES_22)
def test_phrasing_since_session_22(text, want):
    assert got(text) == sorted(want)


CASES_23 = [
    pytest.param("Ivan Sokolov ran a carding forum. Federal agents detained him in Denver in March 2019.",
                 # (unnamed agents act for the state they are placed in, as police do)
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2019-03")], id="federal-agents-arrested"),
    pytest.param("Hackers flooded the Kestrix forum with junk traffic in May 2021. On 3 June 2021 Fabrikam said it had "
                 "removed seven pages and five accounts linked to the attackers.",
                 # (a platform taking down the attackers' accounts defends against them)
                 [ev("DefensiveMeasure", ["Fabrikam"], [], "2021-06-03")], id="removed-pages-and-accounts"),
    pytest.param("Hackers flooded the Kestrix forum with junk traffic in May 2021. On 3 June 2021 Fabrikam said it had "
                 "banned 61 accounts and disabled 210 channels.",
                 [ev("DefensiveMeasure", ["Fabrikam"], [], "2021-06-03")], id="banned-accounts-disabled-channels"),
    pytest.param("Fabrikam's systems were hit by a cyberattack in May 2021. Moscow dismissed the charges as invented "
                 "and suspended a joint cyber working group.",
                 # (a working group suspended is no account taken down)
                 [ev("CyberAttack", [], ["Fabrikam"], "2021-05"), ev("Denial", ["Russia"])], id="suspended-working-group"),
    pytest.param("Hackers took the Kestrix portal offline on 9 May 2021. The Sokolov Brigade also claimed a role.",
                 [ev("Attribution", ["Sokolov Brigade"], ["Sokolov Brigade"]),
                  ev("CyberAttack", [], ["Kestrix"], "2021-05-09")], id="claimed-a-role"),
    pytest.param("Fabrikam blamed China for the hack of its servers on 3 May 2021. On 5 May 2021 a Chinese foreign "
                 "ministry spokesman said that China opposes all forms of cyberattacks.",
                 # (the side blamed disclaims what it is blamed for)
                 [ev("Attribution", ["Fabrikam"], ["China"], "2021-05-03"), ev("CyberAttack", [], ["Fabrikam"], "2021-05-03"),
                  ev("Denial", ["China", "Ministry of Foreign Affairs (China)"], [], "2021-05-05")],
                 id="blamed-side-opposes-all-attacks"),
    pytest.param("Fabrikam blamed China for the hack of its servers on 3 May 2021. On 5 May 2021 Britain said it "
                 "opposes all forms of cyberattacks.",
                 # (a side nobody blamed denies nothing)
                 [ev("Attribution", ["Fabrikam"], ["China"], "2021-05-03"), ev("CyberAttack", [], ["Fabrikam"], "2021-05-03")],
                 id="unblamed-side-opposes-all-attacks"),
    pytest.param("In May 2019 a federal judge in Tulsa sentenced Ivan Sokolov to nine years in prison.",
                 # (a US federal judge placed in a courthouse city: that district's court)
                 [ev("LegalAction", ["United States", "United States District Court for the Northern District of Oklahoma"],
                     ["Ivan Sokolov"], "2019-05")], id="federal-judge-in-city-district-court"),
    pytest.param("Ivan Sokolov pleaded guilty in the Southern District of Georgia in May 2018, and in August 2018 the "
                 "court there sentenced him to four years' imprisonment.",
                 # ("there": the district told before it; Georgia the US state, not the country)
                 [ev("LegalAction", ["United States", "United States District Court for the Southern District of Georgia"],
                     ["Ivan Sokolov"], "2018-08")], id="the-court-there"),
    pytest.param("Aino Virtanen was convicted in Brooklyn federal court on 4 May 2021.",
                 [ev("LegalAction", ["United States", "United States District Court for the Eastern District of New York"],
                     ["Aino Virtanen"], "2021-05-04")], id="convicted-in-manhattan-federal-court"),
    pytest.param("A jury in Denver convicted Aino Virtanen in August 2021.",
                 # (a jury is a body of its own, not the district's court)
                 [ev("LegalAction", ["Jury in Denver", "United States"], ["Aino Virtanen"], "2021-08")],
                 id="jury-stays-a-jury"),
    pytest.param("Ivan Sokolov was indicted in the Eastern District of Virginia in 2019. In March 2021 the judge "
                 "sentenced him to six years in jail.",
                 # (an unnamed judge of an article that names one district: that district's court)
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2019"),
                  ev("LegalAction", ["United States", "United States District Court for the Eastern District of Virginia"],
                     ["Ivan Sokolov"], "2021-03")], id="the-judge-of-the-one-district"),
    pytest.param("Hackers stole $40 million from Kestrix in May 2021. On 3 June 2021 Fabrikam, a stablecoin issuer, "
                 "said it had frozen $33 million held at the attacker's addresses.",
                 # (a company freezing stolen funds defends; it sanctions nobody)
                 [ev("CyberAttack", [], ["Kestrix"], "2021-05"), ev("DefensiveMeasure", ["Fabrikam"], [], "2021-06-03")],
                 id="company-freezes-stolen-funds"),
    pytest.param("REvil hit the network of Contoso in a ransomware attack on 31 December 2023. On 5 January 2024 REvil "
                 "told Fabrikam News that it had stolen five gigabytes of customer data.",
                 # (the teller speaks of itself, not of whom it tells; a theft with no victim named is
                 # the attack told before, claimed on the day it is told)
                 [ev("Attribution", ["REvil"], ["REvil"], "2024-01-05"), ev("CyberAttack", ["REvil"], ["Contoso"], "2023-12-31")],
                 id="told-the-paper-it-had-stolen"),
    pytest.param("Hackers breached the network of Contoso in a cyberattack in August 2023 and stole data. On 30 August "
                 "2023 Ivan Sokolov told Fabrikam News that he alone had conducted the intrusion.",
                 [ev("Attribution", ["Ivan Sokolov"], ["Ivan Sokolov"], "2023-08-30"),
                  ev("CyberAttack", ["Ivan Sokolov"], ["Contoso"], "2023-08")], id="told-the-paper-he-carried-out-the-attack"),
    pytest.param("Hackers breached the network of Contoso in a cyberattack in August 2023 and stole data. In May 2024 "
                 "Ivan Sokolov pleaded guilty and admitted that he had carried out the breach himself.",
                 # (an admission in court is part of the case, no claim of responsibility)
                 [ev("CyberAttack", ["Ivan Sokolov"], ["Contoso"], "2023-08")], id="admitted-the-hack-no-claim"),
    pytest.param("Hackers flooded the Kestrix forum with junk traffic in May 2021. Reddit said on 6 June 2021 that it "
                 "had suspended 40 accounts.",
                 # (a sentence's first word the tagger leaves untagged is a name when it says something)
                 [ev("DefensiveMeasure", ["Reddit"], [], "2021-06-06")], id="opening-sayer-the-tagger-missed"),
    pytest.param("Mandiant said on 3 May 2021 that APT28 is run by the Russian government.",
                 # (who runs a group is blamed, and the group with it)
                 [ev("Attribution", ["Mandiant"], ["APT28", "Russia"], "2021-05-03")], id="group-is-run-by-a-state"),
    pytest.param("Hackers hit the network of Contoso in a cyberattack in 2016. In October 2018 the Ruritanian defence "
                 "minister, Aino Virtanen, openly named the GRU as the culprit.",
                 # (the parser reads "named" as a participle of "minister", leaving no main verb: the
                 # sentence's noun is its subject; the attack noun told with the verb is the act, dated)
                 [ev("Attribution", ["Aino Virtanen"], ["GRU (Russian Federation)", "Russia"], "2018-10"),
                  ev("CyberAttack", [], ["Contoso"], "2016")], id="minister-comma-name-comma-named"),
    pytest.param("Hackers hit Contoso in a ransomware attack in May 2023.",
                 [ev("CyberAttack", [], ["Contoso"], "2023-05")], id="hit-in-an-attack-in-month"),
    pytest.param("Hackers breached the Kestrix network in a cyberattack in 2017. On 3 May 2017 Ruritania cut both "
                 "ministries off the internet.",
                 [ev("CyberAttack", [], ["Kestrix"], "2017"), ev("DefensiveMeasure", ["Ruritania"], [], "2017-05-03")],
                 id="cut-off-the-internet"),
    pytest.param("The Finnish police announced the takedown of the Kestrix marketplace on 3 May 2019.",
                 [ev("DefensiveMeasure", ["Finland", "police"], [], "2019-05-03")], id="announced-the-takedown"),
    pytest.param("On 3 May 2019, the same day, Finnish Customs announced a takedown of another marketplace, Fabrikam "
                 "Bazaar (also known as Kestrix).",
                 # (the state's word the tagger left out of a body's name is part of it)
                 [ev("DefensiveMeasure", ["Finland", "Finnish Customs"], [], "2019-05-03")], id="state-word-in-a-body-name"),
    pytest.param("On 15 March 2023 the Contoso Bank fraud desk blocked all outgoing payments from the account after "
                 "hackers emptied it.",
                 [ev("DefensiveMeasure", ["Contoso Bank"], [], "2023-03-15")], id="blocked-further-payments"),
    pytest.param("Hackers breached Contoso's network in 2013. On 16 September 2013 Contoso lodged a criminal complaint "
                 "with the state prosecutor's office.",
                 # (a complaint to the police or prosecutors: its complainant acts, no one is accused yet)
                 [ev("CyberAttack", [], ["Contoso"], "2013"), ev("LegalAction", ["Contoso"], [], "2013-09-16")],
                 id="complaint-lodged-with-prosecutors"),
    pytest.param("Hackers breached Contoso's network in 2020. On 24 November 2020 Contoso filed a complaint with the "
                 "regulator.",
                 [ev("CyberAttack", [], ["Contoso"], "2020")], id="complaint-to-a-regulator-no-legal-action"),
    pytest.param("Hackers breached Contoso in a cyberattack in 2018. In December 2018 Finland joined the United States "
                 "and Britain in naming APT10, a group linked to China's Ministry of State Security, for a long campaign "
                 "against cloud providers.",
                 # (naming a threat group together with others blames it; the state it is linked to
                 # is named in the claim, not one of the claimants)
                 [ev("Attribution", ["Finland"], ["APT10"], "2018-12"), ev("Attribution", ["United Kingdom"], ["APT10"], "2018-12"),
                  ev("Attribution", ["United States"], ["APT10"], "2018-12"), ev("CyberAttack", [], ["Contoso"], "2018")],
                 id="joined-others-in-naming-a-group"),
    pytest.param("Hackers breached Contoso in a cyberattack in 2018. In December 2018 Fabrikam named APT10 in a report on "
                 "cloud providers.",
                 # (named alone, a group may be only what a tracker calls it)
                 [ev("CyberAttack", [], ["Contoso"], "2018")], id="named-a-group-alone-no-claim"),
    pytest.param("In May 2021 the Treasury froze the assets of Ivan Sokolov.",
                 [ev("Sanction", ["United States", "United States Department of the Treasury"], ["Ivan Sokolov"], "2021-05")],
                 id="state-freezes-assets"),
]


@pytest.mark.parametrize("text,want", CASES_23)
def test_phrasing_since_session_23(text, want):
    assert got(text) == sorted(want)


CASES_24 = [
    pytest.param("The pro-Kestrix crew Contoso Team claimed a wave of denial-of-service attacks against Estonian banks on "
                 "3 May 2022.",
                 # (a wave, series or spate of attacks: what is claimed is the attacks)
                 [ev("Attribution", ["Contoso Team"], ["Contoso Team"], "2022-05-03"),
                  ev("CyberAttack", ["Contoso Team"], ["Estonia", "Estonian banks"], "2022-05-03")], id="claimed-a-wave-of-attacks"),
    pytest.param('On 3 May 2022 a group calling itself the "Shield of Fabrikam" claimed responsibility for the cyberattack '
                 "on the Kestrix Institute.",
                 # (a self-given name keeps its small words; a guard: the tagger reads this one whole)
                 [ev("Attribution", ["Shield of Fabrikam"], ["Shield of Fabrikam"], "2022-05-03"),
                  ev("CyberAttack", ["Shield of Fabrikam"], ["Kestrix Institute"])], id="self-given-name-with-of"),
    pytest.param("On 3 May 2022 a group calling itself the Grey Kestrix Hackers claimed the intrusion into Contoso's network.",
                 # (a self-given name is read whole, also where the tagger cuts it short; a guard: it
                 # does not cut this one)
                 [ev("Attribution", ["Grey Kestrix Hackers"], ["Grey Kestrix Hackers"], "2022-05-03"),
                  ev("CyberAttack", ["Grey Kestrix Hackers"], ["Contoso"])], id="self-given-name-cut-short"),
    pytest.param("Contoso's network went down on 3 May 2022. On the day of the attack, a group calling itself the "
                 '"Burning Sword of Kestrix" claimed responsibility on its forum.',
                 # (parsed with "claimed" as an adjective of "responsibility" and no main verb)
                 [ev("Attribution", ["Burning Sword of Kestrix"], ["Burning Sword of Kestrix"], "2022-05-03"),
                  ev("CyberAttack", [], ["Contoso"], "2022-05-03")], id="claim-verb-misread-as-adjective"),
    pytest.param("On 3 May 2022 hackers defaced the website of the Kestrix Institute and replaced the home page with a long "
                 'message signed "Contoso Cyber Army".',
                 # (the name left on a defaced page claims the attack)
                 [ev("Attribution", ["Contoso Cyber Army"], ["Contoso Cyber Army"], "2022-05-03"),
                  ev("CyberAttack", [], ["Kestrix Institute"], "2022-05-03")], id="defacement-message-signed"),
    pytest.param("On 3 May 2022 hackers broke into Fabrikam's network. A note left on the company's server, signed by "
                 "Contoso Team, said that 12 gigabytes of files had been taken.",
                 [ev("Attribution", ["Contoso Team"], ["Contoso Team"], "2022-05-03"),
                  ev("CyberAttack", [], ["Fabrikam"], "2022-05-03")], id="note-left-on-server-signed-by"),
    pytest.param("Hackers attacked Contoso's hospital in May 2022. The letter, signed by 20 ministers on 3 May 2022, "
                 "condemned the attack.",
                 # (a letter ministers sign is no hacker's signature)
                 [ev("CyberAttack", [], ["Contoso"], "2022-05")], id="letter-signed-by-ministers-no-claim"),
    pytest.param("Hackers attacked the Kestrix city network on 14 February 2023. The city posts below the text of the "
                 "decree signed yesterday by the Kestrix mayor.",
                 [ev("CyberAttack", [], ["Kestrix"], "2023-02-14")], id="decree-signed-no-claim"),
    pytest.param("Twelve months after the Treasury targeted Ruritanian companies tied to the Kestrix ministry, analysts at the "
                 "Contoso Lab list each sanction since 2015.",
                 # (the parser's adjective reading stands in a clause that opens with "after")
                 [], id="adjective-reading-with-a-main-verb"),
    pytest.param("Hackers flooded the census site with traffic on 9 August 2016. That evening the Finnish Bureau of "
                 "Statistics took its census form offline.",
                 # (a capitalised body head's capitalised "of" phrase is part of its name)
                 [ev("DefensiveMeasure", ["Bureau of Statistics", "Finland"], [], "2016-08-09")], id="body-name-goes-on-with-of"),
    pytest.param('On 3 May 2022 a group using the name "Contoso Cyber Fighters" claimed the cyberattacks on '
                 "Fabrikam Bank.",
                 # (the name a group uses stands for the group, as the name it calls itself does)
                 [ev("Attribution", ["Contoso Cyber Fighters"], ["Contoso Cyber Fighters"], "2022-05-03"),
                  ev("CyberAttack", ["Contoso Cyber Fighters"], ["Fabrikam Bank"])], id="group-using-the-name"),
    pytest.param("Hackers using the handle Kestrix Team defaced the site of Fabrikam Bank on 3 May 2022.",
                 [ev("CyberAttack", ["Kestrix Team"], ["Fabrikam Bank"], "2022-05-03")], id="hackers-using-the-handle"),
    pytest.param("The company uses the name Contoso in Europe.", [], id="company-uses-a-name-no-event"),
    pytest.param("Hackers broke into Contoso in 2020. On 5 January 2021 the FBI said that the actor was probably "
                 "Russian in origin.",
                 # (an actor said to be of a state's origin blames that state)
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["Russia"], "2021-01-05"),
                  ev("CyberAttack", [], ["Contoso"], "2020")], id="actor-russian-in-origin"),
    pytest.param("Hackers broke into Contoso in 2020. On 5 January 2021 Fabrikam said the product was Chinese in origin.",
                 [ev("CyberAttack", [], ["Contoso"], "2020")], id="product-chinese-in-origin-no-claim"),
    pytest.param('On 3 May 2022 a group calling itself "Kestrix ad-Din al-Fabrikam Brigade" claimed the cyberattack on '
                 "Contoso Bank.",
                 # (a quoted name runs to its closing quote, hyphens and small words and all)
                 [ev("Attribution", ["Kestrix ad-Din al-Fabrikam Brigade"], ["Kestrix ad-Din al-Fabrikam Brigade"], "2022-05-03"),
                  ev("CyberAttack", ["Kestrix ad-Din al-Fabrikam Brigade"], ["Contoso Bank"])], id="quoted-self-given-name"),
    pytest.param("In late July 2016 Finnish police detained Ivan Sokolov in Tampere. A grand jury in Brooklyn charged "
                 "him in February.",
                 # (a story runs forward: a month told after a later one, in the plain past, is the next year's)
                 [ev("LegalAction", ["Grand jury in Brooklyn", "United States"], ["Ivan Sokolov"], "2017-02"),
                  ev("LegalAction", ["Finland", "police"], ["Ivan Sokolov"], "2016-07")], id="story-runs-into-next-year"),
    pytest.param("In late July 2016 Finnish police detained Ivan Sokolov in Tampere. He had been charged by a grand "
                 "jury in Brooklyn in February.",
                 # (a flashback in the past perfect stays in the story's year)
                 [ev("LegalAction", ["Grand jury in Brooklyn", "United States"], ["Ivan Sokolov"], "2016-02"),
                  ev("LegalAction", ["Finland", "police"], ["Ivan Sokolov"], "2016-07")], id="flashback-stays-in-the-year"),
    pytest.param("From 2015 the Qakbot malware infected office computers in forty countries, stealing bank credentials.",
                 # (the machines a program or gang infects, counted or not, are its victims as a group)
                 [ev("CyberAttack", ["QakBot"], ["office computers"], "2015")], id="infected-computers-uncounted"),
    pytest.param("The Trickbot gang infected computers in 2019.",
                 [ev("CyberAttack", ["TrickBot"], ["computers"], "2019")], id="gang-infected-bare-computers"),
    pytest.param("The Fabrikam group used Qakbot to infect computers at hundreds of banks in 2016.",
                 # (a guard: the banks whose computers were infected stay the victims)
                 [ev("CyberAttack", ["Fabrikam"], ["hundreds of banks"], "2016")], id="infected-computers-of-banks"),
    pytest.param("OSPREY EXCHANGE\nTransparency Report | H1 2023\n\nWe publish this report twice a "
                 "year. We answer requests from police. Our staff review each one.\n\nIn March 2023 we froze nine customer "
                 "accounts linked to the Contoso mixer.",
                 # (a report's "we" is its letterhead's company, the first named in the text's order: a
                 # company's measure)
                 [ev("DefensiveMeasure", ["Osprey Exchange"], [], "2023-03")], id="letterhead-we-froze-accounts"),
]


@pytest.mark.parametrize("text,want", CASES_24)
def test_phrasing_since_session_24(text, want):
    assert got(text) == sorted(want)


def test_infected_machines_are_also_known_as_infected_computers():
    # (gold files name such a group "infected computers" as often as by its phrase)
    ents = read("From 2015 the Qakbot malware infected office computers in forty countries.").to_events_json()["entities"]
    group = next(e for e in ents if e["name"] == "office computers")
    assert "infected computers" in group["aliases"]


CASES_25 = [
    pytest.param("On Monday a wave of junk requests brought down the web portals of the Kestrix Stock Exchange and Contoso "
                 "Air for most of the day.",
                 [ev("CyberAttack", [], ["Contoso Air", "Kestrix Stock Exchange"], "2024-05-13")], id="sites-brought-down"),
    pytest.param("The scandal brought down the government in 2019.",
                 # (a guard: what is brought down is no system)
                 [], id="government-brought-down-is-no-attack"),
    pytest.param("Our two ministries will meet again in June.\nQ: Danish hackers have answered by leaking Finnish card "
                 "numbers, and they now claim to have shut down the site of the Helsinki bourse.",
                 # ("they" after a clause whose doers are hackers: those hackers, who shut down a site that is
                 # not theirs; no measure of the ministries named before)
                 [ev("CyberAttack", ["Denmark"], ["Finland"])], id="they-after-hostile-first-clause"),
    pytest.param("Hackers hacked the servers of Contoso Bank on 3 May 2022. The FBI determined that North Korea had mounted "
                 "the attack.",
                 # ("the attack" recalls the hack just told: a cyber attack, though its sentence has no cyber word)
                 [ev("Attribution", ["Federal Bureau of Investigation", "United States"], ["North Korea"]),
                  ev("CyberAttack", ["North Korea"], ["Contoso Bank"], "2022-05-03")], id="the-attack-recalls-a-hack"),
    pytest.param("On 3 May 2022 the Tulsa District Prosecutors' Office opened a case. Hackers had hacked the servers of "
                 "Contoso Bank with malicious code on 2 May 2022. The prosecutors determined that North Korea had mounted "
                 "the attack.",
                 # ("the prosecutors" recall the prosecutors' office, one body, named with its plural possessive)
                 [ev("Attribution", ["Tulsa District Prosecutors' Office"], ["North Korea"]),
                  ev("CyberAttack", ["North Korea"], ["Contoso Bank"], "2022-05-02")], id="the-prosecutors-recall-their-office"),
    pytest.param("Joint press conference\n\nHackers attacked Contoso Bank on 2 May 2022. On the issue my colleague brought "
                 "up, let me say it clearly: stealing the savings of ordinary people is a criminal act, and the Slovak "
                 "Republic condemns it in the strongest terms.",
                 # (said now, in the present, by the speaker of a transcript: the day it is published)
                 [ev("Condemnation", ["Slovakia"], ["Contoso Bank"], "2024-05-18"),
                  ev("CyberAttack", [], ["Contoso Bank"], "2022-05-02")], id="let-me-say-condemns-now"),
    pytest.param('Hackers attacked Contoso Bank on 2 May 2022. "Finland condemns it," the minister said on 3 May 2022.',
                 # (a guard: said on a day told)
                 [ev("Condemnation", ["Finland"], ["Contoso Bank"], "2022-05-03"),
                  ev("CyberAttack", [], ["Contoso Bank"], "2022-05-02")], id="condemns-said-on-a-day"),
    pytest.param('RIGA, May 3 (Wire) - Hackers took the website of the Latvian tax board offline on May 2.\n\n"We know '
                 'that Russia carried out this attack," Prime Minister Kaja Lind told reporters.',
                 # (a prime minister of no state named speaks for the dateline's; "this attack" is the one told)
                 [ev("Attribution", ["Kaja Lind", "Latvia"], ["Russia"], "2024-05-03"),
                  ev("CyberAttack", ["Russia"], ["Latvia"], "2024-05-02")], id="office-title-speaks-for-dateline-state"),
    pytest.param("notes from a former hacker\n\nTen years on: an apology\nPosted on 3 May 2022 by Ivan Sokolov\n\nI was a "
                 "vendor on the forum. In 2012 I sold card numbers to strangers. I was charged in 2013, and in 2014 a judge "
                 "in Tulsa gave me two and a half years. My friends left.",
                 # (a first-person post's "me" is its byline's author)
                 [ev("LegalAction", ["Judge in Tulsa", "United States"], ["Ivan Sokolov"], "2014")],
                 id="first-person-post-me-is-the-author"),
    pytest.param("Hackers attacked Contoso on 2 May 2022. Fabrikam said it had fended off the attack.",
                 [ev("CyberAttack", [], ["Contoso"], "2022-05-02"), ev("DefensiveMeasure", ["Fabrikam"], [], "2022-05-02")],
                 id="fended-off-the-attack"),
    pytest.param("On 2 May 2022 hackers knocked the website of the Finnish tax board offline. Finland restored its service "
                 "on 3 May 2022.",
                 # (a state's "its service" is the service it runs, no agency of that state)
                 [ev("CyberAttack", [], ["Finland"], "2022-05-02"), ev("DefensiveMeasure", ["Finland"], [], "2022-05-03")],
                 id="its-service-is-no-agency"),
    pytest.param("The company fended off a takeover bid in 2019.",
                 [], id="fended-off-no-attack"),  # (a guard: what is fended off is no attack)
]


@pytest.mark.parametrize("text,want", CASES_25)
def test_phrasing_since_session_25(text, want):
    assert got(text) == sorted(want)


def test_a_name_parsed_as_an_adverb_after_the_verb_is_its_object():
    # ("police arrested Sokolov.", with the name tagged as an adverb: the parser's slip, repaired)
    from spacy.tokens import Doc, Span

    from kg.extract.events import obj_of
    from kg.nlp.pipeline import get_nlp

    doc = Doc(get_nlp().vocab, words=["Police", "arrested", "Sokolov", "."], heads=[1, 1, 1, 1],
              deps=["nsubj", "ROOT", "advmod", "punct"], pos=["NOUN", "VERB", "ADV", "PUNCT"])
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert [t.text for t in obj_of(doc[1])] == ["Sokolov"]
    doc.ents = []  # (an adverb that names no one stays an adverb)
    assert obj_of(doc[1]) == []


CASES_26 = [
    pytest.param("In late December 2021 and early January, users reported that their accounts had been hijacked. On "
                 "January 6, Finnish police arrested Ivan Sokolov.",
                 # (the second of "late December 2021 and early January" comes after the first: the next year's,
                 # which the story then runs on in)
                 [ev("LegalAction", ["police", "Finland"], ["Ivan Sokolov"], "2022-01-06")], id="december-and-early-january"),
    pytest.param("On 6 May 2022, Finnish police arrested activists in three cities, including Ivan Sokolov and Aino Virtanen.",
                 # (the examples of the people arrested, hung by the parser on the cities)
                 [ev("LegalAction", ["police", "Finland"], ["Aino Virtanen", "Ivan Sokolov"], "2022-05-06")],
                 id="arrested-people-in-cities-including"),
    pytest.param("On 3 May 2022 hackers carried out attacks that disabled, for several hours, the websites of the Finnish "
                 "tax board and Contoso Bank.",
                 # (the object of "disabled" after an aside)
                 [ev("CyberAttack", [], ["Contoso Bank", "Finland"], "2022-05-03")], id="disabled-after-an-aside"),
    pytest.param('On 3 May 2022, a crew calling itself "Kestrix Team" launched distributed denial-of-service attacks '
                 "against Contoso Bank.",
                 # (a hyphenated "denial-of-service" is no denial, and takes no date from the attack)
                 [ev("CyberAttack", ["Kestrix Team"], ["Contoso Bank"], "2022-05-03")], id="hyphenated-denial-of-service"),
    pytest.param("Finland blamed Russian hackers for the attack on its parliament.",
                 # (the hackers blamed are the doers, not the act; the "on" phrase is the attack's victim)
                 [ev("Attribution", ["Finland"], [RUS]), ev("CyberAttack", [], ["Finland", "parliament"])],
                 id="blamed-hackers-for-the-attack-on-its-x"),
    pytest.param("The Finnish and Estonian governments each publicly accused the Russian military of the intrusion.",
                 # (a floating "each" is no subject of its own)
                 [ev("Attribution", ["Finland"], [RUS]), ev("Attribution", ["Estonia"], [RUS])],
                 id="governments-each-blamed"),
    pytest.param("On 3 May 2022, federal prosecutors in Tulsa made public a sealed indictment that accuses Ivan Sokolov "
                 "of running the Contoso Market.",
                 # (whom the indictment accuses, in a relative clause; "made public" unseals it)
                 # (since session 38: the US Attorney of the district, as the gold names federal prosecutors)
                 [ev("LegalAction", ["United States Attorney for the Northern District of Oklahoma", "United States"],
                     ["Ivan Sokolov"], "2022-05-03")],
                 id="indictment-that-accuses"),
    pytest.param("Nobody expects Helsinki to break off relations with Tallinn over a defacement.",
                 [], id="nobody-expects-x-to-cut-ties"),  # (an expectation, parsed as a clause of its own)
    pytest.param("On 2 May 2022, Contoso Air's booking portal stayed unreachable for most of the day as a result of a "
                 "DDoS attack.",
                 [ev("CyberAttack", [], ["Contoso Air"], "2022-05-02")], id="unavailable-as-a-result-of-an-attack"),
    pytest.param("On 2 May 2022 the portals of Contoso Bank and Fabrikam Air went dark for an hour, in what the police "
                 "called a distributed denial-of-service attack.",
                 # (a long name of the attack, and a subject the parser hung on the date)
                 [ev("CyberAttack", [], ["Contoso Bank", "Fabrikam Air"], "2022-05-02")],
                 id="in-what-officials-described-as-a-long-attack-name"),
    pytest.param("On 3 May 2022 Microsoft published evidence linking the intrusion to UNC4321.",
                 # (who published the findings makes the link; a vendor's code name is a threat actor)
                 [ev("Attribution", ["Microsoft"], ["UNC4321"], "2022-05-03")], id="published-findings-linking"),
    pytest.param("2. Background\n\nFrom the middle of March 2019, once the Latvian government had removed a statue from "
                 "Riga, waves of junk requests knocked out the websites of Latvian banks. Aino Ozola, then interior "
                 "minister, said early in April that the requests had been traced to Russia.",
                 # (the opening date is the main clause's, not the "once" clause's flashback: it sets the story's year)
                 [ev("Attribution", ["Aino Ozola"], [RUS], "2019-04"),
                  ev("CyberAttack", [], ["Latvia", "Latvian banks"], "2019-03")], id="date-before-once-sets-the-year"),
    pytest.param("Late on Wednesday, 2 November 2022, intruders broke into the servers of Contoso Bank.\n\nThe "
                 "intruders stayed for hours and copied files.\n\nEarly on 3 November the bank circulated patches for "
                 "its servers.",
                 # (a bare day a few paragraphs after a dated day of an earlier year, and soon after it, is in that year;
                 # patches circulated are a measure)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2022-11-02"),
                  ev("DefensiveMeasure", ["Contoso Bank"], [], "2022-11-03")], id="next-day-paragraphs-later"),
    pytest.param("A worm hit Contoso Bank in February 2021. Antivirus vendors including Fabrikam rushed out updates that "
                 "detect it.",
                 [ev("CyberAttack", [], ["Contoso Bank"], "2021-02"), ev("DefensiveMeasure", ["Fabrikam"], [])],
                 id="rushed-out-updates"),
    pytest.param("The ministry published an update on the investigation on Tuesday.",
                 [], id="an-update-on-an-investigation-is-no-patch"),  # (a guard)
    pytest.param("Officials in Tallinn blamed hackers acting in Russia's interest for the attacks on Estonian government websites.",
                 # (whom the hackers act for)
                 [ev("Attribution", ["Estonia"], [RUS]), ev("CyberAttack", [], ["Estonia"])], id="acting-in-x-interest"),
    pytest.param("In March 2006 a botnet controlled by Ivan Sokolov, a young man from Tulsa, infected the network of "
                 "Contoso Hospital, slowing the hospital's computers.",
                 # (where the botnet's runner is from names no party)
                 [ev("CyberAttack", ["Ivan Sokolov"], ["Contoso Hospital"], "2006-03")], id="botnet-runner-from-a-town"),
    pytest.param("Hackers attacked the e-ID login service of Estonia on Wednesday.",
                 # (a service's name keeps its hyphen as written)
                 [ev("CyberAttack", [], ["Estonia", "e-ID login service"], "2024-05-15")], id="hyphen-in-a-service-name"),
    pytest.param("Inside the Contoso Data Breach\n\nHackers attacked Contoso Bank on 2 May 2022.",
                 # (a heading's name for the incident is no victim of it)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2022-05-02")], id="heading-incident-name-no-victim"),
    pytest.param('On 2 May 2022 a hacker group calling itself "Kestrix Team" took credit for the outage at Contoso Bank. '
                 "Microsoft has publicly assessed the group as probably tied to Belarus, while the group has denied in a "
                 "forum post that it has any tie to Belarus.",
                 # ("the group" is the hacking group just named, though a company was the clause's subject)
                 [ev("Attribution", ["Kestrix Team"], ["Kestrix Team"], "2022-05-02"),
                  ev("Attribution", ["Microsoft"], ["Belarus"], "2022-05-02"), ev("Denial", ["Kestrix Team"], [])],
                 id="the-group-is-the-hacking-group"),
    pytest.param("Hackers attacked Contoso Bank on 2 May 2022. The bank's online services were suspended for two days.",
                 # ("the bank's online services" are the bank's, no agency of their own)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2022-05-02"), ev("DefensiveMeasure", ["Contoso Bank"], [])],
                 id="the-bank-s-online-services"),
    pytest.param("The US placed sanctions on Iran. Washington then said the regime had hacked the site of Contoso Bank.",
                 # ("the regime" is the state spoken of, not the speaker's own)
                 [ev("Attribution", ["United States"], ["Iran"]), ev("CyberAttack", ["Iran"], ["Contoso Bank"]),
                  ev("Sanction", ["United States"], ["Iran"])], id="the-regime-is-the-other-state"),
    pytest.param("Mali's army seized power. Weeks later the EU imposed sanctions on the junta's top officers.",
                 [ev("Sanction", ["European Union"], ["Mali"])],
                 id="the-junta-is-its-state"),
    pytest.param("Tulsa, crippled by ransomware in March 2018, refused to pay the ransom.",
                 # (the place a participle describes, hung by the parser as an adverbial clause)
                 [ev("CyberAttack", [], ["Tulsa"], "2018-03")], id="town-crippled-by-ransomware"),
    pytest.param("The minister, shaken by the news, resigned.", [], id="minister-shaken-no-attack"),  # (a guard)
    pytest.param("On 2 May 2022 Contoso Bank's site went down under junk traffic from Killnet, a pro-Russian crew that took "
                 "credit for the outage in a Telegram post.",
                 # (the relative clause's doer is the name before the apposition's comma)
                 [ev("Attribution", ["Killnet"], ["Killnet"], "2022-05-02")], id="group-that-claimed-in-apposition"),
    pytest.param('Early on Friday a Cypriot team calling itself Anka Neferler Tim ("Phoenix Soldiers Team") claimed the '
                 "outage of Contoso Bank.",
                 # (the name a group gives itself runs on over a last word NER took for a person; the group so named
                 # is that name, whatever state its describing word names)
                 [ev("Attribution", ["Anka Neferler Tim"], ["Anka Neferler Tim"], "2024-05-17")],
                 id="self-name-ending-in-a-given-name"),
    pytest.param("Prosecutors cited the Computer Fraud and Abuse Act of 1986. In July hackers attacked Contoso Bank.",
                 # (a law's year dates nothing and sets no year for the months told after it)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2023-07")], id="a-law-s-year-is-no-story-year"),
    pytest.param("Hackers breached the Finnish parliament in December. Fabrikam described the intrusions as unconscionable.",
                 [ev("CyberAttack", [], ["Finland", "parliament"], "2023-12"), ev("Condemnation", ["Fabrikam"], [])],
                 id="described-as-unconscionable"),
]


@pytest.mark.parametrize("text,want", CASES_26)
def test_phrasing_since_session_26(text, want):
    assert got(text) == sorted(want)


CASES_27 = [
    pytest.param("Finland's media regulator warned Finnish newspapers in April, and Finland's parliament debated the "
                 "matter. On 3 May 2022 police detained Ivan Sokolov, a journalist.",
                 # (a bare 'police' acts for the state the text names most)
                 [ev("LegalAction", ["Finland"], ["Ivan Sokolov"], "2022-05-03")],
                 id="bare-police-of-the-main-state"),
    pytest.param("On Tuesday 3 May 2022 hackers flooded the website of the Kestrix Exchange. Its chief executive "
                 "apologised. After more DDoS attacks, trading was suspended on the Wednesday.",
                 # (an agentless 'trading was halted' is the victim's measure)
                 [ev("CyberAttack", [], ["Kestrix Exchange"], "2022-05-03"),
                  ev("DefensiveMeasure", ["Kestrix Exchange"], [], "2022-05-04")],
                 id="agentless-halt-by-the-victim"),
    pytest.param("Question 4 asks about the cyberattack on the Kestrix Exchange. In May 2022 hackers knocked out the "
                 "Kestrix Exchange's website with DDoS floods. Candidates described the cyber incident well. Many "
                 "wrote about costs. Several wrote about insurance. The exchange halted its bond market on 4 May 2022.",
                 # ('the exchange', sentences after the attack, is the one victim the text has)
                 [ev("CyberAttack", [], ["Kestrix Exchange"], "2022-05"),
                  ev("DefensiveMeasure", ["Kestrix Exchange"], [], "2022-05-04")],
                 id="the-only-victim-responds"),
    pytest.param("In February 2021 Fabrikam knocked out the Kestrix botnet.",
                 # (knocking out a botnet is a defence, no attack)
                 [ev("DefensiveMeasure", ["Fabrikam"], [], "2021-02")],
                 id="knocked-out-a-botnet"),
    pytest.param("Finnish police have arrested none of the Kestrix hackers who attacked Contoso in 2019.",
                 # ('arrested none of them' is no legal action)
                 [ev("CyberAttack", ["Kestrix"], ["Contoso"], "2019")],
                 id="arrested-none-of-them"),
    pytest.param("Tulsa, whose servers were hit by ransomware in March 2023, refused to pay.",
                 # ('whose servers' are the servers of the noun the clause is on)
                 [ev("CyberAttack", [], ["Tulsa"], "2023-03")],
                 id="whose-servers-were-hit"),
    pytest.param("Contoso Bank paid the gang 30 bitcoin after a ransomware attack in April 2023.",
                 # (who pays after an attack names no victim was hit by it)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2023-04")],
                 id="paid-after-an-attack"),
    pytest.param("Last autumn a teenager gained access to the user databases behind Fabrikam's game portal.",
                 # ('databases behind X's app store' are X's)
                 [ev("CyberAttack", [], ["Fabrikam"], "2023")],
                 id="databases-behind"),
    pytest.param("SPECIALLY DESIGNATED NATIONALS (SDN) LIST\n"
                 "The Treasury list of people whose assets are blocked.\n"
                 "\n"
                 "On 3 March 2021 OFAC added two Ruritanian hackers to the list: Ivan Sokolov and Aino Ozola.",
                 # ('the list' recalls the sanctions list named above; the names after the colon are the men)
                 [ev("Sanction", ["Office of Foreign Assets Control", "United States"], ["Aino Ozola", "Ivan Sokolov"],
                     "2021-03-03")],
                 id="added-to-the-list-named-before"),
    pytest.param("On 31 October 2016 Finnish police detained Ivan Sokolov, accusing him of supporting terrorist "
                 "organisations.",
                 # (the accusation of an arrest is its charge, no condemnation)
                 [ev("LegalAction", ["Finland", "police"], ["Ivan Sokolov"], "2016-10-31")],
                 id="accusing-in-an-arrest"),
    pytest.param("The next day Finland declared the defence advisers at Estonia's embassy in Helsinki persona non "
                 "grata.",
                 # (defence advisers at an embassy are diplomats)
                 [ev("ExpelDiplomats", ["Finland"], ["Estonia"])],
                 id="advisers-persona-non-grata"),
    pytest.param("In late May a crew calling itself Kestrix Cyber Force said it had defaced the home page of Contoso "
                 "Vehicle Limited, a state-owned manufacturer.",
                 # ('Cyber Force' ends a crew's name; 'Vehicle' in a company's name is no physical target)
                 [ev("Attribution", ["Kestrix Cyber Force"], ["Kestrix Cyber Force"], "2024-05"),
                  ev("CyberAttack", ["Kestrix Cyber Force"], ["Contoso Vehicle Limited"], "2024-05")],
                 id="cyber-force-and-vehicle-name"),
    pytest.param('In May a group calling itself "Black Lotus" claimed the attack on Contoso Bank.',
                 # (a quoted self-given name, its participle parsed as a clause of the verb)
                 [ev("Attribution", ["Black Lotus"], ["Black Lotus"], "2024-05"),
                  ev("CyberAttack", ["Black Lotus"], ["Contoso Bank"], "2024-05")],
                 id="quoted-self-name-as-clause"),
    pytest.param("In May 2023 a crew calling itself Kestrix Cyber Army said it had defaced the portal of Contoso Bank."
                 " The Fabrikam group said it had defaced the portal of Tailspin Bank.",
                 # ('the Fabrikam group' recalls no earlier group)
                 [ev("Attribution", ["Fabrikam"], ["Fabrikam"]),
                  ev("Attribution", ["Kestrix Cyber Army"], ["Kestrix Cyber Army"], "2023-05"),
                  ev("CyberAttack", ["Fabrikam"], ["Tailspin Bank"]),
                  ev("CyberAttack", ["Kestrix Cyber Army"], ["Contoso Bank"], "2023-05")],
                 id="the-fabrikam-group-is-its-own"),
    pytest.param("During the crisis, Finland's fact-check unit dismissed posts saying that a cyberattack had blacked "
                 "out Helsinki.",
                 # (an attack that rejected posts claim is no attack)
                 [ev("Denial", ["Finland", "fact check unit"], [])],
                 id="rejected-posts-claiming-an-attack"),
    pytest.param("In July 2016 the Ruritanian telecommunications authority blocked access to the Kestrix Times "
                 "website.",
                 # (a state blocking an outlet sanctions it)
                 [ev("Sanction", ["Ruritanian telecommunications authority"], ["Kestrix Times"], "2016-07")],
                 id="state-blocks-an-outlet"),
    pytest.param("In July 2016 Contoso Bank blocked inbound traffic from the Kestrix botnet.",
                 # (guard: a company blocking traffic defends itself)
                 [ev("DefensiveMeasure", ["Contoso Bank"], [], "2016-07")],
                 id="company-blocks-traffic"),
    pytest.param("After the ransomware attack on Contoso Bank in May 2023, all staff passwords were reset.",
                 # (passwords reset with no one named: the victim's measure)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2023-05"),
                  ev("DefensiveMeasure", ["Contoso Bank"], [])],
                 id="agentless-passive-reset"),
    pytest.param("Fabrikam and Tailspin knocked out the Kestrix botnet's command servers in July 2012.",
                 # (partners knocking out a botnet's servers take one measure)
                 [ev("DefensiveMeasure", ["Fabrikam", "Tailspin"], [], "2012-07")],
                 id="takedown-partners-act-together"),
    pytest.param("In late April 2014 Finnish police arrested Ivan Sokolov and Aino Ozola, who were later interviewed "
                 "by federal police. In July 2014 they were charged by Finnish prosecutors.",
                 # ('they' who were charged are the people named, not the police named last)
                 [ev("LegalAction", ["Finland", "police"], ["Aino Ozola", "Ivan Sokolov"], "2014-04"),
                  ev("LegalAction", ["Finland", "prosecutors"], ["Aino Ozola", "Ivan Sokolov"], "2014-07")],
                 id="they-are-the-held-not-the-police"),
    pytest.param("Ruritanian prosecutors charged four Contoso journalists with hacking in May 2014. Fabrikam Watch "
                 "condemned the charges as an attack on the press.",
                 # (a third party condemning charges against others condemns, not denies)
                 [ev("Condemnation", ["Fabrikam Watch"], []),
                  ev("LegalAction", ["Ruritanian prosecutors"], ["Contoso"])],
                 id="condemned-the-charges-against-others"),
    pytest.param("Last May a crew using the Anonymous name flooded Finnish government sites for days.",
                 # (hackers using the X name are X)
                 [ev("CyberAttack", ["Anonymous"], ["Finland"], "2023-05")],
                 id="using-the-x-name"),
    pytest.param("Aino Ozola was extradited from Finland to America and was afterwards sentenced in Denver to four "
                 "years.",
                 # (a second passive verb shares the first one's subject)
                 [ev("LegalAction", ["Finland"], ["Aino Ozola"]),
                  ev("LegalAction", ["United States"], ["Aino Ozola"])],
                 id="second-passive-shares-the-subject"),
]


@pytest.mark.parametrize("text,want", CASES_27)
def test_phrasing_since_session_27(text, want):
    assert got(text) == sorted(want)


CASES_28 = [
    pytest.param("DPO comments:\n  [14/03/2019] Kestrix Bank told the police.\n"
                 "  [20/07/2020] Last week the former analyst, Ivan Sokolov, was convicted at Tulsa Crown Court "
                 "of fraud and computer-misuse offences.\n",
                 # (a log note's bracketed day in figures dates its note: "last week" is read from it)
                 [ev("LegalAction", ["Tulsa Crown Court"], ["Ivan Sokolov"], "2020-07")],
                 id="bracketed-day-in-figures-dates-its-note"),
    pytest.param("## 4.1.7 - 2020-12-21\n\n### Security\n- Last week Contoso Bank reset every customer password "
                 "after the ransomware attack.\n\n## 4.1.6 - 2020-11-30\n\n### Added\n- Dark theme.\n",
                 # (a changelog's version heading dates the notes under it)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2020-12-21"),
                  ev("DefensiveMeasure", ["Contoso Bank"], [], "2020-12")],
                 id="changelog-heading-dates-its-notes"),
    pytest.param("On Monday 25 October 2021 Dutch police took the Kestrix servers offline. The next day, "
                 "Tuesday, officers in Armenia arrested Ivan Sokolov at the airport.",
                 # (", Tuesday," names the day just told again, not the last Tuesday before publication)
                 [ev("DefensiveMeasure", ["Netherlands", "police"], ["Kestrix"], "2021-10-25"),
                  ev("LegalAction", ["Armenia"], ["Ivan Sokolov"], "2021-10-26")],
                 id="weekday-in-apposition-names-the-day-again"),
    pytest.param("In February Tulsa City Council was hit by ransomware.",
                 # (the model reads "February Tulsa City Council" as one date)
                 [ev("CyberAttack", [], ["Tulsa City Council"], "2024-02")],
                 id="month-before-a-name-is-no-part-of-it"),
    pytest.param("In February Contoso Bank reported a ransomware attack on its payment servers, "
                 "noticed on Monday the 8th.",
                 # (the 8th of the month just told, which was a Monday; no "February" in the name)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2021-02-08")],
                 id="weekday-and-ordinal-day-in-the-month-told"),
    pytest.param("Incident log\n\n11/25/2020 | Hackers hit the servers of Contoso Bank with ransomware.\n\n"
                 "12/02/2020 | Contoso Bank took its online banking offline.\n",
                 # (month first, as the text's other day shows: 12/02 is 2 December, not 12 February)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2020-11-25"),
                  ev("DefensiveMeasure", ["Contoso Bank"], [], "2020-12-02")],
                 id="days-in-figures-month-first"),
    pytest.param("\\documentclass{article}\n\\begin{document}\n\\section{What happened}\nOn 17 June 2021 hackers "
                 "drained the Kestrix Exchange through a flaw in its contract~\\cite{shin}.\\footnote{A note.}\n"
                 "\\end{document}\n",
                 # (LaTeX commands are no words of the text)
                 [ev("CyberAttack", [], ["Kestrix Exchange"], "2021-06-17")],
                 id="latex-source-read-as-its-words"),
    pytest.param("TIMELINE (DRAFT v4)\n\n[Deleted: On 3 May 2021 hackers hit Contoso Bank.] [Inserted: On 4 May 2021 "
                 "hackers hit Kestrix Bank.]\n  [Comment A. Ozola: Police say the Tulsa Bank was hit too.] -- RESOLVED\n",
                 # (a tracked-changes export: deleted words and reviewers' comments are no part of the text)
                 [ev("CyberAttack", [], ["Kestrix Bank"], "2021-05-04")],
                 id="tracked-changes-keep-the-inserted-words"),
    pytest.param("TIMELINE\n\nThu 8 Sep 2016\nA reporter publishes a story on Kestrix, a booter.\n\n"
                 "Sep 2016 (day unconfirmed)\nIvan Sokolov is arrested in Tulsa.\n\nTue 20 Sep 2016, evening\n"
                 "Hackers knock the website of Contoso Bank offline.\n",
                 # (a weekday's short name before a date line, a note in brackets or the time of day after it)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2016-09-20"),
                  ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2016-09")],
                 id="timeline-date-lines-with-short-weekday-and-notes"),
    pytest.param("On 3 May 2021 the Kestrix worm hit the network of Contoso Bank. On 8 May the bank filtered port 80 "
                 "for a week to stop the worm.",
                 # (filtering traffic or a port is a defence)
                 [ev("CyberAttack", ["Kestrix"], ["Contoso Bank"], "2021-05-03"),
                  ev("DefensiveMeasure", ["Contoso Bank"], [], "2021-05-08")],
                 id="filtering-a-port-is-a-defence"),
]


@pytest.mark.parametrize("text,want", CASES_28)
def test_phrasing_since_session_28(text, want):
    published = "2021-06-11" if "Monday the 8th" in text else None
    evs = read(text, published).to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)


CASES_29 = [
    pytest.param("In 2021 hackers got into the network of the Kestrix mapping agency. The Dutch government on "
                 "Wednesday 31 July 2024 named Chinese state-backed actors as the intruders, citing espionage.",
                 # (an intruder is a culprit: "named X as the intruders" blames X)
                 [ev("CyberAttack", [], ["Kestrix", "Kestrix mapping agency"], "2021"),
                  ev("Attribution", ["Netherlands"], ["China"], "2024-07-31")],
                 id="named-as-the-intruders"),
    pytest.param("Tallinn puts the phishing campaign down to Russian military hackers.",
                 [ev("Attribution", ["Estonia"], ["Russia"], None)],
                 id="puts-it-down-to"),
    pytest.param("Hackers hijacked the Twitter account of Contoso Bank on 3 May 2022. On that day the Kestrix "
                 "collective claimed the hijack.",
                 # (a hijack is an attack one claims)
                 [ev("CyberAttack", [], ["Contoso Bank", "Twitter"], "2022-05-03"),
                  ev("Attribution", ["Kestrix"], ["Kestrix"], "2022-05-03")],
                 id="claimed-the-hijack"),
    pytest.param("After the leak of its spyware, Italy revoked Fabrikam's export licence in March 2016.",
                 [ev("Sanction", ["Italy"], ["Fabrikam"], "2016-03")],
                 id="state-revokes-a-licence"),
    pytest.param("Hackers exploited a flaw in the Contoso Viewer plugin. Two days later Fabrikam blocked all "
                 "versions of the vulnerable plugin in its browser after the exploit spread.",
                 [ev("DefensiveMeasure", ["Fabrikam"], [], None)],
                 id="blocked-a-plugin"),
    pytest.param("In 2022 the hackers attacked Contoso. That August Killnet flooded Fabrikam's gaming network "
                 "with junk traffic.",
                 # ("That August" is a date the model left untagged, not the first word of a name)
                 [ev("CyberAttack", [], ["Contoso"], "2022"),
                  ev("CyberAttack", ["Killnet"], ["Fabrikam"], "2022-08")],
                 id="that-month-dates-the-clause"),
    pytest.param("A grand jury indicted two Fabrikam officers in May 2014 for hacking, charges that Beijing "
                 "dismissed as fabricated.",
                 # (parsed as an acl with "that" a mark: the noun is what Beijing rejected)
                 [ev("LegalAction", ["Grand jury"], ["Fabrikam", "two Fabrikam officers"], "2014-05"),
                  ev("Denial", ["China"], [], "2014-05")],
                 id="charges-that-x-rejected"),
    pytest.param("REVIEWS\n\n[*....] \"Pop-ups everywhere\"\nBy kestrix_fan  -  27 Nov 2014\nThis morning the Fabrikam "
                 "Herald switched the Contoso comments plugin off after hackers hijacked its script.\n\n[*****] \"Fast fix\"\n"
                 "By tulsa_blogger  -  29 Nov 2014\nThe Kestrix group apparently took credit for the hack on Twitter "
                 "on Thursday.\n",
                 # (a review's byline dates the review: "this morning" is the 27th, "Thursday" the one before the 29th)
                 [ev("DefensiveMeasure", ["Fabrikam Herald"], [], "2014-11-27"),
                  ev("Attribution", ["Kestrix"], ["Kestrix"], "2014-11-27"),
                  ev("CyberAttack", ["Kestrix"], ["Twitter"], "2014-11-27")],
                 id="review-byline-dates-the-review"),
    pytest.param("Ivan Sokolov confessed in May 2009, and on 3 March 2010 Judge Aino Ozola of the district court "
                 "in Tulsa sentenced him to 30 months for the Kestrix worm.",
                 # (the parser hangs the judge on "on" of the date: she is the subject, and "him" is not she)
                 [ev("LegalAction", ["Aino Ozola", "district court"], ["Ivan Sokolov"], "2010-03-03")],
                 id="name-after-an-opening-date-is-the-subject"),
    pytest.param("Hackers broke into the Kestrix party's e-mail in 2023. On 3 May 2024 Berlin attributed the "
                 "theft of messages belonging to the party's leaders to APT28.",
                 # ("belonging" holds the first "to"; the second is the verb's: to whom it is attributed)
                 [ev("CyberAttack", [], ["Kestrix"], "2023"),
                  ev("Attribution", ["Germany"], ["APT28"], "2024-05-03")],
                 id="attributed-x-belonging-to-y-to-z"),
    pytest.param("Ivan Sokolov had been in federal detention since his arrest in Tulsa in May 2008 on fraud charges, "
                 "and later admitted the Contoso hack.",
                 # (the one in custody is the one arrested, not who arrested him: the place's state did)
                 [ev("LegalAction", ["United States"], ["Ivan Sokolov"], "2008-05"),
                  ev("CyberAttack", [], ["Contoso"], None)],
                 id="custody-since-his-arrest"),
    pytest.param("Search results\n\nKestrix rejects newspaper hacking accusation\nJan 31, 2013 \u2014 The Kestrix foreign "
                 "ministry on Thursday rejected the hacking accusation as groundless.\n\nFeb 1, 2013 \u2014 Hackers broke "
                 "into the computers of the Fabrikam Post.\n",
                 # (the snippet's "Thursday" is read from its own date line, though the title above told the denial first)
                 [ev("Denial", ["Kestrix", "Kestrix foreign ministry"], [], "2013-01-31"),
                  ev("CyberAttack", [], ["Fabrikam Post"], "2013-02-01")],
                 id="entry-date-of-the-telling-with-the-day"),
    pytest.param("After the ransomware attack on 2 November, Contoso took the two old VPN units at its Osaka office "
                 "off the network.",
                 # (off the network, as offline)
                 [ev("DefensiveMeasure", ["Contoso"], ["old VPN units"], None)],
                 id="took-units-off-the-network"),
    pytest.param("If you were caught up in the Contoso breach last September, we will pay for a new passport.",
                 # (the condition is the reader's; the breach named by its victim is a given)
                 [ev("CyberAttack", [], ["Contoso"], "2023-09")],
                 id="known-breach-inside-a-condition"),
]


@pytest.mark.parametrize("text,want", CASES_29)
def test_phrasing_since_session_29(text, want):
    evs = read(text, "2024-08-15").to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)


def test_a_denial_of_charges_it_describes_is_one_more_denial():
    # "charges that Beijing dismissed": the answer to those charges, not the denial told before
    text = ("Kestrix blames China for hack\n\nOn Monday the Kestrix government accused China of hacking its foreign "
            "ministry. Beijing denied the accusation on Tuesday.\nA Kestrix court has charged two Chinese officers "
            "with hacking Contoso, charges that Beijing dismissed as fabricated.")
    denials = [e for e in read(text, "2024-08-15").to_events_json()["events"] if e["type"] == "Denial"]
    assert [d["actors"] for d in denials] == [["China"], ["China"]]


CASES_30 = [
    pytest.param("Aino Ozola was employed in pay group E 11 until 2022. On 6 July 2021 ransomware struck the offices of the "
                 "district of Kestrix. Within hours the district took all its servers off the network.",
                 # (a pay grade's letter is no organisation; "the district" recalls "the district of Kestrix",
                 # and "the offices of the district of Kestrix" are that district, no earlier body)
                 [ev("CyberAttack", [], ["Kestrix"], "2021-07-06"),
                  ev("DefensiveMeasure", ["Kestrix"], [], "2021-07-06")],
                 id="the-district-of-x"),
    pytest.param("Hackers hit the Kestrix district with ransomware on 6 July 2021. On 9 July 2021 the district chief, "
                 "Ivan Sokolov, declared a disaster, the first time an attack on computers had produced one.",
                 # (a disaster declared over an attack is a measure; "the first time an attack on computers had
                 # produced one" tells of attacks in general, no attack on the one who declared it)
                 [ev("CyberAttack", [], ["Kestrix"], "2021-07-06"),
                  ev("DefensiveMeasure", ["Ivan Sokolov"], [], "2021-07-09")],
                 id="declared-a-disaster"),
    pytest.param("Hackers exploited two flaws in Contoso phones in 2023. Fabrikam Inc fixed the flaws in its February "
                 "2024 phone update.",
                 # (the update that carried the fix dates it)
                 [ev("DefensiveMeasure", ["Fabrikam Inc"], [], "2024-02")],
                 id="fixed-in-the-dated-update"),
    pytest.param("Ransomware hit Contoso in December 2022; the hackers stole data and the malware spread through its "
                 "network. In the spring of 2023 Contoso put multi-factor authentication in front of all staff accounts.",
                 [ev("CyberAttack", [], ["Contoso"], "2022-12"),
                  ev("DefensiveMeasure", ["Contoso"], [], "2023")],
                 id="put-mfa-on-logins"),
    pytest.param("Hackers sent phishing e-mails with malware to Contoso Ltd in July 2023 and the hacking went on for "
                 "weeks. On 9 August 2023 Contoso Ltd added the indicators published by Fabrikam to its block lists.",
                 # (the "to" phrase hangs on the participle of the object; since session 33, with "e-mails" one
                 # word, the phishing e-mails sent to Contoso Ltd are read as the attack they are)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2023-07"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2023-08-09")],
                 id="added-indicators-to-block-lists"),
    pytest.param("The hackers used phishing and guessed passwords. In August 1986 Ivan Sokolov ran the Contoso "
                 "Laboratory in Tulsa. A stranger had broken into several of the lab's old machines.",
                 # (a machine broken into, in a text about hacking, is a computer; "the lab" recalls the laboratory)
                 [ev("CyberAttack", [], ["Contoso Laboratory"], None)],
                 id="broken-into-the-labs-machines"),
    pytest.param("Hackers drained the Kestrix bridge in February 2022 after a phishing hack of its validators. In "
                 "April 2022 Contoso got drained too.",
                 # (drained, with no doer named: a theft all the same)
                 [ev("CyberAttack", [], ["Kestrix"], "2022-02"),
                  ev("CyberAttack", [], ["Contoso"], "2022-04")],
                 id="got-drained"),
    pytest.param("Hackers knocked the website of Contoso Ltd offline with DDoS attacks in November 2015. A post "
                 "published in the name of the Kestrix Collective on 9 November 2015 denied any role in the second "
                 "wave.",
                 # (a message speaks for the one it is posted in the name of)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2015-11"),
                  ev("Denial", ["Kestrix Collective"], [], "2015-11-09")],
                 id="message-in-the-name-of"),
    pytest.param("On 7 October 2016 the US Intelligence Community said it was certain that the Kremlin had "
                 "directed the spring hacks of the Kestrix Party.",
                 # (who directed an attack is its author)
                 [ev("Attribution", ["United States"], ["Russia"], "2016-10-07"),
                  ev("CyberAttack", ["Russia"], ["Kestrix Party"], None)],
                 id="directed-the-hacks"),
    pytest.param("In May 2014 officers of the Attorney General's Office detained Ivan Sokolov for hacking the "
                 "Kestrix party's e-mail.",
                 # (NER cuts the name after "Attorney"; the office is the whole name)
                 [ev("LegalAction", ["Attorney General's Office"], ["Ivan Sokolov"], "2014-05"),
                  ev("CyberAttack", ["Ivan Sokolov"], ["Kestrix"], None)],
                 id="attorney-generals-office"),
    pytest.param("Ransomware hit the Contoso Hospital network on 18 December 2022. On 29 December Contoso Hospital "
                 "said that nearly half of its priority systems had been restored.",
                 # (half of the systems: the systems, restored)
                 [ev("CyberAttack", [], ["Contoso Hospital"], "2022-12-18"),
                  ev("DefensiveMeasure", ["Contoso Hospital"], [], "2022-12-29")],
                 id="half-of-its-systems-restored"),
    pytest.param("Hackers stole Contoso Ltd's files in April 2023. In June 2023 Contoso Ltd won an injunction "
                 "from the Federal Court of Australia against the Kestrix gang.",
                 [ev("LegalAction", ["Contoso Ltd"], ["Kestrix"], "2023-06")],
                 id="obtained-an-injunction"),
]


@pytest.mark.parametrize("text,want", CASES_30)
def test_phrasing_since_session_30(text, want):
    evs = read(text, "2024-08-15").to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)


def test_time_entries_with_two_digit_years_date_their_rows():
    # a pre-bill's rows: "03/27/18" (month first, as "06/05/17" is then read too) opens a row of its
    # own, and the row's "yesterday" is the day before it
    text = ("FEES - TIME ENTRY DETAIL\n-------------------------------------------------------------\n"
            "03/27/18  RBK   1.20    540.00   Phone client about news stories of\n"
            "                                 a suit filed yesterday by Ivan Sokolov against\n"
            "                                 the State of Kestrix over a phishing hack of his e-mail in January.\n"
            "04/10/18  TQW   2.70  1,215.00   Background: Fabrikam cut diplomatic ties with the State of\n"
            "                                 Kestrix on 06/05/17 after a hack of a news agency.\n")
    evs = {(e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"])
           for e in read(text, "2018-09-05").to_events_json()["events"]}
    assert ("LegalAction", ("Ivan Sokolov",), ("State of Kestrix",), "2018-03-26") in evs
    assert ("SeverRelations", ("Fabrikam",), ("State of Kestrix",), "2017-06-05") in evs


def test_a_site_name_before_its_menu_bar_is_the_name():
    text = ("Contoso | Trust & Safety        Home   Reports   Policies\n\nHackers ran a phishing network against "
            "Contoso members in May 2014 to steal their passwords.")
    names = [e["name"] for e in read(text, "2014-07-15").to_events_json()["entities"]]
    assert not any("|" in n or "Reports" in n for n in names)


def test_a_release_stamp_is_no_time_the_story_reached():
    # an episode guide: "Released 14 Nov 2024" stamps each synopsis, while "That week" and "Later
    # that month" are told from the synopsis' own story (the month just told, in the entry before)
    text = ("Kestrix Files - Season 1\n\n1. The Leak                                                 52m\n"
            "   Released 14 Nov 2024\n"
            "   Early in February 2014 the magazine Fabrikam Weekly reported that hackers had read the\n"
            "   e-mail of the negotiators. Their staff were said to have copied every message. That week President\n"
            "   Ivan Sokolov condemned the spying as unacceptable.\n\n"
            "2. The Arrest                                          47m\n   Released 14 Nov 2024\n"
            "   In early May 2014 police in Tulsa arrested Aino Ozola over the hacking of the e-mail.\n\n"
            "3. The Video                                                50m\n   Released 14 Nov 2024\n"
            "   Later that month Ozola denied any wrongdoing in the hacking.\n")
    dates = {e["type"]: e["date"] for e in read(text, "2024-11-20").to_events_json()["events"]}
    assert dates == {"Condemnation": "2014-02", "LegalAction": "2014-05", "Denial": "2014-05"}


def test_the_source_of_a_sentence_is_not_what_it_describes():
    # "According to Kestrix Labs, the attackers were in the utility's network": the utility is not
    # the lab that tells of it, so the lab is no victim, and "the company" below is the one attacked
    text = ("Kestrix Labs is a security firm. According to Kestrix Labs, the attackers had been in the "
            "utility's network for months before the attack. The DarkSide ransomware attack on Contoso "
            "Pipeline Inc in May 2021 was another case; afterwards the company shut down its pipeline for "
            "five days.")
    evs = read(text, "2024-08-15").to_events_json()["events"]
    assert not any("Kestrix Labs" in e["targets"] for e in evs)
    assert [e["actors"] for e in evs if e["type"] == "DefensiveMeasure"] == [["Contoso Pipeline Inc"]]


CASES_31 = [
    pytest.param("Kestrix Labs said on 20 December 2021 that the phones of the lawyer Ivan Sokolov had been infected "
                 "with FinSpy in 2019.",
                 # (the named tool a passive attack was done with is its doer told, so the finder names it)
                 [ev("CyberAttack", ["FinFisher"], ["Ivan Sokolov"], "2019"),
                  ev("Attribution", ["Kestrix Labs"], ["FinFisher"], "2021-12-20")],
                 id="found-infected-with-named-spyware"),
    pytest.param("Hackers broke into the mail servers of Contoso Ltd in March 2024. The Fabrikam Watch foundation "
                 "said on 2 April 2024: \"We regard that as a misuse of public money.\"",
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2024-03"),
                  ev("Condemnation", ["Fabrikam Watch"], [], "2024-04-02")],
                 id="regarded-as-a-misuse"),
    pytest.param("Reports on 23 October 2023 said the phone of Kestrix's president had been tapped by a foreign "
                 "service. On 24 October 2023 Ivan Sokolov told reporters that spying on partners \"is not at "
                 "all acceptable\".",
                 # (the "not" of "not acceptable" is the verdict's own; spying is an act)
                 [ev("Condemnation", ["Ivan Sokolov"], [], "2023-10-24")],
                 id="spying-is-not-acceptable"),
    pytest.param("Hackers broke into the mail servers of Contoso Ltd in May 2022. On 3 June 2022 Aino Ozola said that if the "
                 "reports were true it would be completely unacceptable.",
                 # (a conditional verdict on what is reported)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2022-05"),
                  ev("Condemnation", ["Aino Ozola"], [], "2022-06-03")],
                 id="if-true-it-would-be-unacceptable"),
    pytest.param("Hackers attacked the servers of Contoso Ltd on 31 October or 1 November 2016.",
                 # (one of two days, the year told once: both days of that year)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2016-10-31/2016-11-01")],
                 id="one-day-or-the-next"),
    pytest.param("Hackers broke into hundreds of Contoso Ltd accounts in 2014. In September 2014 Contoso Ltd "
                 "switched on sign-in alerts for every account, and in 2015 it moved all staff to hardware-key "
                 "authentication.",
                 # ("switched on" read as a preposition, its object an alert; moved to a kind of sign-in)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2014"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2014-09"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2015")],
                 id="switched-on-alerts-moved-to-keys"),
    pytest.param("On Friday, October 21, 2016, hackers flooded the servers of Contoso Ltd for hours.\n\n"
                 "Nobody has claimed it since.\n\n"
                 "It is hard to recall how tense everyone was that autumn. Two weeks before, on October 7, Fabrikam "
                 "accused the State of Kestrix of hacking its e-mail. By late December Fabrikam had expelled 35 "
                 "diplomats of the State of Kestrix.",
                 # (a present sentence about "that autumn" keeps the story's year; a bare day a few weeks
                 # before a dated day a few paragraphs up is in its year, and the paragraph's next month too)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2016-10-21"),
                  ev("CyberAttack", ["State of Kestrix"], ["Fabrikam"], None),
                  ev("Attribution", ["Fabrikam"], ["State of Kestrix"], "2016-10-07"),
                  ev("ExpelDiplomats", ["Fabrikam"], ["State of Kestrix"], "2016-12")],
                 id="that-autumn-keeps-the-story-year"),
    pytest.param("In 2016 Kestrix Labs linked the malware used against Contoso Bank to the Fabrikam group.",
                 # (the "to" phrase the parser hangs on the object's participle is the link's)
                 # (the attack, told inside the claim, takes no date of the claim's)
                 [ev("CyberAttack", [], ["Contoso Bank"], None),
                  ev("Attribution", ["Kestrix Labs"], ["Fabrikam"], "2016")],
                 id="linked-the-malware-used-against-x-to-y"),
    pytest.param("On 3 May 2024 Fabrikam accused China of hacking its parliament. The next day a Chinese foreign "
                 "ministry spokesman said Beijing was firmly against every kind of cyberattack and was itself a victim "
                 "of hacking.",
                 # (a blamed state's stance against hacking at large, "against" rather than "opposes", is its denial)
                 [ev("CyberAttack", ["China"], ["Fabrikam"], None),
                  ev("Attribution", ["Fabrikam"], ["China"], "2024-05-03"),
                  ev("Denial", ["China", "Ministry of Foreign Affairs (China)"], [], "2024-05-04")],
                 id="firmly-against-every-kind-of-cyberattack"),
    pytest.param("Hackers broke into the servers of Contoso Ltd in May 2021. On 2 June 2021 Aino Ozola called it "
                 "\"a serious attack on our democracy\".",
                 # (an attack told as grave is a verdict; "it" is the attack, not its victim)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2021-05"),
                  ev("Condemnation", ["Aino Ozola"], [], "2021-06-02")],
                 id="called-it-a-serious-attack"),
]


@pytest.mark.parametrize("text,want", CASES_31)
def test_phrasing_since_session_31(text, want):
    evs = read(text, "2024-08-15").to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)


CASES_32 = [
    pytest.param("On 14 January 2021 Contoso Ltd received an e-mail purporting to come from its bank. On 3 May 2021 "
                 "reporters received an e-mail from Fabrikam.",
                 # (a message told as other than it looks is a phishing attack on whoever gets it; a plain e-mail is none)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2021-01-14")],
                 id="received-an-email-purporting-to-come-from"),
    pytest.param("On Monday, 2 March 2020, Contoso Ltd got a message dressed up as a \"document share\" from a "
                 "government agency.",
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2020-03-02")],
                 id="got-a-message-dressed-up-as"),
    pytest.param("Hackers broke into the network of Contoso Ltd in March 2021. On 3 May 2021 Microsoft said Russia was "
                 "the group behind the attack.",
                 # (the noun before "behind" only labels the culprit the subject names)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2021-03"),
                  ev("Attribution", ["Microsoft"], ["Russia"], "2021-05-03")],
                 id="was-the-group-behind-the-attack"),
    pytest.param("Hackers broke into the network of Contoso Ltd on 3 March 2021. On 4 March 2021 Contoso Ltd revoked "
                 "every session and token in the company and blacklisted the attackers' addresses.",
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2021-03-03"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2021-03-04")],
                 id="revoked-every-session-blacklisted-addresses"),
    pytest.param("Contoso Ltd was believed to have been hacked in March 2021, and the network of Fabrikam is thought "
                 "to have been breached in June 2021.",
                 # (the subject raised to a passive verb of saying or thinking is whom the infinitive tells of)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2021-03"),
                  ev("CyberAttack", [], ["Fabrikam"], "2021-06")],
                 id="believed-to-have-been-hacked"),
    pytest.param("In 2011 Contoso Ltd said that hackers had penetrated its network.",
                 # (the parser reads "In 2011 Contoso Ltd" as one phrase: the name is the verb's subject)
                 [ev("CyberAttack", [], ["Contoso Ltd"], None)],
                 id="name-after-a-bare-year-is-the-subject"),
    pytest.param("In December 2021 the Citizen Lab found Pegasus on the phone of Ivan Sokolov.",
                 # (the program found is the doer; the lab that finds it names it)
                 [ev("CyberAttack", ["Pegasus for Android"], ["Ivan Sokolov"], "2021-12"),
                  ev("Attribution", ["Citizen Lab"], ["Pegasus for Android"], "2021-12")],
                 id="found-named-spyware-on-the-phone-of"),
    pytest.param("In 2021 a Tampere court sentenced Aino Ozola to two years in prison for hacking Contoso Ltd.",
                 # (a court named by its city is a court of the city's state, no city acting)
                 [ev("CyberAttack", ["Aino Ozola"], ["Contoso Ltd"], None),
                  ev("LegalAction", ["Finland", "Tampere court"], ["Aino Ozola"], "2021")],
                 id="a-city-court-is-its-states"),
    pytest.param("Hackers hit Contoso Ltd with ransomware on 3 August 2020. By the following week Contoso Ltd had "
                 "restored normal trading.",
                 # (trading restored is a measure; "week" is no first word of the company's name)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2020-08-03"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2020-08")],
                 id="by-the-following-week-restored-trading"),
]


@pytest.mark.parametrize("text,want", CASES_32)
def test_phrasing_since_session_32(text, want):
    evs = read(text, "2024-08-15").to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)


CASES_33 = [
    pytest.param("On 14 March 2017 an officer of Contoso Ltd received an e-mail imitating a file share and pointing to a "
                 "counterfeit login page.",
                 # ("e-mail" is one word, so the e-mail is the object; what it imitates makes it a lure)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2017-03-14")],
                 id="received-an-email-imitating-a-share"),
    pytest.param("At 08:20 on 9 May 2022 Aino Ozola received an iMessage from an unknown sender with a link to a look-alike "
                 "of the Contoso staff portal. On 10 May 2022 Ivan Sokolov received an e-mail from the ministry with a "
                 "link to its new portal.",
                 # (a lure told by the words after it; a link to a real portal is no attack)
                 [ev("CyberAttack", [], ["Aino Ozola"], "2022-05-09")],
                 id="received-a-message-with-a-link-to-a-look-alike"),
    pytest.param("On 14 February 2024 Aino Ozola received an SMS in French, apparently from a parcel courier, with a "
                 "shortened link.",
                 [ev("CyberAttack", [], ["Aino Ozola"], "2024-02-14")],
                 id="received-an-sms-apparently-from-a-courier"),
    pytest.param("In mid-June 2022 the firm Quillmark published research on Kestrel, Android spyware that it attributed "
                 "to the Italian vendor Fabrikam Srl.",
                 # (the name after "mid-June 2022" is the subject; "it" is not the spyware its clause describes)
                 [ev("Attribution", ["Quillmark"], ["Fabrikam Srl"], "2022-06")],
                 id="research-on-spyware-that-it-attributed-to"),
    pytest.param("On Thursday 23 June 2022 Google published its own post naming Fabrikam as the vendor of spyware used "
                 "against users in Italy.",
                 # (a vendor is named as a culprit is; "as" hung by the parser on "published")
                 [ev("Attribution", ["Google"], ["Fabrikam"], "2022-06-23")],
                 id="post-naming-x-as-the-vendor"),
    pytest.param("Hackers hit dissidents with spyware. The Citizen Lab presented evidence on 3 May 2016 that the hackers "
                 "were linked to the UAE government.",
                 # (evidence presented tells its clause, as a report does)
                 [ev("Attribution", ["Citizen Lab"], ["United Arab Emirates"], "2016-05-03")],
                 id="presented-evidence-that-they-were-linked"),
    pytest.param("Applicant:   Kestrix Systems B.V., Tampere (distributor of forensic tools)\n\n"
                 "On 3 May 2023 the applicant's sales mailbox received a phishing e-mail in a cyberattack by hackers. "
                 "The next day the applicant blocked the sender's domain.",
                 # (a form's field names its holder, also when a place and a gloss follow the name)
                 [ev("CyberAttack", [], ["Kestrix Systems B.V."], "2023-05-03"),
                  ev("DefensiveMeasure", ["Kestrix Systems B.V."], [], "2023-05-04")],
                 id="the-applicant-of-a-form-field"),
    pytest.param("Hackers breached networks in a cyberattack. An intruder had copied the customer database of Contoso Ltd "
                 "on 27 November 2020. On 3 December 2020 Contoso Ltd placed a temporary block on every customer card.",
                 # (data copied by a hostile doer is stolen; a block placed on cards is a measure)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2020-11-27"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2020-12-03")],
                 id="intruder-copied-database-bank-placed-a-block"),
    pytest.param("Hackers breached networks in a cyberattack. On 3 December 2020 Contoso Ltd replaced the handset of its "
                 "chief executive. On 4 December 2020 Fabrikam placed an order on its website.",
                 # (a handset replaced after an attack is a measure; an order placed is none)
                 [ev("DefensiveMeasure", ["Contoso Ltd"], [], "2020-12-03")],
                 id="replaced-the-handset"),
    pytest.param("Ransomware gangs hit hospitals in cyberattacks in 2019, and hackers stole data in a cyberattack on a "
                 "bank. Among the gang's victims were the oil company Contoso Ltd in November 2019 and Fabrikam Inc in "
                 "February 2021. Among the victims of the flood were Aino Ozola and Ivan Sokolov.",
                 # (the named victims of an attacker's victims noun are attacked; a flood's are not)
                 [ev("CyberAttack", [], ["Contoso Ltd", "Fabrikam Inc"], "2019-11")],
                 id="among-the-gangs-victims-were"),
    pytest.param("Hackers hit journalists with spyware in a cyberattack. On 11 April 2023 Microsoft assessed with high "
                 "confidence that the group DEV-0196 was linked to Fabrikam.",
                 # (a "that" clause with its own subject, hung by the parser on "confidence", is still a clause)
                 [ev("Attribution", ["Microsoft"], ["Fabrikam"], "2023-04-11")],
                 id="assessed-with-high-confidence-that-linked"),
]


@pytest.mark.parametrize("text,want", CASES_33)
def test_phrasing_since_session_33(text, want):
    evs = read(text, "2024-08-15").to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)


# Session 34: tuned on heldout64 and heldout65 (released this session); invented names throughout
CASES_34 = [
    pytest.param("On 30 January 2025 the FBI, working with Europol, seized Kestrix and Quillmark, two of the largest "
                 "hacking forums.",
                 # (a state body seizing a named site closes it; the name after the date is the subject; "hacking
                 # forums" names where the trade is done, no attack)
                 [ev("DefensiveMeasure", ["Federal Bureau of Investigation", "United States"], [], "2025-01-30")],
                 id="fbi-working-with-europol-seized-named-forums"),
    pytest.param("Kestrix Market was taken down in July 2017 by the FBI, working with the Dutch police.",
                 [ev("DefensiveMeasure", ["Federal Bureau of Investigation", "United States"], [], "2017-07")],
                 id="market-taken-down-by-the-fbi"),
    pytest.param("Police seized Ivan Sokolov's phone in May 2021.",
                 [],  # (a phone seized as evidence is no site closed)
                 id="police-seized-a-phone"),
    pytest.param("In May 2023 Kestrix Crown Court sent Ivan Sokolov to prison for 13 years.",
                 [ev("LegalAction", ["Kestrix Crown Court"], ["Ivan Sokolov"], "2023-05")],
                 id="court-sent-him-to-prison"),
    pytest.param("On 2 June 2020 ESET saw a possible link to North Korea's Lazarus group.",
                 [ev("Attribution", ["ESET"], ["Lazarus Group", "North Korea"], "2020-06-02")],
                 id="saw-a-possible-link-to"),
    pytest.param("In late 2019 hackers went after Fabrikam Ltd in a cyberattack. The firm Quillmark described the "
                 "operation in June 2020. Quillmark saw a possible link to North Korea's Lazarus group.",
                 # (a claim two sentences after its author's act dated by a month is of that month)
                 [ev("CyberAttack", [], ["Fabrikam Ltd"], "2019"),
                  ev("Attribution", ["Quillmark"], ["Lazarus Group", "North Korea"], "2020-06")],
                 id="claim-after-its-authors-dated-report"),
    pytest.param("On 30 November 2022 the firm Quillmark described an exploitation framework it called Nightjar. "
                 "Quillmark linked the framework to Kestrel IT in Barcelona.",
                 # (a firm whose name ends in "IT" is no "it" that recalls the act)
                 [ev("Attribution", ["Quillmark"], ["Kestrel IT"], "2022-11-30")],
                 id="linked-the-framework-to-a-firm-named-it"),
    pytest.param("In April 2018 four GRU officers tried to break into the Wi-Fi network of Contoso Ltd. On 4 October "
                 "2018 the Netherlands expelled the four officers.",
                 # ("the four officers" are the four GRU officers told before: the GRU's)
                 [ev("CyberAttack", ["GRU (Russian Federation)", "Russia"],
                     ["Contoso Ltd"], "2018-04"),
                  ev("ExpelDiplomats", ["Netherlands"], ["GRU (Russian Federation)", "Russia"], "2018-10-04")],
                 id="expelled-the-four-officers-told-before"),
    pytest.param("In 2015 the firm Quillmark connected the campaign to the group others call Flying Kitten.",
                 # (the naming clause the parser hangs on "campaign", starting right after "the group")
                 [ev("Attribution", ["Quillmark"], ["Flying Kitten"], "2015")],
                 id="connected-to-the-group-others-call"),
    pytest.param("In 2019 the firm Quillmark described a group it calls Charming Kitten. On 3 October 2019 Quillmark "
                 "linked the group to Iran's Ministry of Intelligence.",
                 # ("the group" recalls a threat actor: the claim is about cyber operations)
                 [ev("Attribution", ["Quillmark"], ["Ministry of Intelligence (Iran)", "Iran"], "2019-10-03")],
                 id="linked-the-group-to-a-ministry"),
    pytest.param("Hackers phished the customers of Fabrikam Exchange in March 2025 in a cyberattack. The cyber incident "
                 "hit hundreds. On 12 March 2025 Fabrikam Exchange restricted one customer's account.",
                 [ev("CyberAttack", [], ["Fabrikam Exchange"], "2025-03"),
                  ev("DefensiveMeasure", ["Fabrikam Exchange"], [], "2025-03-12")],
                 id="phished-customers-and-account-restricted"),
    pytest.param("Hackers phished Aino Ozola's card details on 26 March 2024 in a cyberattack on Contoso Bank "
                 "customers. The cyber incident hit hundreds. On 27 March 2024 Contoso Bank blocked her card.",
                 [ev("CyberAttack", [], ["Aino Ozola"], "2024-03-26"),
                  ev("CyberAttack", [], ["Contoso Bank"], "2024-03-26"),
                  ev("DefensiveMeasure", ["Contoso Bank"], [], "2024-03-27")],
                 id="card-details-phished-and-card-blocked"),
    pytest.param("In March 2021 Fabrikam Ltd was sent phishing e-mails. In April 2021 the e-mails were sent to Contoso.",
                 # (the one sent a lure, as the passive's subject, is its target; plain e-mails are no lure)
                 [ev("CyberAttack", [], ["Fabrikam Ltd"], "2021-03")],
                 id="was-sent-phishing-emails"),
    pytest.param("Hackers attacked councils in a ransomware campaign. The cyberattacks used phishing. In February "
                 "Kestrix City Council was hit hard.",
                 # (the parser makes the council the object of "In", the month its modifier: the passive's subject)
                 [ev("CyberAttack", [], ["Kestrix City Council"], "2025-02")],
                 id="in-february-the-council-was-hit"),
    pytest.param("The Kestrix Bureau of Standards said its network had been breached by hackers in 2015. In 2016 the "
                 "Bureau, with technical support from Contoso Ltd, removed the intruders from its network.",
                 # ("the Bureau" recalls the body whose name has the word, though the "with" phrase follows it)
                 [ev("CyberAttack", [], ["Kestrix Bureau of Standards"], "2015"),
                  ev("DefensiveMeasure", ["Kestrix Bureau of Standards"], [], "2016")],
                 id="the-bureau-with-support-from"),
    pytest.param("Hackers hit Contoso Ltd in a ransomware attack on 3 May 2024. The cyberattack encrypted its servers "
                 "and the hackers demanded a ransom. Contoso Ltd also cut its connections to Fabrikam. In 2015 "
                 "Sandworm cut power to 230,000 people in Ukraine.",
                 # (its own connections cut: a measure; power cut to others: an attack)
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2024-05-03"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2024-05-03"),
                  ev("CyberAttack", ["Sandworm"], ["Ukraine"], "2015")],
                 id="cut-its-connections-to-a-partner"),
    pytest.param("Statement by the Kestrix Foundation\n\nWe support activists against spyware and hacking. We train "
                 "lawyers in cyber security. Our protection team replaced her phone on 1 March 2024. Our panel firm "
                 "rebuilt 31 machines on 2 March 2024. Our own school closed its computer lab on 3 March 2024.",
                 # (a team of "ours", or "our own school", in a text that speaks as "we", is its organisation's;
                 # "our panel firm" is another company)
                 [ev("DefensiveMeasure", ["Kestrix Foundation"], [], "2024-03-01"),
                  ev("DefensiveMeasure", ["Kestrix Foundation"], [], "2024-03-03")],
                 id="our-team-replaced-her-phone"),
]


@pytest.mark.parametrize("text,want", CASES_34)
def test_phrasing_since_session_34(text, want):
    evs = read(text, "2025-08-15").to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)


# Session 35: phrasings read from the released heldout66 and heldout67 (invented names here)
WE_NOTES = "FABRIKAM TRADING LTD\nStaff notes\n\nWe met on Thursday. We discussed the report. Our board approved a plan. "
CASES_35 = [
    pytest.param('On 9 June 2020 the firm Quillmark linked the hacking group Nightjar "with high confidence" to KesTrel '
                 'InfoTech Services, a small company in Delhi.',
                 # (the "to" the parser hangs on the hedge's noun is the link's; the firm's name goes back through
                 # a capitalised word NER left out)
                 [ev("Attribution", ["Quillmark"], ["KesTrel InfoTech Services"], "2020-06-09")],
                 id="linked-with-high-confidence-to"),
    pytest.param("In 2019 the firm Quillmark linked the operation, with medium confidence, to Flying Kitten.",
                 [ev("Attribution", ["Quillmark"], ["Flying Kitten"], "2019")],
                 id="linked-comma-with-medium-confidence-comma-to"),
    pytest.param("In 2004 hackers broke into the network of Contoso Bank. Ivan Sokolov, who led the bank's inquiry, "
                 "told the paper that the traffic he investigated led to addresses in China.",
                 # (traffic is evidence; where the addresses it led to are is whom it blames)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2004"), ev("Attribution", ["Ivan Sokolov"], ["China"])],
                 id="traffic-led-to-addresses-in"),
    pytest.param(WE_NOTES + "On 3 March 2025 the IT department reset the passwords of the four accounts. IT reset two "
                 "more accounts on 4 March 2025.",
                 # (a unit of no named owner, in a text that speaks as "we", is the letterhead's)
                 [ev("DefensiveMeasure", ["Fabrikam Trading Ltd"], [], "2025-03-03"),
                  ev("DefensiveMeasure", ["Fabrikam Trading Ltd"], [], "2025-03-04")],
                 id="the-it-department-reset"),
    pytest.param("On 27 September 2024, as a precaution, Contoso Ltd cut the VPN link between our engineering network "
                 "and Fabrikam for 36 hours.",
                 [ev("DefensiveMeasure", ["Contoso Ltd"], [], "2024-09-27")],
                 id="cut-the-link-between-our-network-and"),
    pytest.param("After a phishing attack, on 3 June 2025 Contoso Ltd turned off macros in Office files for all staff.",
                 [ev("CyberAttack", [], ["Contoso Ltd"], "2025-06-03"),
                  ev("DefensiveMeasure", ["Contoso Ltd"], [], "2025-06-03")],
                 id="turned-off-macros"),
    pytest.param(WE_NOTES + "In the autumn of 2024 two colleagues got messages that looked like shared documents from "
                 "a partner. On 14 March 2025 nine staff received a message posing as a document-sharing service.",
                 # (people of no named owner in a "we" text are the letterhead's; the counted people after a date
                 # are the subject; "message posing", read as one noun, is a message that poses)
                 [ev("CyberAttack", [], ["Fabrikam Trading Ltd", "two colleagues"], "2024"),
                  ev("CyberAttack", [], ["Fabrikam Trading Ltd", "nine staff"], "2025-03-14")],
                 id="colleagues-got-messages-that-looked-like"),
    pytest.param(WE_NOTES + "Contoso Bank said on 5 May 2025 that a further 140,000 accounts had been accessed.",
                 [],  # (what a teller says of accounts is the teller's, not the letterhead's)
                 id="accounts-a-teller-tells-of-are-not-ours"),
    pytest.param("In late January 2019 US and European police took down Kestrix Market, a dark-web marketplace.",
                 [ev("DefensiveMeasure", ["European police", "United States"], [], "2019-01")],
                 id="us-and-european-police"),
    pytest.param("KESTREL HARBOUR ADVOCATES\nAll-staff notes\n\nWe met on Thursday. We discussed the report. Our board "
                 "approved a plan. On 3 March 2025 we reset every staff password.\nContact: office@kestrelharbour.example",
                 # (a capitalised first line whose first word is the text's own mail domain is its letterhead)
                 [ev("DefensiveMeasure", ["Kestrel Harbour Advocates"], [], "2025-03-03")],
                 id="letterhead-named-by-its-domain"),
    pytest.param("KESTRIX NETWORKS | Customer Field Notice\n\nWe do not know who did it. We advise customers. Our "
                 "engineers found nothing in Kestrix products. On 19 August 2025 we released firmware 9.2 for all "
                 "affected routers.",
                 # (a letterhead ends at a separator; its first word written again below makes it a name)
                 [ev("DefensiveMeasure", ["Kestrix Networks"], [], "2025-08-19")],
                 id="letterhead-before-a-separator"),
    pytest.param(WE_NOTES + 'On 24 September 2025 eleven engineers received e-mails that imitated the supplier portal and '
                 'asked them to "re-validate" their access. The IT department reset the passwords of those four '
                 'accounts the following morning.',
                 # (a quotation elsewhere in the sentence does not make the engineers someone else's; "the IT
                 # department" recalls no group of people told before)
                 [ev("CyberAttack", [], ["Fabrikam Trading Ltd", "eleven engineers"], "2025-09-24"),
                  ev("DefensiveMeasure", ["Fabrikam Trading Ltd"], [], "2025-09-25")],
                 id="engineers-in-a-sentence-with-a-quote"),
    pytest.param("Sandworm attacked Ukraine's power grid in December 2015 and December 2016.",
                 # (two months after "and": two attacks; bare years, "in 2015 and 2016", are one span)
                 [ev("CyberAttack", ["Sandworm"], ["Ukraine"], "2015-12"),
                  ev("CyberAttack", ["Sandworm"], ["Ukraine"], "2016-12")],
                 id="attacked-in-two-months"),
    pytest.param("Hackers attacked the Ukrainian power grid in 2015 and 2016.",
                 [ev("CyberAttack", [], ["Ukraine"], "2015/2016")],
                 id="attacked-in-two-years-one-span"),
    pytest.param("On 7 February 2000 Contoso's website was made unreachable by a flood of junk traffic.",
                 [ev("CyberAttack", [], ["Contoso"], "2000-02-07")],
                 id="made-unreachable-by-a-flood-of-traffic"),
    pytest.param("Contoso received a flood of complaints on 7 February 2000.",
                 [],  # (a flood of anything but traffic or requests is no attack)
                 id="a-flood-of-complaints"),
    pytest.param("Contoso's website was unreachable for three hours on 1 July after a DDoS attack.",
                 [ev("CyberAttack", [], ["Contoso"])],
                 id="unreachable-after-an-attack"),
]




CASES_36 = [
    pytest.param(WE_NOTES + "On 3 June 2025 at least nine members received e-mails that appeared to come from the registry "
                 "and asked them to confirm their details.",
                 # (the people hit are named as the text counts them, beside the organisation they belong to)
                 [ev("CyberAttack", [], ["Fabrikam Trading Ltd", "at least nine members"], "2025-06-03")],
                 id="house-people-named-as-counted"),
    pytest.param("From March 2011 to June 2016, the indictment alleges, the hackers broke into the networks of "
                 "Kestrix Labs.",
                 # (a saying set off by commas is an aside: the date before it is the break-in's)
                 [ev("CyberAttack", [], ["Kestrix Labs"], "2011-03/2016-06")],
                 id="date-before-an-aside-of-saying"),
    pytest.param("In March 2019, prosecutors say, the two men hacked the servers of Quillmark Technologies.",
                 [ev("CyberAttack", [], ["Quillmark Technologies"], "2019-03")],
                 id="date-before-prosecutors-say"),
    pytest.param("On Tuesday 3 June 2025 an e-mail claiming to come from the harbour office was sent to several harbour "
                 "agents.",
                 # (the people a lure reached, counted but unnamed, are its target)
                 [ev("CyberAttack", [], ["several harbour agents"], "2025-06-03")],
                 id="lure-sent-to-several-agents"),
    pytest.param("On 3 June 2025 some sellers got e-mails that looked like they came from the Kestrix Bank.",
                 # ("got" a lure as "received" one; "looked like" opening a clause)
                 [ev("CyberAttack", [], ["some sellers"], "2025-06-03")],
                 id="got-e-mails-that-looked-like-they-came-from"),
    pytest.param("On 3 June 2025 the sellers got a letter from the Kestrix Bank.",
                 [],  # (a letter, no lure; and no count: nobody new)
                 id="got-a-letter"),
    pytest.param(WE_NOTES + "On 4 July 2025 a member of our staff received a message, written to appear to come from a "
                 "donor, with a link to a look-alike web address.",
                 # ("a member of our staff": the text's own people)
                 [ev("CyberAttack", [], ["Fabrikam Trading Ltd", "member of our staff"], "2025-07-04")],
                 id="member-of-our-staff"),
    pytest.param(WE_NOTES + "On 4 July 2025 we had the look-alike site taken offline through its hosting company.",
                 # (done for the one who had it done)
                 [ev("DefensiveMeasure", ["Fabrikam Trading Ltd"], [], "2025-07-04")],
                 id="had-the-site-taken-offline"),
    pytest.param(WE_NOTES + "On 4 July 2025 a clerk opened a phishing e-mail. Her PC was reimaged the next morning.",
                 # (an agentless measure on the text's own machine is its own)
                 [ev("DefensiveMeasure", ["Fabrikam Trading Ltd"], [], "2025-07-05")],
                 id="pc-reimaged-in-a-we-text"),
    pytest.param(WE_NOTES + "On 4 July 2025 production was halted at the Kestrix plant.",
                 [],  # (an agentless stop of something not the text's own kit: nobody said)
                 id="production-halted-in-a-we-text"),
    pytest.param("On 12 May 2017 ransomware encrypted the computers of Kestrix General Hospital in a cyberattack. "
                 "Symantec said on 14 June that it was highly likely that the Lazarus group was behind the attack.",
                 # (a security company from the MISP producer galaxy, which NER reads as a nationality)
                 [ev("CyberAttack", [], ["Kestrix General Hospital"], "2017-05-12"),
                  ev("Attribution", ["Symantec"], ["Lazarus Group"], "2017-06-14")],
                 id="symantec-attributes"),
    pytest.param("Two days after the raid on 3 May, Contoso's website was knocked offline by hackers.",
                 # (an offset counts forward from the date inside its own phrase: 5 May)
                 [ev("CyberAttack", [], ["Contoso"], "2025-05-05")],
                 id="two-days-after-a-dated-attack"),
    pytest.param("Two days after the raid, on 5 May, Contoso's website was knocked offline by hackers.",
                 [ev("CyberAttack", [], ["Contoso"], "2025-05-05")],  # (a date set off by commas is the clause's own)
                 id="two-days-after-then-the-clauses-own-date"),
    pytest.param("KESTRIX HARBOUR OFFICE\nNotice to Mariners\n\nWe advise all mariners. We regret the delay. Our "
                 "notices continue. Hackers attacked the port network in a cyberattack on 18 July 2025. As a precaution, "
                 "this office took its online chart portal offline on 21 July 2025.",
                 # ("this office", in the office's own notice: the office)
                 [ev("DefensiveMeasure", ["Kestrix Harbour Office"], [], "2025-07-21")],
                 id="this-office-in-its-own-notice"),
    pytest.param("Hackers attacked a water utility in March 2024 in a cyberattack, which CERT-UA and Kaspersky both "
                 "attributed to Sandworm.",
                 # (a state's body and a security company beside it claim each for itself; two companies,
                 # "Mandiant and CrowdStrike blamed ...", stay one claim)
                 [ev("Attribution", ["CERT-UA", "Ukraine"], ["Sandworm"], "2024-03"),
                  ev("Attribution", ["Kaspersky"], ["Sandworm"], "2024-03")],
                 id="a-cert-and-a-security-company"),
    pytest.param("Ransomware attack hits Fabrikam Pipeline\n\nFabrikam Pipeline halted all operations on Friday after it "
                 "learned of the attack.",
                 # (an attack found out just before a dated act is dated by it, as far as the text tells)
                 [ev("CyberAttack", [], ["Fabrikam Pipeline"], "2025-08-15"),
                  ev("DefensiveMeasure", ["Fabrikam Pipeline"], [], "2025-08-15")],
                 id="halted-after-it-learned-of-the-attack"),
    pytest.param("Cyber incident report\n\nOn 3 March hackers crippled the computer systems of Contoso Bank.",
                 # ("3 March" compounded on "hackers", "On" left without its object: the clause's date)
                 [ev("CyberAttack", [], ["Contoso Bank"], "2025-03-03")],
                 id="on-a-date-then-a-noun-subject"),
    pytest.param("Cyber incident report\n\nLast Wednesday night hackers crippled the computer systems of Contoso Bank.",
                 [ev("CyberAttack", [], ["Contoso Bank"], "2025-08-13")],
                 id="last-wednesday-night-then-the-subject"),
    pytest.param("Cyber incident report\n\nJuly attack was blamed on Russia by Contoso Bank.",
                 [ev("Attribution", ["Contoso Bank"], ["Russia"])],  # (a month naming the attack dates no claim)
                 id="a-month-naming-the-attack-subject"),
    pytest.param("Hackers broke into Contoso's network in a cyberattack. Pangu Lab linked a backdoor it called "
                 "Kestrelgate to the Equation Group.",
                 # (the "to" the parser hangs on the naming clause is the link's)
                 [ev("CyberAttack", [], ["Contoso"]), ev("Attribution", ["Pangu Lab"], ["Equation Group"])],
                 id="linked-a-backdoor-it-called-x-to-y"),
    pytest.param("Hackers broke into the network of Contoso Ltd in a cyberattack. The security company Sekoia linked "
                 "the activity to APT28.",
                 # ("the security company" before the name describes it: no company named before is recalled)
                 [ev("CyberAttack", [], ["Contoso Ltd"]), ev("Attribution", ["Sekoia"], ["APT28"])],
                 id="the-security-company-volexity"),
    pytest.param("On Monday, the ministry said hackers broke into Contoso's network.",
                 [ev("CyberAttack", [], ["Contoso"])],  # (no aside: the Monday is the saying's)
                 id="date-of-a-saying-without-aside"),
]




# Session 37: the organisation a text is written by, read from its first lines.
CASES_37 = [
    pytest.param("KESTRIX VALLEY HYDROMETRIC OFFICE\nRiverside | Gauging Section\n\nMORNING STAGE REPORT\n"
                 "We publish this bulletin every morning. Our gauges are read at six. We thank our observers. Cyberattacks and malware are a risk.\n"
                 "On Monday 22 June 2020 hackers defaced our website. We took the site down the same morning.",
                 # (a name in capitals that NER reads in pieces, ending with an institution's word, is the "we")
                 [ev("CyberAttack", [], ["Kestrix Valley Hydrometric Office"], "2020-06-22"),
                  ev("DefensiveMeasure", ["Kestrix Valley Hydrometric Office"], [], "2020-06-22")],
                 id="letterhead-in-capitals-read-in-pieces"),
    pytest.param("WELCOME, FRIENDS\nQUILLMARK HILL HOMESTAY | Old Town\nGuest notes | printed 15 October 2018\n\n"
                 "We are glad you are here. Our kitchen opens at seven. We hope you rest well. Cyberattacks and malware are a risk.\n"
                 "In March 2018 hackers put our pictures on a fake rental site. The same week we changed all "
                 "our passwords.",
                 # (a greeting on the first line, the house's name on the second)
                 [ev("DefensiveMeasure", ["Quillmark Hill Homestay"], [], "2018-03")],
                 id="letterhead-on-the-second-line"),
    pytest.param("PRODUCT SHEET\nas required by Directive 12/2020 of the Kestrix Union\n\nFabrikam Chemicals GmbH\n"
                 "Product: KESTROL G\n\nWe supply solvents. We ship them in drums. Our labels follow the rules. Cyberattacks and malware are a risk.\n"
                 "On 9 January 2024 hackers sent phishing e-mails to our online customers. We reset the passwords of "
                 "those accounts that afternoon.",
                 # (a company in title case under the form's title, not the regulation the form cites)
                 [ev("CyberAttack", [], ["Fabrikam Chemicals GmbH"], "2024-01-09"),
                  ev("DefensiveMeasure", ["Fabrikam Chemicals GmbH"], [], "2024-01-09")],
                 id="letterhead-below-a-form-title"),
    pytest.param("CHAPEL OF ST. KESTRIX THE ELDER\nA parish of the river district\n\nSUNDAY LETTER\n"
                 "We gather every Sunday. Our choir sings. We pray for our city. Cyberattacks and malware are a risk.\n"
                 "Last week hackers sent phishing e-mails that used my name. On Monday 12 February 2024 our "
                 "administrator changed every parish password.",
                 # (a body's head before "of" names the chapel too)
                 [ev("DefensiveMeasure", ["Chapel of St. Kestrix the Elder"], [], "2024-02-12")],
                 id="letterhead-head-of-name"),
    pytest.param("KESTRIX SYSTEMS LLP\nQUARTERLY SAFETY REPORT\n\nQuarter: third, 2023\nCyberattacks and malware are a risk.\n"
                 "On Monday 14 August 2023 hackers sent phishing e-mails to staff. IT reset the affected passwords "
                 "within the hour.",
                 # (a report about the company itself, with no "we": its IT is the company's)
                 [ev("CyberAttack", [], ["Kestrix Systems LLP", "staff"], "2023-08-14"),
                  ev("DefensiveMeasure", ["Kestrix Systems LLP"], [], "2023-08-14")],
                 id="letterhead-own-it-without-we"),
    pytest.param("QUILLMARK & ROWE FREIGHT, INC. - RECORDS OFFICE\n\nRECORDS NOTICE\n\n"
                 "We keep files. We keep letters. Our staff must not shred them. Cyberattacks and malware are a risk.\n"
                 "On 3 March 2018 hackers broke into our mail server. We reset every password the next day.",
                 # (a company's name with a comma before its legal form)
                 [ev("CyberAttack", [], ["Quillmark & Rowe Freight, Inc."], "2018-03-03"),
                  ev("DefensiveMeasure", ["Quillmark & Rowe Freight, Inc."], [], "2018-03-04")],
                 id="letterhead-with-comma-before-inc"),
    pytest.param("KESTRIX COMMUNITY BANK\nFraud notes for tellers\n\nWe see many frauds. We train our staff. We care. Cyberattacks and malware are a risk.\n"
                 "On Tuesday 10 February 2015 cashiers at three branches received an e-mail that appeared to come "
                 "from Head Office, asking them to sign in on a new page.",
                 # (the text's own people, at places of its own, not at another named body)
                 [ev("CyberAttack", [], ["Kestrix Community Bank", "cashiers at three branches"], "2015-02-10")],
                 id="lure-to-own-cashiers-at-branches"),
    pytest.param("IN THE MATTER OF KESTRIX HOLDINGS LTD.\nIN THE MATTER OF A CREDITORS' PLAN\n\n"
                 "We are the plan's managers. We write to lenders. Our notice follows. Cyberattacks and malware are a risk.\n"
                 "On 7 February 2025 we had two fake domains taken down by their registrar.",
                 [],  # (a caption's company is not the one that writes: no letterhead, no actor)
                 id="caption-is-no-letterhead"),
    pytest.param("KESTRIX COUNTY POLICE\nCommunity Liaison Desk | MONTHLY NEWSLETTER\n\nWe publish advice weekly. "
                 "We answer calls. Our officers help. Cyberattacks and malware are a risk.\n"
                 "On 3 March 2018 bank employees received e-mails that seemed to come from suppliers, with a "
                 "malicious file attached.",
                 # (a bank's people, not the police's own)
                 [ev("CyberAttack", [], ["bank employees"], "2018-03-03")],
                 id="others-employees-are-not-the-house"),
    pytest.param("KESTRIX COUNTY POLICE\nWEEKLY BULLETIN\n\nWe publish advice weekly. We answer calls. Our officers "
                 "help. Cyberattacks and malware are a risk.\nOn 3 March 2018 hackers took the site down for three hours.",
                 [],  # (the attackers' doing: no measure, and no victim named)
                 id="hackers-took-the-site-down"),
    pytest.param(WE_NOTES + "Cyberattacks and malware are a risk. On Sunday 21 June 2020 the river rose. On Monday 22 June "
                 "2020 our website was defaced: its front page was swapped for a slogan. We took the site down that "
                 "same morning.",
                 # (a clause before a colon is no saying of the one after it: its date is the story's day)
                 [ev("CyberAttack", [], ["Fabrikam Trading Ltd"], "2020-06-22"),
                  ev("DefensiveMeasure", ["Fabrikam Trading Ltd"], [], "2020-06-22")],
                 id="date-before-a-colon-is-the-storys"),
    pytest.param("On Wednesday 16 March 2011 the junk mail ceased. The next day Kestrix announced what had taken place: on "
                 "the Wednesday it had taken down the Fabrikam botnet.",
                 # (a saying before its colon: what follows is what was said, dated by the Wednesday told before)
                 [ev("DefensiveMeasure", ["Kestrix"], [], "2011-03-16")],
                 id="saying-before-a-colon"),
    pytest.param("KESTRIX CHAMBER OPERA\nProgramme notes\n\nWe sing in autumn. We tour in spring. Our singers rest. "
                 "Cyberattacks and malware are a risk.\nOn Monday 15 February 2016 readers on our mailing list received "
                 "a message in our name asking for card numbers. That evening our webmaster froze the account "
                 "and set a new password.",
                 # (a message "in our name" is a lure; "people on our list" are the text's own; "our webmaster",
                 # read by NER as a name, is the house's)
                 [ev("CyberAttack", [], ["Kestrix Chamber Opera", "readers on our mailing list"], "2016-02-15"),
                  ev("DefensiveMeasure", ["Kestrix Chamber Opera"], [], "2016-02-15")],
                 id="message-in-our-name-to-readers-on-our-list"),
    pytest.param("KESTRIX PARISH\nNewsletter\n\nWe meet on Sundays. We sing. Our choir rests. Cyberattacks and malware "
                 "are a risk.\nOn Monday 12 February 2024 hackers sent phishing e-mails to parishioners. On Tuesday 13 "
                 "February 2024 the wardens took the donations page offline.",
                 [ev("CyberAttack", [], ["Kestrix Parish", "parishioners"], "2024-02-12"),
                  ev("DefensiveMeasure", ["Kestrix Parish"], [], "2024-02-13")],
                 id="the-wardens-of-a-we-text"),
    pytest.param("On 3 May 2024 staff at Kestrix Bank received an e-mail in English with a link to a form. Cyberattacks "
                 "and malware are a risk.",
                 [],  # (an e-mail in a language is no lure)
                 id="e-mail-in-english-no-lure"),
]


# (the opening of a rowing club's letter to its members: a letterhead and a "we", for the house's rows)
ROWING_LETTER = ("QUILLMARK ROWING CLUB\nMembers' letter\n\nWe row every Sunday. We meet at the boathouse. We thank our "
                 "members. Cyberattacks and malware are a risk.\n")

CASES_38 = [
    pytest.param("KESTRIX FREIGHT LTD\nDEPOT NOTICE\n\nCyberattacks and malware are a risk.\nOn 3 June 2025 malware on a depot "
                 "laptop took the logins stored on it. All depot passwords were reset the next morning.",
                 # ("were reset", tagged as the bare verb with "were" its auxiliary, is a passive)
                 [ev("DefensiveMeasure", ["Kestrix Freight Ltd"], [], "2025-06-04")],
                 id="passive-of-a-same-form-participle"),
    pytest.param("KESTRIX CHESS CLUB - WINTER LEAGUE\nFixture card | Friday 8 August 2025\n\nWe play on Fridays. We keep the "
                 "boards in the hall. We thank our members. Cyberattacks and malware are a risk.\nOn Monday 4 August hackers "
                 "broke into our fixtures database. We changed every password the same day.",
                 # (a letterhead before a dash is no dateline's city)
                 [ev("CyberAttack", [], ["Kestrix Chess Club"], "2025-08-04"),
                  ev("DefensiveMeasure", ["Kestrix Chess Club"], [], "2025-08-04")],
                 id="letterhead-before-a-dash-no-dateline"),
    pytest.param(ROWING_LETTER + "\"Anyone who sends fake invoices to a rowing club is preying on volunteers, and that is contemptible,\" "
                 "said our secretary, Ann Tolvey.",
                 # (a moral verdict on the doers of a wrong condemns it, in the quote's speaker's voice)
                 [ev("Condemnation", ["Ann Tolvey"], [], "2025-08-10")],
                 id="moral-verdict-quoted"),
    pytest.param(ROWING_LETTER + "Cheating our volunteers out of their savings is wicked, and we will say so to anyone who asks.",
                 # (unquoted, in the voice of the "we" the text is written in)
                 [ev("Condemnation", ["Quillmark Rowing Club"], [], "2025-08-15")],
                 id="moral-verdict-in-the-house-voice"),
    pytest.param("On 2 March 2025 hackers stole tokens worth 90 million dollars from the Kestrix exchange. Measured in dollars "
                 "it is the biggest theft any exchange has suffered.",
                 [],  # (a record, "the biggest theft", is no verdict; the theft of no named victim is no event)
                 id="record-theft-no-verdict"),
    pytest.param(ROWING_LETTER + "On Monday 4 August hackers registered a copycat domain in our name. Two days later the registrar "
                 "suspended the copycat domain at our request.",
                 # (who asked for a measure takes it too)
                 [ev("DefensiveMeasure", ["Quillmark Rowing Club"], [], "2025-08-06")],
                 id="measure-at-our-request"),
    pytest.param(ROWING_LETTER + "On Monday 4 August hackers sent members a phishing e-mail with new payment details. The next day the "
                 "receiving bank, which held that account, froze it at our request.",
                 # ("froze it": the account named before)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club", "members"], "2025-08-04"),
                  ev("DefensiveMeasure", ["Quillmark Rowing Club"], [], "2025-08-05")],
                 id="froze-it-the-account-named-before"),
    pytest.param(ROWING_LETTER + "In July someone logged in to our booking account using a leaked password and copied the crew list.",
                 # (a doer nobody knows logging in to the house's account is a hack)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-07")],
                 id="someone-logged-in-to-our-account"),
    pytest.param(ROWING_LETTER + "On Saturday 2 August intruders broke into the club's boat-hire database.",
                 # ("the club" recalls the club the text is written by)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-02")],
                 id="the-club-recalls-the-letterhead"),
    pytest.param("Retirement speech for Ruth Ambler, delivered on 9 August 2025\n\nThank you all for coming. [Laughter.] David "
                 "Kestel looks after the computers at Fabrikam Clinic. Cyberattacks and malware are a risk. On 4 August hackers "
                 "sent phishing e-mails to ninety nurses at Fabrikam Clinic. [Laughter.] That evening he reset the passwords "
                 "of every nurse.",
                 # (a stage direction in brackets is nobody; "he" is the man named before it)
                 [ev("CyberAttack", [], ["ninety nurses"], "2025-08-04"),
                  ev("DefensiveMeasure", ["David Kestel"], [], "2025-08-04")],
                 id="stage-direction-is-nobody"),
    pytest.param("Questions and answers on the Kestrov case. Cyberattacks and malware are a risk.\n\nWhy was Ivan Kestrov "
                 "jailed?\nA federal judge in Ohio sentenced Ivan Kestrov to five years in prison on 3 March 2025.",
                 # (the question tells nothing; its answer does)
                 [ev("LegalAction", ["Federal judge in Ohio", "United States"], ["Ivan Kestrov"], "2025-03-03")],
                 id="faq-question-no-event"),
    pytest.param("KESTRIX AIRWAYS - FLIGHT OPERATIONS\nCrew bulletin | Friday 15 August 2025\n\nWe fly twice a day. We brief "
                 "at six. We thank our crews. Cyberattacks and malware are a risk.\nOn Monday 11 August hackers sent phishing "
                 "e-mails to our pilots. Both pilots' handsets were wiped and re-enrolled on 12 August.",
                 # (wiped and re-enrolled: the owner's measure, no wiper attack)
                 [ev("CyberAttack", [], ["Kestrix Airways"], "2025-08-11"),
                  ev("DefensiveMeasure", ["Kestrix Airways"], [], "2025-08-12")],
                 id="wiped-and-re-enrolled-a-measure"),
    pytest.param(ROWING_LETTER + "On 4 August hackers sent phishing e-mails to our members. Since Monday 11 August all rowers sign in with "
                 "a code sent by text message. Since last spring many of you have written to us about the regatta.",
                 # (a rule in force since a date, in the house's text, is its measure of that day; letters written
                 # since a season are none)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-04"),
                  ev("DefensiveMeasure", ["Quillmark Rowing Club"], [], "2025-08-11")],
                 id="rule-in-force-since-a-date"),
    pytest.param("In March 2018 FBI agents arrested Ivan Kestrov, a Russian programmer, in Seattle. Cyberattacks and malware "
                 "are a risk. Federal prosecutors in Tulsa charged him with running a botnet.",
                 # (federal prosecutors in a city: the US Attorney of its judicial district)
                 [ev("LegalAction", ["Federal Bureau of Investigation", "United States"], ["Ivan Kestrov", "Russia"], "2018-03"),
                  ev("LegalAction", ["United States", "United States Attorney for the Northern District of Oklahoma"],
                     ["Ivan Kestrov"])],
                 id="prosecutors-in-a-city-the-us-attorney"),
    pytest.param(ROWING_LETTER + "On 11 August some members received a message titled \"Boat hire renewal\" urging them to sign in with "
                 "their member number.",
                 # (a message that urges its reader to sign in is a lure, its urging hung on its title)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club", "some members"], "2025-08-11")],
                 id="e-mail-asking-to-log-in"),
    pytest.param(ROWING_LETTER + "On Monday 4 August hackers sent phishing e-mails to our members. Since "
                 "Monday 11 August every club login has needed a one-time code.",
                 # (the opening date that the parser hung on "hackers" dates the sentence's verb: "hackers" is its subject)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-04"),
                  ev("DefensiveMeasure", ["Quillmark Rowing Club"], [], "2025-08-11")],
                 id="opening-date-hung-on-a-common-noun"),
]


CASES_39 = [
    pytest.param("On Tuesday 6 May the Treasury placed sanctions on Kestrix Hosting, a firm registered in Malta.",
                 # ("29 May": the month, which the parser took for the modal "may")
                 [ev("Sanction", ["United States", "United States Department of the Treasury"], ["Kestrix Hosting"], "2025-05-06")],
                 id="month-may-no-modal"),
    pytest.param("The Kestrix Lab said it attributes the attacks with moderate confidence to the Iranian government.",
                 # (the "to" phrase the parser hung on "confidence" is the verb's)
                 [ev("Attribution", ["Kestrix Lab"], ["Iran"])],
                 id="attributes-with-confidence-to"),
    pytest.param("On Monday the FBI and the NSA, Poland's Military Counterintelligence Service and the Quillmark CERT, and "
                 "Britain's National Cyber Security Centre published a joint advisory saying that Russia's Foreign "
                 "Intelligence Service had attacked Kestrix Bank.",
                 # (one claim per state; a body of no known state joined to a state's body by "and" goes with it)
                 [ev("Attribution", ["Federal Bureau of Investigation", "National Security Agency", "United States"],
                     ["Foreign Intelligence Service (Russia)", "Russia"], "2025-08-11"),
                  ev("Attribution", ["Military Counterintelligence Service", "Poland", "Quillmark CERT"],
                     ["Foreign Intelligence Service (Russia)", "Russia"], "2025-08-11"),
                  ev("Attribution", ["National Cyber Security Centre (United Kingdom)", "United Kingdom"],
                     ["Foreign Intelligence Service (Russia)", "Russia"], "2025-08-11"),
                  ev("CyberAttack", ["Foreign Intelligence Service (Russia)", "Russia"], ["Kestrix Bank"])],
                 id="joint-advisory-one-claim-per-state"),
    pytest.param("Fabrikam reported the same malware in March. In its annual review at the end of April, Microsoft, which had "
                 "studied the malware, listed it among the operations it attributed to Russian military hackers.",
                 # (the name after the opening phrase's comma, parsed as the date's apposition, is the subject)
                 [ev("Attribution", ["Microsoft"], ["Russia"])],
                 id="subject-after-an-opening-phrase"),
    pytest.param("Ivan Kestrov, a Russian, was detained in Norway in May 2019 and extradited to the United States in 2020.",
                 # (a verb of the law's joined to a passive one is passive too: extradited by the state that held him)
                 [ev("LegalAction", ["Norway"], ["Ivan Kestrov", "Russia"], "2019-05"),
                  ev("LegalAction", ["Norway"], ["Ivan Kestrov", "Russia"], "2020")],
                 id="arrested-and-extradited"),
    pytest.param("KESTRIX BEEKEEPING SOCIETY\nINSPECTION RECORD\n\n02.08.2025 (Sat) | 21\u00b0C | hives calm\n09.08.2025 (Sat) | "
                 "19\u00b0C | honey taken\n\nNOTE FOR MEMBERS\nWe sell honey. We keep bees. We thank our members. On Monday 4 "
                 "August hackers broke into our sales computer. Sending poison letters to beekeepers is a shameful thing.\n",
                 # (a log's dated row dates its own entry; it is no "today" of the note below)
                 [ev("CyberAttack", [], ["Kestrix Beekeeping Society"], "2025-08-04"),
                  ev("Condemnation", ["Kestrix Beekeeping Society"], [], "2025-08-15")],
                 id="log-row-is-no-today"),
    pytest.param(ROWING_LETTER + "\"Cheating fellow rowers out of their boat fees is the lowest kind of con,\" said our chair, "
                 "Ann Tolvey.",
                 # ("the lowest kind of ...": a verdict, though "the" and a superlative stand before it)
                 [ev("Condemnation", ["Ann Tolvey"], [], "2025-08-10")],
                 id="moral-verdict-lowest-kind"),
    pytest.param(ROWING_LETTER + "On Monday 4 August hackers sent members a phishing e-mail. Cheating a rowing club of its fees is a mean trick.",
                 [ev("CyberAttack", [], ["Quillmark Rowing Club", "members"], "2025-08-04"),
                  ev("Condemnation", ["Quillmark Rowing Club"], [], "2025-08-15")],
                 id="moral-verdict-mean-trick"),
    pytest.param(ROWING_LETTER + "Phishing is a cheap way in, and the risk to members is low.",
                 [],  # (a cheap way, a low risk: no verdicts)
                 id="cheap-way-and-low-risk-no-verdict"),
    pytest.param("KESTRIX RUNNING CLUB\nAutumn plan | Coach: Ann Tolvey\n\nI set the plan. I answer questions. We run on Sundays. "
                 "We meet at the park. We thank our members. On "
                 "Monday 4 August hackers broke into our booking system. Robbing runners who save for their entry fees is low, "
                 "and I say so plainly.\n",
                 # (the "I" of a text whose header names its writer: "Coach: Ann Tolvey")
                 [ev("CyberAttack", [], ["Kestrix Running Club"], "2025-08-04"),
                  ev("Condemnation", ["Ann Tolvey"], [], "2025-08-15")],
                 id="verdict-by-the-writer-of-the-header"),
    pytest.param(ROWING_LETTER + "On Monday 4 August hackers broke into our booking computer. Whoever freezes the laptops of a "
                 "rowing club has no shame.",
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-04"),
                  ev("Condemnation", ["Quillmark Rowing Club"], [], "2025-08-15")],
                 id="moral-verdict-no-shame"),
    pytest.param(ROWING_LETTER + "Locking boathouses and clubs out of their files is contemptible, and we say so.",
                 [ev("Condemnation", ["Quillmark Rowing Club"], [], "2025-08-15")],
                 id="moral-verdict-on-a-gerund"),
    pytest.param(ROWING_LETTER + "On Monday 4 August someone logged into the regatta blog with our secretary's password and posted "
                 "a false entry form.",
                 # (an unknown doer who got in with the house's password got into the house's system)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-04")],
                 id="someone-logged-in-with-our-password"),
    pytest.param(ROWING_LETTER + "On Monday 4 August three of you got a message in our name asking for boat fees by bank transfer.",
                 # (the readers the house writes to; the count after the date is the subject)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club", "three of you"], "2025-08-04")],
                 id="five-of-you-received-a-lure"),
    pytest.param(ROWING_LETTER + "On Monday 4 August someone took over the phone of one of our coxes and sent a link to the "
                 "crew chat.",
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-04")],
                 id="someone-took-over-a-number"),
    pytest.param(ROWING_LETTER + "On Monday 4 August hackers broke into our booking system. On Wednesday each moderator switched on "
                 "two-factor authentication.",
                 # ("every admin": the house's own people; two-step verification is a computer's word)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-04"),
                  ev("DefensiveMeasure", ["Quillmark Rowing Club"], [], "2025-08-13")],
                 id="every-admin-turned-on-two-step"),
    pytest.param(ROWING_LETTER + "On Monday 4 August someone logged in to the administrator account of our regatta site and "
                 "copied the crew list.",
                 [ev("CyberAttack", [], ["Quillmark Rowing Club", "administrator account of our regatta site"], "2025-08-04")],
                 id="someone-logged-in-to-an-administrator-account"),
    pytest.param("KESTRIX DIGGING SOCIETY\nSITE DIARY\n\nMon 4 Aug. Trench opened. We dig daily. We sieve the soil. We thank "
                 "our members.\n\nWed 6 Aug. Cyberattacks and malware are a risk. At 3 a.m. today hackers broke into our "
                 "site mailbox. Our secretary locked it this morning and reset every password.\n",
                 # (within a diary's entry, "today" and "this morning" are the entry's day, not the page's)
                 [ev("CyberAttack", [], ["Kestrix Digging Society"], "2025-08-06"),
                  ev("DefensiveMeasure", ["Kestrix Digging Society"], [], "2025-08-06")],
                 id="diary-entry-today"),
    pytest.param("Ransomware gangs hit hospitals. The KestrelLock ransomware gang hacked schools. Cyberattacks by ransomware "
                 "crews rose. In June the National Crime Agency named a Russian, Ivan Kestrov, as KestrelSupp, the crew's "
                 "chief, and London and Washington put him under sanctions the same day.",
                 # (a person unmasked as a handle is blamed; the names before a joined verb with no subject are its
                 # subject, one sanction each; "him" is the object of the first verb, not the handle)
                 [ev("Attribution", ["National Crime Agency", "United Kingdom"], ["Ivan Kestrov", "Russia"], "2025-06"),
                  ev("Sanction", ["United Kingdom"], ["Ivan Kestrov", "Russia"], "2025-06"),
                  ev("Sanction", ["United States"], ["Ivan Kestrov", "Russia"], "2025-06")],
                 id="unmasked-handle-and-sanctions-by-two-capitals"),
    pytest.param(ROWING_LETTER + "On Monday 4 August someone broke into our booking system. Our mail provider, a small firm "
                 "called Kestrix Mail, says its servers were not breached.",
                 # ("our mail provider, a firm called X": the firm its apposition names, not the house)
                 [ev("CyberAttack", [], ["Quillmark Rowing Club"], "2025-08-04"),
                  ev("Denial", ["Kestrix Mail"], [], None)],
                 id="provider-named-in-apposition-denies"),
    pytest.param("On Wednesday the FBI and the NSA, with partners in Britain and Canada, issued an alert "
                 "warning that Kestrel-linked hackers are exploiting old flaws in routers.",
                 # (a statement put out whose own clause tells its content; its partners "with" its authors claim too)
                 [ev("Attribution", ["Federal Bureau of Investigation", "National Security Agency", "United States"],
                     ["Kestrel"], "2025-08-13"),
                  ev("Attribution", ["United Kingdom"], ["Kestrel"], "2025-08-13"),
                  ev("Attribution", ["Canada"], ["Kestrel"], "2025-08-13")],
                 id="advisory-warning-that-with-partners"),
    pytest.param("Third, Kestrix. On Monday the FBI, CISA and the NSA in the US, Poland's Military Counterintelligence "
                 "Service (SKW) and the Quillmark CERT, and Britain's National Cyber Security Centre issued a joint "
                 "alert stating that Russia's Foreign Intelligence Service, the SVR, has been breaking into Kestrix "
                 "servers since May.",
                 # (the first names, which the parser hung on the opening date, head the subject)
                 [ev("Attribution", ["Cybersecurity and Infrastructure Security Agency", "Federal Bureau of Investigation",
                                     "National Security Agency", "United States"],
                     ["Foreign Intelligence Service (Russia)", "Russia"], "2025-08-11"),
                  ev("Attribution", ["Military Counterintelligence Service", "Poland", "Quillmark CERT",
                                     "S\u0142u\u017cba Kontrwywiadu Wojskowego"],
                     ["Foreign Intelligence Service (Russia)", "Russia"], "2025-08-11"),
                  ev("Attribution", ["National Cyber Security Centre (United Kingdom)", "United Kingdom"],
                     ["Foreign Intelligence Service (Russia)", "Russia"], "2025-08-11"),
                  ev("CyberAttack", ["Foreign Intelligence Service (Russia)", "Russia"], ["Kestrix"], "2025-05")],
                 id="names-hung-on-the-opening-date"),
    pytest.param("Cyberattacks hit firms. A British man, Ivan Kestrov, was detained in Spain in March, and last month US "
                 "prosecutors in Manhattan unsealed charges accusing him of being KestrelBroker, a hacker.",
                 # ("unsealed charges", parsed as an adjective with a subject of its own, is the clause's verb)
                 [ev("LegalAction", ["Spain"], ["Ivan Kestrov", "United Kingdom"], "2025-03"),
                  ev("LegalAction", ["United States", "prosecutors"], ["Ivan Kestrov", "United Kingdom"], "2025-07")],
                 id="past-verb-read-as-an-adjective"),
]


CASES_40 = [
    pytest.param('NEW ROUTES · AUGUST 2025\nposted Friday 15 August 2025\n\nWALL A · reset Monday 11 August\nFive new '
                 'problems.\n\nWALL B · reset Wednesday 13 August\nSix new problems.\n\nFROM THE DESK: OUR BOOKING '
                 'SOFTWARE\nOn Tuesday 12 August hackers broke into the corporate network of Kestrix Software. On '
                 'Thursday the company said the intrusion was the work of APT29.',
                 # (a dated header's day is its own section's today; under a new title in capitals the page's today is back)
                 [ev('Attribution', ['Kestrix Software'], ['APT29'], '2025-08-14'),
                  ev('CyberAttack', ['APT29'], ['Kestrix Software'], '2025-08-12')],
                 id="section-day"),
    pytest.param('NEW ROUTES · AUGUST 2025\n\nWALL A · reset Monday 11 August\nFive new problems.\n\nOn Wednesday 13 '
                 'August hackers broke into the corporate network of Kestrix Software.',
                 # (a day named with its weekday below a header's day falls in that week, not years back)
                 [ev('CyberAttack', [], ['Kestrix Software'], '2025-08-13')],
                 id="weekday-fits-page"),
    pytest.param('FABRIKAM & ROWE - ORDER BOOK\n12 Mill Street, Kestrix\n\nWe sell flowers. We deliver daily. On Tuesday '
                 "12 August someone took over a customer's phone account and ordered roses on her card from our web "
                 'shop. On Wednesday we cancelled the orders and locked her web-shop account.',
                 # (a shop's name in capitals before its page's title, cut at the spaced dash)
                 [ev('CyberAttack', [], ['FABRIKAM & ROWE'], '2025-08-12')],
                 id="dash-title"),
    pytest.param("QUILLMARK BEND ZOO\nAnimal Care Department | 22 Prairie Road, Kestrix\n\nKEEPERS' DAILY REPORT\nOur "
                 'giraffes are well. Our keepers fed them. On Sunday 10 August someone got into 41 member accounts of '
                 'our online ticket shop with stolen passwords. On Monday we locked those accounts and made every '
                 'affected member set a new password.',
                 # (the first line's name ending in an institution's word is the house, not the department below it)
                 [ev('CyberAttack', [], ['41 member accounts of our online ticket shop with stolen passwords', 'Quillmark Bend Zoo'], '2025-08-10'),
                  ev('DefensiveMeasure', ['Quillmark Bend Zoo'], [], '2025-08-11')],
                 id="zoo-letterhead"),
    pytest.param('THE QUILLMARK SOCIETY OF BELL RINGERS\nFounded 1893\n\nOur peals this month were fine. On Sunday 3 '
                 "August someone got into our website through an old editor's login and defaced it. Our host rented "
                 'its servers from Kestrix Hosting, the company the European Union put under sanctions two days '
                 'later. On Saturday 9 August we moved the site to a new host and changed every password.',
                 # (the letterhead's own "we", not the authors of a response told just before)
                 [ev('CyberAttack', [], ['The Quillmark Society of Bell Ringers'], '2025-08-03'),
                  ev('DefensiveMeasure', ['The Quillmark Society of Bell Ringers'], [], '2025-08-09')],
                 id="letterhead-we-over-authors"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. Whoever sends these fake invoices is a parasite.',
                 # (a moral verdict noun on the doers: the house's condemnation)
                 [ev('Condemnation', ['Quillmark Rowing Club'], [], '2025-08-15'),
                  ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12')],
                 id="verdicts"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. People who prey on rowers like this are beneath '
                 'contempt.',
                 # ("beneath contempt": the phrase is the verdict)
                 [ev('Condemnation', ['Quillmark Rowing Club'], [], '2025-08-15'),
                  ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12')],
                 id="beneath-contempt"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 "members a fake invoice from our booking account. Stealing from a junior crew's fund is about as "
                 'mean as anything we have seen.',
                 # ("as mean as ...", the adjective tagged as a verb, dated as said)
                 [ev('Condemnation', ['Quillmark Rowing Club'], [], '2025-08-15'),
                  ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12')],
                 id="as-mean-as-it-gets"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 "members a fake invoice from our booking account. Taking money meant for the juniors' regatta is a "
                 'new low, even for swindlers.',
                 # ("a new low")
                 [ev('Condemnation', ['Quillmark Rowing Club'], [], '2025-08-15'),
                  ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12')],
                 id="a-new-low"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 "members a fake invoice from our booking account. Knocking the club's results page offline is "
                 'pointless vandalism.',
                 # (a wrong called vandalism)
                 [ev('Condemnation', ['Quillmark Rowing Club'], [], '2025-08-15'),
                  ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12')],
                 id="pointless-vandalism"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. I took the site offline that evening.',
                 # (an "I" in an organisation's notice with no writer named acts for the organisation)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12'),
                  ev('DefensiveMeasure', ['Quillmark Rowing Club'], [], '2025-08-12')],
                 id="house-i"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. From Friday, sign-in codes for our booking page go '
                 'by e-mail, not by text.',
                 # (a sign-in rule in force from a day: a measure that day)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12'),
                  ev('DefensiveMeasure', ['Quillmark Rowing Club'], [], '2025-08-15')],
                 id="from-friday"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. From today, every boathouse sign-in needs a '
                 'security key plugged into the computer.',
                 # (from the page's day)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12'),
                  ev('DefensiveMeasure', ['Quillmark Rowing Club'], [], '2025-08-15')],
                 id="from-today"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. From Wednesday 13 August payments are made only '
                 'from the new laptop, which is used for nothing else.',
                 # (a rule from a day, with a standing mark)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12'),
                  ev('DefensiveMeasure', ['Quillmark Rowing Club'], [], '2025-08-13')],
                 id="from-date-ner-missed"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. Since Wednesday, the booking page has asked for a '
                 'code sent by e-mail whenever a member signs in from a new device.',
                 # (a rule on signing in since a day, with no standing mark)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12'),
                  ev('DefensiveMeasure', ['Quillmark Rowing Club'], [], '2025-08-13')],
                 id="since-code"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. On Tuesday 12 August someone hacked our club website and sent '
                 'members a fake invoice from our booking account. On Wednesday our technician, Ann Lee, unplugged '
                 'the office computer, wiped it and installed everything again.',
                 # (the house's technician wiping its own computer: a measure, no attack)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12'),
                  ev('DefensiveMeasure', ['Ann Lee'], [], '2025-08-13')],
                 id="house-technician-wipes"),
    pytest.param("On Monday hackers broke into Kestrix Labs' network. A few weeks later Kestrix Labs tied the "
                 'intrusion to a group Quillmark tracks as UNC2452.',
                 # ("a group X tracks as Y" with "tracks" parsed as a noun: Y is the group)
                 [ev('Attribution', ['Kestrix Labs'], ['UNC2452'], '2025'),
                  ev('CyberAttack', [], ['Kestrix Labs'], '2025-08-11')],
                 id="tracks-as-misparse"),
    pytest.param('KESTRIX DIGITAL MARKETS, INC.\n\nWe are an exchange. We hold customer funds. On 8 August 2022 the '
                 'Treasury designated the Quillmark mixing service. We screen wallet addresses against sanctions '
                 'lists, but screening tools are imperfect.',
                 # (guard: "sanctions lists" names a kind of list, no sanction; the house's "we" imposes nothing)
                 [ev('Sanction', ['United States', 'United States Department of the Treasury'], ['Quillmark mixing service'], '2022-08-08')],
                 id="sanctions-list-topic"),
    pytest.param("QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nOur regatta is on Saturday. Our boats are ready. Our "
                 "crews are fit. On Tuesday 12 August someone signed in to the club's members' page with a rower's "
                 "password that had leaked from a shop's site, and downloaded the crew roster.",
                 # (the doer, parsed with its verb as a participle on it after the opening date: the verb is the clause's)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-12')],
                 id="doer-read-as-root-after-date"),
    pytest.param('12th KESTRIX SCOUT TROOP "ORION" · ZHP\nMeetings Saturdays, scout hut, ul. Lipowa 4, Kestrix\n\nOur '
                 "troop meets weekly. Our camp is in July. On Tuesday 12 August someone hacked our troop's e-mail "
                 'account and asked parents for a camp deposit. We got the account back that evening and changed the '
                 'password.',
                 # (a letterhead that opens with an ordinal and ends with a nickname in quotes; "troop" ends a letterhead)
                 [ev('CyberAttack', [], ['12th Kestrix Scout Troop'], '2025-08-12'),
                  ev('DefensiveMeasure', ['12th Kestrix Scout Troop'], [], '2025-08-12')],
                 id="letterhead-ordinal-and-nickname"),
    pytest.param('QUILLMARK LYCEUM · Kestrix, Fabrikam region\nSchool canteen · Weekly lunch menu\n\nOur canteen opens '
                 "at noon. Our menu changes weekly. On Tuesday 12 August someone hijacked a parent's account in our "
                 'class chat and asked parents to pay for meals through a link. We removed the message that afternoon '
                 "and changed the chat's password.",
                 # (a school's name in capitals holding a threat actor's name, and a word the tagger read as a verb)
                 [ev('CyberAttack', [], ['Quillmark Lyceum'], '2025-08-12'),
                  ev('DefensiveMeasure', ['Quillmark Lyceum'], [], '2025-08-12')],
                 id="letterhead-with-a-threat-actor-name"),
    pytest.param("Hackers broke into the Quillmark Rowing Club's ticket accounts on Monday. The ticketing provider, "
                 'Fabrikam Systems, says its own systems were not broken into.',
                 # (a provider saying its own systems were not broken into denies the breach)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-11'),
                  ev('Denial', ['Fabrikam Systems'], [])],
                 id="says-own-systems-not-broken-into"),
    pytest.param("Hackers knocked the Polish state railway's ticket sales offline on Monday. Polish officials said "
                 'the attack bore the marks of Russian military intelligence.',
                 # ("bore the marks of", like "the hallmarks of", blames)
                 [ev('Attribution', ['Poland'], ['GRU (Russian Federation)', 'Russia']),
                  ev('CyberAttack', [], ['Poland'], '2025-08-11')],
                 id="bore-the-marks-of"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. Our crews are fit. On Tuesday 12 August some of you received an '
                 "e-mail from the club's address asking you to pay the regatta fee into a new bank account.",
                 # (a message asking readers to pay into a new account: an invoice fraud on them)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club', 'some of you'], '2025-08-12')],
                 id="lure-asks-to-pay-into-a-new-account"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. Our crews are fit. On Monday 11 August a text claiming to come from '
                 "our bank asked me to confirm the club's account through a link.",
                 # (the lure as the subject that asks, "me" the house's)
                 [ev('CyberAttack', [], ['Quillmark Rowing Club'], '2025-08-11')],
                 id="lure-as-subject"),
    pytest.param('QUILLMARK ROWING CLUB\nBoathouse Lane, Kestrix\n\nNOTE FROM THE CLUB SECRETARY\nOur regatta is on '
                 'Saturday. Our boats are ready. Our crews are fit. On Monday 11 August an e-mail asked members to '
                 'pay the regatta fee by Friday.',
                 # (guard: a message asking for a fee, with no mark of a fraud, attacks no one)
                 [],
                 id="lure-as-subject-guard"),
]


@pytest.mark.parametrize("text,want", CASES_35 + CASES_36 + CASES_37 + CASES_38 + CASES_39 + CASES_40)
def test_phrasing_since_session_35(text, want):
    evs = read(text, "2025-08-15").to_events_json()["events"]
    assert sorted((e["type"], tuple(sorted(e["actors"])), tuple(sorted(e["targets"])), e["date"]) for e in evs) == sorted(want)
