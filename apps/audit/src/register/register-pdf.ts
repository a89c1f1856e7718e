import { pdfReport } from '../pdf-report';
import { ClassifiedRegister } from './register';

/** Readers printed per item (the JSON and CSV list them all). */
const PDF_READERS = 8;

/**
 * The classified register as a PDF (pdfkit, the standard fonts, as the access review's report): the
 * scope and search, the counts per level, then per level (highest first) each item with when and
 * from whom it came, to whom, its end of retention or its destruction, and its readers; "page i of
 * n" on every page. Facts only: the register has no content to print.
 */
export function registerPdf(r: ClassifiedRegister): Promise<Buffer> {
  return pdfReport({ Title: `Classified register ${r.scope}` }, `Passerelle classified register ${r.scope}`, (doc) => {
    const q = r.query;
    doc.font('Helvetica-Bold').fontSize(18).text(`Classified register: ${r.scope}`);
    doc.font('Helvetica').fontSize(10).moveDown(0.3);
    doc.text(
      `Search: level ${q.classification ?? 'all'}, kind ${q.kind ?? 'all'}, state ${q.state ?? 'all'}, received ${q.from ?? 'any time'} to ${q.to ?? 'today'}`,
    );
    doc.text(`Generated: ${r.generatedAt}${r.truncated ? ' (truncated: narrow the search)' : ''}`);
    doc.moveDown(0.3);
    for (const l of r.levels) doc.text(`${l.classification}: ${l.held} held, ${l.destroyed} destroyed`);

    for (const l of r.levels) {
      const items = r.items.filter((i) => i.classification === l.classification);
      if (items.length === 0) continue;
      doc.moveDown().font('Helvetica-Bold').fontSize(13).text(`${l.classification.toUpperCase()} (${items.length})`);
      for (const i of items) {
        doc
          .moveDown(0.4)
          .font('Helvetica-Bold')
          .fontSize(10)
          .text(`${i.exercise ? 'EXERCISE ' : ''}${i.kind} ${i.id}`);
        doc.font('Helvetica').fontSize(9);
        const from = `${i.from.agency}${i.from.principalName ? `, ${i.from.principalName}` : ''}${i.from.principalId ? ` (${i.from.principalId})` : ''}`;
        doc.text(`Received ${i.receivedAt} from ${from}, to ${i.to.join(', ')}`);
        if (i.destroyed) doc.text(`DESTROYED ${i.destroyed.at} (${i.destroyed.how})`);
        else doc.text(`Held; ${i.retentionUntil ? `to be destroyed on ${i.retentionUntil}` : 'no retention term'}`);
        if (i.readers.length === 0) doc.text('Read by nobody');
        for (const x of i.readers.slice(0, PDF_READERS))
          doc.text(`  read by ${x.name ?? '?'} (${x.role ?? '?'}, ${x.agency ?? 'ocam'}): ${x.reads} reads, ${x.firstAt} to ${x.lastAt}`);
        if (i.readers.length > PDF_READERS) doc.text(`  and ${i.readers.length - PDF_READERS} more readers (JSON or CSV)`);
      }
    }
  });
}
