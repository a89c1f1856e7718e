import { ProblemException } from '@passerelle/http';

export type WatchlistErrorCode =
  | 'invalid'
  | 'not-marked'
  | 'no-version'
  | 'version-not-current'
  | 'rate-limited'
  | 'version-budget-spent'
  | 'rejected'
  | 'not-found'
  | 'other-agency';

const STATUS: Record<WatchlistErrorCode, number> = {
  invalid: 400,
  'not-marked': 403,
  'other-agency': 403,
  'no-version': 404,
  'not-found': 404,
  'version-not-current': 409,
  rejected: 422,
  'rate-limited': 429,
  'version-budget-spent': 429,
};

const TITLE: Record<WatchlistErrorCode, string> = {
  invalid: 'The request does not follow the contract',
  'not-marked': 'Not marked for this watchlist',
  'other-agency': 'Watchlist marks are given by OCAM security officers',
  'no-version': 'No version of this watchlist in force',
  'not-found': 'No such principal',
  'version-not-current': 'This version is not in force',
  rejected: 'The request breaks a rule',
  'rate-limited': 'Evaluation budget spent',
  'version-budget-spent': 'Evaluation budget for this version spent',
};

/** A watchlist rule broken, with a code; mapped once to problem+json by the controllers (`watchlistMapped`). */
export class WatchlistError extends Error {
  constructor(
    readonly code: WatchlistErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function watchlistMapped<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof WatchlistError)) throw e;
    throw new ProblemException(
      {
        type: e.code === 'invalid' ? 'urn:passerelle:problem:validation' : `urn:passerelle:problem:watchlist-${e.code}`,
        title: TITLE[e.code],
        status: STATUS[e.code],
        detail: e.message,
      },
      e.headers,
    );
  }
}
