// Oversight: a signal's trail, ledger search, verification with the latest checkpoint, export, flow charts.
import { api } from './api.js';
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
  when,
  put,
} from './dom.js';
import { dateErrors, dateInput, dateValue } from './dates.js';
import { codesWithPrefix, label, locale, t } from './i18n.js';

const agencyCodes = () => codesWithPrefix('agency.');

const agencyLabel = (code) => (code ? label(`agency.${code}`, code) : '—');
const number = (n) => (typeof n === 'number' ? n.toLocaleString(locale()) : String(n));

let chart = null;

export function leave() {
  chart?.destroy();
  chart = null;
}

export async function render(main, _session, path) {
  leave();
  const view = path[0] ?? 'trail';
  put(
    clear(main),
    tabs(
      t('console.role.oversight'),
      [
        ['trail', t('console.oversight.tab.trail')],
        ['events', t('console.oversight.tab.events')],
        ['verify', t('console.oversight.tab.verify')],
        ['stats', t('console.oversight.tab.stats')],
      ],
      view,
    ),
  );
  const section = h('section');
  put(main, section);
  if (view === 'events') return eventsView(section);
  if (view === 'verify') return verifyView(section);
  if (view === 'stats') return statsView(section);
  // #/trail/<signal id>, or #/trail/ref/<agency>/<reference> (the reference URI-encoded: it may hold a /).
  if (path[1] === 'ref') return trailView(section, { agency: path[2] ?? '', reference: decodeURIComponent(path[3] ?? '') });
  return trailView(section, path[1] ? { signalId: path[1] } : {});
}

/** Agencies the catalogues name, for the pickers (a deployment's other codes can still be typed). */
function agencyList(id) {
  return h(
    'datalist',
    { id },
    agencyCodes().map((code) => h('option', { value: code }, agencyLabel(code))),
  );
}

/** Who did it: the principal's name where the entry is a principal's, else the actor as recorded. */
const actorText = (e) => (e.actorName ? e.actorName : e.actor);

/** An action's label from the catalogues where they have one, with its code. */
const actionText = (code) => {
  const l = label(`audit.action.${code}`, '');
  return l ? `${l} (${code})` : code;
};

/** A detail's value in words: lists joined, nested facts as `key value`, never JSON. */
const valueText = (v) =>
  Array.isArray(v)
    ? v.map(valueText).join(', ')
    : v && typeof v === 'object'
      ? Object.entries(v)
          .filter(([, x]) => x !== null && x !== undefined)
          .map(([k, x]) => `${label(`console.oversight.detail.${k}`, k)} ${valueText(x)}`)
          .join('; ')
      : String(v);

/** An entry's details as labelled facts (the catalogues' name for each key where they have one). */
const detailList = (d) =>
  dl(
    Object.entries(d ?? {})
      .filter(([, v]) => v !== null && v !== undefined)
      // The value as recorded (codes, ids, digests): shown as code, never translated.
      .map(([k, v]) => [label(`console.oversight.detail.${k}`, k), h('span', { class: 'code' }, valueText(v))]),
  );

const detailText = (d) =>
  Object.entries(d ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${label(`console.oversight.detail.${k}`, k)}: ${valueText(v)}`)
    .join(' · ');

async function trailView(section, wanted) {
  const agency = h('input', { autocomplete: 'off', required: true, list: 'oversight-agencies', value: wanted.agency ?? '' });
  const reference = h('input', { autocomplete: 'off', required: true, value: wanted.reference ?? '' });
  const byRef = h(
    'form',
    { class: 'card', role: 'search', novalidate: true },
    h('h2', {}, t('console.oversight.by-reference')),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.oversight.agency'), agency, { path: 'agency', hint: t('console.oversight.agency-hint') }),
      field(t('console.oversight.reference'), reference, { path: 'reference', hint: t('console.oversight.reference-hint') }),
    ),
    agencyList('oversight-agencies'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.oversight.find-by-reference'))),
  );
  byRef.addEventListener('submit', (e) => {
    e.preventDefault();
    const missing = missingRequired(byRef);
    if (missing.length) return showErrors(byRef, t('console.form.not-accepted'), missing);
    location.hash = `#/trail/ref/${encodeURIComponent(agency.value.trim())}/${encodeURIComponent(reference.value.trim())}`;
  });
  const id = h('input', { autocomplete: 'off', required: true, value: wanted.signalId ?? '' });
  const byId = h(
    'form',
    { class: 'card', role: 'search', novalidate: true },
    h('h2', {}, t('console.oversight.by-signal-id')),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field(t('console.oversight.signal-id'), id, { path: 'signalId', hint: t('console.oversight.signal-id-hint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, t('console.oversight.show-trail'))),
  );
  byId.addEventListener('submit', (e) => {
    e.preventDefault();
    const missing = missingRequired(byId);
    if (missing.length) return showErrors(byId, t('console.form.not-accepted'), missing);
    location.hash = `#/trail/${encodeURIComponent(id.value.trim())}`;
  });
  put(section, title(t('console.oversight.tab.trail')), h('div', { class: 'grid' }, byRef, byId));
  let data;
  try {
    if (wanted.reference) {
      const q = new URLSearchParams({ agency: wanted.agency, reference: wanted.reference });
      data = (await api('GET', `/api/audit/v1/audit/trail?${q}`)).data;
    } else if (wanted.signalId) {
      data = (await api('GET', `/api/audit/v1/audit/signals/${encodeURIComponent(wanted.signalId)}/trail`)).data;
    } else return;
  } catch (e) {
    return showProblem(wanted.reference ? byRef : byId, e.problem);
  }
  if (!data.entries.length) return put(section, notice(t('console.oversight.no-trail'), 'warning'));
  put(
    section,
    h('h2', {}, t('console.oversight.steps', { n: data.entries.length })),
    wanted.reference
      ? h(
          'p',
          { class: 'hint' },
          t('console.oversight.reference-found', { agency: agencyLabel(data.agency), reference: data.reference }),
          ' ',
          h('a', { href: `#/trail/${data.signalId}` }, data.signalId),
          data.signalIds.length > 1 ? ` · ${t('console.oversight.reference-others', { n: data.signalIds.length - 1 })} ` : '',
          data.signalIds.slice(1).map((other) => [h('a', { href: `#/trail/${other}` }, other), ' ']),
        )
      : null,
    h(
      'ol',
      { class: 'timeline trail' },
      data.entries.map((e) =>
        h(
          'li',
          {},
          h('strong', {}, actionText(e.action)),
          ` — ${when(e.recordedAt ?? e.occurredAt)}`,
          h(
            'div',
            { class: 'hint' },
            h('span', { title: e.actor }, t('console.oversight.by', { actor: actorText(e) })),
            e.details?.ruleId
              ? ` · ${t('console.oversight.rule', { rule: e.details.ruleId, version: String(e.details.ruleVersion ?? '?') })}`
              : '',
            e.traceId ? ` · ${t('console.oversight.trace', { trace: e.traceId })}` : '',
            ` · ${t('console.oversight.seq', { seq: String(e.seq) })}`,
          ),
          Object.keys(e.details ?? {}).length ? detailList(e.details) : null,
        ),
      ),
    ),
  );
}

async function eventsView(section) {
  const action = select([{ value: '', label: t('console.oversight.any-action') }]);
  const inputs = {
    from: dateInput({}, { time: true }),
    to: dateInput({}, { time: true }),
    actor: h('input', { autocomplete: 'off' }),
    action,
    agency: h('input', { autocomplete: 'off', list: 'oversight-event-agencies' }),
  };
  const out = h('div');
  const form = h(
    'form',
    { class: 'card', role: 'search', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.oversight.from'), inputs.from, { path: 'from' }),
      field(t('console.oversight.to'), inputs.to, { path: 'to' }),
      field(t('console.oversight.actor'), inputs.actor, { path: 'actorName', hint: t('console.oversight.actor-hint') }),
      field(t('console.oversight.action'), inputs.action, { path: 'action', hint: t('console.oversight.action-hint') }),
      field(t('console.oversight.agency'), inputs.agency, { path: 'agency', hint: t('console.oversight.agency-hint') }),
    ),
    agencyList('oversight-event-agencies'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.oversight.search'))),
  );
  // The action codes the ledger holds, from the audit API (a code added later is listed once recorded).
  api('GET', '/api/audit/v1/audit/actions')
    .then(({ data }) =>
      put(
        action,
        data.actions.map((code) => h('option', { value: code }, actionText(code))),
      ),
    )
    .catch((e) => showProblem(form, e.problem));
  const search = async (cursor) => {
    // Periods written year first (dates.js); anything else is said on the form, nothing is asked.
    const bad = dateErrors(form, labelOf);
    if (bad.length) return showErrors(form, t('console.poc.needs-attention'), bad);
    clearErrors(form);
    const q = new URLSearchParams({ limit: '100', order: 'newest' });
    for (const [k, el] of Object.entries(inputs)) {
      const v = el.value.trim();
      if (!v) continue;
      if (k === 'from' || k === 'to') q.set(k, dateValue(el));
      // An actor as recorded (principal:…, agency:…, service:…) or a principal's name (or part of it).
      else if (k === 'actor') q.set(/^[a-z]+:/.test(v) ? 'actor' : 'actorName', v);
      else q.set(k, v);
    }
    if (cursor) q.set('cursor', cursor);
    try {
      const { data } = await api('GET', `/api/audit/v1/audit/events?${q}`);
      if (!cursor) clear(out);
      const rows = data.entries.map((e) =>
        h(
          'tr',
          {},
          h('td', {}, e.seq),
          h('td', {}, when(e.recordedAt ?? e.occurredAt)),
          h('td', {}, actionText(e.action)),
          h('td', { title: e.actor }, actorText(e)),
          h('td', { title: e.agency }, agencyLabel(e.agency)),
          h('td', {}, e.signalId ? h('a', { href: `#/trail/${e.signalId}` }, t('console.oversight.trail-link')) : '—'),
          h('td', { class: 'code' }, detailText(e.details)),
        ),
      );
      const body = cursor ? out.querySelector('tbody') : null;
      if (body) put(body, rows);
      else
        put(
          out,
          h('p', { class: 'hint' }, t('console.oversight.newest-first')),
          h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.oversight.tab.events') },
            h(
              'table',
              { class: 'events' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['seq', 'when', 'action', 'actor', 'agency', 'signal', 'details'].map((c) =>
                    h('th', { scope: 'col' }, t(`console.oversight.column.${c}`)),
                  ),
                ),
              ),
              h('tbody', {}, rows),
            ),
          ),
        );
      out.querySelector('.more')?.remove();
      if (data.nextCursor)
        put(
          out,
          h(
            'div',
            { class: 'actions more' },
            h('button', { type: 'button', class: 'secondary', onclick: () => search(data.nextCursor) }, t('console.oversight.older')),
          ),
        );
      if (data.entries.length === 0 && !cursor) put(out, notice(t('console.oversight.no-match')));
    } catch (e) {
      showProblem(form, e.problem);
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  put(section, title(t('console.oversight.tab.events')), form, out);
  // The newest entries at once: what happened last is what oversight looks at first.
  await search();
}

async function latestCheckpoint() {
  let cursor;
  let last = null;
  for (let i = 0; i < 20; i++) {
    const { data } = await api('GET', `/api/audit/v1/audit/checkpoints?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
    if (data.checkpoints.length) last = data.checkpoints[data.checkpoints.length - 1];
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return last;
}

/** A byte count in words: 1.2 MB, 375 MB, 812 kB. */
const bytesText = (n) => {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${n.toLocaleString(locale(), { maximumFractionDigits: n < 10 && i > 0 ? 1 : 0 })} ${units[i]}`;
};

/** The verifier's answer in plain words: what was checked, and where and why it broke if it did. */
function verdict(data) {
  const range = { from: number(Number(data.from)), to: number(Number(data.to)), n: data.checked, checkpoints: data.checkpointsChecked };
  if (data.ok) {
    const c = data.latestCheckpoint;
    return put(
      h('div', {}),
      notice(t('console.oversight.verified-words', range), 'ok'),
      h(
        'p',
        {},
        c
          ? t('console.oversight.verified-checkpoint', { seq: number(Number(c.seq)), at: when(c.signedAt), key: c.keyId })
          : t('console.oversight.verified-no-checkpoint'),
      ),
    );
  }
  return put(
    h('div', {}),
    notice(
      t('console.oversight.not-verified-words', {
        seq: number(Number(data.seq)),
        cause: String(data.reason ?? 'other').replace(/-/g, '_'),
      }),
      'error',
    ),
    h('p', {}, t('console.oversight.not-verified-checked', range)),
  );
}

async function verifyView(section) {
  const result = h('div', { 'aria-live': 'polite' });
  const checkpoint = h('div');
  // The last verification's answer: the box says whether its checkpoint is the one that
  // verification compared, or one signed since (which no verification has compared yet).
  let verified = null;
  const comparedNote = (c) => {
    if (!verified?.ok) return null;
    const compared = verified.latestCheckpoint;
    if (compared && String(compared.seq) === String(c.seq)) return h('p', {}, t('console.oversight.checkpoint-compared'));
    return h(
      'p',
      { class: 'notice info' },
      compared
        ? t('console.oversight.checkpoint-after-verification', { seq: number(Number(compared.seq)) })
        : t('console.oversight.checkpoint-after-verification-none'),
    );
  };
  const showCheckpoint = async () => {
    const c = await latestCheckpoint();
    put(
      clear(checkpoint),
      h('h2', {}, t('console.oversight.latest-checkpoint')),
      c
        ? h(
            'div',
            { class: 'card' },
            h('p', {}, t('console.oversight.checkpoint-words', { seq: number(Number(c.seq)), at: when(c.signedAt), key: c.keyId })),
            comparedNote(c),
            dl([
              [t('console.oversight.checkpoint-hash'), h('span', { class: 'code' }, c.hash)],
              [t('console.oversight.checkpoint-signature'), h('span', { class: 'code' }, c.signature)],
            ]),
          )
        : notice(t('console.oversight.no-checkpoint')),
    );
  };
  const verifyButton = h('button', { type: 'button' }, t('console.oversight.verify'));
  const verify = async () => {
    verifyButton.disabled = true;
    const started = Date.now();
    const progress = h('p', { class: 'loading' }, t('console.oversight.verifying', { s: 0 }));
    // The whole chain is recomputed in one request: the page says how long it has been running.
    const timer = setInterval(
      () => (progress.textContent = t('console.oversight.verifying', { s: Math.round((Date.now() - started) / 1000) })),
      1000,
    );
    put(clear(result), progress);
    try {
      const { data } = await api('GET', '/api/audit/v1/audit/verify');
      verified = data;
      put(clear(result), verdict(data));
      await showCheckpoint();
    } catch (e) {
      put(clear(result), notice(e.problem?.detail ?? e.message, 'error'));
    } finally {
      clearInterval(timer);
      verifyButton.disabled = false;
    }
  };
  verifyButton.addEventListener('click', () => void verify());
  put(
    section,
    title(t('console.oversight.tab.verify')),
    h('p', { class: 'hint' }, t('console.oversight.verify-explained')),
    h(
      'div',
      { class: 'actions' },
      verifyButton,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: async () => {
            await api('POST', '/api/audit/v1/audit/checkpoints');
            await showCheckpoint();
          },
        },
        t('console.oversight.sign-head'),
      ),
      h('a', { href: '/api/audit/v1/audit/public-key', download: 'checkpoint-public-key.json' }, t('console.oversight.download-key')),
    ),
    result,
    checkpoint,
    exportForm(),
  );
  await showCheckpoint();
}

/** The export: the whole ledger, a period and/or one signal's span; its size told before the download. */
function exportForm() {
  const since = dateInput({}, { time: true });
  const until = dateInput({}, { time: true });
  const signal = h('input', { autocomplete: 'off' });
  const size = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('h2', {}, t('console.oversight.export')),
    h('p', { class: 'hint' }, t('console.oversight.export-explained')),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.oversight.period-from'), since, { path: 'since', hint: t('console.oversight.export-since-hint') }),
      field(t('console.oversight.period-to'), until, { path: 'until', hint: t('console.oversight.export-until-hint') }),
      field(t('console.oversight.signal-id'), signal, { path: 'signal', hint: t('console.oversight.export-signal-hint') }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.oversight.export-prepare'))),
    size,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    const bad = dateErrors(form, labelOf);
    if (bad.length) return showErrors(form, t('console.poc.needs-attention'), bad);
    clearErrors(form);
    if (dateValue(since)) q.set('since', dateValue(since));
    if (dateValue(until)) q.set('until', dateValue(until));
    if (signal.value.trim()) q.set('signal', signal.value.trim());
    clear(size);
    let data;
    try {
      data = (await api('GET', `/api/audit/v1/audit/export/size?${q}`)).data;
    } catch (err) {
      return showProblem(form, err.problem);
    }
    put(
      size,
      h(
        'p',
        {},
        t('console.oversight.export-size', {
          n: data.entries,
          from: number(Number(data.from)),
          to: number(Number(data.to)),
          size: bytesText(data.approximateBytes),
        }),
      ),
      h(
        'p',
        {},
        h(
          'a',
          { href: `/api/audit/v1/audit/export${q.size ? `?${q}` : ''}`, download: 'audit-ledger.ndjson' },
          t('console.oversight.download-export-size', { size: bytesText(data.approximateBytes) }),
        ),
      ),
    );
  });
  return form;
}

/** Chart.js from this site (/vendor), loaded when the statistics are first shown. */
function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/vendor/chart.js/chart.umd.js';
    s.onload = () => resolve(window.Chart);
    s.onerror = () => reject(new Error(t('console.oversight.chart-failed')));
    document.head.append(s);
  });
}

/** The figures of the statistics (their field in the API's answer), each with its colour; labels from the catalogues. */
const SERIES = [
  ['submitted', '#0b5cad'],
  ['routed', '#5b8def'],
  ['duplicates', '#9aa5b1'],
  ['rejected', '#b42318'],
  ['delivered', '#1a7f37'],
  ['assessedRelevant', '#7c3aed'],
  ['assessedNotRelevant', '#c084fc'],
  ['moreInformationRequested', '#f59e0b'],
  ['overdue', '#dc2626'],
].map(([key, color]) => [key, () => t(`console.oversight.series.${key}`), color]);

async function statsView(section) {
  const fromInput = dateInput({}, { time: true });
  const toInput = dateInput({}, { time: true });
  const agency = h('input', { autocomplete: 'off' });
  const canvas = h('canvas', {
    role: 'img',
    'aria-label': t('console.oversight.chart-label'),
  });
  const table = h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.oversight.tab.stats') });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.oversight.period-from'), fromInput, { path: 'from', hint: t('console.oversight.period-from-hint') }),
      field(t('console.oversight.period-to'), toInput, { path: 'to', hint: t('console.oversight.period-to-hint') }),
      field(t('console.oversight.agency'), agency, { path: 'agency', hint: t('console.oversight.stats-agency-hint') }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.oversight.show-stats'))),
  );
  const draw = async () => {
    const q = new URLSearchParams();
    const bad = dateErrors(form, labelOf);
    if (bad.length) return showErrors(form, t('console.poc.needs-attention'), bad);
    clearErrors(form);
    if (dateValue(fromInput)) q.set('from', dateValue(fromInput));
    if (dateValue(toInput)) q.set('to', dateValue(toInput));
    if (agency.value.trim()) q.set('agency', agency.value.trim());
    let data;
    try {
      data = (await api('GET', `/api/intake/v1/stats?${q}`)).data;
    } catch (e) {
      return showProblem(form, e.problem);
    }
    const Chart = await loadChartJs();
    chart?.destroy();
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.agencies.map((a) => agencyLabel(a.agency)),
        datasets: SERIES.map(([key, name, color]) => ({ label: name(), data: data.agencies.map((a) => a[key]), backgroundColor: color })),
      },
      options: {
        locale: locale(),
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' } },
      },
    });
    put(
      clear(table),
      h(
        'table',
        {},
        h('caption', { class: 'hint' }, t('console.oversight.period', { from: when(data.from), to: when(data.to) })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('console.oversight.agency')),
            SERIES.map(([, name]) => h('th', { scope: 'col' }, name())),
            h('th', { scope: 'col' }, t('console.oversight.median-hours')),
          ),
        ),
        h(
          'tbody',
          {},
          data.agencies.map((a) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row', title: a.agency }, agencyLabel(a.agency)),
              SERIES.map(([key]) => h('td', {}, number(a[key]))),
              h(
                'td',
                {},
                a.medianHoursToAssessment === null || a.medianHoursToAssessment === undefined ? '—' : number(a.medianHoursToAssessment),
              ),
            ),
          ),
        ),
      ),
    );
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void draw();
  });
  put(section, title(t('console.oversight.tab.stats')), form, h('div', { class: 'chart-box card' }, canvas), table);
  await draw();
}
