"""notebooks/explore.ipynb: committed without outputs, and runs top to bottom on the venv's kernel."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
KERNEL = "kg-test-venv"
SKIP_DIRS = {".git", ".venv", ".pytest_cache", "__pycache__", ".benchmarks"}


def repo_files() -> dict[str, tuple[int, int]]:
    """Every file of the repository outside the venv/caches, with its size and mtime."""
    out = {}
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            p = Path(folder, name)
            st = p.stat()
            out[str(p.relative_to(ROOT))] = (st.st_size, st.st_mtime_ns)
    return out


def text_of(cell) -> str:
    """All the text a code cell printed or displayed."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif out.get("output_type") in ("execute_result", "display_data"):
            data = out.get("data", {})
            parts.append(data.get("text/plain", ""))
            parts.append(data.get("text/html", ""))
    return "\n".join(parts)


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [], f"cell {cell.id!r} has outputs: clear them before committing"
        assert cell.execution_count is None, f"cell {cell.id!r} has an execution count"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    assert NOTEBOOK.read_text(encoding="utf-8").endswith("\n")


@pytest.fixture
def venv_kernel(tmp_path, monkeypatch):
    """A kernelspec, in a temporary folder, that runs this interpreter (the venv's python)."""
    from ipykernel.kernelspec import install

    prefix = tmp_path / "jupyter"
    install(kernel_name=KERNEL, display_name="kg test (venv)", prefix=str(prefix))
    monkeypatch.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.delenv("KG_STORE", raising=False)
    return KERNEL


@pytest.mark.slow
def test_notebook_runs(venv_kernel):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # an extra last cell reports which interpreter ran the notebook
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print('KERNEL-PYTHON=' + sys.executable)",
                                              id="test-kernel-python"))
    before = repo_files()
    client = nbclient.NotebookClient(nb, kernel_name=venv_kernel, timeout=600, allow_errors=False,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as exc:
        pytest.fail(f"a notebook cell failed:\n{exc}")
    cells = {c.id: c for c in nb.cells}
    for cell in nb.cells:
        assert not any(o.get("output_type") == "error" for o in cell.get("outputs", [])), cell.id

    assert text_of(cells["test-kernel-python"]).strip() == f"KERNEL-PYTHON={sys.executable}"
    assert "ingested 1 article(s)" in text_of(cells["ingest"])
    timeline = text_of(cells["timeline"])
    assert "2022-09-07" in timeline and "Sanction" in timeline and "CyberAttack" in timeline
    assert "Iran" in text_of(cells["attributions"])
    assert "Sanction" in text_of(cells["responses"])
    assert "albania-iran-cyberattack" in text_of(cells["provenance"]) or "Albania" in text_of(cells["provenance"])
    assert "Iran" in text_of(cells["centrality"])
    assert "follow-up event(s)" in text_of(cells["chains"])
    incidents = text_of(cells["incidents"])
    assert "SeverRelations" in incidents and "United Kingdom" in incidents and "2024-03-04" in incidents
    assert "denial" in text_of(cells["disagreements"])
    for view in ("graph", "timeline-view"):
        shown = text_of(cells[view])
        assert "<iframe srcdoc=" in shown
        assert "&lt;script" in shown and "<script" not in shown  # the page is escaped into the attribute
    assert "removed" in text_of(cells["cleanup"])
    after = repo_files()
    assert sorted(after.keys() - before.keys()) == [], "the notebook wrote into the repository"
    assert sorted(before.keys() - after.keys()) == [], "the notebook deleted files of the repository"
    touched = [f for f in before if f.startswith(("notebooks/", "seeds/")) and after[f] != before[f]]
    assert touched == [], "the notebook modified files of the repository"
