import { compiledValidator, INT4_MAX, numericFields, STORED_NUMBERS, validateAs, WatchlistHit } from '@passerelle/contracts';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { join } from 'node:path';
import { checkNumberBounds, contractClasses, migrationColumnTypes, numberBoundsErrors, readMigrations } from './number-bounds';

const ROOT = join(__dirname, '..');

/** Issue 32, item 1: every number in every contract is bounded to what its column holds. */
describe('number bounds of the contracts', () => {
  const columns = migrationColumnTypes(readMigrations(ROOT));

  it('holds for the repository: every contract number bounded, declared, and within its columns', () => {
    expect(numberBoundsErrors(ROOT)).toEqual([]);
  });

  it('reads column types from the migrations, created or added later', () => {
    expect(columns.get('intake.watchlist_hits.version')).toEqual(['int']);
    expect(columns.get('intake.signals.rule_version')).toEqual(['int']);
    expect(columns.get('audit.ledger.source_offset')).toEqual(['bigint']);
    expect(columns.get('intake.purged_signals.class_rank')).toEqual(['smallint']);
  });

  it('sees the numbers of the contract classes, with their bounds', () => {
    const fields = numericFields(contractClasses());
    expect(fields).toEqual(expect.arrayContaining([{ field: 'WatchlistHit.version', min: 1, max: INT4_MAX }]));
    expect(fields).toEqual(expect.arrayContaining([{ field: 'Evaluation.informationAccuracy', min: 1, max: 4 }]));
    expect(fields).toEqual(expect.arrayContaining([{ field: 'Location.latitude', min: -90, max: 90 }]));
    expect(fields.map((f) => f.field).sort()).toEqual(Object.keys(STORED_NUMBERS).sort());
  });

  it('fails on a number without bounds, a number whose storage is not declared, and a bound wider than its column', () => {
    class Added {
      @IsNumber() unbounded!: number;
      @IsInt() @Min(1) onlyMin!: number;
      @IsInt() @Min(0) @Max(10) undeclared!: number;
      @IsInt() @Min(1) @Max(2 ** 31) tooWide!: number;
      @IsInt() @Min(0) @Max(40000) tooWideForSmallint!: number;
    }
    const stored = {
      'Added.tooWide': ['intake.watchlist_hits.version'],
      'Added.tooWideForSmallint': ['intake.purged_signals.class_rank'],
      'Gone.field': [],
    };
    expect(checkNumberBounds(numericFields([Added]), stored, columns)).toEqual([
      'Added.onlyMin: unbounded number (no upper bound): add @Min and @Max',
      'Added.tooWide: bounds [1, 2147483648] are wider than column intake.watchlist_hits.version (int: [-2147483648, 2147483647])',
      'Added.tooWideForSmallint: bounds [0, 40000] are wider than column intake.purged_signals.class_rank (smallint: [-32768, 32767])',
      'Added.unbounded: unbounded number (no lower bound): add @Min and @Max',
      'Added.undeclared: not in STORED_NUMBERS (libs/contracts number-bounds.ts): name the columns it lands in',
      'Gone.field: in STORED_NUMBERS but no contract has this number any more',
    ]);
  });

  it('fails on a declared column that no migration creates, or that holds no number', () => {
    // Field names no contract uses: class-validator's metadata is process-wide, and factPath keeps a
    // segment that any registered class validates (signal.spec.ts expects `a.b` to be masked).
    class Misplaced {
      @IsInt() @Min(0) @Max(5) misplacedOne!: number;
      @IsInt() @Min(0) @Max(5) misplacedTwo!: number;
    }
    expect(
      checkNumberBounds(
        numericFields([Misplaced]),
        { 'Misplaced.misplacedOne': ['intake.nowhere.x'], 'Misplaced.misplacedTwo': ['intake.signals.agency'] },
        columns,
      ),
    ).toEqual([
      'Misplaced.misplacedOne: column intake.nowhere.x is created by no migration',
      'Misplaced.misplacedTwo: column intake.signals.agency is text, not a number',
    ]);
  });

  it('is enforced by the compiled validators (the router, the consumers) on both ends, as by class-validator', () => {
    // Two delegated checks on one property used to share one `x-check` key: only the last survived
    // the schema merge, and 2147483648 passed the router's compiled validator (the gateway refused it).
    const hit = (version: number) => ({ list: 'ftf', version, entryToken: 'A'.repeat(86), keyKind: 'document' });
    const compiled = compiledValidator(WatchlistHit);
    for (const version of [0, INT4_MAX + 1]) {
      expect(compiled(hit(version)).map((e) => e.path)).toEqual(['version']);
      expect(validateAs(WatchlistHit, hit(version)).errors.map((e) => e.path)).toEqual(['version']);
    }
    expect(compiled(hit(INT4_MAX))).toEqual([]);
  });
});
