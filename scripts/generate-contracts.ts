/**
 * `npm run contracts`: writes the JSON Schemas (docs/contracts/*.schema.json), the AsyncAPI
 * document (docs/asyncapi.json) and the gateway's OpenAPI document (docs/openapi.json) from the
 * code. `npm run contracts:check` (run by CI) fails when the committed files differ from it.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildContractDocuments } from './contract-documents';

const root = resolve(__dirname, '..', '..');
const check = process.argv.includes('--check');

buildContractDocuments()
  .then((docs) => {
    if (check) {
      const stale = Object.entries(docs)
        .filter(([file, content]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== content)
        .map(([file]) => file);
      if (stale.length) {
        process.stderr.write(`contract documents out of date (run npm run contracts): ${stale.join(', ')}\n`);
        process.exit(1);
      }
      process.stdout.write(`contract documents up to date (${Object.keys(docs).length} files)\n`);
      return;
    }
    mkdirSync(join(root, 'docs/contracts'), { recursive: true });
    for (const [file, content] of Object.entries(docs)) writeFileSync(join(root, file), content);
    process.stdout.write(`wrote ${Object.keys(docs).length} files\n`);
  })
  .catch((e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  });
