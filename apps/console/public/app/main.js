import { api, ApiError, setCsrfToken, whenServiceNotice, whenSessionEnds } from './api.js';
import { clear, field, h, notice, put } from './dom.js';
import { availableLanguages, currentLanguage, label, LANGUAGE_NAMES, loadLanguage, locale, pickLanguage, t } from './i18n.js';

/** Which workspace each role works in; a role without one (admin) is told so. */
const WORKSPACES = {
  poc: { title: () => t('console.role.poc'), load: () => import('./poc.js') },
  analyst: { title: () => t('console.role.analyst'), load: () => import('./analyst.js') },
  oversight: { title: () => t('console.role.oversight'), load: () => import('./oversight.js') },
  'security-officer': { title: () => t('console.role.security-officer'), load: () => import('./officer.js') },
  reporter: { title: () => t('console.role.reporter'), load: () => import('./reporter.js') },
};

/** The roles with an OCAM products page (products.js, issue 28): the analyst publishes, the POC reads, oversight counts. */
const PRODUCT_ROLES = ['analyst', 'poc', 'oversight'];

const main = document.getElementById('main');
const whoami = document.getElementById('whoami');
const signOutButton = document.getElementById('sign-out');
let session = null;
let workspace = null;
let idleCheck = null;
/** An analyst reads nothing until it has acknowledged the security briefing in force: asked before the workspace. */
let briefingDue = false;

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
      if (res.status === 401) return signInPage(t('console.main.session-expired'));
      watchIdle((await res.json()).expiresAt);
    },
    Math.max(1000, Date.parse(expiresAt) - Date.now() + 500),
  );
}

/** The page (#/…) asked for when the sign-in page was shown: opened once signed in. */
let wantedPage = null;

function signInPage(message) {
  clearTimeout(idleCheck);
  session = null;
  showServiceNotice(null);
  setCsrfToken(null);
  workspace?.leave?.();
  workspace = null;
  whoami.textContent = '';
  document.getElementById('products-link')?.remove();
  signOutButton.hidden = true;
  document.title = t('console.main.sign-in-title');
  const key = h('input', { type: 'password', name: 'apiKey', autocomplete: 'off', required: true, spellcheck: 'false' });
  const form = h(
    'form',
    { class: 'card narrow', novalidate: true },
    h('h1', {}, t('console.main.sign-in')),
    message ? notice(message, 'warning') : null,
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field(t('console.main.api-key'), key, { hint: t('console.main.api-key-hint'), path: 'apiKey' }),
    h('button', { type: 'submit' }, t('console.main.sign-in')),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const { data } = await api('POST', '/api/session', { apiKey: key.value.trim() });
      key.value = '';
      // Back to the page that was asked for before signing in (a link to a signal, a trail…).
      if (wantedPage) history.replaceState(null, '', `${location.pathname}${wantedPage}`);
      wantedPage = null;
      start(data);
    } catch (e) {
      const errors = form.querySelector('.form-errors');
      clear(errors).hidden = false;
      put(
        errors,
        h('p', {}, h('strong', {}, e.problem?.title ?? t('console.main.sign-in-failed')), ` — ${e.problem?.detail ?? e.message}`),
      );
      key.setAttribute('aria-invalid', 'true');
      key.focus();
    } finally {
      button.disabled = false;
    }
  });
  put(clear(main), form, redeemForm());
  // The page asked for is kept for after the sign-in, and taken out of the address meanwhile.
  if (location.hash) {
    wantedPage = location.hash;
    history.replaceState(null, '', location.pathname);
  }
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
    h('h2', {}, t('console.main.redeem-title')),
    h('p', { class: 'hint' }, t('console.main.redeem-hint')),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field(t('console.main.first-half'), halves[0], { path: 'codes' }),
    field(t('console.main.second-half'), halves[1], { path: 'codes' }),
    h('button', { type: 'submit' }, t('console.main.redeem')),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const { data } = await api('POST', '/api/session/redeem', { codes: halves.map((i) => i.value.trim()) });
      for (const i of halves) i.value = '';
      const { apiKey, ...s } = data;
      const shown = h('output', { class: 'secret', 'aria-label': t('console.main.new-key') }, apiKey);
      const go = h('button', { type: 'button' }, t('console.main.continue'));
      go.addEventListener('click', () => start(s));
      put(
        clear(main),
        h(
          'div',
          { class: 'card narrow key-panel' },
          h('h1', {}, t('console.main.your-key')),
          notice(t('console.main.your-key-notice'), 'warning'),
          shown,
          h('div', { class: 'actions' }, go),
        ),
      );
      go.focus();
    } catch (e) {
      const errors = form.querySelector('.form-errors');
      clear(errors).hidden = false;
      put(errors, h('p', {}, h('strong', {}, e.problem?.title ?? t('console.main.redeem-failed')), ` — ${e.problem?.detail ?? e.message}`));
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
  whoami.textContent = [
    p.name,
    t(`console.role.${p.role}`),
    p.agency ? label(`agency.${p.agency}`, p.agency) : null,
    t('console.main.clearance', { level: label(`classification.${p.clearance}`, p.clearance), expired: String(!!p.clearanceExpired) }),
  ]
    .filter(Boolean)
    .join(' · ');
  signOutButton.hidden = false;
  document.getElementById('products-link')?.remove();
  if (PRODUCT_ROLES.includes(p.role))
    whoami.after(h('a', { id: 'products-link', href: '#/products', class: 'products-link' }, t('console.products.nav')));
  const ws = WORKSPACES[p.role];
  if (!ws) {
    put(
      clear(main),
      h('h1', {}, t('console.main.no-workspace')),
      notice(t('console.main.no-workspace-notice', { role: p.role }), 'warning'),
    );
    return;
  }
  document.title = t('console.main.page-title', { workspace: ws.title() });
  const module = await ws.load();
  workspace = module;
  briefingDue = p.role === 'analyst';
  route();
}

function route() {
  if (!session || !workspace) return;
  if (briefingDue) {
    briefingPage().catch((e) => {
      if (e instanceof ApiError && e.status === 401) return;
      put(main, notice(t('console.main.went-wrong', { message: e.message }), 'error'));
    });
    return;
  }
  // A point of contact sees the gateway's service notices (every gateway answer carries them too).
  if (session.principal.role === 'poc') api('GET', '/api/gateway/v1/service-notices').catch(() => undefined);
  const path = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const page =
    path[0] === 'products' && PRODUCT_ROLES.includes(session.principal.role)
      ? import('./products.js').then((m) => (workspace?.leave?.(), m.render(main, session, path)))
      : workspace.render(main, session, path);
  page.catch((e) => {
    if (e instanceof ApiError && e.status === 401) return; // already back on the sign-in page
    if (e instanceof ApiError && e.problem?.type === 'urn:passerelle:problem:briefing-required') {
      // A new version of the briefing was published during the session: read it and acknowledge it first.
      briefingDue = true;
      return route();
    }
    put(main, notice(t('console.main.went-wrong', { message: e.message }), 'error'));
  });
}

/**
 * The security briefing in force, shown to an analyst holding a clearance who has not acknowledged that
 * version (the intake refuses its reads with 403 briefing-required until then). Acknowledging records
 * it in the ledger (version, digest, when) and opens the workspace.
 */
async function briefingPage() {
  const { data: b } = await api('GET', '/api/intake/v1/me/briefing');
  if (!b.required || b.acknowledgedAt) {
    briefingDue = false;
    return route();
  }
  const errors = h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true });
  const button = h('button', { type: 'button' }, t('console.briefing.acknowledge', { version: String(b.version) }));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api('POST', '/api/intake/v1/me/briefing/acknowledgement', { version: b.version });
      briefingDue = false;
      route();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      if (e instanceof ApiError && e.status === 409) return route(); // a newer version meanwhile: show that one
      clear(errors).hidden = false;
      put(errors, h('p', {}, h('strong', {}, e.problem?.title ?? t('console.briefing.failed')), ` — ${e.problem?.detail ?? e.message}`));
      button.disabled = false;
    }
  });
  put(
    clear(main),
    h(
      'div',
      { class: 'card narrow' },
      h('h1', {}, t('console.briefing.title')),
      h('p', { class: 'hint' }, t('console.briefing.hint', { version: String(b.version) })),
      errors,
      // The text's own language: a version published before the briefing had languages is in English only.
      h('div', { class: 'briefing-text', lang: b.language ?? 'en' }, b.text),
      h('div', { class: 'actions' }, button),
    ),
  );
  button.focus();
}

/** What each service notice of the gateway says to a point of contact (issue 30). */
const NOTICE_TEXT = {
  'database-unavailable': () => t('console.notice.database-unavailable'),
  'kafka-unavailable': () => t('console.notice.kafka-unavailable'),
  'kafka-under-replicated': () => t('console.notice.kafka-under-replicated'),
  'publishing-delayed': () => t('console.notice.publishing-delayed'),
  'pipeline-delayed': () => t('console.notice.pipeline-delayed'),
  'site-unreachable': (site) => t('console.notice.site-unreachable', { site }),
};
const banner = document.getElementById('service-notice');

/** The banner from the gateway's `Service-Notice` header (`code; since=…; site=…`, comma-separated); hidden when none. */
function showServiceNotice(value) {
  const notices = (value ?? '')
    .split(',')
    .map((n) => Object.fromEntries(n.split(';').map((part, i) => (i === 0 ? ['code', part.trim()] : part.trim().split('=')))))
    .filter((n) => NOTICE_TEXT[n.code]);
  if (notices.length === 0 || session?.principal.role !== 'poc') {
    clear(banner).hidden = true;
    return;
  }
  put(
    clear(banner),
    h('strong', {}, t('console.notice.title')),
    h(
      'ul',
      {},
      notices.map((n) =>
        h(
          'li',
          { 'data-code': n.code },
          NOTICE_TEXT[n.code](n.site ?? ''),
          n.since ? ` ${t('console.notice.since', { since: new Date(n.since).toLocaleString(locale()) })}` : '',
        ),
      ),
    ),
    h('p', { class: 'hint' }, t('console.notice.hint')),
  );
  banner.hidden = false;
}
whenServiceNotice(showServiceNotice);

whenSessionEnds((problem) => {
  if (!session) return;
  signInPage(
    problem?.type === 'urn:passerelle:problem:key-no-longer-accepted'
      ? t('console.main.key-no-longer-accepted')
      : problem?.type === 'urn:passerelle:problem:session-expired'
        ? t('console.main.session-expired')
        : t('console.main.sign-in-again'),
  );
});
window.addEventListener('hashchange', route);
signOutButton.addEventListener('click', async () => {
  try {
    await api('DELETE', '/api/session');
  } finally {
    signInPage(t('console.main.signed-out'));
  }
});

/** The page's fixed texts (index.html) in its language, and the language switch in the top bar. */
function pageChrome() {
  document.querySelector('.skip-link').textContent = t('console.main.skip');
  signOutButton.textContent = t('console.main.sign-out');
  const loading = main.querySelector('.loading');
  if (loading) loading.textContent = t('console.main.loading');
  const switcher = h(
    'select',
    { id: 'language', 'aria-label': t('console.main.language'), class: 'language' },
    availableLanguages().map((l) => h('option', { value: l, lang: l, selected: l === currentLanguage() }, LANGUAGE_NAMES[l] ?? l)),
  );
  switcher.addEventListener('change', () => pickLanguage(switcher.value));
  signOutButton.before(switcher);
}

(async () => {
  await loadLanguage();
  pageChrome();
  try {
    const { data } = await api('GET', '/api/session');
    await start(data);
  } catch {
    signInPage();
  }
})();
