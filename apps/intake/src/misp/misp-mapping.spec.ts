import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StixSignalInput } from '../taxii/stix-mapping';
import { dossierToMisp, MispObject, signalToMisp } from './misp-mapping';

const dir = join(__dirname, '../../../../docs/examples/signals');
const example = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;

const row = (signal: Record<string, unknown>, over: Partial<StixSignalInput> = {}): StixSignalInput => ({
  signalId: '6f1c1a52-3b0e-4d4f-9a53-2f1f1b0c2d11',
  agency: 'customs',
  dossierId: '0b9a7a1e-8d0c-4c43-9a3e-1f2e3d4c5b6a',
  receivedAt: new Date('2026-11-20T09:00:00Z'),
  dueAt: new Date('2026-11-27T09:00:00Z'),
  outcome: null,
  assessedAt: null,
  signal,
  ...over,
});
const labels = new Map([['travel.conflict-zone', 'Travel to or from a conflict zone']]);
const values = (o: MispObject) => Object.fromEntries(o.Attribute.map((a) => [a.object_relation, a.value]));

describe('MISP event of a signal', () => {
  it('maps a person to the person template, the place to geolocation, indicators to attributes, the signal to a report object', () => {
    const e = signalToMisp(row(example('subject-person')), labels).Event;
    expect(e).toMatchObject({ info: 'terrorism.travel signal from customs', date: '2026-11-20', threat_level_id: '3', analysis: '0' });
    expect(e.distribution).toBe('0');
    expect(e.published).toBe(false);
    expect(e.Orgc).toMatchObject({ name: 'customs' });
    const names = e.Object.map((o) => o.name);
    expect(names).toEqual(['person', 'geolocation', 'annotation', 'report']);
    const person = e.Object[0];
    expect(values(person)).toMatchObject({
      'last-name': 'Van der Voorbeeld',
      'first-name': 'Jan Pieter',
      'date-of-birth': '1994-03-17',
      'passport-number': 'EM 123456',
      'passport-country': 'BE',
      role: 'traveller',
    });
    expect(person.Attribute.filter((a) => a.object_relation === 'nationality').map((a) => a.value)).toEqual(['BE', 'MA']);
    expect(values(e.Object[1])).toMatchObject({ countrycode: 'BE', latitude: '50.9014', longitude: '4.4844' });
    expect(e.Attribute.map((a) => a.value)).toEqual(['Travel to or from a conflict zone', 'goods.combat-equipment']);
    const report = e.Object[3];
    expect(values(report)).toMatchObject({ 'case-number': '6f1c1a52-3b0e-4d4f-9a53-2f1f1b0c2d11', type: 'terrorism.travel' });
    // The report mentions every subject, place, indicator and the context annotation.
    expect((report.ObjectReference as { referenced_uuid: string }[]).map((r) => r.referenced_uuid).sort()).toEqual(
      [person.uuid, e.Object[1].uuid, e.Object[2].uuid, ...e.Attribute.map((a) => a.uuid)].sort(),
    );
    // H2 → TLP:AMBER+STRICT (as in STIX); the classification and the category as Passerelle's tags.
    expect(e.Tag.map((t) => t.name)).toEqual(
      expect.arrayContaining(['tlp:amber+strict', 'passerelle:classification="restricted"', 'passerelle:category="terrorism.travel"']),
    );
    expect(e.Tag.filter((t) => t.name.startsWith('tlp:'))).toHaveLength(1);
  });

  it('is deterministic: the same signal gives the same event, uuids included; another signal other uuids', () => {
    const a = signalToMisp(row(example('subject-person')), labels);
    expect(signalToMisp(row(example('subject-person')), labels)).toEqual(a);
    const b = signalToMisp(row(example('subject-person'), { signalId: '7f1c1a52-3b0e-4d4f-9a53-2f1f1b0c2d11' }), labels);
    const uuids = (e: typeof a) => [e.Event.uuid, ...e.Event.Object.map((o) => o.uuid), ...e.Event.Attribute.map((x) => x.uuid)];
    expect(uuids(b).filter((u) => uuids(a).includes(u))).toEqual([]);
    expect(new Set(uuids(a)).size).toBe(uuids(a).length);
  });

  it('gives every example signal at least one subject object or attribute, with no empty value', () => {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const e = signalToMisp(row(example(f.replace(/\.json$/, ''))), labels).Event;
      const all = [...e.Attribute, ...e.Object.flatMap((o) => o.Attribute)];
      expect(all.filter((a) => a.value === '' || a.value === 'undefined')).toEqual([]);
      expect(e.Object.length + e.Attribute.length).toBeGreaterThan(2);
    }
  });

  it('a dossier event holds each signal, the strictest TLP and classification, the most urgent threat level, and links as references', () => {
    const first = row(example('subject-person'));
    const second = row(
      { ...example('subject-person'), classification: 'secret', handling: 'H3', urgency: 'immediate' },
      { signalId: '7f1c1a52-3b0e-4d4f-9a53-2f1f1b0c2d11', outcome: 'relevant', assessedAt: new Date('2026-11-21T09:00:00Z') },
    );
    const links = new Map([[second.signalId, { linkedTo: first.signalId, keyType: 'document', keyDigest: 'abc' }]]);
    const e = dossierToMisp('0b9a7a1e-8d0c-4c43-9a3e-1f2e3d4c5b6a', [first, second], labels, links).Event;
    expect(e.Object.filter((o) => o.name === 'report')).toHaveLength(2);
    expect(e.Tag.map((t) => t.name)).toEqual(expect.arrayContaining(['tlp:red', 'passerelle:classification="secret"']));
    expect(e.Tag.filter((t) => t.name.startsWith('passerelle:classification'))).toHaveLength(1);
    expect(e.threat_level_id).toBe('1');
    expect(e.analysis).toBe('1');
    expect(e.timestamp).toBe(String(Date.parse('2026-11-21T09:00:00Z') / 1000));
    const [r1, r2] = e.Object.filter((o) => o.name === 'report');
    expect(r2.ObjectReference).toEqual(
      expect.arrayContaining([expect.objectContaining({ relationship_type: 'related-to', referenced_uuid: r1.uuid })]),
    );
  });
});
