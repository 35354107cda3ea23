import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, type RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { isUuid } from '../work-items/organization-members';
import { DEFAULT_APPEAL_TEMPLATE } from './appeal-letter.default-template';
import { AppealLetterTemplate, type AppealLetterFormat } from './appeal-letter-template.entity';
import { compileLetterTemplate, type CompiledLetterTemplate } from './letter-template.compiler';

/** What saving a template takes. */
export interface AppealTemplateInput {
  readonly name: string;
  readonly format: AppealLetterFormat;
  readonly body: string;
}

/** Appeal letter templates of an organization: the shipped default on first use, then the organization's own. */
@Injectable()
export class AppealTemplateService {
  constructor(private readonly orm: MikroORM) {}

  async list(context: RequestContext): Promise<AppealLetterTemplate[]> {
    return currentEntityManager(this.orm).transactional(async (tx) => {
      await this.ensureDefault(tx, context.organizationId);
      return tx.find(AppealLetterTemplate, { organizationId: context.organizationId }, { orderBy: { name: 'asc', id: 'asc' } });
    });
  }

  async get(context: RequestContext, id: string): Promise<AppealLetterTemplate> {
    const template = isUuid(id) ? await currentEntityManager(this.orm).findOne(AppealLetterTemplate, { id, organizationId: context.organizationId }) : null;
    if (!template) throw new NotFoundError('appeal letter template', id);
    return template;
  }

  /** The template to render with: `id`, or the organization's first (the default when it has kept it). */
  async forRendering(context: RequestContext, id: string | undefined): Promise<AppealLetterTemplate> {
    if (id) return this.get(context, id);
    return (await this.list(context))[0] as AppealLetterTemplate;
  }

  /** Creates a template; its body must compile (a syntax error is a ValidationError on `body` naming the line). */
  async create(context: RequestContext, input: AppealTemplateInput): Promise<AppealLetterTemplate> {
    compileTemplate(input.format, input.body);
    return this.save(context, async (tx) => tx.create(AppealLetterTemplate, { organizationId: context.organizationId, ...input }));
  }

  /** Replaces a template's name, format and body (compiled first). */
  async update(context: RequestContext, id: string, input: AppealTemplateInput): Promise<AppealLetterTemplate> {
    await this.get(context, id);
    compileTemplate(input.format, input.body);
    return this.save(context, async (tx) => {
      const template = (await tx.findOne(AppealLetterTemplate, { id, organizationId: context.organizationId })) as AppealLetterTemplate;
      template.name = input.name;
      template.format = input.format;
      template.body = input.body;
      return template;
    });
  }

  private async save(context: RequestContext, write: (tx: EntityManager) => Promise<AppealLetterTemplate>): Promise<AppealLetterTemplate> {
    try {
      return await currentEntityManager(this.orm).transactional(async (tx) => {
        await this.ensureDefault(tx, context.organizationId);
        const template = await write(tx);
        await tx.flush();
        return template;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('an appeal letter template with this name already exists');
      throw error;
    }
  }

  /** Seeds the shipped template for an organization that has none yet. */
  private async ensureDefault(em: EntityManager, organizationId: string): Promise<void> {
    if ((await em.count(AppealLetterTemplate, { organizationId })) > 0) return;
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`appeal-templates:${organizationId}`]);
    if ((await em.count(AppealLetterTemplate, { organizationId })) > 0) return;
    em.create(AppealLetterTemplate, { organizationId, ...DEFAULT_APPEAL_TEMPLATE });
    await em.flush();
  }
}

/** Compiles a template body for its format (HTML escapes values, text does not). */
export function compileTemplate(format: AppealLetterFormat, body: string): CompiledLetterTemplate {
  return compileLetterTemplate(body, format === 'html');
}
