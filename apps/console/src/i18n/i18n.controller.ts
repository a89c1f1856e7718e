import { Controller, Get, Header, Req } from '@nestjs/common';
import { catalogue, isLanguage, Language, LANGUAGES, negotiateLanguage } from '@passerelle/i18n';
import { ConsoleRequest, NoSession } from '../session/session.guard';

/** The cookie that remembers the language a user picked in this browser (no signal content, no identity). */
export const LANGUAGE_COOKIE = 'passerelle-lang';

/** The page's language: the one picked with the switch (cookie), else the browser's (`Accept-Language`), else English. */
export function pageLanguage(req: ConsoleRequest): Language {
  const picked = req.cookies?.[LANGUAGE_COOKIE];
  return isLanguage(picked) ? picked : negotiateLanguage(req.headers['accept-language']);
}

/**
 * The messages of the page's language (libs/i18n catalogues): every text the pages show, and the
 * labels of the codes (taxonomy, indicators, classification, agencies…). Reference data: nothing to record.
 */
@Controller('api/i18n')
export class I18nController {
  @Get()
  @NoSession()
  @Header('Cache-Control', 'no-store')
  @Header('Vary', 'Cookie, Accept-Language')
  get(@Req() req: ConsoleRequest) {
    const lang = pageLanguage(req);
    return { lang, languages: LANGUAGES, messages: catalogue(lang) };
  }
}
