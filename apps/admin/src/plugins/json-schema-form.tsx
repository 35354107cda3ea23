import { Checkbox, Fieldset, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { fieldKind, setAt, UnparsedJson, valueAt, type FieldErrors, type JsonSchema } from './settings-schema';

interface FieldProps {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly path: readonly string[];
  readonly required: boolean;
  readonly value: unknown;
  readonly errors: FieldErrors;
  readonly onChange: (path: readonly string[], value: unknown) => void;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const orUndefined = (value: string): string | undefined => (value === '' ? undefined : value);

/** The JSON text of a value the form has no input for; its text is kept while it does not parse. */
function JsonField({ name, schema, path, required, value, errors, onChange }: FieldProps) {
  const [draft, setDraft] = useState(() => (value instanceof UnparsedJson ? value.text : value === undefined ? '' : JSON.stringify(value, null, 2)));
  const change = (next: string) => {
    setDraft(next);
    if (next.trim() === '') return onChange(path, undefined);
    try {
      onChange(path, JSON.parse(next));
    } catch {
      onChange(path, new UnparsedJson(next));
    }
  };
  return (
    <Textarea
      label={`${name} (JSON)`}
      description={schema.description}
      required={required}
      rows={4}
      styles={{ input: { fontFamily: 'monospace' } }}
      value={draft}
      error={errors[path.join('.')]}
      onChange={(event) => change(event.currentTarget.value)}
    />
  );
}

function SchemaField(props: FieldProps) {
  const { name, schema, path, required, value, errors, onChange } = props;
  const key = path.join('.');
  const common = { label: name, description: schema.description, required, error: errors[key] };
  switch (fieldKind(schema)) {
    case 'secret':
      return (
        <TextInput
          {...common}
          label={`${name} (environment variable)`}
          description={`${schema.description ? `${schema.description}. ` : ''}The name of the variable that holds the secret, never the secret itself.`}
          error={errors[key] ?? errors[`${key}.env`]}
          value={text((value as { env?: unknown } | undefined)?.env)}
          onChange={(event) => {
            const variable = event.currentTarget.value.trim();
            onChange(path, variable === '' ? undefined : { env: variable });
          }}
          autoComplete="off"
          spellCheck={false}
        />
      );
    case 'enum':
      return (
        <NativeSelect
          {...common}
          value={text(value)}
          data={[...(required && schema.default === undefined ? [] : [{ value: '', label: schema.default === undefined ? '(none)' : `(default: ${String(schema.default)})` }]), ...(schema.enum as string[])]}
          onChange={(event) => onChange(path, orUndefined(event.currentTarget.value))}
        />
      );
    case 'string':
      return <TextInput {...common} value={text(value)} placeholder={schema.default === undefined ? undefined : String(schema.default)} onChange={(event) => onChange(path, orUndefined(event.currentTarget.value))} />;
    case 'text':
      return (
        <Textarea
          {...common}
          rows={12}
          resize="vertical"
          spellCheck={false}
          styles={{ input: { fontFamily: 'monospace' } }}
          value={text(value)}
          placeholder={schema.default === undefined ? undefined : String(schema.default)}
          onChange={(event) => onChange(path, orUndefined(event.currentTarget.value))}
        />
      );
    case 'number':
    case 'integer':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          placeholder={schema.default === undefined ? undefined : String(schema.default)}
          allowDecimal={schema.type === 'number'}
          onChange={(next) => onChange(path, next === '' ? undefined : next)}
        />
      );
    case 'boolean':
      return <Checkbox label={name} description={schema.description} error={errors[key]} checked={value === true} onChange={(event) => onChange(path, event.currentTarget.checked)} />;
    case 'string-list':
      return (
        <Textarea
          {...common}
          label={`${name} (one per line)`}
          rows={3}
          value={Array.isArray(value) ? value.join('\n') : ''}
          onChange={(event) => onChange(path, event.currentTarget.value.split('\n').map((line) => line.trim()).filter(Boolean))}
        />
      );
    case 'object':
      return (
        <Fieldset legend={required ? name : `${name} (optional)`}>
          {schema.description && (
            <Text size="sm" mb="xs">
              {schema.description}
            </Text>
          )}
          <ObjectFields schema={schema} path={path} value={value} errors={errors} onChange={onChange} />
        </Fieldset>
      );
    default:
      return <JsonField {...props} />;
  }
}

function ObjectFields({ schema, path, value, errors, onChange }: Omit<FieldProps, 'name' | 'required'>) {
  return (
    <Stack gap="sm">
      {Object.entries(schema.properties ?? {}).map(([name, child]) => (
        <SchemaField
          key={name}
          name={name}
          schema={child}
          path={[...path, name]}
          required={schema.required?.includes(name) ?? false}
          value={valueAt(value, [name])}
          errors={errors}
          onChange={onChange}
        />
      ))}
    </Stack>
  );
}

export interface JsonSchemaFormProps {
  readonly schema: JsonSchema;
  readonly value: unknown;
  readonly errors: FieldErrors;
  readonly onChange: (value: unknown) => void;
}

/**
 * The inputs for a value described by a JSON Schema: text (multi-line for long strings), number, checkbox, select (enum), nested fieldsets,
 * lists of strings one per line, secret references as environment-variable names, and JSON text for anything else.
 */
export function JsonSchemaForm({ schema, value, errors, onChange }: JsonSchemaFormProps) {
  const change = (path: readonly string[], next: unknown) => onChange(setAt(value, path, next));
  if (fieldKind(schema) !== 'object') {
    return <JsonField name="settings" schema={schema} path={[]} required value={value} errors={errors} onChange={change} />;
  }
  return <ObjectFields schema={schema} path={[]} value={value} errors={errors} onChange={change} />;
}
