import { buildMessage, getMetadataStorage, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Every number a contract carries is bounded to what the column it lands in can hold (issue 32,
 * item 1: a `version` of 2147483648 passed every check and then failed the intake's insert into an
 * `int` column, again and again). A value that cannot be stored is refused where it enters — the
 * gateway's HTTP answer, the router's rejection — never by the database behind them.
 *
 * The check that holds the contracts to it (scripts/number-bounds.ts, run by `npm run
 * contracts:check` and by a unit test): every numeric property of every contract class has a lower
 * and an upper bound, is listed in {@link STORED_NUMBERS}, and its bounds fit the type of each
 * column named there, as the migrations (libs/persistence/src/migrations) create it.
 */

/** The largest value of Postgres `int`/`integer`/`serial` (and of a Kafka partition number). */
export const INT4_MAX = 2147483647;
/** The largest value of Postgres `bigint`/`bigserial` that a JavaScript number holds exactly. */
export const SAFE_INT_MAX = Number.MAX_SAFE_INTEGER;

/**
 * Where each number of a contract is stored, as `schema.table.column`: the columns whose type its
 * bounds must fit. An empty list means the number is kept only inside a JSON document (a signal's
 * payload, a ledger entry's details — `jsonb`, which holds any JSON number) or not at all; say where
 * in the comment. A number added to a contract without an entry here fails the check.
 */
export const STORED_NUMBERS: Record<string, readonly string[]> = {
  // Inside the signal's payload (router.signals, intake.signals, gateway.signals: jsonb).
  'Evaluation.informationAccuracy': [],
  'Location.latitude': [],
  'Location.longitude': [],
  // A reported watchlist hit: the intake links it to the list version's entry.
  'WatchlistHit.version': ['intake.watchlist_hits.version'],
  // The routing rule set's version, as each routing decision names it.
  'SignalRoutedEvent.ruleVersion': ['router.rule_versions.version'],
  'SealedFeedSignalEvent.ruleVersion': ['intake.signals.rule_version'],
  'FeedSignalEvent.ruleVersion': ['intake.signals.rule_version'],
  // The ledger keeps where a rejected message was (in the rejection's details: jsonb) and where each
  // entry came from (its own source_partition).
  'SignalRejectedEvent.partition': ['audit.ledger.source_partition'],
  // Access records and their counts: in the ledger's details (jsonb).
  'AccessRecordedEvent.status': [],
  'AccessRecordedEvent.count': [],
  'AccessRecordedEvent.byStatus': [],
  'AccessRecordedEvent.byEndpoint': [],
  // a products filter's lowest level (1–4), kept in the ledger's details only (the gateway's own column is filled from its DTO)
  'AccessRecordedEvent.minLevel': [],
  // Watchlist facts: the ledger's details (jsonb); the intake's own tables hold the same numbers.
  'WatchlistRecordedEvent.version': ['intake.watchlist_versions.version'],
  'WatchlistRecordedEvent.count': ['intake.watchlist_versions.entry_count', 'intake.watchlist_evaluations.count'],
  'WatchlistRecordedEvent.tokenCount': ['intake.watchlist_versions.token_count'],
  // Rows removed per table: the ledger's details (jsonb).
  'SignalPurgedEvent.removed': [],
  // OCAM's products (issue 28): the threat level and the dissemination rule set's version.
  'SealedProductEvent.level': ['gateway.products.level'],
  'SealedProductEvent.ruleVersion': ['gateway.products.rule_version'],
  'ProductEvent.level': ['gateway.products.level'],
  'ProductEvent.ruleVersion': ['gateway.products.rule_version'],
  'DisseminationRecordedEvent.level': ['intake.products.level'],
  'DisseminationRecordedEvent.ruleVersion': ['intake.product_decisions.rule_version', 'intake.dissemination_rule_versions.version'],
};

/**
 * An object of counts (`{ "401": 3 }`, `{ "gateway.signals": 1 }`): at most `maxKeys` keys, each
 * value an integer from 0 to `max`.
 */
export const IsCounts = (max: number = INT4_MAX, maxKeys = 100, o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCounts',
      constraints: [0, max],
      validator: {
        validate: (v) =>
          typeof v === 'object' &&
          v !== null &&
          !Array.isArray(v) &&
          Object.keys(v).length <= maxKeys &&
          Object.values(v).every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max),
        defaultMessage: buildMessage((p) => `${p}$property must map at most ${maxKeys} names to integers from 0 to ${max}`, o),
      },
    },
    o,
  );

/** A numeric property of a contract class and the bounds its constraints state (undefined: none). */
export interface NumericField {
  /** `Class.property`. */
  field: string;
  min?: number;
  max?: number;
}

type Meta = { type: string; name?: string; propertyName: string; target: unknown; constraints?: unknown[] };

const NUMERIC = new Set(['isInt', 'isNumber', 'isLatitude', 'isLongitude', 'min', 'max', 'isCounts', 'isPositive', 'isNegative']);
const INTRINSIC: Record<string, [number, number]> = { isLatitude: [-90, 90], isLongitude: [-180, 180] };

/**
 * The numeric properties of these classes (all registered classes when none are named), with their
 * bounds: `@Min`/`@Max`, an `@IsIn` of numbers, latitude and longitude, `IsCounts`.
 */
export function numericFields(classes?: (new () => object)[]): NumericField[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, Meta[]> };
  const wanted = classes ? new Set<unknown>(classes) : undefined;
  const byField = new Map<string, Meta[]>();
  for (const [target, metas] of storage.validationMetadatas) {
    if (typeof target !== 'function' || (wanted && !wanted.has(target))) continue;
    for (const m of metas) {
      if (!m.propertyName) continue;
      const key = `${(target as { name: string }).name}.${m.propertyName}`;
      byField.set(key, [...(byField.get(key) ?? []), m]);
    }
  }
  const out: NumericField[] = [];
  for (const [field, metas] of byField) {
    const kind = (m: Meta) => m.name ?? m.type;
    const numbersIn = metas.find(
      (m) => kind(m) === 'isIn' && Array.isArray(m.constraints?.[0]) && (m.constraints[0] as unknown[]).every((x) => typeof x === 'number'),
    );
    if (!numbersIn && !metas.some((m) => NUMERIC.has(kind(m)))) continue;
    let min: number | undefined;
    let max: number | undefined;
    const lower = (n: number) => (min = min === undefined ? n : Math.max(min, n));
    const upper = (n: number) => (max = max === undefined ? n : Math.min(max, n));
    for (const m of metas) {
      const k = kind(m);
      const c = m.constraints ?? [];
      if (k === 'min' && typeof c[0] === 'number') lower(c[0]);
      if (k === 'max' && typeof c[0] === 'number') upper(c[0]);
      if (k === 'isCounts' && typeof c[0] === 'number' && typeof c[1] === 'number') {
        lower(c[0]);
        upper(c[1]);
      }
      if (INTRINSIC[k]) {
        lower(INTRINSIC[k][0]);
        upper(INTRINSIC[k][1]);
      }
    }
    if (numbersIn) {
      const values = numbersIn.constraints![0] as number[];
      lower(Math.min(...values));
      upper(Math.max(...values));
    }
    out.push({ field, min, max });
  }
  return out.sort((a, b) => (a.field < b.field ? -1 : 1));
}
