import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PrincipalsRepository } from './principals.repository';

/**
 * identity.principals (PrincipalsRepository) on a real Postgres database of its own, no Kafka: what
 * the auth guard and the security officers' flows rely on — a key finds its active principal only,
 * names are never reused, changes bump the version (a key handover does not), and listings are
 * scoped by agency.
 */
describe('PrincipalsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let principals: PrincipalsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    principals = new PrincipalsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const name = (what: string) => `${what}-${randomUUID().slice(0, 8)}`;
  const agency = () => `ag${randomUUID().slice(0, 6)}`;

  it('creates a principal with a key that finds it; a taken name, active or revoked, is never reused', async () => {
    const officer = randomUUID();
    const created = await principals.create({ name: name('poc'), role: 'poc', agency: 'customs', feeds: ['ocam'], createdBy: officer });
    expect(created).not.toBeNull();
    const { principal, apiKey } = created!;
    expect(principal).toMatchObject({
      role: 'poc',
      agency: 'customs',
      clearance: 'unclassified',
      feeds: ['ocam'],
      createdBy: officer,
      version: 0,
    });
    expect(await principals.findByApiKey(apiKey)).toEqual({
      id: principal.id,
      name: principal.name,
      role: 'poc',
      agency: 'customs',
      clearance: 'unclassified',
      clearanceExpiresAt: null,
      feeds: ['ocam'],
      // The briefing in force (version 1, installed by the migration) that this principal has not acknowledged.
      briefingDue: 1,
    });
    expect(await principals.create({ name: principal.name, role: 'analyst' })).toBeNull();
    await principals.revoke(principal.id);
    expect(await principals.create({ name: principal.name, role: 'analyst' })).toBeNull();
    expect(await principals.create({ id: principal.id, name: name('other'), role: 'analyst' })).toBeNull();
    // A poc without an agency is refused by the schema.
    await expect(principals.create({ name: name('poc'), role: 'poc' })).rejects.toThrow(/poc_has_agency/);
  });

  it('a key finds nothing once revoked or rotated; unknown keys and ids find nothing', async () => {
    const { principal, apiKey } = (await principals.create({ name: name('analyst'), role: 'analyst', feeds: ['ocam'] }))!;
    const rotated = (await principals.rotateKey(principal.id))!;
    expect(rotated.principal.version).toBe(1);
    expect(await principals.findByApiKey(apiKey)).toBeNull();
    expect((await principals.findByApiKey(rotated.apiKey))?.id).toBe(principal.id);
    expect(await principals.revoke(principal.id)).toMatchObject({ id: principal.id, version: 2, revokedAt: expect.any(Date) });
    expect(await principals.findByApiKey(rotated.apiKey)).toBeNull();
    // Revoked: no second revocation, no new key, no change; still found by id and name (its history).
    expect(await principals.revoke(principal.id)).toBeNull();
    expect(await principals.rotateKey(principal.id)).toBeNull();
    expect(await principals.update(principal.id, { clearance: 'secret' })).toBeNull();
    expect((await principals.findById(principal.id))?.revokedAt).toEqual(expect.any(Date));
    expect((await principals.findByName(principal.name))?.id).toBe(principal.id);
    expect(await principals.findByApiKey('psk_not-a-key')).toBeNull();
    expect(await principals.findById(randomUUID())).toBeNull();
    expect(await principals.findByName(name('nobody'))).toBeNull();
    expect(await principals.revoke(randomUUID())).toBeNull();
  });

  it('update changes only what the patch names, clears an expiry on null, and bumps the version', async () => {
    const expires = new Date(Date.now() + 30 * 86_400_000);
    const { principal } = (await principals.create({
      name: name('analyst'),
      role: 'analyst',
      clearance: 'restricted',
      clearanceExpiresAt: expires,
      feeds: ['ocam'],
    }))!;
    const fed = (await principals.update(principal.id, { feeds: ['ocam', 'police-terrorism'] }))!;
    expect(fed).toMatchObject({ clearance: 'restricted', clearanceExpiresAt: expires, feeds: ['ocam', 'police-terrorism'], version: 1 });
    const cleared = (await principals.update(principal.id, { clearance: 'secret', clearanceExpiresAt: null }))!;
    expect(cleared).toMatchObject({ clearance: 'secret', clearanceExpiresAt: null, feeds: ['ocam', 'police-terrorism'], version: 2 });
    expect(await principals.update(randomUUID(), { clearance: 'secret' })).toBeNull();
  });

  it('a key handover replaces the key without bumping the version; a key nobody holds finds nothing', async () => {
    const { principal, apiKey } = (await principals.create({ name: name('poc'), role: 'poc', agency: 'customs' }))!;
    const waiting = (await principals.transaction((em) => principals.setKey(principal.id, null, em)))!;
    expect(waiting.version).toBe(0);
    expect(await principals.findByApiKey(apiKey)).toBeNull();
    const redeemed = 'psk_' + randomUUID().replace(/-/g, '');
    await principals.transaction((em) => principals.setKey(principal.id, redeemed, em));
    expect((await principals.findByApiKey(redeemed))?.id).toBe(principal.id);
    await principals.revoke(principal.id);
    expect(await principals.transaction((em) => principals.setKey(principal.id, null, em))).toBeNull();
  });

  it('upsertWithNewKey (the CLI and the seed): a known name gets a new key and these attributes, and is active again', async () => {
    const n = name('cli');
    const first = await principals.upsertWithNewKey({ name: n, role: 'analyst', feeds: ['ocam'] });
    await principals.revoke(first.principal.id);
    const again = await principals.upsertWithNewKey({ name: n, role: 'oversight', clearance: 'confidential' });
    expect(again.principal).toMatchObject({ id: first.principal.id, role: 'oversight', clearance: 'confidential', feeds: [] });
    expect(await principals.findByApiKey(first.apiKey)).toBeNull();
    expect((await principals.findByApiKey(again.apiKey))?.id).toBe(first.principal.id);
  });

  it('lists active principals by name, scoped to one agency when asked; the clearance review lists the expiring soonest first', async () => {
    const [mine, theirs] = [agency(), agency()];
    const day = 86_400_000;
    const b = (await principals.create({
      name: `b-${mine}`,
      role: 'analyst',
      agency: mine,
      clearanceExpiresAt: new Date(Date.now() + 5 * day),
    }))!;
    const a = (await principals.create({
      name: `a-${mine}`,
      role: 'analyst',
      agency: mine,
      clearanceExpiresAt: new Date(Date.now() - day),
    }))!;
    await principals.create({ name: `c-${mine}`, role: 'analyst', agency: mine, clearanceExpiresAt: new Date(Date.now() + 90 * day) });
    await principals.create({ name: `d-${mine}`, role: 'analyst', agency: mine });
    const gone = (await principals.create({ name: `e-${mine}`, role: 'analyst', agency: mine }))!;
    await principals.revoke(gone.principal.id);
    await principals.create({ name: `a-${theirs}`, role: 'analyst', agency: theirs });
    expect((await principals.list({ agency: mine })).map((p) => p.name)).toEqual([`a-${mine}`, `b-${mine}`, `c-${mine}`, `d-${mine}`]);
    expect((await principals.list({ agency: mine, expiringWithinDays: 30 })).map((p) => p.id)).toEqual([a.principal.id, b.principal.id]);
    const everyone = (await principals.list()).map((p) => p.name);
    expect(everyone).toEqual(expect.arrayContaining([`a-${mine}`, `a-${theirs}`]));
    expect(everyone).not.toContain(`e-${mine}`);
  });

  it('an agency administers itself while it has an active security officer of its own', async () => {
    const ag = agency();
    expect(await principals.selfAdministeredAgencies()).not.toContain(ag);
    const officer = (await principals.create({ name: name('so'), role: 'security-officer', agency: ag }))!;
    expect(await principals.selfAdministeredAgencies()).toContain(ag);
    await principals.revoke(officer.principal.id);
    expect(await principals.selfAdministeredAgencies()).not.toContain(ag);
  });
});
