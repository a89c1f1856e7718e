/** Check-digit algorithms for identifiers carried in subjects. */

/** ISO 13616 IBAN: country, check digits, BBAN; mod-97 of the rearranged number must be 1. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const n = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of n) rem = (rem * 10 + Number(digit)) % 97;
  }
  return rem === 1;
}

/** IMO ship number: 7 digits, the last is the sum of the first six weighted 7..2, mod 10. */
export function isValidImo(value: string): boolean {
  const m = /^(?:IMO\s?)?(\d{7})$/i.exec(value.trim());
  if (!m) return false;
  const d = m[1].split('').map(Number);
  const sum = d.slice(0, 6).reduce((acc, x, i) => acc + x * (7 - i), 0);
  return sum % 10 === d[6];
}

/** ISO 6346 container number: owner code (3 letters + U/J/Z), 6 digits, check digit. */
export function isValidContainerNumber(value: string): boolean {
  const c = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{3}[UJZ]\d{7}$/.test(c)) return false;
  const letterValue = (ch: string) => {
    // A=10, skipping multiples of 11 (11, 22, 33).
    let v = 10;
    for (let code = 65; code < ch.charCodeAt(0); code++) {
      v++;
      if (v % 11 === 0) v++;
    }
    return v;
  };
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = c[i];
    const v = i < 4 ? letterValue(ch) : Number(ch);
    sum += v * 2 ** i;
  }
  return (sum % 11) % 10 === Number(c[10]);
}

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
