// The explorer: search, draw an entity's neighbourhood, expand, filter, read evidence, find paths, export.
import {
  api, apiResponse, itemsOf, entity, loadStyles, styleOf, typeBadge, idLink, resolveId, el, problemNotice, attachSearch, toast, download, shorten,
} from './common.js';

const NEIGHBOURHOOD_LIMIT = 80;
const INTERNAL = new Set(['id', 'key', 'label', 'type', 'styleKey', 'caption', 'ref', 'source', 'target', 'depth', 'neighbours']);
const MAIN_TYPES = ['antigen', 'therapy', 'cancer', 'trial', 'institution'];
const PROPERTY_NAMES = {
  hgncId: 'HGNC id', mondoId: 'MONDO id', ncitId: 'NCIt id', doid: 'Disease Ontology id', rorId: 'ROR id', nctId: 'NCT id',
  pmid: 'PubMed id', pmcid: 'PubMed Central id', doi: 'DOI', stdAges: 'Ages', startDate: 'Start', completionDate: 'Completion',
  hgncName: 'HGNC name', uniprot: 'UniProt', entrez: 'Entrez Gene', text: 'In words',
};
const API_COLLECTIONS = { antigen: 'antigens', therapy: 'therapies', cancer: 'cancers', trial: 'trials', institution: 'institutions' };

const $ = (id) => document.getElementById(id);
/** A relationship type as words: EXPRESSED_IN is "expressed in". */
const words = (type) => String(type ?? '').toLowerCase().replace(/_/g, ' ');
const state = {
  focus: null, hiddenTypes: new Set(), pathFrom: null, pathTo: null,
  modality: '', modalityTherapies: null, modalities: new Map(), modalitiesAsked: false,
};

const styles = await loadStyles();

const cy = cytoscape({
  container: $('graph'),
  style: stylesheet(),
  minZoom: 0.15,
  maxZoom: 3,
  boxSelectionEnabled: false,
});
// For debugging and for the browser tests.
window.cy = cy;

// ---------- look ----------

function stylesheet() {
  const base = [
    { selector: 'node', style: {
      'background-color': '#64748B', shape: 'ellipse', width: 30, height: 30,
      label: 'data(caption)', 'font-family': 'Inter, "Segoe UI", system-ui, sans-serif', 'font-size': 11, color: '#1e293b',
      'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 5, 'text-wrap': 'wrap', 'text-max-width': 130,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'text-background-shape': 'roundrectangle',
      'border-width': 1.5, 'border-color': '#ffffff', 'min-zoomed-font-size': 6,
    } },
    { selector: 'node.focus', style: { width: 46, height: 46, 'font-size': 13, 'font-weight': 700, 'border-width': 3, 'border-color': '#0f172a' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#334155', 'border-style': 'double' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b', 'border-style': 'solid' } },
    { selector: 'edge', style: {
      width: 1.6, 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
      'curve-style': 'bezier', label: 'data(caption)', 'font-size': 8, color: '#64748b', 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'min-zoomed-font-size': 7,
    } },
    { selector: 'edge[evidence = "inferred"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[evidence = "curated"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', color: '#92400e', 'font-size': 10 } },
    { selector: '.filtered, .hidden-by-user', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', color: '#92400e', 'font-size': 10, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 10 } },
  ];
  for (const s of styles) {
    base.splice(1, 0, { selector: `node[styleKey = "${s.type}"]`, style: { 'background-color': s.color, shape: s.shape } });
  }
  return base;
}

// ---------- reading the API's elements ----------

const refOf = (node) => String(node.data('ref') ?? node.data('key') ?? node.id());

function prepareNode(data) {
  const name = data.label ?? data.name ?? data.title ?? data.symbol ?? data.id;
  const caption = shorten(name, 42);
  return { ...data, id: String(data.id), label: name, caption, styleKey: styleOf(data.type).type };
}

/** Adds nodes and edges not drawn yet (an edge only when both its ends are drawn); returns the new elements. */
function merge(elements) {
  const edgeId = (d) => String(d.id ?? `${d.source}|${d.type}|${d.target}`);
  const nodes = (elements.nodes || []).map((n) => n.data)
    .filter((d) => d && d.id !== undefined && cy.getElementById(String(d.id)).empty());
  const added = cy.add(nodes.map((d) => ({ group: 'nodes', data: prepareNode(d) })));
  const edges = (elements.edges || []).map((e) => e.data)
    .filter((d) => d && cy.getElementById(edgeId(d)).empty()
      && cy.getElementById(String(d.source)).nonempty() && cy.getElementById(String(d.target)).nonempty());
  return added.union(cy.add(edges.map((d) => ({
    group: 'edges', data: { ...d, id: edgeId(d), source: String(d.source), target: String(d.target), caption: d.label ?? words(d.type) },
  }))));
}

// ---------- layout ----------

function layout({ fit = true, randomize = true } = {}) {
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  visible.layout({
    name: 'cose', animate: false, randomize, fit, padding: 50,
    nodeRepulsion: () => 14000, idealEdgeLength: () => 95, edgeElasticity: () => 80, nodeOverlap: 24,
    gravity: 0.35, numIter: 1600, componentSpacing: 90, nodeDimensionsIncludeLabels: true,
  }).run();
  // Fitting a graph of one or two nodes would blow them up; keep them at a readable size.
  if (fit && cy.zoom() > 1.4) {
    cy.zoom(1.4);
    cy.center(visible);
  }
}

// ---------- overlay (empty, loading, error) ----------

function showOverlay(...content) {
  $('overlay-card').replaceChildren(...content);
  $('overlay').hidden = false;
}
const hideOverlay = () => { $('overlay').hidden = true; };
const loading = (what) => showOverlay(el('div', { class: 'spinner', role: 'progressbar', 'aria-label': 'Loading' }), el('p', {}, what));
const emptyCard = $('overlay-card').cloneNode(true);
function showWelcome() {
  const card = emptyCard.cloneNode(true);
  card.querySelectorAll('[data-focus]').forEach((b) => b.addEventListener('click', () => focus(b.dataset.focus)));
  showOverlay(...card.childNodes);
}

// ---------- focus and expand ----------

async function focus(ref, { push = true } = {}) {
  state.focus = ref;
  loading(`Drawing what is connected to ${ref}…`);
  try {
    const { json: answer, headers } = await apiResponse('/api/v1/graph/neighbourhood', { ref, depth: 1, limit: NEIGHBOURHOOD_LIMIT });
    cy.elements().remove();
    merge(answer.elements || {});
    if (cy.nodes().empty()) {
      showOverlay(el('h2', {}, 'Nothing to draw'), el('p', {}, `OncoGraph knows ${ref} but nothing is connected to it yet.`));
      return;
    }
    const centre = findNode(ref, answer);
    if (centre) { centre.addClass('focus expanded'); }
    setTitle(cy.nodes().length === 1 ? `Nothing is connected to ${cy.nodes().first().data('label')} in the graph yet`
      : `Around ${centre ? centre.data('label') : ref}`);
    if (push) history.pushState({ focus: ref }, '', `/?focus=${encodeURIComponent(ref)}`);
    document.title = `${centre ? centre.data('label') : ref} · OncoGraph explorer`;
    if (!$('path-from').value) { $('path-from').value = centre ? centre.data('label') : ref; state.pathFrom = centre ? refOf(centre) : ref; }
    refreshControls();
    applyFilters();
    layout();
    hideOverlay();
    if (centre) { cy.$(':selected').unselect(); centre.select(); showNode(centre); }
    warnIfTruncated(headers, centre);
  } catch (error) {
    cy.elements().remove();
    refreshControls();
    setTitle(null);
    showOverlay(el('h2', {}, `Cannot show “${ref}”`), problemNotice(error, (alt) => focus(alt.ref)),
      el('p', {}, el('button', { class: 'link', type: 'button', onclick: showWelcome }, 'Back to the start')));
  }
}

/** The node the neighbourhood is centred on: the API's depth 0, else the one whose key or name is the ref. */
function findNode(ref, answer) {
  const root = cy.nodes('[depth = 0]');
  if (root.length === 1) return root;
  const wanted = String(ref).toLowerCase();
  return cy.nodes().filter((n) => [n.id(), refOf(n), n.data('label'), n.data('symbol'), n.data('nctId'), n.data('name')]
    .some((v) => v !== undefined && String(v).toLowerCase() === wanted)).first() || null;
}

async function expand(node) {
  if (node.hasClass('expanded')) return;
  node.addClass('expanded');
  try {
    const { json: answer, headers } = await apiResponse('/api/v1/graph/neighbourhood', { ref: refOf(node), depth: 1, limit: NEIGHBOURHOOD_LIMIT });
    const added = merge(answer.elements || {});
    const fresh = added.nodes();
    if (fresh.empty()) { toast(`Nothing more is connected to ${node.data('label')}.`); return; }
    // Start the new nodes around the one they came from, so the layout keeps the picture the reader knows.
    const { x, y } = node.position();
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / fresh.length;
      n.position({ x: x + 120 * Math.cos(angle), y: y + 120 * Math.sin(angle) });
    });
    refreshControls();
    applyFilters();
    layout({ randomize: false });
    toast(`${fresh.length} more connected to ${node.data('label')}.`);
    warnIfTruncated(headers, node);
  } catch (error) {
    node.removeClass('expanded');
    toast(`Cannot expand ${node.data('label')}: ${error.problem?.detail || error.message}`);
  }
}

/** The API cuts big neighbourhoods at the limit and says so in a header: tell the reader the drawing is partial. */
function warnIfTruncated(headers, node) {
  if (headers.get('OncoGraph-Truncated') === 'true') {
    toast(`${node ? node.data('label') : 'This entity'} has more connections than the ${NEIGHBOURHOOD_LIMIT} drawn.`);
  }
}

function setTitle(text) {
  $('view-title').hidden = !text;
  $('view-title').textContent = text || '';
}

// ---------- filters, legend, hide/show ----------

/** Keeps only the therapies of a modality (narrower kinds included, as the API counts them), or all with ''. */
async function filterByModality(modality) {
  state.modality = modality;
  state.modalityTherapies = null;
  if (modality) {
    try {
      const answer = await api('/api/v1/therapies', { modality, size: 100 });
      state.modalityTherapies = new Set(itemsOf(answer).map((t) => String(entity(t).ref)));
    } catch (error) {
      toast(`Cannot filter by modality: ${error.problem?.detail || error.message}`);
      $('modality').value = '';
      state.modality = '';
    }
  }
  applyFilters();
}

/** The modalities to offer: those the dashboard counts (asked once, when the reader first opens the list), and any drawn. */
async function loadModalities() {
  if (state.modalitiesAsked) return;
  state.modalitiesAsked = true;
  try {
    const stats = await api('/api/v1/stats');
    (stats.trialsPerModality || []).forEach((m) => state.modalities.set(m.key, m.name ?? m.key));
  } catch (error) {
    // Without statistics the filter still offers the modalities drawn in the graph.
  }
  refreshControls();
}

function applyFilters() {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const type = node.data('styleKey');
      let hidden = state.hiddenTypes.has(type);
      if (!hidden && state.modalityTherapies && type === 'therapy') hidden = !state.modalityTherapies.has(refOf(node));
      node.toggleClass('filtered', hidden);
    });
  });
  const hiddenByUser = cy.nodes('.hidden-by-user').length;
  $('show-hidden').disabled = hiddenByUser === 0;
  $('show-hidden').textContent = hiddenByUser ? `Show ${hiddenByUser} hidden` : 'Show hidden';
}

function shapeIcon(shape, color) {
  const points = {
    diamond: '8,1 15,8 8,15 1,8', hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8', 'round-triangle': '8,1.5 15,14.5 1,14.5',
    tag: '1,2 11,2 15,8 11,14 1,14', 'round-tag': '1,2 11,2 15,8 11,14 1,14', vee: '1,2 8,7 15,2 8,15',
    star: '8,0.8 10,5.9 15.5,6 11.2,9.4 12.7,15 8,11.8 3.3,15 4.8,9.4 0.5,6 6,5.9',
    'round-octagon': '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  }[shape];
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  let child;
  if (points) {
    child = document.createElementNS(svg.namespaceURI, 'polygon');
    child.setAttribute('points', points);
  } else if (shape === 'ellipse') {
    child = document.createElementNS(svg.namespaceURI, 'circle');
    child.setAttribute('cx', '8'); child.setAttribute('cy', '8'); child.setAttribute('r', '7');
  } else {
    child = document.createElementNS(svg.namespaceURI, 'rect');
    child.setAttribute('x', '1.5'); child.setAttribute('y', '2.5'); child.setAttribute('width', '13'); child.setAttribute('height', '11');
    child.setAttribute('rx', shape === 'round-rectangle' ? '3' : '0');
  }
  child.setAttribute('fill', color);
  svg.append(child);
  return svg;
}

function buildLegend() {
  $('legend').replaceChildren(...styles.map((s) => {
    const box = el('input', { type: 'checkbox', checked: true, 'data-type': s.type, 'aria-label': `Show ${s.plural.toLowerCase()}` });
    box.addEventListener('change', () => {
      if (box.checked) state.hiddenTypes.delete(s.type); else state.hiddenTypes.add(s.type);
      applyFilters();
    });
    return el('li', { 'data-type': s.type }, el('label', {}, box, shapeIcon(s.shape, s.color), s.plural, el('span', { class: 'count' }, '0')));
  }));
}

function refreshControls() {
  for (const li of $('legend').children) {
    const count = cy.nodes(`[styleKey = "${li.dataset.type}"]`).length;
    li.querySelector('.count').textContent = count;
    li.classList.toggle('absent', count === 0);
    // The five main types always explain their colour; the others only when some are drawn.
    li.hidden = count === 0 && !MAIN_TYPES.includes(li.dataset.type);
  }
  cy.nodes('[styleKey = "modality"]').forEach((m) => state.modalities.set(refOf(m), m.data('label')));
  const select = $('modality');
  select.replaceChildren(el('option', { value: '' }, 'every modality'),
    ...[...state.modalities].sort((a, b) => a[1].localeCompare(b[1]))
      .map(([key, name]) => el('option', { value: key, selected: key === state.modality }, name)));
}

// ---------- side panel ----------

function detailsPanel(...content) {
  $('details').replaceChildren(el('h2', {}, 'Details'), ...content.filter(Boolean));
}

function valueCell(key, value) {
  const values = Array.isArray(value) ? value : [value];
  const cell = el('td');
  values.forEach((v, i) => {
    if (i) cell.append(', ');
    if (v !== null && typeof v === 'object') cell.append(JSON.stringify(v));
    else cell.append(resolveId(v, key) ? idLink(v, key) : String(v));
  });
  return cell;
}

const humanise = (key) => PROPERTY_NAMES[key] || key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

function propertiesTable(data) {
  const rows = Object.entries(data)
    .filter(([key, value]) => !INTERNAL.has(key) && value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length))
    .map(([key, value]) => el('tr', {}, el('th', { scope: 'row' }, humanise(key)), valueCell(key, value)));
  return rows.length ? el('table', { class: 'props' }, el('tbody', {}, rows)) : null;
}

function showNode(node) {
  const data = node.data();
  const ref = refOf(node);
  const collection = API_COLLECTIONS[data.styleKey];
  const keyLink = resolveId(ref);
  const facts = el('div', { class: 'facts' }, propertiesTable(data));
  detailsPanel(
    typeBadge(data.type),
    el('h3', {}, data.label),
    el('div', { class: 'muted' }, 'Key ', el('code', {}, ref), keyLink ? [' · ', el('a', { href: keyLink.url, target: '_blank', rel: 'noopener' }, `open in ${keyLink.registry}`)] : null),
    facts,
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'primary', disabled: node.hasClass('expanded'), onclick: () => expand(node).then(() => showNode(node)) },
        node.hasClass('expanded') ? 'Expanded' : 'Expand'),
      el('button', { type: 'button', onclick: () => focus(ref) }, 'Centre here'),
      el('button', { type: 'button', onclick: () => { node.addClass('hidden-by-user').unselect(); applyFilters(); detailsPanel(el('p', { class: 'empty' }, `${data.label} is hidden. “Show hidden” brings it back.`)); } }, 'Hide'),
      el('button', { type: 'button', onclick: () => setPathEnd('from', ref, data.label) }, 'Path from'),
      el('button', { type: 'button', onclick: () => setPathEnd('to', ref, data.label) }, 'Path to')),
    el('p', { class: 'muted', style: 'margin-top:12px' },
      el('a', { href: `/?focus=${encodeURIComponent(ref)}` }, 'Link to this view'),
      collection ? [' · ', el('a', { href: `/api/v1/${collection}/${encodeURIComponent(ref)}`, target: '_blank' }, 'as JSON')] : null),
  );
  if (collection) showEntityDetails(node, collection, ref, facts);
}

/** The entity's own page of the API: its properties, and how many neighbours of each kind it has. */
async function showEntityDetails(node, collection, ref, facts) {
  try {
    const details = await api(`/api/v1/${collection}/${encodeURIComponent(ref)}`);
    if (!facts.isConnected) return;
    const counts = details.neighbours?.counts || [];
    facts.replaceChildren(propertiesTable(details) || '',
      counts.length ? el('div', {}, el('div', { class: 'panel-title', style: 'margin-top:14px' }, 'Connections'),
        el('table', { class: 'props' }, el('tbody', {}, counts.map((c) => el('tr', {},
          el('th', { scope: 'row' }, `${c.direction === 'in' ? '← ' : '→ '}${words(c.relationship)}`),
          el('td', {}, String(c.count))))))) : '');
  } catch (error) {
    // The drawing already says what the node is; the API's own page is extra. Say why it is missing.
    if (facts.isConnected) facts.append(el('p', { class: 'faint' }, `More details are not available (${error.problem?.title || error.message}).`));
  }
}

function sourceItem(source) {
  if (source && typeof source === 'object') {
    const id = source.id ?? source.ref ?? '';
    const label = source.title ?? source.name ?? id;
    const url = source.url ?? resolveId(id)?.url;
    return el('li', {}, url ? el('a', { href: url, target: '_blank', rel: 'noopener' }, label) : label, id && label !== id ? el('span', { class: 'faint' }, ` (${id})`) : null);
  }
  return el('li', {}, idLink(source));
}

function showEdge(edge) {
  const data = edge.data();
  const sources = Array.isArray(data.sources) ? data.sources : data.sources ? [data.sources] : [];
  // Answers list a link's first sources and count them all (a hub therapy's link is stated by thousands of trials).
  const count = Number.isInteger(data.sourceCount) ? data.sourceCount : sources.length;
  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !['evidence', 'confidence', 'quote', 'sources', 'sourceCount'].includes(k)));
  const end = (n) => el('button', { class: 'link', type: 'button', onclick: () => { cy.$(':selected').unselect(); n.select(); showNode(n); } }, typeBadge(n.data('type')), ' ', n.data('label'));
  const title = el('div', { class: 'panel-title', style: 'margin-top:14px' }, sourcesTitle(sources.length, count));
  const list = el('ul', { class: 'sources' }, sources.map(sourceItem));
  const more = moreSources(edge, list, count, title);
  detailsPanel(
    el('span', { class: 'pill' }, 'relationship'),
    el('h3', {}, data.type),
    el('div', { class: 'edge-ends' }, end(edge.source()), el('span', { class: 'arrow' }, '→'), end(edge.target())),
    el('div', { class: 'row' },
      data.evidence ? el('span', { class: `pill ${data.evidence}` }, data.evidence) : el('span', { class: 'pill' }, 'evidence not recorded'),
      data.confidence !== undefined && data.confidence !== null ? el('span', { class: 'pill' }, `confidence ${Number(data.confidence).toFixed(2)}`) : null),
    data.quote ? el('blockquote', { class: 'quote' }, `“${data.quote}”`) : null,
    title,
    sources.length || more ? list : el('p', { class: 'muted' }, 'No source recorded.'),
    more,
    propertiesTable(rest),
  );
}

/** The title of a relationship's source list: how many of them it shows when it does not show them all. */
function sourcesTitle(shown, total) {
  if (total === 1) return 'Source';
  return total > shown ? `Sources (the first ${shown.toLocaleString('en')} of ${total.toLocaleString('en')})` : 'Sources';
}

/**
 * A button that reads a link's sources past the ones the answer listed, a page at a time, from
 * /api/v1/relationships/sources, and replaces the list with them (each with its title and link when known).
 */
function moreSources(edge, list, count, title) {
  if (count <= list.children.length) return null;
  const from = edge.source().data('key');
  const to = edge.target().data('key');
  const type = edge.data('type');
  let page = 0;
  const button = el('button', { class: 'link', type: 'button' }, 'Show more sources');
  button.onclick = async () => {
    button.disabled = true;
    try {
      const answer = await api('/api/v1/relationships/sources', { from, type, to, page, size: 100 });
      if (page === 0) list.replaceChildren();
      list.append(...itemsOf(answer).map(sourceItem));
      page += 1;
      title.textContent = sourcesTitle(list.children.length, answer.total);
      if (list.children.length >= answer.total) button.remove();
    } catch (error) {
      button.after(el('p', { class: 'faint' }, `More sources are not available (${error.problem?.title || error.message}).`));
      button.remove();
    } finally {
      button.disabled = false;
    }
  };
  return button;
}

// ---------- paths ----------

function setPathEnd(which, ref, name) {
  $(`path-${which}`).value = name;
  state[which === 'from' ? 'pathFrom' : 'pathTo'] = ref;
  toast(`Path ${which}: ${name}`);
}

/** A node id as the neighbourhood gives it ({@code Type:key}), so that paths and neighbourhoods merge. */
const nodeIdOf = (summary) => String(summary.id ?? (summary.type && summary.key ? `${summary.type}:${summary.key}` : entity(summary).ref));

/**
 * Turns the paths answer ({paths: [{length, steps: [{from, relationship, direction, to, evidence}]}]}) into one
 * {nodes, edges} of Cytoscape element data per path.
 */
function readPaths(answer) {
  return itemsOf(answer).map((path) => {
    const nodes = new Map();
    const edges = [];
    const backward = [];
    const addNode = (summary) => {
      const id = nodeIdOf(summary);
      if (!nodes.has(id)) {
        const e = entity(summary);
        nodes.set(id, { id, key: e.ref, label: e.name, type: e.type });
      }
      return id;
    };
    for (const step of path.steps || []) {
      const from = addNode(step.from);
      const to = addNode(step.to);
      // "backward": the relationship points against the walk, e.g. a therapy TARGETS the antigen we came from.
      backward.push(step.direction === 'backward');
      const [source, target] = step.direction === 'backward' ? [to, from] : [from, to];
      const type = step.relationship ?? step.type;
      edges.push({ ...(step.evidence || {}), id: `${source}|${type}|${target}`, source, target, type, text: step.text });
    }
    return { nodes: [...nodes.values()], edges, backward };
  });
}

async function findPaths() {
  const fromText = $('path-from').value.trim();
  const toText = $('path-to').value.trim();
  const result = $('paths-result');
  if (!fromText || !toText) {
    result.replaceChildren(el('p', { class: 'notice warn' }, 'Pick two entities: where to start and where to arrive.'));
    return;
  }
  const from = state.pathFrom && fromText ? state.pathFrom : fromText;
  const to = state.pathTo && toText ? state.pathTo : toText;
  result.replaceChildren(el('p', { class: 'muted' }, 'Looking for paths…'));
  try {
    const answer = await api('/api/v1/paths', { from, to, maxLength: $('path-length').value });
    const paths = readPaths(answer);
    if (!paths.length) {
      result.replaceChildren(el('p', { class: 'notice' }, `No path of at most ${$('path-length').value} steps joins them.`));
      return;
    }
    hideOverlay();
    paths.forEach((p) => merge({ nodes: p.nodes.map((data) => ({ data })), edges: p.edges.map((data) => ({ data })) }));
    refreshControls();
    applyFilters();
    layout();
    const list = el('ol', { class: 'paths-list' });
    paths.forEach((p, i) => {
      const item = el('li', { tabindex: '0' }, el('strong', {}, `Path ${i + 1}`), ` · ${p.edges.length} step${p.edges.length === 1 ? '' : 's'}`, el('br'),
        p.nodes.map((n, k) => [k ? el('span', { class: 'step-rel' }, p.backward[k - 1] ? ` ←${words(p.edges[k - 1].type)}– ` : ` –${words(p.edges[k - 1].type)}→ `) : null, n.label]));
      item.addEventListener('click', () => { highlightPaths([p]); list.querySelectorAll('li').forEach((li) => li.classList.toggle('active', li === item)); });
      list.append(item);
    });
    result.replaceChildren(el('p', { class: 'muted', style: 'margin:8px 0 0' }, `${paths.length} path${paths.length === 1 ? '' : 's'} found, drawn in orange.`),
      list, el('button', { type: 'button', class: 'link', onclick: () => { clearHighlight(); result.replaceChildren(); } }, 'Clear the highlight'));
    highlightPaths(paths);
    setTitle(`Paths from ${fromText} to ${toText}`);
  } catch (error) {
    result.replaceChildren(problemNotice(error, (alt) => { toast(`Using ${alt.name}`); }));
  }
}

function highlightPaths(paths) {
  clearHighlight();
  const ids = new Set(paths.flatMap((p) => [...p.nodes.map((n) => String(n.id)), ...p.edges.map((e) => String(e.id))]));
  cy.batch(() => {
    cy.elements().forEach((e) => {
      const on = ids.has(e.id());
      e.toggleClass('on-path', on);
      e.toggleClass('faded', !on);
    });
  });
}
const clearHighlight = () => cy.elements().removeClass('on-path faded');

// ---------- export ----------

function exportPng() {
  if (cy.nodes().empty()) { toast('Nothing to export yet.'); return; }
  download(`oncograph-${slug()}.png`, cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff' }));
}

function exportJson() {
  if (cy.nodes().empty()) { toast('Nothing to export yet.'); return; }
  // The layout Cytoscape desktop reads (.cyjs): elements with their data and positions.
  const document = {
    format_version: '1.0',
    generated_by: 'OncoGraph',
    target_cytoscapejs_version: '~3.33',
    data: { name: `OncoGraph: ${$('view-title').textContent || 'graph'}`, shared_name: slug() },
    elements: {
      nodes: cy.nodes().map((n) => ({ data: n.data(), position: n.position() })),
      edges: cy.edges().map((e) => ({ data: e.data() })),
    },
  };
  download(`oncograph-${slug()}.cyjs`, JSON.stringify(document, null, 2), 'application/json');
}

const slug = () => String(state.focus || 'graph').toLowerCase().replace(/[^a-z0-9]+/g, '-');

// ---------- wiring ----------

cy.on('tap', 'node', (event) => {
  const node = event.target;
  showNode(node);
  expand(node).then(() => { if (node.selected()) showNode(node); });
});
cy.on('tap', 'edge', (event) => showEdge(event.target));

attachSearch($('search'), $('search-suggestions'), (hit) => { $('search').blur(); focus(hit.ref); });
attachSearch($('path-from'), $('path-from-suggestions'), (hit) => { state.pathFrom = hit.ref; });
attachSearch($('path-to'), $('path-to-suggestions'), (hit) => { state.pathTo = hit.ref; });
$('path-from').addEventListener('input', () => { state.pathFrom = null; });
$('path-to').addEventListener('input', () => { state.pathTo = null; });
$('find-paths').addEventListener('click', findPaths);

$('modality').addEventListener('change', (e) => filterByModality(e.target.value));
$('show-hidden').addEventListener('click', () => { cy.nodes().removeClass('hidden-by-user'); applyFilters(); layout({ randomize: false }); });
$('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 50));
$('relayout').addEventListener('click', () => layout());
$('export-png').addEventListener('click', exportPng);
$('export-json').addEventListener('click', exportJson);
$('clear').addEventListener('click', () => {
  cy.elements().remove();
  state.focus = null;
  setTitle(null);
  refreshControls();
  history.pushState({}, '', '/');
  document.title = 'OncoGraph explorer';
  showWelcome();
});
window.addEventListener('popstate', () => {
  const ref = new URLSearchParams(window.location.search).get('focus');
  if (ref) focus(ref, { push: false }); else $('clear').click();
});

buildLegend();
refreshControls();
$('modality').addEventListener('focus', loadModalities);
$('modality').addEventListener('pointerdown', loadModalities);
const initial = new URLSearchParams(window.location.search).get('focus');
if (initial) focus(initial, { push: false }); else showWelcome();
