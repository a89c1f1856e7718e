import { OutgoingEvent } from './events';
import { OutboxPass, OutboxRelay, OutboxRow } from './outbox-relay';
import { UnpublishableEvent } from './unpublishable-event';

const row = (id: number, key: string, topic = 't'): OutboxRow => ({
  id: String(id),
  event: {
    id: `e${id}`,
    type: 'signal.submitted',
    topic,
    key,
    traceId: 'a'.repeat(32),
    source: 's',
    time: '',
    payload: {},
  } as unknown as OutgoingEvent,
});

/** An outbox in memory (the relay's own logic under test; the SQL side is exercised end to end). */
function outbox(rows: OutboxRow[]) {
  const published: string[] = [];
  const parked = new Map<string, string>();
  const pass: OutboxPass = {
    pending: async () =>
      rows
        .filter((r) => !published.includes(r.id) && !parked.has(r.id))
        .map((r) => ({
          ...r,
          behindParked: rows.some((p) => parked.has(p.id) && p.event.key === r.event.key && Number(p.id) < Number(r.id)),
        })),
    markPublished: async (rs) => void published.push(...rs.map((r) => r.id)),
    park: async (rs, reason) => rs.forEach((r) => parked.set(r.id, reason)),
  };
  return { store: { withRelayLock: async <T>(fn: (p: OutboxPass) => Promise<T>) => fn(pass) }, published, parked };
}

describe('outbox relay', () => {
  it('parks what the broker refuses for good, keeps order per key, and publishes the rest', async () => {
    const rows = [row(1, 'a'), row(2, 'b', 'missing'), row(3, 'c'), row(4, 'b'), row(5, 'd')];
    const { store, published, parked } = outbox(rows);
    const sent: string[] = [];
    const counted: number[] = [];
    const relay = new OutboxRelay(
      store,
      {
        publish: async (events) => {
          const bad = events.filter((e) => e.topic === 'missing');
          if (bad.length)
            throw new UnpublishableEvent(
              'unknown-topic: missing',
              bad.map((e) => e.id),
            );
          sent.push(...events.map((e) => e.id));
        },
      },
      { onPublished: (n) => counted.push(n) },
    );
    expect(await relay.drainOnce()).toBe(3);
    // The published rows leave the outbox: what went out is counted by the relay.
    expect(relay.published).toBe(3);
    expect(counted).toEqual([3]);
    expect(sent).toEqual(['e1', 'e3', 'e5']);
    expect(published).toEqual(['1', '3', '5']);
    expect(parked.get('2')).toBe('unknown-topic: missing');
    // Row 4 shares row 2's key: it waits with it rather than overtaking it.
    expect(parked.get('4')).toMatch(/behind a parked row/);
    expect(relay.parked).toBe(2);
  });

  it('keeps retrying on a transient failure, parking nothing', async () => {
    const { store, published, parked } = outbox([row(1, 'a'), row(2, 'b')]);
    const relay = new OutboxRelay(store, {
      publish: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:9092');
      },
    });
    await expect(relay.drainOnce()).rejects.toThrow(/ECONNREFUSED/);
    expect(published).toEqual([]);
    expect(relay.published).toBe(0);
    expect(parked.size).toBe(0);
  });

  it('parks later rows of a key already parked in an earlier pass', async () => {
    const rows = [row(1, 'k', 'missing'), row(2, 'k'), row(3, 'z')];
    const { store, published, parked } = outbox(rows);
    parked.set('1', 'unknown-topic: missing');
    const relay = new OutboxRelay(store, { publish: async () => undefined });
    expect(await relay.drainOnce()).toBe(1);
    expect(published).toEqual(['3']);
    expect(parked.get('2')).toMatch(/behind a parked row/);
    // An empty pass counts nothing.
    expect(await relay.drainOnce()).toBe(0);
    expect(relay.published).toBe(1);
  });
});
