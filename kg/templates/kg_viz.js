/* kg.viz page script: builds the vis-network view and its filters from #kg-data.
 * All untrusted text reaches the DOM through textContent only. */
(function () {
  "use strict";
  var t0 = performance.now();
  window.kgReady = false;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  window.kgData = data;
  var mode = data.mode;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function tipElement(tip) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-h", tip.h));
    if (tip.rows && tip.rows.length) {
      var table = el("table");
      tip.rows.forEach(function (r) {
        var tr = el("tr");
        tr.appendChild(el("td", null, r[0]));
        tr.appendChild(el("td", null, r[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    (tip.quotes || []).forEach(function (q) {
      var bq = el("blockquote", null, "\u201c" + q[0] + "\u201d");
      if (q[1]) bq.appendChild(el("cite", null, q[1]));
      box.appendChild(bq);
    });
    if (tip.more) box.appendChild(el("div", "kg-count", tip.more));
    return box;
  }

  /* ---- timeline event shape: a bar spanning earliest..latest (dot for a day) ---- */
  var nodeInfo = {};
  data.nodes.forEach(function (n) { nodeInfo[n.id] = n; });
  var curScale = 1;

  function shade(hex, k) {
    var v = parseInt(hex.slice(1), 16);
    var r = Math.round(((v >> 16) & 255) * k), g = Math.round(((v >> 8) & 255) * k), b = Math.round((v & 255) * k);
    return "rgb(" + r + "," + g + "," + b + ")";
  }

  function barRenderer(a) {
    var n = nodeInfo[a.id], ctx = a.ctx, x = a.x, y = a.y, kg = n.kg;
    var w = kg.w, day = !kg.lo || kg.prec === "day";
    var emph = a.state.selected || a.state.hover;
    return {
      drawNode: function () {
        ctx.save();
        ctx.fillStyle = n.color;
        ctx.strokeStyle = emph ? "#000" : shade(n.color, 0.6);
        ctx.lineWidth = (emph ? 2 : 1) / Math.max(curScale, 0.3);
        if (day) {
          ctx.beginPath();
          ctx.arc(x, y, 5, 0, 2 * Math.PI);
          ctx.fill();
          ctx.stroke();
        } else {
          ctx.globalAlpha = 0.55;
          ctx.fillRect(x - w / 2, y - 5, w, 10);
          ctx.globalAlpha = 1;
          if (kg.prec !== "interval") ctx.setLineDash([4 / Math.max(curScale, 0.3), 2 / Math.max(curScale, 0.3)]);
          ctx.strokeRect(x - w / 2, y - 5, w, 10);
        }
        ctx.restore();
      },
      drawExternalLabel: function () {
        if (!a.label || 11 * curScale < 4) return;
        ctx.save();
        ctx.font = (emph ? "bold " : "") + "11px sans-serif";
        ctx.fillStyle = "#222";
        ctx.textBaseline = "middle";
        ctx.fillText(a.label, x + w / 2 + 4, y);
        ctx.restore();
      },
      nodeDimensions: { width: Math.max(w, 10), height: 12 }
    };
  }

  /* ---- DataSets ---- */
  var nodeItems = data.nodes.map(function (n) {
    var o = {};
    Object.keys(n).forEach(function (k) { o[k] = n[k]; });
    if (n.kg && n.kg.tip) o.title = tipElement(n.kg.tip);
    if (mode === "timeline" && n.kg.kind === "event") {
      o.shape = "custom";
      o.ctxRenderer = barRenderer;
    }
    return o;
  });
  var edgeItems = data.edges.map(function (e) {
    var o = {};
    Object.keys(e).forEach(function (k) { o[k] = e[k]; });
    if (e.kg && e.kg.tip) o.title = tipElement(e.kg.tip);
    return o;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgNetwork = network;
  window.kgEventCount = function (visibleOnly) {
    return nodes.get({ filter: function (n) { return n.kg && n.kg.kind === "event" && (!visibleOnly || !n.hidden); } }).length;
  };

  /* ---- ready flag (time-to-interactive) ---- */
  var stabilized = !data.physics;
  function markReady() {
    if (window.kgReady) return;
    window.kgReady = true;
    window.kgTimings = { scriptStart: t0, ready: performance.now() };
    document.body.setAttribute("data-kg-ready", "1");
  }
  network.once("stabilizationIterationsDone", function () { stabilized = true; network.redraw(); });
  network.on("afterDrawing", function () { if (stabilized) markReady(); });

  /* ---- timeline decorations: lane bands, grid lines, pinned lane labels ---- */
  if (mode === "timeline") {
    document.getElementById("kg-orphans-row").style.display = "none";
    document.getElementById("kg-entity-legend-box").style.display = "none";
    var ax = data.axis;
    var fitTimeline = function () {
      var b = ax.bounds, W = container.clientWidth || 800, H = container.clientHeight || 600;
      var bw = Math.max(b[2] - b[0], 1), bh = Math.max(b[3] - b[1], 1);
      var s = Math.min(W / bw, H / bh, 1.5), cx = (b[0] + b[2]) / 2;
      if (s < 0.45) {
        /* too small to read: zoom in and show the most recent part (drag or zoom out for the rest) */
        s = Math.max(0.45, Math.min(0.9, H / bh));
        cx = b[2] - W / (2 * s);
      }
      var cy = bh * s < H ? b[1] + H / (2 * s) : b[1] + H / (2 * s);
      network.moveTo({ position: { x: cx, y: cy }, scale: s, animation: false });
    };
    window.kgFit = fitTimeline;
    fitTimeline();
    network.on("doubleClick", function (p) { if (!p.nodes.length && !p.edges.length) fitTimeline(); });
    network.on("beforeDrawing", function (ctx) {
      curScale = network.getScale();
      var left = -400, right = ax.xEnd + 600;
      ctx.save();
      data.bands.forEach(function (b, i) {
        ctx.fillStyle = b.kind === "undated" ? "#fff6e8" : (i % 2 ? "#f4f6f9" : "#eaeef4");
        ctx.fillRect(left, b.y0 - 6, right - left, b.y1 - b.y0 + 12);
      });
      var bottom = ax.bottom + 20;
      (ax.breaks || []).forEach(function (br) {  /* a long stretch without events, cut short */
        ctx.fillStyle = "rgba(255,255,255,0.75)";
        ctx.fillRect(br.x0, ax.top + 12, br.x1 - br.x0, bottom - ax.top - 12);
        ctx.strokeStyle = "rgba(0,0,0,0.35)";
        ctx.lineWidth = 1 / curScale;
        ctx.setLineDash([4 / curScale, 4 / curScale]);
        [br.x0, br.x1].forEach(function (x) {
          ctx.beginPath(); ctx.moveTo(x, ax.top + 12); ctx.lineTo(x, bottom); ctx.stroke();
        });
        ctx.setLineDash([]);
      });
      data.ticks.forEach(function (t) {
        ctx.strokeStyle = t.major ? "rgba(0,0,0,0.28)" : "rgba(0,0,0,0.10)";
        ctx.lineWidth = 1 / curScale;
        ctx.beginPath();
        ctx.moveTo(t.x, ax.top + 10);
        ctx.lineTo(t.x, bottom);
        ctx.stroke();
      });
      ctx.strokeStyle = "#444";
      ctx.lineWidth = 1.5 / curScale;
      ctx.beginPath();
      ctx.moveTo(Math.min(0, left), ax.top + 12);
      ctx.lineTo(right, ax.top + 12);
      ctx.stroke();
      ctx.restore();
    });
    network.on("afterDrawing", function (ctx) {
      var tl = network.DOMtoCanvas({ x: 0, y: 0 });
      var s = network.getScale();
      var br = network.DOMtoCanvas({ x: container.clientWidth, y: 0 });
      ctx.save();
      /* date axis pinned to the top of the view: year labels, month labels when there is room */
      ctx.fillStyle = "rgba(255,255,255,0.92)";
      ctx.fillRect(tl.x, tl.y, br.x - tl.x, 20 / s);
      ctx.strokeStyle = "#888";
      ctx.lineWidth = 1 / s;
      ctx.beginPath(); ctx.moveTo(tl.x, tl.y + 20 / s); ctx.lineTo(br.x, tl.y + 20 / s); ctx.stroke();
      var majorGap = Infinity, prevX = null;
      data.ticks.forEach(function (t) { if (t.major) { if (prevX !== null) majorGap = Math.min(majorGap, (t.x - prevX) * s); prevX = t.x; } });
      var majorEvery = majorGap < 40 ? Math.ceil(40 / majorGap) : 1, mi = 0;
      ctx.textBaseline = "middle";
      ctx.textAlign = "center";
      data.ticks.forEach(function (t, i) {
        if (t.x < tl.x - 50 / s || t.x > br.x + 50 / s) { if (t.major) mi++; return; }
        /* room for a month label: the distance to the next tick (segments differ in scale) */
        var next = data.ticks[i + 1], room = next ? (next.x - t.x) * s : Infinity;
        if (t.major) {
          if (mi++ % majorEvery) return;
          ctx.font = "bold " + (12 / s) + "px sans-serif";
          ctx.fillStyle = "#111";
        } else {
          if (room < 30) return;
          ctx.font = (10 / s) + "px sans-serif";
          ctx.fillStyle = "#666";
        }
        ctx.fillText(t.label, t.x, tl.y + 10 / s);
      });
      ctx.textAlign = "left";
      ctx.font = "bold " + (12 / s) + "px sans-serif";
      data.bands.forEach(function (b) {
        var text = b.label, y = b.y0 + 2;
        var w = ctx.measureText(text).width;
        ctx.fillStyle = "rgba(255,255,255,0.85)";
        ctx.fillRect(tl.x + 4 / s, y - 9 / s, w + 8 / s, 18 / s);
        ctx.fillStyle = b.kind === "undated" ? "#8a5a00" : "#1f3b5a";
        ctx.fillText(text, tl.x + 8 / s, y);
      });
      ctx.restore();
    });
  } else {
    network.on("beforeDrawing", function () { curScale = network.getScale(); });
    if (data.collapsed) document.getElementById("kg-undated").parentNode.title = "";
  }

  /* ---- legend + filters ---- */
  var typeOn = {};
  var evBox = document.getElementById("kg-event-types");
  data.legend.events.forEach(function (row) {
    var type = row[0];
    typeOn[type] = true;
    var div = el("div", "kg-row");
    var label = el("label");
    var cb = el("input");
    cb.type = "checkbox";
    cb.checked = true;
    cb.setAttribute("data-kg-type", type);
    cb.addEventListener("change", function () { typeOn[type] = cb.checked; applyFilter(); });
    var sw = el("span", "kg-swatch");
    sw.style.background = row[1];
    label.appendChild(cb);
    label.appendChild(sw);
    label.appendChild(el("span", null, type));
    div.appendChild(label);
    div.appendChild(el("span", "kg-count", row[2]));
    evBox.appendChild(div);
  });
  var entBox = document.getElementById("kg-entity-types");
  data.legend.entities.forEach(function (row) {
    var div = el("div", "kg-row");
    var sw = el("span", "kg-swatch kg-dot");
    sw.style.background = row[1];
    div.appendChild(sw);
    div.appendChild(el("span", null, row[0]));
    div.appendChild(el("span", "kg-count", row[2]));
    entBox.appendChild(div);
  });
  function setAll(on) {
    Array.prototype.forEach.call(evBox.querySelectorAll("input[type=checkbox]"), function (cb) {
      cb.checked = on;
      typeOn[cb.getAttribute("data-kg-type")] = on;
    });
    applyFilter();
  }
  document.getElementById("kg-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("kg-none").addEventListener("click", function () { setAll(false); });
  var fromIn = document.getElementById("kg-date-from"), toIn = document.getElementById("kg-date-to");
  var undatedCb = document.getElementById("kg-undated"), orphansCb = document.getElementById("kg-orphans");
  if (data.dateMin) { fromIn.min = toIn.min = data.dateMin; fromIn.max = toIn.max = data.dateMax; }
  [fromIn, toIn].forEach(function (i) { i.addEventListener("change", applyFilter); i.addEventListener("input", applyFilter); });
  undatedCb.addEventListener("change", applyFilter);
  orphansCb.addEventListener("change", applyFilter);

  function dateOk(lo, hi, from, to, undated) {
    if (!lo) return undated;
    if (from && hi < from) return false;
    if (to && lo > to) return false;
    return true;
  }

  var hiddenNode = {}, hiddenEdge = {}, edgeLabel = {};
  function applyFilter() {
    var from = fromIn.value || null, to = toIn.value || null, undated = undatedCb.checked;
    var showNode = {}, nodeUpd = [], edgeUpd = [], shown = 0, total = 0;
    var edgeShown = {};
    data.nodes.forEach(function (n) {
      var k = n.kg.kind;
      if (k === "event") {
        total++;
        var ok = typeOn[n.kg.type] !== false && dateOk(n.kg.lo, n.kg.hi, from, to, undated);
        showNode[n.id] = ok;
        if (ok) shown++;
      } else if (k === "entity") {
        showNode[n.id] = !orphansCb.checked;
      } else {
        showNode[n.id] = true;
      }
    });
    if (data.collapsed) {
      data.edges.forEach(function (e) {
        var c = 0;
        e.kg.ev.forEach(function (x) { if (typeOn[x[0]] !== false && dateOk(x[1], x[2], from, to, undated)) c++; });
        edgeShown[e.id] = c > 0;
        total += e.kg.ev.length; shown += c;
        var label = c > 1 ? e.kg.base + " \u00d7" + c : e.kg.base;
        if (c > 0) { showNode[e.from] = true; showNode[e.to] = true; }
        if (c > 0 && edgeLabel[e.id] !== label) {
          edgeLabel[e.id] = label;
          edgeUpd.push({ id: e.id, label: data.options.edges.font.size === 0 ? undefined : label, width: 1 + 1.5 * Math.log2(c) });
        }
      });
    } else {
      data.edges.forEach(function (e) {
        var role = e.kg.role;
        if (role === "actor" && showNode[e.to]) showNode[e.from] = true;
        if (role === "target" && showNode[e.from]) showNode[e.to] = true;
      });
      data.edges.forEach(function (e) { edgeShown[e.id] = showNode[e.from] !== false && showNode[e.to] !== false; });
    }
    data.nodes.forEach(function (n) {
      var h = !showNode[n.id];
      if ((hiddenNode[n.id] || false) !== h) { hiddenNode[n.id] = h; nodeUpd.push({ id: n.id, hidden: h }); }
    });
    data.edges.forEach(function (e) {
      var h = !edgeShown[e.id];
      if ((hiddenEdge[e.id] || false) !== h) {
        hiddenEdge[e.id] = h;
        var found = false;
        edgeUpd.forEach(function (u) { if (u.id === e.id) { u.hidden = h; found = true; } });
        if (!found) edgeUpd.push({ id: e.id, hidden: h });
      }
    });
    if (nodeUpd.length) nodes.update(nodeUpd);
    if (edgeUpd.length) edges.update(edgeUpd);
    document.getElementById("kg-status").textContent = shown + " of " + total +
      (data.collapsed ? " actor\u2192target links shown" : " events shown") +
      (mode === "timeline" ? " \u00b7 lanes by " + data.lanes : "") + (data.collapsed ? " (entity view)" : "");
  }
  window.kgApplyFilter = applyFilter;
  applyFilter();

  /* ---- details panel ---- */
  var details = document.getElementById("kg-details");
  network.on("click", function (p) {
    var item = null;
    if (p.nodes.length) item = nodeInfo[p.nodes[0]];
    else if (p.edges.length) item = edges.get(p.edges[0]);
    while (details.firstChild) details.removeChild(details.firstChild);
    if (item && item.kg && item.kg.tip) details.appendChild(tipElement(item.kg.tip));
    else details.textContent = "Click a node or edge.";
  });
})();
