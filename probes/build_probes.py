#!/usr/bin/env python3
"""Source of probes.jsonl (hand-written probes; this file only serialises them).

Run:  python3 build_probes.py   -> writes probes.jsonl next to this file.
Publication date of every probe: Saturday 2024-05-18.
  Sun 05-12, Mon 05-13, Tue 05-14, Wed 05-15, Thu 05-16, Fri 05-17, Sat 05-18.
"""
import json
import os

PUB = "2024-05-18"
SUN, MON, TUE, WED, THU, FRI, SAT = (
    "2024-05-12", "2024-05-13", "2024-05-14", "2024-05-15",
    "2024-05-16", "2024-05-17", "2024-05-18")

# --- canonical names used more than once --------------------------------
US, UK, RU, CN, IR, NK = ("United States", "United Kingdom", "Russia", "China",
                          "Iran", "North Korea")
FBI = "Federal Bureau of Investigation"
DOJ = "United States Department of Justice"
TREAS = "United States Department of the Treasury"
CISA = "Cybersecurity and Infrastructure Security Agency"
GRU = "GRU (Russian Federation)"
MSS = "Ministry of State Security (China)"
IRGC = "Islamic Revolutionary Guard Corps"
SPD = "Social Democratic Party of Germany"
MFA_CN = "Ministry of Foreign Affairs (China)"
MFA_RU = "Ministry of Foreign Affairs (Russia)"
MFA_IR = "Ministry of Foreign Affairs (Iran)"
MFA_CZ = "Ministry of Foreign Affairs (Czech Republic)"

CA, AT, DN, CN_, SV, EX, SA, LA, DM = (
    "CyberAttack", "Attribution", "Denial", "Condemnation", "SeverRelations",
    "ExpelDiplomats", "Sanction", "LegalAction", "DefensiveMeasure")

PROBES = []


def E(type_, actors, targets, date):
    return {"type": type_, "actors": list(actors), "targets": list(targets),
            "date": date}


def P(id_, text, events, note="", absent=None):
    rec = {"id": id_, "text": text, "events": events, "note": note}
    if absent:
        rec["absent"] = absent
    PROBES.append(rec)


# =========================================================================
# CyberAttack
# =========================================================================
P("attack-001",
  "Hackers crippled the computer network of Brazil's Ministry of Health on Tuesday, "
  "leaving its national vaccination database unreachable for most of the day.",
  [E(CA, [], ["Ministry of Health (Brazil)", "Brazil"], TUE)])

P("attack-002",
  "A distributed denial-of-service attack knocked the websites of Japan's Ministry of "
  "Defense offline for several hours on Thursday, officials said.",
  [E(CA, [], ["Ministry of Defense (Japan)", "Japan"], THU)],
  "'knocked offline' is the attack's effect, not a defensive measure; 'officials said' "
  "reports the attack and blames no one.")

P("attack-003",
  "The email accounts of dozens of Kenyan government officials were compromised earlier "
  "this month in an espionage operation by suspected Chinese state-backed hackers.",
  [E(CA, [CN], ["Kenya"], "2024-05")],
  "Suspected perpetrator without a named claimant goes into CyberAttack.actors; no "
  "Attribution. 'earlier this month' -> month precision.")

P("attack-004",
  "Hackers broke into the systems of Poland's state news agency PAP on Friday and "
  "published a fake report about a partial military mobilisation, the agency said.",
  [E(CA, [], ["Polish Press Agency"], FRI)])

P("attack-005",
  "A wiper attack attributed to Sandworm destroyed data on hundreds of servers at the "
  "Ukrainian power distributor Dniprovska Energy on March 3.",
  [E(CA, ["Sandworm"], ["Dniprovska Energy"], "2024-03-03")],
  "'attributed to' with no named claimant: Sandworm is the alleged actor, no Attribution "
  "event (ANNOTATING rule 3).")

P("attack-006",
  "Chinese state hackers broke into a Dutch Ministry of Defence research network in 2023 "
  "and installed malware designed to survive software updates.",
  [E(CA, [CN], ["Ministry of Defence (Netherlands)", "Netherlands"], "2023")])

P("attack-007",
  "Estonian government websites, including those of the Riigikogu and several ministries, "
  "were hit by a wave of distributed denial-of-service attacks between Monday and Wednesday.",
  [E(CA, [], ["Estonia", "Riigikogu"], f"{MON}/{WED}")],
  "One wave of attacks; its span is an interval.")

P("attack-008",
  "Volt Typhoon broke into the network of Brazos Valley Power, a Texas electricity "
  "co-operative, in 2022 and stayed hidden there for months. The group also compromised "
  "the logistics systems of the Hawaii port operator Pacific Gateway Terminals last year.",
  [E(CA, ["Volt Typhoon"], ["Brazos Valley Power"], "2022"),
   E(CA, ["Volt Typhoon"], ["Pacific Gateway Terminals"], "2023")],
  "Two intrusions; 'the group' refers back to Volt Typhoon.")

P("attack-009",
  "Disrupting ticket sales and departure boards for most of Monday, the attack on "
  "Turkey's state railway operator TCDD was the most serious the country has faced this year.",
  [E(CA, [], ["Turkish State Railways", "Turkey"], MON)])

P("attack-010",
  "Two years ago, the Conti ransomware gang encrypted the servers of Peru's tax agency, "
  "SUNAT, halting customs clearance at the port of Callao for nearly a week.",
  [E(CA, ["Conti"], ["SUNAT", "Peru"], "2022")],
  "'Two years ago' -> 2022. SUNAT is given as written (its English Wikipedia title is "
  "uncertain); Peru is listed because SUNAT is a state agency.")

P("attack-011",
  "Charming Kitten, an Iranian state-backed group, sent booby-trapped emails to "
  "researchers at Israel's Soreq Nuclear Research Center between 2017 and 2019, "
  "stealing several gigabytes of files.",
  [E(CA, ["Charming Kitten", IR], ["Soreq Nuclear Research Center", "Israel"], "2017/2019")],
  "Apposition 'an Iranian state-backed group' names Iran as the state behind the group.")

P("attack-012",
  "Lazarus Group hackers drained $35 million from the Singapore-based cryptocurrency "
  "exchange BitLion in a theft that began late on Sunday.",
  [E(CA, ["Lazarus Group"], ["BitLion"], SUN)])

P("attack-013",
  "LockBit encrypted the servers of the municipal government of Curitiba, in southern "
  "Brazil, last week, forcing the city to postpone property-tax collection.",
  [E(CA, ["LockBit"], ["Curitiba"], "2024-05")],
  "'last week' -> month precision. Postponing tax collection is a consequence, not a "
  "defensive measure.")

P("attack-014",
  "A pro-Russian hacktivist group, NoName057(16), flooded the websites of Lithuania's "
  "parliament and several of its banks with junk traffic on Wednesday.",
  [E(CA, ["NoName057(16)"], ["Seimas", "Lithuania"], WED)],
  "'pro-Russian' describes sympathies, not the Russian state: Russia is not an actor.")

P("attack-015",
  "Hackers who broke into the Australian health insurer Medisure last October stole the "
  "records of 9.7 million customers, and the company, which refused to pay a ransom, has "
  "since seen some of the data published on a dark-web forum.",
  [E(CA, [], ["Medisure"], "2023-10")],
  "The ransom refusal and the leak are not scored types.")

P("attack-016",
  "In January, North Korean hackers stole design data for a fighter jet from the South "
  "Korean defence contractor Daewon Aerospace.",
  [E(CA, [NK], ["Daewon Aerospace"], "2024-01")])

P("attack-017",
  "A cyberattack on Saturday morning took the payment system of the Bank of Mexico "
  "offline for several hours.",
  [E(CA, [], ["Bank of Mexico", "Mexico"], SAT)],
  "The attack took the system offline: no DefensiveMeasure.")

P("attack-018",
  "Iranian hackers gained access to the control system of a water treatment plant in the "
  "northern Israeli town of Kiryat Shmona last week and altered chlorine levels.",
  [E(CA, [IR], ["Kiryat Shmona", "Israel"], "2024-05")],
  "'last week' (6-12 May) is given month precision.")

P("attack-019",
  "The Nigerian Communications Commission's website was defaced on the morning of May 2 "
  "with messages criticising the government.",
  [E(CA, [], ["Nigerian Communications Commission"], "2024-05-02")])

P("attack-020",
  "APT29 gained access to the email accounts of senior staff at the Czech foreign ministry "
  "in February by spraying common passwords across thousands of accounts.",
  [E(CA, ["APT29"], [MFA_CZ, "Czech Republic"], "2024-02")])

# =========================================================================
# Attribution
# =========================================================================
P("attrib-001",
  "The United States, Britain and Australia on Thursday blamed China's Ministry of State "
  "Security for a years-long campaign of intrusions into the email systems of their parliaments.",
  [E(AT, [US], [MSS, CN], THU),
   E(AT, [UK], [MSS, CN], THU),
   E(AT, ["Australia"], [MSS, CN], THU),
   E(CA, [MSS, CN], [US, UK, "Australia"], None)],
  "One Attribution per claimant. The campaign itself is undated.")

P("attrib-002",
  "The attack on Albania's border-control system was blamed on Iran by Prime Minister "
  "Edi Rama, who spoke to reporters on Monday.",
  [E(AT, ["Edi Rama", "Albania"], [IR], MON),
   E(CA, [IR], ["Albania"], None)],
  "Passive attribution; the attack date is not given.")

P("attrib-003",
  "\"We have high confidence that the Lazarus Group was responsible,\" the Federal Bureau "
  "of Investigation said in a statement on Wednesday about the theft of $100 million from "
  "the Japanese crypto platform Kanemochi Exchange.",
  [E(AT, [FBI, US], ["Lazarus Group"], WED),
   E(CA, ["Lazarus Group"], ["Kanemochi Exchange"], None)])

P("attrib-004",
  "Tokyo's accusation on Tuesday that North Korean hackers had stolen data from the space "
  "agency JAXA marked the first time Japan had publicly named Pyongyang over a cyberattack.",
  [E(AT, ["Japan"], [NK], TUE),
   E(CA, [NK], ["JAXA", "Japan"], None)],
  "Nominalised attribution ('Tokyo's accusation').")

P("attrib-005",
  "Microsoft said on Monday that a Russian state-sponsored group it tracks as Midnight "
  "Blizzard had read emails belonging to staff in the Slovak president's office.",
  [E(AT, ["Microsoft"], ["Midnight Blizzard", RU], MON),
   E(CA, ["Midnight Blizzard", RU], ["Slovakia"], None)],
  "A company can be a claimant.")

P("attrib-006",
  "Germany and the Czech Republic on Friday accused APT28, which they said is run by "
  "Russia's GRU military intelligence, of hacking the email accounts of senior politicians "
  "in both countries last year.",
  [E(AT, ["Germany"], ["APT28", GRU, RU], FRI),
   E(AT, ["Czech Republic"], ["APT28", GRU, RU], FRI),
   E(CA, ["APT28", GRU, RU], ["Germany", "Czech Republic"], "2023")],
  "Two claimants -> two Attributions; one hacking campaign.")

P("attrib-007",
  "BlackCat claimed responsibility on its leak site for Tuesday's ransomware attack on "
  "Kenya's National Hospital Insurance Fund, which disrupted claims processing across the country.",
  [E(AT, ["BlackCat"], ["BlackCat"], None),
   E(CA, ["BlackCat"], ["National Hospital Insurance Fund", "Kenya"], TUE)],
  "A claim of responsibility is an Attribution whose claimant and target are the group "
  "(as in the dev gold for Conti). The claim itself is undated.")

P("attrib-008",
  "The Australian Signals Directorate, the country's cyber-intelligence agency, said in an "
  "advisory on Wednesday that APT40, a group working for China's Ministry of State Security, "
  "had breached the network of an Australian government agency in 2022.",
  [E(AT, ["Australian Signals Directorate", "Australia"], ["APT40", MSS, CN], WED),
   E(CA, ["APT40", MSS, CN], ["Australia"], "2022")])

P("attrib-009",
  "Vietnam's Ministry of Public Security said on Tuesday that Chinese state-backed hackers "
  "were behind the theft of data from the country's coast guard in January.",
  [E(AT, ["Ministry of Public Security (Vietnam)", "Vietnam"], [CN], TUE),
   E(CA, [CN], ["Vietnam Coast Guard", "Vietnam"], "2024-01")])

P("attrib-010",
  "The Cybersecurity and Infrastructure Security Agency said on Tuesday that hackers linked "
  "to Iran's Islamic Revolutionary Guard Corps had taken control of industrial controllers "
  "at the Municipal Water Authority of Aliquippa in Pennsylvania last November.",
  [E(AT, [CISA, US], [IRGC, IR], TUE),
   E(CA, [IRGC, IR], ["Municipal Water Authority of Aliquippa"], "2023-11")])

P("attrib-011",
  "South Korea's National Intelligence Service said on Sunday that Kimsuky, a North Korean "
  "state hacking unit, had broken into the email server of the Ministry of Unification last year.",
  [E(AT, ["National Intelligence Service (South Korea)", "South Korea"], ["Kimsuky", NK], SUN),
   E(CA, ["Kimsuky", NK], ["Ministry of Unification", "South Korea"], "2023")])

P("attrib-012",
  "Britain, along with Canada and New Zealand, said on Monday that Russia's Federal Security "
  "Service had run a hack-and-leak operation against British politicians and journalists.",
  [E(AT, [UK], ["Federal Security Service", RU], MON),
   E(AT, ["Canada"], ["Federal Security Service", RU], MON),
   E(AT, ["New Zealand"], ["Federal Security Service", RU], MON),
   E(CA, ["Federal Security Service", RU], [UK], None)],
  "'along with' coordinates three claimants.")

P("attrib-013",
  "Security firm Mandiant attributed last month's intrusion at the Dutch chip-equipment "
  "maker Veldhoven Lithography to APT41, a Chinese group that mixes espionage with "
  "financially motivated crime.",
  [E(AT, ["Mandiant"], ["APT41", CN], None),
   E(CA, ["APT41", CN], ["Veldhoven Lithography"], "2024-04")],
  "'a Chinese group' -> China (demonym rule). The attribution is undated; the intrusion "
  "was 'last month'.")

P("attrib-014",
  "Estonia on Wednesday publicly named GRU Unit 29155 as the perpetrator of a 2020 "
  "cyberattack that stole thousands of documents from three of its ministries.",
  [E(AT, ["Estonia"], ["Unit 29155", GRU], WED),
   E(CA, ["Unit 29155", GRU], ["Estonia"], "2020")])

P("attrib-015",
  "Kenya's information minister, Eliud Owalo, told parliament on Tuesday that Anonymous "
  "Sudan was behind the attacks that knocked the eCitizen government services portal offline in July.",
  [E(AT, ["Eliud Owalo", "Kenya"], ["Anonymous Sudan"], TUE),
   E(CA, ["Anonymous Sudan"], ["eCitizen", "Kenya"], "2023-07")],
  "'in July' in a May 2024 article is July 2023. Sudan is not named as a state.")

P("attrib-016",
  "Israel's National Cyber Directorate accused Iran on Friday of orchestrating the hack of "
  "Ziv Medical Center in Safed, in which patient records were stolen.",
  [E(AT, ["Israel National Cyber Directorate", "Israel"], [IR], FRI),
   E(CA, [IR], ["Ziv Medical Center"], None)])

P("attrib-017",
  "The Dutch defence ministry's network was breached last year by Chinese state hackers. "
  "The Military Intelligence and Security Service disclosed the finding on Tuesday, the "
  "first time the Netherlands has publicly attributed a cyberattack to China.",
  [E(CA, [CN], ["Ministry of Defence (Netherlands)", "Netherlands"], "2023"),
   E(AT, ["Military Intelligence and Security Service", "Netherlands"], [CN], TUE)],
  "The second sentence names the claimant of the first sentence's finding.")

P("attrib-018",
  "Secretary of State Antony Blinken said on Thursday that Russian military hackers were "
  "responsible for a cyberattack that disabled check-in systems at the Moldovan state "
  "airline Air Moldova in April.",
  [E(AT, ["Antony Blinken", US], [RU], THU),
   E(CA, [RU], ["Air Moldova"], "2024-04")])

P("attrib-019",
  "The UK's National Cyber Security Centre assessed that it was \"highly likely\" that "
  "Sandworm carried out the attack that cut power to parts of western Ukraine last December.",
  [E(AT, ["National Cyber Security Centre (United Kingdom)", UK], ["Sandworm"], None),
   E(CA, ["Sandworm"], ["Ukraine"], "2023-12")],
  "The assessment itself is undated.")

# =========================================================================
# Denial
# =========================================================================
P("denial-001",
  "China's foreign ministry on Wednesday dismissed as \"groundless\" accusations by the "
  "Philippines that Chinese hackers had broken into the email system of its coast guard.",
  [E(DN, [MFA_CN, CN], [], WED),
   E(AT, ["Philippines"], [CN], None),
   E(CA, [CN], ["Philippine Coast Guard", "Philippines"], None)])

P("denial-002",
  "\"Russia has nothing to do with these hacking attacks,\" Kremlin spokesman Dmitry Peskov "
  "told reporters on Monday when asked about the cyberattacks that halted ticket sales at "
  "the Polish rail operator PKP Intercity.",
  [E(DN, ["Dmitry Peskov", RU], [], MON),
   E(CA, [], ["PKP Intercity"], None)],
  "Nobody in the text alleges a perpetrator, so the attack has no actors.")

P("denial-003",
  "Iran categorically rejects the allegation that it was behind the cyberattack on "
  "Albania's parliament, foreign ministry spokesman Nasser Kanaani said on Sunday.",
  [E(DN, ["Nasser Kanaani", MFA_IR, IR], [], SUN),
   E(CA, [IR], ["Parliament of Albania", "Albania"], None)],
  "The allegation has no named author: no Attribution, Iran is the alleged actor.")

P("denial-004",
  "North Korea on Thursday denied that its hackers had stolen $35 million from the "
  "Singapore-based crypto exchange BitLion, saying it had never engaged in cybercrime.",
  [E(DN, [NK], [], THU),
   E(CA, [NK], ["BitLion"], None)])

P("denial-005",
  "The accusation that Chinese hackers had breached Japan's Ministry of Foreign Affairs was "
  "rejected on Tuesday by a spokesperson for the Chinese embassy in Tokyo.",
  [E(DN, [CN], [], TUE),
   E(CA, [CN], ["Ministry of Foreign Affairs (Japan)", "Japan"], None)],
  "Passive denial; the embassy speaks for China.")

P("denial-006",
  "Moscow's denial on Friday of any role in the hacking of the Lithuanian energy "
  "ministry's website did little to ease tensions between the two countries.",
  [E(DN, [RU], [], FRI),
   E(CA, [], ["Ministry of Energy (Lithuania)", "Lithuania"], None)],
  "Nominalised denial.")

P("denial-007",
  "Zhenxin Network Technology, a Hangzhou-based company that the US Treasury sanctioned on "
  "Monday for providing infrastructure to APT31, said it \"firmly rejects\" the accusation.",
  [E(SA, [TREAS, US], ["Zhenxin Network Technology"], MON),
   E(DN, ["Zhenxin Network Technology"], [], None)],
  "No attack with a victim is named, so no CyberAttack; the rejection is undated.")

P("denial-008",
  "\"These are baseless accusations without a shred of evidence,\" Russian Foreign Ministry "
  "spokeswoman Maria Zakharova said on Thursday, responding to Germany's claim that the GRU "
  "had hacked the Social Democratic Party.",
  [E(DN, ["Maria Zakharova", MFA_RU, RU], [], THU),
   E(AT, ["Germany"], [GRU], None),
   E(CA, [GRU], [SPD], None)])

P("denial-009",
  "Iran's mission to the United Nations on Wednesday dismissed as baseless a Microsoft "
  "report that Iranian state hackers had broken into the website of Bahrain's interior ministry.",
  [E(DN, [IR], [], WED),
   E(AT, ["Microsoft"], [IR], None),
   E(CA, [IR], ["Ministry of Interior (Bahrain)", "Bahrain"], None)])

P("denial-010",
  "Azerbaijan on Monday accused Armenian hackers of disrupting the website of its state "
  "news agency, Azertac. Yerevan rejected the claim the next day, saying it knew nothing of "
  "any such attack.",
  [E(AT, ["Azerbaijan"], ["Armenia"], MON),
   E(CA, ["Armenia"], ["Azertac"], None),
   E(DN, ["Armenia"], [], TUE)],
  "'the next day' after Monday -> Tuesday.")

P("denial-011",
  "Pakistan's foreign office spokeswoman, Mumtaz Zahra Baloch, on Friday rejected India's "
  "allegation that Pakistani state hackers were behind a breach of the Indian Air Force's "
  "email servers.",
  [E(DN, ["Mumtaz Zahra Baloch", "Pakistan"], [], FRI),
   E(AT, ["India"], ["Pakistan"], None),
   E(CA, ["Pakistan"], ["Indian Air Force", "India"], None)])

P("denial-012",
  "Russia's embassy in Canberra on Tuesday dismissed as unfounded claims that Moscow had a "
  "hand in the theft of customer data from the health insurer Medisure.",
  [E(DN, [RU], [], TUE),
   E(CA, [RU], ["Medisure"], None)])

P("denial-013",
  "Chinese embassy spokesman Liu Pengyu said on Tuesday that China \"firmly opposes and "
  "combats all forms of cyberattacks\" and rejected what he called groundless accusations "
  "over the breach of the New Zealand Parliament's network.",
  [E(DN, ["Liu Pengyu", CN], [], TUE),
   E(CA, [], ["New Zealand Parliament", "New Zealand"], None)])

P("denial-014",
  "A spokesman for the Russian embassy in Pretoria said on Wednesday that Russia "
  "\"categorically rejects\" any suggestion that it hacked South Africa's defence department.",
  [E(DN, [RU], [], WED),
   E(CA, [RU], ["Department of Defence (South Africa)", "South Africa"], None)])

P("denial-015",
  "Turkey denied on Saturday that it had any role in the hacking of the Hellenic Coast "
  "Guard's radio network, which Athens and Nicosia had blamed on Turkish military hackers "
  "a day earlier.",
  [E(DN, ["Turkey"], [], SAT),
   E(AT, ["Greece"], ["Turkey"], FRI),
   E(AT, ["Cyprus"], ["Turkey"], FRI),
   E(CA, ["Turkey"], ["Hellenic Coast Guard", "Greece"], None)],
  "'a day earlier' than Saturday -> Friday; Athens and Nicosia are two claimants.")

P("denial-016",
  "Cambodia's interior ministry said last week that a Vietnamese state-backed group had "
  "stolen documents from the country's National Election Committee. Hanoi flatly denied on "
  "Monday that it sponsored the group.",
  [E(AT, ["Ministry of Interior (Cambodia)", "Cambodia"], ["Vietnam"], "2024-05"),
   E(CA, ["Vietnam"], ["National Election Committee", "Cambodia"], None),
   E(DN, ["Vietnam"], [], MON)],
  "'last week' -> month precision.")

# =========================================================================
# Condemnation
# =========================================================================
P("condemn-001",
  "Estonia on Tuesday condemned the cyberattacks on its government websites as \"a "
  "deliberate attempt to destabilise the country\".",
  [E(CN_, ["Estonia"], [], TUE),
   E(CA, [], ["Estonia"], None)])

P("condemn-002",
  "NATO on Friday condemned the hacking of Czech and German political parties, which both "
  "governments have blamed on Russia's GRU, calling it \"unacceptable\".",
  [E(CN_, ["NATO"], [GRU], FRI),
   E(AT, ["Czech Republic"], [GRU, RU], None),
   E(AT, ["Germany"], [GRU, RU], None),
   E(CA, [GRU, RU], ["Czech Republic", "Germany"], None)],
  "The two governments' attributions are undated.")

P("condemn-003",
  "\"Attacks on hospitals are unacceptable,\" Health Minister Nísia Trindade said on "
  "Wednesday after a ransomware attack on hospitals in the Brazilian city of Recife.",
  [E(CN_, ["Nísia Trindade", "Brazil"], [], WED),
   E(CA, [], ["Recife"], None)])

P("condemn-004",
  "Deputy Prime Minister Oliver Dowden on Monday called the hacking of the Electoral "
  "Commission \"reckless\", two months after London blamed it on Chinese state-affiliated hackers.",
  [E(CN_, ["Oliver Dowden", UK], [CN], MON),
   E(AT, [UK], [CN], "2024-03"),
   E(CA, [CN], ["Electoral Commission (United Kingdom)", UK], None)],
  "'two months after' Monday 13 May -> March 2024 (month precision).")

P("condemn-005",
  "The European Union and the United States both condemned on Thursday a cyberattack that "
  "wiped data from computers at Montenegro's finance ministry.",
  [E(CN_, ["European Union"], [], THU),
   E(CN_, [US], [], THU),
   E(CA, [], ["Ministry of Finance (Montenegro)", "Montenegro"], None)])

P("condemn-006",
  "Japan on Friday blamed North Korea for the theft of ¥4.8 billion in cryptocurrency from "
  "Kanemochi Exchange, and Chief Cabinet Secretary Yoshimasa Hayashi denounced it as \"a "
  "criminal act that cannot be tolerated\".",
  [E(AT, ["Japan"], [NK], FRI),
   E(CN_, ["Yoshimasa Hayashi", "Japan"], [NK], FRI),
   E(CA, [NK], ["Kanemochi Exchange"], None)],
  "'it' refers back to the theft; the denunciation shares the Friday of the main clause.")

P("condemn-007",
  "Chinese foreign ministry spokesperson Wang Wenbin on Tuesday described the United "
  "States as \"the world's biggest hacker empire\" and said Washington should stop smearing "
  "other countries.",
  [E(CN_, ["Wang Wenbin", MFA_CN, CN], [US], TUE)],
  "Generic counter-accusation about no named attack: Condemnation, not Attribution (as in "
  "the dev gold for Zhao Lijian).")

P("condemn-008",
  "The Czech foreign ministry \"strongly condemns\" the attack on the Prague Stock "
  "Exchange's trading platform, it said in a statement on Sunday.",
  [E(CN_, [MFA_CZ, "Czech Republic"], [], SUN),
   E(CA, [], ["Prague Stock Exchange"], None)])

P("condemn-009",
  "President William Ruto on Sunday condemned as \"an act of economic sabotage\" the "
  "ransomware attack that halted cargo operations at the Port of Mombasa on Friday.",
  [E(CN_, ["William Ruto", "Kenya"], [], SUN),
   E(CA, [], ["Port of Mombasa"], FRI)])

P("condemn-010",
  "Australia's home affairs minister, Clare O'Neil, described the data theft at the "
  "private hospital operator Harbourline Health as \"a despicable crime\" in a speech on Thursday.",
  [E(CN_, ["Clare O'Neil", "Australia"], [], THU),
   E(CA, [], ["Harbourline Health"], None)])

P("condemn-011",
  "UN Secretary-General António Guterres on Wednesday condemned the cyberattack that shut "
  "down the website of the International Criminal Court, calling attacks on judicial "
  "institutions \"an assault on the rule of law\".",
  [E(CN_, ["António Guterres", "United Nations"], [], WED),
   E(CA, [], ["International Criminal Court"], None)])

P("condemn-012",
  "Interior Minister Nancy Faeser called the hacking of the SPD's email accounts "
  "\"completely unacceptable\" on Friday, following Berlin's attribution of the attack to "
  "Russian military intelligence.",
  [E(CN_, ["Nancy Faeser", "Germany"], [], FRI),
   E(AT, ["Germany"], [GRU, RU], None),
   E(CA, [GRU, RU], [SPD], None)],
  "'Russian military intelligence' = the GRU. Berlin's attribution is undated.")

P("condemn-013",
  "Taiwan on Monday condemned a wave of denial-of-service attacks that briefly knocked the "
  "websites of its transport ministry offline.",
  [E(CN_, ["Taiwan"], [], MON),
   E(CA, [], ["Ministry of Transportation and Communications (Taiwan)", "Taiwan"], None)])

P("condemn-014",
  "The ransomware attack on the All India Institute of Medical Sciences in New Delhi was "
  "\"a cowardly act\", India's health minister said on Thursday.",
  [E(CN_, ["India"], [], THU),
   E(CA, [], ["All India Institute of Medical Sciences, New Delhi"], None)],
  "The unnamed minister speaks for India.")

P("condemn-015",
  "On Thursday, Colombian President Gustavo Petro denounced as \"digital terrorists\" the "
  "ransomware gang that encrypted servers at the country's judiciary last week.",
  [E(CN_, ["Gustavo Petro", "Colombia"], [], THU),
   E(CA, [], ["Colombia"], "2024-05")],
  "The gang is unnamed, so neither event has a named perpetrator.")

P("condemn-016",
  "Iran's foreign ministry on Tuesday condemned the cyberattack that paralysed fuel pumps "
  "at filling stations across the country, blaming Israel and the United States.",
  [E(CN_, [MFA_IR, IR], ["Israel", US], TUE),
   E(AT, [MFA_IR, IR], ["Israel", US], TUE),
   E(CA, ["Israel", US], [IR], None)],
  "One claimant blaming two states: a single Attribution.")

P("condemn-017",
  "The intrusion into the Spanish Defence Ministry's network was condemned on Wednesday by "
  "Prime Minister Pedro Sánchez, who called it \"intolerable\".",
  [E(CN_, ["Pedro Sánchez", "Spain"], [], WED),
   E(CA, [], ["Ministry of Defence (Spain)", "Spain"], None)],
  "Passive condemnation.")

P("condemn-018",
  "On Saturday, Lithuania and Latvia each denounced the hacking of the Estonian election "
  "commission's website.",
  [E(CN_, ["Lithuania"], [], SAT),
   E(CN_, ["Latvia"], [], SAT),
   E(CA, [], ["Estonia"], None)])

# =========================================================================
# SeverRelations
# =========================================================================
P("sever-001",
  "Kenya on Thursday severed diplomatic relations with Eritrea, accusing Asmara of "
  "sponsoring the hack of its electoral commission's servers.",
  [E(SV, ["Kenya"], ["Eritrea"], THU),
   E(AT, ["Kenya"], ["Eritrea"], THU),
   E(CA, ["Eritrea"], ["Independent Electoral and Boundaries Commission", "Kenya"], None)])

P("sever-002",
  "Lithuania has broken off diplomatic relations with Belarus, the foreign ministry in "
  "Vilnius announced on Monday, citing a cyberattack on the national power grid late last "
  "month that Vilnius has blamed on Minsk.",
  [E(SV, ["Lithuania", "Ministry of Foreign Affairs (Lithuania)"], ["Belarus"], MON),
   E(AT, ["Lithuania"], ["Belarus"], None),
   E(CA, ["Belarus"], ["Lithuania"], "2024-04")])

P("sever-003",
  "Diplomatic relations between Guyana and Venezuela were severed on Wednesday by "
  "Georgetown, which accused Caracas of orchestrating a hack of its petroleum regulator.",
  [E(SV, ["Guyana"], ["Venezuela"], WED),
   E(AT, ["Guyana"], ["Venezuela"], WED),
   E(CA, ["Venezuela"], ["Guyana"], None)],
  "Passive severance; Georgetown/Caracas stand for the states.")

P("sever-004",
  "Mexico's severing of diplomatic relations with Ecuador in April followed a police raid "
  "on its embassy in Quito.",
  [E(SV, ["Mexico"], ["Ecuador"], "2024-04")],
  "Nominalised severance; the raid is not a scored type.")

P("sever-005",
  "\"We are cutting all diplomatic ties with Moscow, effective immediately,\" Moldovan Prime "
  "Minister Dorin Recean said on Friday, citing Russian interference in the country's elections.",
  [E(SV, ["Dorin Recean", "Moldova"], [RU], FRI)])

P("sever-006",
  "Bolivia announced on Tuesday that it was breaking off diplomatic relations with Israel, "
  "becoming the first South American country to do so this year.",
  [E(SV, ["Bolivia"], ["Israel"], TUE)])

P("sever-007",
  "Accusing Tehran of orchestrating a cyberattack that wiped government databases last "
  "month, Albania cut diplomatic ties with Iran on Wednesday and gave the Iranian "
  "embassy's staff 24 hours to leave.",
  [E(AT, ["Albania"], [IR], WED),
   E(CA, [IR], ["Albania"], "2024-04"),
   E(SV, ["Albania"], [IR], WED),
   E(EX, ["Albania"], [IR], WED)])

P("sever-008",
  "Honduras, which broke off relations with Taiwan in March 2023 to recognise Beijing, said "
  "on Thursday that it would open a second consulate in China.",
  [E(SV, ["Honduras"], ["Taiwan"], "2023-03")],
  "Severance in a relative clause; the consulate plan is not scored.")

P("sever-009",
  "In June 2017, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic "
  "ties with Qatar after a hack of the Qatar News Agency planted fabricated remarks "
  "attributed to the emir.",
  [E(SV, ["Saudi Arabia"], ["Qatar"], "2017-06"),
   E(SV, ["United Arab Emirates"], ["Qatar"], "2017-06"),
   E(SV, ["Bahrain"], ["Qatar"], "2017-06"),
   E(SV, ["Egypt"], ["Qatar"], "2017-06"),
   E(CA, [], ["Qatar News Agency"], None)],
  "One SeverRelations per severing state. 'attributed to the emir' concerns quotes, not "
  "blame: no Attribution. The hack is undated.")

P("sever-010",
  "Estonia's decision to sever relations with Belarus, announced by Foreign Minister "
  "Margus Tsahkna on Monday, ends three decades of diplomatic contact.",
  [E(SV, ["Margus Tsahkna", "Estonia"], ["Belarus"], MON)])

P("sever-011",
  "The Solomon Islands formally ended diplomatic relations with Taiwan in September 2019.",
  [E(SV, ["Solomon Islands"], ["Taiwan"], "2019-09")])

P("sever-012",
  "Nicaragua on Friday broke off diplomatic relations with Brazil and expelled the "
  "Brazilian ambassador.",
  [E(SV, ["Nicaragua"], ["Brazil"], FRI),
   E(EX, ["Nicaragua"], ["Brazil"], FRI)])

P("sever-013",
  "Iran and Albania have had no diplomatic relations since Tirana broke them off in "
  "September 2022.",
  [E(SV, ["Albania"], [IR], "2022-09")],
  "Only Albania severed; Iran is the target.")

P("sever-014",
  "Nauru switched diplomatic recognition from Taiwan to China in January, severing its "
  "ties with Taipei.",
  [E(SV, ["Nauru"], ["Taiwan"], "2024-01")])

P("sever-015",
  "Ukraine broke off diplomatic relations with Russia on 24 February 2022, hours after "
  "the invasion began.",
  [E(SV, ["Ukraine"], [RU], "2022-02-24")])

P("sever-016",
  "Georgia, which severed diplomatic relations with Russia in 2008, has no embassy in Moscow.",
  [E(SV, ["Georgia (country)"], [RU], "2008")])

P("sever-017",
  "Latvia cut diplomatic ties with Belarus on Thursday after the State Security Service "
  "concluded that Belarusian military hackers had sabotaged the control system of the "
  "country's largest hydroelectric plant.",
  [E(SV, ["Latvia"], ["Belarus"], THU),
   E(AT, ["State Security Service (Latvia)", "Latvia"], ["Belarus"], None),
   E(CA, ["Belarus"], ["Latvia"], None)],
  "The service's conclusion precedes Thursday but is not dated.")

# =========================================================================
# ExpelDiplomats
# =========================================================================
P("expel-001",
  "Poland on Thursday expelled a Russian diplomat and ordered him to leave the country "
  "within 72 hours.",
  [E(EX, ["Poland"], [RU], THU)])

P("expel-002",
  "The Czech foreign ministry declared two Chinese diplomats personae non gratae on "
  "Monday, giving them until the end of the week to leave.",
  [E(EX, [MFA_CZ, "Czech Republic"], [CN], MON)])

P("expel-003",
  "The expulsion of 15 Russian diplomats by the Netherlands in March was the largest in "
  "the country's history.",
  [E(EX, ["Netherlands"], [RU], "2024-03")])

P("expel-004",
  "Four Iranian diplomats were ordered out of Azerbaijan on Wednesday, the foreign "
  "ministry in Baku said.",
  [E(EX, ["Azerbaijan", "Ministry of Foreign Affairs (Azerbaijan)"], [IR], WED)])

P("expel-005",
  "Germany kicked out two Russian intelligence officers working under diplomatic cover "
  "last week after the hacking of the SPD was traced to the GRU.",
  [E(EX, ["Germany"], [RU], "2024-05"),
   E(CA, [GRU], [SPD], None)],
  "'was traced to' names no one who traced it: no Attribution. 'last week' -> month.")

P("expel-006",
  "Moscow retaliated on Friday by ordering five Polish diplomats to leave Russia, calling "
  "Warsaw's move \"a hostile act\".",
  [E(EX, [RU], ["Poland"], FRI),
   E(CN_, [RU], ["Poland"], FRI)],
  "Calling the other side's measure 'a hostile act' is a Condemnation (dev gold reads "
  "'unfriendly and unprovoked' the same way).")

P("expel-007",
  "Kenya's foreign ministry declared a Chinese embassy attaché persona non grata on "
  "Tuesday. \"The diplomat has 48 hours to leave the country,\" the ministry said in a statement.",
  [E(EX, ["Kenya"], [CN], TUE)],
  "The quote restates the same expulsion: one event.")

P("expel-008",
  "Estonia on Sunday ordered a counsellor at the Russian embassy to leave the country, "
  "accusing him of undermining Estonia's constitutional order.",
  [E(EX, ["Estonia"], [RU], SUN)],
  "The accusation is not about a cyberattack: no Attribution.")

P("expel-009",
  "Latvia, Lithuania and Estonia each expelled Russian diplomats on Wednesday in a "
  "coordinated move.",
  [E(EX, ["Latvia"], [RU], WED),
   E(EX, ["Lithuania"], [RU], WED),
   E(EX, ["Estonia"], [RU], WED)])

P("expel-010",
  "Brazil, which expelled Nicaragua's ambassador in retaliation last year, said on Monday "
  "it would not restore full relations.",
  [E(EX, ["Brazil"], ["Nicaragua"], "2023")])

P("expel-011",
  "Australia has ordered a Chinese diplomat to leave the country. The decision, announced "
  "by Foreign Minister Penny Wong on Thursday, followed months of tension over foreign interference.",
  [E(EX, ["Penny Wong", "Australia"], [CN], THU)],
  "'The decision' refers back; its announcement dates it.")

P("expel-012",
  "Iran expelled two German diplomats in retaliation, the official IRNA news agency "
  "reported on Saturday.",
  [E(EX, [IR], ["Germany"], None)],
  "Only the report is dated, so the expulsion date is null.")

P("expel-013",
  "The Philippines on Friday gave a Chinese consular official 72 hours to leave the country.",
  [E(EX, ["Philippines"], [CN], FRI)])

P("expel-014",
  "India on Tuesday expelled a senior Canadian diplomat, giving him five days to leave, in "
  "a tit-for-tat move.",
  [E(EX, ["India"], ["Canada"], TUE)])

P("expel-015",
  "Moldova on Wednesday declared a Russian embassy employee persona non grata, Foreign "
  "Minister Mihai Popșoi said.",
  [E(EX, ["Moldova", "Mihai Popșoi"], [RU], WED)])

P("expel-016",
  "The United States expelled 35 Russian diplomats in December 2016 in response to the "
  "hacking of the Democratic National Committee, which the Obama administration had "
  "blamed on Moscow.",
  [E(EX, [US], [RU], "2016-12"),
   E(AT, [US], [RU], None),
   E(CA, [RU], ["Democratic National Committee"], None)],
  "The Obama administration speaks for the United States; its attribution is undated.")

P("expel-017",
  "The decision by Slovakia last month to send home three Russian diplomats drew a sharp "
  "rebuke from Moscow.",
  [E(EX, ["Slovakia"], [RU], "2024-04"),
   E(CN_, [RU], ["Slovakia"], None)],
  "'a sharp rebuke' is a Condemnation; it is undated.")

P("expel-018",
  "Sweden kicked out two Russian diplomats on Monday, saying they had taken part in cyber "
  "espionage against the defence company Saab.",
  [E(EX, ["Sweden"], [RU], MON),
   E(AT, ["Sweden"], [RU], MON),
   E(CA, [RU], ["Saab AB"], None)])

# =========================================================================
# Sanction
# =========================================================================
P("sanction-001",
  "The US Treasury on Tuesday sanctioned six officials of Iran's Islamic Revolutionary "
  "Guard Corps over the hacking of the Municipal Water Authority of Aliquippa in Pennsylvania.",
  [E(SA, [TREAS, US], [IRGC, IR], TUE),
   E(CA, [IRGC, IR], ["Municipal Water Authority of Aliquippa"], None)],
  "A sanction 'over' an attack is not read as a separate Attribution (dev gold convention); "
  "the sanctioned body is the alleged actor of the undated hack.")

P("sanction-002",
  "The Treasury's Office of Foreign Assets Control on Monday designated Igor Sadovnikov, a "
  "Russian national it described as a LockBit affiliate.",
  [E(SA, ["Office of Foreign Assets Control", TREAS, US], ["Igor Sadovnikov"], MON)],
  "A single named individual: his nationality does not make Russia a target.")

P("sanction-003",
  "The European Union on Monday blacklisted six Russian military intelligence officers "
  "over the 2020 hacking of the Norwegian parliament.",
  [E(SA, ["European Union"], [GRU, RU], MON),
   E(CA, [GRU, RU], ["Storting", "Norway"], "2020")])

P("sanction-004",
  "Britain froze the assets of three Chinese nationals and a Wuhan-based company, Wuhan "
  "Tianlan Technology, on Thursday, saying the company was a front for the APT31 hacking group.",
  [E(SA, [UK], [CN, "Wuhan Tianlan Technology"], THU)],
  "'three Chinese nationals' -> China (demonym rule). APT31 itself is not sanctioned and "
  "no attack is named.")

P("sanction-005",
  "The Commerce Department added four Chinese companies, among them the Shenzhen chipmaker "
  "Huaxin Micro, to its entity list on Wednesday for supplying surveillance technology to "
  "Beijing's security services.",
  [E(SA, ["United States Department of Commerce", US], ["Huaxin Micro", CN], WED)])

P("sanction-006",
  "The State Department imposed visa bans on Monday on Tal Dror and Yossi Ben-Ami, two "
  "executives of the Israeli spyware maker Kestrel Intelligence, over the misuse of "
  "commercial spyware.",
  [E(SA, ["United States Department of State", US], ["Tal Dror", "Yossi Ben-Ami"], MON)],
  "The company itself is not sanctioned. 'Israeli' describes a private firm, so Israel "
  "is not a target.")

P("sanction-007",
  "Australia's first use of its cyber sanctions framework, against Russian national "
  "Aleksandr Ermakov in January, targeted the man behind the Medibank hack.",
  [E(SA, ["Australia"], ["Aleksandr Ermakov"], "2024-01"),
   E(CA, ["Aleksandr Ermakov"], ["Medibank"], None)])

P("sanction-008",
  "The United States, Britain and Australia jointly sanctioned LockBit's alleged leader, "
  "Dmitry Khoroshev, on May 7.",
  [E(SA, [US], ["Dmitry Khoroshev"], "2024-05-07"),
   E(SA, [UK], ["Dmitry Khoroshev"], "2024-05-07"),
   E(SA, ["Australia"], ["Dmitry Khoroshev"], "2024-05-07")],
  "One Sanction per imposing state, as with coordinated Attributions.")

P("sanction-009",
  "Sanctions were imposed on Tuesday by Japan on 11 North Korean entities linked to the "
  "Lazarus Group.",
  [E(SA, ["Japan"], [NK], TUE)],
  "Passive; 'North Korean entities' -> North Korea. The Lazarus Group itself is not sanctioned.")

P("sanction-010",
  "South Korea on Friday placed Kimsuky, a hacking group run by North Korea's "
  "Reconnaissance General Bureau, on its independent sanctions list.",
  [E(SA, ["South Korea"], ["Kimsuky", "Reconnaissance General Bureau", NK], FRI)])

P("sanction-011",
  "The Council of the European Union, which in 2020 imposed its first cyber sanctions on "
  "Chinese and Russian individuals, on Tuesday added two Russian ransomware operators to "
  "its blacklist.",
  [E(SA, ["Council of the European Union", "European Union"], [CN, RU], "2020"),
   E(SA, ["Council of the European Union", "European Union"], [RU], TUE)],
  "Two sanction rounds: the 2020 one in the relative clause and Tuesday's.")

P("sanction-012",
  "Canada imposed sanctions on Thursday on five Russian officials it said were responsible "
  "for the cyberattack on Global Affairs Canada in January.",
  [E(SA, ["Canada"], [RU], THU),
   E(AT, ["Canada"], [RU], THU),
   E(CA, [RU], ["Global Affairs Canada", "Canada"], "2024-01")],
  "Here the sanctioning state explicitly says who was responsible: an Attribution.")

P("sanction-013",
  "Russia on Wednesday added 21 British officials to its sanctions list in retaliation for "
  "London's measures.",
  [E(SA, [RU], [UK], WED)])

P("sanction-014",
  "China announced sanctions on Thursday against the US defence contractor Lockhart "
  "Aerospace over its arms sales to Taiwan.",
  [E(SA, [CN], ["Lockhart Aerospace"], THU)])

P("sanction-015",
  "The Treasury designated two Iranian front companies, Pardis Tech and Arya Server, on "
  "Wednesday. It said the firms had bought servers for Charming Kitten's phishing operations.",
  [E(SA, [TREAS, US], ["Pardis Tech", "Arya Server", IR], WED)],
  "'It' refers back to the Treasury; no attack with a victim is named.")

P("sanction-016",
  "Ukrainian President Volodymyr Zelenskyy signed a decree on Friday imposing sanctions on "
  "12 Russian IT companies accused of supporting Sandworm.",
  [E(SA, ["Volodymyr Zelenskyy", "Ukraine"], [RU], FRI)])

P("sanction-017",
  "Britain in December sanctioned two members of Star Blizzard, a hacking unit of Russia's FSB.",
  [E(SA, [UK], ["Star Blizzard", "Federal Security Service", RU], "2023-12")],
  "'in December' in a May 2024 article -> December 2023.")

P("sanction-018",
  "New Zealand imposed travel bans and asset freezes on Tuesday on two North Korean "
  "officials, Pak Chol Min and Ri Kwang Su.",
  [E(SA, ["New Zealand"], ["Pak Chol Min", "Ri Kwang Su", NK], TUE)],
  "Officials acting for a state are listed with the state.")

# =========================================================================
# LegalAction
# =========================================================================
P("legal-001",
  "A federal grand jury in Virginia indicted three Iranian nationals on Tuesday on charges "
  "of hacking the email accounts of US Navy officers.",
  [E(LA, [US], [IR], TUE),
   E(CA, [IR], ["United States Navy"], None)],
  "'three Iranian nationals' -> Iran (demonym rule); an indictment is not an Attribution "
  "(dev gold convention).")

P("legal-002",
  "Polish police arrested Tomasz Wieczorek, 24, in Gdańsk on Thursday on suspicion of "
  "deploying ransomware for the LockBit gang.",
  [E(LA, ["Poland"], ["Tomasz Wieczorek"], THU)],
  "No victim is named, so no CyberAttack.")

P("legal-003",
  "Estonia extradited Russian citizen Pavel Sidorov to the United States on Monday over his "
  "alleged role in laundering ransom payments for the Conti gang.",
  [E(LA, ["Estonia"], ["Pavel Sidorov"], MON)])

P("legal-004",
  "A Dutch court on Wednesday convicted two men, Sem de Vries and Daan Bakker, of hacking "
  "the Port of Rotterdam's container-tracking systems in 2021.",
  [E(LA, ["Netherlands"], ["Sem de Vries", "Daan Bakker"], WED),
   E(CA, ["Sem de Vries", "Daan Bakker"], ["Port of Rotterdam"], "2021")])

P("legal-005",
  "Southwark Crown Court sentenced 19-year-old Oliver Grant to seven years in prison on "
  "Friday for hacking the Transport for London network.",
  [E(LA, ["Southwark Crown Court", UK], ["Oliver Grant"], FRI),
   E(CA, ["Oliver Grant"], ["Transport for London"], None)])

P("legal-006",
  "Germany's federal prosecutor issued arrest warrants on Monday for two suspected GRU "
  "officers over the hacking of the SPD.",
  [E(LA, ["Federal Prosecutor General (Germany)", "Germany"], [GRU], MON),
   E(CA, [GRU], [SPD], None)])

P("legal-007",
  "The Justice Department's indictment of seven hackers working for China's Ministry of "
  "State Security, unsealed in Brooklyn on Monday, accuses them of breaking into the "
  "networks of British and American lawmakers between 2010 and 2023.",
  [E(LA, [DOJ, US], [MSS, CN], MON),
   E(CA, [MSS, CN], [UK, US], "2010/2023")],
  "Unsealing date taken as the LegalAction date (as in the dev gold). The indictment's "
  "accusation is not a separate Attribution.")

P("legal-008",
  "Two Russian nationals were charged by Japanese prosecutors on Thursday with stealing "
  "cryptocurrency from the Tokyo-based Kanemochi Exchange.",
  [E(LA, ["Japan"], [RU], THU),
   E(CA, [RU], ["Kanemochi Exchange"], None)],
  "Passive; 'two Russian nationals' -> Russia (demonym rule).")

P("legal-009",
  "India's Central Bureau of Investigation arrested Rahul Mehta on Wednesday on suspicion "
  "of leading a gang that hacked the servers of the Indian Council of Medical Research.",
  [E(LA, ["Central Bureau of Investigation", "India"], ["Rahul Mehta"], WED),
   E(CA, ["Rahul Mehta"], ["Indian Council of Medical Research"], None)])

P("legal-010",
  "Brazil's Federal Police on Wednesday arrested Lucas Almeida, a hacker suspected of "
  "breaking into the systems of the National Council of Justice and inserting a fake "
  "arrest warrant for a Supreme Court justice.",
  [E(LA, ["Federal Police of Brazil", "Brazil"], ["Lucas Almeida"], WED),
   E(CA, ["Lucas Almeida"], ["National Council of Justice", "Brazil"], None)],
  "The fake arrest warrant is part of the hack, not a LegalAction.")

P("legal-011",
  "South Korean prosecutors on Friday indicted in absentia three North Korean hackers "
  "believed to belong to the Lazarus Group over the theft of cryptocurrency from the "
  "exchange Upbit in 2019.",
  [E(LA, ["South Korea"], [NK, "Lazarus Group"], FRI),
   E(CA, [NK, "Lazarus Group"], ["Upbit"], "2019")])

P("legal-012",
  "Prosecutors in Kyiv on Tuesday charged Oleksandr Hrytsenko, a former employee of the "
  "state railway operator Ukrzaliznytsia, with helping Russian military hackers break into "
  "its network.",
  [E(LA, ["Ukraine"], ["Oleksandr Hrytsenko"], TUE),
   E(CA, [RU, "Oleksandr Hrytsenko"], ["Ukrzaliznytsia"], None)])

P("legal-013",
  "The Justice Department on Thursday charged Rim Jong Hyok, an officer of North Korea's "
  "Reconnaissance General Bureau, over ransomware attacks on the Kansas Heartland Medical Center.",
  [E(LA, [DOJ, US], ["Rim Jong Hyok", "Reconnaissance General Bureau", NK], THU),
   E(CA, ["Rim Jong Hyok", "Reconnaissance General Bureau", NK],
     ["Kansas Heartland Medical Center"], None)])

P("legal-014",
  "A Moscow court on Wednesday sentenced in absentia Andriy Koval, an officer of Ukraine's "
  "military intelligence agency, to 12 years in prison for hacking the website of Russia's "
  "Central Election Commission in March.",
  [E(LA, [RU], ["Andriy Koval", "Ukraine"], WED),
   E(CA, ["Andriy Koval", "Ukraine"], ["Central Election Commission of Russia", RU], "2024-03")])

P("legal-015",
  "The extradition of alleged Karakurt gang member Artem Belov from Georgia to the United "
  "States was completed on Tuesday.",
  [E(LA, ["Georgia (country)"], ["Artem Belov"], TUE)],
  "Nominalised extradition; the extraditing state is the actor.")

P("legal-016",
  "An Israeli court on Sunday convicted Amit Levi, a 28-year-old Tel Aviv resident, of "
  "spying for Iran.",
  [E(LA, ["Israel"], ["Amit Levi"], SUN)])

P("legal-017",
  "Dutch police arrested a 33-year-old man in Utrecht on Monday. The suspect, Ruben "
  "Jansen, is accused of running servers used by the Qakbot botnet.",
  [E(LA, ["Netherlands"], ["Ruben Jansen"], MON)],
  "'The suspect' names the man arrested in the first sentence. 'is accused' names no "
  "accuser and no attack victim.")

P("legal-018",
  "Spanish police detained three suspected members of the Scattered Spider gang in "
  "Alicante on Saturday, including its alleged leader, Kevin Marsh.",
  [E(LA, ["Spain"], ["Scattered Spider", "Kevin Marsh"], SAT)])

P("legal-019",
  "Jonas Lindqvist, whose conviction by a Stockholm court in 2021 for breaking into the "
  "Swedish Tax Agency's network made headlines, was released from prison on Friday.",
  [E(LA, ["Sweden"], ["Jonas Lindqvist"], "2021"),
   E(CA, ["Jonas Lindqvist"], ["Swedish Tax Agency"], None)],
  "Conviction in a relative clause; the release is not scored.")

# =========================================================================
# DefensiveMeasure
# =========================================================================
P("defense-001",
  "On Friday, Kenya Ports Authority switched cargo handling at Mombasa to manual "
  "operations after ransomware hit its cargo-tracking system.",
  [E(DM, ["Kenya Ports Authority"], ["Port of Mombasa"], FRI),
   E(CA, [], ["Kenya Ports Authority"], None)],
  "The attack precedes the switch but is not itself dated.")

P("defense-002",
  "Columbus Mayor Andrew Ginther declared a state of emergency on Monday after ransomware "
  "crippled the city's 911 dispatch system.",
  [E(DM, ["Andrew Ginther", "Columbus"], [], MON),
   E(CA, [], ["Columbus"], None)])

P("defense-003",
  "Britain's Electoral Commission took its email servers offline on Wednesday as a "
  "precaution after detecting an intrusion.",
  [E(DM, ["Electoral Commission (United Kingdom)"], [], WED),
   E(CA, [], ["Electoral Commission (United Kingdom)"], None)])

P("defense-004",
  "Computers at all 410 branches of Chile's state-owned BancoEstado were disconnected from "
  "the network on Sunday after ransomware infected the bank's servers, the bank said.",
  [E(DM, ["BancoEstado"], [], SUN),
   E(CA, [], ["BancoEstado"], None)],
  "Agentless passive about the bank's own computers: the bank is the actor (as the dev "
  "gold does for the Bundestag).")

P("defense-005",
  "Australia's Department of Home Affairs ordered all of its staff to reset their "
  "passwords on Tuesday as a precaution.",
  [E(DM, ["Department of Home Affairs (Australia)", "Australia"], [], TUE)])

P("defense-006",
  "South Korea's Korea Communications Commission ordered internet providers on Thursday to "
  "block traffic from 400 IP addresses linked to North Korean hackers.",
  [E(DM, ["Korea Communications Commission", "South Korea"], [], THU)],
  "No attack is described.")

P("defense-007",
  "On Wednesday, engineers at the Indian Council of Medical Research isolated the servers "
  "hit by an intrusion.",
  [E(DM, ["Indian Council of Medical Research"], [], WED),
   E(CA, [], ["Indian Council of Medical Research"], None)])

P("defense-008",
  "The Japanese port of Nagoya restored container operations on Thursday, two days after a "
  "ransomware attack halted them.",
  [E(DM, ["Port of Nagoya"], [], THU),
   E(CA, [], ["Port of Nagoya"], TUE)],
  "'two days after' Thursday -> Tuesday.")

P("defense-009",
  "Albania's government shut down its online public services portal, e-Albania, on Sunday "
  "after detecting what officials described as a large-scale cyberattack.",
  [E(DM, ["Albania"], ["e-Albania"], SUN),
   E(CA, [], ["e-Albania", "Albania"], None)])

P("defense-010",
  "The decision by Norway's parliament to disconnect its email system from the internet on "
  "Tuesday came hours after a security alert from the national cyber centre.",
  [E(DM, ["Storting"], [], TUE)],
  "A security alert is not an attack.")

P("defense-011",
  "The Federal Bureau of Investigation said on Wednesday that it had taken down a botnet "
  "that Volt Typhoon used to disguise its hacking, acting under a court order.",
  [E(DM, [FBI, US], [], None)],
  "A takedown of attacker infrastructure is read as a DefensiveMeasure (like the FBI's "
  "web-shell removal in the dev gold). Only the announcement is dated. No victim is named, "
  "so no CyberAttack.")

P("defense-012",
  "Vanuatu's government declared a state of emergency on Tuesday after a cyberattack "
  "knocked out government email and websites.",
  [E(DM, ["Vanuatu"], [], TUE),
   E(CA, [], ["Vanuatu"], None)])

P("defense-013",
  "Operators at the Polish oil pipeline company PERN switched to manual control on "
  "Saturday after detecting hackers in the network that runs its pumping stations.",
  [E(DM, ["PERN"], [], SAT),
   E(CA, [], ["PERN"], None)])

P("defense-014",
  "A ransomware attack knocked the Slovenian parliament's network offline last week. The "
  "assembly's IT staff restored most services from backups on Friday.",
  [E(CA, [], ["National Assembly (Slovenia)", "Slovenia"], "2024-05"),
   E(DM, ["National Assembly (Slovenia)"], [], FRI)],
  "'The assembly' refers back to the parliament; 'last week' -> month.")

P("defense-015",
  "Israel's National Cyber Directorate blocked traffic from several Iranian IP ranges "
  "yesterday as a precaution.",
  [E(DM, ["Israel National Cyber Directorate", "Israel"], [], FRI)],
  "'yesterday' -> Friday 2024-05-17.")

P("defense-016",
  "Japanese optics maker Kogane Optical shut down its order system on Thursday after "
  "detecting unauthorised access to its network.",
  [E(DM, ["Kogane Optical"], [], THU),
   E(CA, [], ["Kogane Optical"], None)])

P("defense-017",
  "The Cybersecurity and Infrastructure Security Agency on Friday ordered all federal "
  "civilian agencies to disconnect their Ivanti VPN appliances within 48 hours.",
  [E(DM, [CISA, US], [], FRI)],
  "The order is the measure (as the dev gold reads CISA's Orion order).")

P("defense-018",
  "Brno University Hospital disconnected all of its computers from the network on Tuesday "
  "after ransomware encrypted its servers.",
  [E(DM, ["Brno University Hospital"], [], TUE),
   E(CA, [], ["Brno University Hospital"], None)])

P("defense-019",
  "The National Bank of Ukraine on Thursday ordered all commercial banks to isolate "
  "computers running the accounting software M.E.Doc.",
  [E(DM, ["National Bank of Ukraine"], [], THU)])

P("defense-020",
  "Hit by ransomware on Tuesday, the Dutch water board Waterschap Rivierenland isolated its "
  "billing systems within minutes.",
  [E(CA, [], ["Waterschap Rivierenland"], TUE),
   E(DM, ["Waterschap Rivierenland"], [], TUE)],
  "Participial clause carries the attack; 'within minutes' keeps the measure on Tuesday.")

# =========================================================================
# Negatives (the type in 'absent' must not be extracted)
# =========================================================================
P("neg-001",
  "Officials in Seoul declined to attribute Tuesday's attack on the Korea Hydro & Nuclear "
  "Power network to any country.",
  [E(CA, [], ["Korea Hydro & Nuclear Power"], TUE)],
  "Declining to attribute is no Attribution.", ["Attribution"])

P("neg-002",
  "Swedish investigators have found no evidence that Russia was involved in the "
  "cyberattack that disrupted check-in systems at Stockholm Arlanda Airport on Thursday.",
  [E(CA, [], ["Stockholm Arlanda Airport"], THU)],
  "'no evidence that Russia was involved': no Attribution, and Russia is not an actor.",
  ["Attribution"])

P("neg-003",
  "The two men could face charges in the Netherlands, a spokesman for the public "
  "prosecution service said on Friday.",
  [], "Possible future charges: no LegalAction.", ["LegalAction"])

P("neg-004",
  "Poland threatened on Wednesday to expel Belarusian diplomats if Minsk did not hand "
  "over the suspects.",
  [], "A threatened, conditional expulsion.", ["ExpelDiplomats"])

P("neg-005",
  "Japan has no plans to impose new sanctions on North Korea, Chief Cabinet Secretary "
  "Yoshimasa Hayashi told reporters on Monday.",
  [], "Negated sanction.", ["Sanction"])

P("neg-006",
  "Will Brazil cut ties with Israel? Diplomats in Brasília say a break is unlikely before "
  "the end of the year.",
  [], "A question and a forecast.", ["SeverRelations"])

P("neg-007",
  "Kenya recalled its ambassador to Eritrea for consultations on Tuesday but stopped "
  "short of severing diplomatic relations.",
  [], "Recalling an ambassador is not severing relations (and is not scored).",
  ["SeverRelations", "ExpelDiplomats"])

P("neg-008",
  "Lithuania summoned China's chargé d'affaires on Monday but said no diplomats would be "
  "expelled.",
  [], "Summoning is not expelling (and is not scored); the expulsion is negated.",
  ["ExpelDiplomats"])

P("neg-009",
  "If investigators confirm that the attack on the Port Botany container terminal was "
  "state-sponsored, Canberra may consider sanctions, Home Affairs Minister Clare O'Neil said.",
  [E(CA, [], ["Port Botany"], None)],
  "Hypothetical sanctions; the attack itself is stated.", ["Sanction"])

P("neg-010",
  "A spokesman for the Czech foreign ministry said on Friday that no systems had been "
  "taken offline and that all services were running normally.",
  [], "Negated defensive measure.", ["DefensiveMeasure"])

P("neg-011",
  "Ankara has not condemned Sunday's hacking of the Greek foreign ministry's website.",
  [E(CA, [], ["Ministry of Foreign Affairs (Greece)", "Greece"], SUN)],
  "Negated condemnation.", ["Condemnation"])

P("neg-012",
  "Israel has neither confirmed nor denied involvement in Tuesday's cyberattack on Iran's "
  "fuel distribution system.",
  [E(CA, [], [IR], TUE)],
  "Neither confirming nor denying is not a Denial; no one is named as the perpetrator.",
  ["Denial"])

P("neg-013",
  "The FBI said it was too early to say who was behind Friday's ransomware attack on the "
  "Kansas Heartland Medical Center.",
  [E(CA, [], ["Kansas Heartland Medical Center"], FRI)],
  "Explicit non-attribution.", ["Attribution"])

P("neg-014",
  "Hackers threatened on Telegram to attack Romania's power grid unless the government "
  "halted arms deliveries to Ukraine.",
  [], "A threatened attack.", ["CyberAttack"])

P("neg-015",
  "Experts warned that Volt Typhoon could disrupt water and energy systems in Guam in the "
  "event of a conflict over Taiwan.",
  [], "A hypothetical future attack.", ["CyberAttack"])

P("neg-016",
  "EU foreign ministers are expected to discuss new cyber sanctions against Russia when "
  "they meet in Brussels next week.",
  [], "Future discussion of sanctions.", ["Sanction"])

P("neg-017",
  "\"Colombia will break off diplomatic relations with Israel tomorrow,\" President Gustavo "
  "Petro told a rally.",
  [], "An announced future severance: not yet an event in this text.", ["SeverRelations"])

P("neg-018",
  "Treasury officials said there were no plans to sanction Vietnamese entities over the "
  "OceanLotus campaign.",
  [], "Negated sanction; the campaign has no named victim.", ["Sanction"])

P("neg-019",
  "Brazil's foreign ministry on Thursday denied a newspaper report that it was preparing "
  "sanctions against Venezuela.",
  [], "A denial that sanctions are planned: no Sanction, and no Denial either, since no one "
  "is accused of an attack.", ["Sanction", "Denial"])

P("neg-020",
  "Estonia will simulate an attack on its power grid in June as part of NATO's Locked "
  "Shields exercise.",
  [], "A planned exercise, not an attack.", ["CyberAttack"])

P("neg-021",
  "The United States did not expel any Chinese diplomats, a State Department spokesman "
  "said on Friday.",
  [], "Negated expulsion.", ["ExpelDiplomats"])

P("neg-022",
  "Hungary blocked an EU statement that would have condemned the cyberattacks on Czech "
  "government institutions.",
  [E(CA, [], ["Czech Republic"], None)],
  "The condemnation never happened.", ["Condemnation"])

P("neg-023",
  "Analysts said Pyongyang was likely to deny any role in the theft.",
  [], "A predicted denial; 'the theft' names no victim.", ["Denial"])


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for rec in PROBES:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(PROBES)} probes to {out}")


if __name__ == "__main__":
    main()
