import { isValidNpi } from '@openrcm/x12';
import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

const HINT = 'Correct the NPI on the provider record (or the location for the service facility) against NPPES, then rebuild the claim';

/** Billing (2010AA), rendering (2310B) and service facility (2310C) NPIs pass the Luhn check digit. */
export const npiCheckDigitRule: BuiltInScrubRule = {
  id: 'npi-check-digit',
  description: 'Billing, rendering and service facility NPIs are ten digits with a valid check digit',
  inspect({ snapshot }) {
    const findings: BuiltInFinding[] = [];
    const check = (npi: string | null, field: string, who: string) => {
      if (npi !== null && !isValidNpi(npi)) findings.push({ severity: 'error', field, message: `${who} NPI ${npi} fails the NPI check digit`, hint: HINT });
    };
    check(snapshot.billingProvider.npi, 'NM109 (2010AA)', 'billing provider');
    check(snapshot.renderingProvider.npi, 'NM109 (2310B)', 'rendering provider');
    check(snapshot.serviceFacility.npi, 'NM109 (2310C)', 'service facility');
    return findings;
  },
};
