/**
 * `npm run bench:router -- [--count 20000]`: the router's throughput on real Kafka and Postgres.
 * Starts the router in this process on a scratch database and topic prefix, produces COUNT
 * signals from three agencies straight onto their topics (a tenth share a passport across
 * agencies, a tenth repeat another signal's content), and times until every one is routed.
 * Baseline in the same run: a plain kafkajs consumer reading the same messages.
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { createHttpApp, startApp } from '@passerelle/http';
import { Client } from 'pg';
import { RouterModule } from '../apps/router/src/app.module';
import { ROUTER_HTTP } from '../apps/router/src/router.http';
import { dropScratchDatabase, numberOption, scratchEnvironment } from './bench-support';

const root = resolve(__dirname, '..', '..');

async function main() {
  const count = numberOption('count', 20000);
  const { kafka, prefix, dbUrl, template } = await scratchEnvironment(root);
  const agencies = ['customs', 'mobility', 'immigration'];
  const producer = kafka.producer();
  await producer.connect();
  const payloads: { topic: string; value: string }[] = [];
  for (let i = 0; i < count; i++) {
    const agency = agencies[i % 3];
    const s = structuredClone(template);
    s.externalRef = `B-${i}`;
    s.subjects[0].familyName = `Person${i}`;
    const shared = i % 10 === 0; // the same passport reported by several agencies
    s.subjects[0].documents = [{ type: 'passport', number: shared ? `SH${1000 + (i % 300)}` : `P${100000 + i}`, issuingCountry: 'BE' }];
    s.summary = i % 10 === 5 && i > 30 ? payloads[i - 30] && JSON.parse(payloads[i - 30].value).summary : `observation ${i}`;
    if (i % 10 === 5 && i > 30) s.subjects = JSON.parse(payloads[i - 30].value).subjects;
    payloads.push({ topic: `${prefix}signals.${agency}.submitted.v1`, value: JSON.stringify(s) });
  }
  const bytes = payloads.reduce((n, p) => n + p.value.length, 0);
  const t0 = Date.now();
  for (let i = 0; i < payloads.length; i += 1000) {
    const chunk = payloads.slice(i, i + 1000);
    await producer.sendBatch({
      topicMessages: agencies.map((a) => ({
        topic: `${prefix}signals.${a}.submitted.v1`,
        messages: chunk.filter((p) => p.topic.endsWith(`.${a}.submitted.v1`)).map((p) => ({ value: p.value })),
      })),
    });
  }
  const produceMs = Date.now() - t0;
  await producer.disconnect();

  // Baseline: a plain consumer reading the same messages.
  const b0 = Date.now();
  let seen = 0;
  const consumer = kafka.consumer({ groupId: `${prefix}baseline` });
  await consumer.connect();
  await consumer.subscribe({ topics: agencies.map((a) => `${prefix}signals.${a}.submitted.v1`), fromBeginning: true });
  await new Promise<void>((done) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        for (const m of batch.messages) JSON.parse(m.value?.toString() ?? 'null');
        seen += batch.messages.length;
        if (seen >= count) done();
      },
    });
  });
  const baselineMs = Date.now() - b0;
  await consumer.disconnect();

  // The router, with its production module, on the scratch database and prefix.
  process.env.DATABASE_URL = dbUrl;
  process.env.KAFKA_TOPIC_PREFIX = prefix;
  process.env.LOG_LEVEL = 'warn';
  const r0 = Date.now();
  const app = await createHttpApp(RouterModule, ROUTER_HTTP);
  await startApp(app);
  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  for (;;) {
    const { rows } = await pg.query(`select count(*)::int as n from router.signals`);
    if (rows[0].n >= count) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const routerMs = Date.now() - r0;
  const { rows: verdicts } = await pg.query(`select verdict, count(*)::int as n from router.signals group by verdict order by verdict`);
  const { rows: corr } = await pg.query(`select count(*)::int as n from router.correlation_links where matched_key is not null`);
  await pg.end();
  await app.close();
  await dropScratchDatabase(dbUrl);

  const result = {
    signals: count,
    avgMessageBytes: Math.round(bytes / count),
    produceMs,
    router: { ms: routerMs, signalsPerSecond: Math.round((count / routerMs) * 1000), verdicts, linkedByKey: corr[0].n },
    baselineConsumer: { ms: baselineMs, messagesPerSecond: Math.round((count / baselineMs) * 1000) },
    ratio: Number((baselineMs / routerMs).toFixed(3)),
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(
    `\nrouter: ${result.router.signalsPerSecond} signals/s (incl. start-up) · plain kafkajs consumer: ${result.baselineConsumer.messagesPerSecond} msg/s · router/baseline ${result.ratio}\n`,
  );
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
