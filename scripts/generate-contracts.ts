/**
 * `npm run contracts`: writes the JSON Schemas (docs/contracts/*.schema.json), the AsyncAPI
 * document (docs/asyncapi.json) and the gateway's OpenAPI document (docs/openapi.json) from the
 * code. A unit test fails when the committed files differ from what this generates.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildContractDocuments } from './contract-documents';

const root = resolve(__dirname, '..', '..');

buildContractDocuments()
  .then((docs) => {
    mkdirSync(join(root, 'docs/contracts'), { recursive: true });
    for (const [file, content] of Object.entries(docs)) writeFileSync(join(root, file), content);
    process.stdout.write(`wrote ${Object.keys(docs).length} files\n`);
  })
  .catch((e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  });
