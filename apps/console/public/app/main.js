import { api, ApiError, setCsrfToken, whenSessionEnds } from './api.js';
import { clear, field, h, notice, put } from './dom.js';

/** Which workspace each role works in; a role without one (admin) is told so. */
const WORKSPACES = {
  poc: { title: 'Point of contact', load: () => import('./poc.js') },
  analyst: { title: 'Analyst', load: () => import('./analyst.js') },
  oversight: { title: 'Oversight', load: () => import('./oversight.js') },
  'security-officer': { title: 'Security officer', load: () => import('./officer.js') },
};

const main = document.getElementById('main');
const whoami = document.getElementById('whoami');
const signOutButton = document.getElementById('sign-out');
let session = null;
let workspace = null;
let idleCheck = null;

/**
 * At the time the session would lapse if nothing happened, ask the console (without that counting as
 * activity) whether it has: if so, back to sign-in at once rather than at the next click.
 */
function watchIdle(expiresAt) {
  clearTimeout(idleCheck);
  idleCheck = setTimeout(
    async () => {
      const res = await fetch('/api/session/status', { credentials: 'same-origin' }).catch(() => null);
      if (!session || !res) return;
      if (res.status === 401) return signInPage('Your session has expired: sign in again.');
      watchIdle((await res.json()).expiresAt);
    },
    Math.max(1000, Date.parse(expiresAt) - Date.now() + 500),
  );
}

function signInPage(message) {
  clearTimeout(idleCheck);
  session = null;
  setCsrfToken(null);
  workspace?.leave?.();
  workspace = null;
  whoami.textContent = '';
  signOutButton.hidden = true;
  document.title = 'Sign in — Passerelle console';
  const key = h('input', { type: 'password', name: 'apiKey', autocomplete: 'off', required: true, spellcheck: 'false' });
  const form = h(
    'form',
    { class: 'card narrow', novalidate: true },
    h('h1', {}, 'Sign in'),
    message ? notice(message, 'warning') : null,
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field('API key', key, {
      hint: 'Your personal key (psl_…). It is exchanged for a session that ends when you sign out or stay idle; the page never stores it.',
      path: 'apiKey',
    }),
    h('button', { type: 'submit' }, 'Sign in'),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const { data } = await api('POST', '/api/session', { apiKey: key.value.trim() });
      key.value = '';
      start(data);
    } catch (e) {
      const errors = form.querySelector('.form-errors');
      clear(errors).hidden = false;
      put(errors, h('p', {}, h('strong', {}, e.problem?.title ?? 'Sign-in failed'), ` — ${e.problem?.detail ?? e.message}`));
      key.setAttribute('aria-invalid', 'true');
      key.focus();
    } finally {
      button.disabled = false;
    }
  });
  put(clear(main), form, redeemForm());
  if (location.hash) history.replaceState(null, '', location.pathname);
  key.focus();
}

/**
 * A new principal (or one whose key its officers replaced) collects its key: the two halves its two
 * security officers gave it, redeemed once. The key is shown here once, for the principal alone.
 */
function redeemForm() {
  const halves = [1, 2].map(() => h('input', { type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' }));
  const form = h(
    'form',
    { class: 'card narrow', novalidate: true },
    h('h2', {}, 'Redeem a key handover'),
    h(
      'p',
      { class: 'hint' },
      'New here, or given a new key? Each of your two security officers gave you one half (pslh_…). Both together, once, give you your key.',
    ),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field('First half', halves[0], { path: 'codes' }),
    field('Second half', halves[1], { path: 'codes' }),
    h('button', { type: 'submit' }, 'Redeem my key'),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const { data } = await api('POST', '/api/session/redeem', { codes: halves.map((i) => i.value.trim()) });
      for (const i of halves) i.value = '';
      const { apiKey, ...s } = data;
      const shown = h('output', { class: 'secret', 'aria-label': 'Your new API key' }, apiKey);
      const go = h('button', { type: 'button' }, 'Continue to my workspace');
      go.addEventListener('click', () => start(s));
      put(
        clear(main),
        h(
          'div',
          { class: 'card narrow key-panel' },
          h('h1', {}, 'Your API key'),
          notice(
            'Shown this once, to you only: keep it somewhere safe if your own systems call the APIs. Nobody else has seen it, and it cannot be shown again. You are signed in.',
            'warning',
          ),
          shown,
          h('div', { class: 'actions' }, go),
        ),
      );
      go.focus();
    } catch (e) {
      const errors = form.querySelector('.form-errors');
      clear(errors).hidden = false;
      put(errors, h('p', {}, h('strong', {}, e.problem?.title ?? 'Redemption failed'), ` — ${e.problem?.detail ?? e.message}`));
      halves[0].setAttribute('aria-invalid', 'true');
      halves[0].focus();
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

async function start(s) {
  session = s;
  setCsrfToken(s.csrfToken);
  watchIdle(s.expiresAt);
  const p = s.principal;
  whoami.textContent = `${p.name} · ${p.role}${p.agency ? ` · ${p.agency}` : ''} · clearance ${p.clearance}${p.clearanceExpired ? ' (expired)' : ''}`;
  signOutButton.hidden = false;
  const ws = WORKSPACES[p.role];
  if (!ws) {
    put(
      clear(main),
      h('h1', {}, 'No workspace'),
      notice(`The role ${p.role} has no console workspace; use the CLI or the APIs (docs/operations.md).`, 'warning'),
    );
    return;
  }
  document.title = `${ws.title} — Passerelle console`;
  const module = await ws.load();
  workspace = module;
  route();
}

function route() {
  if (!session || !workspace) return;
  const path = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  workspace.render(main, session, path).catch((e) => {
    if (e instanceof ApiError && e.status === 401) return; // already back on the sign-in page
    put(main, notice(`Something went wrong: ${e.message}`, 'error'));
  });
}

whenSessionEnds((problem) => {
  if (!session) return;
  signInPage(
    problem?.type === 'urn:passerelle:problem:key-no-longer-accepted'
      ? 'You have been signed out: your API key is no longer accepted (it was revoked or replaced). Ask your security officer if you need access.'
      : problem?.type === 'urn:passerelle:problem:session-expired'
        ? 'Your session has expired: sign in again.'
        : 'Please sign in again.',
  );
});
window.addEventListener('hashchange', route);
signOutButton.addEventListener('click', async () => {
  try {
    await api('DELETE', '/api/session');
  } finally {
    signInPage('You are signed out.');
  }
});

(async () => {
  try {
    const { data } = await api('GET', '/api/session');
    await start(data);
  } catch {
    signInPage();
  }
})();
