import { Anchor, Group, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, POSTING_ROLES } from '../session/permissions';

const TABS = [
  { path: '/remittances', label: 'Posted' },
  { path: '/remittances/unmatched', label: 'Unmatched' },
  { path: '/remittances/variances', label: 'Variances' },
] as const;

/** The remittance screens' heading and the links between them (a paper EOB for the roles that post). */
export function RemittanceTabs({ title }: { title: string }) {
  const { pathname } = useLocation();
  const { roles } = useCurrentOrganization();
  return (
    <>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Group component="nav" aria-label="Remittance screens">
        {TABS.map((tab) => (
          <Anchor key={tab.path} component={Link} to={tab.path} fw={pathname === tab.path ? 700 : 400} aria-current={pathname === tab.path ? 'page' : undefined}>
            {tab.label}
          </Anchor>
        ))}
        {allows(roles, POSTING_ROLES) && (
          <Anchor component={Link} to="/remittances/new" fw={pathname === '/remittances/new' ? 700 : 400}>
            Enter a paper EOB
          </Anchor>
        )}
      </Group>
    </>
  );
}
