// Analyst: the live feed (server-sent events through the console), a signal, its dossier, assessment.
import { api } from './api.js';
import {
  clear,
  clearErrors,
  dl,
  field,
  h,
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
import { label, t } from './i18n.js';
import { mispExportAction } from './misp.js';

/** The outcomes an analyst may give (codes on the wire), each with its words in the page's language. */
const OUTCOMES = ['relevant', 'not-relevant', 'more-information-requested', 'closed'];
const outcomeOptions = () => OUTCOMES.map((value) => ({ value, label: t(`console.analyst.outcome-option.${value}`) }));

/** Labels of codes (the catalogues' data), the code itself for one a deployment added. */
/** A category as the point of contact picked it: "Terrorism — Travel" for terrorism.travel. */
const categoryLabel = (code) => {
  const top = code.split('.')[0];
  return top === code ? label(`taxonomy.${code}`, code) : `${label(`taxonomy.${top}`, top)} — ${label(`taxonomy.${code}`, code)}`;
};
const agencyLabel = (code) => (code ? label(`agency.${code}`, code) : '—');
const urgencyLabel = (code) => label(`urgency.${code}`, code);
const classificationLabel = (code) => label(`classification.${code}`, code);
const outcomeLabel = (code) => label(`console.outcome.${code}`, code);
/** An exercise says so wherever it shows (issue 29, item 8): a badge, with what it means on hover. */
const exerciseBadge = (item) =>
  item.exercise ? [h('span', { class: 'badge exercise', title: t('console.analyst.exercise-hint') }, t('console.exercise')), ' '] : null;

/** Items per page of the feed: the view loads the newest page, then older pages only when asked. */
const PAGE = 100;
/** Rows of the feed's table at once (a page of what is loaded and matches the filters): the page stays small whatever the feed's size. */
const ROWS = 200;
/** Signals the stream brings are drawn together, at most this often. */
const REDRAW_MS = 250;

/** The open stream and what it brought, kept while the analyst moves between views. */
const feedState = {
  feed: null,
  source: null,
  items: new Map(),
  newCount: 0,
  listeners: new Set(),
  status: 'connecting',
  /** The cursor of the next older page; null once the oldest item is loaded. */
  older: null,
};

export function leave() {
  feedState.source?.close();
  feedState.source = null;
  feedState.items.clear();
  feedState.feed = null;
  feedState.newCount = 0;
  feedState.older = null;
}

export async function render(main, session, path) {
  const view = path[0] ?? 'feed';
  put(
    clear(main),
    tabs(
      t('console.role.analyst'),
      [
        ['feed', t('console.analyst.tab.feed')],
        ['signal', t('console.analyst.tab.signal')],
      ],
      view === 'dossier' ? 'signal' : view,
    ),
  );
  const section = h('section');
  put(main, section);
  feedState.listeners.clear();
  if (view === 'signal' && path[1]) return signalView(section, path[1]);
  if (view === 'signal') return openById(section);
  if (view === 'dossier' && path[1]) return dossierView(section, path[1]);
  return feedView(section, session);
}

// ---- live feed ------------------------------------------------------------------------------------

const feedPath = (feed, q) => `/api/intake/v1/feeds/${encodeURIComponent(feed)}/signals?${new URLSearchParams(q)}`;

/**
 * The newest page of the feed (newest first, {@link PAGE} items), then the stream from just after it:
 * whatever the stream brings is new since the view opened, and counted as such. Older items are
 * loaded a page at a time, on demand ({@link loadOlder}): a feed of any size costs one page to open,
 * and one read in the audit ledger per page.
 */
async function connect(feed) {
  if (feedState.feed === feed && feedState.source) return;
  leave();
  feedState.feed = feed;
  const { data } = await api('GET', feedPath(feed, { limit: String(PAGE), order: 'desc' }));
  for (const item of data.items) feedState.items.set(item.signalId, item);
  feedState.older = data.nextCursor;
  const source = new EventSource(`/api/intake/v1/feeds/${encodeURIComponent(feed)}/stream?cursor=${encodeURIComponent(data.streamCursor)}`);
  feedState.source = source;
  const changed = () => feedState.listeners.forEach((l) => l());
  source.addEventListener('open', () => {
    feedState.status = 'live';
    changed();
  });
  source.addEventListener('signal', (ev) => {
    const item = JSON.parse(ev.data);
    if (!feedState.items.has(item.signalId)) feedState.newCount++;
    item.isNew = true;
    feedState.items.set(item.signalId, item);
    changed();
  });
  source.addEventListener('session-expired', () => {
    source.close();
    location.reload();
  });
  source.addEventListener('revoked', () => source.close());
  source.addEventListener('error', () => {
    feedState.status = source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting';
    changed();
    // A closed stream whose session has gone: the next API call sends the page to sign-in.
    if (source.readyState === EventSource.CLOSED) api('GET', '/api/session').catch(() => undefined);
  });
}

/** The next {@link PAGE} older items of the open feed. */
async function loadOlder() {
  const { feed, older } = feedState;
  if (!feed || !older) return;
  const { data } = await api('GET', feedPath(feed, { limit: String(PAGE), order: 'desc', cursor: older }));
  if (feedState.feed !== feed) return;
  for (const item of data.items) if (!feedState.items.has(item.signalId)) feedState.items.set(item.signalId, item);
  feedState.older = data.nextCursor;
}

async function feedView(section, session) {
  const feeds = session.principal.feeds;
  if (!feeds.length) {
    put(section, title(t('console.analyst.tab.feed')), notice(t('console.analyst.no-feed'), 'warning'));
    return;
  }
  const feed = select(feeds, { value: feedState.feed ?? feeds[0] });
  const category = h('input', { type: 'search', autocomplete: 'off' });
  const urgency = select(
    [
      { value: '', label: t('console.analyst.any') },
      ...['immediate', 'priority', 'routine'].map((v) => ({ value: v, label: urgencyLabel(v) })),
    ],
    {},
  );
  const agency = h('input', { type: 'search', autocomplete: 'off' });
  const overdue = h('input', { type: 'checkbox' });
  const status = h('p', { class: 'hint', role: 'status' });
  const counts = h('div', { class: 'counts', 'aria-live': 'polite' });
  const body = h('tbody');
  // The table shows ROWS rows of what is loaded and matches the filters, a page at a time: however many
  // signals are loaded or streamed in, the page holds at most ROWS rows (the rest is a click away).
  let first = 0;
  const rowsLine = h('p', { class: 'hint', role: 'status' });
  const previousRows = h('button', { type: 'button', class: 'secondary' }, t('console.analyst.rows-previous', { n: ROWS }));
  const nextRows = h('button', { type: 'button', class: 'secondary' }, t('console.analyst.rows-next', { n: ROWS }));
  previousRows.addEventListener('click', () => {
    first = Math.max(0, first - ROWS);
    draw();
  });
  nextRows.addEventListener('click', () => {
    first += ROWS;
    draw();
  });
  const olderHint = h('p', { class: 'hint' });
  const older = h('button', { type: 'button' }, t('console.analyst.load-older', { n: PAGE }));
  older.addEventListener('click', async () => {
    older.disabled = true;
    try {
      await loadOlder();
    } finally {
      older.disabled = false;
      draw();
    }
  });
  put(
    section,
    title(t('console.analyst.tab.feed')),
    h(
      'form',
      { class: 'card', role: 'search', onsubmit: (e) => e.preventDefault() },
      h(
        'div',
        { class: 'grid' },
        field(t('console.analyst.feed'), feed),
        field(t('console.analyst.category-filter'), category, { hint: t('console.analyst.category-filter-hint') }),
        field(t('console.analyst.urgency-filter'), urgency),
        field(t('console.analyst.agency-filter'), agency, { hint: t('console.analyst.agency-filter-hint') }),
        h('div', { class: 'field' }, h('label', {}, overdue, ' ', t('console.analyst.overdue-only'))),
      ),
    ),
    status,
    counts,
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.analyst.feed-caption') },
      h(
        'table',
        { class: 'feed' },
        h('caption', { class: 'hint' }, t('console.analyst.feed-caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['category', 'urgency', 'agency', 'classification', 'due', 'status', 'signal'].map((c) =>
              h('th', { scope: 'col' }, t(`console.analyst.column.${c}`)),
            ),
          ),
        ),
        body,
      ),
    ),
    h('div', { class: 'actions rows' }, previousRows, nextRows, rowsLine),
    h('div', { class: 'actions' }, older, olderHint),
  );
  const draw = () => {
    const cat = category.value.trim();
    const ag = agency.value.trim();
    const shown = [...feedState.items.values()]
      .filter((i) => !cat || i.category === cat || i.category.startsWith(`${cat}.`))
      .filter((i) => !urgency.value || i.urgency === urgency.value)
      .filter((i) => !ag || i.agency === ag)
      .filter((i) => !overdue.checked || i.overdue)
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
    status.textContent = t('console.analyst.stream', { status: feedState.status });
    older.hidden = !feedState.older;
    olderHint.textContent = feedState.older ? t('console.analyst.older-hint', { n: PAGE }) : t('console.analyst.all-loaded');
    put(
      clear(counts),
      h('span', { class: 'badge' }, t('console.analyst.count.loaded', { n: feedState.items.size })),
      h('span', { class: 'badge ok' }, t('console.analyst.count.new', { n: feedState.newCount })),
      h(
        'span',
        { class: 'badge overdue' },
        t('console.analyst.count.overdue', { n: [...feedState.items.values()].filter((i) => i.overdue).length }),
      ),
      h('span', { class: 'badge' }, t('console.analyst.count.shown', { n: shown.length })),
    );
    if (first >= shown.length) first = Math.max(0, Math.floor((shown.length - 1) / ROWS) * ROWS);
    const rows = shown.slice(first, first + ROWS);
    previousRows.disabled = first === 0;
    nextRows.disabled = first + ROWS >= shown.length;
    rowsLine.textContent = rows.length
      ? t('console.analyst.rows-shown', { from: first + 1, to: first + rows.length, n: shown.length })
      : '';
    put(
      clear(body),
      ...rows.map((i) =>
        h(
          'tr',
          { class: i.isNew ? 'new' : undefined },
          h('td', { title: i.category }, exerciseBadge(i), categoryLabel(i.category)),
          h('td', {}, h('span', { class: `badge ${i.urgency}` }, urgencyLabel(i.urgency))),
          h('td', { title: i.agency }, agencyLabel(i.agency)),
          h('td', {}, classificationLabel(i.classification)),
          h('td', {}, when(i.dueAt), i.overdue ? [' ', h('span', { class: 'badge overdue' }, t('console.analyst.overdue'))] : null),
          h(
            'td',
            {},
            i.assessment
              ? h('span', { class: 'badge assessed' }, outcomeLabel(i.assessment.outcome))
              : i.isNew
                ? h('span', { class: 'badge ok' }, t('console.analyst.new'))
                : t('console.analyst.open-status'),
          ),
          h(
            'td',
            {},
            h(
              'a',
              {
                href: `#/signal/${i.signalId}`,
                'aria-label': t('console.analyst.open-signal-named', { ref: i.signal?.externalRef ?? i.signalId }),
              },
              t('console.analyst.open'),
            ),
          ),
        ),
      ),
    );
  };
  const refilter = () => {
    first = 0;
    draw();
  };
  for (const c of [category, agency]) c.addEventListener('input', refilter);
  for (const c of [urgency, overdue]) c.addEventListener('change', refilter);
  feed.addEventListener('change', async () => {
    first = 0;
    await connect(feed.value);
    draw();
  });
  // The stream's signals are drawn together, at most every REDRAW_MS: 20 signals a second is a
  // few redraws of ROWS rows, not one redraw of everything per signal.
  let pending = null;
  feedState.listeners.add(() => {
    pending ??= setTimeout(() => {
      pending = null;
      if (body.isConnected) draw();
    }, REDRAW_MS);
  });
  await connect(feed.value);
  draw();
}

// ---- one signal -----------------------------------------------------------------------------------

function openById(section) {
  const id = h('input', { autocomplete: 'off', required: true });
  const form = h(
    'form',
    { class: 'card' },
    title(t('console.analyst.tab.signal')),
    field(t('console.analyst.signal-id'), id, { hint: t('console.analyst.signal-id-hint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.analyst.open-signal'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/signal/${id.value.trim()}`;
  });
  put(section, form);
}

function subjectLine(s) {
  const { kind, ...rest } = s;
  return h(
    'li',
    {},
    h('strong', {}, label(`console.poc.kind.${kind}`, kind)),
    ': ',
    Object.entries(rest)
      .map(
        ([k, v]) =>
          `${label(`console.poc.field.${k}`, k)} ${Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? Object.values(x).join(' ') : x)).join(', ') : v}`,
      )
      .join(' · '),
  );
}

function linkText(l) {
  if (!l) return '—';
  if (l.reason === 'shared-subject-key') return t('console.analyst.link.shared-subject-key', { keyType: l.keyType, signal: l.linkedTo });
  if (l.reason === 'opened-dossier') return t('console.analyst.link.opened-dossier');
  return t('console.analyst.link.hidden');
}

async function signalView(section, id) {
  let r;
  try {
    r = (await api('GET', `/api/intake/v1/signals/${encodeURIComponent(id)}`)).data;
  } catch (e) {
    put(
      section,
      title(t('console.analyst.signal')),
      notice(e.status === 404 || e.status === 400 ? t('console.analyst.no-such-signal') : e.message, 'error'),
    );
    return;
  }
  const s = r.signal ?? {};
  put(
    section,
    title(t('console.analyst.signal-named', { ref: s.externalRef ?? r.signalId })),
    r.exercise ? notice(t('console.analyst.exercise-notice'), 'warning') : null,
    h(
      'div',
      { class: 'card' },
      dl([
        [t('console.analyst.column.category'), h('span', { title: r.category }, categoryLabel(r.category))],
        [t('console.analyst.column.urgency'), urgencyLabel(r.urgency)],
        [t('console.analyst.column.classification'), classificationLabel(r.classification)],
        [t('console.analyst.column.due'), [when(r.dueAt), r.overdue ? ` (${t('console.analyst.overdue')})` : '']],
        [t('console.analyst.observed'), when(s.observedAt)],
        [t('console.analyst.location'), s.location ? [s.location.place, s.location.country].filter(Boolean).join(', ') : '—'],
        [
          t('console.analyst.evaluation'),
          s.evaluation
            ? h(
                'span',
                {
                  title: `${label(`reliability.${s.evaluation.sourceReliability}`)} · ${label(`accuracy.${s.evaluation.informationAccuracy}`)}`,
                },
                `${s.evaluation.sourceReliability}${s.evaluation.informationAccuracy}`,
              )
            : '—',
        ],
        [t('console.analyst.handling'), s.handling ? label(`handling.${s.handling}`, s.handling) : s.handling],
        [
          t('console.analyst.indicators'),
          (s.indicators ?? [])
            .map((i) => `${label(`indicator.${i.code}`, i.code)} (${label(`console.poc.confidence.${i.confidence}`, i.confidence)})`)
            .join(', ') || '—',
        ],
        [t('console.analyst.summary'), s.summary],
      ]),
    ),
    h('h2', {}, t('console.analyst.subjects')),
    h('ul', { class: 'card' }, (s.subjects ?? []).map(subjectLine)),
    h('h2', {}, t('console.analyst.provenance')),
    h(
      'div',
      { class: 'card' },
      dl([
        [t('console.analyst.column.agency'), agencyLabel(r.provenance.agency)],
        [t('console.analyst.received'), when(r.provenance.receivedAt)],
        [t('console.analyst.routing-rule'), `${r.provenance.routedBy.ruleId} v${r.provenance.routedBy.ruleVersion}`],
        [t('console.analyst.feeds'), (r.feeds ?? []).join(', ')],
        [
          t('console.analyst.supplements'),
          s.supplements ? h('a', { href: `#/signal/${s.supplements}` }, t('console.analyst.signal-link', { id: s.supplements })) : '—',
        ],
        [t('console.analyst.linked-because'), linkText(r.provenance.linkedBy)],
        [t('console.analyst.dossier'), r.dossierId ? h('a', { href: `#/dossier/${r.dossierId}` }, t('console.analyst.open-dossier')) : '—'],
        [t('console.analyst.trace'), h('span', { class: 'code' }, r.traceId)],
      ]),
    ),
    h('h2', {}, t('console.analyst.assessments')),
    r.assessments?.length
      ? h(
          'ol',
          { class: 'timeline' },
          r.assessments.map((a) =>
            h('li', {}, h('strong', {}, outcomeLabel(a.outcome)), ` — ${when(a.assessedAt ?? a.at)}`, a.note ? h('div', {}, a.note) : null),
          ),
        )
      : h('p', {}, t('console.analyst.not-assessed')),
    mispExportAction(r.signalId),
    assessmentForm(r),
  );
}

function assessmentForm(r) {
  const outcome = select(outcomeOptions(), { value: 'relevant' });
  const note = h('textarea', { maxlength: '4000' });
  // A request for more information is its question: the note is required then (as the API says).
  outcome.addEventListener('change', () => (note.required = outcome.value === 'more-information-requested'));
  const noteHint = t('console.analyst.note-hint');
  const result = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('h2', {}, t('console.analyst.assess')),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.analyst.outcome'), outcome, { path: 'outcome' }),
      field(t('console.analyst.note'), note, { path: 'note', hint: noteHint, wide: true }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.analyst.save-assessment'))),
    result,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    clear(result);
    const missing = missingRequired(form);
    if (missing.length) return showErrors(form, t('console.poc.needs-attention'), missing);
    const body = { outcome: outcome.value, version: r.version, ...(note.value.trim() ? { note: note.value.trim() } : {}) };
    try {
      await api('POST', `/api/intake/v1/signals/${r.signalId}/assessment`, body);
      put(result, notice(t('console.analyst.assessment-saved'), 'ok'));
      result.firstChild.focus?.();
    } catch (e) {
      if (e.status === 409) {
        // Someone assessed it since this page read it: show theirs before anything is overwritten.
        put(
          result,
          notice(t('console.analyst.assessed-meanwhile'), 'warning'),
          h(
            'button',
            { type: 'button', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) },
            t('console.analyst.reload-signal'),
          ),
        );
        result.querySelector('button').focus();
      } else showProblem(form, e.problem);
    }
  });
  return form;
}

async function dossierView(section, id) {
  let d;
  try {
    d = (await api('GET', `/api/intake/v1/dossiers/${encodeURIComponent(id)}`)).data;
  } catch (e) {
    put(section, title(t('console.analyst.dossier')), notice(e.status === 404 ? t('console.analyst.no-such-dossier') : e.message, 'error'));
    return;
  }
  put(
    section,
    title(t('console.analyst.dossier')),
    h('p', {}, t('console.analyst.dossier-agencies', { agencies: d.agencies.map(agencyLabel).join(', ') })),
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.analyst.dossier') },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [
              t('console.analyst.column.signal'),
              t('console.analyst.column.agency'),
              t('console.analyst.column.category'),
              t('console.analyst.received'),
              t('console.analyst.why-linked'),
            ].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          d.signals.map((s) =>
            h(
              'tr',
              {},
              h('td', {}, exerciseBadge(s), h('a', { href: `#/signal/${s.signalId}` }, s.signal?.externalRef ?? s.signalId)),
              h('td', { title: s.agency }, agencyLabel(s.agency)),
              h('td', { title: s.category }, categoryLabel(s.category)),
              h('td', {}, when(s.receivedAt)),
              h('td', {}, linkText(s.linkedBy)),
            ),
          ),
        ),
      ),
    ),
  );
}
