import { MikroORM } from '@mikro-orm/core';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Money, OpenRcmError, systemContext, ValidationError, type RequestContext } from '@openrcm/sdk';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { writePendingReads } from '../audit/audit-reads';
import { runInAuditScope } from '../audit/audit-scope';
import { Public } from '../auth/route-policy';
import { StatementSettingsService } from '../statements/statement-settings.service';
import { amountPage, checkPage, notPaidPage, planPage, receiptPage, refusedPage, toProcessorPage } from './pay-link.pages';
import { LOCK_MINUTES } from './pay-link-lockout';
import { PayLinkService, type PayLinkAccountView } from './pay-link.service';
import type { PayLinkClaims } from './pay-link.token';

/** The patient-facing pay-by-link pages (`/pay/:token`, outside `/api`): HTML forms, no account, no script. */
@ApiExcludeController()
@Controller('pay/:token')
export class PayLinkController {
  constructor(
    private readonly links: PayLinkService,
    private readonly settings: StatementSettingsService,
    private readonly orm: MikroORM,
  ) {}

  @Get()
  @Public()
  async start(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.serve(token, request, response, async (_context, claims) => checkPage(`/pay/${token}`, await this.officeName(claims)));
  }

  @Post('verify')
  @Public()
  @HttpCode(200)
  async verify(@Param('token') token: string, @Body() body: { answer?: string }, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.serve(token, request, response, async (_context, claims) => {
      const officeName = await this.officeName(claims);
      const view = await this.links.check(claims, token, String(body.answer ?? ''));
      if (view === 'locked') return checkPage(`/pay/${token}`, officeName, `Too many tries. For your privacy this link is paused for ${LOCK_MINUTES} minutes; you can also call the billing office.`);
      if (view === 'wrong') return checkPage(`/pay/${token}`, officeName, 'That does not match our records. Check the date of birth (YYYY-MM-DD) or the ZIP code and try again.');
      return this.amountPage(token, officeName, view);
    });
  }

  @Post('checkout')
  @Public()
  @HttpCode(200)
  async checkout(@Param('token') token: string, @Body() body: { proof?: string; amount?: string; receiptEmail?: string }, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.serve(token, request, response, async (context, claims) => {
      const officeName = await this.officeName(claims);
      const view = await this.links.viewWithProof(claims, token, String(body.proof ?? ''));
      if (!view) return checkPage(`/pay/${token}`, officeName, 'Please confirm the date of birth or ZIP code again.');
      const receiptEmail = String(body.receiptEmail ?? '').trim();
      try {
        const amountCents = Money.parse(String(body.amount ?? '').replace(/[$,\s]/g, ''), 'amount').toJSON();
        if (receiptEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(receiptEmail)) throw new ValidationError([{ field: 'receiptEmail', message: 'enter a valid email address for the receipt, or leave it empty' }]);
        return toProcessorPage(await this.links.checkout(context, claims, token, { amountCents, receiptEmail: receiptEmail || null }));
      } catch (error) {
        if (!(error instanceof OpenRcmError)) throw error;
        return this.amountPage(token, officeName, view, messageOf(error));
      }
    });
  }

  @Post('plan')
  @Public()
  @HttpCode(200)
  async plan(@Param('token') token: string, @Body() body: { proof?: string; months?: string }, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.serve(token, request, response, async (context, claims) => {
      const officeName = await this.officeName(claims);
      const view = await this.links.viewWithProof(claims, token, String(body.proof ?? ''));
      if (!view) return checkPage(`/pay/${token}`, officeName, 'Please confirm the date of birth or ZIP code again.');
      try {
        const plan = await this.links.startPlan(context, claims, Number(body.months));
        return planPage({ officeName, installment: Money.fromCents(plan.installmentCents).toDisplay(), months: Math.ceil(plan.totalCents / plan.installmentCents), firstDueOn: plan.firstDueOn });
      } catch (error) {
        if (!(error instanceof OpenRcmError)) throw error;
        return this.amountPage(token, officeName, view, messageOf(error));
      }
    });
  }

  @Get('return')
  @Public()
  async back(@Param('token') token: string, @Query('session') sessionId: string | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.serve(token, request, response, async (context, claims) => {
      const retry = `/pay/${token}`;
      if (!sessionId) return notPaidPage('The payment processor did not say which payment this was.', retry);
      const result = await this.links.complete(context, claims, sessionId);
      if (!result.paid) return notPaidPage(result.reason, retry);
      const { payment } = result.recorded;
      return receiptPage({ officeName: await this.officeName(claims), amount: Money.fromCents(payment.amountCents).toDisplay(), receiptNumber: payment.id, receivedOn: payment.receivedOn, receiptEmail: payment.receiptEmail });
    });
  }

  /** Runs a page in the link's organization (a system context, audited with the payer's IP), or refuses the link. */
  private async serve(token: string, request: Request, response: Response, render: (context: RequestContext, claims: PayLinkClaims) => Promise<string>): Promise<void> {
    response.setHeader('cache-control', 'no-store');
    response.setHeader('referrer-policy', 'no-referrer');
    const claims = this.links.open(token);
    if (!claims) {
      response.status(404).type('html').send(refusedPage());
      return;
    }
    const context = systemContext(claims.organizationId, randomUUID(), 'pay-link');
    const html = await runInAuditScope(context, request.ip ?? null, async (scope) => {
      const page = await render(context, claims);
      await writePendingReads(this.orm.em.fork(), scope);
      return page;
    });
    response.status(200).type('html').send(html);
  }

  private amountPage(token: string, officeName: string, view: PayLinkAccountView, error?: string): string {
    return amountPage({ linkPath: `/pay/${token}`, officeName, ...view, amountDue: Money.fromCents(view.amountDueCents).toDisplay(), planMonths: this.links.planMonthsFor(view.amountDueCents), ...(error ? { error } : {}) });
  }

  private async officeName(claims: PayLinkClaims): Promise<string> {
    return (await this.settings.get(systemContext(claims.organizationId, 'pay-link', 'pay-link'))).billingName;
  }
}

function messageOf(error: OpenRcmError): string {
  const issues = (error as { issues?: readonly { message: string }[] }).issues;
  return issues && issues.length > 0 ? issues.map((issue) => issue.message).join('; ') : error.message;
}
