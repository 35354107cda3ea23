import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError, expectOk, messageOf } from '../../api/problem';
import type { Page, PayerView, RemittancePosting } from '../../api/views';
import { useCurrentOrganization } from '../../session/current-organization';
import { PostingResult } from '../posting-result';
import { RemittanceTabs } from '../remittance-tabs';
import type { FieldErrors, ManualRemittanceBody } from './eob-draft';
import { EobForm } from './eob-form';

interface Posted {
  readonly posting: RemittancePosting;
  /** Why the scanned image was refused after the EOB was posted, if it was. */
  readonly imageError: string | null;
}

/** Keys in a paper EOB, posts it (`POST …/remittances/manual`), then attaches the scan; opens the posted remittance. */
export function ManualEobPage() {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const payers = useQuery({
    queryKey: ['payers', organizationId, 'active'],
    queryFn: () => expectOk<Page<PayerView>>(api.GET('/api/organizations/{organizationId}/payers', { params: { path: { organizationId }, query: { active: 'true', limit: 200 } } })),
  });
  const post = useMutation({
    mutationFn: async ({ body, image }: { body: ManualRemittanceBody; image: File | null }): Promise<Posted> => {
      const posting = await expectOk<RemittancePosting>(api.POST('/api/organizations/{organizationId}/remittances/manual', { params: { path: { organizationId } }, body }));
      if (!image || posting.outcome === 'duplicate') return { posting, imageError: null };
      try {
        await expectOk(
          api.POST('/api/organizations/{organizationId}/remittances/{remittanceId}/image', {
            params: { path: { organizationId, remittanceId: posting.remittanceId } },
            body: image as unknown as string,
            bodySerializer: (file: unknown) => file as Blob,
            headers: { 'content-type': image.type },
          }),
        );
        return { posting, imageError: null };
      } catch (error) {
        return { posting, imageError: messageOf(error) };
      }
    },
    onSuccess: ({ posting, imageError }) => {
      void queryClient.invalidateQueries({ queryKey: ['remittances', organizationId] });
      if (posting.outcome === 'posted' && !imageError) void navigate(`/remittances/${posting.remittanceId}`);
    },
  });
  const serverErrors: FieldErrors = post.error instanceof ApiError ? Object.fromEntries((post.error.problem.errors ?? []).map((issue) => [issue.field, issue.message])) : {};

  return (
    <Stack>
      <RemittanceTabs title="Enter a paper EOB" />
      {payers.isPending && <Loader aria-label="Loading the payers" />}
      {payers.error && <Alert color="red" role="alert">{messageOf(payers.error)}</Alert>}
      {post.error && Object.keys(serverErrors).length === 0 && <Alert color="red" role="alert">{messageOf(post.error)}</Alert>}
      {post.data && (
        <>
          <PostingResult postings={[post.data.posting]} />
          {post.data.imageError && (
            <Alert color="red" role="alert" title="The EOB was posted, but its scan was refused">
              {post.data.imageError}{' '}
              <Anchor component={Link} to={`/remittances/${post.data.posting.remittanceId}`} c="inherit" underline="always">
                Open the remittance
              </Anchor>
            </Alert>
          )}
        </>
      )}
      {payers.data && <EobForm payers={payers.data.items} serverErrors={serverErrors} submitting={post.isPending} onSubmit={(body, image) => post.mutate({ body, image })} />}
    </Stack>
  );
}
