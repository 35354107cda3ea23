/**
 * Places of service where the Medicare Physician Fee Schedule pays the facility rate (the facility practice-expense
 * RVU); every other place of service is paid the non-facility rate.
 *
 * Source: CMS Medicare Claims Processing Manual (Pub. 100-04), chapter 12, section 20.4.2 "Site of Service Payment
 * Differential": off-campus outpatient hospital (19), inpatient hospital (21), on-campus outpatient hospital (22),
 * emergency room (23), ambulatory surgical center (24), military treatment facility (26), skilled nursing facility
 * for a Part A resident (31), hospice for inpatient care (34), ambulance land (41) and air or water (42), inpatient
 * psychiatric facility (51), psychiatric facility partial hospitalization (52), community mental health center (53),
 * psychiatric residential treatment center (56), comprehensive inpatient rehabilitation facility (61).
 */
export const FACILITY_PLACES_OF_SERVICE: ReadonlySet<string> = new Set(['19', '21', '22', '23', '24', '26', '31', '34', '41', '42', '51', '52', '53', '56', '61']);

/** Whether a place-of-service code (two digits) is paid at the facility rate. */
export function isFacilityPlaceOfService(placeOfService: string): boolean {
  return FACILITY_PLACES_OF_SERVICE.has(placeOfService);
}
