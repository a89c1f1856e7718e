import { Client } from 'pg';
import { RunningSystem, startSystem } from '../../../../test/support/system';
import { CheckpointsRepository } from '../checkpoints/checkpoints.repository';
import { MakeCheckpointUseCase } from '../checkpoints/make-checkpoint.usecase';
import { SigningKey } from '../checkpoints/signing-key';
import { RecordOversightQueryUseCase } from '../oversight/record-oversight-query.usecase';
import { LedgerRepository } from './ledger.repository';
import { VerifyLedgerUseCase } from './verify-ledger.usecase';

/**
 * A verify judges one state of the ledger: what is appended and signed while it runs does not make
 * it cry wolf, and a real deletion still shows. The "while it runs" is made deterministic by a
 * ledger repository that, on the verify's first chunk read, lets entries be appended and a
 * checkpoint be signed over them — on other connections, committed, as the periodic checkpoint does.
 */
describe('verify on a snapshot (real Postgres)', () => {
  let sys: RunningSystem;
  let ledger: LedgerRepository;
  let record: RecordOversightQueryUseCase;
  let checkpoints: MakeCheckpointUseCase;
  const who = { id: '00000000-0000-4000-8000-0000000000aa', name: 'oversight', role: 'oversight', agency: null } as never;

  beforeAll(async () => {
    sys = await startSystem([], ['audit']);
    const app = sys.apps.audit;
    ledger = app.get(LedgerRepository);
    record = app.get(RecordOversightQueryUseCase);
    checkpoints = app.get(MakeCheckpointUseCase);
    for (let i = 0; i < 30; i++) await record.record(who, 'GET /v1/audit/events', { i });
    await checkpoints.checkpointHead({ onlyIfMoved: true });
  });

  afterAll(async () => {
    await sys?.close();
  });

  /** A verifier whose ledger runs `meanwhile` once, when the verify reads its first chunk. */
  function verifierWith(meanwhile: () => Promise<void>): VerifyLedgerUseCase {
    let done = false;
    const hooked = Object.create(ledger) as LedgerRepository;
    hooked.range = async (...args: Parameters<LedgerRepository['range']>) => {
      if (!done) {
        done = true;
        await meanwhile();
      }
      return ledger.range(...args);
    };
    return new VerifyLedgerUseCase(hooked, sys.apps.audit.get(CheckpointsRepository), sys.apps.audit.get(SigningKey));
  }

  it('a checkpoint signed over entries appended while a verify runs is no false alarm', async () => {
    const before = (await ledger.head())!.seq;
    let signedAt: string | undefined;
    const v = await verifierWith(async () => {
      for (let i = 0; i < 5; i++) await record.record(who, 'GET /v1/audit/events', { during: i });
      signedAt = (await checkpoints.checkpointHead({ onlyIfMoved: true }))?.checkpoint.seq;
    }).verify();
    // The checkpoint was signed, beyond the head this verify judged.
    expect(BigInt(signedAt!)).toBeGreaterThan(BigInt(before));
    expect(v).toMatchObject({ ok: true, to: before });
    // And the next verify sees it, and it matches.
    const next = await sys.apps.audit.get(VerifyLedgerUseCase).verify();
    expect(next).toMatchObject({ ok: true, latestCheckpoint: { seq: signedAt } });
  });

  it('tail entries deleted under a signed checkpoint are still found', async () => {
    await record.record(who, 'GET /v1/audit/events', { last: true });
    const signed = (await checkpoints.checkpointHead({ onlyIfMoved: true }))!.checkpoint;
    const admin = new Client({ connectionString: sys.databaseUrl });
    await admin.connect();
    try {
      // A superuser, with the append-only trigger out of the way, deletes the tail.
      await admin.query('begin');
      await admin.query('alter table audit.ledger disable trigger user');
      await admin.query(`delete from audit.ledger where seq > $1`, [(BigInt(signed.seq) - 2n).toString()]);
      await admin.query('alter table audit.ledger enable trigger user');
      await admin.query('commit');
    } finally {
      await admin.end();
    }
    const v = await sys.apps.audit.get(VerifyLedgerUseCase).verify();
    // The first checkpoint over a deleted entry (the one signed in the test above, or this one).
    expect(v).toMatchObject({ ok: false, reason: 'checkpoint-entry-missing' });
    expect(BigInt((v as { seq: string }).seq)).toBeGreaterThan(BigInt(signed.seq) - 2n);
  });
});
