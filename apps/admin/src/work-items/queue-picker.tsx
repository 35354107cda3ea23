import { Radio, Stack, Text } from '@mantine/core';
import { WORK_QUEUES, type WorkQueue } from './work-queues';

/** Picks the work queue: one radio per queue, with what it holds. */
export function QueuePicker({ value, onChange }: { readonly value: WorkQueue['id']; readonly onChange: (id: WorkQueue['id']) => void }) {
  return (
    <Radio.Group label="Queue" value={value} onChange={onChange}>
      <Stack gap={6} mt="xs">
        {WORK_QUEUES.map((queue) => (
          <Radio
            key={queue.id}
            value={queue.id}
            label={queue.label}
            description={
              <Text span size="xs" c="dimmed">
                {queue.description}
              </Text>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
