import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { keyed } from './message-keys';
import {
  IsAccreditedClassification,
  IsCalendarDate,
  IsContainerNumber,
  IsIban,
  IsImoNumber,
  IsIndicatorCode,
  IsPastInstant,
  IsRetentionDate,
  IsTaxonomyCode,
} from './validators';
import { PERSON_KEY_KINDS, PersonKeyKind } from './subject-normalisation';
import { INT4_MAX } from './number-bounds';
import { CLASSIFICATIONS, type Classification } from './classification';

/*
 * A signal as an agency submits it: `SignalSubmission` and its parts (subjects, indicators,
 * evaluation, location, source documents). The events that carry it are in `events/`.
 */

export {
  CLASSIFICATION_LEVELS,
  CLASSIFICATIONS,
  CLASSIFICATIONS_SQL,
  classificationRank,
  RANK_WITHOUT_CLEARANCE,
  type Classification,
} from './classification';
export const URGENCIES = ['immediate', 'priority', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'X'] as const;
export const INFORMATION_ACCURACY = [1, 2, 3, 4] as const;
export const HANDLING_CODES = ['H1', 'H2', 'H3'] as const;
export const CONFIDENCE = ['low', 'medium', 'high'] as const;
export const DOCUMENT_TYPES = ['passport', 'identity-card', 'residence-permit', 'visa', 'driving-licence', 'travel-document'] as const;
export const SUBJECT_KINDS = [
  'person',
  'organisation',
  'vehicle',
  'vessel',
  'aircraft',
  'container',
  'phone',
  'email',
  'iban',
  'crypto',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const CRYPTO_NETWORKS = ['bitcoin', 'ethereum', 'tron', 'monero', 'litecoin', 'other'] as const;

const COUNTRY = 'an ISO 3166-1 alpha-2 country code such as BE';
// eslint-disable-next-line no-control-regex -- the point of this pattern is to refuse control characters
const TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/; // no control characters but tab/newline
const TEXT_MSG = { message: '$property must not contain control characters', ...keyed('reason.format.control-characters') };

/**
 * An optional field of a submission is absent, never null: IsOptional would let `"givenNames": null`
 * through to code that reads every present field as a value (the router's correlation crashed on it).
 */
const Optional = () => ValidateIf((_object, value) => value !== undefined);

export class IdentityDocument {
  @IsIn(DOCUMENT_TYPES) type!: (typeof DOCUMENT_TYPES)[number];
  /** As printed; the router normalises it (case, spaces and dashes removed). */
  @IsString()
  @Length(3, 30)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 \-/.]*$/, {
    message: 'number may hold letters, digits, spaces, - / . only',
    ...keyed('reason.format.document-number'),
  })
  number!: string;
  @IsISO31661Alpha2({ message: `issuingCountry must be ${COUNTRY}` }) issuingCountry!: string;
  @Optional() @IsCalendarDate() expiresOn?: string;
}

/** A subject whose `kind` is not one of the known kinds; only ever fails validation. */
export class UnknownSubject {
  @IsIn(SUBJECT_KINDS, { message: `kind must be one of ${SUBJECT_KINDS.join(', ')}` }) kind!: string;
}

/*
 * Each subject class is flat and explicit (no shared base class): `kind` names the shape and `role`
 * is the subject's part in the observation, free text such as "traveller" or "consignee".
 */

export class PersonSubject {
  @IsIn(['person']) kind!: 'person';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) familyName!: string;
  @Optional() @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) givenNames?: string;
  @Optional() @IsCalendarDate({ notFuture: true, minYear: 1900 }) birthDate?: string;
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) birthPlace?: string;
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true, message: `each nationality must be ${COUNTRY}` })
  @JSONSchema(() => ({ type: 'array', maxItems: 5, uniqueItems: true, items: { type: 'string', pattern: '^[A-Z]{2}$' } }))
  nationalities?: string[];
  // IsObject each: ValidateNested descends into a nested array, so [[]] would otherwise pass.
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => IdentityDocument)
  documents?: IdentityDocument[];
}

export class OrganisationSubject {
  @IsIn(['organisation']) kind!: 'organisation';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) name!: string;
  @Optional() @IsString() @Length(2, 40) @Matches(/^[A-Za-z0-9 .\-/]+$/) registrationNumber?: string;
  @Optional() @IsISO31661Alpha2({ message: `country must be ${COUNTRY}` }) country?: string;
}

export class VehicleSubject {
  @IsIn(['vehicle']) kind!: 'vehicle';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsString()
  @Length(2, 15)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 \-.]*$/, {
    message: 'plate may hold letters, digits, spaces, - and . only',
    ...keyed('reason.format.plate'),
  })
  plate!: string;
  @IsISO31661Alpha2({ message: `registrationCountry must be ${COUNTRY}` }) registrationCountry!: string;
  @Optional()
  @Matches(/^[A-HJ-NPR-Z0-9]{17}$/, {
    message: 'vin must be 17 characters, letters (no I, O, Q) and digits',
    ...keyed('reason.format.vin'),
  })
  vin?: string;
  @Optional() @IsString() @Length(1, 60) @Matches(TEXT, TEXT_MSG) description?: string;
}

export class VesselSubject {
  @IsIn(['vessel']) kind!: 'vessel';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsImoNumber() imo!: string;
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) name?: string;
  @Optional() @IsISO31661Alpha2({ message: `flag must be ${COUNTRY}` }) flag?: string;
}

export class AircraftSubject {
  @IsIn(['aircraft']) kind!: 'aircraft';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @Matches(/^[A-Z0-9]{1,3}-?[A-Z0-9]{1,6}$/, {
    message: 'registration must be an aircraft registration such as OO-ABC',
    ...keyed('reason.format.aircraft-registration'),
  })
  registration!: string;
  @Optional()
  @Matches(/^[0-9a-fA-F]{6}$/, { message: 'icao24 must be 6 hexadecimal digits', ...keyed('reason.format.icao24') })
  icao24?: string;
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) operator?: string;
}

export class ContainerSubject {
  @IsIn(['container']) kind!: 'container';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsContainerNumber() containerNumber!: string;
  @Optional() @IsString() @Length(3, 40) @Matches(/^[A-Za-z0-9\-/]+$/) billOfLading?: string;
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) portOfLoading?: string;
}

export class PhoneSubject {
  @IsIn(['phone']) kind!: 'phone';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'number must be an E.164 phone number such as +32470123456', ...keyed('reason.format.phone') })
  number!: string;
}

export class EmailSubject {
  @IsIn(['email']) kind!: 'email';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsEmail({}, { message: 'address must be an e-mail address' }) @Length(3, 254) address!: string;
}

export class IbanSubject {
  @IsIn(['iban']) kind!: 'iban';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsIban() iban!: string;
  @Optional()
  @Matches(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { message: 'bic must be an 8 or 11 character BIC', ...keyed('reason.format.bic') })
  bic?: string;
  @Optional() @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) holder?: string;
}

export class CryptoSubject {
  @IsIn(['crypto']) kind!: 'crypto';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsIn(CRYPTO_NETWORKS) network!: (typeof CRYPTO_NETWORKS)[number];
  @Matches(/^[A-Za-z0-9:]{20,120}$/, { message: 'address must be 20 to 120 letters and digits', ...keyed('reason.format.crypto-address') })
  address!: string;
}

export type Subject =
  | PersonSubject
  | OrganisationSubject
  | VehicleSubject
  | VesselSubject
  | AircraftSubject
  | ContainerSubject
  | PhoneSubject
  | EmailSubject
  | IbanSubject
  | CryptoSubject;

export const SUBJECT_CLASSES: Record<SubjectKind, new () => Subject> = {
  person: PersonSubject,
  organisation: OrganisationSubject,
  vehicle: VehicleSubject,
  vessel: VesselSubject,
  aircraft: AircraftSubject,
  container: ContainerSubject,
  phone: PhoneSubject,
  email: EmailSubject,
  iban: IbanSubject,
  crypto: CryptoSubject,
};

export class IndicatorRef {
  @IsIndicatorCode() code!: string;
  @IsIn(CONFIDENCE) confidence!: (typeof CONFIDENCE)[number];
}

export class Evaluation {
  /** A completely reliable · B usually reliable · C fairly reliable · X cannot be judged. */
  @IsIn(SOURCE_RELIABILITY) sourceReliability!: (typeof SOURCE_RELIABILITY)[number];
  /** 1 known to be true · 2 known to the source personally · 3 not personally known, corroborated · 4 cannot be judged. */
  @IsIn(INFORMATION_ACCURACY) informationAccuracy!: (typeof INFORMATION_ACCURACY)[number];
}

export class Location {
  @IsISO31661Alpha2({ message: `country must be ${COUNTRY}` }) country!: string;
  @Optional() @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) place?: string;
  @Optional() @IsNumber() @IsLatitude() latitude?: number;
  @Optional() @IsNumber() @IsLongitude() longitude?: number;
}

export class SourceDocument {
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hexadecimal digits', ...keyed('reason.format.sha256') })
  sha256!: string;
  @Optional() @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) title?: string;
  @Optional()
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, {
    message: 'mediaType must be a media type such as application/pdf',
    ...keyed('reason.format.media-type'),
  })
  @Length(3, 100)
  mediaType?: string;
}

/**
 * A watchlist hit the agency reviewed and reports (docs/watchlists.md): the list and version it
 * matched, the token of the list entry (as the agency's matching computed it), and how it matched.
 * The intake links the signal to the list entry; the agency never learns more of the entry.
 */
export class WatchlistHit {
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: 'list must be a watchlist name', ...keyed('reason.format.watchlist') }) list!: string;
  /** A list version: at most 2147483647, what the intake's `int` columns hold (number-bounds.ts). */
  @IsInt() @Min(1) @Max(INT4_MAX) version!: number;
  @Matches(/^[A-Za-z0-9_-]{86}$/, {
    message: 'entryToken must be a watchlist token (86 base64url characters)',
    ...keyed('reason.format.watchlist-token'),
  })
  entryToken!: string;
  @IsIn(PERSON_KEY_KINDS) keyKind!: PersonKeyKind;
}

/** What a principal's name looks like (identity.principals.name): 2-100 letters, digits, ".", "_", "@" or "-". */
export const PRINCIPAL_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,99}$/;
/** The most principals one embargo may name. */
export const EMBARGO_MAX_PRINCIPALS = 10;

/**
 * An embargo: at OCAM, the signal is readable only by the principals named here (e.g. OCAM's
 * director) until one of them releases it; nobody else sees it, its existence or a dossier link
 * through it (docs/legal-basis.md, embargo). Each name must be an active analyst at OCAM.
 */
export class Embargo {
  @IsArray()
  @ArrayMinSize(1, { message: 'principals must name at least one OCAM principal' })
  @ArrayMaxSize(EMBARGO_MAX_PRINCIPALS)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(PRINCIPAL_NAME_PATTERN, {
    each: true,
    message: 'each of principals must be a principal name (letters, digits, . _ @ -)',
    ...keyed('reason.format.principal-name'),
  })
  @JSONSchema({
    description:
      'The OCAM principals (by name, e.g. the director) who alone may read the signal until one of them releases it. ' +
      'Each must be an active analyst at OCAM: an unknown name is refused (`unknown-principal`).',
    type: 'array',
    minItems: 1,
    maxItems: EMBARGO_MAX_PRINCIPALS,
    uniqueItems: true,
    items: { type: 'string', pattern: PRINCIPAL_NAME_PATTERN.source },
  })
  principals!: string[];
}

/**
 * Who a signal came through when a field officer drafted it (issue 29, item 6): the reporter and the
 * point of contact of the permanence cell who forwarded it to OCAM, by principal name. The gateway
 * sets it on forwarding a draft; a point of contact submitting directly does not send it.
 */
export class Provenance {
  @Matches(PRINCIPAL_NAME_PATTERN, {
    message: 'reportedBy must be a principal name (letters, digits, . _ @ -)',
    ...keyed('reason.format.principal-name'),
  })
  @Length(2, 100)
  reportedBy!: string;
  @Matches(PRINCIPAL_NAME_PATTERN, {
    message: 'forwardedBy must be a principal name (letters, digits, . _ @ -)',
    ...keyed('reason.format.principal-name'),
  })
  @Length(2, 100)
  forwardedBy!: string;
}

/** A signal as a point of contact submits it: the HTTP body, or what an agency produces on its topic. */
export class SignalSubmission {
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, {
    message: 'externalRef may hold letters, digits and . _ : / - only',
    ...keyed('reason.format.external-ref'),
  })
  @JSONSchema({ description: "The agency's own reference: unique per agency, the idempotency key." })
  externalRef!: string;

  @IsTaxonomyCode()
  @JSONSchema({ description: 'Taxonomy code (libs/contracts/data/taxonomy.v1.json), e.g. terrorism.travel.' })
  category!: string;

  /**
   * Further taxonomy codes the signal also falls under (a fraud that finances terrorism). A signal
   * all of whose categories are outside OCAM's remit is rejected `outside-remit` (docs/legal-basis.md).
   */
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsTaxonomyCode({ each: true })
  @JSONSchema({
    description:
      'Further taxonomy codes the signal also falls under, e.g. [terrorism.financing] for a fraud that finances terrorism. ' +
      "A signal none of whose categories is within OCAM's remit (taxonomy `ocamRemit`) is rejected with `outside-remit`.",
  })
  additionalCategories?: string[];

  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorRef)
  indicators?: IndicatorRef[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => UnknownSubject, {
    discriminator: { property: 'kind', subTypes: SUBJECT_KINDS.map((name) => ({ name, value: SUBJECT_CLASSES[name] })) },
    keepDiscriminatorProperty: true,
  })
  @JSONSchema({
    description: 'The people, organisations, vehicles … the signal is about, each tagged by kind.',
    items: { oneOf: SUBJECT_KINDS.map((k) => ({ $ref: `#/definitions/${SUBJECT_CLASSES[k].name}` })) },
  })
  subjects!: Subject[];

  @IsPastInstant() observedAt!: string;

  @Optional() @IsObject() @ValidateNested() @Type(() => Location) location?: Location;

  @IsString() @Length(1, 4000) @Matches(TEXT, TEXT_MSG) summary!: string;

  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => SourceDocument)
  sourceDocuments?: SourceDocument[];

  @IsAccreditedClassification() @JSONSchema({ enum: [...CLASSIFICATIONS] }) classification!: Classification;

  @IsObject() @ValidateNested() @Type(() => Evaluation) evaluation!: Evaluation;

  @IsIn(HANDLING_CODES) handling!: (typeof HANDLING_CODES)[number];

  @IsString() @Length(3, 300) @Matches(TEXT, TEXT_MSG) legalBasis!: string;

  /** Date at which the signal must be reviewed or erased. */
  @IsRetentionDate() retentionUntil!: string;

  @IsIn(URGENCIES) urgency!: Urgency;

  /**
   * The signal this one supplements — to answer an analyst's question about it, or to add what was
   * learnt since: the signalId of an earlier signal of the same agency.
   */
  @Optional()
  @IsUUID()
  @JSONSchema({
    description:
      "signalId of an earlier signal of your agency that this one supplements (e.g. the answer to an analyst's question about it).",
  })
  supplements?: string;

  /**
   * Restricts the signal at OCAM to the principals named (e.g. the director) until they release it:
   * the law lets a support service restrict information to OCAM's director (docs/legal-basis.md).
   */
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => Embargo)
  @JSONSchema({
    description:
      "Embargo: at OCAM the signal is readable only by the principals named (e.g. OCAM's director) until one of them releases it.",
  })
  embargo?: Embargo;

  /** Set when the signal reports a watchlist hit (see docs/watchlists.md). */
  @Optional() @IsObject() @ValidateNested() @Type(() => WatchlistHit) watchlistHit?: WatchlistHit;

  /** Set by the gateway when a point of contact forwards a reporter's draft (docs/reporters.md). */
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => Provenance)
  @JSONSchema({
    description:
      "Set by the agency gateway when a point of contact of the permanence cell forwards a field officer's draft: the reporter " +
      'and the forwarding point of contact, by principal name. A point of contact submitting over POST /v1/signals does not send it.',
  })
  provenance?: Provenance;
  /**
   * An exercise (a joint exercise with a port, an airport): routed to the exercise feed only, never
   * to a real feed, never correlated with real signals, counted in no figure, labelled wherever it
   * shows (docs/exercises.md). Optional, added in place: absent means a real signal.
   */
  @Optional()
  @IsBoolean()
  @JSONSchema({ description: 'true: an exercise — routed to the exercise feed only, counted in no figure, labelled everywhere.' })
  exercise?: boolean;
}
