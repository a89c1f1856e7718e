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
  put(clear(main), form);
  if (location.hash) history.replaceState(null, '', location.pathname);
  key.focus();
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
    problem?.type === 'urn:passerelle:problem:session-expired' ? 'Your session has expired: sign in again.' : 'Please sign in again.',
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
