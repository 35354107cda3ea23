// Step 4: patients, their coverages, the encounters with the state each had reached at the history's end, the charges
// entered by then, and the money patients handed over at the front desk.
import { DIAGNOSES, LOCATIONS, NAMES } from '../practice.profile.mjs';
import { STAGING as S, pick, text, textArray } from './sql.helpers.mjs';

const r = (stream, key) => `${S}.r(${stream}, ${key})`;
const STREETS = ['Maple St', 'Oak Ave', 'Cedar Ln', 'Elm St', 'Washington Blvd', 'Lincoln Ave', 'Park Pl', 'Lake Dr', 'Hill Rd', 'Sunset Ct'];

function patientsSql(plan, org) {
  const zips = textArray(LOCATIONS.map((location) => location.zip.slice(0, 5)));
  const cities = textArray(LOCATIONS.map((location) => location.city));
  const registered = `case when v.first_visit is null then ${S}.at(${text(plan.start)}::date + floor(${r(100, 'p.p')} * ${plan.days - 1})::int, 540 + ${r(102, 'p.p')} * 480)
                           when ${r(101, 'p.p')} < 0.5 then ${S}.at(${text(plan.start)}::date - 1 - floor(${r(100, 'p.p')} * 700)::int, 540 + ${r(102, 'p.p')} * 480)
                           else v.first_visit - ${S}.minutes(30 + ${r(100, 'p.p')} * 10000) end`;
  return `insert into patient (id, organization_id, created_at, first_name, last_name, birth_date, sex, updated_at, account_number, address)
    select ${S}.uid('patient', p.p::text), ${org}, ${registered},
           case when p.sex = 'F' then ${pick(r(97, 'p.p'), NAMES.female)} else ${pick(r(97, 'p.p'), NAMES.male)} end,
           ${pick(r(98, 'p.p'), NAMES.last)}, p.birth_date::text, p.sex, ${registered}, 'A' || lpad(p.p::text, 8, '0'),
           jsonb_build_object('line1', (100 + p.p % 9800)::text || ' ' || ${pick(r(99, 'p.p'), STREETS)}, 'city', (${cities})[p.location_n],
                              'state', 'IL', 'postalCode', (${zips})[p.location_n])
      from ${S}.pat p left join (select p, min(t_sched) as first_visit from ${S}.enc group by p) v on v.p = p.p`;
}

function coveragesSql(plan, org) {
  const child = `(p.birth_date > ${text(plan.end)}::date - interval '18 years' and p.payer_n <> 2)`;
  const coverage = (order, payer, key) => `
    select ${S}.uid('coverage', p.p || ':${key}'), ${org}, x.created_at + ${S}.minutes(${key}), p.p, ${S}.uid('payer', ${payer}::text), '${order}',
           case when ${child} then '19' else '18' end,
           case when ${child} then ${pick(r(103, 'p.p'), NAMES.female)} end, case when ${child} then x.last_name end,
           case when ${child} then (p.birth_date - interval '31 years')::date::text end, case when ${child} then 'F' end,
           (select cipher from ${S}.member_cipher where i = p.p % (select count(*) from ${S}.member_cipher)),
           'G' || lpad((p.p % 9000 + 1000)::text, 6, '0'), to_char(x.created_at - interval '400 days', 'YYYY-MM-DD'), x.created_at + ${S}.minutes(${key})
      from ${S}.pat p join patient x on x.id = ${S}.uid('patient', p.p::text) and x.organization_id = ${org}
     where ${payer} is not null`;
  return `insert into coverage (id, organization_id, created_at, patient_id, payer_record_id, coverage_order, subscriber_relationship,
                                subscriber_first_name, subscriber_last_name, subscriber_birth_date, subscriber_sex, member_id, group_number,
                                effective_from, updated_at)
    select id, ${org}, created_at, ${S}.uid('patient', p::text), payer_id, coverage_order, relationship, first_name, last_name, birth_date, sex,
           member_id, group_number, effective_from, updated_at
      from (${coverage('primary', 'p.payer_n', 1)} union all ${coverage('secondary', 'p.sec_n', 2)})
        as c(id, org, created_at, p, payer_id, coverage_order, relationship, first_name, last_name, birth_date, sex, member_id, group_number, effective_from, updated_at)`;
}

function encountersSql(plan, org) {
  const end = plan.endInstant;
  const diagnoses = textArray(DIAGNOSES);
  return `insert into encounter (id, organization_id, created_at, patient_id, location_id, billing_provider_id, rendering_provider_id, state,
                                 scheduled_start, date_of_service, place_of_service, self_pay, diagnosis_codes,
                                 documentation_signed_by_provider_id, documentation_signed_at, updated_at)
    select e.encounter_id, ${org}, e.t_sched, e.patient_id, ${S}.uid('location', e.location_n::text), ${S}.uid('provider', '1'), e.provider_id,
           case when e.t_build < ${end} then 'billed' when e.t_charge < ${end} then 'coded' when e.t_doc < ${end} then 'documented'
                when e.t_checkin < ${end} then 'checked-in' else 'scheduled' end,
           ${S}.at(e.dos, e.m0 - 10), e.dos::text, '11', e.self_pay,
           case when e.diagnosis_a = e.diagnosis_b then jsonb_build_array((${diagnoses})[e.diagnosis_a])
                else jsonb_build_array((${diagnoses})[e.diagnosis_a], (${diagnoses})[e.diagnosis_b]) end,
           case when e.t_doc < ${end} then e.provider_id end, case when e.t_doc < ${end} then e.t_doc end,
           case when e.t_build < ${end} then e.t_build when e.t_charge < ${end} then e.t_charge when e.t_doc < ${end} then e.t_doc
                when e.t_checkin < ${end} then e.t_checkin else e.t_sched end
      from ${S}.enc e`;
}

function chargesSql(plan, org) {
  return `insert into charge (id, organization_id, created_at, encounter_id, patient_id, procedure_code, modifiers, units, unit_type, diagnosis_pointers,
                              rendering_provider_id, place_of_service, date_of_service, unit_price_cents, amount_cents, expected_allowed_cents, price_source)
    select l.charge_id, ${org}, e.t_charge + ${S}.minutes(l.ln / 60.0), e.encounter_id, e.patient_id,
           l.code, l.modifiers, l.units, 'UN', '[1]'::jsonb, e.provider_id, '11', e.dos::text,
           l.charge / l.units, l.charge, l.expected, 'fee-schedule:' || ${S}.uid('fee_schedule', 'practice')
      from ${S}.line l join ${S}.enc e on e.g = l.g
     where e.t_charge < ${plan.endInstant}`;
}

function pointOfServiceSql(plan, org) {
  return `insert into point_of_service_payment (id, organization_id, created_at, patient_id, encounter_id, amount_cents, method, reference, received_on, received_by)
    select ${S}.uid('pos', e.g::text), ${org}, e.t_checkin + ${S}.minutes(3), e.patient_id, e.encounter_id,
           e.pos_amount, e.pos_method,
           case e.pos_method when 'card' then 'AUTH' || lpad((e.g::bigint * 7919 % 1000000)::text, 6, '0') when 'check' then lpad((1000 + e.g % 9000)::text, 4, '0') end,
           e.dos::text, 'bench-front-desk'
      from ${S}.enc e
     where e.pos_amount > 0 and e.t_checkin < ${plan.endInstant}`;
}

/** Writes patients, coverages, encounters, charges and point-of-service payments from the plan. */
export async function writeVisits(db, plan) {
  const org = `${text(plan.organizationId)}::uuid`;
  await db.query(patientsSql(plan, org));
  await db.query(coveragesSql(plan, org));
  await db.query(encountersSql(plan, org));
  await db.query(chargesSql(plan, org));
  await db.query(pointOfServiceSql(plan, org));
}
