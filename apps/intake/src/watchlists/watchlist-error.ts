import { DomainError } from '@passerelle/http';
import type { MessageValues } from '@passerelle/i18n';
import { WATCHLIST_ERRORS, WatchlistErrorCode } from '../domain-errors';

export type { WatchlistErrorCode };

/** A watchlist rule broken: its status and type in the intake's registry (domain-errors.ts), its detail the catalogue message `key`. */
export class WatchlistError extends DomainError<WatchlistErrorCode> {
  constructor(code: WatchlistErrorCode, key: string, values?: MessageValues, headers: Record<string, string> = {}) {
    super(WATCHLIST_ERRORS[code], code, { key, values }, [], headers);
  }
}
