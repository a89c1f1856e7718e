import { Injectable } from '@nestjs/common';
import { catalogueDocuments } from '@passerelle/contracts';
import { Principal } from '@passerelle/security';
import { sharedKeyLinks } from '../dossiers/dossier-links';
import { AccessRecorder } from '../signals/access-recorder';
import { AnalystReadsUseCase } from '../signals/analyst-reads.usecase';
import { IndicatorLabels } from '../taxii/stix-mapping';
import { dossierToMisp, MispEvent, signalToMisp } from './misp-mapping';

/**
 * A signal or a dossier as a MISP event (docs/interoperability.md). The selection is the analyst
 * API's own (`AnalystReadsUseCase.visibleSignal` / `visibleDossier`: need-to-know, clearance,
 * expiry, purge), and every signal the event holds is recorded as read, durably, before the event
 * is returned — as for `GET /v1/signals/{id}` and TAXII.
 */
@Injectable()
export class MispExportUseCase {
  private readonly labels: IndicatorLabels = new Map(catalogueDocuments().indicators.indicators.map((i) => [i.code, i.label]));

  constructor(
    private readonly reads: AnalystReadsUseCase,
    private readonly access: AccessRecorder,
  ) {}

  async signal(principal: Principal, id: string, endpoint: string): Promise<MispEvent> {
    const row = await this.reads.visibleSignal(principal, id);
    await this.access.record(principal, endpoint, [row]);
    return signalToMisp(row, this.labels);
  }

  /** The dossier's signals this reader may see, and the links among them only (dossier-links.ts). */
  async dossier(principal: Principal, id: string, endpoint: string): Promise<MispEvent> {
    const rows = await this.reads.visibleDossier(principal, id);
    await this.access.record(principal, endpoint, rows);
    return dossierToMisp(id, rows, this.labels, sharedKeyLinks(rows));
  }
}
