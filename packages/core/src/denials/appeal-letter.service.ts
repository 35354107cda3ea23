import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { ClaimService } from '../claims/claim.service';
import { claimWorkflow } from '../claims/claim.workflow';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { AdjustmentCodeService } from '../reference/adjustment-codes.service';
import { calendarDate } from '../time/calendar-date';
import { WorkItem } from '../work-items/work-item.entity';
import { isUuid } from '../work-items/organization-members';
import { eventsAllowedIn } from '../workflow/workflow-table';
import { appealLetterData } from './appeal-letter.data';
import { AppealLetter, type AppealAttachment } from './appeal-letter.entity';
import { AppealTemplateService, compileTemplate } from './appeal-template.service';
import { ClaimDenialEntry } from './claim-denial-entry.entity';
import { describeDenials } from './denial-description';
import { DENIAL_RECORD_TYPE } from './denial.router';

/** What rendering a letter takes. */
export interface RenderAppealLetter {
  /** The template (default: the organization's first, the shipped one unless renamed). */
  readonly templateId?: string;
  /** The denial work item the letter answers: only its denials are listed (default: every denial of the claim). */
  readonly workItemId?: string;
  readonly attachments?: readonly AppealAttachment[];
}

/** A stored letter and what rendering it did to the claim. */
export interface RenderedAppealLetter {
  readonly letter: AppealLetter;
  /** The claim's state after the letter (moved to `appealed` when it was denied or partially paid). */
  readonly claimState: string;
  readonly appealed: boolean;
}

/**
 * Appeal letters: renders a template with the claim (control numbers, dates of service, lines, charges), its denials
 * with the CARC/RARC wording, and the attachments listed; stores the letter and, in the same transaction, moves the
 * claim `appeal` when the claim workflow allows it from its state (denied, partially paid).
 */
@Injectable()
export class AppealLetterService {
  constructor(
    private readonly orm: MikroORM,
    private readonly claims: ClaimService,
    private readonly templates: AppealTemplateService,
    private readonly codes: AdjustmentCodeService,
  ) {}

  async render(context: RequestContext, claimId: string, input: RenderAppealLetter): Promise<RenderedAppealLetter> {
    const em = currentEntityManager(this.orm);
    const claim = await this.claims.get(context, claimId);
    const template = await this.templates.forRendering(context, input.templateId);
    const workItemId = input.workItemId ?? null;
    if (workItemId) await this.assertDenialItem(context, claimId, workItemId);
    const entries = await em.find(
      ClaimDenialEntry,
      { organizationId: context.organizationId, claimId, ...(workItemId ? { workItemId } : {}) },
      { orderBy: { receivedOn: 'desc', createdAt: 'desc', id: 'asc' } },
    );
    const latest = [...new Map(entries.map((entry) => [`${entry.lineKey}|${entry.groupCode}|${entry.reasonCode}`, entry])).values()];
    const lines = await this.claims.lines(context, claimId);
    const lineNumbers = new Map(lines.map((line) => [line.id, line.lineNumber]));
    const organization = (await em.findOne(Organization, context.organizationId)) as Organization;
    const today = calendarDate(new Date(), organization.timeZone);
    const described = await describeDenials(this.codes, latest, lineNumbers, latest[0]?.receivedOn ?? today);
    described.sort((a, b) => (a.lineNumber ?? 0) - (b.lineNumber ?? 0));
    const attachments = (input.attachments ?? []).map((attachment) => ({ name: attachment.name.trim(), description: attachment.description.trim() }));
    const data = appealLetterData(claim, lines, described, attachments, organization.name, today);
    const content = compileTemplate(template.format, template.body).render(data);

    const appealed = eventsAllowedIn(claimWorkflow, claim.state).includes('appeal');
    let claimState: string = claim.state;
    const letter = await em.transactional(async (tx) => {
      const stored = tx.create(AppealLetter, {
        organizationId: context.organizationId,
        claimId,
        patientId: claim.patientId,
        templateId: template.id,
        workItemId,
        format: template.format,
        content,
        attachments,
        createdBy: context.actor.id,
      });
      await tx.flush();
      if (appealed) claimState = (await this.claims.transition(context, claimId, 'appeal', { joinTransaction: true })).to;
      return stored;
    });
    return { letter, claimState, appealed };
  }

  /** The claim's letters, newest first. */
  async list(context: RequestContext, claimId: string): Promise<AppealLetter[]> {
    await this.claims.get(context, claimId);
    return currentEntityManager(this.orm).find(AppealLetter, { organizationId: context.organizationId, claimId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  private async assertDenialItem(context: RequestContext, claimId: string, workItemId: string): Promise<void> {
    const item = isUuid(workItemId) ? await currentEntityManager(this.orm).findOne(WorkItem, { id: workItemId, organizationId: context.organizationId }) : null;
    if (!item) throw new NotFoundError('work item', workItemId);
    if (item.kind !== 'denial' || item.recordType !== DENIAL_RECORD_TYPE || item.recordId !== claimId) {
      throw new ValidationError([{ field: 'workItemId', message: `work item ${workItemId} is not a denial work item of claim ${claimId}` }]);
    }
  }
}
