// Oversight: a signal's trail, ledger search, verification with the latest checkpoint, export, flow charts.
import { api } from './api.js';
import { clear, dl, field, h, notice, showProblem, tabs, title, when, put } from './dom.js';
import { label, locale, t } from './i18n.js';

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
    field(t('console.oversight.signal-id'), id, { hint: t('console.oversight.signal-id-hint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.oversight.show-trail'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/trail/${id.value.trim()}`;
  });
  put(section, title(t('console.oversight.tab.trail')), form);
  if (!signalId) return;
  const { data } = await api('GET', `/api/audit/v1/audit/signals/${encodeURIComponent(signalId)}/trail`);
  if (!data.entries.length) return put(section, notice(t('console.oversight.no-trail'), 'warning'));
  put(
    section,
    h('h2', {}, t('console.oversight.steps', { n: data.entries.length })),
    h(
      'ol',
      { class: 'timeline trail' },
      data.entries.map((e) =>
        h(
          'li',
          {},
          h('strong', { class: 'code' }, e.action),
          ` — ${when(e.recordedAt ?? e.occurredAt)}`,
          h(
            'div',
            { class: 'hint' },
            t('console.oversight.by', { actor: e.actor }),
            e.details?.ruleId
              ? ` · ${t('console.oversight.rule', { rule: e.details.ruleId, version: String(e.details.ruleVersion ?? '?') })}`
              : '',
            e.traceId ? ` · ${t('console.oversight.trace', { trace: e.traceId })}` : '',
            ` · ${t('console.oversight.seq', { seq: String(e.seq) })}`,
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
      field(t('console.oversight.from'), inputs.from, { path: 'from' }),
      field(t('console.oversight.to'), inputs.to, { path: 'to' }),
      field(t('console.oversight.actor'), inputs.actor, { path: 'actor', hint: t('console.oversight.actor-hint') }),
      field(t('console.oversight.action'), inputs.action, { path: 'action', hint: t('console.oversight.action-hint') }),
      field(t('console.oversight.agency'), inputs.agency, { path: 'agency', hint: t('console.oversight.agency-hint') }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.oversight.search'))),
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
          { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.oversight.tab.events') },
          h(
            'table',
            {},
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
            h(
              'tbody',
              {},
              data.entries.map((e) =>
                h(
                  'tr',
                  {},
                  h('td', {}, e.seq),
                  h('td', {}, when(e.recordedAt ?? e.occurredAt)),
                  h('td', { class: 'code' }, e.action),
                  h('td', { class: 'code' }, e.actor),
                  h('td', { title: e.agency }, agencyLabel(e.agency)),
                  h('td', {}, e.signalId ? h('a', { href: `#/trail/${e.signalId}` }, t('console.oversight.trail-link')) : '—'),
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
                t('console.oversight.more'),
              ),
            )
          : null,
        data.entries.length === 0 && !cursor ? notice(t('console.oversight.no-match')) : null,
      );
    } catch (e) {
      showProblem(form, e.problem);
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  put(section, title(t('console.oversight.tab.events')), form, out);
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
      h('h2', {}, t('console.oversight.latest-checkpoint')),
      c
        ? h(
            'div',
            { class: 'card' },
            dl(
              Object.entries(c).map(([k, v]) => [
                h('span', { class: 'code' }, k),
                h('span', { class: 'code' }, typeof v === 'object' ? JSON.stringify(v) : String(v)),
              ]),
            ),
          )
        : notice(t('console.oversight.no-checkpoint')),
    );
  };
  const verify = async () => {
    put(clear(result), h('p', { class: 'loading' }, t('console.oversight.verifying')));
    const { data } = await api('GET', '/api/audit/v1/audit/verify');
    put(
      clear(result),
      notice(
        data.ok ? t('console.oversight.verified') : t('console.oversight.not-verified', { details: detailText(data) }),
        data.ok ? 'ok' : 'error',
      ),
      h(
        'div',
        { class: 'card' },
        dl(
          Object.entries(data).map(([k, v]) => [
            h('span', { class: 'code' }, k),
            h('span', { class: 'code' }, typeof v === 'object' ? JSON.stringify(v) : String(v)),
          ]),
        ),
      ),
    );
  };
  put(
    section,
    title(t('console.oversight.tab.verify')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => void verify() }, t('console.oversight.verify')),
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
      h('a', { href: '/api/audit/v1/audit/export', download: 'audit-ledger.ndjson' }, t('console.oversight.download-export')),
      h('a', { href: '/api/audit/v1/audit/public-key', download: 'checkpoint-public-key.json' }, t('console.oversight.download-key')),
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
  const fromInput = h('input', { type: 'datetime-local' });
  const toInput = h('input', { type: 'datetime-local' });
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
