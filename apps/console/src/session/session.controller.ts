import { Body, Controller, Delete, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ProblemException } from '@passerelle/http';
import { CONSOLE_CONFIG, ConsoleConfig } from '../config';
import { ConsoleRequest, cookieName, NoSession } from './session.guard';
import { Session, SessionStore } from './session.store';
import { SignInLimiter } from './sign-in-limiter';
import { SignInUseCase } from './sign-in.usecase';

export class SignInBody {
  /** An API key as the APIs issue it; the console holds it in memory for the session's life only. */
  @IsString()
  @Matches(/^[\x21-\x7e]{8,200}$/, { message: 'apiKey must be an API key (psl_…)' })
  apiKey!: string;
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
      throw new ProblemException({
        type: found.expired ? 'urn:passerelle:problem:session-expired' : 'urn:passerelle:problem:session-required',
        title: found.expired ? 'Session expired' : 'Sign in first',
        status: 401,
      });
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
