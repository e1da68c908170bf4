"""Deterministic synthetic news articles (text + meta), for ingest benchmarks.

Each article tells one incident the way wire copy does: an attack on a country's
institution on a given day, who blamed whom, a denial, and sometimes a response (sanctions,
expulsions, cut ties). The corpus is a news *stream*: incidents happen one after another
(one every two days or so), and each article reports one of the incidents of the last
few weeks, so about three articles (published on different days, worded differently)
report each incident; kg should resolve them into one incident each. Articles come in
publication order, as a feed delivers them.

    python bench/articles.py --articles 1000 -o /tmp/kg-articles
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = ["Albania", "Estonia", "Latvia", "Lithuania", "Poland", "Ukraine", "Georgia",
             "Moldova", "Montenegro", "Norway", "Denmark", "Finland", "Sweden", "Germany",
             "France", "Italy", "Spain", "Portugal", "Netherlands", "Belgium", "Austria",
             "Czech Republic", "Slovakia", "Romania", "Bulgaria", "Greece", "Israel", "Japan",
             "South Korea", "Taiwan", "India", "Australia", "Canada", "Mexico", "Brazil",
             "Kenya", "Nigeria", "Egypt", "Saudi Arabia", "Vietnam"]
ACCUSED = ["Russia", "China", "Iran", "North Korea"]
ALLIES = ["The United States", "Britain", "The European Union", "Canada", "Australia"]
VICTIMS = ["tax authority", "national police", "parliament", "central bank", "health ministry",
           "election commission", "foreign ministry", "largest hospital", "state broadcaster",
           "national railway"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def _incident(rng: random.Random, i: int, first: date) -> dict:
    start = first + timedelta(days=2 * i + rng.randrange(0, 2))
    return {"victim": rng.choice(COUNTRIES), "accused": rng.choice(ACCUSED),
            "what": rng.choice(VICTIMS), "day": start, "ally": rng.choice(ALLIES),
            "response": rng.choice(["sanction", "expel", "sever", None]),
            "response_day": start + timedelta(days=rng.randrange(1, 20))}


def article(rng: random.Random, inc: dict, variant: int, n: int) -> tuple[str, dict]:
    """One article about incident *inc*, worded by *variant*; returns (text, meta)."""
    v, a, what, day = inc["victim"], inc["accused"], inc["what"], inc["day"]
    said = inc["response_day"]
    published = said + timedelta(days=1 + variant * 2 + rng.randrange(0, 2))
    lines = []
    if variant % 3 == 0:
        lines.append(f"{v} blames {a} for cyberattack on its {what}")
        lines.append(f"{v} on {_day(said)}, {said.year} blamed {a} for a cyberattack that "
                     f"disrupted its {what} on {_day(day)}.")
    elif variant % 3 == 1:
        lines.append(f"{a} accused over hack of {v}'s {what}")
        lines.append(f"Hackers attacked the {what} of {v} on {_day(day)}, {day.year}, "
                     f"officials said.")
        lines.append(f"The government of {v} accused {a} of being behind the attack.")
    else:
        lines.append(f"What we know about the {what} hack in {v}")
        lines.append(f"A cyberattack hit {v}'s {what} in {MONTHS[day.month - 1]} {day.year}.")
        lines.append(f"{inc['ally']} also blamed {a} for the attack.")
    lines.append(f"{a} denied any involvement.")
    if inc["response"] == "sanction":
        lines.append(f"The European Union imposed sanctions on {a} on {_day(said)}, {said.year}.")
    elif inc["response"] == "expel":
        lines.append(f"{v} expelled two {a} diplomats on {_day(said)}, {said.year}.")
    elif inc["response"] == "sever":
        lines.append(f"{v} cut diplomatic ties with {a} on {_day(said)}, {said.year}.")
    text = lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n"
    meta = {"published": published.isoformat(), "title": lines[0], "source": f"Outlet {n % 7}"}
    return text, meta


def generate(n_articles: int, seed: int = 0, reports_per_incident: int = 3,
             first: date = date(2015, 1, 1), prefix: str = "a"):
    """Yield (name, text, meta) for *n_articles* articles, about n/reports_per_incident
    incidents, the first on *first*."""
    rng = random.Random(seed)
    incidents = [_incident(rng, i, first) for i in range(max(1, n_articles // reports_per_incident))]
    for n in range(n_articles):
        near = n // reports_per_incident + rng.randrange(-5, 1)  # a recent incident
        inc = incidents[min(max(near, 0), len(incidents) - 1)]
        text, meta = article(rng, inc, rng.randrange(3), n)
        yield f"{prefix}{n:05d}", text, meta


def write(out: Path, n_articles: int, seed: int = 0, **kw) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, meta in generate(n_articles, seed, **kw):
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(out / f"{name}.txt")
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args()
    print(len(write(args.out, args.articles, args.seed)), "articles in", args.out)
