export { plugin, KPI_REPORTS } from './kpi-reports.plugin';
