import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { ReadRegisterUseCase } from './read-register.usecase';
import { registerCsv } from './register';
import { RegisterQueryDto } from './register.dto';
import { registerPdf } from './register-pdf';

/** The classified register (issue 29, item 4): facts from the ledger, every reading itself recorded. */
@ApiTags('register')
@ApiBearerAuth()
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@Controller('v1/register')
@Roles('security-officer', 'oversight')
export class RegisterController {
  constructor(private readonly read: ReadRegisterUseCase) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The classified register: every classified signal and product held or destroyed',
    description:
      "Per level: when and from whom each item was received, to whom, who read it, when it is to be (end of retention) or was destroyed (erased, purged). Searchable by level, agency, kind, state and period; format=csv or pdf. An agency's security officer reads its own agency's register only. Every reading is recorded (register.read).",
  })
  @ApiProduces('application/json', 'text/csv', 'application/pdf')
  async register(@Query() q: RegisterQueryDto, @CurrentPrincipal() who: Principal) {
    const r = await this.read.execute(who, q, 'GET /v1/register');
    const name = `classified-register-${r.scope}-${r.generatedAt.slice(0, 10)}`;
    if (q.format === 'csv')
      return new StreamableFile(Buffer.from(registerCsv(r), 'utf8'), {
        type: 'text/csv; charset=utf-8',
        disposition: `attachment; filename="${name}.csv"`,
      });
    if (q.format === 'pdf')
      return new StreamableFile(await registerPdf(r), { type: 'application/pdf', disposition: `attachment; filename="${name}.pdf"` });
    return r;
  }
}
