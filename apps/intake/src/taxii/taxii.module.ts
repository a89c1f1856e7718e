import { Module } from '@nestjs/common';
import { SignalsModule } from '../signals/signals.module';
import { TaxiiReadsUseCase } from './taxii-reads.usecase';
import { TaxiiController } from './taxii.controller';

/** The feeds as a TAXII 2.1 server (STIX objects), read like the analyst API. */
@Module({
  imports: [SignalsModule],
  controllers: [TaxiiController],
  providers: [TaxiiReadsUseCase],
})
export class TaxiiModule {}
