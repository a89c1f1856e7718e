import { contentFingerprint, SignalSubmission } from '@passerelle/contracts';
import {
  decideRouting,
  KeyDigests,
  keyedDigests,
  lookups,
  prepare,
  PreparedSubmission,
  routingLockItems,
  RoutingState,
  SEP,
  underCurrentSecret,
} from './decide';
import { parseRuleSet, RuleSet } from './routing-rules';

const rules: RuleSet = {
  version: 3,
  rules: [
    { id: 'oc', match: { categoryPrefixes: ['organised-crime'] }, destinations: ['ocam', 'police-organised-crime'] },
    { id: 'customs', match: { agencies: ['customs'] }, destinations: ['ocam'] },
  ],
};

const PASSPORT = 'document:passport:BE:EM987654';
const PERSON = 'person:jan peeters:1980-01-02';

function signal(externalRef: string, o: Partial<SignalSubmission> = {}): SignalSubmission {
  return {
    externalRef,
    category: 'terrorism.travel',
    subjects: [
      {
        kind: 'person',
        familyName: 'Peeters',
        givenNames: 'Jan',
        birthDate: '1980-01-02',
        documents: [{ type: 'passport', number: 'EM 987 654', issuingCountry: 'BE' }],
      },
    ],
    summary: 'seen at the port',
    classification: 'restricted',
    urgency: 'routine',
    ...o,
  } as SignalSubmission;
}

const vessel = (externalRef: string, imo: string, summary = 'a vessel'): SignalSubmission =>
  signal(externalRef, { subjects: [{ kind: 'vessel', imo }] as SignalSubmission['subjects'], summary });

/** Keys and fingerprints as they are, so that the cases read in plain terms (the keyed digests are tested below). */
const PLAIN: KeyDigests = { current: (_d, v) => v, previous: () => null };

function sub(agency: string, s: SignalSubmission, signalId = `id-${agency}-${s.externalRef}`): PreparedSubmission {
  const eventId = `${agency}:ev-${s.externalRef}-${signalId}`;
  return prepare(
    {
      eventId,
      traceId: 't'.repeat(32),
      event: { eventId, occurredAt: '2026-11-20T08:30:00.000Z', signalId, traceId: 't'.repeat(32), agency, signal: s },
    },
    PLAIN,
  );
}

function state(o: Partial<RoutingState> = {}): RoutingState {
  return { known: [], fingerprintOwners: new Map(), knownKeys: [], claimOwners: new Map(), rules, ...o };
}

describe('decideRouting', () => {
  it('routes a first signal by the rules in force and opens its own dossier', () => {
    const a = sub('customs', signal('REF-1'));
    const d = decideRouting([a], [], state());
    expect(d.outcomes).toEqual([
      {
        verdict: 'new',
        decision: { ruleId: 'customs', ruleVersion: 3, destinations: ['ocam'] },
        correlationId: a.event.signalId,
        matchedKey: null,
        duplicateOf: null,
      },
    ]);
    expect(d.writes).toEqual({
      signals: [
        {
          signalId: a.event.signalId,
          agency: 'customs',
          externalRef: 'REF-1',
          verdict: 'new',
          destinations: ['ocam'],
          correlationId: a.event.signalId,
          traceId: a.traceId,
        },
      ],
      fingerprints: [{ agency: 'customs', fingerprint: contentFingerprint(a.event.signal), signalId: a.event.signalId }],
      correlations: [a.event.signalId],
      subjectKeys: [
        { key: PASSPORT, correlationId: a.event.signalId, signalId: a.event.signalId },
        { key: PERSON, correlationId: a.event.signalId, signalId: a.event.signalId },
      ],
      links: [{ correlationId: a.event.signalId, signalId: a.event.signalId, agency: 'customs', matchedKey: null }],
    });
  });

  it('applies the first matching rule, and routes nowhere (rule "none") when none matches', () => {
    const oc = sub(
      'mobility',
      signal('OC-1', { category: 'organised-crime.drug-trafficking', additionalCategories: ['terrorism.financing'] }),
    );
    const none = sub('mobility', vessel('NONE-1', '9074729'));
    const d = decideRouting([oc, none], [], state());
    expect(d.outcomes.map((o) => 'decision' in o && o.decision)).toEqual([
      { ruleId: 'oc', ruleVersion: 3, destinations: ['ocam', 'police-organised-crime'] },
      { ruleId: 'none', ruleVersion: 3, destinations: [] },
    ]);
    expect(d.writes.signals.map((s) => s.destinations)).toEqual([['ocam', 'police-organised-crime'], []]);
  });

  it('sends an exercise to the exercise feed only, whatever the rules, and never into a real dossier (issue 29, item 8)', () => {
    // Digests that keep their domain: an exercise's keys are in a domain of their own.
    const DOMAINS: KeyDigests = { current: (d, v) => `${d}|${v}`, previous: () => null };
    const at = (agency: string, s: SignalSubmission) => {
      const eventId = `${agency}:ev-${s.externalRef}`;
      const signalId = `id-${s.externalRef}`;
      const event = { eventId, occurredAt: '2026-11-20T08:30:00.000Z', signalId, traceId: 't'.repeat(32), agency, signal: s };
      return prepare({ eventId, traceId: 't'.repeat(32), event }, DOMAINS);
    };
    const real = at('customs', signal('REAL-1'));
    // The same person, same content, organised crime (the rules would send it to two real feeds).
    const ex = at('customs', signal('EX-1', { exercise: true }));
    const exOc = at('mobility', signal('EX-2', { exercise: true, category: 'organised-crime.drug-trafficking' }));
    const d = decideRouting([real, ex, exOc], [], state());
    expect(d.outcomes.map((o) => 'decision' in o && [o.verdict, o.decision, o.correlationId])).toEqual([
      ['new', { ruleId: 'customs', ruleVersion: 3, destinations: ['ocam'] }, real.event.signalId],
      ['new', { ruleId: 'exercise', ruleVersion: 3, destinations: ['exercise'] }, ex.event.signalId],
      // Exercises correlate among themselves.
      ['new', { ruleId: 'exercise', ruleVersion: 3, destinations: ['exercise'] }, ex.event.signalId],
    ]);
    // And no rule may send anything to the exercise feed.
    expect(() =>
      parseRuleSet(JSON.stringify({ version: 1, rules: [{ id: 'drill', match: {}, destinations: ['ocam', 'exercise'] }] })),
    ).toThrow(/exercise feed/);
  });

  it("refuses outside-remit a signal none of whose categories is within OCAM's remit, stores nothing; a mixed one is routed", () => {
    const road = sub('mobility', vessel('ROAD-1', '9074729'));
    road.event.signal.category = 'road-safety';
    const fraud = sub('customs', signal('FRAUD-1', { category: 'fraud.tax', additionalCategories: ['organised-crime.money-laundering'] }));
    const mixed = sub('customs', signal('MIXED-1', { category: 'fraud.tax', additionalCategories: ['terrorism.financing'] }));
    const extremism = sub('customs', signal('EXT-1', { category: 'extremism' }));
    const d = decideRouting([road, fraud, mixed, extremism], [], state());
    expect(d.outcomes.map((o) => o.verdict)).toEqual(['outside-remit', 'outside-remit', 'new', 'new']);
    expect(d.writes.signals.map((s) => s.externalRef)).toEqual(['MIXED-1', 'EXT-1']);
    expect(d.writes.signals[0].destinations).toEqual(['ocam']);
    expect(d.writes.fingerprints.map((f) => f.signalId)).toEqual([mixed.event.signalId, extremism.event.signalId]);
  });

  it('sends a signal outside the remit only where a rule explicitly marked for it says, never to OCAM', () => {
    const outside: RuleSet = {
      version: 4,
      rules: [
        ...rules.rules,
        { id: 'fraud-elsewhere', match: { outsideOcamRemit: true, categoryPrefixes: ['fraud'] }, destinations: ['tax-fraud'] },
      ],
    };
    const fraud = sub('customs', signal('FRAUD-2', { category: 'fraud.social' }));
    const road = sub('customs', signal('ROAD-2', { category: 'road-safety' }));
    const d = decideRouting([fraud, road], [], state({ rules: outside }));
    expect(d.outcomes.map((o) => o.verdict)).toEqual(['new', 'outside-remit']);
    expect(d.writes.signals.map((s) => s.destinations)).toEqual([['tax-fraud']]);
    // The `customs` rule (match: any customs signal) did not catch them: only a rule marked outsideOcamRemit may.
    expect(() =>
      parseRuleSet(
        JSON.stringify({ version: 1, rules: [{ id: 'bad', match: { outsideOcamRemit: true }, destinations: ['ocam', 'tax-fraud'] }] }),
      ),
    ).toThrow(/outside OCAM's remit to OCAM's feed ocam/);
    expect(() =>
      parseRuleSet(
        JSON.stringify({
          version: 1,
          ocamFeeds: ['ocam', 'ocam-urgent'],
          rules: [{ id: 'bad', match: { outsideOcamRemit: true }, destinations: ['ocam-urgent'] }],
        }),
      ),
    ).toThrow(/ocam-urgent/);
  });

  it('answers duplicate-ref for a reference (or a signal id) its agency already used, and stores nothing', () => {
    const known = [
      { signalId: 'S-OLD', agency: 'customs', externalRef: 'REF-1', correlationId: 'C-OLD' },
      { signalId: 'S-PENDING', agency: 'customs', externalRef: 'REF-2', correlationId: null },
    ];
    const byRef = sub('customs', signal('REF-1'), 'S-NEW');
    const byId = sub('customs', vessel('REF-9', '9074729'), 'S-OLD');
    const pending = sub('customs', vessel('REF-2', '9176187'), 'S-OTHER');
    const d = decideRouting([byRef, byId, pending], [], state({ known }));
    expect(d.outcomes).toEqual([
      expect.objectContaining({ verdict: 'duplicate-ref', correlationId: 'C-OLD', duplicateOf: 'S-OLD', matchedKey: null }),
      expect.objectContaining({ verdict: 'duplicate-ref', correlationId: 'C-OLD', duplicateOf: 'S-OLD' }),
      // A signal known without a dossier yet: its own id stands for the dossier.
      expect.objectContaining({ verdict: 'duplicate-ref', correlationId: 'S-OTHER', duplicateOf: 'S-PENDING' }),
    ]);
    expect(d.writes).toEqual({ signals: [], fingerprints: [], correlations: [], subjectKeys: [], links: [] });
  });

  it("answers duplicate-content for the same material content from the same agency, in the first one's dossier", () => {
    const first = signal('REF-1');
    const again = sub('customs', { ...first, externalRef: 'REF-2' });
    const otherAgency = sub('mobility', { ...first, externalRef: 'REF-2' });
    const fingerprintOwners = new Map([[`customs${SEP}${contentFingerprint(first)}`, 'S-FIRST']]);
    const known = [{ signalId: 'S-FIRST', agency: 'customs', externalRef: 'REF-1', correlationId: 'C-FIRST' }];
    const knownKeys = [
      { key: PASSPORT, correlationId: 'C-FIRST' },
      { key: PERSON, correlationId: 'C-FIRST' },
    ];
    const d = decideRouting([again, otherAgency], [], state({ fingerprintOwners, known, knownKeys }));
    expect(d.outcomes[0]).toEqual({
      verdict: 'duplicate-content',
      decision: { ruleId: 'customs', ruleVersion: 3, destinations: ['ocam'] },
      correlationId: 'C-FIRST',
      matchedKey: null,
      duplicateOf: 'S-FIRST',
    });
    // Another agency reporting the same is news, correlated with the first.
    expect(d.outcomes[1]).toMatchObject({ verdict: 'new', correlationId: 'C-FIRST', matchedKey: PASSPORT });
    expect(d.writes.signals).toEqual([
      expect.objectContaining({ signalId: again.event.signalId, verdict: 'duplicate-content', destinations: [], correlationId: 'C-FIRST' }),
      expect.objectContaining({ signalId: otherAgency.event.signalId, verdict: 'new', correlationId: 'C-FIRST' }),
    ]);
    expect(d.writes.fingerprints.map((f) => f.agency)).toEqual(['mobility']);
    expect(d.writes.links).toEqual([
      { correlationId: 'C-FIRST', signalId: otherAgency.event.signalId, agency: 'mobility', matchedKey: PASSPORT },
    ]);
  });

  it('correlates by the oldest known key and claims only the keys not known yet', () => {
    const s = sub('mobility', signal('REF-1'));
    // Known keys come oldest first: the person key was claimed before the passport.
    const knownKeys = [{ key: PERSON, correlationId: 'C-OLDEST' }];
    const d = decideRouting([s], [], state({ knownKeys: [...knownKeys, { key: PASSPORT, correlationId: 'C-NEWER' }] }));
    expect(d.outcomes[0]).toMatchObject({ verdict: 'new', correlationId: 'C-OLDEST', matchedKey: PERSON });
    expect(d.writes.correlations).toEqual([]);
    expect(d.writes.subjectKeys).toEqual([]);

    const d2 = decideRouting([s], [], state({ knownKeys }));
    expect(d2.outcomes[0]).toMatchObject({ correlationId: 'C-OLDEST', matchedKey: PERSON });
    expect(d2.writes.subjectKeys).toEqual([{ key: PASSPORT, correlationId: 'C-OLDEST', signalId: s.event.signalId }]);
    expect(d2.writes.links).toEqual([{ correlationId: 'C-OLDEST', signalId: s.event.signalId, agency: 'mobility', matchedKey: PERSON }]);
  });

  it("refuses a signal id that is another agency's (signal-id-taken): it never repeats, joins or suppresses that signal", () => {
    const known = [{ signalId: 'S-MOB', agency: 'mobility', externalRef: 'M-1', correlationId: 'C-MOB' }];
    const squat = sub('customs', signal('C-1'), 'S-MOB');
    const d = decideRouting([squat], [], state({ known }));
    expect(d.outcomes).toEqual([{ verdict: 'signal-id-taken' }]);
    expect(d.writes).toEqual({ signals: [], fingerprints: [], correlations: [], subjectKeys: [], links: [] });

    // The same within one batch: the id is mobility's as soon as its signal is decided.
    const mobility = sub('mobility', signal('M-2'), 'S-NEXT');
    const customs = sub('customs', vessel('C-2', '9074729'), 'S-NEXT');
    const d2 = decideRouting([mobility, customs], [], state());
    expect(d2.outcomes.map((o) => o.verdict)).toEqual(['new', 'signal-id-taken']);
    expect(d2.writes.signals.map((s) => s.agency)).toEqual(['mobility']);
  });

  it('decides repeats within one batch as if the signals came one by one', () => {
    const first = sub('customs', signal('REF-1'));
    const sameRef = sub('customs', vessel('REF-1', '9074729'), 'S-SAME-REF');
    const sameContent = sub('customs', signal('REF-2'));
    const sameSubject = sub('immigration', signal('REF-3', { summary: 'visa application' }));
    const d = decideRouting([first, sameRef, sameContent, sameSubject], [], state());
    const c = first.event.signalId;
    expect(d.outcomes).toEqual([
      expect.objectContaining({ verdict: 'new', correlationId: c, matchedKey: null }),
      expect.objectContaining({ verdict: 'duplicate-ref', correlationId: c, duplicateOf: c }),
      expect.objectContaining({ verdict: 'duplicate-content', correlationId: c, duplicateOf: c }),
      // Keys claimed earlier in the batch are older: the passport, claimed first, is the match.
      expect.objectContaining({ verdict: 'new', correlationId: c, matchedKey: PASSPORT }),
    ]);
    expect(d.writes.correlations).toEqual([c]);
    expect(d.writes.subjectKeys.map((k) => k.key)).toEqual([PASSPORT, PERSON]);
    expect(d.writes.signals.map((s) => [s.signalId, s.verdict])).toEqual([
      [c, 'new'],
      [sameContent.event.signalId, 'duplicate-content'],
      [sameSubject.event.signalId, 'new'],
    ]);
    expect(d.writes.links.map((l) => l.matchedKey)).toEqual([null, PASSPORT]);
  });

  it("shows a refused message's claimed id back unless it is another agency's signal, as the batch leaves them", () => {
    const mobility = sub('mobility', signal('M-1'), 'S-NEW-MOB');
    const claimOwners = new Map([
      ['S-CUS', 'customs'],
      ['S-MOB', 'mobility'],
    ]);
    const claims = [
      { agency: 'customs', claimedId: 'S-CUS' },
      { agency: 'customs', claimedId: 'S-MOB' },
      { agency: 'customs', claimedId: 'S-NEW-MOB' },
      { agency: 'customs', claimedId: 'S-UNKNOWN' },
      { agency: 'customs', claimedId: null },
      { agency: null, claimedId: 'S-CUS' },
    ];
    const d = decideRouting([mobility], claims, state({ claimOwners }));
    expect(d.echoClaims).toEqual([true, false, false, true, true, false]);
  });

  it('lists what the repository must load for the batch', () => {
    const a = sub('customs', signal('REF-1'), 'S-1');
    const b = sub('mobility', signal('REF-2'), 'S-2');
    expect(lookups([a, b])).toEqual({
      agencies: ['customs', 'mobility'],
      refs: ['REF-1', 'REF-2'],
      ids: ['S-1', 'S-2'],
      fingerprintAgencies: ['customs', 'mobility'],
      fingerprints: [a.fingerprint, b.fingerprint],
      keys: [PASSPORT, PERSON],
    });
  });

  it('locks every ref, id, fingerprint and subject key the batch reads, and nothing two unrelated signals share', () => {
    const a = sub('customs', signal('REF-1'), 'S-1');
    const items = routingLockItems([a], ['S-CLAIMED', 'S-Sup']);
    expect(items).toEqual(
      [
        ['ref', 'customs', 'REF-1'],
        ['id', 's-1'],
        ['id', 's-claimed'],
        ['id', 's-sup'],
        ['fp', 'customs', a.fingerprint],
        ['key', PASSPORT],
        ['key', PERSON],
      ]
        .map((i) => i.join(SEP))
        .sort(),
    );
    // The same person reported by another agency under another ref: only the subject keys are shared.
    const b = sub('mobility', signal('REF-9', { summary: 'other words' }), 'S-9');
    const shared = routingLockItems([b]).filter((i) => items.includes(i));
    expect(shared).toEqual([`key${SEP}${PASSPORT}`, `key${SEP}${PERSON}`]);
    // A vessel of another agency shares nothing with either.
    const c = sub('immigration', vessel('REF-V', '9074729'), 'S-V');
    expect(routingLockItems([c]).filter((i) => items.includes(i) || routingLockItems([b]).includes(i))).toEqual([]);
    // An embargoed signal claims no key, but reads them: it locks them too.
    const e = sub('customs', signal('REF-E', { embargo: { principals: ['analyst-1'] } } as Partial<SignalSubmission>), 'S-E');
    expect(routingLockItems([e])).toEqual(expect.arrayContaining([`key${SEP}${PASSPORT}`, `key${SEP}${PERSON}`]));
    expect(routingLockItems([])).toEqual([]);
  });

  describe('keyed digests', () => {
    const OLD = { current: 'o'.repeat(64), previous: null, source: 'test' };
    const NEW = { current: 'n'.repeat(64), previous: 'o'.repeat(64), source: 'test' };
    const person = () => signal('REF-K');
    const keyed = (secrets: typeof OLD | typeof NEW, ref = 'REF-K') => {
      const eventId = `customs:ev-${ref}`;
      const event = {
        eventId,
        occurredAt: '2026-11-20T08:30:00.000Z',
        signalId: `S-${ref}`,
        traceId: 't'.repeat(32),
        agency: 'customs',
        signal: person(),
      };
      return prepare({ eventId, traceId: 't'.repeat(32), event }, keyedDigests(secrets));
    };

    it('stores no subject key or fingerprint in clear, only HMACs that change with the secret', () => {
      const a = keyed(OLD);
      expect(a.keys.length).toBeGreaterThan(0);
      for (const k of [...a.keys, a.fingerprint]) expect(k).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify([a.keys, a.fingerprint])).not.toMatch(/person|passport|EM/i);
      expect([...a.plainKeys.values()]).toEqual(expect.arrayContaining([PASSPORT, PERSON]));
      const b = keyed(NEW);
      expect(b.keys.some((k) => a.keys.includes(k))).toBe(false);
      expect(b.fingerprint).not.toBe(a.fingerprint);
    });

    it('matches across one rotation and re-keys what it found under the previous secret', () => {
      const before = keyed(OLD);
      const after = keyed(NEW);
      const q = lookups([after]);
      // Looked up under both secrets.
      expect(q.keys).toEqual(expect.arrayContaining([...before.keys, ...after.keys]));
      expect(q.fingerprints).toEqual([after.fingerprint, before.fingerprint]);
      const found = underCurrentSecret(
        [after],
        new Map([[`customs${SEP}${before.fingerprint}`, 'S-OLD']]),
        before.keys.map((key) => ({ key, correlationId: 'C-OLD' })),
      );
      expect(found.fingerprintOwners).toEqual(new Map([[`customs${SEP}${after.fingerprint}`, 'S-OLD']]));
      expect(found.knownKeys.map((k) => k.key).sort()).toEqual([...after.keys].sort());
      expect(found.rekeyKeys.map((r) => r.to).sort()).toEqual([...after.keys].sort());
      expect(found.rekeyFingerprints).toEqual([{ agency: 'customs', from: before.fingerprint, to: after.fingerprint }]);
      // Decided as under one secret: the same content again is a duplicate of the old signal.
      const d = decideRouting([after], [], state({ fingerprintOwners: found.fingerprintOwners, knownKeys: found.knownKeys }));
      expect(d.outcomes[0]).toMatchObject({ verdict: 'duplicate-content', duplicateOf: 'S-OLD' });
    });

    it('locks the keys and the fingerprint under both secrets, so that a router on either secret meets the other', () => {
      const before = keyed(OLD);
      const after = keyed(NEW);
      const items = routingLockItems([after]);
      for (const k of [...before.keys, ...after.keys]) expect(items).toContain(`key${SEP}${k}`);
      for (const f of [before.fingerprint, after.fingerprint]) expect(items).toContain(`fp${SEP}customs${SEP}${f}`);
    });
  });
});
