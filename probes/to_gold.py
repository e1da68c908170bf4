#!/usr/bin/env python3
"""Turn probes.jsonl into a gold folder that `kg eval` (the team's scorer, kg/scoring.py) can read.

    python3 to_gold.py OUT_DIR [probes.jsonl]

For every probe it writes OUT_DIR/ID.txt, OUT_DIR/ID.meta.json (published 2024-05-18)
and OUT_DIR/ID.gold.json. Entities carry only their canonical name (no aliases, no
QIDs), so a prediction matches when one of its surface forms equals that name.
Then:  kg eval OUT_DIR --lenient
"""
import json
import os
import sys

PUBLISHED = "2024-05-18"
COUNTRIES = {
    "Albania", "Algeria", "Armenia", "Australia", "Azerbaijan", "Bahrain", "Belarus",
    "Bolivia", "Brazil", "Cambodia", "Canada", "China", "Colombia", "Cyprus",
    "Czech Republic", "Ecuador", "Egypt", "Eritrea", "Estonia", "Georgia (country)",
    "Germany", "Greece", "Guyana", "Honduras", "India", "Indonesia", "Iran", "Israel",
    "Japan", "Kenya", "Latvia", "Lithuania", "Mexico", "Moldova", "Montenegro", "Morocco",
    "Nauru", "Netherlands", "New Zealand", "Nicaragua", "North Korea", "Norway", "Pakistan",
    "Peru", "Philippines", "Poland", "Qatar", "Russia", "Saudi Arabia", "Slovakia",
    "Slovenia", "Solomon Islands", "South Africa", "South Korea", "Spain", "Sweden",
    "Taiwan", "Turkey", "Ukraine", "United Arab Emirates", "United Kingdom",
    "United States", "Vanuatu", "Venezuela", "Vietnam"}


def main(out_dir, path):
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            pid = rec["id"]
            names = []
            for ev in rec["events"]:
                for nm in ev["actors"] + ev["targets"]:
                    if nm not in names:
                        names.append(nm)
            gold = {
                "document": {"id": pid, "published": PUBLISHED},
                "entities": [{"name": nm, "type": "Country" if nm in COUNTRIES else "Other",
                              "aliases": []} for nm in names],
                "events": [dict(id=f"E{i}", type=ev["type"], actors=ev["actors"],
                                targets=ev["targets"], date=ev["date"], about=None,
                                text=rec["text"])
                           for i, ev in enumerate(rec["events"], 1)],
                "note": rec.get("note", ""),
            }
            base = os.path.join(out_dir, pid)
            with open(base + ".txt", "w", encoding="utf-8") as f:
                f.write(rec["text"] + "\n")
            with open(base + ".meta.json", "w", encoding="utf-8") as f:
                json.dump({"published": PUBLISHED, "title": "", "source": "probe"}, f)
            with open(base + ".gold.json", "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
            n += 1
    print(f"wrote {n} probes to {out_dir}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "probes.jsonl"))
