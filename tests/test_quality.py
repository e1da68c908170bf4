"""Regression guards on extraction quality: the figures of docs/architecture.md must not
fall (floors a little under the measured values, so that a change that loses an event
somewhere shows up here, and one that only moves a tie does not)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("folder, f1, dates", [
    ("eval/dev", 0.77, 0.93),       # measured 0.797 / 0.981
    ("seeds", 0.80, 0.85),          # measured 0.846 / 0.875
    ("eval/heldout", 0.80, 0.80),   # measured 0.829 / 0.849 (a development set since it was first measured)
    ("eval/heldout2", 0.82, 0.70),  # measured 0.851 / 0.727 (likewise); heldout3 stays blind: no floor
])
def test_quality_does_not_fall(folder, f1, dates):
    summary, _ = evaluate(ROOT / folder)
    assert summary["f1"] >= f1 and summary["date_accuracy"] >= dates, summary
    # every type the gold has keeps an F1 of at least 0.5 on the tuning set
    if folder == "eval/dev":
        assert all(v["f1"] >= 0.5 for v in summary["by_type"].values() if v["gold"]), summary["by_type"]
