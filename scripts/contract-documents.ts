import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { contractSchemas } from '@passerelle/contracts';
import { GatewayModule } from '../apps/agency-gateway/src/app.module';
import { openApiDocument } from '../apps/agency-gateway/src/openapi';

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

const headers = {
  type: 'object',
  required: ['ce-id', 'ce-type', 'ce-source', 'ce-time', 'traceparent', 'content-type'],
  properties: {
    'ce-id': { type: 'string', description: 'CloudEvents id: unique per event; consumers drop repeats by it' },
    'ce-type': { type: 'string', description: 'CloudEvents type, e.g. be.passerelle.signal.submitted.v1' },
    'ce-source': { type: 'string', description: 'CloudEvents source, e.g. passerelle/agency-gateway/customs' },
    'ce-time': { type: 'string', format: 'date-time' },
    'ce-specversion': { type: 'string', const: '1.0' },
    traceparent: {
      type: 'string',
      pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
      description: 'W3C trace context; one trace id per signal',
    },
    'content-type': { type: 'string', const: 'application/json' },
  },
};

function asyncApi(): unknown {
  const msg = (name: string, schema: string, summary: string) => ({
    name,
    title: name,
    summary,
    contentType: 'application/json',
    headers,
    payload: { $ref: `#/components/schemas/${schema}` },
  });
  const agency = { description: 'agency code, e.g. customs, mobility, foreign-affairs, immigration' };
  const channels = {
    submissions: {
      address: 'signals.{agency}.submitted.v1',
      parameters: { agency },
      description:
        'Signals of one agency, keyed by signal id. Written by the gateway (the signal sealed with its data key), or directly by the agency (a bare SignalSubmission, or a SignalSubmitted envelope).',
      messages: {
        SealedSignalSubmitted: { $ref: '#/components/messages/SealedSignalSubmitted' },
        SignalSubmitted: { $ref: '#/components/messages/SignalSubmitted' },
        DirectSubmission: { $ref: '#/components/messages/DirectSubmission' },
      },
    },
    routed: {
      address: 'signals.routed.v1',
      description: 'Routing decisions, keyed by correlation id.',
      messages: { SignalRouted: { $ref: '#/components/messages/SignalRouted' } },
    },
    feeds: {
      address: 'feeds.{feed}.v2',
      parameters: { feed: { description: 'destination feed, e.g. ocam, police-organised-crime' } },
      description: 'Routed signals for one feed, keyed by correlation id so one subject stays in order.',
      messages: { SealedFeedSignal: { $ref: '#/components/messages/SealedFeedSignal' } },
    },
    rejected: {
      address: 'signals.rejected.v1',
      description: 'Submissions that failed validation, with reasons.',
      messages: { SignalRejected: { $ref: '#/components/messages/SignalRejected' } },
    },
    purged: {
      address: 'signals.purged.v1',
      description: 'A service removed its copies of a signal at term (facts only: which tables, how many rows), keyed by signal id.',
      messages: { SignalPurged: { $ref: '#/components/messages/SignalPurged' } },
    },
    erasures: {
      address: 'signals.erasure.recorded.v1',
      description:
        'The steps of erasure requests (requested, approved, refused, expired: ids and a reason code), written by the intake only, keyed by signal id.',
      messages: { SignalErasureRecorded: { $ref: '#/components/messages/SignalErasureRecorded' } },
    },
    feedback: {
      address: 'feedback.{agency}.v2',
      parameters: { agency },
      description:
        "Receipt updates (in clear: codes, the agency's own externalRef) and analysts' feedback (the detail sealed with the signal's data key: read it in the gateway inbox, GET /v1/feedback) for one agency, keyed by signal id. feedback.{agency}.v1 carried the analyst's question in clear and is no longer written.",
      messages: {
        Feedback: { $ref: '#/components/messages/Feedback' },
        SealedFeedback: { $ref: '#/components/messages/SealedFeedback' },
      },
    },
    access: {
      address: 'access.recorded.v1',
      description: 'Every read of signal content, keyed by principal id.',
      messages: { AccessRecorded: { $ref: '#/components/messages/AccessRecorded' } },
    },
    principals: {
      address: 'identity.principals.changed.v1',
      description: "Security officers' changes to principals (created, updated, revoked), keyed by principal id.",
      messages: { PrincipalChanged: { $ref: '#/components/messages/PrincipalChanged' } },
    },
    watchlists: {
      address: 'watchlists.recorded.v1',
      description:
        'What happens to watchlists at the key holder (versions published, tokens delivered, batches evaluated, hits linked, principals marked): counts and ids, never entries. Keyed by list.',
      messages: { WatchlistRecorded: { $ref: '#/components/messages/WatchlistRecorded' } },
    },
    products: {
      address: 'products.{agency}.v1',
      parameters: { agency },
      description:
        "OCAM's products (assessments, bulletins, alerts, requests for information) disseminated to one agency by the dissemination rules (docs/dissemination.md), keyed by product id. The facts a filter needs in clear; title, body, handling, legal basis and the links to the agency's own signals sealed with the product's data key. Written by the intake only; read by that agency's gateway (and the agency's own Kafka user, which sees the facts) and the audit.",
      messages: { SealedProduct: { $ref: '#/components/messages/SealedProduct' } },
    },
    productReceipts: {
      address: 'products.{agency}.acknowledged.v1',
      parameters: { agency },
      description:
        "One agency's first read and acknowledgement of each product (a reply to a request for information sealed with the product's data key), keyed by product id. Written by the agency's gateway; read by the intake and the audit.",
      messages: { SealedProductReceipt: { $ref: '#/components/messages/SealedProductReceipt' } },
    },
    dissemination: {
      address: 'dissemination.recorded.v1',
      description:
        'Every decision of the dissemination rules: a product sent to an agency, or withheld and why, with the rule id and version. Codes and ids only, keyed by product id; written by the intake, read by the audit.',
      messages: { DisseminationRecorded: { $ref: '#/components/messages/DisseminationRecorded' } },
    },
    alertNotices: {
      address: 'alerts.{agency}.v1',
      parameters: { agency },
      description:
        "The steps of OCAM's alerts to one agency's permanence cell (raised and escalated: the POC reached; acknowledged: who took it), keyed by alert id. Ids, codes, the link and whether it belongs to an exercise, never content. Written by the intake; read by the agency's gateway.",
      messages: { AlertNotice: { $ref: '#/components/messages/AlertNotice' } },
    },
    alertAcknowledgements: {
      address: 'alerts.{agency}.acknowledged.v1',
      parameters: { agency },
      description:
        "A POC of the agency's permanence cell acknowledged an alert at its gateway, keyed by alert id. Written by the agency's gateway; read by the intake, which stops the escalation and records alert.acknowledged.",
      messages: { AlertAcknowledged: { $ref: '#/components/messages/AlertAcknowledged' } },
    },
  };
  const op = (action: 'send' | 'receive', channel: keyof typeof channels, summary: string) => ({
    action,
    channel: { $ref: `#/channels/${channel}` },
    summary,
  });
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Passerelle topics',
      version: '1.0.0',
      description: 'The Kafka topics of Passerelle. Topic names and payloads are contracts; a breaking change is a new .vN topic.',
    },
    defaultContentType: 'application/json',
    channels,
    operations: {
      submitSignal: op('send', 'submissions', 'An agency (or the gateway) submits a signal'),
      receiveRouted: op('receive', 'routed', 'Audit and analytics receive routing decisions'),
      receiveFeed: op('receive', 'feeds', 'The intake and Kafka-native analysts receive routed signals'),
      receiveRejected: op('receive', 'rejected', 'Audit receives rejections'),
      receivePurged: op('receive', 'purged', 'Audit receives the purges of signals at term or on erasure'),
      receiveErasures: op(
        'receive',
        'erasures',
        'The gateway and the router remove their copies of an erased signal; audit records each step',
      ),
      receiveFeedback: op('receive', 'feedback', 'The gateway (and agency systems) receive feedback'),
      receiveAccess: op('receive', 'access', 'Audit receives access records'),
      receivePrincipalChanges: op('receive', 'principals', 'Audit receives changes to principals'),
      receiveWatchlists: op('receive', 'watchlists', 'Audit receives what happens to watchlists'),
      receiveProducts: op('receive', 'products', "An agency's gateway receives the products OCAM disseminates to it"),
      sendProductReceipts: op(
        'send',
        'productReceipts',
        "An agency's gateway reports reads and acknowledgements of products to the intake",
      ),
      receiveDissemination: op('receive', 'dissemination', 'Audit receives every dissemination decision'),
      receiveAlertNotices: op('receive', 'alertNotices', "An agency's gateway receives the alerts to its permanence cell"),
      sendAlertAcknowledgements: op(
        'send',
        'alertAcknowledgements',
        "An agency's gateway reports its POCs' acknowledgements of alerts to the intake",
      ),
    },
    components: {
      messages: {
        SignalSubmitted: msg(
          'SignalSubmitted',
          'SignalSubmittedEvent',
          'A signal with its envelope, the signal in clear (an agency client may write this form)',
        ),
        SealedSignalSubmitted: msg(
          'SealedSignalSubmitted',
          'SealedSignalSubmittedEvent',
          'A signal as the gateway publishes it: the facts in clear, the signal sealed with its data key (AES-256-GCM); the router opens it',
        ),
        DirectSubmission: msg('DirectSubmission', 'SignalSubmission', "A signal produced directly by an agency's own client"),
        SignalRouted: msg('SignalRouted', 'SignalRoutedEvent', 'Where a signal went and why'),
        SealedFeedSignal: msg(
          'SealedFeedSignal',
          'SealedFeedSignalEvent',
          'A routed signal for a feed: the facts in clear, the signal sealed with its data key (AES-256-GCM; unreadable once the signal is erased or purged). The intake opens it into a FeedSignalEvent.',
        ),
        SignalRejected: msg('SignalRejected', 'SignalRejectedEvent', 'A refused submission with reasons'),
        SignalPurged: msg('SignalPurged', 'SignalPurgedEvent', "A service's purge of its copies of a signal"),
        SignalErasureRecorded: msg('SignalErasureRecorded', 'SignalErasureRecordedEvent', 'A step of an erasure request'),
        Feedback: msg('Feedback', 'FeedbackEvent', 'A receipt update (routed, duplicate, rejected, delivered), in clear'),
        SealedFeedback: msg(
          'SealedFeedback',
          'SealedFeedbackEvent',
          "An analyst's feedback (assessed): the facts, the outcome code and the question's keyed digest in clear, the detail (outcome, question, time) sealed with the signal's data key (AES-256-GCM; unreadable once the signal is erased or purged). The gateway opens it into a FeedbackEvent for the agency's inbox.",
        ),
        AccessRecorded: msg('AccessRecorded', 'AccessRecordedEvent', 'A read of signal content'),
        PrincipalChanged: msg('PrincipalChanged', 'PrincipalChangedEvent', 'A change to a principal'),
        WatchlistRecorded: msg('WatchlistRecorded', 'WatchlistRecordedEvent', 'A fact about a watchlist'),
        SealedProduct: msg(
          'SealedProduct',
          'SealedProductEvent',
          "An OCAM product for one agency: the facts in clear, the content sealed with the product's data key (AES-256-GCM). The gateway opens it into a ProductEvent.",
        ),
        SealedProductReceipt: msg(
          'SealedProductReceipt',
          'SealedProductReceiptEvent',
          "An agency's read or acknowledgement of a product; a reply sealed with the product's data key. The intake opens it into a ProductReceiptEvent.",
        ),
        AlertNotice: msg('AlertNotice', 'AlertNoticeEvent', "A step of an alert to an agency's permanence cell (no content)"),
        AlertAcknowledged: msg('AlertAcknowledged', 'AlertAcknowledgedEvent', "A POC's acknowledgement of an alert at its gateway"),
        DisseminationRecorded: msg(
          'DisseminationRecorded',
          'DisseminationRecordedEvent',
          'A dissemination decision (sent, or withheld and why)',
        ),
      },
      schemas: contractSchemas('#/components/schemas/'),
    },
  };
}

/** Every generated contract document, by path relative to the repository root. */
export async function buildContractDocuments(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const schemas = contractSchemas('#/definitions/');
  for (const name of Object.keys(schemas).sort()) {
    out[`docs/contracts/${name}.schema.json`] = json({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://passerelle.example/contracts/${name}.schema.json`,
      ...schemas[name],
      definitions: schemas,
    });
  }
  out['docs/asyncapi.json'] = json(asyncApi());
  // preview: the module graph without instantiating providers (no database or broker needed).
  const app = await NestFactory.create(GatewayModule, new FastifyAdapter(), { preview: true, logger: false });
  out['docs/openapi.json'] = json(openApiDocument(app));
  await app.close();
  // Loaded only now: their DTO classes would otherwise join the contract schemas above.
  const intake = await import('../apps/intake/src/app.module');
  const { intakeOpenApi } = await import('../apps/intake/src/intake.http');
  const intakeApp = await NestFactory.create(intake.IntakeModule, new FastifyAdapter(), { preview: true, logger: false });
  out['docs/openapi-intake.json'] = json(intakeOpenApi(intakeApp));
  await intakeApp.close();
  const audit = await import('../apps/audit/src/app.module');
  const { auditOpenApi } = await import('../apps/audit/src/audit.http');
  const auditApp = await NestFactory.create(audit.AuditModule, new FastifyAdapter(), { preview: true, logger: false });
  out['docs/openapi-audit.json'] = json(auditOpenApi(auditApp));
  await auditApp.close();
  return out;
}
