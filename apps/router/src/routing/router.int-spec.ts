import { eventually, KafkaProducer, readTopic, testProducer } from '@passerelle/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyedDigest, keySecrets } from '@passerelle/crypto';
import { exampleSignal } from '../../../../test/support/http';
import { SUBJECT_KEY_DOMAIN } from '@passerelle/contracts';

/** A subject key as the router stores it. */
const stored = (key: string) => keyedDigest(keySecrets().current, SUBJECT_KEY_DOMAIN, key);
import { RunningSystem, startSystem } from '../../../../test/support/system';

const rulesFile = join(mkdtempSync(join(tmpdir(), 'rules-')), 'routing-rules.json');
const writeRules = (version: number, organisedCrimeTo: string[]) =>
  writeFileSync(
    rulesFile,
    JSON.stringify({
      version,
      rules: [
        { id: 'oc', match: { categoryPrefixes: ['organised-crime'] }, destinations: organisedCrimeTo },
        { id: 'default', match: {}, destinations: ['ocam'] },
      ],
    }),
  );

/** The router against real Kafka and Postgres: correlation, deduplication, versioned rules. */
describe('router', () => {
  let sys: RunningSystem;
  let producer: KafkaProducer;

  beforeAll(async () => {
    writeRules(1, ['ocam', 'police-organised-crime']);
    process.env.ROUTING_RULES_FILE = rulesFile;
    process.env.ROUTING_RULES_POLL_MS = '100';
    sys = await startSystem([], ['router']);
    producer = await testProducer('agency-systems');
  });

  afterAll(async () => {
    await producer?.disconnect();
    await sys?.close();
    delete process.env.ROUTING_RULES_FILE;
  });

  const submit = (agency: string, signal: object) =>
    producer.send({ topic: `${sys.topicPrefix}signals.${agency}.submitted.v1`, messages: [{ value: JSON.stringify(signal) }] });

  const outcome = (agency: string, ref: string) =>
    eventually(
      async () => {
        const [row] = await sys.sql<{ signal_id: string; verdict: string; correlation_id: string; destinations: string[] }>(
          `select signal_id, verdict, correlation_id, destinations from router.signals where agency = $1 and external_ref = $2 and verdict <> 'pending'`,
          [agency, ref],
        );
        return row;
      },
      { what: `routing of ${agency}/${ref}` },
    );

  const links = (correlationId: string) =>
    sys.sql<{ agency: string; signal_id: string; matched_key: string | null }>(
      'select agency, signal_id, matched_key from router.correlation_links where correlation_id = $1 order by linked_at',
      [correlationId],
    );

  it('correlates customs and mobility reporting the same passport written differently, and says which key matched', async () => {
    const a = exampleSignal('subject-person', 'PASS-C-1');
    a.subjects[0].documents = [{ type: 'passport', number: 'em 987 654', issuingCountry: 'BE' }];
    a.subjects[0].birthDate = '1991-05-05';
    const b = exampleSignal('subject-person', 'PASS-M-1');
    b.subjects[0] = {
      kind: 'person',
      familyName: 'VANDERVOORBEELD',
      documents: [{ type: 'passport', number: 'EM-987654', issuingCountry: 'BE' }],
    };
    b.category = 'border-management';
    b.additionalCategories = ['terrorism.travel'];
    await submit('customs', a);
    const first = await outcome('customs', 'PASS-C-1');
    await submit('mobility', b);
    const second = await outcome('mobility', 'PASS-M-1');
    expect(second.verdict).toBe('new');
    expect(second.correlation_id).toBe(first.correlation_id);
    const l = await links(first.correlation_id);
    expect(l.map((x) => x.agency)).toEqual(['customs', 'mobility']);
    expect(l[0].matched_key).toBeNull();
    // Stored as its HMAC under the key secret, never in clear.
    expect(l[1].matched_key).toBe(stored('document:passport:BE:EM987654'));
    const routed = (await readTopic(`${sys.topicPrefix}signals.routed.v1`)).map((r) => JSON.parse(r.value ?? '{}'));
    const ev = routed.find((r) => r.signalId === second.signal_id);
    expect(ev).toMatchObject({
      verdict: 'new',
      correlationId: first.correlation_id,
      matchedKey: { type: 'document:passport' },
      ruleVersion: 1,
    });
    expect(JSON.stringify(ev)).not.toContain('EM987654');
  });

  it('correlates the same person by transliterated, reordered name and birth date, but not with another birth date', async () => {
    const mk = (ref: string, familyName: string, givenNames: string, birthDate: string, summary: string) => {
      const s = exampleSignal('minimal', ref);
      s.subjects = [{ kind: 'person', familyName, givenNames, birthDate }];
      s.summary = summary;
      return s;
    };
    await submit('customs', mk('NAME-1', 'Ковальчук', 'Олександр', '1988-08-08', 'seen at the port'));
    const first = await outcome('customs', 'NAME-1');
    await submit('immigration', mk('NAME-2', 'oleksandr', 'KOVALCHUK', '1988-08-08', 'visa application'));
    const second = await outcome('immigration', 'NAME-2');
    expect(second.correlation_id).toBe(first.correlation_id);
    expect((await links(first.correlation_id))[1].matched_key).toBe(stored('person:kovalchuk oleksandr:1988-08-08'));
    await submit('mobility', mk('NAME-3', 'Kovalchuk', 'Oleksandr', '1988-08-09', 'rental car'));
    const other = await outcome('mobility', 'NAME-3');
    expect(other.correlation_id).not.toBe(first.correlation_id);
  });

  it('records a same-content resubmission under a new ref as a duplicate and routes it only once', async () => {
    const s = exampleSignal('subject-crypto', 'DUP-1');
    await submit('customs', s);
    const first = await outcome('customs', 'DUP-1');
    await submit('customs', { ...s, externalRef: 'DUP-2' });
    const dup = await outcome('customs', 'DUP-2');
    expect(dup.verdict).toBe('duplicate-content');
    expect(dup.destinations).toEqual([]);
    const feed = (await readTopic(`${sys.topicPrefix}feeds.ocam.v2`)).map((r) => JSON.parse(r.value ?? '{}'));
    expect(feed.filter((f) => f.signalId === first.signal_id)).toHaveLength(1);
    expect(feed.filter((f) => f.signalId === dup.signal_id)).toHaveLength(0);
  });

  it('applies a new rule version to new signals only, without a restart, and records the version', async () => {
    await submit('customs', exampleSignal('subject-container', 'RULE-1'));
    const before = await outcome('customs', 'RULE-1');
    expect(before.destinations).toEqual(['ocam', 'police-organised-crime']);

    writeRules(2, ['police-organised-crime']);
    await eventually(async () => ((await sys.sql('select 1 from router.rule_versions where version = 2')).length ? true : undefined), {
      what: 'rule version 2 loaded',
    });
    await submit('customs', exampleSignal('subject-vehicle', 'RULE-2'));
    const after = await outcome('customs', 'RULE-2');
    expect(after.destinations).toEqual(['police-organised-crime']);
    expect((await outcome('customs', 'RULE-1')).destinations).toEqual(['ocam', 'police-organised-crime']);
    const routed = (await readTopic(`${sys.topicPrefix}signals.routed.v1`)).map((r) => JSON.parse(r.value ?? '{}'));
    expect(routed.find((r) => r.signalId === after.signal_id)).toMatchObject({ ruleId: 'oc', ruleVersion: 2 });
    expect(routed.find((r) => r.signalId === before.signal_id)).toMatchObject({ ruleId: 'oc', ruleVersion: 1 });
  });
});
