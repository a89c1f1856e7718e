import { pdfReport } from '../pdf-report';
import { AccessReview } from './access-review';

/** Entries of an anomaly printed in the report (the JSON and CSV list up to 50). */
const PDF_ENTRIES = 10;

/**
 * The access review as a PDF report (pdfkit, the standard Helvetica and Courier fonts: no font
 * files): the scope, period and working hours, the sign-off or how many anomalies are open, the
 * digest, each principal's reads and refusals, each anomaly with its mark and first entries, and
 * "page i of n" on every page. Facts only, as the JSON: no signal content exists to print.
 */
export function accessReviewPdf(r: AccessReview, generatedAt: Date = new Date()): Promise<Buffer> {
  return pdfReport(
    { Title: `Access-log review ${r.scope} ${r.from} to ${r.to}`, Subject: `digest ${r.digest}` },
    `Passerelle access-log review ${r.scope} ${r.from} to ${r.to}`,
    (doc) => {
      const h = r.workingHours;
      doc.font('Helvetica-Bold').fontSize(18).text(`Access-log review: ${r.scope}`);
      doc.font('Helvetica').fontSize(10).moveDown(0.3);
      doc.text(`Period: ${r.from} to ${r.to} (read over ${r.periodStart} to ${r.periodEnd})`);
      doc.text(`Working hours: ${h.from} to ${h.to}, ISO weekdays ${h.days.join(', ')}, ${h.timeZone}`);
      doc.text(
        `Bulk reads: above ${r.bulk.factor} times the principal's median day and at least ${r.bulk.minimumSignals} signals (baseline ${r.bulk.baselineDays} days)`,
      );
      doc.text(`Generated: ${generatedAt.toISOString()}`);
      doc.moveDown(0.3);
      doc.font('Helvetica-Bold');
      if (r.signedOff)
        doc.text(`Signed off by ${r.signedOff.byName ?? r.signedOff.by} at ${r.signedOff.at} (ledger seq ${r.signedOff.seq})`);
      else doc.text(`Not signed off: ${r.open} of ${r.anomalies.length} anomalies open`);
      doc.font('Courier').fontSize(8).text(`digest ${r.digest}`);

      doc.moveDown().font('Helvetica-Bold').fontSize(13).text(`Principals (${r.principals.length})`);
      for (const p of r.principals) {
        doc.moveDown(0.4).font('Helvetica-Bold').fontSize(10).text(`${p.name} (${p.role}, ${p.clearance})`);
        doc
          .font('Helvetica')
          .fontSize(9)
          .text(
            `${p.readsTotal} reads, ${p.signalsTotal} signals returned, ${p.deniedTotal} refused attempts, ${p.anomalies} anomalies; id ${p.principalId}`,
          );
        for (const k of p.reads) doc.text(`  read    ${k.endpoint}: ${k.reads} reads, ${k.signals} signals`);
        for (const d of p.denied) doc.text(`  refused ${d.endpoint}: ${d.attempts} (${d.reason})`);
      }

      doc.moveDown().font('Helvetica-Bold').fontSize(13).text(`Anomalies (${r.anomalies.length}, ${r.open} open)`);
      if (r.anomalies.length === 0) doc.font('Helvetica').fontSize(9).text('None.');
      for (const a of r.anomalies) {
        const mark = a.mark ? `${a.mark.mark} by ${a.mark.by} at ${a.mark.at}` : 'OPEN';
        doc.moveDown(0.4).font('Helvetica-Bold').fontSize(10).text(`${a.kind}: ${a.principalName}, from ${a.at} (${mark})`);
        doc.font('Courier').fontSize(8).text(a.id);
        doc
          .font('Helvetica')
          .fontSize(9)
          .text(
            Object.entries(a.facts)
              .map(([k, v]) => `${k} ${v}`)
              .join(', '),
          );
        for (const e of a.entries.slice(0, PDF_ENTRIES)) {
          const ids = e.signalIds.length
            ? `, ${e.signalIds.length} signals: ${e.signalIds.slice(0, 2).join(' ')}${e.signalIds.length > 2 ? ' …' : ''}`
            : '';
          doc.text(`  seq ${e.seq} ${e.at} ${e.action} ${e.endpoint ?? ''}${e.reason ? ` (${e.reason})` : ''}${ids}`);
        }
        if (a.entryCount > PDF_ENTRIES) doc.text(`  and ${a.entryCount - PDF_ENTRIES} more entries (JSON or CSV)`);
      }
    },
  );
}
