// The page's language and its messages (libs/i18n catalogues, served by GET /api/i18n), formatted as
// ICU messages by FormatJS — the very formatter and catalogues the APIs use for their problems.
import { IntlMessageFormat } from '/vendor/intl-messageformat/intl-messageformat.iife.js';

const COOKIE = 'passerelle-lang';
/** Each language's own name, as it calls itself (a proper name: the same on every page). */
export const LANGUAGE_NAMES = { fr: 'Français', nl: 'Nederlands', en: 'English' };

let lang = 'en';
let languages = ['en'];
let messages = {};
const compiled = new Map();

/** Loads the page's language (the one picked here before, else the browser's) and sets <html lang>. */
export async function loadLanguage() {
  const res = await fetch('/api/i18n', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  const body = await res.json();
  lang = body.lang;
  languages = body.languages;
  messages = body.messages;
  document.documentElement.lang = lang;
  return lang;
}

export const currentLanguage = () => lang;
export const availableLanguages = () => languages;

/** Remembers a language for this browser (a year) and reloads the page in it; the session stays. */
export function pickLanguage(next) {
  document.cookie = `${COOKIE}=${encodeURIComponent(next)}; Path=/; Max-Age=31536000; SameSite=Strict`;
  location.reload();
}

/** A message of the page's language, formatted with its values; the key itself when no catalogue has it. */
export function t(key, values) {
  const message = messages[key];
  if (message === undefined) return key;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, lang === 'en' ? 'en-GB' : `${lang}-BE`, undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  return String(format.format(values));
}

/** A code's label when the catalogues have one (`taxonomy.terrorism.travel`), else `fallback` (a code a deployment added). */
export function label(key, fallback) {
  return Object.hasOwn(messages, key) ? t(key) : (fallback ?? key.slice(key.indexOf('.') + 1));
}

/** The codes the catalogues label under a prefix (`agency.` → customs, mobility…), in code order. */
export function codesWithPrefix(prefix) {
  return Object.keys(messages)
    .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'))
    .map((k) => k.slice(prefix.length))
    .sort();
}

/** The locale for dates and numbers. */
export const locale = () => (lang === 'en' ? 'en-GB' : `${lang}-BE`);
