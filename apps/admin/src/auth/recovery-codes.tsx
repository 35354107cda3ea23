import { Alert, Button, List, Stack, Text } from '@mantine/core';

/** The ten recovery codes, shown once after enrolment. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  return (
    <Stack>
      <Alert color="orange" title="Save your recovery codes">
        Each code signs you in once if you lose your authenticator. They are shown only now.
      </Alert>
      <List data-testid="recovery-codes" ff="monospace">
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Text size="sm">Keep them somewhere safe, apart from your device.</Text>
      <Button onClick={onDone}>I have saved them, continue</Button>
    </Stack>
  );
}
