import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SignalsModule } from '../signals/signals.module';
import { DisseminationFiguresUseCase } from './dissemination-figures.usecase';
import { DisseminationRules } from './dissemination-rules';
import { OverdueProductsUseCase } from './overdue-products.usecase';
import { ProductReceiptsConsumer } from './product-receipts.consumer';
import { DisseminationStatsController, ProductsController } from './products.controller';
import { ProductsRepository } from './products.repository';
import { PublishProductUseCase } from './publish-product.usecase';
import { ReadProductUseCase } from './read-product.usecase';
import { RecordProductReceiptsUseCase } from './record-product-receipts.usecase';
import { ReleaseProductUseCase } from './release-product.usecase';

/** OCAM's products to the agencies (issue 28): published, disseminated by rule, released, read and acknowledged. */
@Module({
  imports: [OutboxModule, SignalsModule, AlertsModule],
  controllers: [ProductsController, DisseminationStatsController, ProductReceiptsConsumer],
  providers: [
    ProductsRepository,
    DisseminationRules,
    PublishProductUseCase,
    ReadProductUseCase,
    ReleaseProductUseCase,
    OverdueProductsUseCase,
    DisseminationFiguresUseCase,
    RecordProductReceiptsUseCase,
  ],
})
export class ProductsModule {}
