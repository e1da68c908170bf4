"""Regression guards on extraction quality: the figures of docs/architecture.md must not
fall (floors a little under the measured values, so that a change that loses an event
somewhere shows up here, and one that only moves a tie does not)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("folder, f1, dates", [
    ("eval/dev", 0.80, 0.95),       # measured 0.825 / 0.982 (session 9)
    ("seeds", 0.85, 0.85),          # measured 0.889 / 0.875
    ("eval/heldout", 0.84, 0.83),   # measured 0.871 / 0.862 (a development set since it was first measured)
    ("eval/heldout2", 0.84, 0.82),  # measured 0.875 / 0.853 (likewise)
    ("eval/heldout3", 0.72, 0.77),  # measured 0.755 / 0.806 (a development set since session 3)
    ("eval/heldout4", 0.75, 0.74),  # measured 0.776 / 0.776 (a development set since session 4)
    ("eval/heldout5", 0.66, 0.74),  # measured 0.689 / 0.769 (likewise)
    ("eval/heldout6", 0.75, 0.70),  # measured 0.784 / 0.725 (a development set since session 5)
    ("eval/heldout7", 0.65, 0.75),  # measured 0.676 / 0.784 (likewise)
    ("eval/heldout8", 0.51, 0.58),  # measured 0.543 / 0.619 (a development set since session 6)
    ("eval/heldout9", 0.57, 0.64),  # measured 0.601 / 0.692 (likewise); 0.627 / 0.659 in session 12 (a new match dated by a bare weekday in a story of an earlier year)
    ("eval/heldout10", 0.54, 0.67),  # measured 0.571 / 0.71 (a development set since session 7); date floor 0.67 in session 21, when a request to customers to stop posting was read as the measure it is and the scorer paired the dated measures otherwise
    ("eval/heldout11", 0.65, 0.76),  # measured 0.687 / 0.795 (likewise)
    ("eval/heldout12", 0.56, 0.65),  # measured 0.594 / 0.676 (session 11: two more attacks found, undated)
    ("eval/heldout13", 0.68, 0.70),  # measured 0.736 / 0.723 (session 11: one more attack found, undated)
    ("eval/heldout14", 0.60, 0.49),  # measured 0.62 / 0.571 (a development set since session 9); 0.679 / 0.511 in session 12 (new matches whose day the text gives only by a cross-reference, "a day after the indictment (see entry ...)")
    ("eval/heldout15", 0.61, 0.68),  # measured 0.647 / 0.755 (likewise); 0.742 / 0.695 in session 20 (a new match dated only to the year where the gold has its month); 0.753 / 0.683 in session 24 (a signed claim read, paired by the scorer with a same-roles claim of another day)
    ("eval/heldout16", 0.61, 0.69),  # measured 0.642 / 0.721 (a development set since session 10)
    ("eval/heldout17", 0.61, 0.63),  # measured 0.644 / 0.659 (likewise)
    ("eval/heldout18", 0.65, 0.55),  # measured 0.685 / 0.585 (a development set since session 11)
    ("eval/heldout19", 0.55, 0.69),  # measured 0.584 / 0.725 (likewise)
    ("eval/heldout20", 0.61, 0.69),  # measured 0.573 / 0.667 blind; 0.641 / 0.727 at the end of session 12, its first as a development set
    ("eval/heldout21", 0.59, 0.69),  # measured 0.493 / 0.621 blind; 0.624 / 0.725 at the end of session 12 (likewise)
    ("eval/heldout22", 0.54, 0.66),  # measured 0.516 / 0.593 blind; 0.559 / 0.688 at the end of session 13, its first as a development set
    ("eval/heldout23", 0.64, 0.78),  # measured 0.612 / 0.73 blind; 0.662 / 0.81 at the end of session 13 (likewise)
    ("eval/heldout24", 0.63, 0.58),  # measured 0.593 / 0.414 blind; 0.662 / 0.606 at the end of session 14, its first as a development set
    ("eval/heldout25", 0.62, 0.62),  # measured 0.613 / 0.60 blind; 0.657 / 0.684 at the end of session 14 (likewise); 0.715 / 0.636 in session 38 (a new, rightly dated measure pairs crosswise with the scorer's one-to-one matching)
    ("eval/heldout26", 0.58, 0.69),  # measured 0.554 / 0.606 blind; 0.609 / 0.722 at the end of session 15, its first as a development set
    ("eval/heldout27", 0.56, 0.68),  # measured 0.548 / 0.76 blind; 0.59 / 0.714 at the end of session 15 (likewise: more matches, some undated)
    ("eval/heldout28", 0.62, 0.77),  # measured 0.611 / 0.694 blind; 0.649 / 0.80 at the end of session 16, its first as a development set
    ("eval/heldout29", 0.62, 0.64),  # measured 0.575 / 0.553 blind; 0.653 / 0.674 at the end of session 16 (likewise)
    ("eval/heldout30", 0.53, 0.57),  # measured 0.503 / 0.517 blind; 0.548 / 0.588 at the end of session 17, its first as a development set
    ("eval/heldout31", 0.46, 0.57),  # measured 0.455 / 0.593 blind; 0.476 / 0.586 at the end of session 17 (likewise)
    ("eval/heldout32", 0.62, 0.66),  # measured 0.609 / 0.63 blind; 0.656 / 0.69 at the end of session 18, its first as a development set
    ("eval/heldout33", 0.47, 0.57),  # measured 0.469 / 0.536 blind; 0.497 / 0.60 at the end of session 18 (likewise)
    ("eval/heldout34", 0.58, 0.70),  # measured 0.562 / 0.70 blind; 0.599 / 0.719 at the end of session 19, its first as a development set
    ("eval/heldout35", 0.61, 0.80),  # measured 0.597 / 0.861 blind; 0.631 / 0.825 at the end of session 19 (likewise)
    ("eval/heldout36", 0.59, 0.60),  # measured 0.584 / 0.593 blind; 0.61 / 0.621 at the end of session 20, its first as a development set
    ("eval/heldout37", 0.64, 0.77),  # measured 0.617 / 0.676 blind; 0.667 / 0.795 at the end of session 20 (likewise)
    ("eval/heldout38", 0.59, 0.79),  # measured 0.433 / 0.708 blind; 0.597 / 0.806 at the end of session 21, its first as a development set; 0.622 / 0.795 in session 24 (a ransom note's signature read as a claim, paired by the scorer with a later claim of the gang)
    ("eval/heldout39", 0.65, 0.67),  # measured 0.554 / 0.667 blind; 0.662 / 0.676 at the end of session 21 (likewise)
    ("eval/heldout40", 0.67, 0.80),  # measured 0.649 / 0.718 blind; 0.693 / 0.818 at the end of session 22, its first as a development set
    ("eval/heldout41", 0.59, 0.75),  # measured 0.581 / 0.786 blind; 0.614 / 0.767 at the end of session 22 (likewise)
    ("eval/heldout42", 0.64, 0.75),  # measured 0.626 / 0.771 blind; 0.658 / 0.795 at the end of session 23, its first as a development set; 0.667 / 0.769 in session 31 (a denial matched, undated)
    ("eval/heldout43", 0.57, 0.77),  # measured 0.556 / 0.788 blind; 0.585 / 0.794 at the end of session 23 (likewise)
    ("eval/heldout44", 0.62, 0.43),  # measured 0.622 / 0.429 blind; 0.645 / 0.452 at the end of session 24, its first as a development set
    ("eval/heldout45", 0.55, 0.87),  # measured 0.567 / 0.935 blind; 0.578 / 0.938 at the end of session 24 (likewise); 0.583 / 0.906 in session 27 (an arrest paired with its gold event, on another date); 0.611 / 0.882 in session 31 (an attack "with" named malware matched, undated)
    ("eval/heldout46", 0.50, 0.52),  # measured 0.454 / 0.50 blind; 0.508 / 0.56 at the end of session 25, its first as a development set; 0.525 / 0.538 in session 27 (one more arrest matched, undated)
    ("eval/heldout47", 0.56, 0.74),  # measured 0.563 / 0.733 blind; 0.569 / 0.767 at the end of session 25 (likewise); 0.593 / 0.75 in session 35 (two new matches, one dated by a later day)
    ("eval/heldout48", 0.53, 0.82),  # measured 0.487 / 0.731 blind; 0.544 / 0.833 at the end of session 26, its first as a development set
    ("eval/heldout49", 0.60, 0.78),  # measured 0.545 / 0.75 blind; 0.608 / 0.786 at the end of session 26 (likewise)
    ("eval/heldout50", 0.52, 0.49),  # measured 0.44 / 0.50 blind; 0.549 / 0.517 at the end of session 27, its first as a development set
    ("eval/heldout51", 0.56, 0.60),  # measured 0.444 / 0.444 blind; 0.586 / 0.654 at the end of session 27 (likewise); 0.61 / 0.607 in session 35 (a new match, undated)
    ("eval/heldout52", 0.54, 0.56),  # measured 0.537 / 0.52 blind; 0.556 / 0.577 at the end of session 28, its first as a development set
    ("eval/heldout53", 0.44, 0.78),  # measured 0.434 / 0.579 blind; 0.453 / 0.80 at the end of session 28 (likewise)
    ("eval/heldout54", 0.49, 0.55),  # measured 0.449 / 0.50 blind; 0.50 / 0.565 at the end of session 29, its first as a development set
    ("eval/heldout55", 0.41, 0.72),  # measured 0.383 / 0.688 blind; 0.429 / 0.737 at the end of session 29 (likewise)
    ("eval/heldout56", 0.56, 0.68),  # measured 0.468 / 0.333 blind; 0.571 / 0.696 at the end of session 30, its first as a development set
    ("eval/heldout57", 0.45, 0.57),  # measured 0.388 / 0.526 blind; 0.466 / 0.583 at the end of session 30 (likewise)
    ("eval/heldout58", 0.48, 0.55),  # measured 0.44 / 0.579 blind; 0.495 / 0.571 at the end of session 31, its first as a development set
    ("eval/heldout59", 0.44, 0.68),  # measured 0.439 / 0.667 blind; 0.452 / 0.727 at the end of session 31 (likewise); 0.458 / 0.696 in session 35 (a new match dated by its month, the gold by its day)
    ("eval/heldout60", 0.59, 0.58),  # measured 0.516 / 0.50 blind (end of session 31); 0.609 / 0.606 at the end of session 32, its first as a development set
    ("eval/heldout61", 0.44, 0.75),  # measured 0.414 / 0.842 blind (end of session 31); 0.456 / 0.773 at the end of session 32 (two new matches dated wrong)
    ("eval/heldout62", 0.40, 0.54),  # measured 0.35 / 0.50 blind (end of session 32); 0.413 / 0.56 at the end of session 33, its first as a development set
    ("eval/heldout63", 0.45, 0.75),  # measured 0.438 / 0.75 blind (end of session 32); 0.463 / 0.773 at the end of session 33
    ("eval/heldout64", 0.60, 0.72),  # measured 0.554 / 0.724 blind (end of session 33); 0.633 / 0.778 in session 34, its first as a development set
    ("eval/heldout65", 0.42, 0.70),  # measured 0.388 / 0.789 blind (end of session 33); 0.44 / 0.818 in session 34; 0.455 / 0.783 in session 36 (one more match, its date wrong); 0.485 / 0.72 in session 37 (two more matches, dated a day or five off)
    ("eval/heldout66", 0.35, 0.35),  # measured 0.379 / 0.375 blind (end of session 34)
    ("eval/heldout67", 0.38, 0.70),  # measured 0.407 / 0.722 blind (end of session 34)
    ("eval/heldout68", 0.47, 0.57),  # measured 0.504 / 0.60 blind (end of session 35)
    ("eval/heldout69", 0.39, 0.62),  # measured 0.417 / 0.652 blind (end of session 35)
    ("eval/heldout70", 0.33, 0.80),  # measured 0.355 / 0.846 blind (end of session 36)
    ("eval/heldout71", 0.35, 0.65),  # measured 0.376 / 0.789 blind (end of session 36); 0.467 / 0.72 in session 37; 0.50 / 0.667 in session 38 (new matches dated a day or a month off)
    ("eval/heldout72", 0.35, 0.60),  # measured 0.377 / 0.643 blind (end of session 37)
    ("eval/heldout73", 0.40, 0.62),  # measured 0.436 / 0.667 blind (end of session 37)
    ("eval/heldout74", 0.53, 0.78),  # measured 0.559 / 0.828 blind (end of session 38)
    ("eval/heldout75", 0.51, 0.62),  # measured 0.544 / 0.667 blind (end of session 38)
    ("eval/heldout76", 0.55, 0.74),  # measured 0.579 / 0.769 blind (end of session 39)
    ("eval/heldout77", 0.55, 0.88),  # measured 0.574 / 0.964 blind (end of session 39); 0.729 / 0.923 in session 40 (more matches, some paired crosswise by date)
    # heldout78 and heldout79 stay blind: no floor
])
def test_quality_does_not_fall(folder, f1, dates):
    summary, _ = evaluate(ROOT / folder)
    assert summary["f1"] >= f1 and summary["date_accuracy"] >= dates, summary
    # every type the gold has keeps an F1 of at least 0.5 on the tuning set
    if folder == "eval/dev":
        assert all(v["f1"] >= 0.5 for v in summary["by_type"].values() if v["gold"]), summary["by_type"]


def _probe_corpus(tmp_path) -> Path:
    """probes/probes.jsonl as a gold folder (probes/to_gold.py), for kg eval."""
    import runpy

    out = tmp_path / "probes"
    runpy.run_path(str(ROOT / "probes" / "to_gold.py"))["main"](str(out), str(ROOT / "probes" / "probes.jsonl"))
    return out


def test_probe_corpus_quality_does_not_fall(tmp_path):
    # 188 invented sentences written blind to the code (probes/README.md); their gold names are
    # canonical titles without aliases, so they are scored --lenient. Measured 0.847 / 0.95.
    summary, _ = evaluate(_probe_corpus(tmp_path), lenient=True)
    assert summary["f1"] >= 0.81 and summary["date_accuracy"] >= 0.90, summary


def test_probe_negatives_yield_none_of_their_absent_types():
    import json
    from datetime import date

    from kg.extract import extract
    from kg.model import Article

    wrong = []
    for line in (ROOT / "probes" / "probes.jsonl").read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        if not probe.get("absent"):
            continue
        got = {e.type for e in extract(Article(id=probe["id"], text=probe["text"], published=date(2024, 5, 18))).events}
        if got & set(probe["absent"]):
            wrong.append((probe["id"], sorted(got & set(probe["absent"]))))
    assert wrong == [(pid, types) for pid, types in KNOWN_NEGATIVE_MISSES], wrong


# negatives the extractor still gets wrong, listed so that a new one shows up (and a fixed one too)
KNOWN_NEGATIVE_MISSES: list[tuple[str, list[str]]] = [
    ("neg-019", ["Denial"]),  # denying a report of planned sanctions reads as a Denial (the probe writer was unsure too)
]
