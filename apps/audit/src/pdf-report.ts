import PDFDocument from 'pdfkit';

/**
 * A report as a PDF, the one setup the audit's reports share (issue 24): A4, 50 pt margins, the
 * standard fonts (no font files), `info` as the document's metadata, the body written by `write`,
 * then "<footer>, page i of n" at the foot of every page.
 */
export function pdfReport(
  info: { Title: string; Subject?: string },
  footer: string,
  write: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true, info: { ...info, Author: 'Passerelle audit' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  write(doc);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Written inside the bottom margin: lift it so that the footer does not open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`${footer}, page ${i + 1} of ${range.count}`, 50, doc.page.height - 35, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
