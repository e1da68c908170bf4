#!/usr/bin/env python3
"""Check probes.jsonl: JSON per line, unique ids, known types, well-formed dates.

    python3 validate.py [probes.jsonl]

Prints per-type counts (events and probes) and exits non-zero on any error.
"""
import collections
import datetime
import json
import os
import re
import sys

TYPES = ("CyberAttack", "Attribution", "Denial", "Condemnation", "SeverRelations",
         "ExpelDiplomats", "Sanction", "LegalAction", "DefensiveMeasure")
PUB = datetime.date(2024, 5, 18)
# roles the scorer matches on (FORMAT.md); an empty key role would match anything
KEY_ROLES = {"CyberAttack": ("targets",),
             "Attribution": ("actors", "targets"), "SeverRelations": ("actors", "targets"),
             "ExpelDiplomats": ("actors", "targets"), "Sanction": ("actors", "targets"),
             "LegalAction": ("actors", "targets"),
             "Denial": ("actors",), "Condemnation": ("actors",),
             "DefensiveMeasure": ("actors",)}
POINT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_point(s):
    if not POINT.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        if len(parts) == 3:
            d = datetime.date(*parts)
        elif len(parts) == 2:
            d = datetime.date(parts[0], parts[1], 1)
        else:
            d = datetime.date(parts[0], 1, 1)
    except ValueError:
        return False
    return d <= PUB  # nothing in the probes happens after publication


def check_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    if "/" in d:
        a, _, b = d.partition("/")
        return check_point(a) and check_point(b) and a <= b
    return check_point(d)


def main(path):
    errors = []
    ids = set()
    ev_count = collections.Counter()
    probe_focus = collections.Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {ln}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {ln}: bad JSON: {exc}")
                continue
            n += 1
            pid = rec.get("id")
            if not isinstance(pid, str) or not pid:
                errors.append(f"line {ln}: missing id")
            elif pid in ids:
                errors.append(f"line {ln}: duplicate id {pid}")
            ids.add(pid)
            probe_focus[str(pid).split("-")[0]] += 1
            if not isinstance(rec.get("text"), str) or not rec["text"].strip():
                errors.append(f"{pid}: empty text")
            evs = rec.get("events")
            if not isinstance(evs, list):
                errors.append(f"{pid}: events is not a list")
                continue
            present = set()
            for i, ev in enumerate(evs):
                t = ev.get("type")
                if t not in TYPES:
                    errors.append(f"{pid}[{i}]: unknown type {t!r}")
                present.add(t)
                ev_count[t] += 1
                for role in ("actors", "targets"):
                    v = ev.get(role)
                    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                        errors.append(f"{pid}[{i}]: {role} must be a list of names")
                    elif len(set(v)) != len(v):
                        errors.append(f"{pid}[{i}]: duplicate name in {role}")
                if "date" not in ev or not check_date(ev["date"]):
                    errors.append(f"{pid}[{i}]: bad date {ev.get('date')!r}")
                for role in KEY_ROLES.get(t, ()):
                    if not ev.get(role):
                        errors.append(f"{pid}[{i}]: {t} with empty key role {role}")
            for t in rec.get("absent", []):
                if t not in TYPES:
                    errors.append(f"{pid}: unknown absent type {t!r}")
                if t in present:
                    errors.append(f"{pid}: type {t} both absent and present")
    for e in errors:
        print("ERROR", e)
    print(f"{n} probes, {sum(ev_count.values())} events")
    print("events per type:")
    for t in TYPES:
        print(f"  {t:17s} {ev_count[t]}")
    print("probes per id prefix:", dict(probe_focus))
    return 1 if errors else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "probes.jsonl")))
