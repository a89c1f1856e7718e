import { EntityManager } from 'typeorm';

export interface InboxEntry {
  eventId: string;
  topic: string;
  partition: number;
  offset: string;
}

/**
 * What an inbox knows an event by: its id within the topic that carried it. Event ids are unique
 * per topic only (the same id on another topic is another event), so a message on one topic can
 * never pre-claim, and so suppress, the effect of an event on another.
 */
export const inboxKey = (e: Pick<InboxEntry, 'topic' | 'eventId'>): string => `${e.topic}\u0000${e.eventId}`;

/**
 * The idempotent-consumer inbox: records the events of a batch in `<schema>.inbox` inside the
 * batch's transaction and returns the {@link inboxKey}s of those that were not there yet. A
 * redelivered event is not returned, so its effects are not applied twice.
 */
export async function claimInbox(em: EntityManager, schema: 'router' | 'intake', events: InboxEntry[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows: { topic: string; event_id: string }[] = await em.query(
    `insert into ${schema}.inbox (event_id, topic, kafka_partition, kafka_offset)
     select * from unnest($1::text[], $2::text[], $3::int[], $4::bigint[])
     on conflict (topic, event_id) do nothing returning topic, event_id`,
    [events.map((e) => e.eventId), events.map((e) => e.topic), events.map((e) => e.partition), events.map((e) => e.offset)],
  );
  return new Set(rows.map((r) => inboxKey({ topic: r.topic, eventId: r.event_id })));
}
