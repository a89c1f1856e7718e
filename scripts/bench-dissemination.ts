/**
 * `npm run bench:dissemination -- [--products 20000] [--timed 200] [--rate 20]` (issue 28).
 *
 * 1. Volume: a year of OCAM products at OCAM's scale (20,000 across 10 agencies, shaped by kind,
 *    level, competence and region, from a fixed seed), decided by the dissemination rules' own
 *    decision function (apps/intake/src/products/dissemination-rules.ts) — per agency: what each POC
 *    receives when everything goes to everybody (no rules), with the rules, and for mobility's desks
 *    with their filters too.
 * 2. Cost per product on the real stack: the intake and the gateway in this process on a scratch
 *    database and topic prefix (real Kafka and Postgres), an analyst publishing `--timed` products at
 *    `--rate`/s over HTTP, the maritime desk polling its inbox (GET /v1/products, its filter set):
 *    time from the 201 of the publication to the product in the inbox, p50/p99. Baseline in the same
 *    run: plain kafkajs produce → consume of the same number of messages at the same pacing.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createHttpApp, startApp } from '@passerelle/http';
import { PrincipalsRepository } from '@passerelle/security';
import { DataSource } from 'typeorm';
import { GatewayModule } from '../apps/agency-gateway/src/app.module';
import { GATEWAY_HTTP } from '../apps/agency-gateway/src/gateway.http';
import { IntakeModule } from '../apps/intake/src/app.module';
import { INTAKE_HTTP } from '../apps/intake/src/intake.http';
import { decideDissemination, DisseminationRuleSet, ProductFacts } from '../apps/intake/src/products/dissemination-rules';
import { dropScratchDatabase, numberOption, percentiles, scratchEnvironment } from './bench-support';

const root = resolve(__dirname, '..', '..');

/** A small deterministic PRNG (mulberry32): the same year every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, weighted: [T, number][]): T => {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of weighted) if ((x -= w) < 0) return v;
  return weighted[weighted.length - 1][0];
};

/** Ten agencies and their competences: the four of the catalogue and six more a national deployment would add. */
const AGENCY_COMPETENCES: Record<string, string[]> = {
  mobility: ['air', 'maritime', 'rail', 'road', 'crisis', 'ports'],
  customs: ['ports', 'goods', 'finance', 'borders'],
  immigration: ['borders', 'residence'],
  'foreign-affairs': ['consular', 'travel-advice'],
  'federal-police': ['public-order', 'borders', 'events'],
  'state-security': ['radicalisation', 'interference'],
  defence: ['military-sites', 'interference'],
  justice: ['prisons', 'radicalisation'],
  finance: ['finance', 'sanctions'],
  'crisis-centre': ['crisis', 'events', 'public-order'],
};
const COMPETENCE_WEIGHTS: [string, number][] = [
  ['radicalisation', 14],
  ['public-order', 10],
  ['events', 8],
  ['borders', 8],
  ['prisons', 7],
  ['interference', 7],
  ['finance', 6],
  ['ports', 5],
  ['air', 5],
  ['crisis', 5],
  ['goods', 4],
  ['maritime', 4],
  ['rail', 3],
  ['road', 3],
  ['residence', 3],
  ['consular', 2],
  ['travel-advice', 2],
  ['sanctions', 2],
  ['military-sites', 2],
];
const REGIONS: [string, number][] = [
  ['be', 30],
  ['be-bru', 20],
  ['be-van', 10],
  ['poe-port-antwerp', 8],
  ['poe-air-bru', 8],
  ['be-wht', 6],
  ['be-wlg', 6],
  ['poe-port-zeebrugge', 4],
  ['poe-rail-bru-midi', 4],
  ['be-vwv', 4],
];

/** The simulated rule set: each agency its competences; very serious alerts to every agency. */
function simulatedRules(): DisseminationRuleSet {
  const agencies = Object.keys(AGENCY_COMPETENCES);
  return {
    version: 1,
    agencies,
    rules: [
      ...agencies.map((a) => ({ id: `${a}-competences`, agencies: [a], match: { competences: AGENCY_COMPETENCES[a] } })),
      { id: 'very-serious-alerts', agencies, match: { kinds: ['alert'], minLevel: 4 } },
    ],
  };
}

function year(n: number): ProductFacts[] {
  const r = rng(28);
  return Array.from({ length: n }, () => {
    const first = pick(r, COMPETENCE_WEIGHTS);
    const competences = r() < 0.3 ? [...new Set([first, pick(r, COMPETENCE_WEIGHTS)])] : [first];
    return {
      kind: pick(r, [
        ['assessment', 25],
        ['bulletin', 45],
        ['alert', 20],
        ['rfi', 10],
      ]),
      level: pick(r, [
        [1, 15],
        [2, 45],
        [3, 35],
        [4, 5],
      ]),
      competences,
      categories: ['terrorism'],
      regions: [pick(r, REGIONS)],
      legalBasis: 'ocam-law-2006-art-10',
    };
  });
}

/** Mobility's desks, each with its filter (within mobility's competences). */
const MOBILITY_DESKS: { desk: string; competences: string[] | null; minLevel: number | null }[] = [
  { desk: 'maritime desk (maritime + ports, level ≥ 2)', competences: ['maritime', 'ports'], minLevel: 2 },
  { desk: 'aviation desk (air, level ≥ 2)', competences: ['air'], minLevel: 2 },
  { desk: 'rail desk (rail)', competences: ['rail'], minLevel: null },
  { desk: 'road desk (road, level ≥ 2)', competences: ['road'], minLevel: 2 },
  { desk: 'crisis cell (every mobility competence, level ≥ 3)', competences: null, minLevel: 3 },
];

function volumes(n: number) {
  const products = year(n);
  const rules = simulatedRules();
  const everyone = { clearedAgencies: new Set(rules.agencies), legalBasisAgencies: rules.agencies };
  const perAgency = new Map<string, ProductFacts[]>(rules.agencies.map((a) => [a, []]));
  for (const p of products)
    for (const d of decideDissemination(rules, p, everyone)) if (d.decision === 'sent') perAgency.get(d.agency)!.push(p);
  const agencies = rules.agencies.map((a) => {
    const got = perAgency.get(a)!.length;
    return { agency: a, withoutRules: n, withRules: got, reduction: `${(100 * (1 - got / n)).toFixed(1)} %` };
  });
  const mobility = perAgency.get('mobility')!;
  const desks = MOBILITY_DESKS.map((d) => {
    const seen = mobility.filter(
      (p) => (!d.competences || p.competences.some((c) => d.competences!.includes(c))) && (d.minLevel === null || p.level >= d.minLevel),
    ).length;
    return {
      desk: d.desk,
      withoutRules: n,
      withRules: mobility.length,
      withRulesAndFilter: seen,
      filteredOut: mobility.length - seen,
      reductionVsToday: `${(100 * (1 - seen / n)).toFixed(1)} %`,
    };
  });
  return { products: n, agencies, mobilityDesks: desks };
}

async function timed(count: number, rate: number) {
  const { kafka, prefix, dbUrl } = await scratchEnvironment(root);
  // Baseline: plain producer → plain consumer on a topic of its own, same count, same pacing.
  const baseTopic = `${prefix}bench.baseline.v1`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: baseTopic, numPartitions: 3 }] });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const baseSeen = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `${prefix}baseline`, maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topics: [baseTopic], fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const now = Date.now();
      for (const m of batch.messages) baseSeen.set(m.value?.toString() ?? '', now);
    },
  });
  await new Promise((r) => setTimeout(r, 3000)); // let the group settle before timing
  const baseSent = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    await producer.send({ topic: baseTopic, acks: -1, messages: [{ key: id, value: id }] });
    baseSent.set(id, Date.now());
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  for (const deadline = Date.now() + 60000; baseSeen.size < count && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
  await consumer.disconnect();
  await producer.disconnect();
  const baseline = percentiles([...baseSent].map(([id, t]) => (baseSeen.get(id) ?? NaN) - t).filter((x) => !isNaN(x)));

  process.env.DATABASE_URL = dbUrl;
  process.env.KAFKA_TOPIC_PREFIX = prefix;
  process.env.LOG_LEVEL = 'warn';
  process.env.OUTBOX_POLL_MS ??= '200';
  const ds = await new DataSource({ type: 'postgres', url: dbUrl }).initialize();
  const intake = await createHttpApp(IntakeModule, INTAKE_HTTP);
  const intakeUrl = await startApp(intake);
  const gateway = await createHttpApp(GatewayModule, GATEWAY_HTTP);
  const gatewayUrl = await startApp(gateway);
  const principals = new PrincipalsRepository(ds);
  const analyst = (await principals.upsertWithNewKey({ name: 'bench-analyst', role: 'analyst', clearance: 'secret', feeds: ['ocam'] }))
    .apiKey;
  const poc = (await principals.upsertWithNewKey({ name: 'bench-maritime', role: 'poc', agency: 'mobility', clearance: 'confidential' }))
    .apiKey;
  // Clearance holders read classified content only once they acknowledged the security briefing in force (issue 29).
  await ds.query(
    `insert into identity.briefing_acknowledgements (principal_id, version)
     select p.id, (select max(version) from identity.briefings) from identity.principals p
      where p.name in ('bench-analyst', 'bench-maritime') and exists (select 1 from identity.briefings) on conflict do nothing`,
  );
  const call = async (url: string, method: string, key: string, body?: unknown) => {
    const r = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  await call(`${gatewayUrl}/v1/products/filter`, 'PUT', poc, { competences: ['maritime', 'ports'], minLevel: 2 });

  const visible = new Map<string, number>();
  let polling = true;
  const poll = (async () => {
    let cursor: string | null = null;
    while (polling) {
      const r = await call(`${gatewayUrl}/v1/products?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, 'GET', poc);
      const now = Date.now();
      for (const i of (r.body.items as { productId: string }[]) ?? []) visible.set(i.productId, now);
      cursor = (r.body.nextCursor as string) ?? cursor;
      await new Promise((res) => setTimeout(res, 25));
    }
  })();
  const published = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const r = await call(`${intakeUrl}/v1/products`, 'POST', analyst, {
      kind: 'bulletin',
      title: `Bench bulletin ${i}`,
      body: 'Vigilance at the ferry terminals.',
      categories: ['terrorism'],
      competences: ['maritime'],
      regions: ['poe-port-zeebrugge'],
      level: 2,
      classification: 'restricted',
      handling: 'H2',
      legalBasis: 'ocam-law-2006-art-10',
    });
    if (r.status !== 201) throw new Error(`publication refused: ${r.status} ${JSON.stringify(r.body)}`);
    published.set(r.body.productId as string, Date.now());
    await new Promise((res) => setTimeout(res, 1000 / rate));
  }
  for (const deadline = Date.now() + 120000; visible.size < count && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
  polling = false;
  await poll;
  const stack = percentiles([...published].map(([id, t]) => (visible.get(id) ?? NaN) - t).filter((x) => !isNaN(x)));
  await gateway.close();
  await intake.close();
  await ds.destroy();
  await dropScratchDatabase(dbUrl);
  return { products: count, rate, publishToVisibleMs: stack, baselineProduceToConsumeMs: baseline, lost: count - stack.n };
}

async function main() {
  const n = numberOption('products', 20000);
  const count = numberOption('timed', 200);
  const rate = numberOption('rate', 20);
  const v = volumes(n);
  process.stdout.write(`A year of ${n} products across ${v.agencies.length} agencies (seeded), each POC's volume:\n\n`);
  process.stdout.write('agency            without rules   with rules   reduction\n');
  for (const a of v.agencies)
    process.stdout.write(
      `${a.agency.padEnd(18)}${String(a.withoutRules).padStart(13)}${String(a.withRules).padStart(13)}${a.reduction.padStart(12)}\n`,
    );
  process.stdout.write(`\nmobility's desks (${v.mobilityDesks[0].withRules} products a year reach mobility under the rules):\n\n`);
  for (const d of v.mobilityDesks)
    process.stdout.write(
      `${d.desk.padEnd(52)} sees ${String(d.withRulesAndFilter).padStart(5)} (filtered out ${String(d.filteredOut).padStart(5)}; ${d.reductionVsToday} less than today)\n`,
    );
  const t = count > 0 ? await timed(count, rate) : null;
  if (t)
    process.stdout.write(
      `\npublish (201) → visible in the maritime desk's inbox, ${t.products} products at ${t.rate}/s: ` +
        `p50 ${t.publishToVisibleMs.p50} ms · p95 ${t.publishToVisibleMs.p95} ms · p99 ${t.publishToVisibleMs.p99} ms · max ${t.publishToVisibleMs.max} ms (${t.publishToVisibleMs.n}/${t.products})\n` +
        `plain kafkajs produce → consume, same pacing: p50 ${t.baselineProduceToConsumeMs.p50} ms · p95 ${t.baselineProduceToConsumeMs.p95} ms · p99 ${t.baselineProduceToConsumeMs.p99} ms\n`,
    );
  process.stdout.write(`\n${JSON.stringify({ volumes: v, timed: t })}\n`);
  process.exit(t && t.lost > 0 ? 1 : 0);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
