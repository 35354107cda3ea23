import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { JsonSchemaForm } from './json-schema-form';
import { fieldKind, setAt, UnparsedJson, validateSettings, type JsonSchema } from './settings-schema';

describe('fieldKind', () => {
  it.each<[JsonSchema, string]>([
    [{ type: 'string' }, 'string'],
    [{ type: 'string', maxLength: 200 }, 'string'],
    [{ type: 'string', maxLength: 1000 }, 'text'],
    [{ type: 'string', maxLength: 200_000 }, 'text'],
    [{ type: 'string', enum: ['a', 'b'] }, 'enum'],
    [{ type: 'integer' }, 'integer'],
    [{ type: 'number' }, 'number'],
    [{ type: 'boolean' }, 'boolean'],
    [{ type: 'object', properties: { a: { type: 'string' } } }, 'object'],
    [{ type: 'object', properties: { env: { type: 'string' } }, required: ['env'], additionalProperties: false }, 'secret'],
    [{ type: 'array', items: { type: 'string' } }, 'string-list'],
    [{ type: 'array', items: { type: 'integer' } }, 'json'],
    [{ type: 'object', additionalProperties: { type: 'string' } }, 'json'],
    [{ anyOf: [{ type: 'string' }, { type: 'number' }] } as JsonSchema, 'json'],
    [{}, 'json'],
  ])('reads %j as %s', (schema, kind) => {
    expect(fieldKind(schema)).toBe(kind);
  });
});

describe('JsonSchemaForm', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: { name: { type: 'string' }, transport: { oneOf: [{ type: 'object' }] } as JsonSchema, retries: { type: 'integer', minimum: 0 } as JsonSchema },
  };

  it('edits an unknown type as JSON text and the rest by type, removing emptied fields', () => {
    const onChange = vi.fn();
    renderWithTheme(<JsonSchemaForm schema={schema} value={{ name: 'a', transport: { type: 'folder' } }} errors={{ retries: 'too small' }} onChange={onChange} />);
    expect(JSON.parse((screen.getByLabelText('transport (JSON)') as HTMLTextAreaElement).value)).toEqual({ type: 'folder' });
    expect(screen.getByText('too small')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('name'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ transport: { type: 'folder' } });
    fireEvent.change(screen.getByLabelText('transport (JSON)'), { target: { value: '{"type":' } });
    expect(onChange.mock.lastCall?.[0].transport).toBeInstanceOf(UnparsedJson);
  });

  it('renders a schema that is not an object as one JSON field', () => {
    renderWithTheme(<JsonSchemaForm schema={{ anyOf: [{ type: 'string' }] } as JsonSchema} value="x" errors={{}} onChange={vi.fn()} />);
    expect((screen.getByLabelText(/^settings \(JSON\)/) as HTMLTextAreaElement).value).toBe('"x"');
  });
});

describe('settings helpers', () => {
  it('sets nested values and validates with the paths the server uses', () => {
    expect(setAt({ a: { b: 1 } }, ['a', 'c'], 2)).toEqual({ a: { b: 1, c: 2 } });
    expect(setAt({ a: 1 }, ['a'], undefined)).toEqual({});
    const schema: JsonSchema = { type: 'object', properties: { secret: { type: 'object', properties: { env: { type: 'string', pattern: '^[A-Z_]+$' } as JsonSchema }, required: ['env'], additionalProperties: false } }, required: ['secret'] };
    expect(Object.keys(validateSettings(schema, { secret: { env: 'lower' } }))).toEqual(['secret.env']);
    expect(validateSettings(schema, { secret: { env: 'UPPER' } })).toEqual({});
  });
});
