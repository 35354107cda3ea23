import { dayNumber, isoDate } from './calendar-date';
import { businessDayTest } from './holidays';

/** Business days after sending by which the consumer is assumed to have received the notice (12 CFR 1006.34(b)(5)). */
const RECEIPT_BUSINESS_DAYS = 5;
/** The validation period ends this many days after the assumed receipt. */
const VALIDATION_PERIOD_DAYS = 30;
/** The notice is due within this many days after the initial communication (15 U.S.C. 1692g(a)). */
const NOTICE_DUE_DAYS = 5;

/**
 * The date a consumer is assumed to receive a validation notice sent on `sentOn`: five days after sending, not counting
 * Saturdays, Sundays and the legal public holidays of 5 U.S.C. 6103(a) as observed, nor `extraHolidays` (ISO dates).
 * Throws {@link ValidationError} naming `sentOn` or `extraHolidays[i]` for a date that is not `YYYY-MM-DD`.
 * Since SDK 1.9.0.
 * @public
 */
export function assumedReceiptDate(sentOn: string, extraHolidays: readonly string[] = []): string {
  const isBusinessDay = businessDayTest(extraHolidays);
  let day = dayNumber(sentOn, 'sentOn');
  for (let counted = 0; counted < RECEIPT_BUSINESS_DAYS; ) {
    day += 1;
    if (isBusinessDay(day)) counted += 1;
  }
  return isoDate(day);
}

/**
 * The validation period end date a notice sent on `sentOn` prints: 30 days after {@link assumedReceiptDate}
 * (12 CFR 1006.34(b)(5)). Since SDK 1.9.0.
 * @public
 */
export function validationPeriodEnd(sentOn: string, extraHolidays: readonly string[] = []): string {
  return isoDate(dayNumber(assumedReceiptDate(sentOn, extraHolidays), 'sentOn') + VALIDATION_PERIOD_DAYS);
}

/**
 * The last date a validation notice may be sent when it is not part of the initial communication about the debt:
 * five (calendar) days after `initialCommunicationOn` (15 U.S.C. 1692g(a), 12 CFR 1006.34(a)(1)). Since SDK 1.9.0.
 * @public
 */
export function validationNoticeDueBy(initialCommunicationOn: string): string {
  return isoDate(dayNumber(initialCommunicationOn, 'initialCommunicationOn') + NOTICE_DUE_DAYS);
}
