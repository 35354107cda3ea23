import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { runInAuditScope } from '../../src/audit/audit-scope';
import { ClaimService } from '../../src/claims/claim.service';
import { signInAsNewAdmin, type SignedInSession } from './sign-in';

/** A claim the fixture built and sent, with its lines as the payer will see them. */
export interface SubmittedClaim {
  readonly id: string;
  readonly patientId: string;
  readonly encounterId: string;
  readonly patientControlNumber: string;
  readonly coverageIds: { readonly primary: string; readonly secondary: string | null };
  readonly lines: readonly { readonly id: string; readonly chargeId: string; readonly lineItemControlNumber: string; readonly procedureCode: string; readonly modifiers: string[]; readonly chargeCents: number }[];
}

/** A charge of a visit. */
export interface VisitCharge {
  readonly procedureCode: string;
  readonly modifiers?: string[];
  readonly units: number;
  readonly diagnosisPointers: number[];
}

/** The two charges of the default visit: 99213 at $125.00 and 97110 × 4 at $60.00 (the payer allows $100.00 and $45.00 a unit). */
export const DEFAULT_VISIT: readonly VisitCharge[] = [
  { procedureCode: '99213', units: 1, diagnosisPointers: [1, 2] },
  { procedureCode: '97110', modifiers: ['GP'], units: 4, diagnosisPointers: [1] },
];

export const DATE_OF_SERVICE = '2026-03-02';

/**
 * A practice set up through the API as a billing team would (codes, location, group and doctor, a commercial payer
 * ACME1 with a contract and a secondary payer SECOND1, a charge master) and a way to bring visits to claims the
 * payer has: built, scrubbed, released and submitted. For the remittance, denial and follow-up tests.
 */
export class BillingPractice {
  private constructor(
    readonly app: INestApplication,
    readonly admin: SignedInSession,
    readonly context: RequestContext,
    readonly ids: { readonly locationId: string; readonly groupId: string; readonly doctorId: string; readonly payerId: string; readonly secondaryPayerId: string },
  ) {}

  static async create(app: INestApplication): Promise<BillingPractice> {
    const admin = await signInAsNewAdmin(app);
    const base = `/api/organizations/${admin.organizationId}`;
    const context: RequestContext = { organizationId: admin.organizationId, actor: { type: 'user', id: 'billing-practice' }, roles: ['admin'], correlationId: 'billing-practice' };
    const post = (path: string, body: object = {}) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
    const put = (path: string, body: object) => admin.agent.put(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
    const upload = (path: string, contentType: string, body: string) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).set('content-type', contentType).send(body);
    await admin.agent.patch(`/api/organizations/${admin.organizationId}`).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'RIVERSIDE01' }).expect(200);
    await upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n').expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n97110,therapeutic exercise 15 min\n').expect(201);
    await upload('/reference-imports/modifiers?effectiveDate=2020-01-01', 'text/plain', 'GP\tPhysical therapy plan of care\n').expect(201);
    const location = await post('/locations', { name: 'Riverside Main', npi: null, addressLine1: '100 Main St', addressLine2: null, city: 'Springfield', state: 'IL', zip: '62701-1234', phone: '2175550100', placeOfServiceCode: '11', active: true }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X' }).expect(201);
    const payer = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', appealLimitDays: 90 }).expect(201);
    const secondary = await post('/payers', { name: 'Second Mutual', payerId: 'SECOND1', claimFilingIndicator: 'CI' }).expect(201);
    for (const payerRecordId of [payer.body.id, secondary.body.id]) {
      await put(`/payers/${payerRecordId}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' }).expect(200);
    }
    const master = await post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n97110,,60.00\n').expect(200);
    const contract = await post('/fee-schedules', { name: 'Acme 2026', payerRecordId: payer.body.id, effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${contract.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,100.00\n97110,,45.00\n').expect(200);
    return new BillingPractice(app, admin, context, { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, payerId: payer.body.id, secondaryPayerId: secondary.body.id });
  }

  get base(): string {
    return `/api/organizations/${this.admin.organizationId}`;
  }

  post(path: string, body: object = {}) {
    return this.admin.agent.post(`${this.base}${path}`).set('x-csrf-token', this.admin.csrf).send(body);
  }

  get(path: string) {
    return this.admin.agent.get(`${this.base}${path}`);
  }

  /** Runs SQL against the test database. */
  rows<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  }

  /**
   * Registers a patient (self-insured) with ACME1 (or `primaryPayerId`, a payer the group is enrolled with) as primary
   * and, when asked, SECOND1 as secondary; the visit (on `dateOfService`, default {@link DATE_OF_SERVICE}) becomes a
   * submitted claim — or, with `submit: false`, a ready one — at the practice's location (or `locationId`). `atCheckIn`
   * runs right after the patient checks in (the front desk taking a copay); `beforeBuild` once the visit is ready with
   * its charges entered, before the claim is built (billing, which writes the charges' ledger entries); `scrub`, when
   * given, brings the built draft claim to scrubbed in place of the plain `scrub` transition (a scrub that finds an
   * error first, a reopen…).
   */
  async submittedClaim(
    lastName: string,
    options: {
      readonly secondary?: boolean;
      readonly charges?: readonly VisitCharge[];
      readonly dateOfService?: string;
      readonly submit?: boolean;
      readonly primaryPayerId?: string;
      readonly locationId?: string;
      readonly atCheckIn?: (visit: { readonly patientId: string; readonly encounterId: string }) => Promise<void>;
      readonly beforeBuild?: () => Promise<void>;
      readonly scrub?: (claimId: string) => Promise<void>;
    } = {},
  ): Promise<SubmittedClaim> {
    const dateOfService = options.dateOfService ?? DATE_OF_SERVICE;
    const put = (path: string, body: object) => this.admin.agent.put(`${this.base}${path}`).set('x-csrf-token', this.admin.csrf).send(body);
    const patient = await this.post('/patients', { firstName: 'Maria', lastName, birthDate: '1985-04-12', sex: 'F', address: { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '62704' } }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = (payerRecordId: string, order: string) =>
      this.post(`/patients/${patientId}/coverages`, { payerRecordId, order, subscriberRelationship: '18', memberId: `M${Math.random().toString().slice(2, 11)}`, groupNumber: 'G-77', effectiveFrom: '2026-01-01' }).expect(201);
    const primary = (await coverage(options.primaryPayerId ?? this.ids.payerId, 'primary')).body.id as string;
    const secondary = options.secondary ? ((await coverage(this.ids.secondaryPayerId, 'secondary')).body.id as string) : null;
    const encounter = await this.post('/encounters', { patientId, locationId: options.locationId ?? this.ids.locationId, billingProviderId: this.ids.groupId, renderingProviderId: this.ids.doctorId, dateOfService, selfPay: false }).expect(201);
    const encounterId = encounter.body.id as string;
    const move = (event: string) => this.post(`/encounters/${encounterId}/transitions`, { event }).expect(200);
    await move('check-in');
    await options.atCheckIn?.({ patientId, encounterId });
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 3000, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11.9', 'I10'] }).expect(200);
    for (const charge of options.charges ?? DEFAULT_VISIT) await this.post(`/encounters/${encounterId}/charges`, charge).expect(201);
    await move('document');
    await put(`/encounters/${encounterId}/documentation`, { providerId: this.ids.doctorId, signedAt: `${dateOfService}T16:00:00Z` }).expect(200);
    await move('code');
    await this.post(`/patients/${patientId}/eligibility-checks`, { coverageId: primary, asOfDate: dateOfService, method: 'portal', outcome: 'active' }).expect(201);
    await move('mark-ready');
    await options.beforeBuild?.();
    const built = await this.post('/claims/build', { encounterId }).expect(201);
    const claim = built.body.claims[0] as { id: string; patientControlNumber: string };
    if (options.scrub) await options.scrub(claim.id);
    else await this.post(`/claims/${claim.id}/transitions`, { event: 'scrub' }).expect(200);
    await this.post(`/claims/${claim.id}/transitions`, { event: 'release' }).expect(200);
    if (options.submit !== false) await runInAuditScope(this.context, null, () => this.app.get(ClaimService).transition(this.context, claim.id, 'submit'));
    const view = await this.get(`/claims/${claim.id}`).expect(200);
    return {
      id: claim.id,
      patientId,
      encounterId,
      patientControlNumber: claim.patientControlNumber,
      coverageIds: { primary, secondary },
      lines: view.body.lines.map((line: SubmittedClaim['lines'][number]) => ({ id: line.id, chargeId: line.chargeId, lineItemControlNumber: line.lineItemControlNumber, procedureCode: line.procedureCode, modifiers: line.modifiers, chargeCents: line.chargeCents })),
    };
  }

  /** Adds a payer the group is enrolled with for 837P (e.g. a Medicare payer, `claimFilingIndicator` MB); returns its id. */
  async addPayer(body: { readonly name: string; readonly payerId: string; readonly claimFilingIndicator: string }): Promise<string> {
    const payer = await this.post('/payers', body).expect(201);
    await this.admin.agent
      .put(`${this.base}/payers/${payer.body.id}/enrollments`)
      .set('x-csrf-token', this.admin.csrf)
      .send({ providerId: this.ids.groupId, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' })
      .expect(200);
    return payer.body.id as string;
  }

  /** The claim's state. */
  async stateOf(claimId: string): Promise<string> {
    return (await this.get(`/claims/${claimId}`).expect(200)).body.state;
  }
}
