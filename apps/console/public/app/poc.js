// Point of contact: the guided signal form, batch upload, the agency's receipts and feedback inbox.
import { api } from './api.js';
import { countryErrors, countryInput, resolveCountries } from './countries.js';
import { dateErrors, dateInput, dateText, dateValue } from './dates.js';
import {
  clear,
  clearErrors,
  dl,
  field,
  h,
  labelOf,
  lengthErrors,
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
import { label, t } from './i18n.js';

const CLASSIFICATIONS = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'];
const classificationHelp = (level) => `${label(`classification.${level}`, level)} — ${t(`console.poc.classification-help.${level}`)}`;
const RELIABILITY = ['A', 'B', 'C', 'X'].map((v) => ({ value: v, label: t(`reliability.${v}`) }));
const ACCURACY = ['1', '2', '3', '4'].map((v) => ({ value: v, label: t(`accuracy.${v}`) }));
const HANDLING = ['H1', 'H2', 'H3'].map((v) => ({ value: v, label: t(`handling.${v}`) }));
const URGENCY = ['routine', 'priority', 'immediate'].map((v) => ({ value: v, label: t(`urgency.${v}`) }));
/** The hint of every country field (a list to pick from; a typed name or code is turned into the code). */
const COUNTRY_HINT = () => t('console.poc.country-hint');
/** The contract class of each subject kind (libs/contracts SUBJECT_CLASSES), for its fields' lengths. */
const SUBJECT_CLASS = {
  person: 'PersonSubject',
  organisation: 'OrganisationSubject',
  vehicle: 'VehicleSubject',
  vessel: 'VesselSubject',
  aircraft: 'AircraftSubject',
  container: 'ContainerSubject',
  phone: 'PhoneSubject',
  email: 'EmailSubject',
  iban: 'IbanSubject',
  crypto: 'CryptoSubject',
};
const DOC_TYPES = ['passport', 'identity-card', 'residence-permit', 'visa', 'driving-licence', 'travel-document'];

/** Subject kinds and their fields: [property, label, required, hint]. */
const SUBJECT_KINDS = {
  person: {
    label: () => t('console.poc.kind.person'),
    fields: [
      ['familyName', t('console.poc.field.familyName'), true],
      ['givenNames', t('console.poc.field.givenNames')],
      ['birthDate', t('console.poc.field.birthDate'), false, null, 'date'],
      ['birthPlace', t('console.poc.field.birthPlace')],
      ['nationalities', t('console.poc.field.nationalities'), false, t('console.poc.hint.nationalities'), 'countries'],
    ],
  },
  organisation: {
    label: () => t('console.poc.kind.organisation'),
    fields: [
      ['name', t('console.poc.field.organisationName'), true],
      ['registrationNumber', t('console.poc.field.registrationNumber')],
      ['country', t('console.poc.field.country'), false, COUNTRY_HINT(), 'country'],
    ],
  },
  vehicle: {
    label: () => t('console.poc.kind.vehicle'),
    fields: [
      ['plate', t('console.poc.field.plate'), true],
      ['registrationCountry', t('console.poc.field.registrationCountry'), true, COUNTRY_HINT(), 'country'],
      ['vin', t('console.poc.field.vin')],
      ['description', t('console.poc.field.vehicleDescription')],
    ],
  },
  vessel: {
    label: () => t('console.poc.kind.vessel'),
    fields: [
      ['imo', t('console.poc.field.imo'), true, t('console.poc.hint.imo')],
      ['name', t('console.poc.field.vesselName')],
      ['flag', t('console.poc.field.flag'), false, COUNTRY_HINT(), 'country'],
    ],
  },
  aircraft: {
    label: () => t('console.poc.kind.aircraft'),
    fields: [
      ['registration', t('console.poc.field.aircraftRegistration'), true],
      ['icao24', t('console.poc.field.icao24')],
      ['operator', t('console.poc.field.operator')],
    ],
  },
  container: {
    label: () => t('console.poc.kind.container'),
    fields: [
      ['containerNumber', t('console.poc.field.containerNumber'), true, t('console.poc.hint.container')],
      ['billOfLading', t('console.poc.field.billOfLading')],
      ['portOfLoading', t('console.poc.field.portOfLoading')],
    ],
  },
  phone: {
    label: () => t('console.poc.kind.phone'),
    fields: [['number', t('console.poc.field.phoneNumber'), true, t('console.poc.hint.phone')]],
  },
  email: { label: () => t('console.poc.kind.email'), fields: [['address', t('console.poc.field.emailAddress'), true]] },
  iban: {
    label: () => t('console.poc.kind.iban'),
    fields: [
      ['iban', t('console.poc.field.iban'), true],
      ['bic', t('console.poc.field.bic')],
      ['holder', t('console.poc.field.holder')],
    ],
  },
  crypto: {
    label: () => t('console.poc.kind.crypto'),
    fields: [
      ['network', t('console.poc.field.network'), true, '', ['bitcoin', 'ethereum', 'tron', 'monero', 'litecoin', 'other']],
      ['address', t('console.poc.field.cryptoAddress'), true],
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

export async function render(main, session, path) {
  leave();
  const view = path[0] ?? 'new';
  put(
    clear(main),
    tabs(
      t('console.role.poc'),
      [
        ['new', t('console.poc.tab.new')],
        ['batch', t('console.poc.tab.batch')],
        ['receipts', t('console.poc.tab.receipts')],
        ['inbox', t('console.poc.tab.inbox')],
        ['cell', t('console.poc.tab.cell')],
        ['alerts', t('console.poc.tab.alerts')],
      ],
      view,
    ),
  );
  const section = h('section');
  put(main, section);
  if (view === 'batch') return batchView(section);
  if (view === 'receipts') return receiptsView(section, path[1]);
  if (view === 'inbox') return inboxView(section);
  if (view === 'alerts') return alertsView(section, session);
  // The permanence cell's queue of reporters' drafts (reporter.js).
  if (view === 'cell') return (await import('./reporter.js')).cellView(section);
  return signalForm(section);
}

async function loadCatalogues() {
  catalogues ??= (await api('GET', '/api/catalogues')).data;
  return catalogues;
}

const titleCase = (code) => code.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
/** A category's label in the page's language (the file's English label for a code the catalogues lack). */
const categoryLabel = (c) => label(`taxonomy.${c.code}`, c.label);
const indicatorLabel = (ind) => label(`indicator.${ind.code}`, ind.label);
const subLabel = (c, s) => label(`taxonomy.${c.code}.${s}`, titleCase(s));
const categoryOptions = (taxonomy) =>
  taxonomy.categories.map((c) =>
    h(
      'optgroup',
      { label: categoryLabel(c) },
      h('option', { value: c.code }, t('console.poc.category-general', { category: categoryLabel(c) })),
      c.children.map((s) => h('option', { value: `${c.code}.${s}` }, `${categoryLabel(c)} — ${subLabel(c, s)}`)),
    ),
  );

/** The guided form; `hooks` (reporter.js) sends it elsewhere (`endpoint`) and says what was done (`sent`). */
export async function signalForm(section, hooks = {}) {
  const { taxonomy, indicators, limits } = await loadCatalogues();
  const today = new Date();
  const retention = new Date(today.getTime() + 3 * 365 * 86400000).toISOString().slice(0, 10);
  const form = h('form', { class: 'card', novalidate: true });

  const ref = h('input', {
    name: 'externalRef',
    required: true,
    autocomplete: 'off',
    dataset: { contract: 'SignalSubmission.externalRef' },
  });
  const categoryFilter = h('input', { type: 'search', autocomplete: 'off' });
  const category = h(
    'select',
    { name: 'category', required: true },
    h('option', { value: '' }, t('console.poc.choose-category')),
    categoryOptions(taxonomy),
  );
  categoryFilter.addEventListener('input', () => {
    const q = categoryFilter.value.trim().toLowerCase();
    for (const o of category.querySelectorAll('option'))
      o.hidden = !!q && !!o.value && !`${o.textContent} ${o.value}`.toLowerCase().includes(q);
  });
  // Further categories the signal also falls under (a fraud that finances terrorism), up to five.
  const furtherCategories = h('select', { name: 'additionalCategories', multiple: true, size: '6' }, categoryOptions(taxonomy));
  // OCAM's remit is data in the taxonomy: warn before submitting when no chosen category is within it.
  const inRemit = new Set(taxonomy.categories.filter((c) => c.ocamRemit).map((c) => c.code));
  const remitLabels = taxonomy.categories.filter((c) => c.ocamRemit).map((c) => categoryLabel(c).toLowerCase());
  const remitNotice = h('div', { class: 'remit-notice', 'aria-live': 'polite' });
  const chosenCategories = () => [category.value, ...[...furtherCategories.selectedOptions].map((o) => o.value)].filter(Boolean);
  const checkRemit = () => {
    clear(remitNotice);
    const chosen = chosenCategories();
    if (!chosen.length || chosen.some((c) => inRemit.has(c.split('.')[0]))) return;
    put(remitNotice, notice(t('console.poc.outside-remit', { chosen: chosen.join(', '), remit: remitLabels.join(' / ') }), 'warning'));
  };
  category.addEventListener('change', checkRemit);
  furtherCategories.addEventListener('change', checkRemit);

  // Indicators: searchable, described, each with its confidence.
  const indicatorSearch = h('input', { type: 'search', autocomplete: 'off' });
  const indicatorRows = indicators.indicators.map((ind) => {
    const box = h('input', { type: 'checkbox', id: uid('ind'), value: ind.code });
    const confidence = select(
      ['low', 'medium', 'high'].map((v) => ({ value: v, label: t(`console.poc.confidence.${v}`) })),
      {
        'aria-label': t('console.poc.confidence-of', { indicator: indicatorLabel(ind) }),
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
        indicatorLabel(ind),
        ' ',
        h('span', { class: 'code' }, ind.code),
        h('span', { class: 'hint' }, ` · ${ind.categories.map((c) => label(`taxonomy.${c}`, c)).join(', ')}`),
      ),
      confidence,
    );
    return { ind, box, confidence, row };
  });
  const filterIndicators = () => {
    const q = indicatorSearch.value.trim().toLowerCase();
    const top = category.value.split('.')[0];
    for (const r of indicatorRows) {
      const text = `${indicatorLabel(r.ind)} ${r.ind.code}`.toLowerCase();
      r.row.hidden = !r.box.checked && ((q && !text.includes(q)) || (!q && top && !r.ind.categories.includes(top)));
    }
  };
  indicatorSearch.addEventListener('input', filterIndicators);
  category.addEventListener('change', filterIndicators);

  const subjects = h('div', { class: 'subjects' });
  const kind = select(
    Object.entries(SUBJECT_KINDS).map(([value, k]) => ({ value, label: k.label() })),
    {},
  );
  const addSubject = (k, values = {}) => {
    const fs = subjectFieldset(subjects, k, values);
    put(subjects, fs);
    return fs;
  };

  const observed = dateInput({ name: 'observedAt', required: true, value: localNow() }, { time: true });
  const country = countryInput({ name: 'country' });
  const place = h('input', { name: 'place', autocomplete: 'off', dataset: { contract: 'Location.place' } });
  // No maxlength: a pasted text would be cut without a word; the length is checked before sending.
  const summary = h('textarea', { name: 'summary', required: true, dataset: { contract: 'SignalSubmission.summary' } });
  const classification = select(
    CLASSIFICATIONS.map((v) => ({ value: v, label: label(`classification.${v}`, v) })),
    { name: 'classification', value: 'restricted' },
  );
  const classificationHint = h('p', { class: 'hint', 'aria-live': 'polite' }, classificationHelp('restricted'));
  classification.addEventListener('change', () => (classificationHint.textContent = classificationHelp(classification.value)));
  const reliability = select(RELIABILITY, { value: 'B' });
  const accuracy = select(ACCURACY, { value: '2' });
  const handling = select(HANDLING, { value: 'H2' });
  const legalBasis = h('input', {
    name: 'legalBasis',
    required: true,
    value: t('console.poc.legal-basis-default'),
    dataset: { contract: 'SignalSubmission.legalBasis' },
  });
  const retentionUntil = dateInput({ name: 'retentionUntil', value: retention });
  const urgency = select(URGENCY, { value: 'routine' });

  put(
    form,
    title(answering ? t('console.poc.supplementary') : t('console.poc.tab.new')),
    answering ? notice(t('console.poc.answering', { signalId: answering.signalId, question: answering.question ?? '' }), 'info') : null,
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.poc.external-ref'), ref, { path: 'externalRef', hint: t('console.poc.external-ref-hint') }),
      field(t('console.poc.observed-at'), observed, { path: 'observedAt', hint: t('console.poc.observed-at-hint') }),
      field(t('console.poc.urgency'), urgency, { path: 'urgency', hint: t('console.poc.urgency-hint') }),
    ),
    h(
      'div',
      { class: 'grid' },
      field(t('console.poc.search-categories'), categoryFilter, { hint: t('console.poc.search-categories-hint') }),
      field(t('console.poc.category'), category, { path: 'category', hint: t('console.poc.category-hint', { version: taxonomy.version }) }),
      field(t('console.poc.further-categories'), furtherCategories, {
        path: 'additionalCategories',
        hint: t('console.poc.further-categories-hint'),
      }),
    ),
    remitNotice,
    h(
      'fieldset',
      { 'data-path': 'indicators', id: uid('indicators'), tabindex: '-1' },
      h('legend', {}, t('console.poc.indicators')),
      field(t('console.poc.search-indicators'), indicatorSearch, {
        hint: t('console.poc.search-indicators-hint', { version: indicators.version }),
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
      h('legend', {}, t('console.poc.subjects')),
      h('p', { class: 'hint' }, t('console.poc.subjects-hint')),
      subjects,
      h(
        'div',
        { class: 'actions' },
        field(t('console.poc.subject-kind'), kind),
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => addSubject(kind.value).querySelector('input, select')?.focus() },
          t('console.poc.add-subject'),
        ),
      ),
    ),
    h(
      'div',
      { class: 'grid' },
      field(t('console.poc.country-of-observation'), country, {
        path: 'location.country',
        hint: t('console.poc.country-optional', { hint: COUNTRY_HINT() }),
      }),
      field(t('console.poc.place'), place, { path: 'location.place', hint: t('console.poc.place-hint') }),
    ),
    h(
      'div',
      { class: 'grid' },
      field(t('console.poc.summary'), summary, { path: 'summary', wide: true, hint: t('console.poc.summary-hint') }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('console.poc.marking')),
      h(
        'div',
        { class: 'grid' },
        h('div', {}, field(t('console.poc.classification'), classification, { path: 'classification' }), classificationHint),
        field(t('console.poc.reliability'), reliability, { path: 'evaluation.sourceReliability', hint: t('console.poc.reliability-hint') }),
        field(t('console.poc.accuracy'), accuracy, { path: 'evaluation.informationAccuracy', hint: t('console.poc.accuracy-hint') }),
        field(t('console.poc.handling'), handling, { path: 'handling', hint: t('console.poc.handling-hint') }),
        field(t('console.poc.legal-basis'), legalBasis, { path: 'legalBasis', hint: t('console.poc.legal-basis-hint') }),
        field(t('console.poc.keep-until'), retentionUntil, { path: 'retentionUntil', hint: t('console.poc.keep-until-hint') }),
      ),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.poc.submit'))),
    h('div', { class: 'result', 'aria-live': 'polite' }),
  );
  put(section, form);
  // An answer starts from the original as the agency submitted it: its category (and further ones),
  // its subjects and a reference of its own derived from the original's; the rest is the POC's to say.
  const original = answering?.signal ?? null;
  if (answering) {
    category.value = original?.category ?? answering.category ?? '';
    for (const o of furtherCategories.options) o.selected = (original?.additionalCategories ?? []).includes(o.value);
    checkRemit();
    if (answering.externalRef) ref.value = supplementRef(answering.externalRef);
    summary.value = t('console.poc.supplement-summary', {
      signalId: answering.signalId,
      ref: answering.externalRef ? ` (${answering.externalRef})` : '',
    });
  }
  const originalSubjects = (original?.subjects ?? []).filter((s) => SUBJECT_KINDS[s?.kind]);
  if (originalSubjects.length) for (const s of originalSubjects) addSubject(s.kind, s);
  else addSubject('person');
  filterIndicators();

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    // What the browser can tell without asking: required fields left empty, texts longer or shorter
    // than the contract allows. Nothing is sent then (the gateway judges everything again).
    // Country names and lower-case codes become codes; anything else in a country field is an error.
    resolveCountries(form);
    const missing = [
      ...missingRequired(form),
      ...lengthErrors(form, limits),
      ...countryErrors(form, labelOf),
      ...dateErrors(form, labelOf),
    ];
    if (missing.length) return showErrors(form, t('console.poc.needs-attention'), missing);
    const body = {
      externalRef: ref.value.trim(),
      category: category.value,
      indicators: indicatorRows.filter((r) => r.box.checked).map((r) => ({ code: r.ind.code, confidence: r.confidence.value })),
      subjects: [...subjects.querySelectorAll('fieldset.subject')].map(readSubject),
      observedAt: dateValue(observed),
      summary: summary.value,
      classification: classification.value,
      evaluation: { sourceReliability: reliability.value, informationAccuracy: Number(accuracy.value) },
      handling: handling.value,
      legalBasis: legalBasis.value,
      retentionUntil: dateValue(retentionUntil),
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
      const { data } = await api('POST', hooks.endpoint ?? '/api/gateway/v1/signals', body);
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
        hooks.sent?.(data) ?? [
          notice(t(data.repeated ? 'console.poc.already-received' : 'console.poc.accepted', { signalId: data.signalId }), 'ok'),
          h('p', {}, h('a', { href: `#/receipts/${data.signalId}` }, t('console.poc.follow-receipt'))),
        ],
      );
      result.querySelector('a').focus();
    } catch (e) {
      showProblem(form, e.problem ?? { title: t('console.poc.submission-failed'), detail: e.message });
    } finally {
      button.disabled = false;
    }
  });
}

/** A minute ago, as the observation time's field writes it (local time). */
function localNow() {
  return dateText(new Date(Date.now() - 60000), true);
}

/** A reference for an answer to the signal `ref`: the original's with `-S<time>`, unique, within the contract's 100 characters. */
function supplementRef(ref) {
  const tail = `-S${Date.now().toString(36).toUpperCase()}`;
  return `${ref.slice(0, 100 - tail.length)}${tail}`;
}

function subjectFieldset(container, kind, values) {
  const spec = SUBJECT_KINDS[kind];
  const index = () => [...container.querySelectorAll('fieldset.subject')].indexOf(fs);
  const fs = h('fieldset', { class: 'subject', dataset: { kind } });
  const number = container.querySelectorAll('fieldset.subject').length + 1;
  const inputs = spec.fields.map(([prop, label, required, hint, type]) => {
    const contract = `${SUBJECT_CLASS[kind]}.${prop}`;
    const given = Array.isArray(values[prop]) ? values[prop].join(', ') : values[prop];
    const control = Array.isArray(type)
      ? select(type, { dataset: { prop }, ...(given ? { value: given } : {}) })
      : type === 'country' || type === 'countries'
        ? countryInput({ dataset: { prop }, required: !!required, value: given ?? '' }, type === 'countries')
        : type === 'date'
          ? dateInput({ dataset: { prop, contract }, required: !!required, value: given ?? '' })
          : h('input', { type: 'text', dataset: { prop, contract }, required: !!required, autocomplete: 'off', value: given ?? '' });
    return field(`${label}${required ? ` (${t('console.form.required')})` : ''}`, control, { hint: hint || undefined });
  });
  const extra = [];
  if (kind === 'person') {
    const doc = values.documents?.[0] ?? {};
    const docType = select(
      [{ value: '', label: t('console.poc.doc.none') }, ...DOC_TYPES.map((d) => ({ value: d, label: t(`console.poc.doc.${d}`) }))],
      {
        dataset: { doc: 'type' },
        value: doc.type ?? '',
      },
    );
    const docNumber = h('input', {
      dataset: { doc: 'number', contract: 'IdentityDocument.number' },
      autocomplete: 'off',
      value: doc.number ?? '',
    });
    const docCountry = countryInput({ dataset: { doc: 'issuingCountry' }, value: doc.issuingCountry ?? '' });
    // The contract takes a document whole (type, number and issuing country) or not at all: once
    // one of them is filled, the three are required.
    const docFields = [docType, docNumber, docCountry];
    const docRequired = () => {
      const any = docFields.some((el) => el.value.trim());
      for (const el of docFields) el.required = any;
    };
    for (const el of docFields) for (const type of ['input', 'change']) el.addEventListener(type, docRequired);
    docRequired();
    extra.push(
      field(t('console.poc.doc.type'), docType),
      field(t('console.poc.doc.number'), docNumber),
      field(t('console.poc.doc.issuing-country'), docCountry, { hint: COUNTRY_HINT() }),
    );
  }
  put(
    fs,
    h('legend', {}, t('console.poc.subject-legend', { number, kind: spec.label() })),
    h('div', { class: 'grid' }, inputs, extra),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => fs.remove() }, t('console.poc.remove-subject', { number })),
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
    const v = el.dataset.date ? (dateValue(el) ?? el.value.trim()) : el.value.trim();
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

/**
 * A batch file to start from: { "signals": [ one signal ] } that the gateway accepts as it is (its
 * reference unique to this download, observed an hour ago, kept as long as the form's default), to
 * be copied once per signal and filled in.
 */
function batchTemplate() {
  const now = Date.now();
  return {
    signals: [
      {
        externalRef: `TEMPLATE-${now.toString(36).toUpperCase()}-1`,
        category: 'terrorism.travel',
        subjects: [{ kind: 'person', familyName: t('console.poc.template-family-name') }],
        observedAt: new Date(now - 3600_000).toISOString(),
        summary: t('console.poc.template-summary'),
        classification: 'restricted',
        evaluation: { sourceReliability: 'B', informationAccuracy: 2 },
        handling: 'H2',
        legalBasis: t('console.poc.legal-basis-default'),
        retentionUntil: new Date(now + 3 * 365 * 86400000).toISOString().slice(0, 10),
        urgency: 'routine',
      },
    ],
  };
}

function downloadTemplate() {
  const url = window.URL.createObjectURL(new window.Blob([`${JSON.stringify(batchTemplate(), null, 2)}\n`], { type: 'application/json' }));
  const a = h('a', { href: url, download: 'signals-template.json', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => window.URL.revokeObjectURL(url), 60_000);
}

async function batchView(section) {
  // JSON only: what the batch takes (a CSV was offered, then refused as "not valid JSON").
  const file = h('input', { type: 'file', accept: '.json,application/json' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card' },
    title(t('console.poc.tab.batch')),
    h('p', {}, t('console.poc.batch-intro')),
    h(
      'p',
      {},
      h('button', { type: 'button', class: 'secondary', onclick: downloadTemplate }, t('console.poc.batch-template')),
      ' ',
      h('span', { class: 'hint' }, t('console.poc.batch-template-hint')),
    ),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field(t('console.poc.batch-file'), file, { path: 'signals' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.poc.batch-upload'))),
    out,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    clear(out);
    const f = file.files?.[0];
    if (!f)
      return showProblem(form, {
        title: t('console.poc.batch-choose'),
        errors: [{ path: 'signals', reason: t('console.poc.batch-no-file') }],
      });
    let parsed;
    try {
      parsed = JSON.parse(await f.text());
    } catch {
      return showProblem(form, {
        title: t('console.poc.batch-not-json'),
        errors: [{ path: 'signals', reason: t('console.poc.batch-invalid-json') }],
      });
    }
    const signals = Array.isArray(parsed) ? parsed : parsed?.signals;
    try {
      const { data } = await api('POST', '/api/gateway/v1/signals/batch', { signals });
      put(
        out,
        notice(t('console.poc.batch-result', data), data.rejected ? 'warning' : 'ok'),
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            {},
            h('caption', { class: 'hint' }, t('console.poc.batch-caption')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, '#'),
                h('th', { scope: 'col' }, t('console.poc.outcome')),
                h('th', { scope: 'col' }, t('console.poc.signal-or-errors')),
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
                  h('td', {}, h('span', { class: `badge ${r.outcome}` }, label(`console.status.${r.outcome}`, r.outcome))),
                  h(
                    'td',
                    {},
                    r.signalId
                      ? h('a', { href: `#/receipts/${r.signalId}` }, r.signalId)
                      : (r.errors ?? []).map((e) => h('div', {}, `${e.path}: ${e.message ?? e.reason}`)),
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
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('console.poc.older-signals'));
  put(section, title(t('console.poc.tab.receipts')), h('p', { class: 'hint' }, t('console.poc.receipts-hint')), list, more);
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
    put(clear(list), ...(cards.length ? cards : [notice(t('console.poc.no-signals'))]));
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
    if (e.status === 404 || e.status === 400) return h('article', { class: 'card' }, h('p', {}, t('console.poc.no-receipt', { id })));
    throw e;
  }
}

function receiptArticle(r) {
  if (r.status === 'purged')
    return h(
      'article',
      { class: 'card receipt', 'aria-label': t('console.poc.receipt', { ref: r.signalId }) },
      h('h2', {}, r.signalId, ' ', h('span', { class: 'badge' }, t('console.status.purged'))),
      dl([
        [t('console.poc.purged-at'), when(r.purgedAt)],
        [t('console.poc.retention-until'), r.retentionUntil ?? '—'],
      ]),
    );
  const history = r.history; // in the order the gateway recorded them
  return h(
    'article',
    { class: 'card receipt', 'aria-label': t('console.poc.receipt', { ref: r.externalRef }) },
    h('h2', {}, r.externalRef, ' ', h('span', { class: `badge ${r.status}` }, label(`console.status.${r.status}`, r.status))),
    dl([
      [t('console.poc.signal'), h('span', { class: 'code' }, r.signalId)],
      [t('console.poc.accepted-at'), when(r.acceptedAt)],
      [t('console.poc.trace'), h('span', { class: 'code' }, r.traceId)],
    ]),
    h('h3', {}, t('console.poc.timeline')),
    h(
      'ol',
      { class: 'timeline' },
      history.map((s) =>
        h(
          'li',
          {},
          h('strong', {}, label(`console.status.${s.status}`, s.status)),
          ` — ${when(s.at)}`,
          s.detail ? h('div', { class: 'hint' }, describeDetail(s.detail)) : null,
        ),
      ),
    ),
  );
}

/** A reason code's words (a message that wants values the step does not carry says its code only). */
function reasonText(code) {
  try {
    return label(`reason.${code}`, code);
  } catch {
    return code;
  }
}

/** A step's detail in the page's language: each fact under its catalogue label, a refusal's reasons with theirs (and their codes). */
function describeDetail(d) {
  if (typeof d !== 'object' || d === null) return String(d);
  if (d.question) return t('console.poc.question', { question: d.question });
  const reasons = (Array.isArray(d.reasons) ? d.reasons : [])
    .filter((r) => r && typeof r.reason === 'string')
    .map((r) => t('console.poc.detail-reason', { path: String(r.path ?? ''), reason: reasonText(r.reason), code: r.reason }));
  const facts = Object.entries(d)
    .filter(([, v]) => v !== null && typeof v !== 'object')
    .map(([k, v]) => `${label(`console.oversight.detail.${k}`, k)}: ${v}`);
  return [...reasons, ...facts].join(' · ');
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

  const list = h('ul', { class: 'inbox', role: 'list', 'aria-label': t('console.poc.all-notices') });
  // Which notices the list shows: the gateway filters (?status=), so a kind is never lost among others.
  const kinds = select(
    [
      { value: '', label: t('console.poc.kinds.all') },
      { value: 'assessed', label: t('console.poc.kinds.assessed') },
      { value: 'rejected,failed', label: t('console.poc.kinds.rejected') },
      { value: 'routed,duplicate,delivered', label: t('console.poc.kinds.routed') },
    ],
    {},
  );
  const older = h('button', { type: 'button', class: 'secondary', hidden: true }, t('console.poc.older-notices'));
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
    status.textContent = shown ? t('console.poc.notices-shown', { shown, more: String(!!cursor) }) : t('console.poc.no-notices');
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
    title(t('console.poc.tab.inbox')),
    h('p', { class: 'hint' }, t('console.poc.inbox-hint')),
    open.length
      ? notice(t('console.poc.questions-waiting', { count, n: open.length }), 'warning')
      : notice(t('console.poc.no-questions'), 'ok'),
    open.length
      ? h(
          'section',
          { class: 'pinned', 'aria-labelledby': 'open-questions' },
          h('h2', { id: 'open-questions' }, t('console.poc.open-questions')),
          h(
            'ul',
            { class: 'inbox', role: 'list', 'aria-label': t('console.poc.open-questions') },
            open.map((item) => inboxCard(item, 'pinned')),
          ),
        )
      : null,
    h('h2', {}, t('console.poc.all-notices')),
    field(t('console.poc.show'), kinds, { hint: t('console.poc.show-hint') }),
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
      h('span', { class: `badge ${item.status}` }, label(`console.status.${item.status}`, item.status)),
      ' ',
      ref ? h('strong', {}, ref) : null,
      ` · ${t('console.poc.received')} `,
      when(item.receivedAt ?? item.occurredAt),
      item.receivedAt && item.occurredAt
        ? h('span', { class: 'hint' }, ` (${t('console.poc.occurred', { at: when(item.occurredAt) })})`)
        : null,
    ),
    h('p', { class: 'hint' }, `${t('console.poc.signal')} `, h('a', { href: `#/receipts/${item.signalId}`, class: 'code' }, item.signalId)),
    item.detail?.outcome
      ? h('p', {}, t('console.poc.outcome-is', { outcome: label(`console.outcome.${item.detail.outcome}`, item.detail.outcome) }))
      : null,
    question ? h('blockquote', { class: 'question' }, h('strong', {}, `${t('console.poc.analyst-question')} `), question) : null,
    item.detail?.reasons
      ? h(
          'ul',
          {},
          item.detail.reasons.map((r) =>
            h('li', {}, `${r.path ?? ''} ${r.code ? label(`reason.${r.code}`, r.reason ?? r.code) : (r.reason ?? JSON.stringify(r))}`),
          ),
        )
      : null,
    question && where === 'open' ? h('p', { class: 'hint' }, t('console.poc.waiting-answer')) : null,
    question && where === 'listed' ? h('p', { class: 'hint' }, t('console.poc.answered')) : null,
    question && where === 'pinned'
      ? h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              'aria-label': `${t('console.poc.answer')}: ${ref ?? item.signalId}`,
              onclick: async () => {
                // The original as submitted, to start the answer from (a signal produced directly on
                // Kafka has none here: the answer starts from the summary's link alone).
                const original = await api('GET', `/api/gateway/v1/signals/${encodeURIComponent(item.signalId)}/content`).then(
                  (r) => r.data,
                  () => null,
                );
                answering = {
                  signalId: item.signalId,
                  question,
                  externalRef: original?.externalRef ?? ref,
                  signal: original?.signal ?? null,
                };
                location.hash = '#/new';
              },
            },
            t('console.poc.answer'),
          ),
        )
      : null,
  );
}

// ---- alerts to the permanence cell -----------------------------------------------------------------------

/**
 * OCAM's alerts to the agency's permanence cell that reached this POC (GET /v1/alerts of the gateway):
 * its question on a signal, its request for information — ids, level and link only, as the e-mail. An
 * exercise's alert carries an **Exercise** badge so that nobody takes a drill for a real alert. One not
 * yet acknowledged has an **Acknowledge** button: the gateway passes the acknowledgement to OCAM, which
 * stops the escalation along the cell (and the ledger has it).
 */
async function alertsView(section, session) {
  const list = h('ul', { class: 'alerts', role: 'list', 'aria-label': t('console.poc.alerts-list') });
  const status = h('p', { role: 'status', class: 'hint' });
  const load = async () => {
    clear(list);
    let items;
    try {
      items = (await api('GET', '/api/gateway/v1/alerts')).data.items;
    } catch (e) {
      return put(list, h('li', {}, notice(e.message, 'error')));
    }
    if (!items.length) return put(list, h('li', {}, t('console.poc.alerts-none')));
    put(
      list,
      items.map((a) => alertCard(a, session, acknowledge)),
    );
  };
  const acknowledge = async (a, button) => {
    button.disabled = true;
    try {
      await api('POST', `/api/gateway/v1/alerts/${encodeURIComponent(a.alertId)}/acknowledgement`, {});
      status.textContent = t('console.poc.alert-acknowledged-now');
      await load();
    } catch (e) {
      button.disabled = false;
      status.textContent = e.message;
    }
  };
  put(section, title(t('console.poc.tab.alerts')), h('p', { class: 'hint' }, t('console.poc.alerts-intro')), status, list);
  await load();
}

function alertCard(a, session, acknowledge) {
  const about = a.signalId
    ? [t('console.poc.signal'), ' ', h('a', { href: `#/receipts/${a.signalId}`, class: 'code' }, a.signalId)]
    : a.productId
      ? [t('console.poc.alert-product'), ' ', h('span', { class: 'code' }, a.productId)]
      : null;
  const kind = label(`console.poc.alert-kind.${a.kind}`, a.kind);
  const ackButton = h(
    'button',
    { type: 'button', 'aria-label': t('console.poc.alert-acknowledge-named', { kind, id: a.alertId }) },
    t('console.poc.alert-acknowledge'),
  );
  ackButton.addEventListener('click', () => acknowledge(a, ackButton));
  return h(
    'li',
    { class: a.acknowledgedAt ? 'card' : 'card question-open', 'aria-label': t('console.poc.alert-named', { kind, id: a.alertId }) },
    h(
      'p',
      {},
      a.exercise ? [h('span', { class: 'badge exercise' }, t('console.exercise')), ' '] : null,
      h('strong', {}, kind),
      ' · ',
      h('span', { class: a.level === 'immediate' ? 'badge immediate' : 'badge' }, label(`console.poc.alert-level.${a.level}`, a.level)),
      ` · ${t('console.poc.received')} `,
      when(a.raisedAt),
    ),
    a.exercise ? h('p', { class: 'hint' }, t('console.poc.alert-exercise-hint')) : null,
    about ? h('p', { class: 'hint' }, about) : null,
    h('p', { class: 'hint' }, t('console.poc.alert-id'), ' ', h('span', { class: 'code' }, a.alertId)),
    a.acknowledgedAt
      ? h(
          'p',
          {},
          h('span', { class: 'badge ok' }, t('console.poc.alert-acknowledged')),
          ' ',
          a.acknowledgedBy === session.principal.id
            ? t('console.poc.alert-acknowledged-by-you', { at: when(a.acknowledgedAt) })
            : t('console.poc.alert-acknowledged-by-other', { at: when(a.acknowledgedAt) }),
        )
      : h('div', { class: 'actions' }, ackButton),
  );
}
