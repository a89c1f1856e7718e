import { Body, Controller, Delete, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { CONSOLE_CONFIG, ConsoleConfig } from '../config';
import { ConsoleRequest, cookieName, NoSession } from './session.guard';
import { Session, SessionStore } from './session.store';
import { SignInLimiter } from './sign-in-limiter';
import { RedeemHandoverUseCase } from './redeem-handover.usecase';
import { SignInUseCase } from './sign-in.usecase';

export class SignInBody {
  /** An API key as the APIs issue it; the console holds it in memory for the session's life only. */
  @IsString()
  @Matches(/^[\x21-\x7e]{8,200}$/, { message: 'apiKey must be an API key (psl_…)' })
  apiKey!: string;
}

export class RedeemBody {
  /** The two halves of a key handover, one from each security officer. */
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @Matches(/^pslh_[A-Za-z0-9_-]{43}$/, { each: true, message: 'each of $property must be a handover half (pslh_…)' })
  codes!: [string, string];
}

/** What the page may know about its session: who, the CSRF token, when it lapses. Never the key. */
function view(s: Session, config: ConsoleConfig) {
  return {
    principal: s.principal,
    csrfToken: s.csrfToken,
    idleTimeoutSeconds: Math.round(config.idleTimeoutMs / 1000),
    expiresAt: new Date(Math.min(s.lastSeenAt + config.idleTimeoutMs, s.createdAt + config.maxAgeMs)).toISOString(),
  };
}

@Controller('api/session')
export class SessionController {
  constructor(
    private readonly signIn: SignInUseCase,
    private readonly sessions: SessionStore,
    private readonly limiter: SignInLimiter,
    private readonly redeemHandover: RedeemHandoverUseCase,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  /** Sign-in: the key is checked by the intake (GET /v1/me) and exchanged for a session cookie. */
  @Post()
  @NoSession()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  async create(@Body() body: SignInBody, @Req() req: ConsoleRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    // Per address and per key, before the intake is asked: 429 past either.
    this.limiter.check(req.ip, body.apiKey);
    // A new sign-in replaces whatever session this browser had (no session fixation).
    this.sessions.destroy(req.cookies?.[cookieName(this.config)]);
    const { id, session } = await this.signIn.execute(body.apiKey);
    reply.setCookie(cookieName(this.config), id, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookie,
      path: '/',
    });
    return view(session, this.config);
  }

  /**
   * A principal's first sign-in (or after its officers rotated its key): the two halves of its key
   * handover are redeemed at the intake, and the new key is answered this once — to the principal
   * only — with a session for it. Limited as a sign-in is.
   */
  @Post('redeem')
  @NoSession()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  async redeem(@Body() body: RedeemBody, @Req() req: ConsoleRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    this.limiter.check(req.ip, body.codes[0]);
    this.sessions.destroy(req.cookies?.[cookieName(this.config)]);
    const { id, session, apiKey } = await this.redeemHandover.execute(body.codes);
    reply.setCookie(cookieName(this.config), id, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookie,
      path: '/',
    });
    return { ...view(session, this.config), apiKey };
  }

  @Get()
  @Header('Cache-Control', 'no-store')
  current(@Req() req: ConsoleRequest) {
    return view(req.consoleSession!, this.config);
  }

  /**
   * Whether the session is still live, without counting as activity: the page asks when its idle
   * time should be up, and goes back to the sign-in page if it is.
   */
  @Get('status')
  @NoSession()
  @Header('Cache-Control', 'no-store')
  status(@Req() req: ConsoleRequest) {
    const found = this.sessions.find(req.cookies?.[cookieName(this.config)], { touch: false });
    if (!('session' in found)) {
      const kind = found.expired ? 'session-expired' : 'session-required';
      throw new ProblemException(localizedProblem({ type: `urn:passerelle:problem:${kind}`, status: 401 }, `problem.${kind}.detail`));
    }
    return { expiresAt: view(found.session, this.config).expiresAt };
  }

  /** Sign-out: the session and the key it held are forgotten at once. */
  @Delete()
  @HttpCode(204)
  remove(@Req() req: ConsoleRequest, @Res({ passthrough: true }) reply: FastifyReply): void {
    this.sessions.destroy(req.cookies?.[cookieName(this.config)]);
    reply.clearCookie(cookieName(this.config), { path: '/', httpOnly: true, sameSite: 'strict', secure: this.config.secureCookie });
  }
}
