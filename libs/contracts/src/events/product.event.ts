import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLASSIFICATIONS } from '../classification';
import { INT4_MAX } from '../number-bounds';
import { PRODUCT_KINDS, WITHHELD_REASONS } from '../products';
import { SealedContent } from './sealed-content';

const CODE = /^[a-z][a-z0-9-]{1,59}$/;

// The classes repeat their facts rather than extend a common class: the JSON Schemas are generated
// per class, without inheritance (as feedback.event.ts).

/**
 * Payload on `products.<agency>.v1`: an OCAM product disseminated to one agency. The facts a POC's
 * filter needs (kind, level, codes) are in clear; the content (title, body, handling, legal basis,
 * the links to the agency's own signals) is sealed with the product's data key (`sealed.keyId` is
 * the product id), bound to this topic, product and event. Only the agency's gateway opens it (the
 * gateway opens it into {@link ProductEvent}); deleting the key shreds every copy on Kafka.
 */
export class SealedProductEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() productId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(PRODUCT_KINDS) kind!: (typeof PRODUCT_KINDS)[number];
  @IsInt() @Min(1) @Max(4) level!: number;
  @IsIn(CLASSIFICATIONS) classification!: (typeof CLASSIFICATIONS)[number];
  @IsArray() @ArrayMaxSize(20) @Matches(CODE, { each: true }) competences!: string[];
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 80, { each: true }) categories!: string[];
  @IsArray() @ArrayMaxSize(30) @Matches(CODE, { each: true }) regions!: string[];
  /** When an RFI's answer is due. */
  @IsOptional() @IsISO8601({ strict: true }) deadline?: string;
  @IsISO8601({ strict: true }) publishedAt!: string;
  @IsString() @Length(1, 100) ruleId!: string;
  @IsInt() @Min(0) @Max(INT4_MAX) ruleVersion!: number;
  /** An exercise product (docs/exercises.md): delivered labelled, counted in no figure. Optional, added in place. */
  @IsOptional() @IsBoolean() exercise?: boolean;
  @IsObject() @ValidateNested() @Type(() => SealedContent) sealed!: SealedContent;
}

/** The sealed content of a product, as the gateway opens it. */
export class ProductContent {
  @IsString() @Length(1, 300) title!: string;
  @IsString() @Length(1, 50000) body!: string;
  @IsString() @Length(2, 2) handling!: string;
  @IsString() @Length(1, 100) legalBasis!: string;
  /** The product's links to signals this agency submitted (never another agency's). */
  @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) signalIds!: string[];
}

/** A product once the gateway's transport opened it: the facts of {@link SealedProductEvent}, the content in `product`. */
export class ProductEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() productId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(PRODUCT_KINDS) kind!: (typeof PRODUCT_KINDS)[number];
  @IsInt() @Min(1) @Max(4) level!: number;
  @IsIn(CLASSIFICATIONS) classification!: (typeof CLASSIFICATIONS)[number];
  @IsArray() @ArrayMaxSize(20) @Matches(CODE, { each: true }) competences!: string[];
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 80, { each: true }) categories!: string[];
  @IsArray() @ArrayMaxSize(30) @Matches(CODE, { each: true }) regions!: string[];
  @IsOptional() @IsISO8601({ strict: true }) deadline?: string;
  @IsISO8601({ strict: true }) publishedAt!: string;
  @IsString() @Length(1, 100) ruleId!: string;
  @IsInt() @Min(0) @Max(INT4_MAX) ruleVersion!: number;
  @IsOptional() @IsBoolean() exercise?: boolean;
  @IsObject() @ValidateNested() @Type(() => ProductContent) product!: ProductContent;
}

export const PRODUCT_RECEIPT_STEPS = ['read', 'acknowledged', 'filtered-out'] as const;

/**
 * Payload on `products.<agency>.acknowledged.v1`, written by the agency's gateway, read by the
 * intake and the audit: the first read of a product by the agency's POCs (`read`), a POC's
 * acknowledgement that it was handled (`acknowledged`, with a reply for an RFI), and, one per POC, a
 * product the POC's filter in force held back from its inbox when it arrived (`filtered-out`). A reply is free
 * text: it travels sealed with the product's data key (`sealed`), opened by the intake into `reply`.
 */
export class SealedProductReceiptEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() productId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(PRODUCT_RECEIPT_STEPS) step!: (typeof PRODUCT_RECEIPT_STEPS)[number];
  /** The POC who read or acknowledged, or whose filter held the product back. */
  @IsUUID() principalId!: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SealedContent) sealed?: SealedContent;
}

/** A receipt once the intake's transport opened it (the reply in clear, when there is one). */
export class ProductReceiptEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() productId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(PRODUCT_RECEIPT_STEPS) step!: (typeof PRODUCT_RECEIPT_STEPS)[number];
  @IsUUID() principalId!: string;
  @IsOptional() @IsObject() reply?: { text?: string };
}

export const DISSEMINATION_DECISIONS = ['sent', 'withheld'] as const;

/**
 * Payload on `dissemination.recorded.v1`, written by the intake, read by the audit: one decision of
 * the dissemination rules on one product for one agency — sent, or withheld and why — with the rule
 * and its version. Codes and ids only: never a title or a body.
 */
export class DisseminationRecordedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() productId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(DISSEMINATION_DECISIONS) decision!: (typeof DISSEMINATION_DECISIONS)[number];
  @IsOptional() @IsIn(WITHHELD_REASONS) reason?: (typeof WITHHELD_REASONS)[number];
  /** The rule that matched (absent when none did). */
  @IsOptional() @IsString() @Length(1, 100) ruleId?: string;
  @IsInt() @Min(0) @Max(INT4_MAX) ruleVersion!: number;
  @IsIn(PRODUCT_KINDS) kind!: (typeof PRODUCT_KINDS)[number];
  @IsInt() @Min(1) @Max(4) level!: number;
  /** The analyst who published (or released) the product. */
  @IsUUID() principalId!: string;
  /** An exercise product (docs/exercises.md): its decisions are counted in no figure. */
  @IsOptional() @IsBoolean() exercise?: boolean;
}
