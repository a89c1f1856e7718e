/**
 * The catalogue key (libs/i18n) of a message more precise than its code's (`reason.format.plate`
 * says what a plate may hold, `reason.bad-format` only that the format is wrong): what the HTTP edge
 * says in the request's language. Kept off the error's enumerable fields, so that it is never
 * serialised, stored or compared as a fact: the code is the fact.
 */
const MESSAGE_KEY = Symbol('message-key');
/** The values of that message (the refused code, close codes): for the sender's answer only, never stored. */
const MESSAGE_VALUES = Symbol('message-values');

/** Values a precise message may name: text or numbers. */
export type MessageArgs = Record<string, string | number>;

/** The error with the catalogue key of its precise message and that message's values (see MESSAGE_KEY). */
export function withMessageKey<E extends object>(e: E, key: string, values?: MessageArgs): E {
  Object.defineProperty(e, MESSAGE_KEY, { value: key, enumerable: false, configurable: true });
  if (values) Object.defineProperty(e, MESSAGE_VALUES, { value: values, enumerable: false, configurable: true });
  return e;
}

/** The catalogue key of an error's precise message, if it has one. */
export const messageKeyOf = (e: object): string | undefined => (e as { [MESSAGE_KEY]?: string })[MESSAGE_KEY];

/** The values of an error's precise message, if it has any. */
export const messageValuesOf = (e: object): MessageArgs | undefined => (e as { [MESSAGE_VALUES]?: MessageArgs })[MESSAGE_VALUES];

/**
 * A code refused because no catalogue has it, said with the refused value and the codes the sender
 * may have meant (`close`: codes near it, from closeCodes) or, when none is near and the catalogue is
 * short, its codes (`all`): the message `reason.not-in-catalogue.value` in the sender's language.
 */
export function refusedCode<E extends object>(e: E, value: unknown, codes: { close?: string[]; all?: string[] }): E {
  const hint = codes.close?.length ? 'close' : codes.all?.length ? 'all' : 'none';
  const list = hint === 'close' ? codes.close! : hint === 'all' ? codes.all! : [];
  return withMessageKey(e, 'reason.not-in-catalogue.value', { value: String(value), hint, codes: list.join(', ') });
}

/**
 * A decorator option naming the message key of a contract's own message: `@Matches(re, { message:
 * 'plate may hold …', ...keyed('reason.format.plate') })`. class-validator hands the context back on
 * the error (`contexts[constraint]`).
 */
export const keyed = (key: string) => ({ context: { messageKey: key } });
