// The dashboard: charts of /api/v1/stats; a click on a bar opens the explorer or a filtered list.
import { api, itemsOf, entity, loadStyles, styleOf, idLink, el, problemNotice } from './common.js';

await loadStyles();
Chart.defaults.font.family = 'Inter, "Segoe UI", system-ui, sans-serif';
Chart.defaults.color = '#475569';
Chart.defaults.plugins.legend.labels.usePointStyle = true;

const $ = (id) => document.getElementById(id);
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC3D8A', '#B8860B', '#4FA3D9', '#7B4FB8', '#8A9A2B', '#C81E1E', '#6B7280', '#7C5E3C', '#94A3B8'];

// ---------- reading the stats answer ----------

/** The first of the named members that the stats answer has. */
const pick = (stats, ...names) => names.map((n) => stats?.[n]).find((v) => v !== undefined && v !== null);

/**
 * A series as [{label, value, ref}], from a list of objects ({antigen: {key, name}, therapies: 3},
 * {phase: 'PHASE2', count: 7}...) or from a map ({PHASE2: 7}).
 */
function series(raw) {
  if (!raw) return [];
  if (!Array.isArray(raw) && typeof raw === 'object') {
    return Object.entries(raw).map(([label, value]) => ({ label, ref: label, value: Number(typeof value === 'object' ? value.count ?? value.value : value) }));
  }
  return raw.map((item) => {
    if (typeof item !== 'object' || item === null) return null;
    const nested = Object.values(item).find((v) => v && typeof v === 'object' && !Array.isArray(v) && (v.key || v.ref || v.name));
    const who = nested ? entity(nested) : null;
    const numbers = Object.entries(item).filter(([, v]) => typeof v === 'number');
    const count = item.count ?? item.value ?? item.total ?? numbers[0]?.[1] ?? 0;
    const text = Object.entries(item).find(([k, v]) => typeof v === 'string' && !['type'].includes(k));
    const ref = who?.ref ?? item.key ?? item.ref ?? item.code ?? item.id ?? text?.[1];
    const label = who?.name ?? item.name ?? item.label ?? text?.[1] ?? ref;
    return { label: String(label), ref: ref === undefined ? String(label) : String(ref), value: Number(count), type: who?.type ?? item.type };
  }).filter((d) => d && Number.isFinite(d.value));
}

const PHASES = { EARLY_PHASE1: 'Early phase 1', PHASE1: 'Phase 1', PHASE2: 'Phase 2', PHASE3: 'Phase 3', PHASE4: 'Phase 4', NA: 'Not applicable', UNKNOWN: 'Unknown' };
const PHASE_ORDER = ['EARLY_PHASE1', 'PHASE1', 'PHASE1_PHASE2', 'PHASE2', 'PHASE2_PHASE3', 'PHASE3', 'PHASE4', 'NA', 'UNKNOWN'];
const phaseRank = (p) => { const i = PHASE_ORDER.indexOf(String(p).toUpperCase().replace('/', '_')); return i < 0 ? PHASE_ORDER.length : i; };
const humanPhase = (p) => PHASES[p] || String(p).replace(/PHASE(\d)/g, '$1').replace(/[_/]+/g, '/').replace(/^(\d)/, 'Phase $1');
const humanWord = (s) => String(s).toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
let countryNames;
try { countryNames = new Intl.DisplayNames(['en'], { type: 'region' }); } catch (e) { countryNames = null; }
const humanCountry = (code) => (countryNames && /^[A-Z]{2}$/i.test(code) ? countryNames.of(code.toUpperCase()) : code);

// ---------- charts ----------

const CHARTS = [
  {
    id: 'therapies-per-antigen', title: 'Therapies per antigen', hint: 'top 10 · click to explore',
    members: ['therapiesPerAntigen', 'therapiesByAntigen', 'antigens'], kind: 'bar', horizontal: true, top: 10, color: styleOf('antigen').color,
    empty: 'No therapy targets an antigen yet.',
    open: (d) => { window.location.href = `/?focus=${encodeURIComponent(d.ref)}`; },
  },
  {
    id: 'trials-by-phase', title: 'Trials by phase', hint: 'click for the trials',
    members: ['trialsPerPhase', 'trialsByPhase', 'phases'], kind: 'bar', color: styleOf('trial').color, label: humanPhase,
    order: (a, b) => phaseRank(a.ref) - phaseRank(b.ref),
    empty: 'No trials yet: import ClinicalTrials.gov records to fill this chart.',
    open: (d) => list('trials', { phase: d.ref }, `Trials in ${humanPhase(d.ref).toLowerCase()}`),
  },
  {
    id: 'trials-by-country', title: 'Trials by country', hint: 'top 12 · click for the trials',
    members: ['trialsPerCountry', 'trialsByCountry', 'countries'], kind: 'bar', horizontal: true, top: 12, color: styleOf('country').color,
    label: humanCountry, empty: 'No trial sites are known yet.',
    open: (d) => list('trials', { country: d.ref }, `Trials with a site in ${humanCountry(d.label)}`),
  },
  {
    id: 'modality-mix', title: 'Modality mix', hint: 'trials per modality · click for its therapies',
    members: ['trialsPerModality', 'therapiesPerModality', 'modalityMix'], kind: 'doughnut',
    empty: 'No trial tests a therapy of a known modality yet.',
    open: (d) => list('therapies', { modality: d.ref }, `${d.label} therapies`),
  },
  {
    id: 'cancers-by-therapies', title: 'Cancers by number of therapies', hint: 'top 10 · click to explore',
    members: ['cancersByTherapies', 'cancersByNumberOfTherapies', 'therapiesPerCancer', 'cancers'], kind: 'bar', horizontal: true, top: 10,
    color: styleOf('cancer').color, empty: 'No therapy is linked to a cancer yet.',
    open: (d) => { window.location.href = `/?focus=${encodeURIComponent(d.ref)}`; },
  },
  {
    id: 'trials-by-status', title: 'Trials by status', hint: 'click for the trials',
    members: ['trialsPerStatus', 'trialsByStatus', 'statuses'], kind: 'doughnut', label: humanWord,
    empty: 'No trials yet.',
    open: (d) => list('trials', { status: d.ref }, `${humanWord(d.ref)} trials`),
  },
];

/** The card of a chart: its title, and a canvas or, with no data, a sentence saying why. */
function chartCard(spec, data) {
  return el('article', { class: 'panel chart-card', 'data-chart': spec.id },
    el('header', {}, el('h2', {}, spec.title), el('span', { class: 'hint' }, data.length ? spec.hint : '')),
    data.length ? el('div', { class: 'chart-box' }, el('canvas', { id: `chart-${spec.id}`, role: 'img', 'aria-label': spec.title }))
      : el('div', { class: 'notice' }, spec.empty));
}

/** Draws a chart into its card's canvas; the cards must be in the page first, so each chart sizes to its own. */
function drawChart(spec, data) {
  const canvas = $(`chart-${spec.id}`);
  if (!canvas) return null;
  const labels = data.map((d) => (spec.label ? spec.label(d.label) : d.label));
  const doughnut = spec.kind === 'doughnut';
  return new Chart(canvas, {
    type: spec.kind,
    data: {
      labels,
      datasets: [{
        label: spec.title,
        data: data.map((d) => d.value),
        backgroundColor: doughnut ? data.map((_, i) => PALETTE[i % PALETTE.length]) : spec.color,
        borderRadius: doughnut ? 0 : 4,
        maxBarThickness: 34,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: doughnut, position: 'right' },
        tooltip: { callbacks: { footer: () => 'Click to see them' } },
      },
      scales: doughnut ? {} : {
        [spec.horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: '#eef2f7' } },
        [spec.horizontal ? 'y' : 'x']: { grid: { display: false }, ticks: { autoSkip: false, callback(value) { const l = this.getLabelForValue(value); return l.length > 28 ? `${l.slice(0, 27)}…` : l; } } },
      },
      onHover: (event, active) => { event.native.target.style.cursor = active.length ? 'pointer' : 'default'; },
      onClick: (event, active) => { if (active.length) spec.open(data[active[0].index]); },
    },
  });
}

// ---------- drill-down list ----------

const LIST_COLUMNS = {
  trials: [
    ['Trial', (t) => idLink(t.nctId ?? t.key ?? entity(t).ref)],
    ['Title', (t) => el('a', { href: `/?focus=${encodeURIComponent(t.nctId ?? t.key ?? entity(t).ref)}` }, t.title ?? t.name ?? '')],
    ['Phase', (t) => (t.phase ? humanPhase(t.phase) : (t.phases || []).map(humanPhase).join(', '))],
    ['Status', (t) => (t.status ? humanWord(t.status) : '')],
  ],
  therapies: [
    ['Therapy', (t) => el('a', { href: `/?focus=${encodeURIComponent(entity(t).ref)}` }, entity(t).name)],
    ['Modality', (t) => [t.modality, t.modalities].flat().filter(Boolean).map((m) => (typeof m === 'object' ? m.name ?? m.key : m)).join(', ')],
    ['Targets', (t) => [t.antigens, t.targets].flat().filter(Boolean).map((a) => (typeof a === 'object' ? a.name ?? a.key : a)).join(', ')],
  ],
};

async function list(collection, params, title) {
  const drill = $('drill');
  drill.hidden = false;
  drill.replaceChildren(el('header', {}, el('h2', {}, title)), el('p', { class: 'muted' }, 'Loading…'));
  drill.scrollIntoView({ behavior: 'smooth', block: 'start' });
  try {
    const answer = await api(`/api/v1/${collection}`, { ...params, size: 100 });
    const items = itemsOf(answer);
    const total = answer.total ?? items.length;
    const columns = LIST_COLUMNS[collection];
    const table = el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, columns.map(([name]) => el('th', { scope: 'col' }, name)))),
      el('tbody', {}, items.map((item) => el('tr', {}, columns.map(([, cell]) => el('td', {}, cell(item)))))));
    drill.replaceChildren(
      el('header', {}, el('h2', {}, `${title} `, el('span', { class: 'pill' }, String(total))),
        el('button', { type: 'button', onclick: () => { drill.hidden = true; } }, 'Close')),
      items.length ? el('div', { class: 'table-wrap' }, table) : el('p', { class: 'notice' }, 'Nothing to list.'),
      total > items.length ? el('p', { class: 'muted' }, `The first ${items.length} of ${total}.`) : null);
  } catch (error) {
    drill.replaceChildren(el('header', {}, el('h2', {}, title),
      el('button', { type: 'button', onclick: () => { drill.hidden = true; } }, 'Close')), problemNotice(error));
  }
}

// ---------- counts ----------

function kpis(stats) {
  const counts = series(pick(stats, 'labels', 'nodes', 'nodeCounts', 'countsPerLabel', 'counts'));
  const shown = ['Therapy', 'Antigen', 'Cancer', 'Trial', 'Institution', 'Publication'];
  $('kpis').replaceChildren(...shown.map((label) => {
    const found = counts.find((c) => styleOf(c.label).label === label);
    const style = styleOf(label);
    return el('div', { class: 'panel kpi', 'data-label': label },
      el('div', { class: 'value' }, found ? found.value.toLocaleString('en') : '–'),
      el('div', { class: 'label' }, el('span', { class: 'dot', style: `background:${style.color}` }), style.plural));
  }));
}

// ---------- start ----------

try {
  const stats = await api('/api/v1/stats');
  kpis(stats);
  const prepared = CHARTS.map((spec) => {
    let data = series(pick(stats, ...spec.members));
    if (spec.order) data.sort(spec.order); else data.sort((a, b) => b.value - a.value);
    if (spec.top) data = data.slice(0, spec.top);
    return [spec, data];
  });
  $('charts').replaceChildren(...prepared.map(([spec, data]) => chartCard(spec, data)));
  // For people debugging in the console, and for the browser tests.
  window.charts = prepared.map(([spec, data]) => drawChart(spec, data)).filter(Boolean);
  $('updated').textContent = `Counted ${new Date().toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
} catch (error) {
  $('problem').replaceChildren(problemNotice(error));
}
