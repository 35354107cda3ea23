import { AppShell, Button, Group, NativeSelect, NavLink, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api, setCsrfToken } from '../api/client';
import type { Organization, SessionView } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { navigationFor } from '../session/permissions';
import { SESSION_KEY } from '../session/session-queries';

interface AppLayoutProps {
  readonly session: SessionView;
  readonly organizationId: string;
  readonly organizations: readonly Organization[];
  readonly onSwitch: (organizationId: string) => void;
}

/** The signed-in frame: header with the organization switcher and sign-out, navigation by role, the screen. */
export function AppLayout({ session, organizationId, organizations, onSwitch }: AppLayoutProps) {
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const roles = session.memberships.find((membership) => membership.organizationId === organizationId)?.roles ?? [];
  const signOut = useMutation({
    mutationFn: () => api.POST('/api/auth/sign-out'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, null);
      void navigate('/');
    },
  });
  const nameOf = (id: string) => organizations.find((organization) => organization.id === id)?.name ?? id;

  return (
    <CurrentOrganizationContext.Provider value={{ organizationId, roles }}>
      <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Title order={2} size="h4">
              OpenRCM
            </Title>
            <Group>
              {session.memberships.length > 1 ? (
                <NativeSelect
                  aria-label="Organization"
                  value={organizationId}
                  onChange={(event) => onSwitch(event.currentTarget.value)}
                  data={session.memberships.map((membership) => ({ value: membership.organizationId, label: nameOf(membership.organizationId) }))}
                />
              ) : (
                <Text>{nameOf(organizationId)}</Text>
              )}
              <Text size="sm" c="dimmed">
                {session.user.email} ({roles.join(', ')})
              </Text>
              <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending}>
                Sign out
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label="Main">
          {navigationFor(roles).map((entry) => (
            <NavLink key={entry.path} component={Link} to={`/${entry.path}`} label={entry.label} active={pathname.startsWith(`/${entry.path}`)} />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </CurrentOrganizationContext.Provider>
  );
}
