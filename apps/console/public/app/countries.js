// ISO 3166-1 alpha-2 country codes — the very list the gateway's validator accepts (validator.js
// isISO31661Alpha2) — with their names in the page's language from the browser (Intl.DisplayNames),
// for the country fields: a datalist to pick from, and what a typed name or code stands for.
import { h } from './dom.js';
import { currentLanguage, t } from './i18n.js';

const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );

/** The browser's names of the regions in a language (null when it has none). */
function displayNames(lang) {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    return null;
  }
}

let table = null;
/**
 * The countries with their names in the page's language, and what a typed name stands for: a name
 * in the page's language or in English (the gateway's and most agencies' systems' language) — the
 * browser's names either way, not a list of its own.
 */
function countries() {
  if (table) return table;
  const lang = currentLanguage();
  const local = displayNames(lang);
  const english = lang === 'en' ? local : displayNames('en');
  const list = CODES.map((code) => ({ code, name: local?.of(code) ?? english?.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, lang),
  );
  const byName = new Map();
  for (const c of list) {
    for (const n of [english?.of(c.code), c.name]) if (n) byName.set(n.toLocaleLowerCase(lang), c);
  }
  table = { list, byCode: new Map(list.map((c) => [c.code, c])), byName, lang };
  return table;
}

/** The code a typed value stands for ("de", "DE", "Germany", "Allemagne" on a French page, "DE — Germany"), or null. */
export function countryCode(value) {
  const v = String(value ?? '').trim();
  if (!v) return null;
  const { byCode, byName, lang } = countries();
  const head = /^([A-Za-z]{2})(\s*[—-].*)?$/.exec(v);
  if (head && byCode.has(head[1].toUpperCase())) return head[1].toUpperCase();
  return byName.get(v.toLocaleLowerCase(lang))?.code ?? null;
}

export const countryName = (code) => countries().byCode.get(code)?.name ?? code;

/** The page's one datalist of countries (value: the code; label: the name). */
export function countryList() {
  let list = document.getElementById('iso-countries');
  if (!list) {
    list = h(
      'datalist',
      { id: 'iso-countries' },
      countries().list.map((c) => h('option', { value: c.code }, c.name)),
    );
    document.body.append(list);
  }
  return list.id;
}

/**
 * A country input: pick from the list or type a name or a code; a name or a lower-case code is
 * turned into its code when the field is left (visibly: nothing is cut or guessed). `several`: a
 * comma-separated list (nationalities), without the datalist.
 */
export function countryInput(props = {}, several = false) {
  const input = h('input', {
    ...props,
    autocomplete: 'off',
    list: several ? undefined : countryList(),
    dataset: { ...(props.dataset ?? {}), country: several ? 'several' : 'one' },
  });
  input.addEventListener('change', () => resolve(input));
  return input;
}

function resolve(input) {
  const several = input.dataset.country === 'several';
  const parts = several ? input.value.split(',') : [input.value];
  input.value = parts
    .map((p) => countryCode(p) ?? p.trim())
    .filter(Boolean)
    .join(several ? ', ' : '');
}

/** Turns the names and lower-case codes typed in a form's country inputs into codes (as leaving each does). */
export function resolveCountries(form) {
  for (const input of form.querySelectorAll('input[data-country]')) resolve(input);
}

/** The country inputs of a form holding something that is not a country, as errors for showErrors. */
export function countryErrors(form, labelOf) {
  const errors = [];
  for (const input of form.querySelectorAll('input[data-country]')) {
    if (input.closest('[hidden]')) continue;
    const parts = (input.dataset.country === 'several' ? input.value.split(',') : [input.value]).map((p) => p.trim()).filter(Boolean);
    const unknown = parts.filter((p) => !countryCode(p));
    if (unknown.length)
      errors.push({
        control: input,
        message: t('console.reason.not-a-country', { name: labelOf(input), values: unknown.join(', ') }),
      });
  }
  return errors;
}
