import { ValidationError } from '@openrcm/sdk';
import Handlebars from 'handlebars';

/** A compiled template: render it with a data object. */
export interface CompiledLetterTemplate {
  render(data: unknown): string;
}

/**
 * Letter templates are Handlebars, in an environment of their own with the built-in helpers only (`each`, `if`,
 * `unless`, `with`, `lookup`): `{{path}}` is HTML-escaped in HTML templates, `{{{path}}}` is raw. Compiling parses the
 * whole template first, so a syntax error is refused on save, naming its line.
 */
export function compileLetterTemplate(source: string, escape: boolean, field = 'body'): CompiledLetterTemplate {
  const environment = Handlebars.create();
  try {
    environment.parse(source);
    const template = environment.compile(source, { noEscape: !escape, knownHelpersOnly: true, strict: false });
    template({});
    return { render: (data) => template(data) };
  } catch (error) {
    throw new ValidationError([{ field, message: templateErrorOf(error) }]);
  }
}

/** `line N: what is wrong`, from a Handlebars parse or compile error. */
function templateErrorOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (error as { lineNumber?: number }).lineNumber ?? Number(/line (\d+)/i.exec(message)?.[1] ?? NaN);
  const detail = message.split('\n').filter((part) => part.trim() !== '' && !/^-*\^$/.test(part.trim())).pop() ?? message;
  return Number.isFinite(line) ? `line ${line}: ${detail}` : detail;
}
