import { IncomingMessage, KafkaService } from '@passerelle/messaging';
import { eventually } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { exampleSignal } from '../../../../test/support/http';
import { RunningSystem, startSystem } from '../../../../test/support/system';
import { decideRouting, prepare, routingLockItems } from './decide';
import { RouteSignalsUseCase } from './route-signals.usecase';
import { RoutingRules } from './routing-rules';
import { MAX_KEYED_LOCKS, ROUTING_GATE_KEY, routingLockKey, RoutingRepository } from './routing.repository';
import { decodeSubmission, DecodedSubmission } from './submission-decoder';

/**
 * The router's locks (issue 25): a routing batch locks only the refs, ids, fingerprints and subject
 * keys it touches. The real use case, on real Postgres and Kafka, next to a transaction that holds
 * signal A's locks: a batch that shares nothing with A commits while it is open, one that shares a
 * subject key with A waits for it and then joins A's dossier.
 */
describe('routing locks', () => {
  let sys: RunningSystem;
  let route: RouteSignalsUseCase;
  let repo: RoutingRepository;
  let offset = 0;

  beforeAll(async () => {
    sys = await startSystem([], ['router']);
    route = sys.apps.router.get(RouteSignalsUseCase);
    repo = sys.apps.router.get(RoutingRepository);
  });
  afterAll(async () => {
    await sys?.close();
  });

  /** A bare submission as an agency's own client produces it, as the transport hands it over. */
  const message = (agency: string, signal: object): IncomingMessage => ({
    topic: `${sys.topicPrefix}signals.${agency}.submitted.v1`,
    partition: 0,
    offset: String(offset++),
    key: null,
    value: Buffer.from(JSON.stringify(signal)),
    headers: { 'ce-id': randomUUID() },
    timestamp: String(Date.now()),
  });
  const decoded = (m: IncomingMessage): DecodedSubmission => {
    const d = decodeSubmission(m, sys.apps.router.get(KafkaService).topics.submittedPattern);
    if (!d.ok) throw new Error(`refused: ${JSON.stringify(d.reasons)}`);
    return d;
  };
  const stored = async (agency: string, ref: string) =>
    (
      await sys.sql<{ signal_id: string; verdict: string; correlation_id: string }>(
        'select signal_id, verdict, correlation_id from router.signals where agency = $1 and external_ref = $2',
        [agency, ref],
      )
    )[0];
  /** Backends of this database waiting for a routing lock (an advisory lock in the router's tag). */
  const waitingForRoutingLock = async () =>
    Number(
      (
        await sys.sql<{ n: string }>(
          `select count(*) n from pg_locks
            where locktype = 'advisory' and not granted and objsubid = 1 and classid::bigint >> 16 = $1
              and database = (select oid from pg_database where datname = current_database())`,
          [Number(ROUTING_GATE_KEY >> 48n)],
        )
      )[0].n,
    );

  it('keys every lock in its own 64-bit tag, never on the gate, the same for the same item', () => {
    const k = routingLockKey(`key\u0000${'a'.repeat(64)}`);
    expect(k >> 48n).toBe(ROUTING_GATE_KEY >> 48n);
    expect(k).not.toBe(ROUTING_GATE_KEY);
    expect(routingLockKey(`key\u0000${'a'.repeat(64)}`)).toBe(k);
    expect(routingLockKey(`key\u0000${'b'.repeat(64)}`)).not.toBe(k);
    // Outside the range of every hashtext() lock of the code base (32 bits, sign-extended).
    expect(k > 2n ** 31n).toBe(true);
  });

  it('lets a batch that shares no key with an open one commit, and holds one that shares a subject key until it commits', async () => {
    const a = exampleSignal('subject-person', `LOCK-A-${randomUUID()}`);
    // The same person (passport) from another agency under another reference: one subject key in common.
    const aPrime = exampleSignal('subject-person', `LOCK-A2-${randomUUID()}`);
    aPrime.summary = 'seen again, at the airport';
    // A crypto address of another case: nothing in common with A.
    const b = exampleSignal('subject-crypto', `LOCK-B-${randomUUID()}`);
    const msgA = message('customs', a);
    const pA = prepare(decoded(msgA));
    const pPrime = prepare(decoded(message('mobility', aPrime)));
    expect(pPrime.keys.filter((k) => pA.keys.includes(k)).length).toBeGreaterThan(0);
    expect(routingLockItems([prepare(decoded(message('customs', b)))]).filter((i) => routingLockItems([pA]).includes(i))).toEqual([]);

    // A's batch, held open once it has locked and written A: as the use case would, minus the publish.
    const events: string[] = [];
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const rules = sys.apps.router.get(RoutingRules).rules;
    const holder = repo.transaction(async (tx) => {
      await tx.lockRouting(routingLockItems([pA]));
      const { writes } = decideRouting([pA], [], { known: [], fingerprintOwners: new Map(), knownKeys: [], claimOwners: new Map(), rules });
      await tx.insertSignals(writes.signals);
      await tx.insertFingerprints(writes.fingerprints);
      await tx.insertCorrelations(writes.correlations);
      await tx.insertSubjectKeys(writes.subjectKeys);
      await tx.insertLinks(writes.links);
      locked();
      await released;
    });
    await isLocked;

    const second = route.handleBatch([message('mobility', aPrime)]).then(() => events.push("A'"));
    // A' is waiting for a lock of A's (an advisory lock, not a row: it has written nothing yet).
    await eventually(async () => ((await waitingForRoutingLock()) > 0 ? true : undefined), { what: "A' waiting for A's lock" });

    await route.handleBatch([message('customs', b)]);
    events.push('B');
    // B committed while A's transaction is open, and A' is still waiting.
    expect(await stored('customs', b.externalRef)).toMatchObject({ verdict: 'new' });
    expect(events).toEqual(['B']);
    expect(await stored('mobility', aPrime.externalRef)).toBeUndefined();
    expect(await waitingForRoutingLock()).toBeGreaterThan(0);

    release();
    await holder;
    await second;
    expect(events).toEqual(['B', "A'"]);
    // A' read A's key once A committed: it joined A's dossier through it (exact correlation).
    const first = await stored('customs', a.externalRef);
    const joined = await stored('mobility', aPrime.externalRef);
    expect(joined).toMatchObject({ verdict: 'new', correlation_id: first.correlation_id });
    const [link] = await sys.sql<{ matched_key: string | null }>('select matched_key from router.correlation_links where signal_id = $1', [
      joined.signal_id,
    ]);
    expect(pA.keys).toContain(link.matched_key);
    expect(first.correlation_id).toBe(first.signal_id);
  });

  it('keeps every batch out while a purge or an erasure holds the routing gate, and lets it in after', async () => {
    const c = exampleSignal('subject-vessel', `LOCK-C-${randomUUID()}`);
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const purge = repo.transaction(async (tx) => {
      await tx.lockAllRouting();
      locked();
      await released;
    });
    await isLocked;
    let done = false;
    const batch = route.handleBatch([message('customs', c)]).then(() => (done = true));
    await eventually(async () => ((await waitingForRoutingLock()) > 0 ? true : undefined), { what: 'the batch waiting for the gate' });
    expect(done).toBe(false);
    expect(await stored('customs', c.externalRef)).toBeUndefined();
    release();
    await purge;
    await batch;
    expect(await stored('customs', c.externalRef)).toMatchObject({ verdict: 'new' });
  });
  it('takes the gate exclusive, not a lock per item, for a batch with more items than MAX_KEYED_LOCKS', async () => {
    const items = Array.from({ length: MAX_KEYED_LOCKS + 1 }, (_, n) => `ref\u0000customs\u0000MANY-${n}`);
    const c = exampleSignal('subject-vessel', `LOCK-M-${randomUUID()}`);
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let held = -1;
    const big = repo.transaction(async (tx) => {
      await tx.lockRouting(items);
      const [{ n }] = await tx['em'].query(
        `select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid() and granted`,
      );
      held = n;
      locked();
      await released;
    });
    await isLocked;
    expect(held).toBe(1);
    let done = false;
    const batch = route.handleBatch([message('customs', c)]).then(() => (done = true));
    await eventually(async () => ((await waitingForRoutingLock()) > 0 ? true : undefined), { what: 'the batch waiting for the gate' });
    expect(done).toBe(false);
    release();
    await big;
    await batch;
    // Routed once the gate is free (its content repeats the test above's signal: a duplicate, still stored).
    expect(await stored('customs', c.externalRef)).toBeDefined();
  });
});
