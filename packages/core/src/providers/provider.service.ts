import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { isValidNpi } from '@openrcm/x12';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Provider, type ProviderKind } from './provider.entity';

/** Filters of the provider list. */
export interface ProviderFilters {
  readonly kind?: ProviderKind;
  readonly active?: boolean;
  /** The start of the name, or of the NPI. */
  readonly q?: string;
}

/** What registering a provider takes. */
export interface RegisterProvider {
  readonly kind: ProviderKind;
  readonly name: string;
  readonly firstName?: string;
  readonly npi: string;
  readonly taxonomy?: string;
  readonly taxId?: string;
}

const TAXONOMY = /^[0-9]{3}[0-9A-Z]{6}X$/;

/** Providers of an organization, with their identifiers checked as payers check them. */
@Injectable()
export class ProviderService {
  constructor(private readonly orm: MikroORM) {}

  async register(context: RequestContext, input: RegisterProvider): Promise<Provider> {
    const taxId = input.taxId?.replace(/-/g, '');
    assertIdentifiers(input, taxId);
    const em = currentEntityManager(this.orm);
    if (await em.findOne(Provider, { organizationId: context.organizationId, npi: input.npi })) {
      throw new ConflictError(`a provider with NPI ${input.npi} is already registered`);
    }
    const provider = em.create(Provider, {
      organizationId: context.organizationId,
      kind: input.kind,
      name: input.name.trim(),
      firstName: input.kind === 'individual' ? (input.firstName?.trim() ?? null) : null,
      npi: input.npi,
      taxonomy: input.taxonomy ?? null,
      taxId: taxId ?? null,
    });
    await em.flush();
    return provider;
  }

  /** A page of the organization's providers, filtered by kind, active and the start of the name or the NPI. */
  async list<V>(context: RequestContext, filters: ProviderFilters, query: ListQuery, toView: (provider: Provider) => V): Promise<Page<V>> {
    const search = filters.q?.replace(/[%_\\]/g, '');
    const where = {
      organizationId: context.organizationId,
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.active === undefined ? {} : { active: filters.active }),
      ...(search ? { $or: [{ name: { $ilike: `${search}%` } }, { npi: { $like: `${search}%` } }] } : {}),
    };
    const orderBy = orderByOf<Provider>(query.sort ?? 'name', { name: 'name', npi: 'npi', createdAt: 'createdAt' }, { firstName: 'asc', id: 'asc' });
    return findPage(currentEntityManager(this.orm), Provider, where, query, orderBy, toView);
  }

  async get(context: RequestContext, providerId: string): Promise<Provider> {
    const provider = await currentEntityManager(this.orm).findOne(Provider, { id: providerId, organizationId: context.organizationId });
    if (!provider) throw new NotFoundError('provider', providerId);
    return provider;
  }
}

function assertIdentifiers(input: RegisterProvider, taxId: string | undefined): void {
  const issues: ValidationIssue[] = [];
  if (!isValidNpi(input.npi)) issues.push({ field: 'npi', message: `${input.npi} is not a valid NPI (ten digits with a valid check digit)` });
  if (input.taxonomy !== undefined && !TAXONOMY.test(input.taxonomy)) issues.push({ field: 'taxonomy', message: 'a ten-character NUCC taxonomy code ending in X, e.g. 207Q00000X' });
  if (taxId !== undefined && !/^\d{9}$/.test(taxId)) issues.push({ field: 'taxId', message: 'an employer identification number: nine digits (a dash allowed)' });
  if (input.kind === 'individual' && !input.firstName?.trim()) issues.push({ field: 'firstName', message: 'required for an individual provider' });
  if (issues.length > 0) throw new ValidationError(issues);
}
