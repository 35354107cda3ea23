import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

const PO_BOX = /\b(p\.?\s*o\.?\s*box|post\s+office\s+box|box\s+\d+)\b/i;
const HINT = 'Correct the address of the service location (a street address; a PO box goes in the pay-to loop 2010AB), then rebuild the claim';

/** The billing provider's address (2010AA N3/N4): a street, not a PO box, with a 9-digit ZIP. */
export const billingAddressRule: BuiltInScrubRule = {
  id: 'billing-address',
  description: 'The billing provider has a street address (no PO box) with city, state and a 9-digit ZIP',
  inspect({ snapshot }) {
    const address = snapshot.billingProvider.address;
    const findings: BuiltInFinding[] = [];
    const street = address.line1?.trim() ?? '';
    if (!street) findings.push({ severity: 'error', field: 'N301 (2010AA)', message: 'the billing provider street address is missing', hint: HINT });
    else if (PO_BOX.test(street) || PO_BOX.test(address.line2 ?? '')) findings.push({ severity: 'error', field: 'N301 (2010AA)', message: 'the billing provider address is a PO box', hint: HINT });
    if (!address.city?.trim()) findings.push({ severity: 'error', field: 'N401 (2010AA)', message: 'the billing provider city is missing', hint: HINT });
    if (!/^[A-Z]{2}$/.test(address.state ?? '')) findings.push({ severity: 'error', field: 'N402 (2010AA)', message: 'the billing provider state is not a two-letter code', hint: HINT });
    const zip = (address.postalCode ?? '').replace(/-/g, '');
    if (!/^\d{9}$/.test(zip)) findings.push({ severity: 'error', field: 'N403 (2010AA)', message: `the billing provider ZIP has ${zip.length} characters; the 837P needs the 9-digit ZIP+4`, hint: HINT });
    return findings;
  },
};
