import { MikroORM, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { ReferenceCode } from '../reference/reference-code.entity';
import { Location } from './location.entity';
import { checkLocation, type LocationFields } from './location.rules';

/** What registering a location takes; `npi`, `addressLine2` and `phone` are optional. */
export interface CreateLocation {
  readonly name: string;
  readonly npi?: string | null;
  readonly addressLine1: string;
  readonly addressLine2?: string | null;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
  readonly phone?: string | null;
  readonly placeOfServiceCode: string;
  readonly active?: boolean;
}

/** A partial change of a location; `null` clears an optional field. */
export type UpdateLocation = Partial<CreateLocation>;

/** Filters of the location list: `active`, and `q`, a part of the name. */
export interface LocationFilters {
  readonly active?: boolean;
  readonly q?: string;
}

const SORTABLE = { name: 'name', createdAt: 'createdAt' } as const;

/** The service locations of an organization, with addresses as a claim needs them. */
@Injectable()
export class LocationService {
  constructor(private readonly orm: MikroORM) {}

  async create(context: RequestContext, input: CreateLocation): Promise<Location> {
    const em = currentEntityManager(this.orm);
    const fields = await this.check(em, {
      name: input.name,
      npi: input.npi ?? null,
      addressLine1: input.addressLine1,
      addressLine2: input.addressLine2 ?? null,
      city: input.city,
      state: input.state,
      zip: input.zip,
      phone: input.phone ?? null,
      placeOfServiceCode: input.placeOfServiceCode,
      active: input.active ?? true,
    });
    const location = em.create(Location, { organizationId: context.organizationId, ...fields });
    await em.flush();
    return location;
  }

  async list(context: RequestContext, filters: LocationFilters, query: ListQuery): Promise<Page<Location>> {
    const where: FilterQuery<Location> = { organizationId: context.organizationId };
    if (filters.active !== undefined) where.active = filters.active;
    if (filters.q) where.name = { $ilike: `%${filters.q.replace(/[%_\\]/g, (match) => `\\${match}`)}%` };
    const orderBy = orderByOf<Location>(query.sort, SORTABLE, { id: 'asc' });
    return findPage(currentEntityManager(this.orm), Location, where, query, orderBy, (location) => location);
  }

  async get(context: RequestContext, locationId: string): Promise<Location> {
    return loadLocation(currentEntityManager(this.orm), context, locationId);
  }

  /** Changes the given fields; the result is validated as a whole, so a change cannot leave a bad location. */
  async update(context: RequestContext, locationId: string, changes: UpdateLocation): Promise<Location> {
    const em = currentEntityManager(this.orm);
    const location = await loadLocation(em, context, locationId);
    const merged: LocationFields = {
      name: changes.name ?? location.name,
      npi: changes.npi !== undefined ? changes.npi : location.npi,
      addressLine1: changes.addressLine1 ?? location.addressLine1,
      addressLine2: changes.addressLine2 !== undefined ? changes.addressLine2 : location.addressLine2,
      city: changes.city ?? location.city,
      state: changes.state ?? location.state,
      zip: changes.zip ?? location.zip,
      phone: changes.phone !== undefined ? changes.phone : location.phone,
      placeOfServiceCode: changes.placeOfServiceCode ?? location.placeOfServiceCode,
      active: changes.active ?? location.active,
    };
    em.assign(location, await this.check(em, merged, changes.placeOfServiceCode !== undefined));
    await em.flush();
    return location;
  }

  /** Normalizes and validates; the place-of-service code is checked against the `pos` code set when one is loaded. */
  private async check(em: EntityManager, input: LocationFields, checkPlaceOfService = true): Promise<LocationFields> {
    const { value, issues } = checkLocation(input);
    const posIssue = checkPlaceOfService && !issues.some((issue) => issue.field === 'placeOfServiceCode') ? await this.placeOfServiceIssue(em, value.placeOfServiceCode) : undefined;
    if (posIssue) issues.push(posIssue);
    if (issues.length > 0) throw new ValidationError(issues);
    return value;
  }

  private async placeOfServiceIssue(em: EntityManager, code: string): Promise<ValidationIssue | undefined> {
    const current = { codeSet: 'pos', retiredOn: null };
    if ((await em.count(ReferenceCode, current)) === 0) return undefined;
    if ((await em.count(ReferenceCode, { ...current, code })) > 0) return undefined;
    return { field: 'placeOfServiceCode', message: `"${code}" is not a current place-of-service code` };
  }
}

async function loadLocation(em: EntityManager, context: RequestContext, locationId: string): Promise<Location> {
  const location = await em.findOne(Location, { id: locationId, organizationId: context.organizationId });
  if (!location) throw new NotFoundError('location', locationId);
  return location;
}
