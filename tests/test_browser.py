"""kg.viz exports in headless Chromium, offline: render, count, filter, stay safe, screenshot."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import viz
from test_viz import HOSTILE_SCRIPT, hostile_collection

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """A page that only ever loads file:// URLs, recording everything that goes wrong."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        # (no wait_for_function: its polling evals a string, which the page's CSP forbids)
        self.page.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=60_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def js(self, expr: str):
        return self.page.evaluate(expr)

    def assert_clean(self):
        assert self.errors == []
        assert self.dialogs == []
        assert self.blocked == []
        assert self.js("typeof window.pwned") == "undefined"


def hover_node(p: Page, node_id: str) -> str:
    """Hover a node and return the text of vis-network's tooltip."""
    pos = p.js(f"""(() => {{
        const net = window.kgNetwork, id = {node_id!r};
        net.focus(id, {{scale: 1.2, animation: false}});
        const c = net.canvasToDOM(net.getPositions([id])[id]);
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return [c.x + r.left, c.y + r.top];
    }})()""")
    p.page.mouse.move(pos[0] + 1, pos[1] + 1)
    p.page.mouse.move(pos[0], pos[1])
    p.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    return p.js("document.querySelector('div.vis-tooltip').textContent")


@pytest.mark.parametrize("view", ["graph", "timeline"])
def test_export_renders_offline_and_safely(browser, tmp_path, view):
    coll = hostile_collection()
    path = tmp_path / f"{view}.html"
    (viz.write_graph if view == "graph" else viz.write_timeline)(coll, path, title=f"kg {view}: Albania and Iran, 2022")
    p = Page(browser, path)
    n_events = len(coll["events"])
    assert p.js("window.kgEventCount()") == n_events
    assert p.js("window.kgNodes.get({filter: n => n.kg.kind === 'event' && !n.hidden}).length") == n_events
    assert p.js("window.kgNetwork.body.nodeIndices.filter(i => window.kgNetwork.body.nodes[i].options.kg.kind === 'event').length") == n_events
    # legend/filters were built, one checkbox per event type
    assert p.js("document.querySelectorAll('#kg-event-types input[type=checkbox]').length") == \
        len({e["type"] for e in coll["events"]})
    # nothing hostile became markup anywhere in the document
    assert p.js("document.querySelectorAll('#kg-app script, #kg-app img, #kg-app iframe').length") == 0
    p.page.wait_for_timeout(200)
    SHOTS.mkdir(parents=True, exist_ok=True)
    p.page.screenshot(path=str(SHOTS / f"{view}.png"))
    # the hostile sentence shows up as literal text in its tooltip, and runs nothing
    tip = hover_node(p, "https://w3id.org/kg-cyber/id/event/albania-iran/e06")
    assert "</script><script>window.pwned=1</script>" in tip
    assert HOSTILE_SCRIPT in tip  # as actor name and article title
    assert p.js("document.querySelectorAll('div.vis-tooltip script, div.vis-tooltip img').length") == 0
    p.page.wait_for_timeout(100)
    p.assert_clean()
    p.page.close()


def test_in_page_filters(browser, tmp_path):
    coll = hostile_collection()
    path = viz.write_graph(coll, tmp_path / "g.html")
    p = Page(browser, path)
    total = len(coll["events"])
    attacks = sum(e["type"] == "CyberAttack" for e in coll["events"])
    shown = "window.kgEventCount(true)"
    p.page.uncheck("#kg-event-types input[data-kg-type='CyberAttack']")
    assert p.js(shown) == total - attacks
    p.page.click("#kg-none")
    assert p.js(shown) == 0
    assert p.js("window.kgNodes.get({filter: n => n.kg.kind === 'entity' && !n.hidden}).length") == 0
    p.page.click("#kg-all")
    assert p.js(shown) == total
    p.page.fill("#kg-date-from", "2022-09-01")
    undated = sum(1 for e in coll["events"] if not e.get("date"))
    in_range = sum(1 for e in coll["events"] if e.get("date_latest", "") >= "2022-09-01")
    assert p.js(shown) == in_range + undated
    p.page.uncheck("#kg-undated")
    assert p.js(shown) == in_range
    assert "of %d events shown" % total in p.page.text_content("#kg-status")
    p.assert_clean()
    p.page.close()


def test_large_exports_render(browser, tmp_path):
    from test_viz import synthetic
    coll = synthetic(600)
    for view, write in (("graph", viz.write_graph), ("timeline", viz.write_timeline)):
        p = Page(browser, write(coll, tmp_path / f"{view}.html"))
        assert p.js("window.kgEventCount()") == 600
        assert p.js("window.kgData.physics") is False
        p.assert_clean()
        p.page.close()


def test_collapsed_graph_filters(browser, tmp_path):
    coll = hostile_collection()
    p = Page(browser, viz.write_graph(coll, tmp_path / "c.html", collapse_events=True))
    assert p.js("window.kgEventCount()") == 0
    label = p.js("window.kgEdges.get({filter: e => e.kg.base === 'ExpelDiplomats'})[0].label")
    assert label == "ExpelDiplomats"
    p.page.uncheck("#kg-event-types input[data-kg-type='ExpelDiplomats']")
    assert p.js("window.kgEdges.get({filter: e => e.kg.base === 'ExpelDiplomats'})[0].hidden") is True
    p.assert_clean()
    p.page.close()



def test_seed_exports_render(browser, tmp_path):
    """The real exports of `kg build seeds`: every event of events.json is drawn, offline, cleanly."""
    import json

    from kg.build import build

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "exports"
    build(root / "seeds", out_dir=out, store=str(tmp_path / "store"), echo=lambda *_: None)
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]
    assert events
    n_events = len(events)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for view in ("graph", "timeline"):
        p = Page(browser, out / f"{view}.html")
        assert p.js("window.kgEventCount()") == n_events, view
        assert p.js("window.kgEventCount(true)") == n_events, view  # nothing filtered out by default
        assert p.js("window.kgNetwork.body.nodeIndices.filter("
                    "i => window.kgNetwork.body.nodes[i].options.kg.kind === 'event').length") == n_events, view
        assert p.js("document.querySelectorAll('#kg-event-types input[type=checkbox]').length") == \
            len({e["type"] for e in events}), view
        p.page.wait_for_timeout(200)
        p.page.screenshot(path=str(SHOTS / f"seed-{view}.png"))
        p.assert_clean()
        p.page.close()
