import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { Claim } from '../api/views';
import { claimKey } from './claim-queries';

type Action =
  | { readonly kind: 'scrub' }
  | { readonly kind: 'transition'; readonly event: 'release' | 'reopen' | 'appeal' | 'close' }
  | { readonly kind: 'build'; readonly event: 'correct' | 'replace' | 'void' };

/** The buttons of each event the claim's state allows: people's transitions, the scrub, and the builders of a new claim. */
const BUTTONS: Readonly<Record<string, { readonly label: string; readonly action: Action }>> = {
  scrub: { label: 'Scrub', action: { kind: 'scrub' } },
  release: { label: 'Release', action: { kind: 'transition', event: 'release' } },
  reopen: { label: 'Reopen', action: { kind: 'transition', event: 'reopen' } },
  appeal: { label: 'Appeal', action: { kind: 'transition', event: 'appeal' } },
  close: { label: 'Close', action: { kind: 'transition', event: 'close' } },
  correct: { label: 'Correct and send again (new original)', action: { kind: 'build', event: 'correct' } },
  replace: { label: 'Replace (frequency 7)', action: { kind: 'build', event: 'replace' } },
  void: { label: 'Void (frequency 8)', action: { kind: 'build', event: 'void' } },
};

/**
 * What can be done to the claim now, from its `allowedEvents` (the workflow's): scrub, release, reopen, appeal, close;
 * correct a rejected claim, replace or void one the payer accepted (each builds a new claim, opened after). A refusal
 * shows each failing check and its reason.
 */
export function ClaimActions({ organizationId, claim }: { readonly organizationId: string; readonly claim: Claim }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const path = { organizationId, claimId: claim.id };
  const act = useMutation({
    mutationFn: async (action: Action): Promise<string | null> => {
      if (action.kind === 'scrub') await expectOk(api.POST('/api/organizations/{organizationId}/claims/{claimId}/scrub', { params: { path } }));
      if (action.kind === 'transition') await expectOk(api.POST('/api/organizations/{organizationId}/claims/{claimId}/transitions', { params: { path }, body: { event: action.event } }));
      if (action.kind === 'build') {
        const route = `/api/organizations/{organizationId}/claims/{claimId}/${action.event}` as const;
        return (await expectOk<Claim>(api.POST(route, { params: { path } }))).id;
      }
      return null;
    },
    onSuccess: (built) => {
      void queryClient.invalidateQueries({ queryKey: claimKey(organizationId, claim.id) });
      void queryClient.invalidateQueries({ queryKey: ['claims', organizationId] });
      if (built) navigate(`/claims/${built}`);
    },
  });
  const available = claim.allowedEvents.filter((event) => event in BUTTONS);
  const failures = act.error instanceof ApiError ? (act.error.problem.failures ?? []) : [];
  return (
    <>
      {available.length === 0 ? (
        <Text c="dimmed" size="sm">
          No action: the claim is {claim.state}.
        </Text>
      ) : (
        <Group>
          {available.map((event) => {
            const button = BUTTONS[event]!;
            return (
              <Button key={event} variant={event === 'scrub' || event === 'release' || event === 'correct' ? 'filled' : 'default'} onClick={() => act.mutate(button.action)} loading={act.isPending && act.variables === button.action}>
                {button.label}
              </Button>
            );
          })}
        </Group>
      )}
      {act.error && (
        <Alert color="red" role="alert">
          {messageOf(act.error)}
          {failures.length > 0 && (
            <List size="sm">
              {failures.map((failure) => (
                <List.Item key={failure.check}>
                  {failure.check}: {failure.reason}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </>
  );
}
