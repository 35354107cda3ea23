import { compileLetterTemplate } from './letter-template.compiler';
import { validationIssuesOf } from '../../test/support/validation-issues';

const render = (source: string, data: unknown, escape = true) => compileLetterTemplate(source, escape).render(data);

const errorOf = (source: string): string => validationIssuesOf(() => compileLetterTemplate(source, true)).map((issue) => `${issue.field}: ${issue.message}`).join('; ');

describe('letter templates', () => {
  it('renders values, escaping them in HTML unless triple-braced', () => {
    expect(render('<p>{{claim.number}} {{{note}}} {{note}}</p>', { claim: { number: 'A&B' }, note: '<b>x</b>' })).toBe('<p>A&amp;B <b>x</b> &lt;b&gt;x&lt;/b&gt;</p>');
    expect(render('{{name}}', { name: "O'Neil <x>" }, false)).toBe("O'Neil <x>");
  });

  it('iterates with @index, @first, @last, this and ../, and renders else for an empty list', () => {
    const source = '{{#each lines}}{{#unless @first}}, {{/unless}}{{@index}}:{{code}}/{{../payer}}{{#if @last}}.{{/if}}{{else}}none{{/each}}';
    expect(render(source, { payer: 'Acme', lines: [{ code: '99213' }, { code: '97110' }] })).toBe('0:99213/Acme, 1:97110/Acme.');
    expect(render(source, { payer: 'Acme', lines: [] })).toBe('none');
  });

  it('refuses a helper that is not built in', () => {
    expect(errorOf('{{#loop lines}}{{/loop}}')).toMatch(/^body: .*loop/);
  });

  it('names the line of a syntax error', () => {
    expect(errorOf('Dear payer,\n{{#each lines}}\n{{code}}\n{{/if}}')).toMatch(/^body: line 2: .*each doesn't match if/);
    expect(errorOf('a\nb\n{{#if x}}never closed')).toMatch(/^body: line 3: /);
    expect(errorOf('a\n{{claim.number}\nb')).toMatch(/^body: line 2: /);
  });
});
