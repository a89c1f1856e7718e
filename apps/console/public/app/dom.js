// Small DOM helpers. Text always goes in as text nodes (never innerHTML): what the APIs answer
// (summaries, names, questions) cannot turn into markup or script.

let nextId = 0;
/** A page-unique id, for label/for and aria-describedby pairs. */
export const uid = (prefix = 'f') => `${prefix}-${++nextId}`;

/** h('button', { type: 'button', onclick }, 'Save') */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  let value;
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'value') value = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'checked' || k === 'hidden' || k === 'disabled' || k === 'required' || k === 'selected' || k === 'multiple') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  if (value !== undefined) el.value = String(value);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/**
 * A labelled control with its hint and an (initially empty) error line, both tied to the control by
 * aria-describedby. `path` is the JSON path the API names in its problem+json `errors[]`.
 */
export function field(label, control, { hint, path, wide } = {}) {
  const id = control.id || (control.id = uid());
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', hint ? `${hintId} ${errorId}` : errorId);
  if (path) control.dataset.path = path;
  return h(
    'div',
    { class: wide ? 'field wide' : 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'error', id: errorId, 'aria-live': 'polite' }),
  );
}

export function select(options, props = {}) {
  return h(
    'select',
    props,
    options.map((o) => (typeof o === 'string' ? h('option', { value: o }, o) : h('option', { value: o.value }, o.label))),
  );
}

/** Clears the inline errors of a form (and its summary). */
export function clearErrors(form) {
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll('.error')) el.textContent = '';
  const summary = form.querySelector('.form-errors');
  if (summary) clear(summary).hidden = true;
}

/**
 * Shows an API problem+json on a form: each `errors[]` entry next to the control whose data-path
 * names it (or the closest enclosing one), the rest in the summary at the top; focus goes to the
 * first control in error.
 */
export function showProblem(form, problem) {
  clearErrors(form);
  const summary = form.querySelector('.form-errors');
  const unplaced = [];
  let first;
  for (const e of problem?.errors ?? []) {
    const target = controlFor(form, e.path);
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      const line = form.querySelector(`#${CSS.escape(target.id)}-error`);
      if (line) line.textContent = line.textContent ? `${line.textContent}; ${e.reason}` : e.reason;
      first ??= target;
    } else unplaced.push(`${e.path || '(request)'}: ${e.reason}`);
  }
  if (summary) {
    summary.hidden = false;
    summary.append(
      h(
        'p',
        {},
        h('strong', {}, problem?.title ?? 'The request was refused'),
        problem?.errors?.length ? '' : ` — ${problem?.detail ?? ''}`,
      ),
      unplaced.length
        ? h(
            'ul',
            {},
            unplaced.map((u) => h('li', {}, u)),
          )
        : null,
    );
  }
  (first ?? summary)?.focus?.();
}

function controlFor(form, path) {
  let p = path ?? '';
  while (p) {
    const el = form.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (el) return el;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

/** Local date-time of an ISO instant, for display. */
export const when = (iso) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' }) : '—');

/** A status line that screen readers announce. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A definition list from [term, value] pairs (values may be nodes). */
export function dl(pairs) {
  return h(
    'dl',
    { class: 'facts' },
    pairs.filter(([, v]) => v !== undefined).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v === null || v === '' ? '—' : v)]),
  );
}

/** The workspace's tabs: links to #/<key>, the current one marked for assistive technology. */
export function tabs(label, items, current) {
  return h(
    'nav',
    { class: 'tabs', 'aria-label': label },
    items.map(([key, text]) => h('a', { href: `#/${key}`, 'aria-current': key === current ? 'page' : undefined }, text)),
  );
}

/** A heading that takes focus when a view opens, so keyboard and screen-reader users land on it. */
export function title(text) {
  const el = h('h1', { tabindex: '-1' }, text);
  queueMicrotask(() => el.focus({ preventScroll: true }));
  return el;
}

/** el.append, leaving out null, undefined and false (conditional parts of a view). */
export function put(el, ...children) {
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}
