import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { OutboxService } from '../outbox/outbox.service';
import { Membership } from '../identity/membership.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHost } from '../plugins/plugin-host.service';
import { Organization } from './organization.entity';

/** What it takes to create an organization. */
export interface CreateOrganization {
  readonly name: string;
  readonly timeZone: string;
}

/** An ISA sender or receiver id: up to 15 letters, digits or spaces. */
const X12_ID = /^[A-Za-z0-9 ]{1,15}$/;

/** What an administrator may change about the organization. */
export interface UpdateOrganization {
  readonly name?: string;
  readonly timeZone?: string;
  readonly x12SubmitterId?: string | null;
}

/** Tenants: created with their `organization.created` event in one transaction, then given their plugins. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxService,
    private readonly plugins: PluginHost,
  ) {}

  /** Creates an organization; `administratorUserId`, when given, becomes its administrator in the same transaction. */
  async create(context: Omit<RequestContext, 'organizationId'>, input: CreateOrganization, administratorUserId?: string): Promise<Organization> {
    assertTimeZone(input.timeZone);
    const organization = await currentEntityManager(this.orm).transactional(async (tx) => {
      const created = tx.create(Organization, { name: input.name.trim(), timeZone: input.timeZone });
      if (administratorUserId) tx.create(Membership, { organizationId: created.id, userId: administratorUserId, roles: ['admin'] });
      this.outbox.record({ ...context, organizationId: created.id }, 'organization.created', { organizationId: created.id });
      return created;
    });
    await this.plugins.ensureOrganization(organization.id);
    return organization;
  }

  async get(id: string): Promise<Organization> {
    const organization = await currentEntityManager(this.orm).findOne(Organization, id);
    if (!organization) throw new NotFoundError('organization', id);
    return organization;
  }

  /** The organizations among `ids`, by name. */
  async list(ids: readonly string[]): Promise<Organization[]> {
    return currentEntityManager(this.orm).find(Organization, { id: { $in: [...ids] } }, { orderBy: { name: 'asc' } });
  }

  /** Changes the organization's name, time zone or X12 submitter id (null clears it). */
  async update(context: RequestContext, changes: UpdateOrganization): Promise<Organization> {
    const organization = await this.get(context.organizationId);
    if (changes.timeZone !== undefined) assertTimeZone(changes.timeZone);
    if (changes.x12SubmitterId && !X12_ID.test(changes.x12SubmitterId)) {
      throw new ValidationError([{ field: 'x12SubmitterId', message: 'letters, digits and spaces, at most 15 characters (it fills ISA06)' }]);
    }
    if (changes.name !== undefined) organization.name = changes.name.trim();
    if (changes.timeZone !== undefined) organization.timeZone = changes.timeZone;
    if (changes.x12SubmitterId !== undefined) organization.x12SubmitterId = changes.x12SubmitterId?.trim() || null;
    await currentEntityManager(this.orm).flush();
    return organization;
  }

  /**
   * The organization a command-line task acts in: the one named, or the only one there is. Several organizations and
   * none named is a ValidationError on `org` listing them.
   */
  async resolveForCli(organizationId: string | undefined): Promise<Organization> {
    if (organizationId) return this.get(organizationId);
    const organizations = await currentEntityManager(this.orm).find(Organization, {}, { orderBy: { name: 'asc' }, limit: 21 });
    if (organizations.length === 1) return organizations[0] as Organization;
    if (organizations.length === 0) throw new ValidationError([{ field: 'org', message: 'there is no organization yet: run openrcm users create-admin first' }]);
    const listed = organizations.slice(0, 20).map((organization) => `${organization.id} (${organization.name})`).join(', ');
    throw new ValidationError([{ field: 'org', message: `this installation has several organizations; pass --org with one of: ${listed}` }]);
  }

  /** Every organization of the installation, by name (operator commands that run for each: `openrcm ledger verify`). */
  async all(): Promise<Organization[]> {
    return currentEntityManager(this.orm).find(Organization, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** Whether any organization exists (first run). */
  async any(): Promise<boolean> {
    return (await currentEntityManager(this.orm).count(Organization)) > 0;
  }
}

function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ValidationError([{ field: 'timeZone', message: `"${timeZone}" is not an IANA time zone such as America/Chicago` }]);
  }
}
