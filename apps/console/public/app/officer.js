// Security officer: principals (filters, the monthly clearance review), create / revoke / rotate — each
// new key as a handover in two halves, one per officer, never the key — and the approval queue of the
// two-officer rule.
import { api } from './api.js';
import { clear, clearErrors, field, h, notice, select, showProblem, tabs, title, when, put } from './dom.js';

const ROLES = ['poc', 'analyst', 'oversight', 'security-officer', 'admin'];
const CLEARANCES = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'];

export function leave() {}

export async function render(main, session, path) {
  const view = path[0] ?? 'principals';
  put(
    clear(main),
    tabs(
      'Security officer',
      [
        ['principals', 'Principals'],
        ['create', 'Create a principal'],
        ['approvals', 'Approval queue'],
      ],
      view,
    ),
  );
  const section = h('section');
  put(main, section);
  if (view === 'create') return createView(section);
  if (view === 'approvals') return approvalsView(section, session);
  return principalsView(section, session);
}

/**
 * One half of a key handover, shown this once, with a copy button; in this page's memory only until it
 * is left. No officer ever sees a key: the principal redeems both halves on the sign-in page.
 */
function handoverPanel(name, code, which) {
  const half = h('output', { class: 'secret', 'aria-label': `Handover half ${which} for ${name}` }, code);
  const copied = h('span', { role: 'status', class: 'hint' });
  return h(
    'div',
    { class: 'card key-panel' },
    h('h2', {}, `Key handover for ${name}: half ${which} of 2`),
    notice(
      `Shown this once: give it to ${name} yourself, through a channel of your own. ` +
        (which === 1 ? 'The officer who approves gets the other half. ' : 'The officer who asked holds the other half. ') +
        'Neither half opens anything alone; the principal redeems both on the sign-in page (“Redeem a key handover”) and only it sees its key.',
      'warning',
    ),
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
              copied.textContent = 'Copied.';
            } catch {
              copied.textContent = 'Copy refused by the browser: select the code and copy it by hand.';
            }
          },
        },
        'Copy half',
      ),
      copied,
    ),
  );
}

/** A 202: what waits for the second officer, and the first half of a new key when there is one. */
const held = (name, data) => [pendingNotice(data.pending), data.handoverCode ? handoverPanel(name, data.handoverCode, 1) : null];

const pendingNotice = (p) =>
  notice(`Held for a second security officer: request ${p.id} (${p.reason}). It expires ${when(p.expiresAt)}.`, 'warning');

async function principalsView(section, session) {
  const role = select([{ value: '', label: 'Any role' }, ...ROLES], {});
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
      field('Role filter', role),
      field('Agency filter', agency),
      field('Clearance expiring within (days)', expiring, {
        path: 'expiringWithinDays',
        hint: 'The monthly clearance review: 31 shows what lapses in the coming month.',
      }),
      h('div', { class: 'field' }, h('label', {}, showRevoked, ' Show revoked principals')),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply filters')),
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
          h('td', {}, p.role),
          h('td', {}, p.agency ?? '—'),
          h('td', {}, p.clearance),
          h('td', {}, when(p.clearanceExpiresAt), p.clearanceExpired ? [' ', h('span', { class: 'badge overdue' }, 'expired')] : null),
          h('td', {}, (p.feeds ?? []).join(', ') || '—'),
          h(
            'td',
            {},
            p.revokedAt
              ? h('span', { class: 'badge rejected' }, `revoked ${when(p.revokedAt)}`)
              : h('span', { class: 'badge ok' }, 'active'),
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
          'aria-label': `Rotate key of ${p.name}`,
          onclick: async () => {
            if (!window.confirm(`Ask for a new API key for ${p.name}? Once a second officer approves, the current key stops working.`))
              return;
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
        'Rotate key',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          'aria-label': `Revoke ${p.name}`,
          onclick: async () => {
            if (!window.confirm(`Revoke ${p.name}? Its key stops working at once.`)) return;
            clear(out);
            try {
              const { status, data } = await api('DELETE', `/api/intake/v1/admin/principals/${p.id}`);
              put(out, status === 202 ? pendingNotice(data.pending) : notice(`${p.name} is revoked.`, 'ok'));
              await load();
            } catch (e) {
              put(out, notice(e.message, 'error'));
            }
          },
        },
        'Revoke',
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
    title('Principals'),
    form,
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
            ['Name', 'Role', 'Agency', 'Clearance', 'Clearance expires', 'Feeds', 'Status', 'Actions'].map((c) =>
              h('th', { scope: 'col' }, c),
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
  const role = select(ROLES, { value: 'analyst' });
  const agency = h('input', { autocomplete: 'off' });
  const clearance = select(CLEARANCES, { value: 'restricted' });
  const expires = h('input', { type: 'date', value: new Date(Date.now() + 365 * 86400000).toISOString().slice(0, 10) });
  const feeds = h('input', { autocomplete: 'off', value: 'ocam' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    h(
      'div',
      { class: 'grid' },
      field('Principal name', name, { path: 'name', hint: 'letters, digits, “.”, “_”, “@” or “-” (analyst.dupont)' }),
      field('Role', role, { path: 'role' }),
      field('Agency', agency, { path: 'agency', hint: 'For a point of contact or an agency’s security officer (customs)' }),
      field('Clearance', clearance, { path: 'clearance', hint: 'Not above your own.' }),
      field('Clearance expires', expires, { path: 'clearanceExpiresAt', hint: 'Reviewed monthly; in the future.' }),
      field('Feeds', feeds, { path: 'feeds', hint: 'For analysts: need-to-know, comma-separated (ocam)' }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Ask for the principal')),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    clear(out);
    const body = {
      name: name.value.trim(),
      role: role.value,
      clearance: clearance.value,
      ...(agency.value.trim() ? { agency: agency.value.trim() } : {}),
      ...(expires.value ? { clearanceExpiresAt: expires.value } : {}),
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
  put(section, title('Create a principal'), form, out);
}

const OPERATIONS = {
  create: 'Create',
  update: 'Change',
  'rotate-key': 'New API key for',
  revoke: 'Revoke',
  'watchlist-mark': 'Watchlist mark for',
};

const day = (iso) => (iso ? when(iso) : 'none');

/** A request's change in words, before → after where the listing gives the principal's current state. */
export function describeChange(r) {
  const q = r.requested ?? {};
  const now = r.current;
  const lines = [];
  if (r.operation === 'create') {
    for (const k of ['role', 'agency', 'clearance']) if (q[k] !== undefined && q[k] !== null) lines.push(`${k}: ${q[k]}`);
    if (Array.isArray(q.feeds)) lines.push(`feeds: ${q.feeds.length ? q.feeds.join(', ') : 'none'}`);
    if (q.clearanceExpiresAt !== undefined) lines.push(`expiry: ${day(q.clearanceExpiresAt)}`);
    return lines;
  }
  for (const [k, v] of Object.entries(q)) {
    if (k === 'clearance') lines.push(now ? `clearance: ${now.clearance} → ${v}` : `clearance: → ${v}`);
    else if (k === 'feeds' && Array.isArray(v)) {
      if (now) {
        const added = v.filter((f) => !now.feeds.includes(f)).map((f) => `+ ${f}`);
        const removed = now.feeds.filter((f) => !v.includes(f)).map((f) => `− ${f}`);
        lines.push(`feeds: ${[...added, ...removed].join(', ') || 'unchanged'}`);
      } else lines.push(`feeds: ${v.length ? v.join(', ') : 'none'}`);
    } else if (k === 'clearanceExpiresAt') {
      if (v === null) lines.push(now && !now.clearanceExpiresAt ? 'expiry: none (unchanged)' : 'expiry: removed');
      else lines.push(now ? `expiry: ${day(now.clearanceExpiresAt)} → ${day(v)}` : `expiry: → ${day(v)}`);
    } else
      lines.push(
        `${k}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? Object.values(v).join(', ') : String(v)}`,
      );
  }
  return lines;
}

async function approvalsView(section, session) {
  const { data } = await api('GET', '/api/intake/v1/admin/requests');
  const requests = data.requests;
  const out = h('div', { 'aria-live': 'polite' });
  const name = (r) => r.principalName ?? 'a principal no longer on record';
  const decide = async (r, verb, card) => {
    const what = `${OPERATIONS[r.operation] ?? r.operation} ${name(r)}`;
    const question =
      verb === 'approve'
        ? `Approve: ${what}? The change is made at once.`
        : r.requestedBy === session.principal.id
          ? `Withdraw your request: ${what}?`
          : `Refuse: ${what}?`;
    if (!window.confirm(question)) return;
    clear(out);
    try {
      const { data: d } = await api('POST', `/api/intake/v1/admin/requests/${r.id}/${verb}`);
      const done = verb === 'approve' ? 'approved' : r.requestedBy === session.principal.id ? 'withdrawn' : 'refused';
      put(out, notice(`${what}: ${done}.`, 'ok'));
      if (d?.handoverCode) put(out, handoverPanel(d.principal?.name ?? 'the principal', d.handoverCode, 2));
      card.remove();
    } catch (e) {
      put(out, notice(e.message, 'error'));
    }
  };
  put(
    section,
    title('Approval queue'),
    h(
      'p',
      { class: 'hint' },
      'Every grant (a new principal or key, a raised clearance, an added feed, a longer expiry, a watchlist mark) asked by another security officer waits here for a second one. You cannot approve your own, nor refuse what you could not approve.',
    ),
    out,
    requests.length === 0 ? notice('No request is waiting.') : null,
    h(
      'ul',
      { role: 'list' },
      requests.map((r) => {
        const card = h(
          'li',
          { class: 'card', 'aria-label': `Request: ${OPERATIONS[r.operation] ?? r.operation} ${name(r)}` },
          h('p', {}, h('strong', {}, `${OPERATIONS[r.operation] ?? r.operation} ${name(r)}`), ` — ${r.reason}`),
          h(
            'p',
            { class: 'hint' },
            `asked by ${r.requestedBy === session.principal.id ? 'you' : (r.requestedByName ?? 'an officer no longer on record')} on ${when(r.requestedAt)}; expires ${when(r.expiresAt)}`,
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
                h('button', { type: 'button', class: 'secondary', onclick: () => decide(r, 'refuse', card) }, 'Withdraw my request'),
              )
            : h(
                'div',
                { class: 'actions' },
                h('button', { type: 'button', onclick: () => decide(r, 'approve', card) }, 'Approve'),
                h('button', { type: 'button', class: 'danger', onclick: () => decide(r, 'refuse', card) }, 'Refuse'),
              ),
        );
        return card;
      }),
    ),
  );
}
