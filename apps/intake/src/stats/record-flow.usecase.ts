import { SignalRejectedEvent, SignalRoutedEvent, TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { Batch, eventIdOf, InjectTopics } from '@passerelle/messaging';
import { FlowRow, StatsRepository } from './stats.repository';

const VERDICT_KIND: Record<string, FlowRow['kind']> = { new: 'routed', 'duplicate-content': 'duplicate', 'duplicate-ref': 'repeat' };

/** Keeps the routing verdicts and rejections the flow figures are computed from. */
@Injectable()
export class RecordFlowUseCase {
  constructor(
    private readonly stats: StatsRepository,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  /** The transport checked each payload against its topic's contract, and its instant (flow.consumer.ts). */
  async handleBatch(messages: Batch<SignalRoutedEvent | SignalRejectedEvent>): Promise<void> {
    const rows: FlowRow[] = [];
    for (const m of messages) {
      const p = m.payload;
      // A rejection of a message that named no agency is counted in no agency's figures.
      const agency = p.agency ?? null;
      const kind = m.topic === this.topics.rejected ? 'rejected' : 'verdict' in p ? VERDICT_KIND[p.verdict] : undefined;
      // An exercise is counted in no figure (docs/exercises.md).
      if (!agency || !kind || ('exercise' in p && p.exercise === true)) continue;
      rows.push({
        eventId: eventIdOf(m),
        signalId: typeof p.signalId === 'string' ? p.signalId.slice(0, 100) : null,
        agency: agency.slice(0, 40),
        kind,
        occurredAt: p.occurredAt,
      });
    }
    await this.stats.recordFlow(rows);
  }
}
