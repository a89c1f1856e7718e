import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NewSignalRow, RoutingRepository } from './routing.repository';

/**
 * The router's SQL (RoutingRepository, RouterTx) on a real Postgres database of its own, no Kafka:
 * lookups scoped by agency, what an unknown id returns, the subject-key claim that keeps one
 * dossier per subject, key-secret rotation, and what a purge removes and keeps.
 */
describe('RoutingRepository (RouterTx)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let router: RoutingRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    router = new RoutingRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const row = (over: Partial<NewSignalRow> = {}): NewSignalRow => {
    const signalId = over.signalId ?? randomUUID();
    return {
      signalId,
      agency: 'customs',
      externalRef: `R-${signalId}`,
      verdict: 'new',
      destinations: ['ocam'],
      correlationId: signalId,
      traceId: 'd'.repeat(32),
      retentionUntil: '2029-11-20',
      ...over,
    };
  };
  /** A routed signal as route-signals writes it: its dossier, signal, fingerprint, keys and link. */
  const route = (r: NewSignalRow, keys: string[], opens = true, matchedKey: string | null = null) =>
    router.transaction(async (tx) => {
      await tx.lockRouting([`id\u0000${r.signalId}`, ...keys.map((k) => `key\u0000${k}`)]);
      if (opens) await tx.insertCorrelations([r.correlationId]);
      await tx.insertSignals([r]);
      await tx.insertFingerprints([{ agency: r.agency, fingerprint: `fp-${r.signalId}`, signalId: r.signalId }]);
      await tx.insertSubjectKeys(keys.map((key) => ({ key, correlationId: r.correlationId, signalId: r.signalId })));
      await tx.insertLinks([{ correlationId: r.correlationId, signalId: r.signalId, agency: r.agency, matchedKey }]);
    });
  const count = async (sql: string, params: unknown[]) => Number((await ds.query(sql, params))[0].n);

  it('finds known signals by their agency’s reference or by id, never by another agency’s reference', async () => {
    const a = row({ externalRef: `shared-${randomUUID()}` });
    await route(a, []);
    await router.transaction(async (tx) => {
      const byRef = await tx.knownSignals(['customs'], [a.externalRef], []);
      expect(byRef).toEqual([{ signalId: a.signalId, agency: 'customs', externalRef: a.externalRef, correlationId: a.signalId }]);
      // The same reference is another agency's own: not a known signal for it.
      expect(await tx.knownSignals(['police'], [a.externalRef], [])).toEqual([]);
      expect((await tx.knownSignals(['police'], [a.externalRef], [a.signalId])).map((s) => s.signalId)).toEqual([a.signalId]);
      expect(await tx.knownSignals([], [], [randomUUID()])).toEqual([]);
      expect(await tx.signalAgencies([a.signalId, randomUUID()])).toEqual(new Map([[a.signalId, 'customs']]));
      // Fingerprints are per agency too.
      expect(await tx.fingerprintOwners(['customs', 'police'], [`fp-${a.signalId}`, `fp-${a.signalId}`])).toEqual(
        new Map([[`customs\u0000fp-${a.signalId}`, a.signalId]]),
      );
    });
    // One reference per agency: a second signal under the same (agency, ref) is refused.
    await expect(route(row({ externalRef: a.externalRef }), [])).rejects.toThrow(/router_signals_agency_ref/);
    await route(row({ externalRef: a.externalRef, agency: 'police' }), []);
  });

  it('claims a subject key once: a second claim fails the batch and leaves nothing of it; known keys come oldest first', async () => {
    const [k1, k2] = [`k1-${randomUUID()}`, `k2-${randomUUID()}`];
    const first = row();
    await route(first, [k2, k1]);
    const second = row();
    await expect(route(second, [k1])).rejects.toThrow(/claimed by another writer/);
    expect(await count(`select count(*) n from router.signals where signal_id = $1`, [second.signalId])).toBe(0);
    await router.transaction(async (tx) => {
      // Claimed in one batch, k2 then k1: that order is kept.
      expect(await tx.knownKeys([k1, k2, 'unknown'])).toEqual([
        { key: k2, correlationId: first.signalId },
        { key: k1, correlationId: first.signalId },
      ]);
      expect(await tx.knownKeys([])).toEqual([]);
    });
  });

  it('moves fingerprints, subject keys and the links naming them to the current key secret', async () => {
    const s = row();
    const old = `old-${randomUUID()}`;
    await route(s, [old], true, old);
    await router.transaction(async (tx) => {
      await tx.rekeyFingerprints([{ agency: 'customs', from: `fp-${s.signalId}`, to: `fp2-${s.signalId}` }]);
      await tx.rekeySubjectKeys([{ from: old, to: `new-${old}` }]);
      await tx.rekeyFingerprints([]);
      await tx.rekeySubjectKeys([]);
    });
    await router.transaction(async (tx) => {
      expect(await tx.fingerprintOwners(['customs'], [`fp2-${s.signalId}`])).toEqual(
        new Map([[`customs\u0000fp2-${s.signalId}`, s.signalId]]),
      );
      expect(await tx.knownKeys([old])).toEqual([]);
      expect(await tx.knownKeys([`new-${old}`])).toEqual([{ key: `new-${old}`, correlationId: s.signalId }]);
    });
    expect(await ds.query(`select matched_key from router.correlation_links where signal_id = $1`, [s.signalId])).toEqual([
      { matched_key: `new-${old}` },
    ]);
  });

  it('dueSignals: by the kept date, or for an older row by arrival plus the longest retention', async () => {
    const due = row({ retentionUntil: '2001-01-01' });
    const notDue = row({ retentionUntil: '2099-01-01' });
    await route(due, []);
    await route(notDue, []);
    const legacy = row();
    await route(legacy, []);
    await ds.query(`update router.signals set retention_until = null, received_at = '2000-01-01' where signal_id = $1`, [legacy.signalId]);
    await router.transaction(async (tx) => {
      const found = await tx.dueSignals('2001-06-01', 100, 10);
      expect(found).toEqual(
        expect.arrayContaining([
          { signalId: due.signalId, agency: 'customs', traceId: due.traceId, retentionUntil: '2001-01-01' },
          { signalId: legacy.signalId, agency: 'customs', traceId: legacy.traceId, retentionUntil: '2000-01-11' },
        ]),
      );
      expect(found.map((d) => d.signalId)).not.toContain(notDue.signalId);
      expect(found.map((d) => d.signalId)).toEqual([...found.map((d) => d.signalId)].sort());
      expect(await tx.dueSignals('2001-06-01', 1, 10)).toHaveLength(1);
      expect((await tx.signalsByIds([notDue.signalId, randomUUID()], 10)).map((d) => d.signalId)).toEqual([notDue.signalId]);
    });
  });

  it('purges a signal: its rows go, a dossier still holding another signal stays, an emptied one goes, a tombstone stays', async () => {
    const key = `p-${randomUUID()}`;
    const opener = row();
    const joiner = row({ correlationId: opener.signalId });
    await route(opener, [key]);
    await route(joiner, [], false, key);
    const removed = await router.transaction(async (tx) => tx.purgeSignals(await tx.signalsByIds([joiner.signalId], 10), 'erased'));
    expect(removed.get(joiner.signalId)).toEqual({
      'router.fingerprints': 1,
      'router.subject_keys': 0,
      'router.correlation_links': 1,
      'router.signals': 1,
      'keys.data_keys': 0,
    });
    expect(await count(`select count(*) n from router.correlations where id = $1`, [opener.signalId])).toBe(1);
    const again = await router.transaction(async (tx) => tx.purgeSignals(await tx.signalsByIds([opener.signalId], 10)));
    expect(again.get(opener.signalId)).toMatchObject({ 'router.subject_keys': 1, 'router.signals': 1 });
    expect(await count(`select count(*) n from router.correlations where id = $1`, [opener.signalId])).toBe(0);
    await router.transaction(async (tx) => {
      // Only an erasure's tombstone stops a signal from being routed again, not a retention purge's.
      expect(await tx.erasedAmong([joiner.signalId, opener.signalId, randomUUID()])).toEqual(new Set([joiner.signalId]));
      expect(await tx.erasedAmong([])).toEqual(new Set());
    });
  });

  it('tombstones an erased signal it never held, once, so that it is not routed when it arrives', async () => {
    const onItsWay = randomUUID();
    await router.transaction((tx) => tx.tombstoneErased([onItsWay]));
    await router.transaction((tx) => tx.tombstoneErased([onItsWay]));
    await router.transaction((tx) => tx.tombstoneErased([]));
    expect(await router.transaction((tx) => tx.erasedAmong([onItsWay]))).toEqual(new Set([onItsWay]));
    expect(await count(`select count(*) n from router.purged_signals where signal_id = $1`, [onItsWay])).toBe(1);
  });

  it('records a rule version once: the first content stays', async () => {
    const version = 1_000_000 + Math.floor(Math.random() * 1_000_000);
    await router.recordRuleVersion(version, 'hash-1', { rules: [1] });
    await router.recordRuleVersion(version, 'hash-2', { rules: [2] });
    expect(await ds.query(`select content_hash, rules from router.rule_versions where version = $1`, [version])).toEqual([
      { content_hash: 'hash-1', rules: { rules: [1] } },
    ]);
  });
});
