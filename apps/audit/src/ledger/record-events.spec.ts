import { topicNames } from '@passerelle/contracts';
import { IncomingMessage, sealedFeedbackEvent } from '@passerelle/messaging';
import { currentDigest, derivedId } from '@passerelle/crypto';
import { randomBytes } from 'node:crypto';
import { LedgerRepository } from './ledger.repository';
import { accessFacts, RecordEventsUseCase } from './record-events.usecase';
import { referenceDigest } from './reference-digest';

const signalId = '0b6f4a57-52a6-4d8e-9d3f-2f5b8f0c1a11';
const principalId = '6f1c2b9e-1d2a-4c3b-9a8e-0f1e2d3c4b5a';

describe('what the ledger keeps of access records', () => {
  it('a read: access.recorded by the principal, with the id read', () => {
    expect(
      accessFacts({
        principalId,
        principalName: 'officer',
        role: 'security-officer',
        endpoint: 'GET /v1/admin/principals/{id}',
        outcome: 'read',
        resourceId: signalId,
      }),
    ).toEqual({
      action: 'access.recorded',
      actor: `principal:${principalId}`,
      signalId: null,
      details: { endpoint: 'GET /v1/admin/principals/{id}', role: 'security-officer', principalName: 'officer', resourceId: signalId },
    });
  });

  it('a read of a page: one entry listing every signal returned and their agencies', () => {
    const other = '1c9e2f3a-4b5d-4e6f-8a7b-9c0d1e2f3a4b';
    const f = accessFacts({
      principalId,
      principalName: 'analyst',
      role: 'analyst',
      endpoint: 'GET /v1/feeds/ocam/signals',
      outcome: 'read',
      signalIds: [signalId, other],
      agencies: ['customs', 'mobility'],
    });
    expect(f).toEqual({
      action: 'access.recorded',
      actor: `principal:${principalId}`,
      signalId: null,
      details: {
        endpoint: 'GET /v1/feeds/ocam/signals',
        role: 'analyst',
        principalName: 'analyst',
        resourceId: undefined,
        signalIds: [signalId, other],
        agencies: ['customs', 'mobility'],
      },
    });
  });

  it('a read of the first shape (one record per signal, no list) is still a read of that signal, listed like the new', () => {
    const f = accessFacts({
      principalId,
      principalName: 'analyst',
      role: 'analyst',
      endpoint: 'GET /v1/signals/{id}',
      signalId,
      agency: 'customs',
    });
    expect(f).toMatchObject({ action: 'access.recorded', signalId, details: { signalIds: [signalId], agencies: ['customs'] } });
    // The new shape of a one-signal read says the same.
    const g = accessFacts({
      principalId,
      principalName: 'analyst',
      role: 'analyst',
      endpoint: 'GET /v1/signals/{id}',
      outcome: 'read',
      signalId,
      agency: 'customs',
      signalIds: [signalId],
      agencies: ['customs'],
    });
    expect(g).toEqual(f);
  });

  it('a list of ids is bounded, whatever a producer sent', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const f = accessFacts({ principalId, endpoint: 'GET /v1/feeds/ocam/signals', outcome: 'read', signalIds: many });
    expect((f.details.signalIds as string[]).length).toBe(500);
  });

  it("a refused attempt on a signal's id: access.denied, in that signal's trail", () => {
    const f = accessFacts({
      outcome: 'denied',
      principalId,
      principalName: 'analyst-restricted',
      role: 'analyst',
      endpoint: 'GET /v1/signals/{id}',
      status: 404,
      reason: 'not-found',
      source: `principal:${principalId}`,
      resourceId: signalId,
    });
    expect(f).toMatchObject({ action: 'access.denied', actor: `principal:${principalId}`, signalId });
    expect(f.details).toEqual({
      endpoint: 'GET /v1/signals/{id}',
      status: 404,
      reason: 'not-found',
      source: `principal:${principalId}`,
      resourceId: signalId,
      role: 'analyst',
      principalName: 'analyst-restricted',
    });
  });

  it('without a principal the actor is the address digest; another route names no signal', () => {
    const f = accessFacts({
      outcome: 'denied',
      endpoint: 'GET /v1/admin/principals/{id}',
      status: 401,
      reason: 'unknown-key',
      source: 'address:0123456789abcdef',
      resourceId: signalId,
    });
    expect(f).toMatchObject({ action: 'access.denied', actor: 'address:0123456789abcdef', signalId: null });
  });

  it('a count keeps only the count fields', () => {
    const f = accessFacts({
      outcome: 'denied',
      endpoint: '*',
      source: 'address:0123456789abcdef',
      count: 480,
      windowStart: '2026-11-30T10:00:00.000Z',
      windowEnd: '2026-11-30T10:01:00.000Z',
      byStatus: { 401: 480 },
      byEndpoint: { 'GET /v1/feeds/{feed}/signals': 480 },
      resourceId: 'ignored',
    });
    expect(f.details).toEqual({
      source: 'address:0123456789abcdef',
      count: 480,
      windowStart: '2026-11-30T10:00:00.000Z',
      windowEnd: '2026-11-30T10:01:00.000Z',
      byStatus: { 401: 480 },
      byEndpoint: { 'GET /v1/feeds/{feed}/signals': 480 },
    });
    expect(f.signalId).toBeNull();
  });
});

describe("an analyst's question in the ledger", () => {
  const message = (detail: Record<string, unknown>): IncomingMessage => ({
    topic: 'feedback.customs.v2',
    partition: 0,
    offset: '7',
    key: signalId,
    value: Buffer.from(
      JSON.stringify({
        eventId: 'e1',
        occurredAt: '2026-11-30T10:00:00.000Z',
        signalId,
        traceId: 'a'.repeat(32),
        agency: 'customs',
        status: 'assessed',
        detail,
      }),
    ),
    headers: { 'ce-id': 'e1', 'ce-source': 'passerelle/intake' },
    timestamp: '0',
  });

  it('is kept as a digest, never as text', () => {
    const use = new RecordEventsUseCase({} as LedgerRepository, topicNames(''));
    const m: IncomingMessage = {
      topic: 'feedback.customs.v2',
      partition: 0,
      offset: '7',
      key: signalId,
      value: Buffer.from(
        JSON.stringify({
          eventId: 'e1',
          occurredAt: '2026-11-30T10:00:00.000Z',
          signalId,
          traceId: 'a'.repeat(32),
          agency: 'customs',
          status: 'assessed',
          detail: { outcome: 'more-information-requested', question: 'Which border crossing?' },
        }),
      ),
      headers: { 'ce-id': 'e1', 'ce-source': 'passerelle/intake' },
      timestamp: '0',
    };
    const f = use.facts(m);
    expect(f.action).toBe('feedback.assessed');
    expect(f.details).toEqual({
      outcome: 'more-information-requested',
      questionDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(f)).not.toContain('border');
  });

  it('sealed (feedback v2): the ledger keeps the facts in clear, the same digest, and nothing of the sealed content', () => {
    const use = new RecordEventsUseCase({} as LedgerRepository, topicNames(''));
    const question = 'Which border crossing?';
    const clear = use.facts(message({ outcome: 'more-information-requested', question }));
    const draft = sealedFeedbackEvent(topicNames(''), {
      id: 'e2',
      occurredAt: '2026-11-30T10:00:00.000Z',
      signalId,
      traceId: 'a'.repeat(32),
      agency: 'customs',
      status: 'assessed',
      detail: { outcome: 'more-information-requested', question },
      facts: { outcome: 'more-information-requested', questionDigest: currentDigest('question', question) },
      dataKey: randomBytes(32),
    });
    const sealed = use.facts({ ...message({}), value: Buffer.from(JSON.stringify(draft.payload)) });
    expect(sealed.action).toBe('feedback.assessed');
    expect(sealed.details).toEqual(clear.details);
    expect(JSON.stringify(sealed)).not.toContain('border');
  });
});

describe('whose submission the ledger records', () => {
  const use = new RecordEventsUseCase({} as LedgerRepository, topicNames(''));
  const on = (topic: string, payload: unknown, ceId = 'e1'): IncomingMessage => ({
    topic,
    partition: 0,
    offset: '3',
    key: null,
    value: Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)),
    headers: { 'ce-id': ceId },
    timestamp: '0',
  });

  it("an envelope on customs' topic claiming mobility is customs', the claim kept as evidence", () => {
    const f = use.facts(
      on('signals.customs.submitted.v1', {
        eventId: 'e1',
        occurredAt: '2026-11-30T10:00:00.000Z',
        signalId,
        traceId: 'a'.repeat(32),
        agency: 'mobility',
        signal: { externalRef: 'REF-1' },
      }),
    );
    expect(f).toMatchObject({ action: 'signal.submitted', actor: 'agency:customs', agency: 'customs', signalId });
    // The agency's ce-id is no UUID: the ledger keeps a keyed id in its place, never the text.
    expect(f.eventId).toBe(`customs:keyed:${derivedId('outside-event-id', 'customs', 'e1')}`);
    expect(f.details).toEqual({ claimedAgency: 'mobility' });
  });

  it("keeps none of the ids an agency's client wrote unless they are UUIDs (issue 32, item 6)", () => {
    const planted = 'Janssens.Pieter.1975-02-03.NN750203';
    const f = use.facts(
      on(
        'signals.customs.submitted.v1',
        { externalRef: 'REF-PLANT', signalId: planted, correlationId: planted, traceId: planted.slice(0, 32) },
        planted,
      ),
    );
    expect(JSON.stringify(f)).not.toContain('Janssens');
    expect(f).toMatchObject({ signalId: derivedId('signal', 'customs', 'REF-PLANT'), correlationId: null, traceId: null });
    expect(f.eventId).toMatch(/^customs:keyed:[0-9a-f-]{36}$/);
  });

  it("an unreadable one too, and a bare signal gets the id the router derives for the topic's agency", () => {
    expect(use.facts(on('signals.customs.submitted.v1', '{"agency": "mobility", '))).toMatchObject({
      action: 'signal.submitted-unreadable',
      agency: 'customs',
    });
    const bare = use.facts(on('signals.customs.submitted.v1', { externalRef: 'REF-2', agency: 'mobility' }));
    expect(bare).toMatchObject({ agency: 'customs', signalId: derivedId('signal', 'customs', 'REF-2') });
    expect(bare.signalId).not.toBe(derivedId('signal', 'mobility', 'REF-2'));
  });

  it("feedback is the feedback topic's agency's", () => {
    const f = use.facts(on('feedback.customs.v2', { signalId, agency: 'mobility', status: 'routed', detail: {} }));
    expect(f.agency).toBe('customs');
  });

  it('the same submission names no claimed agency when it names its own', () => {
    const f = use.facts(on('signals.customs.submitted.v1', { externalRef: 'REF-3', agency: 'customs' }));
    // Nothing but the reference's keyed digest with its agency (how oversight finds the signal by it).
    expect(f.details).toEqual({ refDigest: referenceDigest('customs', 'REF-3') });
  });

  it("an agency's reference in its feedback is kept as its keyed digest with the agency, never as text (issue 26)", () => {
    const f = use.facts(on('feedback.customs.v2', { signalId, status: 'routed', detail: { externalRef: 'CUS-Janssens-1', ruleId: 'r1' } }));
    expect(f.details).toEqual({ ruleId: 'r1', refDigest: referenceDigest('customs', 'CUS-Janssens-1') });
    expect(JSON.stringify(f)).not.toContain('Janssens');
    // The same text from another agency is another digest: one agency's reference never finds another's signal.
    expect(referenceDigest('mobility', 'CUS-Janssens-1')).not.toBe(f.details.refDigest);
  });
});

describe('watchlist facts in the ledger', () => {
  const use = new RecordEventsUseCase({} as LedgerRepository, topicNames(''));

  it('keeps counts, digests and ids only, whatever the message carries', () => {
    const f = use.facts({
      topic: 'watchlists.recorded.v1',
      partition: 0,
      offset: '1',
      key: 'ftf',
      value: Buffer.from(
        JSON.stringify({
          eventId: 'w1',
          occurredAt: '2026-11-30T10:00:00.000Z',
          action: 'version-published',
          list: 'ftf',
          version: 3,
          principalId,
          count: 1000,
          tokenCount: 2400,
          digest: 'a'.repeat(64),
          // Nothing like this is ever sent; if it were, the ledger would not keep it.
          entries: [{ familyName: 'Ivanov' }],
          tokens: ['x'.repeat(86)],
        }),
      ),
      headers: { 'ce-id': 'w1' },
      timestamp: '0',
    });
    expect(f).toMatchObject({ action: 'watchlist.version-published', actor: `principal:${principalId}` });
    expect(f.details).toEqual({ list: 'ftf', version: 3, count: 1000, tokenCount: 2400, digest: 'a'.repeat(64) });
    expect(JSON.stringify(f.details)).not.toContain('Ivanov');
  });
});
