import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { catalogues, closeCodes } from './catalogues';
import { isCalendarDate, isValidContainerNumber, isValidIban, isValidImo } from './checks';
import { CLASSIFICATIONS } from './classification';
import { contractPolicy } from './policy';

const CLASSIFICATION_ORDER: readonly string[] = CLASSIFICATIONS;

export const IsIban = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isIban',
      validator: {
        validate: (v) => typeof v === 'string' && isValidIban(v),
        defaultMessage: buildMessage((p) => `${p}$property must be an IBAN with a valid checksum`, o),
      },
    },
    o,
  );

export const IsImoNumber = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isImo',
      validator: {
        validate: (v) => typeof v === 'string' && isValidImo(v),
        defaultMessage: buildMessage((p) => `${p}$property must be an IMO number (7 digits) with a valid check digit`, o),
      },
    },
    o,
  );

export const IsContainerNumber = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isContainerNumber',
      validator: {
        validate: (v) => typeof v === 'string' && isValidContainerNumber(v),
        defaultMessage: buildMessage(
          (p) => `${p}$property must be an ISO 6346 container number (e.g. CSQU3054383) with a valid check digit`,
          o,
        ),
      },
    },
    o,
  );

/** `YYYY-MM-DD`, a real calendar date, optionally not in the future and not before a year. */
export const IsCalendarDate = (opts: { notFuture?: boolean; minYear?: number } = {}, o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (v) => {
          if (typeof v !== 'string' || !isCalendarDate(v)) return false;
          if (opts.minYear && Number(v.slice(0, 4)) < opts.minYear) return false;
          if (opts.notFuture && v > new Date().toISOString().slice(0, 10)) return false;
          return true;
        },
        defaultMessage: buildMessage(
          (p) =>
            `${p}$property must be an ISO 8601 calendar date (YYYY-MM-DD)${opts.notFuture ? ' not in the future' : ''}${opts.minYear ? `, from ${opts.minYear}` : ''}`,
          o,
        ),
      },
    },
    o,
  );

/** An ISO 8601 instant with a time zone, not later than now plus the allowed clock skew. */
export const IsPastInstant = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPastInstant',
      validator: {
        validate: (v) => {
          if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) return false;
          const t = Date.parse(v);
          return !isNaN(t) && isCalendarDate(v.slice(0, 10)) && t <= Date.now() + contractPolicy().clockSkewSeconds * 1000;
        },
        defaultMessage: buildMessage(
          (p) => `${p}$property must be an ISO 8601 instant with a time zone (e.g. 2026-11-20T08:30:00Z), not in the future`,
          o,
        ),
      },
    },
    o,
  );

export const IsTaxonomyCode = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isTaxonomyCode',
      validator: {
        validate: (v) => typeof v === 'string' && catalogues().categoryCodes.includes(v),
        defaultMessage: (args) => {
          const close = typeof args?.value === 'string' ? closeCodes(args.value, catalogues().categoryCodes) : [];
          return `${args?.property} '${String(args?.value).slice(0, 80)}' is not in taxonomy ${catalogues().taxonomyVersion}${close.length ? `; close valid codes: ${close.join(', ')}` : ''}`;
        },
      },
    },
    o,
  );

export const IsIndicatorCode = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isIndicatorCode',
      validator: {
        validate: (v) => typeof v === 'string' && catalogues().indicatorCodes.includes(v),
        defaultMessage: (args) => {
          const close = typeof args?.value === 'string' ? closeCodes(args.value, catalogues().indicatorCodes) : [];
          return `${args?.property} '${String(args?.value).slice(0, 80)}' is not in indicator catalogue ${catalogues().indicatorsVersion}${close.length ? `; close valid codes: ${close.join(', ')}` : ''}`;
        },
      },
    },
    o,
  );

/** At most the deployment's accredited level; above it the classified channel must be used. */
export const IsAccreditedClassification = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isAccreditedClassification',
      validator: {
        validate: (v) =>
          typeof v === 'string' &&
          CLASSIFICATION_ORDER.includes(v) &&
          CLASSIFICATION_ORDER.indexOf(v) <= CLASSIFICATION_ORDER.indexOf(contractPolicy().accreditedMaxClassification),
        defaultMessage: (args) =>
          CLASSIFICATION_ORDER.includes(String(args?.value))
            ? `classification '${args?.value}' is above this system's accreditation (${contractPolicy().accreditedMaxClassification}): do not send it here; use the classified channel instead`
            : `classification must be one of ${CLASSIFICATION_ORDER.join(', ')}`,
      },
    },
    o,
  );

/** A review/retention date after today and within the configured maximum. */
export const IsRetentionDate = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isRetentionDate',
      validator: {
        validate: (v) => {
          if (typeof v !== 'string' || !isCalendarDate(v)) return false;
          const today = new Date().toISOString().slice(0, 10);
          const max = new Date(Date.now() + contractPolicy().maxRetentionDays * 86400000).toISOString().slice(0, 10);
          return v > today && v <= max;
        },
        defaultMessage: () =>
          `retentionUntil must be a date (YYYY-MM-DD) after today and at most ${contractPolicy().maxRetentionDays} days ahead`,
      },
    },
    o,
  );

/**
 * An ISO 8601 instant (`2026-11-20T08:30:00Z`, or a date) that every part of the system reads the
 * same way: JavaScript can parse it and it falls in years 1–9999, so Postgres can hold it once
 * normalised with `toISOString()`. Week dates and out-of-range years are refused, not queried.
 */
export const IsInstant = (o?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (v) => {
          if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v))
            return false;
          // JavaScript reads 2026-02-30 as 2 March: the calendar date itself must exist.
          if (!isCalendarDate(v.slice(0, 10))) return false;
          const d = new Date(v);
          return !isNaN(d.getTime()) && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999;
        },
        defaultMessage: buildMessage((p) => `${p}$property must be an ISO 8601 date or date-time, e.g. 2026-11-20T08:30:00Z`, o),
      },
    },
    o,
  );
