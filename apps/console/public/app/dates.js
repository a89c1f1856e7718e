// Date fields written one way on every page and in every browser: year first, ISO 8601
// ("2026-04-23", "2026-04-23 14:30"), whatever the browser's locale. The browser's own date and
// time inputs show the browser's order instead (an en-US Chromium's mm/dd/yyyy on a French page,
// where a reader writes dd/mm/yyyy: 03/04 is a different day for each), so these are text fields
// that say their format, tidy what they are given when left, and are checked before anything is sent.
import { h } from './dom.js';
import { t } from './i18n.js';

/** "2026-4-3", "2026/04/03", "2026-04-03T14:30", "2026-04-03 14:30" (minute fields only the last two). */
const WRITTEN = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2}))?$/;

const pad = (n) => String(n).padStart(2, '0');

/** The parts of a date as written (local time), or null when it is not a real day (2026-02-30) or time. */
function parse(text, withTime) {
  const m = WRITTEN.exec(String(text ?? '').trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hh, mm] = m[4] === undefined ? [0, 0] : [Number(m[4]), Number(m[5])];
  if (m[4] !== undefined && !withTime) return null;
  if (hh > 23 || mm > 59) return null;
  const date = new Date(y, mo - 1, d, hh, mm);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return { y, mo, d, hh, mm, date };
}

/** The field's text for a moment (local time): "2026-04-23", or "2026-04-23 14:30" with `time`. */
export function dateText(date, time = false) {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return time ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}

/**
 * A date field (a day; with `time`, a day and a time in the reader's local time). Its hint says
 * the format (dom.js field() adds it). When left, what was typed is written back the one way.
 */
export function dateInput(props = {}, { time = false } = {}) {
  const input = h('input', {
    ...props,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t(time ? 'console.date.placeholder-minute' : 'console.date.placeholder-day'),
    dataset: { ...(props.dataset ?? {}), date: time ? 'minute' : 'day' },
  });
  input.addEventListener('change', () => {
    const p = parse(input.value, time);
    if (p) input.value = dateText(p.date, time);
  });
  return input;
}

/**
 * What a date field holds, as the APIs take it: "" when empty; a day field its day ("2026-04-23");
 * a minute field the instant (ISO 8601 in UTC). null when it holds something that is not a date.
 */
export function dateValue(input) {
  const text = input.value.trim();
  if (!text) return '';
  const time = input.dataset.date === 'minute';
  const p = parse(text, time);
  if (!p) return null;
  return time ? p.date.toISOString() : `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
}

/** The date fields of a form holding something that is not a date, as errors for showErrors, in page order. */
export function dateErrors(form, labelOf) {
  const errors = [];
  for (const input of form.querySelectorAll('input[data-date]')) {
    if (input.disabled || input.closest('[hidden]') || dateValue(input) !== null) continue;
    errors.push({
      control: input,
      message: t('console.reason.not-a-date', {
        name: labelOf(input) || t('console.reason.this-field'),
        format: t(input.dataset.date === 'minute' ? 'console.date.placeholder-minute' : 'console.date.placeholder-day'),
      }),
    });
  }
  return errors;
}
