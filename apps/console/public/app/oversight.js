// Oversight: a signal's trail, ledger search, verification with the latest checkpoint, export, flow charts.
import { api } from './api.js';
import { clear, dl, field, h, notice, showProblem, tabs, title, when, put } from './dom.js';

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
      'Oversight',
      [
        ['trail', 'Signal trail'],
        ['events', 'Ledger events'],
        ['verify', 'Verification'],
        ['stats', 'Flow statistics'],
      ],
      view,
    ),
  );
  const section = h('section');
  put(main, section);
  if (view === 'events') return eventsView(section);
  if (view === 'verify') return verifyView(section);
  if (view === 'stats') return statsView(section);
  return trailView(section, path[1]);
}

const detailText = (d) =>
  Object.entries(d ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`)
    .join(' · ');

async function trailView(section, signalId) {
  const id = h('input', { autocomplete: 'off', required: true, value: signalId ?? '' });
  const form = h(
    'form',
    { class: 'card', role: 'search' },
    field('Signal id', id, { hint: 'Every recorded step of one signal: who, what, when, which rule, which trace.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show trail')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/trail/${id.value.trim()}`;
  });
  put(section, title('Signal trail'), form);
  if (!signalId) return;
  const { data } = await api('GET', `/api/audit/v1/audit/signals/${encodeURIComponent(signalId)}/trail`);
  if (!data.entries.length) return put(section, notice('No ledger entry names this signal.', 'warning'));
  put(
    section,
    h('h2', {}, `${data.entries.length} steps`),
    h(
      'ol',
      { class: 'timeline trail' },
      data.entries.map((e) =>
        h(
          'li',
          {},
          h('strong', {}, e.action),
          ` — ${when(e.recordedAt ?? e.occurredAt)}`,
          h(
            'div',
            { class: 'hint' },
            `by ${e.actor}`,
            e.details?.ruleId ? ` · rule ${e.details.ruleId} v${e.details.ruleVersion ?? '?'}` : '',
            e.traceId ? ` · trace ${e.traceId}` : '',
            ` · seq ${e.seq}`,
          ),
          h('div', { class: 'hint code' }, detailText(e.details)),
        ),
      ),
    ),
  );
}

async function eventsView(section) {
  const inputs = {
    from: h('input', { type: 'datetime-local' }),
    to: h('input', { type: 'datetime-local' }),
    actor: h('input', { autocomplete: 'off' }),
    action: h('input', { autocomplete: 'off' }),
    agency: h('input', { autocomplete: 'off' }),
  };
  const out = h('div');
  const form = h(
    'form',
    { class: 'card', role: 'search', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field('From', inputs.from, { path: 'from' }),
      field('To', inputs.to, { path: 'to' }),
      field('Actor', inputs.actor, { path: 'actor', hint: 'a principal id, an agency or a service' }),
      field('Action', inputs.action, { path: 'action', hint: 'signal.routed, access.recorded…' }),
      field('Agency', inputs.agency, { path: 'agency' }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search the ledger')),
  );
  const search = async (cursor) => {
    const q = new URLSearchParams({ limit: '100' });
    for (const [k, el] of Object.entries(inputs)) {
      const v = el.value.trim();
      if (v) q.set(k, k === 'from' || k === 'to' ? new Date(v).toISOString() : v);
    }
    if (cursor) q.set('cursor', cursor);
    try {
      const { data } = await api('GET', `/api/audit/v1/audit/events?${q}`);
      if (!cursor) clear(out);
      put(
        out,
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Seq', 'When', 'Action', 'Actor', 'Agency', 'Signal', 'Details'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h(
              'tbody',
              {},
              data.entries.map((e) =>
                h(
                  'tr',
                  {},
                  h('td', {}, e.seq),
                  h('td', {}, when(e.recordedAt ?? e.occurredAt)),
                  h('td', {}, e.action),
                  h('td', { class: 'code' }, e.actor),
                  h('td', {}, e.agency ?? '—'),
                  h('td', {}, e.signalId ? h('a', { href: `#/trail/${e.signalId}` }, 'trail') : '—'),
                  h('td', { class: 'code' }, detailText(e.details)),
                ),
              ),
            ),
          ),
        ),
        data.nextCursor
          ? h(
              'div',
              { class: 'actions' },
              h(
                'button',
                { type: 'button', class: 'secondary', onclick: (ev) => (ev.target.remove(), search(data.nextCursor)) },
                'More entries',
              ),
            )
          : null,
        data.entries.length === 0 && !cursor ? notice('No entry matches.') : null,
      );
    } catch (e) {
      showProblem(form, e.problem);
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  put(section, title('Ledger events'), form, out);
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

async function verifyView(section) {
  const result = h('div', { 'aria-live': 'polite' });
  const checkpoint = h('div');
  const showCheckpoint = async () => {
    const c = await latestCheckpoint();
    put(
      clear(checkpoint),
      h('h2', {}, 'Latest signed checkpoint'),
      c
        ? h(
            'div',
            { class: 'card' },
            dl(Object.entries(c).map(([k, v]) => [k, h('span', { class: 'code' }, typeof v === 'object' ? JSON.stringify(v) : String(v))])),
          )
        : notice('No checkpoint yet.'),
    );
  };
  const verify = async () => {
    put(clear(result), h('p', { class: 'loading' }, 'Verifying the whole chain…'));
    const { data } = await api('GET', '/api/audit/v1/audit/verify');
    put(
      clear(result),
      notice(
        data.ok
          ? 'The ledger verifies: the hash chain is intact and the signed checkpoints match.'
          : `The ledger does NOT verify: ${detailText(data)}`,
        data.ok ? 'ok' : 'error',
      ),
      h('div', { class: 'card' }, dl(Object.entries(data).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]))),
    );
  };
  put(
    section,
    title('Verification'),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => void verify() }, 'Verify the ledger'),
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
        'Sign the head now',
      ),
      h('a', { href: '/api/audit/v1/audit/export', download: 'audit-ledger.ndjson' }, 'Download the export (NDJSON)'),
      h('a', { href: '/api/audit/v1/audit/public-key', download: 'checkpoint-public-key.json' }, 'Download the checkpoint key'),
    ),
    result,
    checkpoint,
  );
  await Promise.all([verify(), showCheckpoint()]);
}

/** Chart.js from this site (/vendor), loaded when the statistics are first shown. */
function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/vendor/chart.js/chart.umd.js';
    s.onload = () => resolve(window.Chart);
    s.onerror = () => reject(new Error('the chart library did not load'));
    document.head.append(s);
  });
}

const SERIES = [
  ['submitted', 'Submitted', '#0b5cad'],
  ['routed', 'Routed', '#5b8def'],
  ['duplicates', 'Duplicates', '#9aa5b1'],
  ['rejected', 'Rejected', '#b42318'],
  ['delivered', 'Delivered', '#1a7f37'],
  ['assessedRelevant', 'Assessed relevant', '#7c3aed'],
  ['assessedNotRelevant', 'Assessed not relevant', '#c084fc'],
  ['moreInformationRequested', 'More information requested', '#f59e0b'],
  ['overdue', 'Overdue', '#dc2626'],
];

async function statsView(section) {
  const fromInput = h('input', { type: 'datetime-local' });
  const toInput = h('input', { type: 'datetime-local' });
  const agency = h('input', { autocomplete: 'off' });
  const canvas = h('canvas', {
    role: 'img',
    'aria-label': 'Flow of signals per agency (bar chart; the same figures are in the table below)',
  });
  const table = h('div', { class: 'table-wrap' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field('Period from', fromInput, { path: 'from', hint: 'empty: 30 days before the end' }),
      field('Period to', toInput, { path: 'to', hint: 'empty: now' }),
      field('Agency', agency, { path: 'agency', hint: 'empty for every agency' }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show statistics')),
  );
  const draw = async () => {
    const q = new URLSearchParams();
    if (fromInput.value) q.set('from', new Date(fromInput.value).toISOString());
    if (toInput.value) q.set('to', new Date(toInput.value).toISOString());
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
        labels: data.agencies.map((a) => a.agency),
        datasets: SERIES.map(([key, label, color]) => ({ label, data: data.agencies.map((a) => a[key]), backgroundColor: color })),
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } },
    });
    put(
      clear(table),
      h(
        'table',
        {},
        h('caption', { class: 'hint' }, `From ${when(data.from)} to ${when(data.to)}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Agency'),
            SERIES.map(([, label]) => h('th', { scope: 'col' }, label)),
            h('th', { scope: 'col' }, 'Median hours to assessment'),
          ),
        ),
        h(
          'tbody',
          {},
          data.agencies.map((a) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, a.agency),
              SERIES.map(([key]) => h('td', {}, String(a[key]))),
              h('td', {}, a.medianHoursToAssessment ?? '—'),
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
  put(section, title('Flow statistics'), form, h('div', { class: 'chart-box card' }, canvas), table);
  await draw();
}
