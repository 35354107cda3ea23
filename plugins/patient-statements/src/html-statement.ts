import Handlebars from 'handlebars';
import type { StatementView } from './statement-view';

/** A compiled statement template. */
export type StatementTemplate = (view: StatementView) => string;

/**
 * Compiles a handlebars template in strict mode (a misspelt field is an error, not a blank on a patient's bill); throws
 * with handlebars' message, which names the line, when the template does not parse.
 */
export function compileStatementTemplate(source: string): StatementTemplate {
  const template = Handlebars.compile<StatementView>(source, { strict: true, noEscape: false });
  return (view) => template(view);
}

/** The problem with a template, or null when it compiles and renders the sample statement. */
export function templateProblem(source: string, sample: StatementView): string | null {
  try {
    compileStatementTemplate(source)(sample);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
