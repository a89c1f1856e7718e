import { AccessRecordedEvent, validateAs } from '@passerelle/contracts';
import { readRecords, readSignalId, resourceReadRecords } from './read-records';
import { Principal } from './principal';

const analyst = {
  id: '6f1c2b9e-1d2a-4c3b-9a8e-0f1e2d3c4b5a',
  name: 'analyst',
  role: 'analyst',
  agency: null,
} as unknown as Principal;
const id = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

describe('read records', () => {
  it('one record for a read of 500 signals, listing each once with their agencies', () => {
    const signals = Array.from({ length: 500 }, (_, i) => ({ signalId: id(i), agency: i % 2 ? 'customs' : 'mobility', traceId: null }));
    const records = readRecords(analyst, 'GET /v1/feeds/ocam/signals', [...signals, signals[0]]);
    expect(records).toHaveLength(1);
    expect(records[0].signalIds).toEqual(signals.map((s) => s.signalId));
    expect(records[0].agencies).toEqual(['customs', 'mobility']);
    expect(records[0].signalId).toBeUndefined();
    expect(records[0].agency).toBeUndefined();
    expect(validateAs(AccessRecordedEvent, records[0]).errors).toEqual([]);
  });

  it('a read of one signal also names it as records always did, with its trace', () => {
    const [r] = readRecords(analyst, 'GET /v1/signals/{id}', [{ signalId: id(1), agency: 'customs', traceId: 'a'.repeat(32) }]);
    expect(r).toMatchObject({ signalId: id(1), agency: 'customs', signalIds: [id(1)], agencies: ['customs'], traceId: 'a'.repeat(32) });
    expect(validateAs(AccessRecordedEvent, r).errors).toEqual([]);
  });

  it('the categories of the signals read, each once, when the reader knows them; never one that is not a code', () => {
    const [r] = readRecords(analyst, 'GET /v1/feeds/ocam/signals', [
      { signalId: id(1), agency: 'customs', traceId: null, category: 'terrorism.radicalisation', classification: 'restricted' },
      { signalId: id(2), agency: 'customs', traceId: null, category: 'border-management' },
      { signalId: id(3), agency: 'customs', traceId: null, category: 'terrorism.radicalisation' },
      { signalId: id(4), agency: 'customs', traceId: null, category: 'Jan Janssens' },
    ]);
    expect(r.categories).toEqual(['border-management', 'terrorism.radicalisation']);
    expect(r.classifications).toEqual(['restricted']);
    expect(validateAs(AccessRecordedEvent, r).errors).toEqual([]);
    expect(
      readRecords(analyst, 'GET /v1/signals/{id}', [{ signalId: id(1), agency: 'customs', traceId: null }])[0].categories,
    ).toBeUndefined();
  });

  it('more than the bound: several records of at most 500; nothing read, no record', () => {
    const signals = Array.from({ length: 1201 }, (_, i) => ({ signalId: id(i), agency: 'customs', traceId: null }));
    expect(readRecords(analyst, 'GET /v1/dossiers/{id}', signals).map((r) => r.signalIds!.length)).toEqual([500, 500, 201]);
    expect(readRecords(analyst, 'GET /v1/dossiers/{id}', [])).toEqual([]);
  });

  it('an id that is not a UUID is listed as its digest, never as text', () => {
    expect(readSignalId('Janssens.Pieter.1975-02-03')).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(readSignalId(id(3).toUpperCase())).toBe(id(3));
  });
  describe('reads of products and other resources', () => {
    const poc = { id: id(900), name: 'poc', role: 'poc', agency: 'customs' } as unknown as Principal;

    it('a read of more than 500 products records every id, each once, in records the contract accepts', () => {
      const ids = Array.from({ length: 1201 }, (_, i) => id(i));
      const records = resourceReadRecords(poc, 'GET /v1/products', { productIds: [...ids, ids[7]] });
      expect(records.map((r) => r.productIds!.length)).toEqual([500, 500, 201]);
      expect(records.flatMap((r) => r.productIds)).toEqual(ids);
      expect(new Set(records.map((r) => r.traceId)).size).toBe(1);
      expect(new Set(records.map((r) => r.eventId)).size).toBe(3);
      for (const r of records) {
        expect(r).toMatchObject({ outcome: 'read', principalId: poc.id, agency: 'customs', agencies: ['customs'] });
        expect(r.resourceId).toBeUndefined();
        expect(validateAs(AccessRecordedEvent, r).errors).toEqual([]);
      }
    });

    it("a read of one product names it, with the product's trace", () => {
      const [r, ...rest] = resourceReadRecords(analyst, 'GET /v1/products/{id}', { productIds: [id(5)], traceId: 'b'.repeat(32) });
      expect(rest).toEqual([]);
      expect(r).toMatchObject({ resourceId: id(5), productIds: [id(5)], traceId: 'b'.repeat(32) });
      expect(r.agency).toBeUndefined();
      expect(validateAs(AccessRecordedEvent, r).errors).toEqual([]);
    });

    it('a read that returned nothing, or one resource, is still one record; a bad trace gets a fresh one', () => {
      const [empty, ...none] = resourceReadRecords(analyst, 'GET /v1/products/overdue', { productIds: [], traceId: 'not a trace' });
      expect(none).toEqual([]);
      expect(empty.productIds).toBeUndefined();
      expect(empty.traceId).toMatch(/^[0-9a-f]{32}$/);
      const [one] = resourceReadRecords(poc, 'GET /v1/agencies/{agency}/product-filter', { resourceId: 'customs' });
      expect(one).toMatchObject({ resourceId: 'customs', agency: 'customs' });
      expect(one.productIds).toBeUndefined();
      expect(validateAs(AccessRecordedEvent, one).errors).toEqual([]);
    });
  });
});
