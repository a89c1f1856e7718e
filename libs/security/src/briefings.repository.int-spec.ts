import { createTestDatabase } from '@passerelle/testing';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BriefingsRepository } from './briefings.repository';

/**
 * The security briefing (BriefingsRepository) on a real Postgres database of its own, no Kafka: the
 * version in force in the language asked for (English when it has no text in it), each text with
 * its own digest; publications numbered one after the other, even at once; an acknowledgement
 * recorded once per principal and version.
 */
describe('BriefingsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let briefings: BriefingsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } }).initialize();
    briefings = new BriefingsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
  const texts = (tag: string) => ({ en: `Briefing ${tag}`, fr: `Exposé ${tag} é`, nl: `Briefing ${tag} ë` });

  it('answers the standing version 1 in each language, each text with its digest', async () => {
    const en = await briefings.current();
    expect(en).toMatchObject({ version: 1, language: 'en', languages: ['en', 'fr', 'nl'], publishedBy: null });
    expect(en.digest).toBe(sha256(en.text));
    const fr = await briefings.current(undefined, 'fr');
    expect(fr).toMatchObject({ version: 1, language: 'fr' });
    expect(fr.text).not.toBe(en.text);
    expect(fr.digest).toBe(sha256(fr.text));
  });

  it('publishes the next version in every language; the latest is in force', async () => {
    const officer = randomUUID();
    const t = texts('two');
    const published = await briefings.transaction((em) => briefings.publish(t, officer, em));
    expect(published).toMatchObject({ version: 2, language: 'en', languages: ['en', 'fr', 'nl'], text: t.en, digest: sha256(t.en) });
    expect(published.publishedBy).toBe(officer);
    expect(await briefings.current(undefined, 'nl')).toMatchObject({ version: 2, language: 'nl', text: t.nl, digest: sha256(t.nl) });
    expect(await briefings.current(undefined, 'fr')).toMatchObject({ version: 2, text: t.fr, digest: sha256(t.fr) });
  });

  it('numbers publications made at once one after the other', async () => {
    const before = (await briefings.current()).version;
    const versions = await Promise.all(
      ['a', 'b', 'c'].map((tag) => briefings.transaction((em) => briefings.publish(texts(tag), randomUUID(), em)).then((b) => b.version)),
    );
    expect(versions.sort()).toEqual([before + 1, before + 2, before + 3]);
    expect((await briefings.current()).version).toBe(before + 3);
  });

  it('answers English for a version that has no text in the language asked for', async () => {
    const [{ v }] = await ds.query(`select max(version) + 1 as v from identity.briefings`);
    await ds.query(`insert into identity.briefings (version, text, digest) values ($1, 'old', $2)`, [v, sha256('old')]);
    await ds.query(`insert into identity.briefing_texts (version, language, text, digest) values ($1, 'en', 'old', $2)`, [
      v,
      sha256('old'),
    ]);
    expect(await briefings.current(undefined, 'fr')).toMatchObject({ version: v, language: 'en', languages: ['en'], text: 'old' });
  });

  it('records an acknowledgement once per principal and version', async () => {
    const [me, other] = [randomUUID(), randomUUID()];
    const { version } = await briefings.current();
    expect(await briefings.acknowledgedAt(me, version)).toBeNull();
    const first = await briefings.transaction((em) => briefings.acknowledge(me, version, em));
    expect(first).toEqual({ acknowledgedAt: expect.any(Date), created: true });
    const again = await briefings.transaction((em) => briefings.acknowledge(me, version, em));
    expect(again).toEqual({ acknowledgedAt: first.acknowledgedAt, created: false });
    expect(await briefings.acknowledgedAt(me, version)).toEqual(first.acknowledgedAt);
    expect(await briefings.acknowledgedAt(other, version)).toBeNull();
    expect(await briefings.acknowledgedAt(me, 1)).toBeNull();
    // A version that was never published cannot be acknowledged.
    await expect(briefings.transaction((em) => briefings.acknowledge(me, version + 100, em))).rejects.toThrow();
  });
});
