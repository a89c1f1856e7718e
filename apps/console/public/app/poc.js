// Point of contact: the guided signal form, batch upload, the agency's receipts and feedback inbox.
import { api } from './api.js';
import { countryErrors, countryInput, resolveCountries } from './countries.js';
import {
  clear,
  clearErrors,
  dl,
  field,
  h,
  labelOf,
  missingRequired,
  notice,
  select,
  showErrors,
  showProblem,
  tabs,
  title,
  uid,
  when,
  put,
} from './dom.js';

const CLASSIFICATION_HELP = {
  unclassified: 'Unclassified — no marking.',
  restricted: 'Restricted — harm if disclosed outside the services that need it.',
  confidential: 'Confidential — serious harm if disclosed; readers need a confidential clearance.',
  secret: 'Secret — above this deployment’s accreditation by default: use the classified channel.',
  'top-secret': 'Top secret — never through Passerelle: use the classified channel.',
};
const RELIABILITY = [
  { value: 'A', label: 'A — reliable (no doubt about the source)' },
  { value: 'B', label: 'B — mostly reliable' },
  { value: 'C', label: 'C — not reliable' },
  { value: 'X', label: 'X — cannot be judged' },
];
const ACCURACY = [
  { value: '1', label: '1 — known to be true without reservation' },
  { value: '2', label: '2 — known personally to the source, not to the officer' },
  { value: '3', label: '3 — not known personally, corroborated' },
  { value: '4', label: '4 — cannot be judged' },
];
const HANDLING = [
  { value: 'H1', label: 'H1 — may be passed on to services that need it' },
  { value: 'H2', label: 'H2 — not to be passed on without the originator’s consent' },
  { value: 'H3', label: 'H3 — other restrictions, stated in the summary' },
];
const URGENCY = [
  { value: 'routine', label: 'Routine' },
  { value: 'priority', label: 'Priority' },
  { value: 'immediate', label: 'Immediate' },
];
/** The hint of every country field (a list to pick from; a typed name or code is turned into the code). */
const COUNTRY_HINT = 'Pick from the list, or type the name or the two-letter code (BE).';
const DOC_TYPES = ['passport', 'identity-card', 'residence-permit', 'visa', 'driving-licence', 'travel-document'];

/** Subject kinds and their fields: [property, label, required, hint]. */
const SUBJECT_KINDS = {
  person: {
    label: 'Person',
    fields: [
      ['familyName', 'Family name', true],
      ['givenNames', 'Given names'],
      ['birthDate', 'Birth date', false, 'YYYY-MM-DD', 'date'],
      ['birthPlace', 'Birth place'],
      ['nationalities', 'Nationalities', false, 'Names or two-letter codes, comma-separated (Belgium, FR)', 'countries'],
    ],
  },
  organisation: {
    label: 'Organisation',
    fields: [
      ['name', 'Organisation name', true],
      ['registrationNumber', 'Registration number'],
      ['country', 'Country', false, COUNTRY_HINT, 'country'],
    ],
  },
  vehicle: {
    label: 'Vehicle',
    fields: [
      ['plate', 'Number plate', true],
      ['registrationCountry', 'Registration country', true, COUNTRY_HINT, 'country'],
      ['vin', 'VIN'],
      ['description', 'Vehicle description'],
    ],
  },
  vessel: {
    label: 'Vessel',
    fields: [
      ['imo', 'IMO number', true, 'IMO followed by 7 digits'],
      ['name', 'Vessel name'],
      ['flag', 'Flag', false, COUNTRY_HINT, 'country'],
    ],
  },
  aircraft: {
    label: 'Aircraft',
    fields: [
      ['registration', 'Aircraft registration', true],
      ['icao24', 'ICAO 24-bit address'],
      ['operator', 'Operator'],
    ],
  },
  container: {
    label: 'Container or shipment',
    fields: [
      ['containerNumber', 'Container number', true, 'ISO 6346 (MSCU1234565)'],
      ['billOfLading', 'Bill of lading'],
      ['portOfLoading', 'Port of loading'],
    ],
  },
  phone: { label: 'Phone', fields: [['number', 'Phone number', true, 'International form (+32…)']] },
  email: { label: 'E-mail', fields: [['address', 'E-mail address', true]] },
  iban: {
    label: 'Bank account (IBAN)',
    fields: [
      ['iban', 'IBAN', true],
      ['bic', 'BIC'],
      ['holder', 'Account holder'],
    ],
  },
  crypto: {
    label: 'Crypto address',
    fields: [
      ['network', 'Network', true, '', ['bitcoin', 'ethereum', 'tron', 'monero', 'litecoin', 'other']],
      ['address', 'Crypto address', true],
    ],
  },
};

let catalogues = null;
/** A signal a new one supplements (from "Answer" in the inbox). */
let answering = null;
let refreshTimer = null;

export function leave() {
  clearInterval(refreshTimer);
}

export async function render(main, _session, path) {
  leave();
  const view = path[0] ?? 'new';
  put(
    clear(main),
    tabs(
      'Point of contact',
      [
        ['new', 'New signal'],
        ['batch', 'Batch upload'],
        ['receipts', 'Receipts'],
        ['inbox', 'Feedback inbox'],
      ],
      view,
    ),
  );
  const section = h('section');
  put(main, section);
  if (view === 'batch') return batchView(section);
  if (view === 'receipts') return receiptsView(section, path[1]);
  if (view === 'inbox') return inboxView(section);
  return signalForm(section);
}

async function loadCatalogues() {
  catalogues ??= (await api('GET', '/api/catalogues')).data;
  return catalogues;
}

const titleCase = (code) => code.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

async function signalForm(section) {
  const { taxonomy, indicators } = await loadCatalogues();
  const today = new Date();
  const retention = new Date(today.getTime() + 3 * 365 * 86400000).toISOString().slice(0, 10);
  const form = h('form', { class: 'card', novalidate: true });

  const ref = h('input', { name: 'externalRef', required: true, autocomplete: 'off' });
  const categoryFilter = h('input', { type: 'search', autocomplete: 'off' });
  const category = h(
    'select',
    { name: 'category', required: true },
    h('option', { value: '' }, 'Choose a category…'),
    taxonomy.categories.map((c) =>
      h(
        'optgroup',
        { label: c.label },
        h('option', { value: c.code }, `${c.label} (general)`),
        c.children.map((s) => h('option', { value: `${c.code}.${s}` }, `${c.label} — ${titleCase(s)}`)),
      ),
    ),
  );
  categoryFilter.addEventListener('input', () => {
    const q = categoryFilter.value.trim().toLowerCase();
    for (const o of category.querySelectorAll('option'))
      o.hidden = !!q && !!o.value && !`${o.textContent} ${o.value}`.toLowerCase().includes(q);
  });
  // Further categories the signal also falls under (a fraud that finances terrorism), up to five.
  const furtherCategories = h(
    'select',
    { name: 'additionalCategories', multiple: true, size: '6' },
    taxonomy.categories.map((c) =>
      h(
        'optgroup',
        { label: c.label },
        h('option', { value: c.code }, `${c.label} (general)`),
        c.children.map((s) => h('option', { value: `${c.code}.${s}` }, `${c.label} — ${titleCase(s)}`)),
      ),
    ),
  );
  // OCAM's remit is data in the taxonomy: warn before submitting when no chosen category is within it.
  const inRemit = new Set(taxonomy.categories.filter((c) => c.ocamRemit).map((c) => c.code));
  const remitLabels = taxonomy.categories.filter((c) => c.ocamRemit).map((c) => c.label.toLowerCase());
  const remitNotice = h('div', { class: 'remit-notice', 'aria-live': 'polite' });
  const chosenCategories = () => [category.value, ...[...furtherCategories.selectedOptions].map((o) => o.value)].filter(Boolean);
  const checkRemit = () => {
    clear(remitNotice);
    const chosen = chosenCategories();
    if (!chosen.length || chosen.some((c) => inRemit.has(c.split('.')[0]))) return;
    put(
      remitNotice,
      notice(
        `Outside OCAM’s remit: none of the chosen categories (${chosen.join(', ')}) is within it. OCAM analyses threats of ` +
          `${remitLabels.join(' and ')} (law of 10 July 2006 on threat analysis). Passerelle will reject this signal ` +
          '(reason outside-remit) and it will not reach OCAM. Send it only if the facts also concern one of those: then add that category.',
        'warning',
      ),
    );
  };
  category.addEventListener('change', checkRemit);
  furtherCategories.addEventListener('change', checkRemit);

  // Indicators: searchable, described, each with its confidence.
  const indicatorSearch = h('input', { type: 'search', autocomplete: 'off' });
  const indicatorRows = indicators.indicators.map((ind) => {
    const box = h('input', { type: 'checkbox', id: uid('ind'), value: ind.code });
    const confidence = select(
      ['low', 'medium', 'high'].map((v) => ({ value: v, label: `confidence ${v}` })),
      {
        'aria-label': `Confidence: ${ind.label}`,
        disabled: true,
        value: 'medium',
      },
    );
    box.addEventListener('change', () => (confidence.disabled = !box.checked));
    const row = h(
      'div',
      { class: 'indicator' },
      box,
      h(
        'label',
        { for: box.id },
        ind.label,
        ' ',
        h('span', { class: 'code' }, ind.code),
        h('span', { class: 'hint' }, ` · ${ind.categories.join(', ')}`),
      ),
      confidence,
    );
    return { ind, box, confidence, row };
  });
  const filterIndicators = () => {
    const q = indicatorSearch.value.trim().toLowerCase();
    const top = category.value.split('.')[0];
    for (const r of indicatorRows) {
      const text = `${r.ind.label} ${r.ind.code}`.toLowerCase();
      r.row.hidden = !r.box.checked && ((q && !text.includes(q)) || (!q && top && !r.ind.categories.includes(top)));
    }
  };
  indicatorSearch.addEventListener('input', filterIndicators);
  category.addEventListener('change', filterIndicators);

  const subjects = h('div', { class: 'subjects' });
  const kind = select(
    Object.entries(SUBJECT_KINDS).map(([value, k]) => ({ value, label: k.label })),
    {},
  );
  const addSubject = (k, values = {}) => {
    const fs = subjectFieldset(subjects, k, values);
    put(subjects, fs);
    return fs;
  };

  const observed = h('input', { type: 'datetime-local', name: 'observedAt', required: true, value: localNow() });
  const country = countryInput({ name: 'country' });
  const place = h('input', { name: 'place', autocomplete: 'off' });
  const summary = h('textarea', { name: 'summary', required: true, maxlength: '4000' });
  const classification = select(Object.keys(CLASSIFICATION_HELP), { name: 'classification', value: 'restricted' });
  const classificationHelp = h('p', { class: 'hint', 'aria-live': 'polite' }, CLASSIFICATION_HELP.restricted);
  classification.addEventListener('change', () => (classificationHelp.textContent = CLASSIFICATION_HELP[classification.value]));
  const reliability = select(RELIABILITY, { value: 'B' });
  const accuracy = select(ACCURACY, { value: '2' });
  const handling = select(HANDLING, { value: 'H2' });
  const legalBasis = h('input', { name: 'legalBasis', value: 'Law of 10 July 2006 on threat analysis, art. 6' });
  const retentionUntil = h('input', { type: 'date', name: 'retentionUntil', value: retention });
  const urgency = select(URGENCY, { value: 'routine' });

  put(
    form,
    title(answering ? 'Supplementary signal' : 'New signal'),
    answering
      ? notice(
          `This signal answers the question on signal ${answering.signalId}: “${answering.question ?? ''}”. It is sent linked to the original (supplements), and its summary names it.`,
          'info',
        )
      : null,
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field('External reference', ref, {
        path: 'externalRef',
        hint: 'Your agency’s own reference; sending it again is recognised as a repeat.',
      }),
      field('Observed at', observed, { path: 'observedAt', hint: 'Local time of the observation; not in the future.' }),
      field('Urgency', urgency, { path: 'urgency', hint: 'Immediate: within hours; priority: days; routine: the normal flow.' }),
    ),
    h(
      'div',
      { class: 'grid' },
      field('Search categories', categoryFilter, { hint: 'Type to narrow the list below.' }),
      field('Category', category, { path: 'category', hint: `Taxonomy ${taxonomy.version}.` }),
      field('Further categories', furtherCategories, {
        path: 'additionalCategories',
        hint: 'Optional, up to five: what else the signal falls under (a fraud that finances terrorism). Ctrl-click to choose several.',
      }),
    ),
    remitNotice,
    h(
      'fieldset',
      { 'data-path': 'indicators', id: uid('indicators'), tabindex: '-1' },
      h('legend', {}, 'Indicators'),
      field('Search indicators', indicatorSearch, {
        hint: `Catalogue ${indicators.version}; those of the chosen category are shown first. Tick each that applies.`,
      }),
      h(
        'div',
        { class: 'indicator-list' },
        indicatorRows.map((r) => r.row),
      ),
      h('p', { class: 'error', id: 'indicators-error' }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Subjects'),
      h('p', { class: 'hint' }, 'Who or what the signal is about. Add only what the analysts need: minimise.'),
      subjects,
      h(
        'div',
        { class: 'actions' },
        field('Subject kind', kind),
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => addSubject(kind.value).querySelector('input, select')?.focus() },
          'Add subject',
        ),
      ),
    ),
    h(
      'div',
      { class: 'grid' },
      field('Country of observation', country, { path: 'location.country', hint: `${COUNTRY_HINT} Optional.` }),
      field('Place', place, { path: 'location.place', hint: 'Optional (Zaventem airport)' }),
    ),
    h(
      'div',
      { class: 'grid' },
      field('Summary', summary, { path: 'summary', wide: true, hint: 'What was observed, up to 4,000 characters. Facts, not opinions.' }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Classification, evaluation and handling'),
      h(
        'div',
        { class: 'grid' },
        h('div', {}, field('Classification', classification, { path: 'classification' }), classificationHelp),
        field('Source reliability', reliability, {
          path: 'evaluation.sourceReliability',
          hint: '4×4 system: how far the source can be trusted.',
        }),
        field('Information accuracy', accuracy, {
          path: 'evaluation.informationAccuracy',
          hint: '4×4 system: how sure the information is.',
        }),
        field('Handling', handling, { path: 'handling', hint: 'What the recipients may do with it.' }),
        field('Legal basis', legalBasis, { path: 'legalBasis', hint: 'The law that allows your service to pass this on.' }),
        field('Keep until', retentionUntil, { path: 'retentionUntil', hint: 'Every copy is purged after this date.' }),
      ),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Submit signal')),
    h('div', { class: 'result', 'aria-live': 'polite' }),
  );
  put(section, form);
  if (answering) {
    category.value = answering.category ?? '';
    checkRemit();
    summary.value = `Supplement to signal ${answering.signalId}${answering.externalRef ? ` (${answering.externalRef})` : ''}: `;
  }
  addSubject('person');
  filterIndicators();

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    // What the browser can tell without asking: required fields left empty. Nothing is sent then.
    // Country names and lower-case codes become codes; anything else in a country field is an error.
    resolveCountries(form);
    const missing = [...missingRequired(form), ...countryErrors(form, labelOf)];
    if (missing.length) return showErrors(form, 'Some fields need your attention before sending', missing);
    const body = {
      externalRef: ref.value.trim(),
      category: category.value,
      indicators: indicatorRows.filter((r) => r.box.checked).map((r) => ({ code: r.ind.code, confidence: r.confidence.value })),
      subjects: [...subjects.querySelectorAll('fieldset.subject')].map(readSubject),
      observedAt: observed.value ? new Date(observed.value).toISOString() : '',
      summary: summary.value,
      classification: classification.value,
      evaluation: { sourceReliability: reliability.value, informationAccuracy: Number(accuracy.value) },
      handling: handling.value,
      legalBasis: legalBasis.value,
      retentionUntil: retentionUntil.value,
      urgency: urgency.value,
    };
    if (!body.indicators.length) delete body.indicators;
    const further = [...furtherCategories.selectedOptions].map((o) => o.value).filter((c) => c !== body.category);
    if (further.length) body.additionalCategories = further;
    // The link to the original, in the contract (and in the summary, for the reader).
    if (answering) body.supplements = answering.signalId;
    if (country.value.trim() || place.value.trim())
      body.location = { country: country.value.trim(), ...(place.value.trim() ? { place: place.value.trim() } : {}) };
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    const result = form.querySelector('.result');
    clear(result);
    try {
      const { data } = await api('POST', '/api/gateway/v1/signals', body);
      answering = null;
      // Sent: the form is emptied for the next signal (the evaluation, handling, legal basis and
      // retention, usually the same from one signal to the next, are kept).
      for (const el of [ref, summary, country, place, categoryFilter, indicatorSearch]) el.value = '';
      categoryFilter.dispatchEvent(new window.Event('input'));
      category.value = '';
      for (const o of furtherCategories.options) o.selected = false;
      for (const r of indicatorRows) {
        r.box.checked = false;
        r.confidence.disabled = true;
      }
      clear(subjects);
      addSubject('person');
      observed.value = localNow();
      checkRemit();
      filterIndicators();
      put(
        result,
        notice(`${data.repeated ? 'Already received' : 'Signal accepted'}: ${data.signalId}.`, 'ok'),
        h('p', {}, h('a', { href: `#/receipts/${data.signalId}` }, 'Follow its receipt')),
      );
      result.querySelector('a').focus();
    } catch (e) {
      showProblem(form, e.problem ?? { title: 'Submission failed', detail: e.message });
    } finally {
      button.disabled = false;
    }
  });
}

function localNow() {
  const d = new Date(Date.now() - 60000);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

function subjectFieldset(container, kind, values) {
  const spec = SUBJECT_KINDS[kind];
  const index = () => [...container.querySelectorAll('fieldset.subject')].indexOf(fs);
  const fs = h('fieldset', { class: 'subject', dataset: { kind } });
  const number = container.querySelectorAll('fieldset.subject').length + 1;
  const inputs = spec.fields.map(([prop, label, required, hint, type]) => {
    const control = Array.isArray(type)
      ? select(type, { dataset: { prop } })
      : type === 'country' || type === 'countries'
        ? countryInput({ dataset: { prop }, required: !!required, value: values[prop] ?? '' }, type === 'countries')
        : h('input', {
            type: type === 'date' ? 'date' : 'text',
            dataset: { prop },
            required: !!required,
            autocomplete: 'off',
            value: values[prop] ?? '',
          });
    return field(`${label}${required ? ' (required)' : ''}`, control, { hint: hint || undefined });
  });
  const extra = [];
  if (kind === 'person') {
    const docType = select([{ value: '', label: 'None' }, ...DOC_TYPES.map((d) => ({ value: d, label: titleCase(d) }))], {
      dataset: { doc: 'type' },
    });
    const docNumber = h('input', { dataset: { doc: 'number' }, autocomplete: 'off' });
    const docCountry = countryInput({ dataset: { doc: 'issuingCountry' } });
    extra.push(
      field('Identity document type', docType),
      field('Document number', docNumber),
      field('Issuing country', docCountry, { hint: COUNTRY_HINT }),
    );
  }
  put(
    fs,
    h('legend', {}, `Subject ${number}: ${spec.label}`),
    h('div', { class: 'grid' }, inputs, extra),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => fs.remove() }, `Remove subject ${number}`),
    ),
  );
  // data-path follows the subject's position at submission time (subjects[i].field).
  fs.refreshPaths = () => {
    const i = index();
    fs.dataset.path = `subjects[${i}]`;
    for (const el of fs.querySelectorAll('[data-prop]')) el.dataset.path = `subjects[${i}].${el.dataset.prop}`;
    for (const el of fs.querySelectorAll('[data-doc]')) el.dataset.path = `subjects[${i}].documents[0].${el.dataset.doc}`;
  };
  fs.id = uid('subject');
  fs.tabIndex = -1;
  return fs;
}

function readSubject(fs) {
  fs.refreshPaths?.();
  const s = { kind: fs.dataset.kind };
  for (const el of fs.querySelectorAll('[data-prop]')) {
    const v = el.value.trim();
    if (!v) continue;
    s[el.dataset.prop] =
      el.dataset.prop === 'nationalities'
        ? v
            .split(',')
            .map((x) => x.trim().toUpperCase())
            .filter(Boolean)
        : v;
  }
  const doc = {};
  for (const el of fs.querySelectorAll('[data-doc]')) if (el.value.trim()) doc[el.dataset.doc] = el.value.trim();
  if (doc.type || doc.number) s.documents = [doc];
  return s;
}

// ---- batch upload --------------------------------------------------------------------------------

async function batchView(section) {
  const file = h('input', { type: 'file', accept: '.json,application/json' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card' },
    title('Batch upload'),
    h(
      'p',
      {},
      'A JSON file holding { "signals": [ … ] } or an array of signals (up to 500), as the API takes them; each is checked on its own.',
    ),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field('Signals file (JSON)', file, { path: 'signals' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Upload signals')),
    out,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    clear(out);
    const f = file.files?.[0];
    if (!f) return showProblem(form, { title: 'Choose a file first', errors: [{ path: 'signals', reason: 'no file chosen' }] });
    let parsed;
    try {
      parsed = JSON.parse(await f.text());
    } catch {
      return showProblem(form, { title: 'Not a JSON file', errors: [{ path: 'signals', reason: 'the file is not valid JSON' }] });
    }
    const signals = Array.isArray(parsed) ? parsed : parsed?.signals;
    try {
      const { data } = await api('POST', '/api/gateway/v1/signals/batch', { signals });
      put(
        out,
        notice(
          `${data.accepted} accepted, ${data.repeated} repeated, ${data.rejected} rejected, ${data.conflicts} conflicts.`,
          data.rejected ? 'warning' : 'ok',
        ),
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            {},
            h('caption', { class: 'hint' }, 'What became of each signal of the file'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, '#'),
                h('th', { scope: 'col' }, 'Outcome'),
                h('th', { scope: 'col' }, 'Signal or errors'),
              ),
            ),
            h(
              'tbody',
              {},
              data.results.map((r, i) =>
                h(
                  'tr',
                  {},
                  h('td', {}, String(i + 1)),
                  h('td', {}, h('span', { class: `badge ${r.outcome}` }, r.outcome)),
                  h(
                    'td',
                    {},
                    r.signalId
                      ? h('a', { href: `#/receipts/${r.signalId}` }, r.signalId)
                      : (r.errors ?? []).map((e) => h('div', {}, `${e.path}: ${e.reason}`)),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    } catch (e) {
      showProblem(form, e.problem);
    }
  });
  put(section, form);
}

// ---- receipts -------------------------------------------------------------------------------------

/** How many receipts the view shows at first, and how many more each "Show older signals" adds. */
const RECEIPTS_PAGE = 20;

/**
 * The agency's receipts, newest first (GET /v1/signals: every signal of the agency submitted through
 * the gateway, whoever submitted it). A receipt asked for by id (`#/receipts/<id>`) comes first even
 * when it is older than the page.
 */
async function receiptsView(section, focusId) {
  const list = h('div', { class: 'receipts' });
  let wanted = RECEIPTS_PAGE;
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show older signals');
  put(
    section,
    title('Receipts'),
    h(
      'p',
      { class: 'hint' },
      'Your agency’s signals, newest first, and where each one is: accepted → published → routed (or duplicate, rejected) → delivered → assessed. Refreshed every few seconds.',
    ),
    list,
    more,
  );
  const draw = async () => {
    const items = [];
    let cursor = null;
    do {
      const q = new URLSearchParams({ limit: String(Math.min(200, wanted - items.length)), ...(cursor ? { cursor } : {}) });
      const { data } = await api('GET', `/api/gateway/v1/signals?${q}`);
      items.push(...data.items);
      cursor = data.nextCursor;
    } while (cursor && items.length < wanted);
    const cards = items.map(receiptArticle);
    if (focusId && !items.some((r) => r.signalId === focusId)) cards.unshift(await receiptCard(focusId));
    more.hidden = !cursor;
    put(clear(list), ...(cards.length ? cards : [notice('No signals yet. Submit one from “New signal”.')]));
  };
  more.addEventListener('click', () => {
    wanted += RECEIPTS_PAGE;
    void draw().catch(() => undefined);
  });
  await draw();
  refreshTimer = setInterval(() => void draw().catch(() => undefined), 3000);
}

/** One receipt, read by its id (one older than the list's page, or produced directly on Kafka). */
async function receiptCard(id) {
  try {
    return receiptArticle((await api('GET', `/api/gateway/v1/signals/${encodeURIComponent(id)}`)).data);
  } catch (e) {
    if (e.status === 404 || e.status === 400)
      return h(
        'article',
        { class: 'card' },
        h('p', {}, `Signal ${id}: no receipt here (unknown, or submitted directly on Kafka); see the feedback inbox.`),
      );
    throw e;
  }
}

function receiptArticle(r) {
  if (r.status === 'purged')
    return h(
      'article',
      { class: 'card receipt', 'aria-label': `Receipt ${r.signalId}` },
      h('h2', {}, r.signalId, ' ', h('span', { class: 'badge' }, 'purged')),
      dl([
        ['Purged', when(r.purgedAt)],
        ['Retention until', r.retentionUntil ?? '—'],
      ]),
    );
  const history = r.history; // in the order the gateway recorded them
  return h(
    'article',
    { class: 'card receipt', 'aria-label': `Receipt ${r.externalRef}` },
    h('h2', {}, r.externalRef, ' ', h('span', { class: `badge ${r.status}` }, r.status)),
    dl([
      ['Signal', h('span', { class: 'code' }, r.signalId)],
      ['Accepted', when(r.acceptedAt)],
      ['Trace', h('span', { class: 'code' }, r.traceId)],
    ]),
    h('h3', {}, 'Status timeline'),
    h(
      'ol',
      { class: 'timeline' },
      history.map((s) =>
        h('li', {}, h('strong', {}, s.status), ` — ${when(s.at)}`, s.detail ? h('div', { class: 'hint' }, describeDetail(s.detail)) : null),
      ),
    ),
  );
}

function describeDetail(d) {
  if (typeof d !== 'object' || d === null) return String(d);
  if (d.question) return `Question: ${d.question}`;
  return Object.entries(d)
    .filter(([, v]) => typeof v !== 'object')
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
}

// ---- feedback inbox -------------------------------------------------------------------------------

/** Notices per page of the inbox ("Load older" adds as many). */
const INBOX_PAGE = 100;

/**
 * The agency's inbox. The analysts' open questions — asked and not yet answered by a supplementary
 * signal — are fetched by themselves (`?questions=open`) and pinned on top, whatever the number of
 * notices since: they cannot scroll out of reach, and the banner counts them, not the loaded page.
 * Below, every notice newest first by the time it reached the inbox, page by page ("Load older").
 */
async function inboxView(section) {
  const open = [];
  let openCursor = null;
  do {
    const q = new URLSearchParams({ questions: 'open', order: 'desc', limit: '100', ...(openCursor ? { cursor: openCursor } : {}) });
    const { data } = await api('GET', `/api/gateway/v1/feedback?${q}`);
    open.push(...data.items);
    openCursor = data.nextCursor;
  } while (openCursor && open.length < 500);
  const openIds = new Set(open.map((i) => i.eventId));

  const list = h('ul', { class: 'inbox', role: 'list', 'aria-label': 'All notices, newest first' });
  // Which notices the list shows: the gateway filters (?status=), so a kind is never lost among others.
  const kinds = select(
    [
      { value: '', label: 'All notices' },
      { value: 'assessed', label: 'Assessments and questions' },
      { value: 'rejected,failed', label: 'Rejections and failures' },
      { value: 'routed,duplicate,delivered', label: 'Routing and delivery' },
    ],
    {},
  );
  const older = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Load older notices');
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  let cursor = null;
  let shown = 0;
  const load = async () => {
    const q = new URLSearchParams({
      order: 'desc',
      limit: String(INBOX_PAGE),
      ...(kinds.value ? { status: kinds.value } : {}),
      ...(cursor ? { cursor } : {}),
    });
    const { data } = await api('GET', `/api/gateway/v1/feedback?${q}`);
    put(
      list,
      data.items.map((item) => inboxCard(item, openIds.has(item.eventId) ? 'open' : 'listed')),
    );
    shown += data.items.length;
    cursor = data.nextCursor;
    older.hidden = !cursor;
    status.textContent = shown
      ? `${shown} notice(s) shown${cursor ? '; older ones with “Load older notices”' : ', back to the first'}.`
      : 'No notices yet.';
  };
  kinds.addEventListener('change', async () => {
    clear(list);
    cursor = null;
    shown = 0;
    await load();
  });
  older.addEventListener('click', async () => {
    older.disabled = true;
    try {
      await load();
    } finally {
      older.disabled = false;
    }
  });
  await load();
  const count = `${open.length}${openCursor ? '+' : ''}`;
  put(
    section,
    title('Feedback inbox'),
    h(
      'p',
      { class: 'hint' },
      'Notices on your agency’s signals: routing, delivery, rejections, and the analysts’ assessments and questions. ' +
        'Questions not yet answered stay on top until you answer them with a supplementary signal.',
    ),
    open.length
      ? notice(`${count} question${open.length === 1 ? '' : 's'} from analysts waiting for an answer.`, 'warning')
      : notice('No question from analysts is waiting for an answer.', 'ok'),
    open.length
      ? h(
          'section',
          { class: 'pinned', 'aria-labelledby': 'open-questions' },
          h('h2', { id: 'open-questions' }, 'Questions waiting for an answer'),
          h(
            'ul',
            { class: 'inbox', role: 'list', 'aria-label': 'Questions waiting for an answer' },
            open.map((item) => inboxCard(item, 'pinned')),
          ),
        )
      : null,
    h('h2', {}, 'All notices, newest first'),
    field('Show', kinds, { hint: 'Only the notices of one kind, from the newest.' }),
    list,
    status,
    older,
  );
}

/** The agency's own reference of a notice's signal, when known; its id otherwise. */
const refOf = (item) => item.externalRef ?? (typeof item.detail?.externalRef === 'string' ? item.detail.externalRef : null);

/** One notice. `pinned`: an open question on top; `open`: the same in the list below (answered above). */
function inboxCard(item, where) {
  const ref = refOf(item);
  const question = item.detail?.question;
  return h(
    'li',
    { class: where === 'pinned' ? 'card question-open' : 'card' },
    h(
      'p',
      {},
      h('span', { class: `badge ${item.status}` }, item.status),
      ' ',
      ref ? h('strong', {}, ref) : null,
      ' · received ',
      when(item.receivedAt ?? item.occurredAt),
      item.receivedAt && item.occurredAt ? h('span', { class: 'hint' }, ` (occurred ${when(item.occurredAt)})`) : null,
    ),
    h('p', { class: 'hint' }, 'Signal ', h('a', { href: `#/receipts/${item.signalId}`, class: 'code' }, item.signalId)),
    item.detail?.outcome ? h('p', {}, `Outcome: ${item.detail.outcome}`) : null,
    question ? h('blockquote', { class: 'question' }, h('strong', {}, 'Question from the analyst: '), question) : null,
    item.detail?.reasons
      ? h(
          'ul',
          {},
          item.detail.reasons.map((r) => h('li', {}, `${r.path ?? ''} ${r.reason ?? r.code ?? JSON.stringify(r)}`)),
        )
      : null,
    question && where === 'open'
      ? h('p', { class: 'hint' }, 'Waiting for your answer: see “Questions waiting for an answer” above.')
      : null,
    question && where === 'listed' ? h('p', { class: 'hint' }, 'Answered by a supplementary signal.') : null,
    question && where === 'pinned'
      ? h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              'aria-label': `Answer with a supplementary signal: ${ref ?? item.signalId}`,
              onclick: () => {
                answering = { signalId: item.signalId, question, externalRef: ref };
                location.hash = '#/new';
              },
            },
            'Answer with a supplementary signal',
          ),
        )
      : null,
  );
}
