export { plugin, statementRenderer } from './patient-statements.plugin';
export { DEFAULT_STATEMENT_TEMPLATE } from './default-template';
export { compileStatementTemplate, templateProblem } from './html-statement';
export { statementView, type StatementView, type StatementViewLine } from './statement-view';
export { SAMPLE_STATEMENT } from './sample-statement';
