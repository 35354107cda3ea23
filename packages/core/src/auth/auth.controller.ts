import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ForbiddenError } from '@openrcm/sdk';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal } from '../http/request-context.decorator';
import type { UserSession } from '../identity/session.entity';
import { SessionService } from '../identity/session.service';
import { SignInService } from '../identity/sign-in.service';
import type { Principal } from './principal';
import { Public, SignedIn } from './route-policy';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

class SignInDto extends createZodDto(z.object({ email: z.email(), password: z.string().min(1).max(256) })) {}
class CodeDto extends createZodDto(z.object({ code: z.string().trim().min(6).max(40).describe('TOTP code or recovery code') })) {}
class ChangePasswordDto extends createZodDto(z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })) {}

const PENDING = ['mfa-required', 'mfa-enrollment-required', 'password-change-required'] as const;

function sessionView(session: UserSession) {
  return { stage: session.stage, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
}

function userOf(principal: Principal) {
  if (principal.kind !== 'user') throw new ForbiddenError('this route is for people, not API keys');
  return principal;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionService,
  ) {}

  /** Password step. The session cookie is set; `stage` says what comes next (`active` when done). */
  @Post('sign-in')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  async signIn(@Body() body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { token, session } = await this.signIns.signIn(body.email, body.password, request.ip ?? null);
    setSessionCookie(request, response, token, session.expiresAt);
    return sessionView(session);
  }

  /** Second factor: a TOTP code or a recovery code. */
  @Post('mfa/verify')
  @SignedIn({ stages: ['mfa-required'], usersOnly: true })
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  async verify(@CurrentPrincipal() principal: Principal, @Body() body: CodeDto) {
    const { user, session } = userOf(principal);
    await this.signIns.verifySecondFactor(user, session, body.code);
    return sessionView(session);
  }

  /** TOTP enrolment, step 1: the secret and its otpauth URI (shown once). */
  @Post('mfa/enrol')
  @SignedIn({ stages: ['mfa-enrollment-required'], usersOnly: true })
  @HttpCode(200)
  async enrol(@CurrentPrincipal() principal: Principal) {
    return this.signIns.beginEnrolment(userOf(principal).user);
  }

  /** TOTP enrolment, step 2: a code from the app; returns ten recovery codes (shown once). */
  @Post('mfa/confirm')
  @SignedIn({ stages: ['mfa-enrollment-required'], usersOnly: true })
  @HttpCode(200)
  async confirm(@CurrentPrincipal() principal: Principal, @Body() body: CodeDto) {
    const { user, session } = userOf(principal);
    const recoveryCodes = await this.signIns.confirmEnrolment(user, session, body.code);
    return { ...sessionView(session), recoveryCodes };
  }

  /** Changes the password (required after a one-time password). */
  @Post('password')
  @SignedIn({ stages: ['password-change-required'], usersOnly: true })
  @HttpCode(200)
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto) {
    const { user, session } = userOf(principal);
    await this.signIns.changePassword(user, session, body.currentPassword, body.newPassword);
    return sessionView(session);
  }

  /** The signed-in user, their organizations and roles. */
  @Get('session')
  @SignedIn({ stages: PENDING, usersOnly: true })
  session(@CurrentPrincipal() principal: Principal) {
    const { user, session, memberships } = userOf(principal);
    return {
      user: { id: user.id, email: user.email, displayName: user.displayName, mfaEnabled: user.totpEnabled },
      memberships: memberships.map((membership) => ({ organizationId: membership.organizationId, roles: membership.roles })),
      ...sessionView(session),
    };
  }

  @Post('sign-out')
  @SignedIn({ stages: PENDING, usersOnly: true })
  @HttpCode(204)
  async signOut(@CurrentPrincipal() principal: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.close(userOf(principal).token);
    clearSessionCookie(request, response);
  }
}
