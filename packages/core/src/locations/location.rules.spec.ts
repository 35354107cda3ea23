import { checkLocation, type LocationFields } from './location.rules';

const good: LocationFields = {
  name: ' Riverside Clinic ',
  npi: '1234567893',
  addressLine1: '1200 W Harrison St',
  addressLine2: '  ',
  city: 'Chicago',
  state: 'il',
  zip: '60607-1234',
  phone: '+1 (312) 555-0142',
  placeOfServiceCode: '11',
  active: true,
};

describe('location rules', () => {
  it('normalizes a good location', () => {
    expect(checkLocation(good)).toEqual({
      value: { ...good, name: 'Riverside Clinic', addressLine2: null, state: 'IL', zip: '606071234', phone: '3125550142' },
      issues: [],
    });
  });

  it.each(['PO Box 123', 'P.O. Box 9', 'p o box 44', 'Post Office Box 12', 'Box 18', 'POBOX 77'])('refuses the PO box %p as a street address', (addressLine1) => {
    expect(checkLocation({ ...good, addressLine1 }).issues).toEqual([
      { field: 'addressLine1', message: 'a service location needs a street address; a PO box goes in the pay-to address' },
    ]);
  });

  it.each(['100 Boxwood Ave', '7 Box Elder Ct', '5 Post Office Square'])('keeps the street address %p', (addressLine1) => {
    expect(checkLocation({ ...good, addressLine1 }).issues).toEqual([]);
  });

  it('names every bad field', () => {
    const { issues } = checkLocation({ ...good, name: '', npi: '1234567890', city: 'x'.repeat(31), state: 'XX', zip: '6060', phone: '555-0142', placeOfServiceCode: '1' });
    expect(issues).toEqual([
      { field: 'name', message: 'required' },
      { field: 'npi', message: '1234567890 is not a valid NPI (ten digits with a valid check digit)' },
      { field: 'city', message: 'at most 30 characters' },
      { field: 'state', message: '"XX" is not a two-letter USPS state code' },
      { field: 'zip', message: 'a ZIP code: five digits, or nine (ZIP+4, a dash allowed)' },
      { field: 'phone', message: 'a ten-digit US phone number, e.g. (312) 555-0142' },
      { field: 'placeOfServiceCode', message: 'a two-digit place-of-service code, e.g. 11 (office)' },
    ]);
  });

  it('accepts a five-digit ZIP and no optional fields', () => {
    expect(checkLocation({ ...good, npi: null, addressLine2: null, phone: null, zip: '60607' }).issues).toEqual([]);
  });
});
