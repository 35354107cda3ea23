import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { expectOk } from '../../api/problem';
import type { ReportCadence, ReportEmail, ReportSchedule, ReportWindow } from '../../api/views';

/** The query key of the organization's schedules (and, under it, each schedule's email log). */
export const schedulesKey = (organizationId: string) => ['report-schedules', organizationId] as const;

export function useSchedulesQuery(organizationId: string) {
  return useQuery({
    queryKey: schedulesKey(organizationId),
    queryFn: async () => (await expectOk<{ items: ReportSchedule[] }>(api.GET('/api/organizations/{organizationId}/report-schedules', { params: { path: { organizationId } } }))).items,
  });
}

/** The emails a schedule sent, newest first (the server keeps the last 100 in its answer). */
export function useScheduleEmailsQuery(organizationId: string, scheduleId: string) {
  return useQuery({
    queryKey: [...schedulesKey(organizationId), scheduleId, 'emails'],
    queryFn: async () =>
      (await expectOk<{ items: ReportEmail[] }>(api.GET('/api/organizations/{organizationId}/report-schedules/{scheduleId}/emails', { params: { path: { organizationId, scheduleId } } }))).items,
  });
}

export const CADENCE_LABELS: Readonly<Record<ReportCadence, string>> = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' };

/** The period each email reports on, counted back from the day it is sent. */
export const WINDOW_LABELS: Readonly<Record<ReportWindow, string>> = {
  'month-to-date': 'Month to date',
  'previous-month': 'Previous month',
  'last-30-days': 'Last 30 days',
  'year-to-date': 'Year to date',
};
