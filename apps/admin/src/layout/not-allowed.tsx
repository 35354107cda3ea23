import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Role } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows } from '../session/permissions';

/** Shows the screen only to the roles allowed; others see why not. */
export function RequireRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const current = useCurrentOrganization();
  if (allows(current.roles, roles)) return <>{children}</>;
  return (
    <Alert color="red" role="alert" title="Not allowed">
      This screen needs one of these roles: {roles.join(', ')}.
    </Alert>
  );
}
