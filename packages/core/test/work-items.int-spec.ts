import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('work items', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let adminUserId: string;
  let billerUserId: string;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  const open = (body: object, session = admin, url = base) => session.agent.post(`${url}/work-items`).set('x-csrf-token', session.csrf).send(body);
  const move = (id: string, body: object, session = admin, url = base) => session.agent.post(`${url}/work-items/${id}/transitions`).set('x-csrf-token', session.csrf).send(body);
  const list = (query: Record<string, string>) => admin.agent.get(`${base}/work-items`).query(query).expect(200);
  const followUp = (overrides: object = {}) => ({ title: 'Call the payer about claim 1001', recordType: 'claim', recordId: 'claim-1001', ownerRole: 'ar', ...overrides });

  /** A calendar date `days` from today (UTC; the test organization's zone is at most a day apart, so use ±3). */
  const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    [{ user_id: adminUserId }] = (await rows<{ user_id: string }>('select user_id from membership where organization_id = ?', [admin.organizationId])) as [{ user_id: string }];
    const invited = await admin.agent
      .post(`${base}/users`)
      .set('x-csrf-token', admin.csrf)
      .send({ email: `biller-${Math.random().toString(36).slice(2)}@clinic.test`, displayName: 'Bea Biller', roles: ['biller'] })
      .expect(201);
    billerUserId = invited.body.member.userId;
  });

  afterAll(async () => {
    await app.close();
  });

  it('opens a manual follow-up with an owner, naming every bad field', async () => {
    const refused = await open({ title: 'Call the payer', recordType: 'claim', recordId: 'claim-1' }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'ownerUserId', message: 'name an owner: a member (ownerUserId) or a role (ownerRole)' }]);
    const badDate = await open(followUp({ dueDate: '2026-02-30' })).expect(400);
    expect(badDate.body.errors.map((error: { field: string }) => error.field)).toEqual(['dueDate']);
    const stranger = await signInAsNewAdmin(app);
    const [{ user_id: strangerId }] = (await rows<{ user_id: string }>('select user_id from membership where organization_id = ?', [stranger.organizationId])) as [{ user_id: string }];
    const notMember = await open(followUp({ ownerUserId: strangerId, ownerRole: undefined })).expect(400);
    expect(notMember.body.errors).toEqual([{ field: 'ownerUserId', message: `${strangerId} is not an active member of this organization` }]);

    const created = await open(followUp({ ownerUserId: billerUserId, dueDate: dateIn(10), priority: 'high', note: 'Payer says resubmit with the referral' })).expect(201);
    expect(created.body).toMatchObject({
      kind: 'follow-up',
      title: 'Call the payer about claim 1001',
      recordType: 'claim',
      recordId: 'claim-1001',
      ownerUserId: billerUserId,
      ownerRole: 'ar',
      assigneeUserId: null,
      priority: 'high',
      state: 'open',
      openedBy: adminUserId,
    });
    const fetched = await admin.agent.get(`${base}/work-items/${created.body.id}`).expect(200);
    expect(fetched.body.notes).toEqual([expect.objectContaining({ authorType: 'user', authorId: adminUserId, body: 'Payer says resubmit with the referral' })]);
  });

  it('moves an item through its workflow, requiring an assignee to assign and a note to resolve or reopen', async () => {
    const { body: item } = await open(followUp()).expect(201);
    const noAssignee = await move(item.id, { event: 'assign' }).expect(400);
    expect(noAssignee.body.errors).toEqual([{ field: 'assigneeUserId', message: "required by 'assign': the member who works the item" }]);
    const notAllowed = await move(item.id, { event: 'start' }).expect(422);
    expect(notAllowed.body.failures).toEqual([{ check: 'transition', reason: "event 'start' is not allowed in state 'open' of workflow 'work-item'; allowed: assign, answer" }]);

    const assigned = await move(item.id, { event: 'assign', assigneeUserId: billerUserId, note: 'Bea knows this payer' }).expect(201);
    expect(assigned.body).toMatchObject({ state: 'assigned', assigneeUserId: billerUserId, transition: { event: 'assign', from: 'open', to: 'assigned' } });
    await move(item.id, { event: 'start', assigneeUserId: adminUserId }).expect(400);
    await move(item.id, { event: 'start' }).expect(201);
    await move(item.id, { event: 'wait-on-payer', note: 'Reference 55-1234, call back in 5 days' }).expect(201);
    await move(item.id, { event: 'resume' }).expect(201);
    const noNote = await move(item.id, { event: 'resolve' }).expect(400);
    expect(noNote.body.errors).toEqual([{ field: 'note', message: "required by 'resolve'" }]);
    const resolved = await move(item.id, { event: 'resolve', note: 'Corrected claim accepted' }).expect(201);
    expect(resolved.body).toMatchObject({ state: 'resolved', resolutionNote: 'Corrected claim accepted' });
    const reopened = await move(item.id, { event: 'reopen', note: 'Paid at the wrong rate' }).expect(201);
    expect(reopened.body).toMatchObject({ state: 'assigned', assigneeUserId: billerUserId, resolutionNote: null });
    const reassigned = await move(item.id, { event: 'assign', assigneeUserId: adminUserId }).expect(201);
    expect(reassigned.body).toMatchObject({ state: 'assigned', assigneeUserId: adminUserId });
    await move(item.id, { event: 'start' }).expect(201);
    await move(item.id, { event: 'resolve', note: 'Underpayment appealed and paid' }).expect(201);
    const closed = await move(item.id, { event: 'close' }).expect(201);
    expect(closed.body).toMatchObject({ state: 'closed', resolutionNote: 'Underpayment appealed and paid' });
    await move(item.id, { event: 'reopen', note: 'again' }).expect(422);

    const { body: withNotes } = await admin.agent.get(`${base}/work-items/${item.id}`).expect(200);
    expect(withNotes.notes.map((note: { body: string }) => note.body)).toEqual([
      '[assign] Bea knows this payer',
      '[wait-on-payer] Reference 55-1234, call back in 5 days',
      '[resolve] Corrected claim accepted',
      '[reopen] Paid at the wrong rate',
      '[resolve] Underpayment appealed and paid',
    ]);
    const audits = await rows<{ action: string }>("select action from audit_event where record_type = 'work-item' and record_id = ? and action = 'update'", [item.id]);
    expect(audits).toHaveLength(10);
  });

  it('appends notes and never changes them', async () => {
    const { body: item } = await open(followUp()).expect(201);
    await admin.agent.post(`${base}/work-items/${item.id}/notes`).set('x-csrf-token', admin.csrf).send({ body: '   ' }).expect(400);
    const note = await admin.agent.post(`${base}/work-items/${item.id}/notes`).set('x-csrf-token', admin.csrf).send({ body: 'Left a voicemail' }).expect(201);
    expect(note.body).toMatchObject({ authorId: adminUserId, body: 'Left a voicemail' });
    await expect(rows('update work_item_note set body = ? where id = ?', ['changed', note.body.id])).rejects.toThrow(/append-only/);
    await expect(rows('delete from work_item_note where id = ?', [note.body.id])).rejects.toThrow(/append-only/);
  });

  it("audits an item against its record's patient", async () => {
    const patient = await admin.agent
      .post(`${base}/patients`)
      .set('x-csrf-token', admin.csrf)
      .send({ firstName: 'Ada', lastName: 'Quill', birthDate: '1970-01-02', sex: 'F' })
      .expect(201);
    const { body: item } = await open(followUp({ patientId: patient.body.id, recordType: 'patient', recordId: patient.body.id })).expect(201);
    await admin.agent.get(`${base}/work-items/${item.id}`).expect(200);
    const audits = await rows<{ action: string }>("select action from audit_event where record_type = 'work-item' and record_id = ? and patient_id = ? order by at", [item.id, patient.body.id]);
    expect(audits.map((audit) => audit.action)).toEqual(['create', 'read']);
    const unknown = await open(followUp({ patientId: '00000000-0000-4000-8000-000000000000' })).expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'patientId', message: 'patient 00000000-0000-4000-8000-000000000000 was not found' }]);
  });

  it('lists with filters (state, kind, owner, assignee, record, overdue) and sorts by priority, due date and creation', async () => {
    const recordId = `claim-${Math.random().toString(36).slice(2, 8)}`;
    const late = (await open(followUp({ recordId, title: 'late', dueDate: dateIn(-3), priority: 'low' })).expect(201)).body;
    const soon = (await open(followUp({ recordId, title: 'soon', dueDate: dateIn(3), priority: 'urgent', ownerRole: 'biller' })).expect(201)).body;
    const doneLate = (await open(followUp({ recordId, title: 'done late', dueDate: dateIn(-3), priority: 'normal' })).expect(201)).body;
    await move(doneLate.id, { event: 'assign', assigneeUserId: billerUserId }).expect(201);
    await move(doneLate.id, { event: 'start' }).expect(201);
    await move(doneLate.id, { event: 'resolve', note: 'done' }).expect(201);

    const titles = (page: { body: { items: { title: string }[] } }) => page.body.items.map((item) => item.title);
    expect(titles(await list({ recordType: 'claim', recordId, sort: '-priority' }))).toEqual(['soon', 'done late', 'late']);
    expect(titles(await list({ recordId, sort: 'dueDate,createdAt' }))).toEqual(['late', 'done late', 'soon']);
    expect(titles(await list({ recordId }))).toEqual(['done late', 'soon', 'late']);
    expect((await list({ recordId, overdue: 'true' })).body.items.map((item: { id: string }) => item.id)).toEqual([late.id]);
    expect(titles(await list({ recordId, state: 'resolved' }))).toEqual(['done late']);
    expect(titles(await list({ recordId, assigneeUserId: billerUserId }))).toEqual(['done late']);
    expect((await list({ recordId, ownerRole: 'biller' })).body.items.map((item: { id: string }) => item.id)).toEqual([soon.id]);
    expect((await list({ recordId, kind: 'denial' })).body.total).toBe(0);
    const first = await list({ recordId, limit: '1', sort: '-priority' });
    const paged = await list({ recordId, limit: '1', sort: '-priority', after: first.body.nextCursor });
    expect(paged.body).toMatchObject({ total: 3, limit: 1, nextCursor: expect.any(String), items: [{ id: doneLate.id }] });
    const badSort = await admin.agent.get(`${base}/work-items`).query({ sort: 'title' }).expect(400);
    expect(badSort.body.errors).toEqual([{ field: 'sort', message: "'title' is not sortable; sort by dueDate, nextActionDate, createdAt, priority" }]);
  });

  it("keeps another organization's items out of reach (404)", async () => {
    const { body: item } = await open(followUp()).expect(201);
    const other = await signInAsNewAdmin(app);
    const otherBase = `/api/organizations/${other.organizationId}`;
    await other.agent.get(`${otherBase}/work-items/${item.id}`).expect(404);
    await move(item.id, { event: 'assign', assigneeUserId: billerUserId }, other, otherBase).expect(404);
    await other.agent.post(`${otherBase}/work-items/${item.id}/notes`).set('x-csrf-token', other.csrf).send({ body: 'hello' }).expect(404);
    expect((await other.agent.get(`${otherBase}/work-items`).expect(200)).body.total).toBe(0);
    await other.agent.get(`${base}/work-items/${item.id}`).expect(404);
  });
});
