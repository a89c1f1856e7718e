import type { ContractError as FieldError } from '@passerelle/contracts';
import { hasMessage, MessageValues, t } from '@passerelle/i18n';

/*
 * Domain errors: a use case throws one with its family's code (`principal`/`not-found`) and a
 * catalogue message for its detail; the problem filter (ProblemDetailsFilter, problem.ts) turns it
 * into problem+json by the rule the registry gives its code: HTTP status and problem type. No
 * controller maps errors itself, and every detail is said in the request's language.
 */

/** How one domain error leaves: its status and its problem type (a stable URN; its title is `problem.<type>.title`). */
export interface DomainErrorRule {
  status: number;
  type: `urn:passerelle:problem:${string}`;
}

const PROBLEM_TYPE = 'urn:passerelle:problem:';

/** A family's rules by code. Every type must have a catalogue title (`problem.<type>.title`): checked here, at start-up. */
export function domainErrors<C extends string>(family: string, rules: Record<C, DomainErrorRule>): Readonly<Record<C, DomainErrorRule>> {
  for (const [code, rule] of Object.entries(rules) as [C, DomainErrorRule][]) {
    const title = `problem.${rule.type.slice(PROBLEM_TYPE.length)}.title`;
    if (!hasMessage(title)) throw new Error(`domain error ${family}/${code}: the catalogues have no ${title}`);
  }
  return Object.freeze({ ...rules });
}

/** A domain error's detail as a catalogue message (libs/i18n) and its values. */
export interface DomainText {
  key: string;
  values?: MessageValues;
}

/**
 * A rule of the domain broken. Its message is the English of its detail (what logs and the CLI
 * show); at the edge it leaves with its rule's status and type, its detail in the request's language
 * and a stable `code` (the detail key's last segment, the same in every language). Without a detail
 * message, its field errors make the detail (each in the request's language) and its code is the
 * domain's (`rejected`).
 */
export class DomainError<C extends string = string> extends Error {
  constructor(
    readonly rule: DomainErrorRule,
    readonly code: C,
    readonly text: DomainText | null,
    /** Field paths and reasons (`invalid`, `rejected`). */
    readonly errors: FieldError[] = [],
    /** Headers the answer carries (`Retry-After`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(text ? t('en', text.key, text.values) : errors.map((e) => `${e.path}: ${e.reason}`).join('; '));
  }
}
