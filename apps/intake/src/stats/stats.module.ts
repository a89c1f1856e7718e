import { Module } from '@nestjs/common';
import { FlowConsumer } from './flow.consumer';
import { RecordFlowUseCase } from './record-flow.usecase';
import { StatsController } from './stats.controller';
import { StatsRepository } from './stats.repository';

/** Oversight's flow figures: the routing verdicts and rejections kept as they come, and the figures read from them. */
@Module({
  controllers: [StatsController, FlowConsumer],
  providers: [StatsRepository, RecordFlowUseCase],
})
export class StatsModule {}
