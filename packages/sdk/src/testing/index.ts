export { createPluginHarness } from './plugin-harness';
export type { HarnessLogEntry, PluginHarness, PluginHarnessOptions } from './plugin-harness';
export { forwardHttp } from './forward-http';
export { fakeReportingQuery } from './fake-reporting-query';
export type { FakeAggregateRows, FakeReportingQuery } from './fake-reporting-query';
