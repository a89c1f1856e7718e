// Security officer: principals (filters, the monthly clearance review), create / revoke / rotate — each
// new key as a handover in two halves, one per officer, never the key — and the approval queue of the
// two-officer rule.
import { api } from './api.js';
import {
  clear,
  clearErrors,
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
import { label, t } from './i18n.js';
import { dateErrors, dateInput, dateText, dateValue } from './dates.js';

const ROLES = ['poc', 'analyst', 'oversight', 'security-officer', 'admin', 'reporter'];
const CLEARANCES = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'];

/** Labels of codes (the catalogues' data), the code itself for one a deployment added. */
const roleLabel = (code) => label(`console.role.${code}`, code);
const agencyLabel = (code) => (code ? label(`agency.${code}`, code) : '—');
const clearanceLabel = (code) => label(`classification.${code}`, code);
const operationLabel = (op) => (OPERATIONS.includes(op) ? t(`console.officer.operation.${op}`) : op);
/** A request's subject in words: "Create analyst.dupont". */
const requestWhat = (r, name) => t('console.officer.request-what', { operation: operationLabel(r.operation), name });

export function leave() {}

export async function render(main, session, path) {
  const view = path[0] ?? 'principals';
  put(
    clear(main),
    tabs(
      t('console.role.security-officer'),
      [
        ['principals', t('console.officer.tab.principals')],
        ['create', t('console.officer.tab.create')],
        ['approvals', t('console.officer.tab.approvals')],
        ['register', t('console.officer.tab.register')],
        ['reviews', t('console.officer.tab.reviews')],
      ],
      view,
    ),
  );
  const section = h('section');
  put(main, section);
  if (view === 'create') return createView(section);
  if (view === 'approvals') return approvalsView(section, session);
  if (view === 'register') return registerView(section);
  if (view === 'reviews') return reviewsView(section);
  return principalsView(section, session);
}

/**
 * One half of a key handover, shown this once, with a copy button; in this page's memory only until it
 * is left. No officer ever sees a key: the principal redeems both halves on the sign-in page.
 */
function handoverPanel(name, code, which) {
  const half = h('output', { class: 'secret', 'aria-label': t('console.officer.handover-half', { which, name }) }, code);
  const copied = h('span', { role: 'status', class: 'hint' });
  return h(
    'div',
    { class: 'card key-panel' },
    h('h2', {}, t('console.officer.handover-title', { which, name })),
    notice(t('console.officer.handover-notice', { which: String(which), name, redeem: t('console.main.redeem-title') }), 'warning'),
    half,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            try {
              await navigator.clipboard.writeText(code);
              copied.textContent = t('console.officer.copied');
            } catch {
              copied.textContent = t('console.officer.copy-refused');
            }
          },
        },
        t('console.officer.copy-half'),
      ),
      copied,
    ),
  );
}

/** A 202: what waits for the second officer, and the first half of a new key when there is one. */
const held = (name, data) => [pendingNotice(data.pending), data.handoverCode ? handoverPanel(name, data.handoverCode, 1) : null];

const pendingNotice = (p) => notice(t('console.officer.held', { id: p.id, reason: approvalWhy(p), expires: when(p.expiresAt) }), 'warning');

/**
 * Why a request waits for a second officer, in the page's language: the approval rule's code and
 * values (roles and levels by their labels); a request filed before codes keeps its English words.
 */
function approvalWhy(r) {
  const v = r.reasonValues ?? {};
  const grant = (g) =>
    t(`console.officer.grant.${g.code}`, {
      ...g.values,
      from: clearanceLabel(g.values?.from ?? ''),
      to: clearanceLabel(g.values?.to ?? ''),
    });
  switch (r.reasonCode) {
    case 'create':
    case 'rotate-key':
      return t(`console.officer.why.${r.reasonCode}`);
    case 'create-privileged':
    case 'update-privileged':
      return t(`console.officer.why.${r.reasonCode}`, { role: roleLabel(v.role) });
    case 'watchlist-mark':
      return t('console.officer.why.watchlist-mark', { capability: v.capability });
    case 'revoke-own-chain':
      return t('console.officer.why.revoke-own-chain', { name: v.name });
    case 'update-grants':
      return t('console.officer.why.update-grants', { grants: (v.grants ?? []).map(grant).join(', ') });
    default:
      return r.reason;
  }
}

async function principalsView(section, session) {
  const role = select([{ value: '', label: t('console.officer.any-role') }, ...ROLES.map((v) => ({ value: v, label: roleLabel(v) }))], {});
  const agency = h('input', { type: 'search', autocomplete: 'off' });
  const expiring = h('input', { type: 'number', min: '1', max: '3650', inputmode: 'numeric' });
  const showRevoked = h('input', { type: 'checkbox' });
  const out = h('div', { 'aria-live': 'polite' });
  const body = h('tbody');
  const form = h(
    'form',
    { class: 'card', role: 'search', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.officer.role-filter'), role),
      field(t('console.officer.agency-filter'), agency, { hint: t('console.officer.agency-filter-hint') }),
      field(t('console.officer.expiring'), expiring, {
        path: 'expiringWithinDays',
        hint: t('console.officer.expiring-hint'),
      }),
      h('div', { class: 'field' }, h('label', {}, showRevoked, ' ', t('console.officer.show-revoked'))),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.officer.apply-filters'))),
  );
  let principals = [];
  const draw = () => {
    const shown = principals
      .filter((p) => !role.value || p.role === role.value)
      .filter((p) => !agency.value.trim() || p.agency === agency.value.trim())
      .filter((p) => showRevoked.checked || !p.revokedAt);
    put(
      clear(body),
      ...shown.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.name),
          h('td', {}, roleLabel(p.role)),
          h('td', { title: p.agency }, agencyLabel(p.agency)),
          h('td', {}, clearanceLabel(p.clearance)),
          h(
            'td',
            {},
            when(p.clearanceExpiresAt),
            p.clearanceExpired ? [' ', h('span', { class: 'badge overdue' }, t('console.officer.expired'))] : null,
          ),
          h('td', {}, (p.feeds ?? []).join(', ') || '—'),
          h(
            'td',
            {},
            p.revokedAt
              ? h('span', { class: 'badge rejected' }, t('console.officer.revoked-on', { when: when(p.revokedAt) }))
              : h('span', { class: 'badge ok' }, t('console.officer.active')),
          ),
          h('td', {}, p.revokedAt || p.id === session.principal.id ? '—' : actions(p)),
        ),
      ),
    );
  };
  const actions = (p) =>
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'aria-label': t('console.officer.rotate-of', { name: p.name }),
          onclick: async () => {
            if (!window.confirm(t('console.officer.rotate-confirm', { name: p.name }))) return;
            clear(out);
            try {
              const { data } = await api('POST', `/api/intake/v1/admin/principals/${p.id}/key`);
              put(out, ...held(p.name, data));
              out.querySelector('button, p')?.focus?.();
            } catch (e) {
              put(out, notice(e.message, 'error'));
            }
          },
        },
        t('console.officer.rotate'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          'aria-label': t('console.officer.revoke-named', { name: p.name }),
          onclick: async () => {
            if (!window.confirm(t('console.officer.revoke-confirm', { name: p.name }))) return;
            clear(out);
            try {
              const { status, data } = await api('DELETE', `/api/intake/v1/admin/principals/${p.id}`);
              put(out, status === 202 ? pendingNotice(data.pending) : notice(t('console.officer.revoked', { name: p.name }), 'ok'));
              await load();
            } catch (e) {
              put(out, notice(e.message, 'error'));
            }
          },
        },
        t('console.officer.revoke'),
      ),
    );
  const load = async () => {
    clearErrors(form);
    const q = expiring.value.trim() ? `?expiringWithinDays=${encodeURIComponent(expiring.value.trim())}` : '';
    try {
      principals = (await api('GET', `/api/intake/v1/admin/principals${q}`)).data.principals;
      draw();
    } catch (e) {
      showProblem(form, e.problem);
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  for (const c of [role, showRevoked]) c.addEventListener('change', draw);
  agency.addEventListener('input', draw);
  put(
    section,
    title(t('console.officer.tab.principals')),
    form,
    out,
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.officer.tab.principals') },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['name', 'role', 'agency', 'clearance', 'clearance-expires', 'feeds', 'status', 'actions'].map((c) =>
              h('th', { scope: 'col' }, t(`console.officer.column.${c}`)),
            ),
          ),
        ),
        body,
      ),
    ),
  );
  await load();
}

async function createView(section) {
  const name = h('input', { autocomplete: 'off', required: true });
  const role = select(
    ROLES.map((v) => ({ value: v, label: roleLabel(v) })),
    { value: 'analyst' },
  );
  const agency = h('input', { autocomplete: 'off' });
  const clearance = select(
    CLEARANCES.map((v) => ({ value: v, label: clearanceLabel(v) })),
    { value: 'restricted' },
  );
  const expires = dateInput({ value: dateText(new Date(Date.now() + 365 * 86400000)) });
  const feeds = h('input', { autocomplete: 'off', value: 'ocam' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.officer.principal-name'), name, { path: 'name', hint: t('console.officer.principal-name-hint') }),
      field(t('console.officer.column.role'), role, { path: 'role' }),
      field(t('console.officer.column.agency'), agency, { path: 'agency', hint: t('console.officer.agency-hint') }),
      field(t('console.officer.column.clearance'), clearance, { path: 'clearance', hint: t('console.officer.clearance-hint') }),
      field(t('console.officer.column.clearance-expires'), expires, {
        path: 'clearanceExpiresAt',
        hint: t('console.officer.expires-hint'),
      }),
      field(t('console.officer.column.feeds'), feeds, { path: 'feeds', hint: t('console.officer.feeds-hint') }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.officer.ask-create'))),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    clear(out);
    // The browser's own check first (the API checks everything again): the name is required.
    const missing = [...missingRequired(form), ...dateErrors(form, labelOf)];
    if (missing.length) return showErrors(form, t('console.poc.needs-attention'), missing);
    const body = {
      name: name.value.trim(),
      role: role.value,
      clearance: clearance.value,
      ...(agency.value.trim() ? { agency: agency.value.trim() } : {}),
      ...(dateValue(expires) ? { clearanceExpiresAt: dateValue(expires) } : {}),
      ...(role.value === 'analyst'
        ? {
            feeds: feeds.value
              .split(',')
              .map((f) => f.trim())
              .filter(Boolean),
          }
        : {}),
    };
    try {
      const { data } = await api('POST', '/api/intake/v1/admin/principals', body);
      put(out, ...held(body.name, data));
      out.querySelector('h2, p')?.setAttribute('tabindex', '-1');
      out.querySelector('h2, p')?.focus();
    } catch (e) {
      showProblem(form, e.problem);
    }
  });
  put(section, title(t('console.officer.tab.create')), form, out);
}

/** The operations a request may hold (codes of the API), each labelled by `console.officer.operation.<code>`. */
const OPERATIONS = ['create', 'update', 'rotate-key', 'revoke', 'watchlist-mark'];

const day = (iso) => (iso ? when(iso) : t('console.officer.none'));
const fieldName = (k) => label(`console.officer.field.${k}`, k);
const line = (k, value) => t('console.officer.change.line', { field: fieldName(k), value });
/** A requested value in words: roles, clearances and agencies by their labels. */
const valueText = (k, v) =>
  k === 'role'
    ? roleLabel(v)
    : k === 'clearance'
      ? clearanceLabel(v)
      : k === 'agency'
        ? agencyLabel(v)
        : Array.isArray(v)
          ? v.join(', ')
          : typeof v === 'object' && v !== null
            ? Object.values(v).join(', ')
            : String(v);

/** A request's change in words, before → after where the listing gives the principal's current state. */
export function describeChange(r) {
  const q = r.requested ?? {};
  const now = r.current;
  const lines = [];
  if (r.operation === 'create') {
    for (const k of ['role', 'agency', 'clearance']) if (q[k] !== undefined && q[k] !== null) lines.push(line(k, valueText(k, q[k])));
    if (Array.isArray(q.feeds)) lines.push(line('feeds', q.feeds.length ? q.feeds.join(', ') : t('console.officer.none')));
    if (q.clearanceExpiresAt !== undefined) lines.push(line('expiry', day(q.clearanceExpiresAt)));
    return lines;
  }
  for (const [k, v] of Object.entries(q)) {
    if (k === 'clearance')
      lines.push(
        now
          ? t('console.officer.change.from-to', { field: fieldName(k), from: clearanceLabel(now.clearance), to: clearanceLabel(v) })
          : t('console.officer.change.to', { field: fieldName(k), to: clearanceLabel(v) }),
      );
    else if (k === 'feeds' && Array.isArray(v)) {
      if (now) {
        const added = v.filter((f) => !now.feeds.includes(f)).map((f) => `+ ${f}`);
        const removed = now.feeds.filter((f) => !v.includes(f)).map((f) => `− ${f}`);
        lines.push(line('feeds', [...added, ...removed].join(', ') || t('console.officer.unchanged')));
      } else lines.push(line('feeds', v.length ? v.join(', ') : t('console.officer.none')));
    } else if (k === 'clearanceExpiresAt') {
      if (v === null)
        lines.push(line('expiry', now && !now.clearanceExpiresAt ? t('console.officer.none-unchanged') : t('console.officer.removed')));
      else
        lines.push(
          now
            ? t('console.officer.change.from-to', { field: fieldName('expiry'), from: day(now.clearanceExpiresAt), to: day(v) })
            : t('console.officer.change.to', { field: fieldName('expiry'), to: day(v) }),
        );
    } else lines.push(line(k, valueText(k, v)));
  }
  return lines;
}

async function approvalsView(section, session) {
  const { data } = await api('GET', '/api/intake/v1/admin/requests');
  const requests = data.requests;
  const out = h('div', { 'aria-live': 'polite' });
  const name = (r) => r.principalName ?? t('console.officer.gone-principal');
  const decide = async (r, verb, card) => {
    const what = requestWhat(r, name(r));
    const question =
      verb === 'approve'
        ? t('console.officer.approve-confirm', { what })
        : r.requestedBy === session.principal.id
          ? t('console.officer.withdraw-confirm', { what })
          : t('console.officer.refuse-confirm', { what });
    if (!window.confirm(question)) return;
    clear(out);
    try {
      const { data: d } = await api('POST', `/api/intake/v1/admin/requests/${r.id}/${verb}`);
      const done = verb === 'approve' ? 'approved' : r.requestedBy === session.principal.id ? 'withdrawn' : 'refused';
      put(out, notice(t('console.officer.decided', { what, done }), 'ok'));
      if (d?.handoverCode) put(out, handoverPanel(d.principal?.name ?? t('console.officer.the-principal'), d.handoverCode, 2));
      card.remove();
    } catch (e) {
      put(out, notice(e.message, 'error'));
    }
  };
  put(
    section,
    title(t('console.officer.tab.approvals')),
    h('p', { class: 'hint' }, t('console.officer.approvals-hint')),
    out,
    requests.length === 0 ? notice(t('console.officer.no-request')) : null,
    h(
      'ul',
      { role: 'list' },
      requests.map((r) => {
        const card = h(
          'li',
          { class: 'card', 'aria-label': t('console.officer.request-named', { what: requestWhat(r, name(r)) }) },
          h('p', {}, h('strong', {}, requestWhat(r, name(r))), ` — ${approvalWhy(r)}`),
          h(
            'p',
            { class: 'hint' },
            t('console.officer.asked-by', {
              who:
                r.requestedBy === session.principal.id
                  ? t('console.officer.you')
                  : (r.requestedByName ?? t('console.officer.gone-officer')),
              at: when(r.requestedAt),
              expires: when(r.expiresAt),
            }),
          ),
          h(
            'ul',
            { class: 'change' },
            describeChange(r).map((line) => h('li', {}, line)),
          ),
        );
        put(
          card,
          r.requestedBy === session.principal.id
            ? h(
                'div',
                { class: 'actions' },
                h(
                  'button',
                  { type: 'button', class: 'secondary', onclick: () => decide(r, 'refuse', card) },
                  t('console.officer.withdraw'),
                ),
              )
            : h(
                'div',
                { class: 'actions' },
                h('button', { type: 'button', onclick: () => decide(r, 'approve', card) }, t('console.officer.approve')),
                h('button', { type: 'button', class: 'danger', onclick: () => decide(r, 'refuse', card) }, t('console.officer.refuse')),
              ),
        );
        return card;
      }),
    ),
  );
}

// ---- the classified register ------------------------------------------------------------------------

const CLASSIFIED = CLEARANCES.filter((c) => c !== 'unclassified');

/**
 * The classified register (GET /api/audit/v1/register): per level, every classified signal and product
 * held or destroyed — received when, from whom, to whom, who read it, until when it is kept or when it
 * was destroyed — searched by level, kind, state, agency and period, and exported as CSV or PDF with
 * the same search. Every reading (the page's and each export) is itself recorded by the audit.
 * Exercises are labelled as such.
 */
async function registerView(section) {
  const any = (key) => ({ value: '', label: t(key) });
  const classification = select([any('console.register.any-level'), ...CLASSIFIED.map((v) => ({ value: v, label: clearanceLabel(v) }))]);
  const kind = select([
    any('console.register.any-kind'),
    ...['signal', 'product'].map((v) => ({ value: v, label: t(`console.register.kind.${v}`) })),
  ]);
  const state = select([
    any('console.register.any-state'),
    ...['held', 'destroyed'].map((v) => ({ value: v, label: t(`console.register.state.${v}`) })),
  ]);
  const agency = h('input', { type: 'search', autocomplete: 'off', dataset: { path: 'agency' } });
  const from = dateInput({ dataset: { path: 'from' } });
  const to = dateInput({ dataset: { path: 'to' } });
  const exports = h('p', { class: 'actions' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', role: 'search', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.register.level'), classification, { path: 'classification' }),
      field(t('console.register.kind'), kind, { path: 'kind' }),
      field(t('console.register.state'), state, { path: 'state' }),
      field(t('console.officer.agency-filter'), agency, { path: 'agency', hint: t('console.register.agency-hint') }),
      field(t('console.register.from'), from, { path: 'from' }),
      field(t('console.register.to'), to, { path: 'to' }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.register.search'))),
  );
  const query = () => {
    const q = new URLSearchParams();
    for (const [k, el] of Object.entries({ classification, kind, state, agency, from, to }))
      if (el.value.trim()) q.set(k, el.dataset.date ? (dateValue(el) ?? el.value.trim()) : el.value.trim());
    return q;
  };
  const exportLink = (format, text) => {
    const q = query();
    q.set('format', format);
    return h('a', { href: `/api/audit/v1/register?${q}`, download: `classified-register.${format}` }, text);
  };
  // Each search draws only if it is the latest (the first load and a click can overlap).
  let loads = 0;
  const load = async () => {
    clearErrors(form);
    clear(out);
    clear(exports);
    const bad = dateErrors(form, labelOf);
    if (bad.length) return showErrors(form, t('console.poc.needs-attention'), bad);
    const mine = ++loads;
    let r;
    try {
      r = (await api('GET', `/api/audit/v1/register?${query()}`)).data;
    } catch (e) {
      return mine === loads ? showProblem(form, e.problem ?? e.data ?? e) : undefined;
    }
    // A search started meanwhile (a click while the first one ran) draws its own answer, alone.
    if (mine !== loads) return;
    put(exports, exportLink('csv', t('console.register.export-csv')), ' ', exportLink('pdf', t('console.register.export-pdf')));
    put(
      out,
      h(
        'p',
        { class: 'hint' },
        t('console.register.scope', {
          // `all` (OCAM's officers: every agency) or the agency's code, in words.
          scope: r.scope === 'all' ? t('console.register.scope-all') : agencyLabel(r.scope),
          at: when(r.generatedAt),
        }),
      ),
      h(
        'table',
        {},
        h('caption', {}, t('console.register.per-level')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['level', 'held', 'destroyed'].map((c) => h('th', { scope: 'col' }, t(`console.register.column.${c}`))),
          ),
        ),
        h(
          'tbody',
          {},
          r.levels.map((l) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, clearanceLabel(l.classification)),
              h('td', {}, String(l.held)),
              h('td', {}, String(l.destroyed)),
            ),
          ),
        ),
      ),
      r.truncated ? notice(t('console.register.truncated', { n: String(r.items.length) }), 'warning') : null,
      r.items.length === 0
        ? h('p', {}, t('console.register.empty'))
        : h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.officer.tab.register') },
            h(
              'table',
              {},
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['item', 'level', 'received', 'from', 'to', 'readers', 'kept'].map((c) =>
                    h('th', { scope: 'col' }, t(`console.register.column.${c}`)),
                  ),
                ),
              ),
              h('tbody', {}, r.items.map(registerRow)),
            ),
          ),
    );
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  put(section, title(t('console.officer.tab.register')), h('p', { class: 'hint' }, t('console.register.intro')), form, exports, out);
  await load();
}

function registerRow(i) {
  // A reader by its name (the API's `name`: the principal's, or the one its reads were recorded under),
  // with its agency; the start of its id only when the ledger knows no name for it.
  const who = (p) =>
    p.name ? `${p.name}${p.agency ? ` (${agencyLabel(p.agency)})` : ''}` : p.principalId ? `${p.principalId.slice(0, 8)}…` : '—';
  return h(
    'tr',
    {},
    h(
      'td',
      {},
      i.exercise ? [h('span', { class: 'badge exercise' }, t('console.exercise')), ' '] : null,
      t(`console.register.kind.${i.kind}`),
      ' ',
      h('span', { class: 'code' }, i.id),
    ),
    h('td', {}, clearanceLabel(i.classification)),
    h('td', {}, when(i.receivedAt)),
    h('td', {}, agencyLabel(i.from?.agency), i.from?.principalName ? h('span', { class: 'hint' }, ` · ${i.from.principalName}`) : null),
    h('td', {}, (i.to ?? []).length ? i.to.map((a) => agencyLabel(a)).join(', ') : '—'),
    h('td', {}, (i.readers ?? []).length ? i.readers.map((r) => `${who(r)} ×${r.reads}`).join('; ') : t('console.register.no-reader')),
    h(
      'td',
      {},
      i.destroyed
        ? h('span', { class: 'badge' }, t(`console.register.destroyed.${i.destroyed.how}`, { at: when(i.destroyed.at) }))
        : i.retentionUntil
          ? t('console.register.kept-until', { until: i.retentionUntil })
          : '—',
    ),
  );
}

// ---- the quarterly access-log review and the monthly clearance review ---------------------------------

/** What an officer may mark each item of a review (docs/security-officer.md). */
const REVIEW_MARKS = { access: ['explained', 'escalated'], clearance: ['kept', 'extended', 'lowered', 'revoked'] };

/** YYYY-MM-DD of a UTC date. */
const isoDay = (d) => d.toISOString().slice(0, 10);

/** The period a review is due for now: the quarter (access) or the month (clearance) that ended last. */
function duePeriod(kind, now = new Date()) {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const start = kind === 'access' ? new Date(Date.UTC(y, m - (m % 3) - 3, 1)) : new Date(Date.UTC(y, m - 1, 1));
  const end = kind === 'access' ? new Date(Date.UTC(y, m - (m % 3), 0)) : new Date(Date.UTC(y, m, 0));
  return { from: isoDay(start), to: isoDay(end) };
}

/**
 * The reviews (GET /api/audit/v1/reviews/{access|clearance}): for a period and the officer's agency (or
 * another scope it may review), per principal its reads and refusals (access), then each anomaly or
 * finding with what it stands on — facts and ids, never content — to mark one by one; then the sign-off,
 * which names the digest of the review as read (refused while an item is open, or when the review
 * changed meanwhile: the page shows the API's refusal). Every reading, mark and sign-off is in the ledger.
 */
async function reviewsView(section) {
  const kind = select(['access', 'clearance'].map((v) => ({ value: v, label: t(`console.review.kind.${v}`) })));
  const agency = h('input', { type: 'search', autocomplete: 'off' });
  const from = dateInput();
  const to = dateInput();
  const setPeriod = () => {
    const p = duePeriod(kind.value);
    from.value = p.from;
    to.value = p.to;
  };
  setPeriod();
  kind.addEventListener('change', setPeriod);
  const exports = h('p', { class: 'actions' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field(t('console.review.kind'), kind),
      field(t('console.officer.agency-filter'), agency, { path: 'agency', hint: t('console.review.agency-hint') }),
      field(t('console.review.from'), from, { path: 'from' }),
      field(t('console.review.to'), to, { path: 'to' }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.review.read'))),
  );
  /** The scope and period as the API takes them (query and bodies alike). */
  const period = () => ({ ...(agency.value.trim() ? { agency: agency.value.trim() } : {}), from: dateValue(from), to: dateValue(to) });
  // Each reading draws only if it is the latest (overlapping readings drew twice).
  let loads = 0;
  const load = async () => {
    clearErrors(form);
    clear(out);
    clear(exports);
    const bad = dateErrors(form, labelOf);
    if (bad.length) return showErrors(form, t('console.poc.needs-attention'), bad);
    const which = kind.value;
    const q = new URLSearchParams(period());
    const mine = ++loads;
    let r;
    try {
      r = (await api('GET', `/api/audit/v1/reviews/${which}?${q}`)).data;
    } catch (e) {
      return mine === loads ? showProblem(form, e.problem ?? e.data ?? e) : undefined;
    }
    // A reading started meanwhile draws its own answer, alone.
    if (mine !== loads) return;
    const link = (format, text) => {
      const x = new URLSearchParams(period());
      x.set('format', format);
      return h('a', { href: `/api/audit/v1/reviews/${which}?${x}`, download: `${which}-review.${format}` }, text);
    };
    put(
      exports,
      link('csv', t('console.register.export-csv')),
      which === 'access' ? [' ', link('pdf', t('console.register.export-pdf'))] : null,
    );
    const act = async (method, path, body) => {
      clearErrors(form);
      try {
        await api(method, path, body);
      } catch (e) {
        return showProblem(form, e.problem ?? e.data ?? e);
      }
      await load();
    };
    const signOff = h(
      'button',
      { type: 'button', onclick: () => act('POST', `/api/audit/v1/reviews/${which}/sign-off`, { ...period(), digest: r.digest }) },
      t('console.review.sign-off'),
    );
    put(
      out,
      h(
        'p',
        { class: 'hint' },
        t('console.review.summary', { scope: r.scope, from: r.from, to: r.to, open: String(r.open), total: String(r.anomalies.length) }),
      ),
      r.signedOff
        ? notice(
            t('console.review.signed-off', {
              name: r.signedOff.byName ?? r.signedOff.by,
              at: when(r.signedOff.at),
              digest: r.signedOff.digest,
            }),
          )
        : null,
      which === 'access' ? principalsTable(r.principals) : null,
      h('h2', {}, t(`console.review.items.${which}`)),
      r.anomalies.length === 0
        ? h('p', {}, t('console.review.nothing'))
        : h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t(`console.review.items.${which}`) },
            h(
              'table',
              { class: 'review-items' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['principal', 'kind', 'facts', 'mark', 'actions'].map((c) => h('th', { scope: 'col' }, t(`console.review.column.${c}`))),
                ),
              ),
              h(
                'tbody',
                {},
                r.anomalies.map((a) =>
                  reviewItemRow(which, a, !r.signedOff, (mark) =>
                    act('POST', `/api/audit/v1/reviews/${which}/marks`, { ...period(), anomalyId: a.id, mark }),
                  ),
                ),
              ),
            ),
          ),
      r.signedOff ? null : h('div', { class: 'actions' }, signOff),
      h('p', { class: 'hint' }, t('console.review.digest', { digest: r.digest })),
    );
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  put(section, title(t('console.officer.tab.reviews')), h('p', { class: 'hint' }, t('console.review.intro')), form, exports, out);
}

/** The access review's per-principal counts: reads, signals returned, refused attempts, anomalies. */
function principalsTable(principals) {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('console.review.principals') },
    h(
      'table',
      { class: 'review-principals' },
      h('caption', {}, t('console.review.principals')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['principal', 'role', 'reads', 'signals', 'denied', 'anomalies'].map((c) =>
            h('th', { scope: 'col' }, t(`console.review.column.${c}`)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        principals.map((p) =>
          h(
            'tr',
            { dataset: { principal: p.name } },
            h('th', { scope: 'row' }, p.name),
            h('td', {}, roleLabel(p.role)),
            h('td', {}, String(p.readsTotal)),
            h('td', {}, String(p.signalsTotal)),
            h('td', {}, String(p.deniedTotal)),
            h('td', {}, String(p.anomalies)),
          ),
        ),
      ),
    ),
  );
}

/** One anomaly (access) or finding (clearance): who, what, the facts it stands on, its mark, and the marks to give it. */
function reviewItemRow(which, a, open, mark) {
  const what = label(`console.review.item.${a.kind}`, a.kind);
  const facts =
    which === 'access'
      ? [
          Object.entries(a.facts ?? {})
            .map(([k, v]) => `${k}: ${v}`)
            .join(', '),
          h('br'),
          h(
            'span',
            { class: 'hint' },
            t('console.review.entries', { n: String(a.entryCount), seqs: a.entries.map((e) => e.seq).join(' ') }),
          ),
        ]
      : t('console.review.finding-facts', {
          clearance: clearanceLabel(a.clearance),
          expires: a.clearanceExpiresAt ? when(a.clearanceExpiresAt) : '—',
          last: a.lastReadAt ? when(a.lastReadAt) : '—',
          highest: a.highestRead ? clearanceLabel(a.highestRead) : '—',
        });
  return h(
    'tr',
    { dataset: { anomaly: a.id, principal: a.principalName } },
    h('th', { scope: 'row' }, a.principalName),
    h('td', {}, what, h('br'), h('span', { class: 'hint' }, a.at ? when(a.at) : '')),
    h('td', {}, facts),
    h(
      'td',
      {},
      a.mark
        ? t('console.review.marked', { mark: t(`console.review.mark.${a.mark.mark}`), at: when(a.mark.at) })
        : h('span', { class: 'badge' }, t('console.review.open')),
    ),
    h(
      'td',
      {},
      open
        ? REVIEW_MARKS[which].map((m) =>
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                'aria-label': t('console.review.mark-as', { mark: t(`console.review.mark.${m}`), what, name: a.principalName }),
                onclick: () => mark(m),
              },
              t(`console.review.mark.${m}`),
            ),
          )
        : null,
    ),
  );
}
