// What the explorer and the dashboard share: calling the API, reading its problems, the look of each node type,
// and links to the registries that identifiers come from.

/** An API answer that is not a success: an RFC 9457 problem, or a network failure (status 0). */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET an API path with query parameters (empty ones left out); resolves to JSON, rejects with an ApiProblem. */
export async function api(path, params = {}) {
  return (await apiResponse(path, params)).json;
}

/** Like api(), with the answer's headers too: {json, headers}. */
export async function apiResponse(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  let response;
  for (let attempt = 1; ; attempt++) {
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiProblem(0, { title: 'OncoGraph cannot be reached', detail: 'Check that the application is running, then try again.' });
    }
    // 503: the graph did not answer in time (a busy or starting database). A read can safely be asked once more.
    if (response.status !== 503 || attempt === 2) break;
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch (e) { /* not JSON: keep the status */ }
    if (response.status === 404 && !problem.detail && !problem.type) {
      problem = { title: 'Not available', detail: `This server does not answer ${url.pathname} yet.` };
    }
    throw new ApiProblem(response.status, problem);
  }
  return { json: await response.json(), headers: response.headers };
}

/** The items of a list answer, whatever it is wrapped in ({items}, {hits}, a bare array...). */
export function itemsOf(answer) {
  if (Array.isArray(answer)) return answer;
  if (!answer || typeof answer !== 'object') return [];
  for (const key of ['items', 'hits', 'results', 'content', 'paths', 'data']) {
    if (Array.isArray(answer[key])) return answer[key];
  }
  return [];
}

/** Other entities a problem offers instead (409 candidates, 404 suggestions), as {ref, name, type}. */
export function alternativesOf(problem) {
  const list = problem.candidates || problem.suggestions || problem.matches || [];
  return (Array.isArray(list) ? list : []).map(entity).filter((e) => e.ref);
}

/** Reads an entity reference as the API gives it in search hits, candidates or node data. */
export function entity(raw) {
  if (typeof raw === 'string') return { ref: raw, name: raw, type: '' };
  const ref = raw.ref ?? raw.key ?? raw.symbol ?? raw.nctId ?? raw.id ?? '';
  return {
    ref: String(ref),
    name: raw.name ?? raw.title ?? raw.label ?? raw.symbol ?? String(ref),
    type: raw.type ?? raw.kind ?? (Array.isArray(raw.labels) ? raw.labels[0] : raw.label && raw.name ? raw.label : '') ?? '',
    matched: raw.matched ?? raw.matchedName ?? raw.match ?? raw.matchedOn ?? null,
    raw,
  };
}

// ---------- node types ----------

let styles = null;

/** Loads the type palette (static/ui/node-styles.json, the same file the Neo4j Browser style is made from). */
export async function loadStyles() {
  if (!styles) {
    const response = await fetch('/ui/node-styles.json');
    styles = (await response.json()).labels;
  }
  return styles;
}

const normalise = (type) => String(type || '').toLowerCase().replace(/[^a-z]/g, '');

/** The style of a type however the API spells it (Antigen, antigen, ADVERSE_EFFECT, adverse-effect...). */
export function styleOf(type) {
  const key = normalise(type);
  return (styles || []).find((s) => normalise(s.type) === key || normalise(s.label) === key)
    || { label: type || 'Other', type: key || 'other', plural: 'Other', color: '#64748B', shape: 'ellipse', caption: 'name' };
}

/** A coloured badge naming the type. */
export function typeBadge(type) {
  const style = styleOf(type);
  const badge = el('span', { class: 'badge', style: `background:${style.color}` }, style.label.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return badge;
}

// ---------- links to where identifiers come from ----------

const RESOLVERS = [
  [/^(?:ctgov:)?(NCT\d{8})$/i, (m) => [`https://clinicaltrials.gov/study/${m[1].toUpperCase()}`, 'ClinicalTrials.gov']],
  [/^(?:doi:|https?:\/\/doi\.org\/)?(10\.\d{4,9}\/\S+)$/i, (m) => [`https://doi.org/${m[1]}`, 'DOI']],
  [/^(?:pmid:|PMID:?\s*)(\d{4,9})$/i, (m) => [`https://pubmed.ncbi.nlm.nih.gov/${m[1]}/`, 'PubMed']],
  [/^(?:pmcid:)?(PMC\d+)$/i, (m) => [`https://pmc.ncbi.nlm.nih.gov/articles/${m[1].toUpperCase()}/`, 'PubMed Central']],
  [/^(?:ror:|https?:\/\/ror\.org\/)(0[a-z0-9]{6}\d{2})$/i, (m) => [`https://ror.org/${m[1]}`, 'ROR']],
  [/^(HGNC:\d+)$/i, (m) => [`https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/${m[1].toUpperCase()}`, 'HGNC']],
  [/^MONDO[:_](\d{7})$/i, (m) => [`https://monarchinitiative.org/MONDO:${m[1]}`, 'MONDO']],
  [/^NCIT?[:_](C\d+)$/i, (m) => [`https://evsexplore.semantics.cancer.gov/evsexplore/concept/ncit/${m[1]}`, 'NCIt']],
  [/^DOID[:_](\d+)$/i, (m) => [`https://disease-ontology.org/?id=DOID:${m[1]}`, 'Disease Ontology']],
  [/^(https?:\/\/\S+)$/i, (m) => [m[1], 'web']],
];

/** Where an identifier can be looked up ({url, registry}), or null when it is not a known kind. */
export function resolveId(id, property = '') {
  const text = String(id).trim();
  if (/^ror(Id)?$/i.test(property) && /^0[a-z0-9]{6}\d{2}$/i.test(text)) return resolveId(`ror:${text}`);
  if (/^pmid$/i.test(property) && /^\d+$/.test(text)) return resolveId(`pmid:${text}`);
  if (/^uniprot$/i.test(property) && /^[A-Z0-9]{6,10}(-\d+)?$/i.test(text)) return { url: `https://www.uniprot.org/uniprotkb/${text}`, registry: 'UniProt' };
  if (/^entrez$/i.test(property) && /^\d+$/.test(text)) return { url: `https://www.ncbi.nlm.nih.gov/gene/${text}`, registry: 'NCBI Gene' };
  for (const [pattern, to] of RESOLVERS) {
    const match = text.match(pattern);
    if (match) {
      const [url, registry] = to(match);
      return { url, registry };
    }
  }
  return null;
}

/** The identifier as text, linked to its registry when it has one. */
export function idLink(id, property) {
  const target = resolveId(id, property);
  if (!target) return document.createTextNode(String(id));
  return el('a', { href: target.url, target: '_blank', rel: 'noopener', title: `Open in ${target.registry}` }, String(id));
}

// ---------- DOM ----------

/** Creates an element: el('a', {href: '/'}, 'text', childNode...). Text is always set as text, never as HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The text, cut at about n characters with an ellipsis. */
export const shorten = (text, n) => (String(text).length > n ? `${String(text).slice(0, n - 1)}…` : String(text));

/** A problem shown to a person: what went wrong, what to do, and the alternatives the API offered. */
export function problemNotice(error, onPick) {
  const problem = error instanceof ApiProblem ? error.problem : { title: 'Something went wrong', detail: String(error.message || error) };
  const notice = el('div', { class: 'notice error', role: 'alert' },
    el('strong', {}, problem.title || 'Something went wrong'),
    problem.detail ? el('span', {}, problem.detail) : null);
  const alternatives = alternativesOf(problem);
  if (alternatives.length && onPick) {
    notice.append(el('div', { class: 'muted', style: 'margin-top:8px' }, problem.status === 409 || error.status === 409 ? 'Which one did you mean?' : 'Did you mean:'));
    notice.append(el('div', { class: 'chips' }, alternatives.slice(0, 8).map((a) =>
      el('button', { class: 'chip', type: 'button', title: a.name, onclick: () => onPick(a) }, typeBadge(a.type), ' ', shorten(a.name, 60)))));
  }
  return notice;
}

/** Suggestions as you type, for any text input: calls /api/v1/search and hands the picked hit to onPick. */
export function attachSearch(input, list, onPick, { limit = 8 } = {}) {
  let hits = [];
  let active = -1;
  let timer = null;
  let sequence = 0;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  };
  const pick = (hit) => { close(); input.value = hit.name; onPick(hit); };
  const render = (query) => {
    list.replaceChildren();
    if (!hits.length) {
      list.append(el('li', { class: 'none', role: 'option' }, `Nothing in the graph matches “${query}”.`));
    }
    hits.forEach((hit, i) => {
      const matched = hit.matched && hit.matched.toLowerCase() !== hit.name.toLowerCase() ? el('span', { class: 'matched' }, `matched “${hit.matched}”`) : null;
      list.append(el('li', { role: 'option', 'data-ref': hit.ref, 'data-type': styleOf(hit.type).type, onmousedown: (e) => { e.preventDefault(); pick(hit); } },
        typeBadge(hit.type), el('span', { class: 'name' }, hit.name), matched, el('span', { class: 'ref' }, hit.ref)));
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };
  const lookup = async () => {
    const query = input.value.trim();
    if (query.length < 2) { close(); return; }
    const mine = ++sequence;
    try {
      const answer = await api('/api/v1/search', { q: query, limit });
      // Typing on, or leaving the field, makes this answer stale.
      if (mine !== sequence || document.activeElement !== input) return;
      hits = itemsOf(answer).map(entity);
      render(query);
    } catch (error) {
      if (mine !== sequence) return;
      list.replaceChildren(el('li', { class: 'none' }, problemNotice(error)));
      list.hidden = false;
    }
  };

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookup, 180); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { e.preventDefault(); highlight((active + 1) % hits.length); }
    else if (e.key === 'ArrowUp' && hits.length) { e.preventDefault(); highlight((active - 1 + hits.length) % hits.length); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && hits[active]) pick(hits[active]);
      else if (input.value.trim()) { clearTimeout(timer); onPick({ ref: input.value.trim(), name: input.value.trim(), type: '' }); close(); }
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => { sequence++; setTimeout(close, 120); });
  return { close };
}

/** A short message at the bottom of the page. */
export function toast(message) {
  let box = document.getElementById('toast');
  if (!box) {
    box = el('div', { id: 'toast', class: 'toast', role: 'status' });
    document.body.append(box);
  }
  box.textContent = message;
  box.hidden = false;
  clearTimeout(box._timer);
  box._timer = setTimeout(() => { box.hidden = true; }, 2600);
}

/** Saves a blob or data URL as a file. */
export function download(filename, content, type) {
  const url = typeof content === 'string' && content.startsWith('data:') ? content : URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  if (!url.startsWith('data:')) setTimeout(() => URL.revokeObjectURL(url), 1000);
}
