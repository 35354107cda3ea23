import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';

interface ConfirmDialogProps {
  readonly opened: boolean;
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  /** The button that closes the dialog without acting ("Cancel" unless the action is itself a cancellation). */
  readonly cancelLabel?: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly busy?: boolean;
  readonly error?: string | undefined;
}

/** Asks before an action that cannot be undone; the server's refusal stays in the dialog. */
export function ConfirmDialog({ opened, title, message, confirmLabel, cancelLabel = 'Cancel', onConfirm, onCancel, busy = false, error }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text>{message}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button color="red" onClick={onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
