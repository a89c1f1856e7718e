import { Injectable } from '@nestjs/common';
import { eventIdOf, IncomingMessage, KafkaService, parseJson } from '@passerelle/messaging';
import { FlowRow, IntakeRepository } from '../feeds/intake.repository';

const VERDICT_KIND: Record<string, FlowRow['kind']> = { new: 'routed', 'duplicate-content': 'duplicate', 'duplicate-ref': 'repeat' };

/** Keeps the routing verdicts and rejections the flow figures are computed from. */
@Injectable()
export class RecordFlowUseCase {
  constructor(
    private readonly repo: IntakeRepository,
    private readonly kafka: KafkaService,
  ) {}

  async handleBatch(messages: IncomingMessage[]): Promise<void> {
    const rows: FlowRow[] = [];
    for (const m of messages) {
      const parsed = parseJson(m.value);
      const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {}) as Record<string, unknown>;
      const agency = typeof p.agency === 'string' ? p.agency : null;
      const kind = m.topic === this.kafka.topics.rejected ? 'rejected' : VERDICT_KIND[String(p.verdict)];
      // An exercise is counted in no figure (docs/exercises.md).
      if (!agency || !kind || p.exercise === true) continue;
      const occurred =
        typeof p.occurredAt === 'string' && !isNaN(Date.parse(p.occurredAt)) ? p.occurredAt : new Date(Number(m.timestamp)).toISOString();
      rows.push({
        eventId: eventIdOf(m),
        signalId: typeof p.signalId === 'string' ? p.signalId.slice(0, 100) : null,
        agency: agency.slice(0, 40),
        kind,
        occurredAt: occurred,
      });
    }
    await this.repo.transaction((tx) => tx.recordFlow(rows));
  }
}
