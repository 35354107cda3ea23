import { NumberInput, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useCurrentOrganization } from '../session/current-organization';
import { dollars } from './charge-entry';
import type { PriceProps } from './charge-entry-form';
import { usePriceQuery } from './encounter-queries';

/**
 * The charge master's price of the line on the date of service (`GET …/fee-schedules/price`); when no schedule
 * prices the code, a unit price to type (the server then charges it as given).
 */
export function feePrice(placeOfService: string, dateOfService: string) {
  return function FeePrice({ code, modifiers, units, onUnitPrice }: PriceProps) {
    const { organizationId } = useCurrentOrganization();
    const price = usePriceQuery(organizationId, { code, modifiers, placeOfService, dateOfService });
    const [typed, setTyped] = useState<number | string>('');
    const unpriced = price.data !== undefined && price.data.amountCents === null;
    useEffect(() => {
      onUnitPrice(unpriced && typeof typed === 'number' ? Math.round(typed * 100) : undefined);
    }, [unpriced, typed, onUnitPrice]);

    if (price.isPending) return <Text size="sm">Looking up the price…</Text>;
    if (price.error) return <Text size="sm">The price could not be looked up; the server prices the charge when it is entered.</Text>;
    const { amountCents, source, reason } = price.data;
    if (amountCents !== null) {
      return (
        <Text size="sm" aria-live="polite">
          Price: {dollars(amountCents)} a unit, {dollars(amountCents * units)} for {units} ({source?.name ?? 'fee schedule'})
        </Text>
      );
    }
    return (
      <NumberInput
        label="Unit price ($)"
        description={`${reason ?? 'No fee schedule prices this code'}: type the price of one unit`}
        min={0}
        decimalScale={2}
        fixedDecimalScale
        value={typed}
        onChange={setTyped}
      />
    );
  };
}
