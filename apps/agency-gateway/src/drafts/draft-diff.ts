/** The most paths one diff lists; beyond, the parent paths stand for their children. */
const MAX_PATHS = 100;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The field paths where two versions of a signal differ (`summary`, `evaluation.sourceReliability`,
 * `subjects[1].familyName`, `subjects` when its length changed), sorted: what an edit of a draft
 * records — which fields changed, never what they held (issue 29, item 6).
 */
export function changedFields(before: unknown, after: unknown): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    if (isObject(a) && isObject(b) && path.split(/[.[]/).length < 4) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) walk(a[k], b[k], path ? `${path}.${k}` : k);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && path.split(/[.[]/).length < 3) {
      a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`));
      return;
    }
    out.push(path);
  };
  walk(before, after, '');
  if (out.length <= MAX_PATHS) return out.sort();
  // Too many to list: the top-level fields that changed.
  return [...new Set(out.map((p) => p.split(/[.[]/)[0]))].sort();
}
