import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { OutboxService } from '../outbox/outbox.service';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHost } from '../plugins/plugin-host.service';
import { Organization } from './organization.entity';

/** What it takes to create an organization. */
export interface CreateOrganization {
  readonly name: string;
  readonly timeZone: string;
}

/** Tenants: created with their `organization.created` event in one transaction, then given their plugins. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxService,
    private readonly plugins: PluginHost,
  ) {}

  async create(context: Omit<RequestContext, 'organizationId'>, input: CreateOrganization): Promise<Organization> {
    assertTimeZone(input.timeZone);
    const organization = await currentEntityManager(this.orm).transactional(async (tx) => {
      const created = tx.create(Organization, { name: input.name.trim(), timeZone: input.timeZone });
      this.outbox.record({ ...context, organizationId: created.id }, 'organization.created', { organizationId: created.id });
      return created;
    });
    await this.plugins.registerOrganization(organization.id);
    return organization;
  }

  async get(id: string): Promise<Organization> {
    const organization = await currentEntityManager(this.orm).findOne(Organization, id);
    if (!organization) throw new NotFoundError('organization', id);
    return organization;
  }

  async list(): Promise<Organization[]> {
    return currentEntityManager(this.orm).find(Organization, {}, { orderBy: { name: 'asc' } });
  }
}

function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ValidationError([{ field: 'timeZone', message: `"${timeZone}" is not an IANA time zone such as America/Chicago` }]);
  }
}
