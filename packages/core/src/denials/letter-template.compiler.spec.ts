import { ValidationError } from '@openrcm/sdk';
import { compileLetterTemplate } from './letter-template.compiler';

const render = (source: string, data: unknown, escape = true) => compileLetterTemplate(source, escape).render(data);

function errorOf(source: string): string {
  try {
    compileLetterTemplate(source, true);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    throw error;
  }
  throw new Error('compiled');
}

describe('letter templates', () => {
  it('renders values, escaping them in HTML unless triple-braced', () => {
    expect(render('<p>{{claim.number}} {{{note}}} {{note}}</p>', { claim: { number: 'A&B' }, note: '<b>x</b>' })).toBe('<p>A&amp;B <b>x</b> &lt;b&gt;x&lt;/b&gt;</p>');
    expect(render('{{name}}', { name: 'O\'Neil <x>' }, false)).toBe("O'Neil <x>");
  });

  it('iterates with @index, @number, @first, @last, this and ../, and renders else for an empty list', () => {
    const source = '{{#each lines}}{{#unless @first}}, {{/unless}}{{@number}}:{{code}}/{{../payer}}{{#if @last}}.{{/if}}{{else}}none{{/each}}';
    expect(render(source, { payer: 'Acme', lines: [{ code: '99213' }, { code: '97110' }] })).toBe('1:99213/Acme, 2:97110/Acme.');
    expect(render(source, { payer: 'Acme', lines: [] })).toBe('none');
    expect(render('{{#each codes}}[{{this}}@{{@index}}]{{/each}}', { codes: ['50', '197'] })).toBe('[50@0][197@1]');
  });

  it('renders if/else and with, missing fields as nothing, comments as nothing', () => {
    expect(render('{{#if a}}yes{{else}}no{{/if}}|{{#with p}}{{name}}{{/with}}|{{missing.deep}}|{{! hidden }}{{!-- {{x}} --}}end', { a: [], p: { name: 'N' } })).toBe('no|N||end');
  });

  it('names the line of a syntax error', () => {
    expect(errorOf('Dear payer,\n{{#each lines}}\n{{code}}\n{{/if}}')).toBe("body: line 4: '{{/if}}' closes the {{#each}} opened on line 2");
    expect(errorOf('a\nb\n{{#if x}}never closed')).toBe("body: line 3: '{{#if}}' is never closed (add {{/if}})");
    expect(errorOf('a\n{{claim.number}\nb')).toBe("body: line 2: '{{' is never closed with '}}'");
    expect(errorOf('{{#loop lines}}{{/loop}}')).toMatch(/^body: line 1: unknown block '\{\{#loop\}\}'/);
    expect(errorOf('\n\n{{claim..number}}')).toMatch(/^body: line 3: '\{\{claim\.\.number\}\}' is not a field path/);
    expect(errorOf('{{else}}')).toBe("body: line 1: '{{else}}' outside a block");
    expect(errorOf('x\n{{{raw}}')).toBe("body: line 2: '{{{' must close with '}}}'");
  });
});
