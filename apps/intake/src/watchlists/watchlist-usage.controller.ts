import { Controller, Get, Param, PipeTransform } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { WATCHLIST_NAME, withMessageKey } from '@passerelle/contracts';
import { PROBLEM_RESPONSE, validationProblem } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { WatchlistUsageUseCase } from './watchlist-usage.usecase';

class ListName implements PipeTransform<string, string> {
  transform(v: string): string {
    if (!WATCHLIST_NAME.test(v))
      throw validationProblem([
        withMessageKey(
          { path: 'list', reason: 'must be a watchlist name (lower-case code)', code: 'bad-format' },
          'reason.format.watchlist',
        ),
      ]);
    return v;
  }
}

/** The list's owners watch its use: budgets spent and unusual use (docs/watchlists.md). */
@ApiTags('watchlists')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE, description: 'not an owner of this list (or not the role)' })
@ApiParam({ name: 'list', example: 'ftf' })
@Controller('v1/watchlists/:list/usage')
export class WatchlistUsageController {
  constructor(private readonly usage: WatchlistUsageUseCase) {}

  @Get()
  @Roles('analyst')
  @ApiOperation({
    summary: "The list's use by agencies, with the alerts raised (list owners)",
    description:
      'Per version and agency principal: points evaluated, batches, the version budget, first and last use, and the usage alerts ' +
      '(near-version-budget, version-budget-spent, hourly-budget-spent, another-principal). `alerted` is true when any was raised.',
  })
  @ApiResponse({ status: 200, description: '{ list, hourlyBudgetPerAgency, alerted, principals: [...] }' })
  get(@CurrentPrincipal() me: Principal, @Param('list', new ListName()) list: string) {
    return this.usage.execute(me, list);
  }
}
