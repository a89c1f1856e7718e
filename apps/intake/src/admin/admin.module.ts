import { Module } from '@nestjs/common';
import { WatchlistsModule } from '../watchlists/watchlists.module';
import { CreatePrincipalUseCase } from './create-principal.usecase';
import { KeyHandoverController } from './key-handover.controller';
import { MeController } from './me.controller';
import { PrincipalAdminModule } from './principal-admin.module';
import { PrincipalRequestsUseCase } from './principal-requests.usecase';
import { PrincipalsController } from './principals.controller';
import { ReadPrincipalsUseCase } from './read-principals.usecase';
import { RedeemKeyHandoverUseCase } from './redeem-key-handover.usecase';
import { RequestsController } from './requests.controller';
import { RevokePrincipalUseCase } from './revoke-principal.usecase';
import { RotateOwnKeyUseCase } from './rotate-own-key.usecase';
import { RotatePrincipalKeyUseCase } from './rotate-principal-key.usecase';
import { UpdatePrincipalUseCase } from './update-principal.usecase';

/** Principals administration by security officers (two-person requests, key handovers), and a principal's own key. */
@Module({
  // Watchlists: an approved watchlist-mark request is applied by the watchlists' grant.
  imports: [PrincipalAdminModule, WatchlistsModule],
  controllers: [PrincipalsController, RequestsController, MeController, KeyHandoverController],
  providers: [
    CreatePrincipalUseCase,
    ReadPrincipalsUseCase,
    UpdatePrincipalUseCase,
    RevokePrincipalUseCase,
    RotatePrincipalKeyUseCase,
    PrincipalRequestsUseCase,
    RedeemKeyHandoverUseCase,
    RotateOwnKeyUseCase,
  ],
})
export class AdminModule {}
