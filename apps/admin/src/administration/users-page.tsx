import { Alert, Button, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, fieldMessage, formMessage, messageOf } from '../api/problem';
import type { Invitation, Member, Role } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { useSessionQuery } from '../session/session-queries';
import { ConfirmDialog } from './confirm-dialog';
import { formatWhen } from './format';
import { InviteUserDialog, type InviteInput } from './invite-user-dialog';
import { membersKey, useMembersQuery } from './members-query';
import { RolesEditor } from './roles-editor';

type MemberAction = 'deactivate' | 'reset-mfa';

const CONFIRMATIONS: Record<MemberAction, { title: string; label: string; message: (member: Member) => string; done: (member: Member) => string }> = {
  deactivate: {
    title: 'Deactivate this user?',
    label: 'Deactivate',
    message: (member) => `${member.displayName} (${member.email}) loses access to this organization and is signed out everywhere.`,
    done: (member) => `${member.displayName} was deactivated and signed out.`,
  },
  'reset-mfa': {
    title: 'Reset two-step sign-in?',
    label: 'Reset two-step sign-in',
    message: (member) => `${member.displayName} is signed out everywhere and sets up an authenticator again at the next sign-in.`,
    done: (member) => `${member.displayName}'s two-step sign-in was reset; they set it up again at the next sign-in.`,
  },
};

/** Users and roles: the members with their roles and status; invite, change roles, reset two-step sign-in, deactivate. */
export function UsersPage() {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const me = useSessionQuery().data?.user.id;
  const members = useMembersQuery(organizationId);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [confirming, setConfirming] = useState<{ action: MemberAction; member: Member } | null>(null);
  const [notice, setNotice] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: membersKey(organizationId) });
  const path = (userId: string) => ({ params: { path: { organizationId, userId } } });

  const invite = (body: InviteInput) =>
    expectOk<Invitation>(api.POST('/api/organizations/{organizationId}/users', { params: { path: { organizationId } }, body })).then((invitation) => {
      void refresh();
      return invitation;
    });
  const setRoles = useMutation({
    mutationFn: ({ member, roles }: { member: Member; roles: Role[] }) =>
      expectOk<Member>(api.PUT('/api/organizations/{organizationId}/users/{userId}/roles', { ...path(member.userId), body: { roles } })),
    onSuccess: (member) => {
      setEditing(null);
      setNotice(`${member.displayName} now has the roles ${member.roles.join(', ')}.`);
      void refresh();
    },
  });
  const act = useMutation({
    mutationFn: ({ action, member }: { action: MemberAction; member: Member }) =>
      action === 'deactivate'
        ? expectOk<Member>(api.POST('/api/organizations/{organizationId}/users/{userId}/deactivate', path(member.userId)))
        : expectOk<Member>(api.POST('/api/organizations/{organizationId}/users/{userId}/reset-mfa', path(member.userId))),
    onSuccess: (member, { action }) => {
      setConfirming(null);
      setNotice(CONFIRMATIONS[action].done(member));
      void refresh();
    },
  });

  const openEditor = (member: Member) => {
    setRoles.reset();
    setEditing(member);
  };
  const openConfirmation = (action: MemberAction, member: Member) => {
    act.reset();
    setConfirming({ action, member });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Users and roles
        </Title>
        <Button onClick={() => setInviting(true)}>Invite a user</Button>
      </Group>
      {notice && (
        <Text role="status" c="teal.9">
          {notice}
        </Text>
      )}
      {members.isPending && <Loader aria-label="Loading the users" />}
      {members.error && (
        <Alert color="red" role="alert">
          {messageOf(members.error)}
        </Alert>
      )}
      {members.data && (
        <Table aria-label="Users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>E-mail</Table.Th>
              <Table.Th>Roles</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Two-step sign-in</Table.Th>
              <Table.Th>Last sign-in</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Td>{member.displayName}</Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>{member.roles.join(', ')}</Table.Td>
                <Table.Td>{member.active ? 'active' : 'deactivated'}</Table.Td>
                <Table.Td>{member.mfaEnabled ? 'set up' : 'not set up'}</Table.Td>
                <Table.Td>{formatWhen(member.lastSignInAt)}</Table.Td>
                <Table.Td>
                  {member.active && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => openEditor(member)} aria-label={`Edit roles of ${member.email}`}>
                        Edit roles
                      </Button>
                      {member.mfaEnabled && (
                        <Button size="xs" variant="default" onClick={() => openConfirmation('reset-mfa', member)} aria-label={`Reset MFA of ${member.email}`}>
                          Reset MFA
                        </Button>
                      )}
                      {member.userId !== me && (
                        <Button size="xs" variant="default" color="red" onClick={() => openConfirmation('deactivate', member)} aria-label={`Deactivate ${member.email}`}>
                          Deactivate
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <InviteUserDialog opened={inviting} onClose={() => setInviting(false)} onInvite={invite} />
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title="Change roles" closeButtonProps={{ 'aria-label': 'Close' }}>
        {editing && (
          <RolesEditor
            member={editing}
            onSave={(roles) => setRoles.mutate({ member: editing, roles })}
            onCancel={() => setEditing(null)}
            busy={setRoles.isPending}
            error={{ roles: fieldMessage(setRoles.error, 'roles'), message: formMessage(setRoles.error, ['roles']) }}
          />
        )}
      </Modal>
      {confirming && (
        <ConfirmDialog
          opened
          title={CONFIRMATIONS[confirming.action].title}
          message={CONFIRMATIONS[confirming.action].message(confirming.member)}
          confirmLabel={CONFIRMATIONS[confirming.action].label}
          onConfirm={() => act.mutate(confirming)}
          onCancel={() => setConfirming(null)}
          busy={act.isPending}
          error={act.error ? messageOf(act.error) : undefined}
        />
      )}
    </Stack>
  );
}
