import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { renderWithTheme } from '../test/render';
import { PluginSettingsForm } from './plugin-settings-form';
import type { JsonSchema } from './settings-schema';

/** What the server lists for a plugin like eligibility-availity (`z.toJSONSchema`, io input). */
const SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    baseUrl: { type: 'string', format: 'uri', default: 'https://api.availity.com', description: 'API base URL' },
    clientId: { type: 'string', minLength: 1 } as JsonSchema,
    clientSecret: { type: 'object', properties: { env: { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$' } as JsonSchema }, required: ['env'], additionalProperties: false, description: 'The client secret' },
    requestTimeoutMs: { type: 'integer', minimum: 100, maximum: 60000, default: 3000 } as JsonSchema,
    mode: { type: 'string', enum: ['demo', 'production'], default: 'demo' },
    verbose: { type: 'boolean' },
    hosts: { type: 'array', items: { type: 'string' } },
    retry: { type: 'object', properties: { attempts: { type: 'integer', minimum: 1 } as JsonSchema }, required: ['attempts'] },
    payerIdMap: { type: 'object', additionalProperties: { type: 'string' } },
  },
  required: ['clientId', 'clientSecret'],
};

const SETTINGS = { baseUrl: 'https://api.availity.com', clientId: 'abc', clientSecret: { env: 'AVAILITY_SECRET' }, requestTimeoutMs: 3000, payerIdMap: { P1: 'A1' } };

function renderForm(onSave = vi.fn().mockResolvedValue({})) {
  renderWithTheme(<PluginSettingsForm pluginId="eligibility-availity" schema={SCHEMA} settings={SETTINGS} onSave={onSave} />);
  return onSave;
}

const input = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

describe('PluginSettingsForm', () => {
  it('renders a field for each kind the schema names, secrets as environment-variable names', () => {
    renderForm();
    expect(input('baseUrl').value).toBe('https://api.availity.com');
    expect(input('clientSecret (environment variable)').value).toBe('AVAILITY_SECRET');
    expect(input('requestTimeoutMs').value).toBe('3000');
    expect((screen.getByLabelText('mode') as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('checkbox', { name: 'verbose' })).toBeTruthy();
    expect(input('hosts (one per line)').tagName).toBe('TEXTAREA');
    expect(screen.getByRole('group', { name: 'retry (optional)' })).toBeTruthy();
    expect(JSON.parse(input('payerIdMap (JSON)').value)).toEqual({ P1: 'A1' });
  });

  it('shows a client-side error on the field and saves nothing', async () => {
    const onSave = renderForm();
    fireEvent.change(input('requestTimeoutMs'), { target: { value: '50' } });
    fireEvent.change(input('clientSecret (environment variable)'), { target: { value: 'lower case' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(input('requestTimeoutMs').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Too small: expected number to be >=100')).toBeTruthy();
    expect(input('clientSecret (environment variable)').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses JSON text that does not parse', async () => {
    const onSave = renderForm();
    fireEvent.change(input('payerIdMap (JSON)'), { target: { value: '{ "P1": ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('not valid JSON')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it("saves valid settings and shows the server's 422 on the fields it names", async () => {
    const refusal = new ApiError({ status: 422, title: 'Unprocessable Entity', errors: [{ field: 'clientId', message: 'unknown to Availity' }] });
    const onSave = renderForm(vi.fn().mockRejectedValueOnce(refusal).mockResolvedValueOnce({}));
    fireEvent.change(input('requestTimeoutMs'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('unknown to Availity')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({ ...SETTINGS, requestTimeoutMs: 5000 });
    fireEvent.change(input('clientId'), { target: { value: 'xyz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    expect(onSave).toHaveBeenLastCalledWith({ ...SETTINGS, clientId: 'xyz', requestTimeoutMs: 5000 });
  });
});

describe('PluginSettingsForm with a long text setting (the patient-statements template)', () => {
  /** What the server lists for patient-statements (`z.toJSONSchema`, io input): the template's refinement is the server's. */
  const STATEMENTS: JsonSchema = {
    type: 'object',
    properties: {
      template: { type: 'string', maxLength: 200000, description: 'The statement as a handlebars HTML template over the statement view; empty for the built-in one' },
      attachPdf: { type: 'boolean', default: false, description: 'Attach the PDF to statement emails' },
    },
  };
  const TEMPLATE = '<h1>{{provider.name}}</h1>\n<p>Amount due: {{amountDue}}</p>';

  it('edits the template on several lines and sends it as typed', async () => {
    const onSave = vi.fn().mockResolvedValue({});
    renderWithTheme(<PluginSettingsForm pluginId="patient-statements" schema={STATEMENTS} settings={{ attachPdf: false }} onSave={onSave} />);
    const template = screen.getByLabelText('template', { exact: false });
    expect(template.tagName).toBe('TEXTAREA');
    fireEvent.change(template, { target: { value: TEMPLATE } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({ attachPdf: false, template: TEMPLATE });
  });

  it("shows the server's refusal of a template on the template field", async () => {
    const message = 'the template does not render the sample statement: "nope" not defined in [object Object] - 1:2';
    const onSave = vi.fn().mockRejectedValue(new ApiError({ status: 422, title: 'Unprocessable Entity', errors: [{ field: 'template', message }] }));
    renderWithTheme(<PluginSettingsForm pluginId="patient-statements" schema={STATEMENTS} settings={{}} onSave={onSave} />);
    const template = screen.getByLabelText('template', { exact: false });
    fireEvent.change(template, { target: { value: '{{nope}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(template.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Settings saved')).toBeNull();
  });
});
