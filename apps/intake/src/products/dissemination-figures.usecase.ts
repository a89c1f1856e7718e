import { Injectable } from '@nestjs/common';
import { ProductsRepository } from './products.repository';

export interface DisseminationFigure {
  month: string;
  agency: string;
  sent: number;
  withheld: number;
  /** Products sent that a POC's filter held back as they arrived, once per POC (the sum of the POCs' counts). */
  filteredOut: number;
  read: number;
  acknowledged: number;
  medianSecondsToAck: number | null;
  rfisAnsweredLate: number;
  rfisUnansweredPastDeadline: number;
}

const CSV_COLUMNS: (keyof DisseminationFigure)[] = [
  'month',
  'agency',
  'sent',
  'withheld',
  'filteredOut',
  'read',
  'acknowledged',
  'medianSecondsToAck',
  'rfisAnsweredLate',
  'rfisUnansweredPastDeadline',
];

/**
 * Per agency and month (of the decision): what was sent and withheld, held back by the POCs' filters,
 * read, acknowledged and how fast (issue 28).
 */
@Injectable()
export class DisseminationFiguresUseCase {
  constructor(private readonly products: ProductsRepository) {}

  async execute(from: Date, to: Date): Promise<DisseminationFigure[]> {
    const rows: (Omit<DisseminationFigure, 'medianSecondsToAck'> & { medianSecondsToAck: number | string | null })[] =
      await this.products.monthlyFigures(from, to);
    return rows.map((r) => ({ ...r, medianSecondsToAck: r.medianSecondsToAck === null ? null : Math.round(Number(r.medianSecondsToAck)) }));
  }

  /** The same figures as CSV (RFC 4180), one line per agency and month. */
  static csv(rows: DisseminationFigure[]): string {
    const line = (vals: unknown[]) => vals.map((v) => (v === null || v === undefined ? '' : String(v))).join(',');
    return [line(CSV_COLUMNS), ...rows.map((r) => line(CSV_COLUMNS.map((c) => r[c])))].join('\r\n') + '\r\n';
  }
}
