import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

interface ShownOnceProps {
  /** What the value is, e.g. "One-time password". */
  readonly label: string;
  readonly value: string;
  /** Why it matters and what to do with it now. */
  readonly warning: string;
}

/** A secret the server returns once (a one-time password, an API key): shown with a warning and a copy button. */
export function ShownOnce({ label, value, warning }: ShownOnceProps) {
  return (
    <Stack gap="xs">
      <Alert color="orange" title="Shown only now">
        {warning}
      </Alert>
      <Text fw={600}>{label}</Text>
      <Group wrap="nowrap" align="center">
        <Code block data-testid="shown-once" style={{ flex: 1, wordBreak: 'break-all' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
