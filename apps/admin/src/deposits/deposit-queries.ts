import { useQueryClient } from '@tanstack/react-query';
import { useCurrentOrganization } from '../session/current-organization';

/** Deposits and remittances change together when a deposit is entered, matched or unmatched. */
export function useInvalidateDeposits(): () => void {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['deposits', organizationId] });
  };
}
