import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
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

export const CLASSIFICATIONS = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
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
const TEXT_MSG = { message: '$property must not contain control characters' };

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
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 \-/.]*$/, { message: 'number may hold letters, digits, spaces, - / . only' })
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
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 \-.]*$/, { message: 'plate may hold letters, digits, spaces, - and . only' })
  plate!: string;
  @IsISO31661Alpha2({ message: `registrationCountry must be ${COUNTRY}` }) registrationCountry!: string;
  @Optional() @Matches(/^[A-HJ-NPR-Z0-9]{17}$/, { message: 'vin must be 17 characters, letters (no I, O, Q) and digits' }) vin?: string;
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
  @Matches(/^[A-Z0-9]{1,3}-?[A-Z0-9]{1,6}$/, { message: 'registration must be an aircraft registration such as OO-ABC' })
  registration!: string;
  @Optional() @Matches(/^[0-9a-fA-F]{6}$/, { message: 'icao24 must be 6 hexadecimal digits' }) icao24?: string;
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
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'number must be an E.164 phone number such as +32470123456' }) number!: string;
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
  @Optional() @Matches(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { message: 'bic must be an 8 or 11 character BIC' }) bic?: string;
  @Optional() @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) holder?: string;
}

export class CryptoSubject {
  @IsIn(['crypto']) kind!: 'crypto';
  @Optional() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) role?: string;
  @IsIn(CRYPTO_NETWORKS) network!: (typeof CRYPTO_NETWORKS)[number];
  @Matches(/^[A-Za-z0-9:]{20,120}$/, { message: 'address must be 20 to 120 letters and digits' }) address!: string;
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
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hexadecimal digits' }) sha256!: string;
  @Optional() @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) title?: string;
  @Optional()
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, { message: 'mediaType must be a media type such as application/pdf' })
  @Length(3, 100)
  mediaType?: string;
}

/** A signal as a point of contact submits it: the HTTP body, or what an agency produces on its topic. */
export class SignalSubmission {
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, { message: 'externalRef may hold letters, digits and . _ : / - only' })
  @JSONSchema({ description: "The agency's own reference: unique per agency, the idempotency key." })
  externalRef!: string;

  @IsTaxonomyCode()
  @JSONSchema({ description: 'Taxonomy code (libs/contracts/data/taxonomy.v1.json), e.g. terrorism.travel.' })
  category!: string;

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
}

/** Payload on `signals.<agency>.submitted.v1` when the gateway publishes it. */
export class SignalSubmittedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() signalId!: string;
  @IsString() @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsObject() @ValidateNested() @Type(() => SignalSubmission) signal!: SignalSubmission;
}

/** Body of `POST /v1/signals/batch`. */
export class SignalBatch {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) signals!: unknown[];
}

export class MatchedKeyReference {
  @IsString() type!: string;
  @Matches(/^[0-9a-f]{32}$/) digest!: string;
}

/** Payload on `signals.routed.v1`: why a signal went where it went. */
export class SignalRoutedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsString() @Length(1, 100) correlationId!: string;
  @IsIn(['new', 'duplicate-ref', 'duplicate-content']) verdict!: 'new' | 'duplicate-ref' | 'duplicate-content';
  @IsString() @Length(1, 100) ruleId!: string;
  @IsNumber() ruleVersion!: number;
  @IsArray() @IsString({ each: true }) destinations!: string[];
  /** Which subject key linked the signal to an existing correlation: its kind and a digest, not the key. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MatchedKeyReference) matchedKey?: MatchedKeyReference;
  /** For a duplicate: the signal it repeats. */
  @IsOptional() @IsString() duplicateOf?: string;
}

/** Payload on `feeds.<feed>.v1`: what an analyst's feed receives. */
export class FeedSignalEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsString() @Length(2, 40) feed!: string;
  @IsString() @Length(1, 100) correlationId!: string;
  @IsString() @Length(1, 100) ruleId!: string;
  @IsNumber() ruleVersion!: number;
  /** Which subject key linked the signal to an existing dossier (kind and digest), when one did. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MatchedKeyReference) matchedKey?: MatchedKeyReference;
  @IsObject() @ValidateNested() @Type(() => SignalSubmission) signal!: SignalSubmission;
}

export class RejectionReason {
  @IsString() path!: string;
  @IsString() reason!: string;
}

/** Payload on `signals.rejected.v1`. `signalId` is what the message claimed, when it was readable. */
export class SignalRejectedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsOptional() @IsString() signalId!: string | null;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsOptional() @IsString() agency!: string | null;
  @IsString() topic!: string;
  @IsNumber() partition!: number;
  @IsString() offset!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => RejectionReason) reasons!: RejectionReason[];
}

export const FEEDBACK_STATUSES = ['routed', 'duplicate', 'rejected', 'delivered', 'assessed'] as const;

/** Payload on `feedback.<agency>.v1`: a receipt update or an analyst's feedback for the source. */
export class FeedbackEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(FEEDBACK_STATUSES) status!: (typeof FEEDBACK_STATUSES)[number];
  @IsOptional() @IsObject() detail?: Record<string, unknown>;
}

/** What an access record reports: a read (the default when absent) or a refused attempt. */
export const ACCESS_OUTCOMES = ['read', 'denied'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];
/** The answers a refused attempt got. */
export const ACCESS_DENIED_STATUSES = [401, 403, 404] as const;
/**
 * Why an attempt was refused, as a code: no usable key, a key nobody holds, a role the endpoint is
 * not for, another refusal (need-to-know), nothing the caller may see there, or no such route.
 */
export const ACCESS_DENIAL_REASONS = ['no-key', 'unknown-key', 'role', 'forbidden', 'not-found', 'no-route'] as const;
export type AccessDenialReason = (typeof ACCESS_DENIAL_REASONS)[number];

const denied = (e: AccessRecordedEvent): boolean => e.outcome === 'denied';
const deniedOnce = (e: AccessRecordedEvent): boolean => e.outcome === 'denied' && e.count === undefined;
const counted = (e: AccessRecordedEvent): boolean => e.count !== undefined;

/**
 * Payload on `access.recorded.v1`. Outcome `read` (or absent, as before): one read through an API —
 * of signal content (`signalId`), or of statistics or principals (`resourceId`: the principal read).
 * Outcome `denied`: one refused attempt (401, 403 or 404 on a protected resource) with its status,
 * reason and source; or, once a source went past its threshold in a window, one record of how many
 * further attempts it made there (`count`, `windowStart`, `windowEnd`, `byStatus`, `byEndpoint`).
 * Never the API key, a request body or a query value.
 */
export class AccessRecordedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  /** Absent only for a refused attempt whose key named nobody (401). */
  @ValidateIf((e: AccessRecordedEvent) => !denied(e) || e.principalId !== undefined) @IsUUID() principalId?: string;
  @ValidateIf((e: AccessRecordedEvent) => !denied(e) || e.principalName !== undefined) @IsString() principalName?: string;
  @ValidateIf((e: AccessRecordedEvent) => !denied(e) || e.role !== undefined) @IsString() role?: string;
  /** Method and route pattern, e.g. `GET /v1/signals/{id}`; `GET (no route)` when nothing matched; `*` for a count. */
  @IsString() @Length(1, 200) endpoint!: string;
  @IsOptional() @IsString() signalId?: string;
  /** The agency that submitted the signal that was read. */
  @IsOptional() @IsString() agency?: string;
  @IsOptional() @IsString() traceId?: string;
  @IsOptional() @IsIn(ACCESS_OUTCOMES) outcome?: AccessOutcome;
  /** The id the request named (a principal read, a signal probed): an id or a code, else `sha256:<16 hex>` of it. */
  @IsOptional() @IsString() @Length(1, 120) resourceId?: string;
  @ValidateIf(deniedOnce) @IsIn(ACCESS_DENIED_STATUSES) status?: number;
  @ValidateIf(deniedOnce) @IsIn(ACCESS_DENIAL_REASONS) reason?: AccessDenialReason;
  /**
   * Who tried: `principal:<id>`, or `address:<16 hex>` (a digest of the client address) when no key
   * named anybody; `several` for a count over sources beyond what one instance tracks at once.
   */
  @ValidateIf(denied) @Matches(/^(principal:[0-9a-f-]{36}|address:[0-9a-f]{16}|several)$/) source?: string;
  /** Attempts of `source` in [windowStart, windowEnd) beyond the ones recorded one by one. */
  @IsOptional() @IsInt() @Min(1) count?: number;
  @ValidateIf(counted) @IsISO8601({ strict: true }) windowStart?: string;
  @ValidateIf(counted) @IsISO8601({ strict: true }) windowEnd?: string;
  /** For a count: attempts by status (`"401"` → n). */
  @ValidateIf(counted) @IsObject() byStatus?: Record<string, number>;
  /** For a count: attempts by endpoint (at most 20 endpoints; the rest under `other`). */
  @ValidateIf(counted) @IsObject() byEndpoint?: Record<string, number>;
}

/** A change, or the life of a request for one that needs a second security officer's approval. */
export const PRINCIPAL_CHANGES = [
  'created',
  'updated',
  'revoked',
  'key-rotated',
  'change-requested',
  'change-approved',
  'change-refused',
  'change-expired',
] as const;

/** Payload on `identity.principals.changed.v1`: a security officer's change to a principal. */
export class PrincipalChangedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() principalId!: string;
  @IsString() principalName!: string;
  @IsIn(PRINCIPAL_CHANGES) change!: (typeof PRINCIPAL_CHANGES)[number];
  /** Who made the change (a security officer's principal id, or `cli:<user>`). */
  @IsString() changedBy!: string;
  /** The attributes after the change (role, agency, clearance, clearanceExpiresAt, feeds); never the key. */
  @IsObject() attributes!: Record<string, unknown>;
  @IsOptional() @Matches(/^[0-9a-f]{32}$/) traceId?: string;
}
