// Analyst: the live feed (server-sent events through the console), a signal, its dossier, assessment.
import { api } from './api.js';
import { clear, clearErrors, dl, field, h, notice, select, showProblem, tabs, title, when, put } from './dom.js';

const OUTCOMES = [
  { value: 'relevant', label: 'Relevant' },
  { value: 'not-relevant', label: 'Not relevant' },
  { value: 'more-information-requested', label: 'More information requested (asks the source a question)' },
  { value: 'closed', label: 'Closed' },
];

/** Items per page of the feed: the view loads the newest page, then older pages only when asked. */
const PAGE = 100;

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
      'Analyst',
      [
        ['feed', 'Live feed'],
        ['signal', 'Open a signal'],
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
    put(section, title('Live feed'), notice('You are a member of no feed: ask a security officer.', 'warning'));
    return;
  }
  const feed = select(feeds, { value: feedState.feed ?? feeds[0] });
  const category = h('input', { type: 'search', autocomplete: 'off' });
  const urgency = select([{ value: '', label: 'Any' }, 'immediate', 'priority', 'routine'], {});
  const agency = h('input', { type: 'search', autocomplete: 'off' });
  const overdue = h('input', { type: 'checkbox' });
  const status = h('p', { class: 'hint', role: 'status' });
  const counts = h('div', { class: 'counts', 'aria-live': 'polite' });
  const body = h('tbody');
  const olderHint = h('p', { class: 'hint' });
  const older = h('button', { type: 'button' }, `Load ${PAGE} older`);
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
    title('Live feed'),
    h(
      'form',
      { class: 'card', role: 'search', onsubmit: (e) => e.preventDefault() },
      h(
        'div',
        { class: 'grid' },
        field('Feed', feed),
        field('Category filter', category, { hint: 'Code or prefix (terrorism, organised-crime.drug-trafficking)' }),
        field('Urgency filter', urgency),
        field('Agency filter', agency, { hint: 'customs, mobility…' }),
        h('div', { class: 'field' }, h('label', {}, overdue, ' Overdue only')),
      ),
    ),
    status,
    counts,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'feed' },
        h('caption', { class: 'hint' }, 'Loaded signals, overdue first, then by due date'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Category', 'Urgency', 'Agency', 'Classification', 'Due', 'Status', 'Signal'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        body,
      ),
    ),
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
    status.textContent = `Stream: ${feedState.status}.`;
    older.hidden = !feedState.older;
    olderHint.textContent = feedState.older
      ? `The newest signals are loaded, ${PAGE} at a time: older ones on demand.`
      : 'Everything in the feed that you may read is loaded.';
    put(
      clear(counts),
      h('span', { class: 'badge' }, `${feedState.items.size} loaded`),
      h('span', { class: 'badge ok' }, `${feedState.newCount} new since you opened it`),
      h('span', { class: 'badge overdue' }, `${[...feedState.items.values()].filter((i) => i.overdue).length} overdue`),
      h('span', { class: 'badge' }, `${shown.length} shown`),
    );
    put(
      clear(body),
      ...shown.map((i) =>
        h(
          'tr',
          { class: i.isNew ? 'new' : undefined },
          h('td', {}, i.category),
          h('td', {}, h('span', { class: `badge ${i.urgency}` }, i.urgency)),
          h('td', {}, i.agency),
          h('td', {}, i.classification),
          h('td', {}, when(i.dueAt), i.overdue ? [' ', h('span', { class: 'badge overdue' }, 'overdue')] : null),
          h(
            'td',
            {},
            i.assessment
              ? h('span', { class: 'badge assessed' }, i.assessment.outcome)
              : i.isNew
                ? h('span', { class: 'badge ok' }, 'new')
                : 'open',
          ),
          h(
            'td',
            {},
            h('a', { href: `#/signal/${i.signalId}`, 'aria-label': `Open signal ${i.signal?.externalRef ?? i.signalId}` }, 'Open'),
          ),
        ),
      ),
    );
  };
  for (const c of [category, agency]) c.addEventListener('input', draw);
  for (const c of [urgency, overdue]) c.addEventListener('change', draw);
  feed.addEventListener('change', async () => {
    await connect(feed.value);
    draw();
  });
  feedState.listeners.add(draw);
  await connect(feed.value);
  draw();
}

// ---- one signal -----------------------------------------------------------------------------------

function openById(section) {
  const id = h('input', { autocomplete: 'off', required: true });
  const form = h(
    'form',
    { class: 'card' },
    title('Open a signal'),
    field('Signal id', id, { hint: 'The id from the feed or a dossier (a UUID).' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Open signal')),
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
    h('strong', {}, kind),
    ': ',
    Object.entries(rest)
      .map(([k, v]) => `${k} ${Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? Object.values(x).join(' ') : x)).join(', ') : v}`)
      .join(' · '),
  );
}

function linkText(l) {
  if (!l) return '—';
  if (l.reason === 'shared-subject-key') return `shares a ${l.keyType} key with signal ${l.linkedTo}`;
  if (l.reason === 'opened-dossier') return 'opened the dossier';
  return 'no link you may see';
}

async function signalView(section, id) {
  let r;
  try {
    r = (await api('GET', `/api/intake/v1/signals/${encodeURIComponent(id)}`)).data;
  } catch (e) {
    put(section, title('Signal'), notice(e.status === 404 || e.status === 400 ? 'No such signal that you may read.' : e.message, 'error'));
    return;
  }
  const s = r.signal ?? {};
  put(
    section,
    title(`Signal ${s.externalRef ?? r.signalId}`),
    h(
      'div',
      { class: 'card' },
      dl([
        ['Category', r.category],
        ['Urgency', r.urgency],
        ['Classification', r.classification],
        ['Due', [when(r.dueAt), r.overdue ? ' (overdue)' : '']],
        ['Observed', when(s.observedAt)],
        ['Location', s.location ? [s.location.place, s.location.country].filter(Boolean).join(', ') : '—'],
        ['Evaluation', s.evaluation ? `${s.evaluation.sourceReliability}${s.evaluation.informationAccuracy}` : '—'],
        ['Handling', s.handling],
        ['Indicators', (s.indicators ?? []).map((i) => `${i.code} (${i.confidence})`).join(', ') || '—'],
        ['Summary', s.summary],
      ]),
    ),
    h('h2', {}, 'Subjects'),
    h('ul', { class: 'card' }, (s.subjects ?? []).map(subjectLine)),
    h('h2', {}, 'Provenance'),
    h(
      'div',
      { class: 'card' },
      dl([
        ['Agency', r.provenance.agency],
        ['Received', when(r.provenance.receivedAt)],
        ['Routing rule', `${r.provenance.routedBy.ruleId} v${r.provenance.routedBy.ruleVersion}`],
        ['Feeds', (r.feeds ?? []).join(', ')],
        ['Supplements', s.supplements ? h('a', { href: `#/signal/${s.supplements}` }, `signal ${s.supplements}`) : '—'],
        ['In its dossier because it', linkText(r.provenance.linkedBy)],
        ['Dossier', r.dossierId ? h('a', { href: `#/dossier/${r.dossierId}` }, 'Open the dossier') : '—'],
        ['Trace', h('span', { class: 'code' }, r.traceId)],
      ]),
    ),
    h('h2', {}, 'Assessments'),
    r.assessments?.length
      ? h(
          'ol',
          { class: 'timeline' },
          r.assessments.map((a) =>
            h('li', {}, h('strong', {}, a.outcome), ` — ${when(a.assessedAt ?? a.at)}`, a.note ? h('div', {}, a.note) : null),
          ),
        )
      : h('p', {}, 'Not assessed yet.'),
    assessmentForm(r),
  );
}

function assessmentForm(r) {
  const outcome = select(OUTCOMES, { value: 'relevant' });
  const note = h('textarea', { maxlength: '4000' });
  const noteHint = 'An internal note; with “more information requested”, the question sent to the source agency.';
  const result = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('h2', {}, 'Assess'),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field('Outcome', outcome, { path: 'outcome' }),
      field('Note or question', note, { path: 'note', hint: noteHint, wide: true }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save assessment')),
    result,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    clear(result);
    const body = { outcome: outcome.value, version: r.version, ...(note.value.trim() ? { note: note.value.trim() } : {}) };
    try {
      await api('POST', `/api/intake/v1/signals/${r.signalId}/assessment`, body);
      put(result, notice('Assessment saved; the source agency is told.', 'ok'));
      result.firstChild.focus?.();
    } catch (e) {
      if (e.status === 409) {
        // Someone assessed it since this page read it: show theirs before anything is overwritten.
        put(
          result,
          notice(
            'Someone else assessed this signal since you opened it. Reload it to see their assessment before you assess again.',
            'warning',
          ),
          h('button', { type: 'button', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, 'Reload the signal'),
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
    put(section, title('Dossier'), notice(e.status === 404 ? 'No such dossier that you may read.' : e.message, 'error'));
    return;
  }
  put(
    section,
    title('Dossier'),
    h('p', {}, `Agencies: ${d.agencies.join(', ')}`),
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
            ['Signal', 'Agency', 'Category', 'Received', 'Why it is linked'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          d.signals.map((s) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: `#/signal/${s.signalId}` }, s.signal?.externalRef ?? s.signalId)),
              h('td', {}, s.agency),
              h('td', {}, s.category),
              h('td', {}, when(s.receivedAt)),
              h('td', {}, linkText(s.linkedBy)),
            ),
          ),
        ),
      ),
    ),
  );
}
