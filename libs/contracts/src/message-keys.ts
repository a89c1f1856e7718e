/**
 * The catalogue key (libs/i18n) of a message more precise than its code's (`reason.format.plate`
 * says what a plate may hold, `reason.bad-format` only that the format is wrong): what the HTTP edge
 * says in the request's language. Kept off the error's enumerable fields, so that it is never
 * serialised, stored or compared as a fact: the code is the fact.
 */
const MESSAGE_KEY = Symbol('message-key');

/** The error with the catalogue key of its precise message (see MESSAGE_KEY). */
export function withMessageKey<E extends object>(e: E, key: string): E {
  Object.defineProperty(e, MESSAGE_KEY, { value: key, enumerable: false, configurable: true });
  return e;
}

/** The catalogue key of an error's precise message, if it has one. */
export const messageKeyOf = (e: object): string | undefined => (e as { [MESSAGE_KEY]?: string })[MESSAGE_KEY];

/**
 * A decorator option naming the message key of a contract's own message: `@Matches(re, { message:
 * 'plate may hold …', ...keyed('reason.format.plate') })`. class-validator hands the context back on
 * the error (`contexts[constraint]`).
 */
export const keyed = (key: string) => ({ context: { messageKey: key } });
