import { Anchor, Image, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

/** The scanned EOB attached to a remittance, if any: shown when an image, linked when a PDF. */
export function EobImage({ organizationId, remittanceId }: { organizationId: string; remittanceId: string }) {
  const url = `/api/organizations/${organizationId}/remittances/${remittanceId}/image`;
  // A HEAD request says whether there is one and of which type, without downloading it.
  const image = useQuery({
    queryKey: ['remittances', organizationId, 'image', remittanceId],
    queryFn: async () => {
      const response = await fetch(url, { method: 'HEAD', credentials: 'same-origin' });
      return response.ok ? (response.headers.get('content-type') ?? '') : null;
    },
  });
  if (!image.data) return null;
  return (
    <Stack gap="xs" component="section" aria-label="Scanned EOB">
      <Title order={3} size="h5">
        Scanned EOB
      </Title>
      {image.data.startsWith('image/') ? (
        <Image src={url} alt="The scanned paper EOB" w="auto" maw={800} fit="contain" />
      ) : (
        <Text>
          <Anchor href={url} target="_blank" rel="noreferrer">
            Open the scanned EOB (PDF)
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
