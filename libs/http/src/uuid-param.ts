import { ParseUUIDPipe } from '@nestjs/common';
import { refusal } from './problem';

/**
 * A path parameter that must be a UUID (`@Param('id', uuidParam()) id`): anything else is a 400
 * `http-400` with code `not-a-uuid`, said in the request's language. Nest's own `ParseUUIDPipe`
 * refusal is English only and has no code.
 */
export const uuidParam = (): ParseUUIDPipe =>
  new ParseUUIDPipe({ exceptionFactory: () => refusal(400, 'problem.http-400.detail.not-a-uuid') });
