import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

/*
 * A signal as STIX 2.1 objects (docs/interoperability.md has the table, one row per field). A pure
 * function of what the analyst may see: the stored signal, its place in the intake, and the dossier
 * link computed over the signals the reader may see. Nothing here reads a clock or a database, so
 * the same signal always gives the same objects and the same ids.
 */

/** STIX 2.1 §2.9: the namespace of every SCO's deterministic (UUIDv5) id. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Passerelle's own namespace for the deterministic ids of the SDOs, SROs and markings it derives. */
export const PASSERELLE_NAMESPACE = '3f6a1c52-8a9e-4d67-b1f2-7c0e5d4a9b10';

/** The TLP 2.0 marking definitions, by the ids the OASIS TLP 2.0 extension gives them. */
export const TLP2 = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  amberStrict: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
} as const;

/** When the objects that describe Passerelle itself (its identity, its extension definitions) were made. */
export const PASSERELLE_OBJECTS_CREATED = '2026-12-01T00:00:00.000Z';

/** RFC 4122 §4.3 name-based UUID (version 5, SHA-1). */
export function uuidv5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** An SDO/SRO/marking id of ours: the type and a UUIDv5 of `name` in Passerelle's namespace. */
export const ourId = (type: string, name: string) => `${type}--${uuidv5(name, PASSERELLE_NAMESPACE)}`;

/** An SCO id as STIX §2.9 prescribes: UUIDv5 of the JCS-canonical ID-contributing properties. */
export function scoId(type: string, contributing: Record<string, unknown>): string {
  return `${type}--${uuidv5(canonicalize(contributing)!, STIX_SCO_NAMESPACE)}`;
}

export const PASSERELLE_IDENTITY = ourId('identity', 'passerelle');
/** The new SDO `x-passerelle-subject`: vehicles, vessels, aircraft, containers, phones, IBANs and wallets. */
export const SUBJECT_EXTENSION = ourId('extension-definition', 'x-passerelle-subject');
/** The property extension holding what STIX has no property for (the signal's context, a person's details). */
export const CONTEXT_EXTENSION = ourId('extension-definition', 'passerelle-context');
/** The collection of a feed: its TAXII id. */
export const collectionId = (feed: string) => uuidv5(`collection:${feed}`, PASSERELLE_NAMESPACE);

export type StixObject = Record<string, unknown> & { type: string; id: string };

/** What the mapping reads of a stored signal: the intake's row, as the feed API gives it. */
export interface StixSignalInput {
  signalId: string;
  agency: string;
  dossierId: string | null;
  receivedAt: Date;
  dueAt: Date;
  outcome: string | null;
  assessedAt: Date | null;
  /** The submission as stored (libs/contracts SignalSubmission). */
  signal: Record<string, unknown>;
}

/** The dossier link the reader may see (dossiers/dossier-links.ts), when the signal has one. */
export interface StixDossierLink {
  linkedTo: string;
  keyType: string;
  keyDigest: string;
}

/** Indicator code → its label in the catalogue. */
export type IndicatorLabels = ReadonlyMap<string, string>;

const ADMIRALTY_SOURCE: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  X: 'cannot be judged',
};
const ADMIRALTY_INFO: Record<string, string> = {
  '1': 'known to be true without reservation',
  '2': 'known personally to the source',
  '3': 'not known personally, corroborated',
  '4': 'cannot be judged',
};
const HANDLING: Record<string, string> = {
  H1: 'may be passed on to services that need it',
  H2: 'not to be passed on without the originator’s consent',
  H3: 'other restrictions, stated in the summary',
};
/** STIX 2.1 Appendix A: Low/Med/High → 15/50/85. */
const CONFIDENCE: Record<string, number> = { low: 15, medium: 50, high: 85 };

/**
 * The TLP of a signal: its handling code decides (H1 → AMBER, or GREEN when unclassified; H2 →
 * AMBER+STRICT; H3 → RED). Nothing is CLEAR: no signal is for public disclosure.
 */
export function tlpOf(classification: string, handling: string): string {
  if (handling === 'H3') return TLP2.red;
  if (handling === 'H2') return TLP2.amberStrict;
  return classification === 'unclassified' ? TLP2.green : TLP2.amber;
}

/** A STIX timestamp (UTC, millisecond precision) from an ISO string or a Date. */
export function stixTime(t: string | Date): string {
  return (t instanceof Date ? t : new Date(t)).toISOString();
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The subject's fields other than `kind`, in snake_case (STIX property names), objects included. */
function snakeProps(o: Record<string, unknown>, skip: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (skip.includes(k) || v === undefined || v === null) continue;
    out[snake(k)] =
      Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null) ? v.map((x) => snakeProps(x as Record<string, unknown>)) : v;
  }
  return out;
}

function subjectName(s: Record<string, unknown>): string {
  switch (s.kind) {
    case 'vehicle':
      return `${s.plate} (${s.registrationCountry})`;
    case 'vessel':
      return s.name ? `${s.name} (IMO ${s.imo})` : `IMO ${s.imo}`;
    case 'aircraft':
      return String(s.registration);
    case 'container':
      return String(s.containerNumber);
    case 'phone':
      return String(s.number);
    case 'iban':
      return String(s.iban);
    case 'crypto':
      return `${s.network}:${s.address}`;
    default:
      return String(s.kind);
  }
}

/**
 * The objects Passerelle publishes once, before any signal: its identity (the extension
 * definitions' author) and the two extension definitions the signals' objects use.
 */
export function passerelleObjects(): StixObject[] {
  const common = {
    spec_version: '2.1',
    created: PASSERELLE_OBJECTS_CREATED,
    modified: PASSERELLE_OBJECTS_CREATED,
  };
  return [
    {
      type: 'identity',
      id: PASSERELLE_IDENTITY,
      ...common,
      name: 'Passerelle',
      identity_class: 'system',
      description: 'The information-sharing pipeline that maps agency signals to STIX 2.1 (docs/interoperability.md).',
    },
    {
      type: 'extension-definition',
      id: SUBJECT_EXTENSION,
      ...common,
      created_by_ref: PASSERELLE_IDENTITY,
      name: 'x-passerelle-subject',
      description:
        'A subject of a signal that STIX 2.1 has no object for: a vehicle, vessel, aircraft, container, phone number, IBAN or ' +
        'crypto-currency address. `kind` names which; the other properties are the submission’s fields of that kind, in snake_case.',
      schema: 'https://passerelle.invalid/docs/interoperability.md#x-passerelle-subject',
      version: '1.0.0',
      extension_types: ['new-sdo'],
    },
    {
      type: 'extension-definition',
      id: CONTEXT_EXTENSION,
      ...common,
      created_by_ref: PASSERELLE_IDENTITY,
      name: 'passerelle-context',
      description:
        'Properties STIX 2.1 has none for: on a report, the signal’s agency, category, urgency, classification, handling, legal ' +
        'basis, retention, due date, dossier and assessment; on an identity, a person’s or organisation’s details.',
      schema: 'https://passerelle.invalid/docs/interoperability.md#passerelle-context',
      version: '1.0.0',
      extension_types: ['property-extension'],
    },
  ];
}

/**
 * One signal as STIX 2.1 objects, in a fixed order: its statement marking, its subjects, its
 * location, its source documents, its catalogue indicators, the report, the context note, and the
 * dossier link (a relationship to the report of the signal it is linked to) when the reader sees one.
 */
export function signalToStix(row: StixSignalInput, labels: IndicatorLabels, link: StixDossierLink | null = null): StixObject[] {
  const s = row.signal;
  const sid = row.signalId;
  const classification = String(s.classification);
  const handling = String(s.handling);
  const created = stixTime(row.receivedAt);
  const modified = row.assessedAt && row.assessedAt > row.receivedAt ? stixTime(row.assessedAt) : created;
  const statement = ourId('marking-definition', `${sid}:statement`);
  const markings = [tlpOf(classification, handling), statement];
  const sdo = (type: string, name: string) => ({
    type,
    spec_version: '2.1',
    id: ourId(type, `${sid}:${name}`),
    created,
    modified: created,
    object_marking_refs: markings,
  });

  const out: StixObject[] = [
    {
      type: 'marking-definition',
      spec_version: '2.1',
      id: statement,
      created,
      name: `Classification ${classification.toUpperCase()}, handling ${handling}`,
      definition_type: 'statement',
      definition: {
        statement:
          `Classification: ${classification.toUpperCase()}. Handling ${handling}: ${HANDLING[handling] ?? handling}. ` +
          `Legal basis: ${String(s.legalBasis)}. Retain until ${String(s.retentionUntil)}.`,
      },
    },
  ];
  const refs: string[] = [];

  const subjects = Array.isArray(s.subjects) ? (s.subjects as Record<string, unknown>[]) : [];
  subjects.forEach((subj, i) => {
    let o: StixObject;
    if (subj.kind === 'person' || subj.kind === 'organisation') {
      const person = subj.kind === 'person';
      o = {
        ...sdo('identity', `subject:${i}`),
        name: person ? [subj.givenNames, subj.familyName].filter(Boolean).join(' ') : String(subj.name),
        identity_class: person ? 'individual' : 'organization',
        ...(subj.role ? { roles: [String(subj.role)] } : {}),
        extensions: { [CONTEXT_EXTENSION]: { extension_type: 'property-extension', ...snakeProps(subj, ['role']) } },
      };
    } else if (subj.kind === 'email') {
      // STIX's own SCO, its id derived as §2.9 says (the same address gives the same id everywhere).
      o = {
        type: 'email-addr',
        spec_version: '2.1',
        id: scoId('email-addr', { value: subj.address }),
        value: String(subj.address),
        object_marking_refs: markings,
      };
    } else {
      o = {
        ...sdo('x-passerelle-subject', `subject:${i}`),
        name: subjectName(subj),
        ...snakeProps(subj),
        extensions: { [SUBJECT_EXTENSION]: { extension_type: 'new-sdo' } },
      };
    }
    out.push(o);
    refs.push(o.id);
  });

  const loc = s.location as Record<string, unknown> | undefined;
  if (loc) {
    const o: StixObject = {
      ...sdo('location', 'location'),
      country: String(loc.country),
      ...(loc.place ? { name: String(loc.place) } : {}),
      // STIX wants both or neither.
      ...(typeof loc.latitude === 'number' && typeof loc.longitude === 'number'
        ? { latitude: loc.latitude, longitude: loc.longitude }
        : {}),
    };
    out.push(o);
    refs.push(o.id);
  }

  for (const d of (s.sourceDocuments as Record<string, unknown>[] | undefined) ?? []) {
    const hashes = { 'SHA-256': String(d.sha256) };
    const o: StixObject = {
      type: 'file',
      spec_version: '2.1',
      id: scoId('file', { hashes, ...(d.title ? { name: String(d.title) } : {}) }),
      hashes,
      ...(d.title ? { name: String(d.title) } : {}),
      ...(d.mediaType ? { mime_type: String(d.mediaType) } : {}),
      object_marking_refs: markings,
    };
    out.push(o);
    refs.push(o.id);
  }

  const observed = stixTime(String(s.observedAt));
  for (const ind of (s.indicators as Record<string, unknown>[] | undefined) ?? []) {
    const code = String(ind.code);
    const o: StixObject = {
      ...sdo('indicator', `indicator:${code}`),
      name: labels.get(code) ?? code,
      description: `Catalogue indicator ${code}, reported with ${String(ind.confidence)} confidence.`,
      indicator_types: ['anomalous-activity'],
      // A catalogue code is a behaviour an officer observed, not a pattern over observables.
      pattern_type: 'passerelle-catalogue',
      pattern: code,
      valid_from: observed,
      confidence: CONFIDENCE[String(ind.confidence)] ?? 50,
      labels: [code],
    };
    out.push(o);
    refs.push(o.id);
  }

  const report = ourId('report', sid);
  const ev = (s.evaluation as Record<string, unknown> | undefined) ?? {};
  const context = {
    extension_type: 'property-extension',
    signal_id: sid,
    agency: row.agency,
    category: s.category,
    urgency: s.urgency,
    classification,
    handling,
    legal_basis: s.legalBasis,
    retention_until: s.retentionUntil,
    observed_at: observed,
    due_at: stixTime(row.dueAt),
    ...(row.dossierId ? { dossier_id: row.dossierId } : {}),
    ...(s.supplements ? { supplements: s.supplements } : {}),
    ...(row.outcome ? { assessment: { outcome: row.outcome, assessed_at: stixTime(row.assessedAt!) } } : {}),
  };
  out.push({
    type: 'report',
    spec_version: '2.1',
    id: report,
    created,
    modified,
    name: `${s.exercise === true ? 'EXERCISE: ' : ''}${String(s.category)} signal from ${row.agency}`,
    description: String(s.summary),
    report_types: ['threat-report'],
    published: created,
    // A report needs at least one object; a signal has at least one subject, so refs is never empty.
    // The context note is among them: a consumer that imports report by report (MISP's misp-stix
    // does) then takes the note with its report instead of meeting it as a stray object.
    object_refs: [...(refs.length ? refs : [statement]), ourId('note', `${sid}:context`)],
    // An exercise is labelled as one (docs/exercises.md): a consumer must never take it for a real report.
    labels: s.exercise === true ? [String(s.category), 'exercise'] : [String(s.category)],
    external_references: [
      { source_name: 'passerelle', external_id: sid },
      { source_name: row.agency, external_id: String(s.externalRef) },
    ],
    object_marking_refs: markings,
    extensions: { [CONTEXT_EXTENSION]: context },
  });

  out.push({
    ...sdo('note', 'context'),
    modified,
    abstract: 'Source evaluation, urgency and handling',
    content:
      `Source ${String(ev.sourceReliability)} (${ADMIRALTY_SOURCE[String(ev.sourceReliability)] ?? '?'}), information ` +
      `${String(ev.informationAccuracy)} (${ADMIRALTY_INFO[String(ev.informationAccuracy)] ?? '?'}): ` +
      `${String(ev.sourceReliability)}${String(ev.informationAccuracy)}. Urgency ${String(s.urgency)}, due ${stixTime(row.dueAt)}. ` +
      `Handling ${handling}: ${HANDLING[handling] ?? handling}.` +
      (row.outcome ? ` Assessed ${row.outcome} at ${stixTime(row.assessedAt!)}.` : ' Not assessed yet.'),
    authors: [row.agency],
    object_refs: [report],
  });

  if (link) {
    out.push({
      ...sdo('relationship', `dossier-link:${link.linkedTo}`),
      relationship_type: 'related-to',
      source_ref: report,
      target_ref: ourId('report', link.linkedTo),
      description: `Same dossier: shares a ${link.keyType} subject key (${link.keyDigest}) with the earlier signal.`,
    });
  }
  return out;
}

/** TAXII's `version` of an object: its `modified`, else its `created`, else when it was added. */
export function versionOf(o: StixObject, dateAdded: string): string {
  return (o.modified as string | undefined) ?? (o.created as string | undefined) ?? dateAdded;
}
