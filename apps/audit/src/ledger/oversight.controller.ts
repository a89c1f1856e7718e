import { Controller, Get, Param } from '@nestjs/common';
import { Roles } from '@passerelle/security';
import { LedgerRepository } from './ledger.repository';

@Controller('v1/audit')
@Roles('oversight')
export class OversightController {
  constructor(private readonly ledger: LedgerRepository) {}

  /** A signal's whole recorded life, in ledger order. */
  @Get('signals/:id/trail')
  async trail(@Param('id') id: string) {
    const entries = await this.ledger.trail(id.slice(0, 100));
    return { signalId: id, entries };
  }
}
