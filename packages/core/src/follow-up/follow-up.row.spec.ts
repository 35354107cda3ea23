import { ValidationError } from '@openrcm/sdk';
import { sqlOrderOf } from '../http/keyset';
import { followUpSortOf, toFollowUpRow, type FollowUpRowRecord } from './follow-up.row';

const record: FollowUpRowRecord = {
  work_item_id: 'w-1',
  state: 'open',
  due_date: '2026-12-07',
  next_action_date: '2026-11-30',
  assignee_user_id: null,
  created_at: '2026-11-30T12:00:00.000Z',
  claim_id: 'c-1',
  patient_control_number: 'C0000007',
  claim_state: 'accepted',
  total_charge_cents: '36550',
  date_of_service: '2026-09-01',
  payer_record_id: 'p-1',
  payer_name: 'Acme Health',
  follow_up_days: 30,
  submitted_at: '2026-10-01T10:00:00.000Z',
  inquiry_outcome: null,
  status_category: null,
  status_code: null,
  status_entity: null,
  effective_date: null,
  inquiry_error: null,
  inquired_at: null,
};

describe('the follow-up worklist rows', () => {
  it('sorts the longest waiting first by default; age ascending is the latest submission first', () => {
    expect(sqlOrderOf(followUpSortOf(undefined))).toBe('s.submitted_at asc nulls last, w.id asc nulls last');
    expect(sqlOrderOf(followUpSortOf('age'))).toBe('s.submitted_at desc nulls last, w.id asc nulls last');
    expect(sqlOrderOf(followUpSortOf('nextActionDate,-dueDate'))).toBe('w.next_action_date asc nulls last, w.due_date desc nulls last, w.id asc nulls last');
  });

  it('refuses a sort key it does not know, naming the ones it does', () => {
    const refusal = (() => {
      try {
        followUpSortOf('-patient');
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).issues).toEqual([{ field: 'sort', message: "'patient' is not sortable; sort by age, nextActionDate, dueDate" }]);
  });

  it('counts whole days since submission, keeps cents whole, and puts the last answer into words', () => {
    const row = toFollowUpRow(record, new Date('2026-11-30T09:59:59.000Z'));
    expect(row).toMatchObject({ daysSinceSubmission: 59, totalChargeCents: 36550, submittedAt: '2026-10-01T10:00:00.000Z', lastInquiry: null });
    const answered = toFollowUpRow(
      { ...record, inquiry_outcome: 'answered', status_category: 'F1', status_code: '65', status_entity: null, effective_date: '2026-11-20', inquired_at: '2026-11-30T12:01:00.000Z' },
      new Date('2026-11-30T10:00:00.000Z'),
    );
    expect(answered.daysSinceSubmission).toBe(60);
    expect(answered.lastInquiry).toEqual({
      outcome: 'answered',
      statusCategory: 'F1',
      statusCode: '65',
      statusEntity: null,
      effectiveDate: '2026-11-20',
      meaning: 'paid',
      description: 'F1 finalized/payment: the claim has been paid — status code 65',
      error: null,
      askedAt: '2026-11-30T12:01:00.000Z',
    });
  });
});
