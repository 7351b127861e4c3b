// dialogue explore: the page's only script (allowed by hash in the Content-Security-Policy).
//
// Everything the page knows was computed in Swift and embedded as JSON (#x-data): the date
// boundaries and, for every node and link, the runs of boundaries on which the project's as-of
// rule (network.view(asOf:)) shows it; the nodes each region filter removes on each date; the
// disengaged member states per framework kind and date. This script only looks those up, shows
// and hides parts of Graphviz's SVG, and writes dataset text with textContent (never innerHTML).
//
// Pan and zoom are our own few dozen lines over the SVG viewBox, not a library (d3-zoom from
// Debian's libjs-d3 would do it): one SVG, no transitions, and the viewBox is also what "export
// the current view" writes, so there is nothing for a library to add that would be worth
// vendoring, pinning and refreshing ~250 kB of d3 for.
'use strict';
(function () {
  const SVGNS = 'http://www.w3.org/2000/svg';
  const data = JSON.parse(document.getElementById('x-data').textContent);
  const $ = (id) => document.getElementById(id);
  const canvas = $('x-canvas');
  const svg = canvas.querySelector('svg');
  const nodeEl = data.nodes.map((_, i) => document.getElementById('n' + i));
  // Parallel links (same source, target and kind) are drawn as one line, the element of their first
  // row; lineRows[j] lists the rows behind line j.
  const edgeEl = data.edges.map((_, i) => document.getElementById('e' + i));
  const lineRows = data.edges.map(() => []);
  data.edges.forEach((e, i) => lineRows[e.drawnAs].push(i));
  const nodeKindLabel = Object.fromEntries(data.nodeKinds.map((k) => [k.id, k.label]));
  const edgeKindLabel = Object.fromEntries(data.edgeKinds.map((k) => [k.id, k.label]));
  const incident = data.nodes.map(() => []);
  data.edges.forEach((e, i) => { incident[e.source].push(i); if (e.target !== e.source) incident[e.target].push(i); });

  const state = {
    k: data.dates.length - 1, date: null, hiddenNodeKinds: new Set(), hiddenEdgeKinds: new Set(),
    region: '', confidence: '', prospective: false, disengaged: '', selected: null,
  };
  let nodeShown = [], edgeShown = [];

  // ---- Small helpers -------------------------------------------------------------------------
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function inRuns(runs, k) {
    for (let i = 0; i < runs.length; i += 2) if (k >= runs[i] && k < runs[i + 1]) return true;
    return false;
  }
  // The boundary whose state holds on `date` (YYYY-MM-DD): the last one on or before it.
  function boundaryOn(date) {
    let k = -1;
    data.dates.forEach((d, i) => { if (d <= date) k = i; });
    return k;
  }
  const nodeLabel = (i) => data.nodes[i].label;

  // ---- Pan and zoom over the viewBox ----------------------------------------------------------
  const base = svg.viewBox.baseVal;
  const full = { x: base.x, y: base.y, w: base.width, h: base.height };
  let vb = { ...full };
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  function setViewBox(v) {
    const w = Math.min(Math.max(v.w, full.w / 400), full.w * 8);
    const h = w * (v.h / v.w);
    vb = { x: v.x + (v.w - w) / 2, y: v.y + (v.h - h) / 2, w, h };
    svg.setAttribute('viewBox', `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);
  }
  // Keeps the viewBox's aspect ratio equal to the canvas's, so screen and SVG units map simply.
  function aspectFitted(box) {
    const r = svg.getBoundingClientRect();
    const aspect = (r.height || 1) / (r.width || 1);
    if (box.h / box.w > aspect) { const w = box.h / aspect; return { x: box.x - (w - box.w) / 2, y: box.y, w, h: box.h }; }
    const h = box.w * aspect;
    return { x: box.x, y: box.y - (h - box.h) / 2, w: box.w, h };
  }
  // Fits what is shown (all of the layout when nothing is).
  function fit() {
    const shown = bounds.filter((b, i) => b && nodeShown[i]);
    if (!shown.length) return setViewBox(aspectFitted(full));
    const x = Math.min(...shown.map((b) => b.x)), y = Math.min(...shown.map((b) => b.y));
    const w = Math.max(...shown.map((b) => b.x + b.w)) - x, h = Math.max(...shown.map((b) => b.y + b.h)) - y;
    const pad = Math.max(w, h) * 0.03;
    setViewBox(aspectFitted({ x: x - pad, y: y - pad, w: w + 2 * pad, h: h + 2 * pad }));
  }
  function toSVG(clientX, clientY) {
    const r = svg.getBoundingClientRect();
    return { x: vb.x + (clientX - r.left) * vb.w / r.width, y: vb.y + (clientY - r.top) * vb.h / r.height };
  }
  function zoomAt(factor, clientX, clientY) {
    const p = toSVG(clientX, clientY);
    const w = Math.min(Math.max(vb.w / factor, full.w / 400), full.w * 8);
    const s = w / vb.w;
    setViewBox({ x: p.x - (p.x - vb.x) * s, y: p.y - (p.y - vb.y) * s, w, h: vb.h * s });
  }
  function zoomCentre(factor) {
    const r = svg.getBoundingClientRect();
    zoomAt(factor, r.left + r.width / 2, r.top + r.height / 2);
  }
  function panBy(dxPixels, dyPixels) {
    const r = svg.getBoundingClientRect();
    setViewBox({ x: vb.x - dxPixels * vb.w / r.width, y: vb.y - dyPixels * vb.h / r.height, w: vb.w, h: vb.h });
  }
  const pointers = new Map();
  let moved = 0, pinch = null;
  canvas.addEventListener('pointerdown', (ev) => {
    canvas.setPointerCapture(ev.pointerId);
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    moved = 0;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = Math.hypot(a.x - b.x, a.y - b.y);
    }
    canvas.classList.add('x-dragging');
  });
  canvas.addEventListener('pointermove', (ev) => {
    const last = pointers.get(ev.pointerId);
    if (!last) return;
    const now = { x: ev.clientX, y: ev.clientY };
    pointers.set(ev.pointerId, now);
    if (pointers.size === 1) {
      moved += Math.abs(now.x - last.x) + Math.abs(now.y - last.y);
      panBy(now.x - last.x, now.y - last.y);
    } else if (pointers.size === 2 && pinch) {
      const [a, b] = [...pointers.values()];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      moved += Math.abs(d - pinch);
      zoomAt(d / pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
      pinch = d;
    }
  });
  function release(ev) {
    pointers.delete(ev.pointerId);
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 0) canvas.classList.remove('x-dragging');
  }
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);
  canvas.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX, ev.clientY);
  }, { passive: false });
  canvas.addEventListener('keydown', (ev) => {
    const step = 60;
    const keys = {
      ArrowLeft: () => panBy(step, 0), ArrowRight: () => panBy(-step, 0), ArrowUp: () => panBy(0, step),
      ArrowDown: () => panBy(0, -step), '+': () => zoomCentre(1.25), '=': () => zoomCentre(1.25),
      '-': () => zoomCentre(0.8), '0': fit, Escape: () => select(null),
    };
    if (keys[ev.key]) { keys[ev.key](); ev.preventDefault(); }
  });
  window.addEventListener('resize', () => setViewBox(aspectFitted(vb)));

  // Node boxes and centres in viewBox units, measured once while everything is drawn.
  const graphGroup = svg.querySelector('g.graph');
  const toLayout = graphGroup.transform.baseVal.consolidate();
  function boxOf(element) {
    const b = element.getBBox();
    const [p, q] = [new DOMPoint(b.x, b.y), new DOMPoint(b.x + b.width, b.y + b.height)]
      .map((point) => (toLayout ? point.matrixTransform(toLayout.matrix) : point));
    return { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), w: Math.abs(q.x - p.x), h: Math.abs(q.y - p.y) };
  }
  const bounds = nodeEl.map((e) => (e ? boxOf(e) : null));
  const centre = bounds.map((b) => (b ? { x: b.x + b.w / 2, y: b.y + b.h / 2 } : null));
  function centreOn(i) {
    const c = centre[i];
    if (!c) return;
    const w = Math.min(vb.w, Math.max(full.w / 4, bounds[i].w * 6)); // zoom in, but keep the node's surroundings
    const box = aspectFitted({ x: c.x - w / 2, y: c.y - w / 2, w, h: w });
    setViewBox({ x: c.x - box.w / 2, y: c.y - box.h / 2, w: box.w, h: box.h });
  }

  // ---- What is shown --------------------------------------------------------------------------
  const overlay = document.createElementNS(SVGNS, 'g');
  overlay.setAttribute('id', 'x-overlay');
  svg.appendChild(overlay);

  function regionHides(i) {
    if (state.region === '') return false;
    const region = data.regions[Number(state.region)];
    return region.hiddenSet.has(i) && inRuns(region.hiddenSet.get(i), state.k);
  }
  data.regions.forEach((r) => { r.hiddenSet = new Map(r.hidden); });
  function confident(item) {
    return state.confidence === '' || (item.rank !== null && item.rank <= Number(state.confidence));
  }
  function disengagedRun() {
    const d = state.disengaged && data.disengagement.find((x) => x.kind === state.disengaged);
    return (d && d.runs.find((r) => state.k >= r.from && state.k < r.to)) || { rows: [], notRecorded: null };
  }
  const disengagedRows = () => disengagedRun().rows;

  function apply() {
    const k = state.k;
    nodeShown = data.nodes.map((n, i) => k >= 0 && inRuns(n.shown, k) && !state.hiddenNodeKinds.has(n.kind)
      && confident(n) && !regionHides(i));
    edgeShown = data.edges.map((e, i) => k >= 0 && inRuns(e.shown, k) && !state.hiddenEdgeKinds.has(e.kind)
      && confident(e) && nodeShown[e.source] && nodeShown[e.target]);
    const ghost = data.nodes.map((n, i) => state.prospective && n.prospective && !nodeShown[i]
      && !state.hiddenNodeKinds.has(n.kind));
    data.nodes.forEach((n, i) => {
      if (!nodeEl[i]) return;
      nodeEl[i].classList.toggle('x-hidden', !nodeShown[i] && !ghost[i]);
      nodeEl[i].classList.toggle('x-ghost', ghost[i]);
    });
    const ghostRow = (e, i) => state.prospective && e.prospective && !edgeShown[i] && !state.hiddenEdgeKinds.has(e.kind)
      && (nodeShown[e.source] || ghost[e.source]) && (nodeShown[e.target] || ghost[e.target]);
    data.edges.forEach((e, j) => {
      if (!edgeEl[j]) return;
      const shown = lineRows[j].some((i) => edgeShown[i]);
      const ghostLine = !shown && lineRows[j].some((i) => ghostRow(data.edges[i], i));
      edgeEl[j].classList.toggle('x-hidden', !shown && !ghostLine);
      edgeEl[j].classList.toggle('x-ghost', ghostLine);
    });
    showDisengaged();
    const nodes = nodeShown.filter(Boolean).length, edges = edgeShown.filter(Boolean).length;
    const filters = describeFilters();
    $('x-status').textContent = `${state.date ? 'As of ' + state.date : 'All dates (no dated rows)'}: ${nodes} of ${data.nodes.length} nodes and ${edges} of `
      + `${data.edges.length} links exist and pass the filters · dataset ${data.dataset}`
      + (filters ? ` · filters: ${filters}` : '');
    if (state.selected) showDetails();
    writeHash();
  }

  function describeFilters() {
    const parts = [];
    if (state.hiddenNodeKinds.size) parts.push('hidden node kinds: ' + [...state.hiddenNodeKinds].map((k) => nodeKindLabel[k] || k).join(', '));
    if (state.hiddenEdgeKinds.size) parts.push('hidden link kinds: ' + [...state.hiddenEdgeKinds].map((k) => edgeKindLabel[k] || k).join(', '));
    if (state.region !== '') parts.push('region ' + nodeLabel(data.regions[Number(state.region)].node));
    if (state.confidence !== '') parts.push('confidence ' + data.confidences[Number(state.confidence)] + ' or stronger');
    if (state.disengaged) parts.push('disengaged from ' + (nodeKindLabel[state.disengaged] || state.disengaged));
    return parts.join('; ');
  }

  function showDisengaged() {
    document.querySelectorAll('.x-disengaged, .x-absent').forEach((e) => e.classList.remove('x-disengaged', 'x-absent'));
    overlay.replaceChildren();
    const list = $('x-disengaged-list');
    list.replaceChildren();
    if (!state.disengaged) return;
    const rows = disengagedRows();
    const kind = nodeKindLabel[state.disengaged] || state.disengaged;
    const [memberState, memberStates] = data.memberStates;
    list.appendChild(el('p', `${rows.length} ${rows.length === 1 ? memberState : memberStates} joined no ${kind} existing on ${state.date}.`, 'x-absent-note'));
    const ul = el('ul');
    rows.forEach(([m, ...absent]) => {
      if (nodeEl[m]) nodeEl[m].classList.add('x-disengaged');
      const li = el('li');
      li.appendChild(linkTo(nodeLabel(m), () => select({ node: m })));
      li.appendChild(el('span', ' — absent from: ' + absent.map(nodeLabel).join(', ')));
      ul.appendChild(li);
      absent.forEach((f) => {
        if (nodeEl[f]) nodeEl[f].classList.add('x-absent');
        if (!nodeShown[m] || !nodeShown[f] || !centre[m] || !centre[f]) return;
        const line = document.createElementNS(SVGNS, 'line');
        line.setAttribute('x1', centre[m].x); line.setAttribute('y1', centre[m].y);
        line.setAttribute('x2', centre[f].x); line.setAttribute('y2', centre[f].y);
        line.setAttribute('class', 'x-absent-line');
        overlay.appendChild(line);
      });
    });
    list.appendChild(ul);
    const unknown = disengagedRun().notRecorded;
    if (unknown) list.appendChild(el('p', unknown, 'x-note'));
  }

  // ---- Details panel --------------------------------------------------------------------------
  function linkTo(text, action) {
    const b = el('button', text, 'x-link');
    b.type = 'button';
    b.addEventListener('click', action);
    return b;
  }
  function table(rows) {
    const t = el('table');
    rows.forEach(([name, value]) => {
      if (value === null || value === undefined || value === '') return;
      const tr = el('tr');
      tr.appendChild(el('th', name));
      tr.appendChild(el('td', value));
      t.appendChild(tr);
    });
    return t;
  }
  // One dataset row: file:line, citation and confidence, then the full reference of each source
  // the citation names (sources.csv).
  function rowLine(item) {
    const row = el('div', `${item.origin} · ${item.citation || '(no citation)'} · confidence ${item.confidence || '—'}`, 'x-row');
    item.sources.forEach((s) => row.appendChild(el('div', `↳ ${data.sources[s].reference} (${data.sources[s].origin})`)));
    return row;
  }
  const references = (item) => item.sources.map((s) => ['source', `${data.sources[s].reference} (${data.sources[s].origin})`]);
  function nodeFacts(n, i) {
    return [
      ['id', n.id], ['kind', nodeKindLabel[n.kind] || n.kind], ['subtype', n.subtype], ['start', n.start],
      ['end', n.end], ['status', n.status],
      ['prospective', n.prospective ? 'yes — not yet in existence: it exists on no date' : null],
      ['city', n.city], ['amount (EUR)', n.amountEUR], ['confidence', n.confidence], ['citation', n.citation],
      ...references(n),
      ['row', n.origin], ['note', n.note], ...n.attributes,
      ...n.unrecorded.map(([aspect, phrase, citation, note, origin]) =>
        [aspect, `${phrase} in the sources — ${citation}${note ? ' (' + note + ')' : ''} · ${origin}`]),
      ['on this date', nodeShown[i] ? 'shown' : 'not shown (does not exist on this date, or filtered out)'],
    ];
  }
  function edgeTitle(e) {
    return `${nodeLabel(e.source)} — ${edgeKindLabel[e.kind] || e.kind} — ${nodeLabel(e.target)}`;
  }
  function showDetails() {
    const panel = $('x-details');
    panel.replaceChildren();
    const s = state.selected;
    if (!s) { panel.appendChild(el('p', 'Click a node or a link to see its rows and sources.', 'x-hint')); return; }
    if (s.node !== undefined) {
      const n = data.nodes[s.node];
      panel.appendChild(el('h3', n.label));
      panel.appendChild(table(nodeFacts(n, s.node)));
      const gaps = disengagedRows().find((r) => r[0] === s.node);
      if (gaps) panel.appendChild(el('p', `Joined no ${nodeKindLabel[state.disengaged]} on ${state.date}; absent from: ${gaps.slice(1).map(nodeLabel).join(', ')}`, 'x-absent-note'));
      const links = incident[s.node].filter((e) => edgeShown[e]);
      panel.appendChild(el('h2', `Links on ${state.date} (${links.length})`));
      const ul = el('ul');
      links.forEach((e) => {
        const li = el('li');
        li.appendChild(linkTo(edgeTitle(data.edges[e]), () => select({ edge: e })));
        li.appendChild(rowLine(data.edges[e]));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
      panel.appendChild(el('h2', 'Row'));
      panel.appendChild(rowLine(n));
    } else {
      const e = data.edges[s.edge];
      panel.appendChild(el('h3', edgeTitle(e)));
      panel.appendChild(table([
        ['id', e.id], ['kind', edgeKindLabel[e.kind] || e.kind], ['from', data.nodes[e.source].id],
        ['to', data.nodes[e.target].id], ['role', e.role], ['start', e.start], ['end', e.end],
        ['status', e.status], ['prospective', e.prospective ? 'yes — it exists on no date' : null],
        ['amount (EUR)', e.amountEUR], ['weight', e.weight], ['confidence', e.confidence],
        ['citation', e.citation], ...references(e), ['row', e.origin], ['note', e.note], ...e.attributes,
        ['on this date', edgeShown[s.edge] ? 'shown' : 'not shown (does not hold on this date, or filtered out)'],
      ]));
      const rows = lineRows[e.drawnAs];
      const onDate = rows.filter((i) => edgeShown[i]).length;
      panel.appendChild(el('h2', rows.length > 1
        ? `Rows behind this line: ${rows.length} parallel links, ${onDate} on ${state.date || 'this view'}`
        : 'Rows behind it'));
      const ul = el('ul');
      const item = (what, node, text, row) => {
        const li = el('li');
        li.appendChild(el('strong', what + ': '));
        li.appendChild(node !== null ? linkTo(text, () => select({ node })) : el('span', text));
        li.appendChild(rowLine(row));
        ul.appendChild(li);
      };
      rows.forEach((i) => item('link', null, `${data.edges[i].id}${edgeShown[i] ? '' : ' (not on this date)'}`, data.edges[i]));
      item('from', e.source, data.nodes[e.source].label, data.nodes[e.source]);
      item('to', e.target, data.nodes[e.target].label, data.nodes[e.target]);
      panel.appendChild(ul);
    }
  }
  function select(selection) {
    document.querySelectorAll('.x-selected').forEach((e) => e.classList.remove('x-selected'));
    state.selected = selection;
    const target = selection && (selection.node !== undefined ? nodeEl[selection.node] : edgeEl[data.edges[selection.edge].drawnAs]);
    if (target) target.classList.add('x-selected');
    showDetails();
    writeHash();
  }
  svg.addEventListener('click', (ev) => {
    if (moved > 4) return; // the end of a drag, not a click
    const g = ev.target.closest('g.node, g.edge');
    const m = g && /^([ne])(\d+)$/.exec(g.id);
    if (!m) return;
    select(m[1] === 'n' ? { node: Number(m[2]) } : { edge: Number(m[2]) });
  });

  // ---- Date -----------------------------------------------------------------------------------
  const slider = $('x-slider');
  slider.max = String(Math.max(data.dates.length - 1, 0));
  if (data.dates.length) { $('x-date').min = data.dates[0]; $('x-date').max = data.dates[data.dates.length - 1]; }
  function setDate(date) {
    if (!data.dates.length) { state.k = 0; slider.disabled = true; $('x-date').disabled = true; apply(); return; }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date || '')) date = data.dates[data.dates.length - 1];
    if (date < data.dates[0]) date = data.dates[0];
    state.date = date;
    state.k = boundaryOn(date);
    slider.value = String(state.k);
    $('x-date').value = date;
    $('x-date-note').textContent = `${data.dates[0]} … ${data.dates[data.dates.length - 1]}, ${data.dates.length} dates on which something changes`;
    apply();
  }
  slider.addEventListener('input', () => setDate(data.dates[Number(slider.value)]));
  $('x-date').addEventListener('change', () => setDate($('x-date').value));
  let timer = null;
  function stop() { clearInterval(timer); timer = null; $('x-play').textContent = '▶ Play'; }
  $('x-play').addEventListener('click', () => {
    if (timer) return stop();
    if (state.k >= data.dates.length - 1) setDate(data.dates[0]);
    $('x-play').textContent = '❚❚ Pause';
    timer = setInterval(() => {
      if (state.k >= data.dates.length - 1) return stop();
      setDate(data.dates[state.k + 1]);
    }, 700);
  });

  // ---- Filters --------------------------------------------------------------------------------
  function checkboxes(container, kinds, hidden) {
    kinds.forEach((kind) => {
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.kind = kind.id;
      box.addEventListener('change', () => {
        if (box.checked) hidden().delete(kind.id); else hidden().add(kind.id);
        apply();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(` ${kind.label} (${kind.count})`));
      $(container).appendChild(label);
    });
  }
  function option(select, value, text) {
    const o = el('option', text);
    o.value = value;
    $(select).appendChild(o);
  }
  data.regions.forEach((r, i) => option('x-region', String(i), nodeLabel(r.node)));
  data.confidences.forEach((c, i) => option('x-confidence', String(i), c + ' or stronger'));
  data.disengagement.forEach((d) => option('x-disengaged', d.kind, nodeKindLabel[d.kind] || d.kind));
  $('x-region').addEventListener('change', () => { state.region = $('x-region').value; apply(); });
  $('x-confidence').addEventListener('change', () => { state.confidence = $('x-confidence').value; apply(); });
  $('x-disengaged').addEventListener('change', () => { state.disengaged = $('x-disengaged').value; apply(); });
  $('x-prospective').addEventListener('change', () => { state.prospective = $('x-prospective').checked; apply(); });

  // ---- Search ---------------------------------------------------------------------------------
  data.nodes.forEach((n) => option('x-search-list', n.label, n.id));
  function find(text) {
    const q = text.trim().toLowerCase();
    if (!q) return -1;
    const tests = [(n) => n.id.toLowerCase() === q, (n) => n.label.toLowerCase() === q,
      (n) => n.label.toLowerCase().startsWith(q), (n) => n.label.toLowerCase().includes(q) || n.id.toLowerCase().includes(q)];
    for (const test of tests) {
      const shown = data.nodes.findIndex((n, i) => test(n) && nodeShown[i]);
      if (shown >= 0) return shown;
      const any = data.nodes.findIndex(test);
      if (any >= 0) return any;
    }
    return -1;
  }
  function search() {
    const i = find($('x-search').value);
    document.querySelectorAll('.x-found').forEach((e) => e.classList.remove('x-found'));
    if (i < 0) { $('x-status').textContent = `No node matches "${$('x-search').value}".`; return; }
    centreOn(i);
    if (nodeEl[i]) nodeEl[i].classList.add('x-found');
    select({ node: i });
  }
  $('x-find').addEventListener('click', search);
  $('x-search').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') search(); });
  $('x-zoom-in').addEventListener('click', () => zoomCentre(1.25));
  $('x-zoom-out').addEventListener('click', () => zoomCentre(0.8));
  $('x-fit').addEventListener('click', fit);

  // ---- Export the current view ----------------------------------------------------------------
  $('x-export').addEventListener('click', () => {
    const copy = svg.cloneNode(true);
    copy.querySelectorAll('.x-hidden').forEach((e) => e.remove());
    const r = svg.getBoundingClientRect();
    copy.setAttribute('xmlns', SVGNS);
    copy.setAttribute('width', String(Math.round(r.width)));
    copy.setAttribute('height', String(Math.round(r.height)));
    const title = document.createElementNS(SVGNS, 'title');
    title.textContent = `${data.dataset} — as of ${state.date}` + (describeFilters() ? ` — ${describeFilters()}` : '');
    const style = document.createElementNS(SVGNS, 'style');
    style.textContent = [...document.styleSheets[0].cssRules].map((rule) => rule.cssText)
      .filter((t) => /^\.x-(ghost|prospective|disengaged|absent|selected|found)/.test(t)).join('\n');
    copy.insertBefore(style, copy.firstChild);
    copy.insertBefore(title, copy.firstChild);
    const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
    const a = el('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    a.download = `${data.dataset}-${state.date}.svg`.replace(/[^\w.-]+/g, '_');
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  // ---- The address keeps date, filters and selection -------------------------------------------
  function writeHash() {
    const p = new URLSearchParams();
    if (state.date) p.set('date', state.date);
    if (state.hiddenNodeKinds.size) p.set('hide', [...state.hiddenNodeKinds].join(','));
    if (state.hiddenEdgeKinds.size) p.set('hidelinks', [...state.hiddenEdgeKinds].join(','));
    if (state.region !== '') p.set('region', data.nodes[data.regions[Number(state.region)].node].id);
    if (state.confidence !== '') p.set('confidence', data.confidences[Number(state.confidence)]);
    if (state.prospective) p.set('prospective', '1');
    if (state.disengaged) p.set('disengaged', state.disengaged);
    if (state.selected) {
      p.set('select', state.selected.node !== undefined ? 'node:' + data.nodes[state.selected.node].id : 'link:' + data.edges[state.selected.edge].id);
    }
    const hash = '#' + p.toString();
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }
  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    const list = (name) => new Set((p.get(name) || '').split(',').filter(Boolean));
    state.hiddenNodeKinds = list('hide');
    state.hiddenEdgeKinds = list('hidelinks');
    const region = data.regions.findIndex((r) => data.nodes[r.node].id === p.get('region'));
    state.region = region >= 0 ? String(region) : '';
    const confidence = data.confidences.indexOf(p.get('confidence'));
    state.confidence = confidence >= 0 ? String(confidence) : '';
    state.prospective = p.get('prospective') === '1';
    state.disengaged = data.disengagement.some((d) => d.kind === p.get('disengaged')) ? p.get('disengaged') : '';
    const sel = p.get('select') || '';
    const node = sel.startsWith('node:') ? data.nodes.findIndex((n) => n.id === sel.slice(5)) : -1;
    const edge = sel.startsWith('link:') ? data.edges.findIndex((e) => e.id === sel.slice(5)) : -1;
    state.selected = node >= 0 ? { node } : edge >= 0 ? { edge } : null;
    document.querySelectorAll('#x-node-kinds input').forEach((b) => { b.checked = !state.hiddenNodeKinds.has(b.dataset.kind); });
    document.querySelectorAll('#x-edge-kinds input').forEach((b) => { b.checked = !state.hiddenEdgeKinds.has(b.dataset.kind); });
    $('x-region').value = state.region;
    $('x-confidence').value = state.confidence;
    $('x-prospective').checked = state.prospective;
    $('x-disengaged').value = state.disengaged;
    setDate(p.get('date') || data.initialDate || data.dates[data.dates.length - 1]);
    select(state.selected);
  }
  window.addEventListener('hashchange', readHash);

  // ---- Start ----------------------------------------------------------------------------------
  data.nodes.forEach((n, i) => { if (n.prospective && nodeEl[i]) nodeEl[i].classList.add('x-prospective'); });
  checkboxes('x-node-kinds', data.nodeKinds, () => state.hiddenNodeKinds);
  checkboxes('x-edge-kinds', data.edgeKinds, () => state.hiddenEdgeKinds);
  $('x-about').textContent = `Dataset ${data.dataset}: ${data.nodes.length} nodes, ${data.edges.length} links. `
    + 'What exists on a date is decided by the toolkit\'s as-of rule (as in dialogue list --as-of) and stored '
    + 'in this file for every date on which something changes; the layout is computed once for all dates. '
    + 'Prospective frameworks (no start date and a status such as "talks ongoing") do not exist on any date. '
    + Object.entries(data.disengagementProblems).map(([k, m]) => `No disengagement for ${k}: ${m}.`).join(' ');
  if (!data.dates.length) $('x-date-note').textContent = 'The dataset has no dated rows.';
  readHash();
  fit();
  canvas.focus({ preventScroll: true });
  performance.mark('explorer-ready'); // read by Benchmarks/explorer_open.py
})();
