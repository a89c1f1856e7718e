import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, ReadsClassified, Roles } from '@passerelle/security';
import { FastifyReply, FastifyRequest } from 'fastify';
import { stixTime } from './stix-mapping';
import { TaxiiPageQueryDto } from './taxii.dto';
import { TaxiiPage, TaxiiPageQuery, TaxiiReadsUseCase } from './taxii-reads.usecase';
import { refusal } from '@passerelle/http';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const TAXII_API_ROOT = 'passerelle';
const ROOT = `taxii2/${TAXII_API_ROOT}`;

/**
 * Whether an Accept header asks for TAXII 2.1: `application/taxii+json` with `version=2.1` or with
 * no version (the latest, which is 2.1). Anything else — none, `*\/*`, `application/json`, another
 * version — is a 406: TAXII clients always say what they accept.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((range) => {
    const [type, ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    if (type !== 'application/taxii+json') return false;
    const version = params.find((p) => p.startsWith('version='));
    return version === undefined || version.replace(/\s/g, '') === 'version=2.1';
  });
}

function taxii(reply: FastifyReply, accept: string | undefined): void {
  // Said in the request's language; the TAXII error's `error_code` stays `urn:passerelle:problem:http-406`.
  if (!acceptsTaxii(accept)) throw refusal(406, 'problem.http-406.detail.taxii-only', { mediaType: TAXII_MEDIA_TYPE });
  void reply.header('content-type', TAXII_MEDIA_TYPE);
}

/**
 * The body as bytes: Fastify rewrites the media type of an object or a string it sends
 * (`version="2.1"; charset=utf-8`), and taxii2-client, like the spec's examples, expects it as written.
 */
const json = (body: unknown): Buffer => Buffer.from(JSON.stringify(body));

function pageQuery(q: TaxiiPageQueryDto): TaxiiPageQuery {
  let addedAfter: string | undefined;
  if (q.added_after !== undefined) {
    const t = new Date(q.added_after);
    if (Number.isNaN(t.getTime())) throw refusal(400, 'problem.http-400.detail.bad-added-after');
    addedAfter = stixTime(t);
  }
  const list = (s: string | undefined) => (s === undefined ? undefined : s.split(',').filter(Boolean));
  const specVersions = list(q['match[spec_version]']);
  return {
    limit: q.limit,
    addedAfter,
    next: q.next,
    // Every object served is STIX 2.1: asking for another spec version matches nothing.
    types: specVersions && !specVersions.includes('2.1') ? [] : list(q['match[type]']),
    ids: list(q['match[id]']),
  };
}

function pageHeaders(reply: FastifyReply, page: TaxiiPage): void {
  if (page.items.length === 0) return;
  void reply.header('X-TAXII-Date-Added-First', page.items[0].dateAdded);
  void reply.header('X-TAXII-Date-Added-Last', page.items[page.items.length - 1].dateAdded);
}

/**
 * TAXII 2.1 (read only) over the analyst's feeds: discovery, one API root, a collection per feed
 * the caller may read, its objects and manifest. Same key, same access rules and same audit as
 * the feed API; errors in TAXII's error format (intake.http.ts). docs/interoperability.md.
 */
@ApiTags('taxii')
@ApiBearerAuth()
@ApiProduces(TAXII_MEDIA_TYPE)
@Controller()
@Roles('analyst')
export class TaxiiController {
  constructor(private readonly taxii: TaxiiReadsUseCase) {}

  @Get('taxii2')
  @ApiOperation({ summary: 'TAXII 2.1 discovery' })
  discovery(@Headers('accept') accept: string | undefined, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    taxii(reply, accept);
    const root = `${req.protocol}://${req.headers.host}/${ROOT}/`;
    return json({
      title: 'Passerelle intake',
      description: 'The analyst feeds of this intake as STIX 2.1, read only.',
      default: root,
      api_roots: [root],
    });
  }

  @Get(ROOT)
  @ApiOperation({ summary: 'TAXII 2.1 API root' })
  apiRoot(@Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    taxii(reply, accept);
    return json({
      title: 'Passerelle feeds',
      description: 'One collection per feed you may read.',
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: 0,
    });
  }

  @Get(`${ROOT}/collections`)
  @ApiOperation({ summary: 'The feeds you may read, as TAXII collections' })
  collections(
    @CurrentPrincipal() principal: Principal,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    taxii(reply, accept);
    const collections = this.taxii.collections(principal);
    return json(collections.length ? { collections } : {});
  }

  @Get(`${ROOT}/collections/:id`)
  @ApiOperation({ summary: 'One collection (404 when it is not one you may read)' })
  collection(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    taxii(reply, accept);
    return json(this.taxii.collection(principal, id));
  }

  @Get(`${ROOT}/collections/:id/objects`)
  @ReadsClassified()
  @ApiOperation({ summary: 'A page of the collection’s STIX objects (every signal shown is recorded as read)' })
  async objects(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() q: TaxiiPageQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    taxii(reply, accept);
    const page = await this.taxii.page(principal, id, pageQuery(q), `GET /${ROOT}/collections/{id}/objects`);
    pageHeaders(reply, page);
    return json({
      more: page.more,
      ...(page.next ? { next: page.next } : {}),
      ...(page.items.length ? { objects: page.items.map((i) => i.object) } : {}),
    });
  }

  @Get(`${ROOT}/collections/:id/manifest`)
  @ReadsClassified()
  @ApiOperation({ summary: 'A page of the collection’s manifest (recorded as a read of each signal listed)' })
  async manifest(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() q: TaxiiPageQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    taxii(reply, accept);
    const page = await this.taxii.page(principal, id, pageQuery(q), `GET /${ROOT}/collections/{id}/manifest`);
    pageHeaders(reply, page);
    return json({
      more: page.more,
      ...(page.next ? { next: page.next } : {}),
      ...(page.items.length ? { objects: page.items.map((i) => TaxiiReadsUseCase.manifestEntry(i)) } : {}),
    });
  }
}
