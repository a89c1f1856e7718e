import { TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { eventIdOf, IncomingMessage, InjectTopics, parseJson } from '@passerelle/messaging';
import { FlowRow, StatsRepository } from './stats.repository';

const VERDICT_KIND: Record<string, FlowRow['kind']> = { new: 'routed', 'duplicate-content': 'duplicate', 'duplicate-ref': 'repeat' };

/** Keeps the routing verdicts and rejections the flow figures are computed from. */
@Injectable()
export class RecordFlowUseCase {
  constructor(
    private readonly stats: StatsRepository,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async handleBatch(messages: IncomingMessage[]): Promise<void> {
    const rows: FlowRow[] = [];
    for (const m of messages) {
      const parsed = parseJson(m.value);
      const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {}) as Record<string, unknown>;
      const agency = typeof p.agency === 'string' ? p.agency : null;
      const kind = m.topic === this.topics.rejected ? 'rejected' : VERDICT_KIND[String(p.verdict)];
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
    await this.stats.recordFlow(rows);
  }
}
