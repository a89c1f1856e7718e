import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, refusal } from '@passerelle/http';
import { negotiateLanguage } from '@passerelle/i18n';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { Readable } from 'node:stream';
import { CheckpointsRepository } from '../checkpoints/checkpoints.repository';
import { MakeCheckpointUseCase } from '../checkpoints/make-checkpoint.usecase';
import { SigningKey } from '../checkpoints/signing-key';
import { RecordOversightQueryUseCase } from '../oversight/record-oversight-query.usecase';
import { ExportLedgerUseCase } from './export-ledger.usecase';
import { LedgerRepository } from './ledger.repository';
import { ListReviewsUseCase } from '../reviews/list-reviews.usecase';
import { ReviewsListQueryDto } from '../reviews/reviews.dto';
import { CheckpointsQueryDto, EventsQueryDto, ExportQueryDto, SeqRangeQueryDto, TrailByReferenceQueryDto } from './oversight-query.dto';
import { referenceDigest, referenceLookupDigests } from './reference-digest';
import { VerifyLedgerUseCase } from './verify-ledger.usecase';

/**
 * Read-only oversight API. Every query is recorded in the ledger (action oversight.query) before
 * it is answered.
 */
@ApiTags('audit')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/audit')
@Roles('oversight')
export class OversightController {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly checkpoints: CheckpointsRepository,
    private readonly record: RecordOversightQueryUseCase,
    private readonly verifier: VerifyLedgerUseCase,
    private readonly exporter: ExportLedgerUseCase,
    private readonly make: MakeCheckpointUseCase,
    private readonly key: SigningKey,
    private readonly reviews: ListReviewsUseCase,
  ) {}

  /** The security officers' reviews each scope owes (access: quarterly; clearance: monthly): done, due or late. */
  @Get('reviews')
  @ApiOperation({
    summary: "The security officers' reviews owed per agency: done, due or late",
    description:
      'Access-log reviews per calendar quarter and clearance reviews per month, since the scope’s first principal; done when a sign-off in the ledger covers the period.',
  })
  async listReviews(@Query() q: ReviewsListQueryDto, @CurrentPrincipal() who: Principal) {
    return this.reviews.execute(who, q, 'GET /v1/audit/reviews');
  }

  /** A signal's whole recorded life, in ledger order. */
  @Get('signals/:id/trail')
  @ApiOperation({
    summary: "A signal's whole recorded life, in the order things happened",
    description:
      'submitted, published, validated or rejected, duplicate or correlated (matched key), routed (rule and version, destinations), delivered, every read, assessments, feedback.',
  })
  async trail(@Param('id') id: string, @CurrentPrincipal() who: Principal) {
    const signalId = id.slice(0, 100);
    await this.record.record(who, 'GET /v1/audit/signals/:id/trail', { signalId });
    const entries = await this.ledger.trail(signalId);
    return { signalId: id, entries };
  }

  /**
   * A signal's trail found by its agency and the agency's reference. The ledger holds the reference
   * as a keyed digest only (reference-digest.ts), and so does this query's own record: the text the
   * agency gave is never written to the ledger.
   */
  @Get('trail')
  @ApiOperation({
    summary: "A signal's trail found by the agency's reference",
    description:
      'The signal the agency gave this reference (its externalRef), and its trail as in GET /v1/audit/signals/{id}/trail. ' +
      'signalIds lists every signal the reference named, the most recent first (the trail is of the first). 404 when none.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  async trailByReference(@Query() q: TrailByReferenceQueryDto, @CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'GET /v1/audit/trail', { agency: q.agency, refDigest: referenceDigest(q.agency, q.reference) });
    const signalIds = await this.ledger.signalsByReference(q.agency, referenceLookupDigests(q.agency, q.reference));
    if (signalIds.length === 0) throw refusal(404, 'problem.http-404.detail.no-reference', { agency: q.agency, reference: q.reference });
    const entries = await this.ledger.trail(signalIds[0]);
    return { agency: q.agency, reference: q.reference, signalId: signalIds[0], signalIds, entries };
  }

  /** Every action code in the ledger, for a search by action. */
  @Get('actions')
  @ApiOperation({ summary: 'Every action code the ledger holds, in code order', description: '{ actions: ["access.recorded", …] }' })
  async actions(@CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'GET /v1/audit/actions', {});
    return { actions: await this.ledger.actions() };
  }

  /** Entries matching every filter given, oldest first (or newest, order=newest); pass nextCursor back as cursor for the next page. */
  @Get('events')
  @ApiOperation({
    summary: 'Ledger entries matching every filter given, oldest first (order=newest: newest first)',
    description:
      'Pass nextCursor back as cursor for the next page (in the same order). Each entry of a principal carries actorName. ' +
      'actorName finds the entries of the principals whose name holds it.',
  })
  async events(@Query() q: EventsQueryDto, @CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'GET /v1/audit/events', { ...q });
    const limit = q.limit ?? 100;
    // A name no principal holds matches no entry (not every entry).
    const actors = q.actorName === undefined ? undefined : await this.ledger.principalActorsNamed(q.actorName);
    if (actors?.length === 0) return { entries: [], nextCursor: null };
    const entries = await this.ledger.search({
      agency: q.agency,
      actor: q.actor,
      actors,
      newestFirst: q.order === 'newest',
      action: q.action,
      signalId: q.signal,
      // Normalised: ISO 8601 allows offsets (e.g. -23:59) that Postgres does not read.
      from: q.from && new Date(q.from).toISOString(),
      to: q.to && new Date(q.to).toISOString(),
      afterSeq: q.cursor,
      limit,
    });
    return { entries, nextCursor: entries.length === limit ? entries[entries.length - 1].seq : null };
  }

  /** Recomputes the chain over [from, to] (default: all of it) and checks the signed checkpoints. */
  @Get('verify')
  @ApiOperation({
    summary: 'Recompute the hash chain and check the signed checkpoints',
    description: 'Answers ok, or the first broken seq and why.',
  })
  async verify(
    @Query() q: SeqRangeQueryDto,
    @CurrentPrincipal() who: Principal,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.record.record(who, 'GET /v1/audit/verify', { ...q });
    // A break's `reason` is the stable code; its `detail` is said in the request's language.
    const lang = negotiateLanguage(language);
    void reply.headers({ 'content-language': lang, vary: 'Accept-Language' });
    return this.verifier.verify(q, lang);
  }

  /** What GET /v1/audit/export with the same query would hold: its seq range, entries and about how many bytes. */
  @Get('export/size')
  @ApiOperation({
    summary: 'The size of an export before downloading it',
    description: '{ from, to, entries, approximateBytes } for the same query as GET /v1/audit/export. 404 when the filter leaves no entry.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  async exportSize(@Query() q: ExportQueryDto, @CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'GET /v1/audit/export/size', { ...q });
    return this.exporter.size(await this.exporter.range(q));
  }

  /** NDJSON: the checkpoints of the range (the covering one last), then the entries. See docs/audit.md. */
  @Get('export')
  @ApiOperation({
    summary: 'The ledger as NDJSON with the checkpoint that covers it',
    description:
      'Verifiable offline: npm run audit:verify-export (docs/audit.md). since/until narrow it to a period, signal to the span ' +
      "of one signal's entries (every entry between its first and its last, so the chain verifies); 404 when that leaves none.",
  })
  @ApiProduces('application/x-ndjson')
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  async export(@Query() q: ExportQueryDto, @CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'GET /v1/audit/export', { ...q });
    const lines = await this.exporter.prepare(await this.exporter.range(q));
    return new StreamableFile(Readable.from(lines), {
      type: 'application/x-ndjson',
      disposition: 'attachment; filename="audit-ledger.ndjson"',
    });
  }

  /** Signed checkpoints, oldest first, for the oversight body to keep its own copy. */
  @Get('checkpoints')
  @ApiOperation({
    summary: 'Signed checkpoints, oldest first',
    description: 'Keep your own copy: a rewritten ledger no longer matches them.',
  })
  async listCheckpoints(@Query() q: CheckpointsQueryDto, @CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'GET /v1/audit/checkpoints', { ...q });
    const limit = q.limit ?? 100;
    const checkpoints = await this.checkpoints.page(q.cursor ?? '0', limit);
    return { checkpoints, nextCursor: checkpoints.length === limit ? checkpoints[checkpoints.length - 1].seq : null };
  }

  /** Signs the head now (after recording this request, so the checkpoint covers it). */
  @Post('checkpoints')
  @ApiOperation({ summary: 'Sign the head now' })
  @Roles('oversight', 'admin')
  @HttpCode(201)
  async createCheckpoint(@CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'POST /v1/audit/checkpoints', {});
    const made = await this.make.checkpointHead({ onlyIfMoved: false });
    return made?.checkpoint;
  }

  /** The key that verifies checkpoints (SPKI PEM). Obtain it once and keep it: trust does not come from this database. */
  @Get('public-key')
  @ApiOperation({ summary: 'The Ed25519 key that verifies checkpoints (SPKI PEM)' })
  @Roles('oversight', 'admin')
  async publicKey(@CurrentPrincipal() who: Principal) {
    await this.record.record(who, 'GET /v1/audit/public-key', {});
    return { algorithm: 'Ed25519', keyId: this.key.keyId, publicKey: this.key.publicKeyPem };
  }
}
