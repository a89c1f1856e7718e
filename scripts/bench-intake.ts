/**
 * `npm run bench:intake -- [--rate 200] [--seconds 10]`: feed-to-visible latency of the intake on
 * real Kafka and Postgres. Starts the intake in this process on a scratch database and topic
 * prefix, opens an analyst's SSE stream, produces routed signals onto feeds.ocam.v2 at a fixed
 * rate, and measures, per signal, from the broker's acknowledgement of the feed event to the
 * moment the analyst's stream delivers it. Baseline in the same run: a plain kafkajs consumer's
 * produce-to-consume latency for the same messages at the same rate.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { EventTypes, FeedSignalEvent, SealedFeedSignalEvent } from '@passerelle/contracts';
import { createHttpApp, startApp } from '@passerelle/http';
import { KafkaProducer, toKafkaMessage } from '@passerelle/messaging';
import { seal } from '@passerelle/crypto';
import { DataKeyStore } from '@passerelle/persistence';
import { PrincipalsRepository } from '@passerelle/security';
import { DataSource } from 'typeorm';
import { IntakeModule } from '../apps/intake/src/app.module';
import { INTAKE_HTTP } from '../apps/intake/src/intake.http';
import { acknowledgeBriefing, dropScratchDatabase, numberOption, percentiles, scratchEnvironment } from './bench-support';
import { sseEvents } from './sse';

const root = resolve(__dirname, '..', '..');

/** Produces `count` messages at `rate`/s, one send per tick of 10 ms; returns each message's ack time by id. */
async function paced(
  producer: KafkaProducer,
  topic: string,
  count: number,
  rate: number,
  make: (i: number) => { id: string; message: ReturnType<typeof toKafkaMessage> },
) {
  const sentAt = new Map<string, number>();
  const t0 = Date.now();
  let i = 0;
  while (i < count) {
    const due = Math.min(count, Math.floor(((Date.now() - t0) / 1000) * rate) + 1);
    const batch: { id: string; message: ReturnType<typeof toKafkaMessage> }[] = [];
    for (; i < due; i++) batch.push(make(i));
    if (batch.length) {
      await producer.send({ topic, acks: -1, messages: batch.map((b) => b.message) });
      const now = Date.now();
      for (const b of batch) sentAt.set(b.id, now);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return sentAt;
}

async function main() {
  const rate = numberOption('rate', 200);
  const seconds = numberOption('seconds', 10);
  const count = rate * seconds;
  const { kafka, prefix, dbUrl, template } = await scratchEnvironment(root);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const feedTopic = `${prefix}feeds.ocam.v2`;

  // Baseline: plain producer → plain consumer on a topic of its own, same messages, same pacing.
  const baseTopic = `${prefix}bench.baseline.v1`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: baseTopic, numPartitions: 3 }] });
  await admin.disconnect();
  const feedEvent = (i: number, signalId: string): FeedSignalEvent => {
    const s = structuredClone(template);
    s.externalRef = `BI-${i}`;
    s.subjects[0].familyName = `Person${i}`;
    const traceId = randomBytes(16).toString('hex');
    return {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId,
      traceId,
      agency: 'customs',
      feed: 'ocam',
      correlationId: signalId,
      ruleId: 'default-ocam',
      ruleVersion: 1,
      signal: s,
    };
  };
  const message = (e: FeedSignalEvent | SealedFeedSignalEvent) =>
    toKafkaMessage({
      topic: feedTopic,
      key: e.correlationId,
      id: e.eventId,
      type: EventTypes.feedSignal,
      source: 'bench',
      time: e.occurredAt,
      traceId: e.traceId,
      payload: e,
    });

  const baseSeen = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `${prefix}baseline`, maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topics: [baseTopic], fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const now = Date.now();
      for (const m of batch.messages) baseSeen.set(String(JSON.parse(m.value?.toString() ?? '{}').signalId), now);
    },
  });
  await new Promise((r) => setTimeout(r, 3000)); // let the group settle before timing
  const baseSent = await paced(producer, baseTopic, count, rate, (i) => {
    const id = randomUUID();
    return { id, message: message(feedEvent(i, id)) };
  });
  for (const deadline = Date.now() + 60000; baseSeen.size < count && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
  await consumer.disconnect();
  const baseline = percentiles([...baseSent].map(([id, t]) => (baseSeen.get(id) ?? NaN) - t).filter((x) => !isNaN(x)));

  // The intake with its production module, and an analyst reading the feed as a stream.
  process.env.DATABASE_URL = dbUrl;
  process.env.KAFKA_TOPIC_PREFIX = prefix;
  process.env.LOG_LEVEL = 'warn';
  const app = await createHttpApp(IntakeModule, INTAKE_HTTP);
  await startApp(app);
  const url = await app.getUrl();
  const ds = await new DataSource({ type: 'postgres', url: dbUrl }).initialize();
  const { apiKey } = await new PrincipalsRepository(ds).upsertWithNewKey({
    name: 'bench-analyst',
    role: 'analyst',
    clearance: 'confidential',
    feeds: ['ocam'],
  });
  await acknowledgeBriefing(url, apiKey);
  const visible = new Map<string, number>();
  const abort = new AbortController();
  const res = await fetch(`${url}/v1/feeds/ocam/stream?from=now`, { headers: { authorization: `Bearer ${apiKey}` }, signal: abort.signal });
  const reading = (async () => {
    try {
      for await (const e of sseEvents(res.body!)) {
        if (e.event === 'signal') visible.set(JSON.parse(e.data).signalId, e.receivedAt);
      }
    } catch {
      // aborted at the end
    }
  })();
  // Wait for the intake's consumer to join before timing.
  for (;;) {
    const h = await fetch(`${url}/health`);
    if (h.status === 200) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // As the router writes them: the content sealed with each signal's data key, drawn beforehand
  // (drawing is the router's cost; opening, one key query per batch, is the intake's).
  const ids = Array.from({ length: count }, () => randomUUID());
  const keys = await new DataKeyStore(ds).ensure(ids);
  const sealed = (e: FeedSignalEvent): SealedFeedSignalEvent => {
    const { signal, ...facts } = e;
    return { ...facts, sealed: seal(keys.get(e.signalId)!, { topic: feedTopic, signalId: e.signalId, eventId: e.eventId }, signal) };
  };
  const sent = await paced(producer, feedTopic, count, rate, (i) => ({ id: ids[i], message: message(sealed(feedEvent(i, ids[i]))) }));
  for (const deadline = Date.now() + 120000; visible.size < count && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
  abort.abort();
  await reading;
  const intake = percentiles([...sent].map(([id, t]) => (visible.get(id) ?? NaN) - t).filter((x) => !isNaN(x)));
  await producer.disconnect();
  await ds.destroy();
  await app.close();
  await dropScratchDatabase(dbUrl);

  const result = { rate, seconds, signals: count, feedToVisibleMs: intake, baselineProduceToConsumeMs: baseline, lost: count - intake.n };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(
    `\nfeed → visible in the analyst's stream at ${rate}/s: p50 ${intake.p50} ms · p95 ${intake.p95} ms · p99 ${intake.p99} ms · max ${intake.max} ms (${intake.n}/${count})\n` +
      `plain kafkajs produce → consume, same pacing:  p50 ${baseline.p50} ms · p95 ${baseline.p95} ms · p99 ${baseline.p99} ms · max ${baseline.max} ms\n`,
  );
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
