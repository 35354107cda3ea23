import { Anchor, Group, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';

const TABS = [
  { path: '/collections', label: 'Approval queue' },
  { path: '/collections/placements', label: 'Placed accounts' },
  { path: '/collections/files', label: 'Agency files' },
  { path: '/collections/settings', label: 'Placement rules' },
] as const;

/** The collection screens' heading and the links between them. */
export function CollectionsTabs({ title }: { title: string }) {
  const { pathname } = useLocation();
  return (
    <>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Group component="nav" aria-label="Collection screens">
        {TABS.map((tab) => (
          <Anchor key={tab.path} component={Link} to={tab.path} fw={pathname === tab.path ? 700 : 400} aria-current={pathname === tab.path ? 'page' : undefined}>
            {tab.label}
          </Anchor>
        ))}
      </Group>
    </>
  );
}
