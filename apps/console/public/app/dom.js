// Small DOM helpers. Text always goes in as text nodes (never innerHTML): what the APIs answer
// (summaries, names, questions) cannot turn into markup or script.

import { locale, t } from './i18n.js';

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
  // A date field (dates.js) says its format, whatever else its hint says: year first, one way everywhere.
  const format = control.dataset?.date
    ? t(control.dataset.date === 'minute' ? 'console.date.hint-minute' : 'console.date.hint-day', {
        example: control.dataset.date === 'minute' ? '2026-04-23 14:30' : '2026-04-23',
      })
    : null;
  if (format) hint = hint ? `${/[.!?…]$/.test(hint) ? hint : `${hint}.`} ${format}` : format;
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

/** The visible label of a control (its <label> without "(required)", a fieldset's legend, or its aria-label). */
export function labelOf(control) {
  const text =
    control?.labels?.[0]?.textContent ??
    (control?.tagName === 'FIELDSET' ? control.querySelector('legend')?.textContent : null) ??
    control?.getAttribute?.('aria-label') ??
    '';
  return text.replace(new RegExp(`\\s*\\(${t('console.form.required')}\\)\\s*$`), '').trim();
}

const sentence = (s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?…]$/.test(s) ? '' : '.'}`;

/**
 * An API's reason in plain words, naming the field by its label. The contracts' own messages
 * ("plate may hold letters, digits…") only get the label instead of the property; class-validator's
 * stock ones ("externalRef must be longer than or equal to 1 characters") are rewritten.
 */
export function plainReason(reason, label, message) {
  const r = String(reason ?? '').trim();
  const name = label || t('console.reason.this-field');
  const extra = /^property (\S+) should not exist$/.exec(r);
  if (extra) return t('console.reason.unknown-field', { field: extra[1] });
  // "<property> must …", "each value in <property> must …": the property goes, the label comes.
  const rest = r.replace(/^(each value in )?[A-Za-z_$][A-Za-z0-9_$]*(\[\d+\])?\s+(?=(must|should|may|has|is)\b)/, '');
  const rules = [
    [
      /^must be longer than or equal to (\d+) characters?$/,
      (n) => (n === '1' ? t('console.reason.required', { name }) : t('console.reason.min-length', { name, n })),
    ],
    [/^must be shorter than or equal to (\d+) characters?$/, (n) => t('console.reason.max-length', { name, n })],
    [/^(should not be empty|should not be null or undefined|must be a string)$/, () => t('console.reason.required', { name })],
    [/^must be one of the following values: (.*)$/, (v) => t('console.reason.one-of', { name, values: v })],
    [/^must be a valid ISO 8601 date string$/, () => t('console.reason.date', { name })],
    [/^must be a UUID$/, () => t('console.reason.uuid', { name })],
    [/^must not be greater than (\S+)$/, (n) => t('console.reason.max', { name, n })],
    [/^must not be less than (\S+)$/, (n) => t('console.reason.min', { name, n })],
    [/^must contain no more than (\d+) elements$/, (n) => t('console.reason.max-items', { name, n })],
    [/^must contain at least (\d+) elements?$/, (n) => t('console.reason.min-items', { name, n })],
    [/^must match .* regular expression$/, () => t('console.reason.form', { name })],
    [/^must be an integer number$/, () => t('console.reason.integer', { name })],
    [/^must be a number conforming to the specified constraints$/, () => t('console.reason.number', { name })],
    [/^must be an? (array|object)$/, () => t('console.reason.shape', { name })],
    [/^must be a boolean value$/, () => t('console.reason.boolean', { name })],
    [/^above-clearance$/, () => t('console.reason.above-clearance', { name })],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(rest);
    if (m) return say(...m.slice(1));
  }
  // Not a stock message: the API's message in the page's language (it follows Accept-Language),
  // after the field's label; an API too old to send one leaves its English words.
  if (message) return sentence(t('console.reason.field-message', { name, message }));
  return sentence(rest === r ? r : `${name} ${rest}`);
}

/**
 * The required controls of a form that are empty, in page order, as errors for `showErrors` —
 * the browser-side check before anything is sent (the API checks everything again).
 */
export function missingRequired(form) {
  return [...form.querySelectorAll('input[required], select[required], textarea[required]')]
    .filter((c) => !c.disabled && !c.closest('[hidden]') && !String(c.value ?? '').trim())
    .map((control) => ({ control, message: t('console.reason.required', { name: labelOf(control) || t('console.reason.this-field') }) }));
}

/**
 * The controls of a form whose text is longer or shorter than the contract allows, in page order,
 * as errors for `showErrors`. A control names its contract property by `data-contract`
 * ("PersonSubject.familyName"); `limits` are the contract's lengths as the console serves them
 * (GET /api/catalogues, read from the contract's JSON Schemas). An empty optional field is not sent,
 * so it is not judged here. Nothing is cut: the text stays as typed, the summary says by how much.
 */
export function lengthErrors(form, limits) {
  const errors = [];
  for (const control of form.querySelectorAll('[data-contract]')) {
    if (control.disabled || control.closest('[hidden]')) continue;
    const [cls, prop] = control.dataset.contract.split('.');
    const [min, max] = limits?.[cls]?.[prop] ?? [null, null];
    const text = control.tagName === 'TEXTAREA' ? control.value : control.value.trim();
    if (!text.trim()) continue;
    // Characters as the API counts them (a surrogate pair is one).
    const count = [...text].length;
    const name = labelOf(control) || t('console.reason.this-field');
    if (max !== null && count > max)
      errors.push({ control, message: t('console.reason.too-long', { name, n: String(max), count: String(count) }) });
    else if (min !== null && count < min)
      errors.push({ control, message: t('console.reason.too-short', { name, n: String(min), count: String(count) }) });
  }
  return errors;
}

/**
 * Shows an API problem+json on a form: each `errors[]` entry, in plain words, beside the control
 * whose data-path names it (or the closest enclosing one) and in the summary at the top as a link
 * to that control — in the page's order, whatever the API's; focus goes to the summary.
 */
export function showProblem(form, problem) {
  const errors = (problem?.errors ?? []).map((e) => {
    const control = controlFor(form, e.path);
    return { control, path: e.path, message: plainReason(e.reason, control ? labelOf(control) : '', e.message) };
  });
  // A refusal with field errors says what to do; any other keeps the API's title and detail.
  const heading = errors.length ? t('console.form.not-accepted') : (problem?.title ?? t('console.form.refused'));
  showErrors(form, heading, errors, errors.length ? null : problem?.detail);
}

/** Errors ({ control?, path?, message }) on a form: inline, and listed in the summary as links, in page order. */
export function showErrors(form, heading, errors, detail) {
  clearErrors(form);
  const summary = form.querySelector('.form-errors');
  const placed = errors
    .filter((e) => e.control)
    .sort((a, b) =>
      a.control === b.control ? 0 : a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  const unplaced = errors.filter((e) => !e.control);
  for (const e of placed) {
    e.control.setAttribute('aria-invalid', 'true');
    const line = form.querySelector(`#${CSS.escape(e.control.id)}-error`);
    if (line) line.textContent = line.textContent ? `${line.textContent} ${e.message}` : e.message;
  }
  if (!summary) return placed[0]?.control?.focus?.();
  summary.hidden = false;
  put(
    summary,
    h('p', {}, h('strong', {}, heading), detail ? ` — ${detail}` : ''),
    errors.length
      ? h(
          'ul',
          {},
          placed.map((e) => {
            const label = labelOf(e.control);
            const text = label && !e.message.startsWith(label) ? `${label}: ${e.message}` : e.message;
            return h(
              'li',
              {},
              h(
                'a',
                {
                  href: `#${e.control.id}`,
                  // The page routes on the hash: a click moves the focus, not the route.
                  onclick: (ev) => {
                    ev.preventDefault();
                    e.control.scrollIntoView?.({ block: 'center' });
                    e.control.focus();
                  },
                },
                text,
              ),
            );
          }),
          unplaced.map((e) => h('li', {}, e.path ? `${e.path}: ${e.message}` : e.message)),
        )
      : null,
  );
  summary.focus();
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
export const when = (iso) => (iso ? new Date(iso).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'medium' }) : '—');

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
