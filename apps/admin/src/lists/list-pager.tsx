import { Button, Group, Text } from '@mantine/core';
import type { PagedList } from './use-paged-list';

/** "Page N · M item(s)" and Previous/Next, in a navigation landmark named after the list. */
export function ListPager<T>({ list, label, noun = 'item(s)' }: { list: PagedList<T>; label: string; noun?: string }) {
  const total = list.query.data?.total ?? 0;
  return (
    <Group component="nav" aria-label={`${label} pages`} justify="space-between">
      <Text size="sm">
        Page {list.pageNumber} · {total} {noun}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={list.previous} disabled={!list.hasPrevious} aria-label="Previous page">
          Previous
        </Button>
        <Button variant="default" size="xs" onClick={list.next} disabled={!list.hasNext} aria-label="Next page">
          Next
        </Button>
      </Group>
    </Group>
  );
}
