import { generateKeyPairSync } from 'node:crypto';
import { signCheckpoint } from '../checkpoints/checkpoint-signature';
import { ChainVerifier } from './chain-verifier';
import { chain, entryHash, GENESIS_HASH, LedgerEntry, LedgerFacts } from './ledger-entry';

const facts = (n: number): LedgerFacts => ({
  eventId: `e${n}`,
  occurredAt: null,
  actor: 'service:router',
  action: 'signal.routed',
  agency: 'customs',
  signalId: `s${n}`,
  correlationId: null,
  traceId: null,
  sourceTopic: 'signals.routed.v1',
  sourcePartition: 0,
  sourceOffset: String(n),
  payloadDigest: 'b'.repeat(64),
  details: { n },
});
const ledger = () => chain([1, 2, 3, 4, 5].map(facts), null, '2026-11-22T10:00:00.000000Z');
const run = (entries: LedgerEntry[], from = '1', prev: string | null = GENESIS_HASH) => {
  const v = new ChainVerifier(from, prev);
  for (const e of entries) {
    const b = v.push(e);
    if (b) return b;
  }
  return v.checked;
};
const { privateKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519').privateKey;

describe('ChainVerifier', () => {
  it('accepts an intact chain, and a range anchored on the previous hash', () => {
    const es = ledger();
    expect(run(es)).toBe(5);
    expect(run(es.slice(2), '3', es[1].hash)).toBe(3);
    expect(run(es.slice(2), '3', null)).toBe(3);
  });

  it('names a changed entry, a deleted entry, and a recomputed entry by its broken link', () => {
    const es = ledger();
    expect(run(es.map((e) => (e.seq === '3' ? { ...e, details: { n: 99 } } : e)))).toMatchObject({ seq: '3', reason: 'hash-mismatch' });
    expect(run(es.filter((e) => e.seq !== '2'))).toMatchObject({ seq: '2', reason: 'seq-gap' });
    const rehashed = es.map((e) => {
      if (e.seq !== '3') return e;
      const { hash: _h, ...rest } = { ...e, details: { n: 99 } };
      return { ...rest, hash: entryHash(rest) };
    });
    expect(run(rehashed)).toMatchObject({ seq: '4', reason: 'link-mismatch' });
    expect(run([es[1], es[0]])).toMatchObject({ seq: '1', reason: 'seq-gap' });
  });

  it('checks a checkpoint: trusted key, valid signature, same hash as the stored entry', () => {
    const es = ledger();
    const cp = signCheckpoint(es[3], '2026-11-22T10:00:01.000000Z', privateKey);
    const v = new ChainVerifier('1', GENESIS_HASH);
    expect(v.checkpoint(cp, es[3].hash, [privateKey])).toBeNull();
    expect(v.checkpoint(cp, es[2].hash, [privateKey])).toMatchObject({ seq: '4', reason: 'checkpoint-mismatch' });
    expect(v.checkpoint(cp, null, [privateKey])).toMatchObject({ reason: 'checkpoint-entry-missing' });
    expect(v.checkpoint(cp, es[3].hash, [other])).toMatchObject({ reason: 'untrusted-key' });
    expect(v.checkpoint({ ...cp, hash: es[2].hash }, es[2].hash, [privateKey])).toMatchObject({ reason: 'bad-signature' });
    // The key carried in the checkpoint is never what makes it trusted.
    const forged = signCheckpoint(es[3], '2026-11-22T10:00:01.000000Z', other);
    expect(v.checkpoint({ ...forged, keyId: cp.keyId }, es[3].hash, [privateKey])).toMatchObject({ reason: 'bad-signature' });
  });

  it('says each break in the language it is asked in, the reason (the code) the same (issue 27)', () => {
    const es = ledger();
    const changed = es.map((e) => (e.seq === '3' ? { ...e, details: { n: 99 } } : e));
    const inEach = (entries: LedgerEntry[]) =>
      (['en', 'fr', 'nl'] as const).map((l) => {
        const v = new ChainVerifier('1', GENESIS_HASH, l);
        for (const e of entries) {
          const b = v.push(e);
          if (b) return b;
        }
        return null;
      });
    const [en, fr, nl] = inEach(changed);
    for (const b of [en, fr, nl]) expect(b).toMatchObject({ seq: '3', reason: 'hash-mismatch' });
    expect([en, fr, nl].map((b) => b!.detail)).toEqual([
      'entry 3 does not match its own hash: its content was changed after it was recorded',
      'l’entrée 3 ne correspond pas à sa propre empreinte : son contenu a été modifié après son enregistrement',
      'item 3 komt niet overeen met zijn eigen hashwaarde: de inhoud werd na de registratie gewijzigd',
    ]);
    // A gap keeps its range, in figures as they are (no grouping of a large seq).
    const [gapEn, gapFr] = inEach(es.filter((e) => e.seq !== '2' && e.seq !== '3'));
    expect(gapEn!.detail).toBe('entries 2..3 are missing: deleted from the ledger');
    expect(gapFr!.detail).toBe('les entrées 2 à 3 manquent : elles ont été supprimées du registre');
    expect(new ChainVerifier('12345', null, 'nl').missing('12345', '20000').detail).toBe('de items 12345 tot 20000 ontbreken');
    // A rewritten history names the last checkpoint that still matched, when there is one.
    const v = new ChainVerifier('1', GENESIS_HASH, 'fr');
    const first = signCheckpoint(es[1], '2026-11-22T10:00:01.000000Z', privateKey);
    const cp = signCheckpoint(es[3], '2026-11-22T10:00:02.000000Z', privateKey);
    expect(v.checkpoint(cp, es[2].hash, [privateKey])!.detail).toBe(
      'l’entrée 4 diffère du point de contrôle signé le 2026-11-22T10:00:02.000000Z : l’historique a été réécrit à l’entrée 4 ou avant',
    );
    expect(v.checkpoint(first, es[1].hash, [privateKey])).toBeNull();
    expect(v.checkpoint(cp, es[2].hash, [privateKey])!.detail).toMatch(
      / \(après l’entrée 2, dernier point de contrôle qui concorde encore\)$/,
    );
  });
});
