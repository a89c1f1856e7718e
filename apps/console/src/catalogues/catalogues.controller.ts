import { Controller, Get, Header } from '@nestjs/common';
import { catalogueDocuments, contractSchemas } from '@passerelle/contracts';

/** Each contract class's text properties with their allowed lengths: { PersonSubject: { familyName: [1, 100] } }. */
export type ContractLimits = Record<string, Record<string, [number | null, number | null]>>;

let limits: ContractLimits | undefined;

/**
 * The lengths the contract allows, read from the JSON Schemas generated from its class-validator
 * metadata (never copied by hand): what the form checks in the browser before sending.
 */
export function contractLimits(): ContractLimits {
  if (limits) return limits;
  const out: ContractLimits = {};
  for (const [name, schema] of Object.entries(contractSchemas())) {
    const props = (schema as { properties?: Record<string, { minLength?: number; maxLength?: number }> }).properties ?? {};
    for (const [prop, p] of Object.entries(props)) {
      if (p.minLength === undefined && p.maxLength === undefined) continue;
      (out[name] ??= {})[prop] = [p.minLength ?? null, p.maxLength ?? null];
    }
  }
  return (limits = out);
}

/**
 * The taxonomy and indicator catalogue with their labels, for the signal form: the very files the
 * gateway and the router validate against (libs/contracts/data, or TAXONOMY_FILE / INDICATORS_FILE),
 * and the contract's text lengths (`limits`). Reference data, no signal content: nothing to record.
 */
@Controller('api/catalogues')
export class CataloguesController {
  @Get()
  @Header('Cache-Control', 'private, max-age=300')
  get() {
    return { ...catalogueDocuments(), limits: contractLimits() };
  }
}
