import { createContext, useContext } from 'react';
import type { Role } from '../api/views';

/** The organization the user works in now, and their roles there. */
export interface CurrentOrganization {
  readonly organizationId: string;
  readonly roles: readonly Role[];
}

export const CurrentOrganizationContext = createContext<CurrentOrganization | null>(null);

export function useCurrentOrganization(): CurrentOrganization {
  const current = useContext(CurrentOrganizationContext);
  if (!current) throw new Error('useCurrentOrganization outside a signed-in layout');
  return current;
}

const STORAGE_KEY = 'openrcm.organizationId';

/** The organization chosen last on this browser, if the user still belongs to it; else their first. */
export function chooseOrganization(memberships: readonly { readonly organizationId: string }[], stored: string | null): string | null {
  if (stored && memberships.some((membership) => membership.organizationId === stored)) return stored;
  return memberships[0]?.organizationId ?? null;
}

export function storedOrganization(): string | null {
  return window.localStorage.getItem(STORAGE_KEY);
}

export function storeOrganization(organizationId: string): void {
  window.localStorage.setItem(STORAGE_KEY, organizationId);
}
