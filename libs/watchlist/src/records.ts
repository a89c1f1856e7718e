import { PersonIdentifiers } from '@passerelle/contracts';

/**
 * An agency's records export, as `watchlist:match` reads it: persons with names, birth dates and
 * identity documents, in CSV or JSON. The records stay on the agency's side; only their blinded
 * keys ever leave it.
 */
export interface AgencyRecord {
  /** Where the record is in the file: its CSV line (the header is line 1) or its JSON array position (1-based). */
  line: number;
  /** The agency's own reference for it, when the file has one (`ref`). */
  ref?: string;
  person: PersonIdentifiers;
}

export class RecordsFormatError extends Error {}

const DOCUMENT = /^([a-z-]+):([A-Za-z]{2}):(.+)$/;

/** `passport:BE:EM 123 456;identity-card:BE:591-1234567-89` → documents. */
function documentsOf(field: string, line: number): PersonIdentifiers['documents'] {
  return field
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const m = DOCUMENT.exec(d);
      if (!m) throw new RecordsFormatError(`line ${line}: document '${d}' is not type:country:number`);
      return { type: m[1], issuingCountry: m[2].toUpperCase(), number: m[3] };
    });
}

/** RFC 4180 fields of one CSV text: quoted fields may hold commas, quotes ("") and line breaks. */
function csvRows(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f !== '')) rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  fields.push(field);
  if (fields.some((f) => f !== '')) rows.push({ line: rowLine, fields });
  return rows;
}

/**
 * CSV with a header naming its columns: `familyName` (required), `givenNames`, `birthDate`
 * (YYYY-MM-DD), `ref`, and documents either as `documentType`, `documentNumber`, `documentCountry`
 * or as `documents` (`type:country:number`, several separated by `;`).
 */
export function parseRecordsCsv(text: string): AgencyRecord[] {
  const [header, ...rows] = csvRows(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const col = (name: string) => header.fields.findIndex((h) => h.trim() === name);
  const c = {
    familyName: col('familyName'),
    givenNames: col('givenNames'),
    birthDate: col('birthDate'),
    ref: col('ref'),
    documentType: col('documentType'),
    documentNumber: col('documentNumber'),
    documentCountry: col('documentCountry'),
    documents: col('documents'),
  };
  if (c.familyName < 0) throw new RecordsFormatError('the CSV header has no familyName column');
  const at = (fields: string[], i: number): string | undefined => (i >= 0 && fields[i]?.trim() ? fields[i].trim() : undefined);
  return rows.map(({ line, fields }) => {
    const documents = [...(at(fields, c.documents) ? documentsOf(at(fields, c.documents)!, line)! : [])];
    const number = at(fields, c.documentNumber);
    if (number) {
      const type = at(fields, c.documentType);
      const country = at(fields, c.documentCountry);
      if (!type || !country) throw new RecordsFormatError(`line ${line}: a document number needs documentType and documentCountry`);
      documents.push({ type, issuingCountry: country.toUpperCase(), number });
    }
    return record(line, at(fields, c.ref), {
      familyName: at(fields, c.familyName) ?? '',
      givenNames: at(fields, c.givenNames),
      birthDate: at(fields, c.birthDate),
      documents,
    });
  });
}

/** JSON: an array of persons shaped like a signal's person subject (familyName, givenNames, birthDate, documents[]), with an optional `ref`. */
export function parseRecordsJson(text: string): AgencyRecord[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new RecordsFormatError('the JSON records file must be an array of persons');
  return data.map((r: Record<string, unknown>, i) => {
    if (typeof r !== 'object' || r === null || typeof r.familyName !== 'string') {
      throw new RecordsFormatError(`record ${i + 1}: familyName is required`);
    }
    const docs = Array.isArray(r.documents) ? (r.documents as Record<string, unknown>[]) : [];
    return record(i + 1, typeof r.ref === 'string' ? r.ref : undefined, {
      familyName: r.familyName,
      givenNames: typeof r.givenNames === 'string' ? r.givenNames : undefined,
      birthDate: typeof r.birthDate === 'string' ? r.birthDate : undefined,
      documents: docs.map((d, j) => {
        if (typeof d?.type !== 'string' || typeof d.number !== 'string' || typeof d.issuingCountry !== 'string') {
          throw new RecordsFormatError(`record ${i + 1}: documents[${j}] needs type, number and issuingCountry`);
        }
        return { type: d.type, number: d.number, issuingCountry: d.issuingCountry };
      }),
    });
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function record(line: number, ref: string | undefined, person: PersonIdentifiers): AgencyRecord {
  if (person.birthDate !== undefined && !DATE.test(person.birthDate)) {
    throw new RecordsFormatError(`line ${line}: birthDate '${person.birthDate}' is not YYYY-MM-DD`);
  }
  return { line, ...(ref ? { ref } : {}), person };
}

/** By the file name's extension (`.json`, else CSV). */
export function parseRecords(fileName: string, text: string): AgencyRecord[] {
  return /\.json$/i.test(fileName) ? parseRecordsJson(text) : parseRecordsCsv(text);
}
