import { CLASSIFICATIONS } from '@passerelle/contracts';
import { IndicatorLabels, PASSERELLE_NAMESPACE, StixDossierLink, StixSignalInput, TLP2, tlpOf, uuidv5 } from '../taxii/stix-mapping';

/*
 * A signal, or the signals of a dossier a reader may see, as one MISP event in MISP's core format
 * (the JSON MISP imports and PyMISP's MISPEvent loads). docs/interoperability.md has the table.
 * Like the STIX mapping it is a pure function of what the reader may see: the same rows give the
 * same event, uuids included (UUIDv5 in Passerelle's namespace), and nothing here reads a clock.
 */

export type MispAttribute = Record<string, unknown> & { uuid: string; type: string; category: string; value: string };
export type MispObject = Record<string, unknown> & { name: string; uuid: string; Attribute: MispAttribute[] };
export interface MispEvent {
  Event: Record<string, unknown> & { uuid: string; Tag: { name: string }[]; Attribute: MispAttribute[]; Object: MispObject[] };
}

/**
 * The misp-objects templates used, with the uuid and version an importer checks an object against
 * (github.com/MISP/misp-objects; the interop test loads them with the templates themselves).
 */
const TEMPLATES = {
  person: {
    uuid: 'a15b0477-e9d1-4b9c-9546-abe78a4f4248',
    version: 21,
    meta: 'misc',
    description: 'An object which describes a person or an identity.',
  },
  organization: {
    uuid: 'f750e12b-127a-432c-b022-b3f9153c4e2a',
    version: 9,
    meta: 'misc',
    description: 'An object which describes an organization.',
  },
  vehicle: {
    uuid: '683c076c-f695-4ff2-8efa-e98a418049f4',
    version: 5,
    meta: 'misc',
    description: 'Vehicle object template to describe a vehicle information and registration',
  },
  'ftm-Vessel': { uuid: '2ee3df38-7756-4179-abea-ba8d2fbb7c6c', version: 1, meta: 'followthemoney', description: 'A boat or ship' },
  'ftm-Airplane': {
    uuid: 'ea720b4a-8849-44a5-a150-eab87b86de2c',
    version: 2,
    meta: 'followthemoney',
    description: 'An airplane, helicopter or other flying vehicle.',
  },
  'phone-number': {
    uuid: 'c4b5a67c-63d2-11ec-90d6-0242ac120003',
    version: 1,
    meta: 'mobile',
    description: 'Phone number based on the E.164 international public telecommunication numbering plan',
  },
  'bank-account': {
    uuid: 'b4712203-95a8-4883-80e9-b566f5df11c9',
    version: 3,
    meta: 'financial',
    description: 'An object describing bank account information based on account description from goAML 4.0.',
  },
  'coin-address': {
    uuid: 'd0e6997e-78da-4815-a6a1-cfc1c1cb8a46',
    version: 7,
    meta: 'financial',
    description: 'An address used in a cryptocurrency',
  },
  geolocation: {
    uuid: 'cd6f2238-ba55-4888-82c4-104e6e1acf21',
    version: 8,
    meta: 'misc',
    description: 'An object to describe a geographic location.',
  },
  file: {
    uuid: '688c46fb-5edb-40a3-8273-1af7923e2215',
    version: 25,
    meta: 'file',
    description: 'File object describing a file with meta-information',
  },
  report: {
    uuid: '70a68471-df22-4e3f-aa1a-5a3be19f82df',
    version: 8,
    meta: 'misc',
    description: 'Report object to describe a report along with its metadata.',
  },
  annotation: {
    uuid: '5d8dc046-15a1-4ca3-a09f-ed4ede7c4487',
    version: 3,
    meta: 'misc',
    description:
      'An annotation object allowing analysts to add annotations, comments, executive summary to a MISP event, objects or attributes.',
  },
} as const;
type Template = keyof typeof TEMPLATES;

/** MISP's category for each attribute type used (describeTypes' default category of the type). */
const CATEGORY: Record<string, string> = {
  text: 'Other',
  float: 'Other',
  datetime: 'Other',
  'first-name': 'Person',
  'last-name': 'Person',
  'full-name': 'Person',
  'date-of-birth': 'Person',
  'place-of-birth': 'Person',
  nationality: 'Person',
  'passport-number': 'Person',
  'passport-country': 'Person',
  'passport-expiration': 'Person',
  'identity-card-number': 'Person',
  'phone-number': 'Person',
  email: 'Social network',
  iban: 'Financial fraud',
  bic: 'Financial fraud',
  btc: 'Financial fraud',
  xmr: 'Financial fraud',
  sha256: 'Payload delivery',
  filename: 'Payload delivery',
  'mime-type': 'Artifacts dropped',
};

/** The TLP 2.0 tag of MISP's `tlp` taxonomy for each TLP marking the STIX mapping gives a signal. */
const TLP_TAG: Record<string, string> = {
  [TLP2.clear]: 'tlp:clear',
  [TLP2.green]: 'tlp:green',
  [TLP2.amber]: 'tlp:amber',
  [TLP2.amberStrict]: 'tlp:amber+strict',
  [TLP2.red]: 'tlp:red',
};
const TLP_ORDER = ['tlp:clear', 'tlp:green', 'tlp:amber', 'tlp:amber+strict', 'tlp:red'];
const CLASSIFICATION_ORDER: readonly string[] = CLASSIFICATIONS;
/** MISP's threat levels: 1 high, 2 medium, 3 low. */
const THREAT_LEVEL: Record<string, number> = { immediate: 1, priority: 2, routine: 3 };
const CRYPTO_SYMBOL: Record<string, string> = { ethereum: 'ETH', tron: 'TRX', litecoin: 'LTC' };

/** The MISP uuid of one part of a signal's (or a dossier's) event. */
const mispUuid = (name: string) => uuidv5(`misp:${name}`, PASSERELLE_NAMESPACE);
/** MISP's timestamps: seconds since the epoch, as a string. */
const epoch = (t: Date) => String(Math.floor(t.getTime() / 1000));
const tag = (namespace: string, predicate: string, value: string) => `${namespace}:${predicate}="${value}"`;

/** The tags of one signal: its TLP (MISP's `tlp` taxonomy) and Passerelle's own, for its context. */
function signalTags(row: StixSignalInput): string[] {
  const s = row.signal;
  const ev = (s.evaluation as Record<string, unknown> | undefined) ?? {};
  return [
    TLP_TAG[tlpOf(String(s.classification), String(s.handling))],
    tag('passerelle', 'classification', String(s.classification)),
    tag('passerelle', 'handling', String(s.handling)),
    tag('passerelle', 'urgency', String(s.urgency)),
    tag('passerelle', 'agency', row.agency),
    ...[s.category, ...((s.additionalCategories as string[] | undefined) ?? [])].map((c) => tag('passerelle', 'category', String(c))),
    tag('passerelle', 'evaluation', `${String(ev.sourceReliability)}${String(ev.informationAccuracy)}`),
    // An exercise says so (docs/exercises.md): a receiving MISP must never take it for a real event.
    ...(s.exercise === true ? [tag('passerelle', 'exercise', 'true')] : []),
  ];
}

/** Builds one signal's objects and attributes: uuids under the signal's id, timestamps its own. */
class SignalParts {
  readonly objects: MispObject[] = [];
  readonly attributes: MispAttribute[] = [];
  private readonly timestamp: string;

  constructor(
    private readonly row: StixSignalInput,
    private readonly labels: IndicatorLabels,
  ) {
    this.timestamp = epoch(row.receivedAt);
  }

  attribute(name: string, type: string, value: unknown, comment = '', relation?: string): MispAttribute {
    return {
      uuid: mispUuid(`${this.row.signalId}:${name}`),
      ...(relation ? { object_relation: relation } : {}),
      type,
      category: CATEGORY[type] ?? 'Other',
      value: String(value),
      to_ids: false,
      distribution: '5',
      timestamp: this.timestamp,
      comment,
      deleted: false,
      disable_correlation: false,
    };
  }

  /** A misp-object of a template; `attrs` are [relation, type, value] with empty values left out. */
  object(name: string, template: Template, attrs: [string, string, unknown][], comment = ''): MispObject {
    const t = TEMPLATES[template];
    const o: MispObject = {
      name: template,
      'meta-category': t.meta,
      description: t.description,
      template_uuid: t.uuid,
      template_version: String(t.version),
      uuid: mispUuid(`${this.row.signalId}:${name}`),
      timestamp: this.timestamp,
      distribution: '5',
      sharing_group_id: '0',
      comment,
      deleted: false,
      Attribute: attrs
        .filter(([, , v]) => v !== undefined && v !== null && v !== '')
        .map(([relation, type, value], i) => this.attribute(`${name}:${relation}:${i}`, type, value, '', relation)),
    };
    this.objects.push(o);
    return o;
  }

  build(): MispObject {
    const s = this.row.signal;
    const sid = this.row.signalId;
    const refs: string[] = [];
    const subjects = Array.isArray(s.subjects) ? (s.subjects as Record<string, unknown>[]) : [];
    subjects.forEach((subj, i) => {
      const role = subj.role ? String(subj.role) : undefined;
      const name = `subject:${i}`;
      const comment = role ? `Subject of the signal, role: ${role}` : 'Subject of the signal';
      switch (subj.kind) {
        case 'person': {
          const docs = (subj.documents as Record<string, unknown>[] | undefined) ?? [];
          const passport = docs.find((d) => d.type === 'passport');
          const idCard = docs.find((d) => d.type === 'identity-card');
          const others = docs.filter((d) => d !== passport && d !== idCard);
          refs.push(
            this.object(
              name,
              'person',
              [
                ['last-name', 'last-name', subj.familyName],
                ['first-name', 'first-name', subj.givenNames],
                ['full-name', 'full-name', [subj.givenNames, subj.familyName].filter(Boolean).join(' ')],
                ['date-of-birth', 'date-of-birth', subj.birthDate],
                ['place-of-birth', 'place-of-birth', subj.birthPlace],
                ...((subj.nationalities as string[] | undefined) ?? []).map((n): [string, string, unknown] => [
                  'nationality',
                  'nationality',
                  n,
                ]),
                ['passport-number', 'passport-number', passport?.number],
                ['passport-country', 'passport-country', passport?.issuingCountry],
                ['passport-expiration', 'passport-expiration', passport?.expiresOn],
                ['identity-card-number', 'identity-card-number', idCard?.number],
                ['role', 'text', role],
                [
                  'text',
                  'text',
                  others.map((d) => `${String(d.type)} ${String(d.number)} (${String(d.issuingCountry)})`).join('; ') ||
                    (idCard ? `identity card issued by ${String(idCard.issuingCountry)}` : undefined),
                ],
              ],
              comment,
            ).uuid,
          );
          break;
        }
        case 'organisation':
          refs.push(
            this.object(
              name,
              'organization',
              [
                ['name', 'text', subj.name],
                ['registration-number', 'text', subj.registrationNumber],
                ['description', 'text', subj.country ? `Country: ${String(subj.country)}` : undefined],
                ['role', 'text', role],
              ],
              comment,
            ).uuid,
          );
          break;
        case 'vehicle':
          refs.push(
            this.object(
              name,
              'vehicle',
              [
                ['license-plate-number', 'text', subj.plate],
                ['description', 'text', [`Registered in ${String(subj.registrationCountry)}`, subj.description].filter(Boolean).join('. ')],
              ],
              comment,
            ).uuid,
          );
          break;
        case 'vessel':
          refs.push(
            this.object(
              name,
              'ftm-Vessel',
              [
                ['name', 'text', subj.name ?? `IMO ${String(subj.imo)}`],
                ['imoNumber', 'text', subj.imo],
                ['flag', 'text', subj.flag],
              ],
              comment,
            ).uuid,
          );
          break;
        case 'aircraft':
          refs.push(
            this.object(
              name,
              'ftm-Airplane',
              [
                ['name', 'text', subj.registration],
                ['registrationNumber', 'text', subj.registration],
                ['notes', 'text', subj.operator ? `Operator: ${String(subj.operator)}` : undefined],
              ],
              comment,
            ).uuid,
          );
          break;
        case 'phone':
          refs.push(this.object(name, 'phone-number', [['phone-number', 'phone-number', subj.number]], comment).uuid);
          break;
        case 'iban':
          refs.push(
            this.object(
              name,
              'bank-account',
              [
                ['iban', 'iban', subj.iban],
                ['swift', 'bic', subj.bic],
                ['account-name', 'text', subj.holder],
              ],
              comment,
            ).uuid,
          );
          break;
        case 'crypto': {
          const network = String(subj.network);
          const address: [string, string, unknown] =
            network === 'bitcoin'
              ? ['address', 'btc', subj.address]
              : network === 'monero'
                ? ['address-xmr', 'xmr', subj.address]
                : ['address-crypto', 'text', subj.address];
          refs.push(
            this.object(
              name,
              'coin-address',
              [address, ['symbol', 'text', CRYPTO_SYMBOL[network]], ['text', 'text', `Network: ${network}`]],
              comment,
            ).uuid,
          );
          break;
        }
        case 'email': {
          const a = this.attribute(name, 'email', subj.address, comment);
          this.attributes.push(a);
          refs.push(a.uuid);
          break;
        }
        default: {
          // A container (ISO 6346): MISP has no template for one.
          const details = [
            subj.billOfLading ? `bill of lading ${String(subj.billOfLading)}` : '',
            subj.portOfLoading ? `loaded at ${String(subj.portOfLoading)}` : '',
          ].filter(Boolean);
          const a = this.attribute(
            name,
            'text',
            subj.containerNumber ?? subj.kind,
            `${String(subj.kind)}${details.length ? ` (${details.join(', ')})` : ''}; ${comment}`,
          );
          this.attributes.push(a);
          refs.push(a.uuid);
        }
      }
    });

    const loc = s.location as Record<string, unknown> | undefined;
    if (loc) {
      const both = typeof loc.latitude === 'number' && typeof loc.longitude === 'number';
      refs.push(
        this.object(
          'location',
          'geolocation',
          [
            ['countrycode', 'text', loc.country],
            ['address', 'text', loc.place],
            ['latitude', 'float', both ? loc.latitude : undefined],
            ['longitude', 'float', both ? loc.longitude : undefined],
          ],
          'Where it was observed',
        ).uuid,
      );
    }

    ((s.sourceDocuments as Record<string, unknown>[] | undefined) ?? []).forEach((d, i) => {
      refs.push(
        this.object(
          `document:${i}`,
          'file',
          [
            ['sha256', 'sha256', d.sha256],
            ['filename', 'filename', d.title],
            ['mimetype', 'mime-type', d.mediaType],
          ],
          'Source document (its digest; the document stays with the agency)',
        ).uuid,
      );
    });

    for (const ind of (s.indicators as Record<string, unknown>[] | undefined) ?? []) {
      const code = String(ind.code);
      const a = this.attribute(
        `indicator:${code}`,
        'text',
        this.labels.get(code) ?? code,
        `Catalogue indicator ${code}, reported with ${String(ind.confidence)} confidence`,
      );
      this.attributes.push(a);
      refs.push(a.uuid);
    }

    const ev = (s.evaluation as Record<string, unknown> | undefined) ?? {};
    const context = this.object(
      'context',
      'annotation',
      [
        ['type', 'text', 'Source evaluation, urgency, handling and assessment'],
        [
          'text',
          'text',
          `Source ${String(ev.sourceReliability)}, information ${String(ev.informationAccuracy)}. Urgency ${String(s.urgency)}, due ` +
            `${this.row.dueAt.toISOString()}. Classification ${String(s.classification).toUpperCase()}, handling ${String(s.handling)}. ` +
            `Legal basis: ${String(s.legalBasis)}. Retain until ${String(s.retentionUntil)}.` +
            (this.row.outcome ? ` Assessed ${this.row.outcome} at ${this.row.assessedAt!.toISOString()}.` : ' Not assessed yet.'),
        ],
      ],
      'Passerelle context',
    );

    const report = this.object(
      'report',
      'report',
      [
        ['title', 'text', `${String(s.category)} signal from ${this.row.agency}`],
        ['summary', 'text', s.summary],
        ['case-number', 'text', sid],
        ['type', 'text', String(s.category)],
      ],
      `Signal ${sid} (${this.row.agency} reference ${String(s.externalRef)})`,
    );
    report.ObjectReference = [...refs, context.uuid].map((target) => ({
      uuid: mispUuid(`${sid}:ref:${target}`),
      object_uuid: report.uuid,
      referenced_uuid: target,
      relationship_type: 'mentions',
      timestamp: this.timestamp,
      comment: '',
      deleted: false,
    }));
    return report;
  }
}

const max = (order: readonly string[], values: string[]) => order[Math.max(...values.map((v) => order.indexOf(v)))];
const latest = (rows: StixSignalInput[]) =>
  new Date(Math.max(...rows.map((r) => Math.max(r.receivedAt.getTime(), r.assessedAt?.getTime() ?? 0))));

/**
 * The event of one or more signals. The event's TLP and classification are the strictest of its
 * signals'; its threat level the most urgent; its analysis 2 (completed) when every signal is
 * assessed, 1 when some are, else 0. Distribution 0 (this organisation only): a signal is never
 * for onward sharing without its originator.
 */
function eventOf(
  name: string,
  info: string,
  orgc: string,
  rows: StixSignalInput[],
  labels: IndicatorLabels,
  links: ReadonlyMap<string, StixDossierLink>,
): MispEvent {
  const objects: MispObject[] = [];
  const attributes: MispAttribute[] = [];
  const tags = new Set<string>();
  const reports = new Map<string, MispObject>();
  for (const row of rows) {
    const parts = new SignalParts(row, labels);
    reports.set(row.signalId, parts.build());
    objects.push(...parts.objects);
    attributes.push(...parts.attributes);
    for (const t of signalTags(row)) tags.add(t);
  }
  // A dossier link, between two signals of the event: the later signal's report is related to the earlier's.
  for (const [signalId, link] of links) {
    const from = reports.get(signalId);
    const to = reports.get(link.linkedTo);
    if (!from || !to) continue;
    (from.ObjectReference as unknown[]).push({
      uuid: mispUuid(`${signalId}:dossier-link:${link.linkedTo}`),
      object_uuid: from.uuid,
      referenced_uuid: to.uuid,
      relationship_type: 'related-to',
      timestamp: from.timestamp,
      comment: `Same dossier: shares a ${link.keyType} subject key (${link.keyDigest})`,
      deleted: false,
    });
  }
  // One TLP and one classification per event: the strictest.
  const tlp = max(
    TLP_ORDER,
    [...tags].filter((t) => t.startsWith('tlp:')),
  );
  const classification = max(
    CLASSIFICATION_ORDER,
    rows.map((r) => String(r.signal.classification)),
  );
  const single = [...tags].filter((t) => !t.startsWith('tlp:') && !t.startsWith('passerelle:classification='));
  const assessed = rows.filter((r) => r.outcome).length;
  const observed = rows.map((r) => String(r.signal.observedAt)).sort()[0];
  const exercise = rows.some((r) => r.signal.exercise === true);
  return {
    Event: {
      uuid: mispUuid(name),
      info: exercise ? `EXERCISE: ${info}` : info,
      date: observed.slice(0, 10),
      threat_level_id: String(Math.min(...rows.map((r) => THREAT_LEVEL[String(r.signal.urgency)] ?? 4))),
      analysis: assessed === rows.length ? '2' : assessed > 0 ? '1' : '0',
      distribution: '0',
      sharing_group_id: '0',
      published: false,
      timestamp: epoch(latest(rows)),
      Orgc: { name: orgc, uuid: mispUuid(`org:${orgc}`) },
      Tag: [tlp, tag('passerelle', 'classification', classification), ...single.sort()].map((name) => ({ name })),
      Attribute: attributes,
      Object: objects,
    },
  };
}

/** One signal as a MISP event, created by its agency. */
export function signalToMisp(row: StixSignalInput, labels: IndicatorLabels): MispEvent {
  return eventOf(
    `signal:${row.signalId}`,
    `${String(row.signal.category)} signal from ${row.agency}`,
    row.agency,
    [row],
    labels,
    new Map(),
  );
}

/** The signals of a dossier the reader may see as one MISP event, created by the intake, with their links. */
export function dossierToMisp(
  dossierId: string,
  rows: StixSignalInput[],
  labels: IndicatorLabels,
  links: ReadonlyMap<string, StixDossierLink>,
): MispEvent {
  const agencies = [...new Set(rows.map((r) => r.agency))].sort();
  return eventOf(
    `dossier:${dossierId}`,
    `Dossier ${dossierId}: ${rows.length} signal(s) from ${agencies.join(', ')}`,
    'passerelle',
    rows,
    labels,
    links,
  );
}
