import { Controller, Get, Header } from '@nestjs/common';
import { catalogueDocuments } from '@passerelle/contracts';

/**
 * The taxonomy and indicator catalogue with their labels, for the signal form: the very files the
 * gateway and the router validate against (libs/contracts/data, or TAXONOMY_FILE / INDICATORS_FILE).
 * Reference data, no signal content: nothing to record.
 */
@Controller('api/catalogues')
export class CataloguesController {
  @Get()
  @Header('Cache-Control', 'private, max-age=300')
  get() {
    return catalogueDocuments();
  }
}
