import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTEXT_EXTENSION,
  ourId,
  passerelleObjects,
  scoId,
  signalToStix,
  StixObject,
  StixSignalInput,
  SUBJECT_EXTENSION,
  TLP2,
  tlpOf,
  uuidv5,
} from './stix-mapping';

const example = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../../docs/examples/signals', `${name}.json`), 'utf8')) as Record<string, unknown>;

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
const byType = (objs: StixObject[], type: string) => objs.filter((o) => o.type === type);

describe('STIX 2.1 mapping of a signal', () => {
  it('UUIDv5 follows RFC 4122 (the DNS namespace example) and SCO ids follow STIX §2.9', () => {
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // The id the OASIS stix2 library derives for EmailAddress(value="a@b.be").
    expect(scoId('email-addr', { value: 'a@b.be' })).toBe('email-addr--41c71ce4-b9a7-5561-882d-f8fbd895545a');
  });

  it('is deterministic: the same signal gives the same objects and ids', () => {
    const s = example('subject-person');
    expect(signalToStix(row(s), labels)).toEqual(signalToStix(row(JSON.parse(JSON.stringify(s))), labels));
    const other = signalToStix(row(s, { signalId: '11111111-2222-4333-8444-555555555555' }), labels);
    expect(other.find((o) => o.type === 'report')!.id).not.toBe(signalToStix(row(s), labels).find((o) => o.type === 'report')!.id);
  });

  it('a person signal: report with context, note, identity, location, indicators, statement and TLP markings', () => {
    const s = example('subject-person');
    const objs = signalToStix(row(s), labels);
    expect(objs.map((o) => o.type)).toEqual(['marking-definition', 'identity', 'location', 'indicator', 'indicator', 'report', 'note']);
    const report = byType(objs, 'report')[0];
    expect(report).toMatchObject({
      id: ourId('report', '6f1c1a52-3b0e-4d4f-9a53-2f1f1b0c2d11'),
      spec_version: '2.1',
      description: s.summary,
      published: '2026-11-20T09:00:00.000Z',
      labels: ['terrorism.travel'],
      external_references: [
        { source_name: 'passerelle', external_id: '6f1c1a52-3b0e-4d4f-9a53-2f1f1b0c2d11' },
        { source_name: 'customs', external_id: 'EX-PERSON-0001' },
      ],
      object_marking_refs: [TLP2.amberStrict, objs[0].id],
    });
    // The subjects, location and indicator before it, and the context note after it.
    expect(report.object_refs).toEqual([...objs.slice(1, 5).map((o) => o.id), byType(objs, 'note')[0].id]);
    expect((report.extensions as Record<string, Record<string, unknown>>)[CONTEXT_EXTENSION]).toMatchObject({
      agency: 'customs',
      classification: 'restricted',
      handling: 'H2',
      urgency: 'routine',
      due_at: '2026-11-27T09:00:00.000Z',
    });
    expect(objs[0]).toMatchObject({ definition_type: 'statement' });
    expect((objs[0].definition as { statement: string }).statement).toContain('Classification: RESTRICTED. Handling H2');
    expect(byType(objs, 'identity')[0]).toMatchObject({
      name: 'Jan Pieter Van der Voorbeeld',
      identity_class: 'individual',
      roles: ['traveller'],
      extensions: {
        [CONTEXT_EXTENSION]: {
          extension_type: 'property-extension',
          family_name: 'Van der Voorbeeld',
          birth_date: '1994-03-17',
          documents: [{ type: 'passport', number: 'EM 123456', issuing_country: 'BE' }],
        },
      },
    });
    expect(byType(objs, 'location')[0]).toMatchObject({ country: 'BE', name: 'Brussels Airport, Zaventem', latitude: 50.9014 });
    expect(byType(objs, 'indicator')[0]).toMatchObject({
      name: 'Travel to or from a conflict zone',
      confidence: 50,
      pattern: 'travel.conflict-zone',
    });
    expect(byType(objs, 'indicator')[1]).toMatchObject({ name: 'goods.combat-equipment', confidence: 85 });
    expect(byType(objs, 'note')[0]).toMatchObject({ object_refs: [report.id], authors: ['customs'] });
    expect(byType(objs, 'note')[0].content).toContain('B2');
  });

  it('an assessment moves the report’s and the note’s `modified`, not their ids', () => {
    const s = example('subject-person');
    const before = signalToStix(row(s), labels);
    const after = signalToStix(row(s, { outcome: 'relevant', assessedAt: new Date('2026-11-21T10:00:00Z') }), labels);
    expect(after.map((o) => o.id)).toEqual(before.map((o) => o.id));
    expect(byType(after, 'report')[0].modified).toBe('2026-11-21T10:00:00.000Z');
    expect(byType(after, 'note')[0].content).toContain('Assessed relevant');
  });

  it('e-mail as the STIX SCO, organisations as identities, other subjects as x-passerelle-subject with its extension', () => {
    const email = signalToStix(row(example('subject-email')), labels).find((o) => o.type === 'email-addr')!;
    expect(email.id).toBe(scoId('email-addr', { value: email.value }));
    const org = signalToStix(row(example('subject-organisation')), labels).find((o) => o.type === 'identity')!;
    expect(org.identity_class).toBe('organization');
    for (const kind of ['vehicle', 'vessel', 'aircraft', 'container', 'phone', 'iban', 'crypto']) {
      const subj = signalToStix(row(example(`subject-${kind}`)), labels).find((o) => o.type === 'x-passerelle-subject')!;
      expect([kind, subj.kind, subj.extensions]).toEqual([kind, kind, { [SUBJECT_EXTENSION]: { extension_type: 'new-sdo' } }]);
      expect(typeof subj.name).toBe('string');
    }
  });

  it('source documents as file SCOs; a dossier link as a relationship between the two reports', () => {
    const s = { ...example('minimal'), sourceDocuments: [{ sha256: 'a'.repeat(64), title: 'scan.pdf', mediaType: 'application/pdf' }] };
    const objs = signalToStix(row(s), labels, { linkedTo: '22222222-3333-4444-8555-666666666666', keyType: 'document', keyDigest: 'ab12' });
    const file = byType(objs, 'file')[0];
    expect(file).toMatchObject({ hashes: { 'SHA-256': 'a'.repeat(64) }, name: 'scan.pdf', mime_type: 'application/pdf' });
    expect(file.id).toBe(scoId('file', { hashes: { 'SHA-256': 'a'.repeat(64) }, name: 'scan.pdf' }));
    expect(byType(objs, 'relationship')[0]).toMatchObject({
      relationship_type: 'related-to',
      source_ref: ourId('report', '6f1c1a52-3b0e-4d4f-9a53-2f1f1b0c2d11'),
      target_ref: ourId('report', '22222222-3333-4444-8555-666666666666'),
    });
  });

  it('TLP 2.0 from handling and classification; never CLEAR', () => {
    expect(tlpOf('unclassified', 'H1')).toBe(TLP2.green);
    expect(tlpOf('restricted', 'H1')).toBe(TLP2.amber);
    expect(tlpOf('secret', 'H2')).toBe(TLP2.amberStrict);
    expect(tlpOf('unclassified', 'H3')).toBe(TLP2.red);
  });

  it('Passerelle’s own objects: its identity and the two extension definitions it authors', () => {
    expect(passerelleObjects().map((o) => o.id)).toEqual([ourId('identity', 'passerelle'), SUBJECT_EXTENSION, CONTEXT_EXTENSION]);
  });
});
