import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { DuplicateCandidate } from '../api/views';

interface DuplicateCandidatesDialogProps {
  readonly candidates: readonly DuplicateCandidate[];
  readonly onRegisterAnyway: () => void;
  readonly onCancel: () => void;
  readonly busy?: boolean;
}

/** The possible duplicates a registration's 409 listed; the clerk cancels or registers a different person anyway. */
export function DuplicateCandidatesDialog({ candidates, onRegisterAnyway, onCancel, busy = false }: DuplicateCandidatesDialogProps) {
  return (
    <Modal opened={candidates.length > 0} onClose={onCancel} title="Possible duplicate patient" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text role="alert">
          {candidates.length} existing patient(s) have the same name, birth date and sex. Check that this is not one of them.
        </Text>
        <Table aria-label="Possible duplicates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Birth date</Table.Th>
              <Table.Th>Sex</Table.Th>
              <Table.Th>Account</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((candidate) => (
              <Table.Tr key={candidate.id}>
                <Table.Td>
                  {candidate.lastName}, {candidate.firstName}
                </Table.Td>
                <Table.Td>{candidate.birthDate}</Table.Td>
                <Table.Td>{candidate.sex}</Table.Td>
                <Table.Td>{candidate.accountNumber ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel: it is the same person
          </Button>
          <Button color="grape" onClick={onRegisterAnyway} loading={busy}>
            Register a different person
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
