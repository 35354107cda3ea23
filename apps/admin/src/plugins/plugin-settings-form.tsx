import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import { JsonSchemaForm } from './json-schema-form';
import { validateSettings, type FieldErrors, type JsonSchema } from './settings-schema';

export interface PluginSettingsFormProps {
  readonly pluginId: string;
  readonly schema: JsonSchema;
  readonly settings: unknown;
  /** Saves the settings; rejects with the server's ApiError (422 names each field). */
  readonly onSave: (settings: unknown) => Promise<unknown>;
}

/** The server's field errors of a refused save (422), keyed like the client's. */
function serverErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.status !== 422) return {};
  return Object.fromEntries((error.problem.errors ?? []).map((issue) => [issue.field, issue.message]));
}

/**
 * A plugin's settings form, rendered from its JSON Schema, checked on the client before saving and showing the
 * server's refusal on the fields it names.
 */
export function PluginSettingsForm({ pluginId, schema, settings, onSave }: PluginSettingsFormProps) {
  const [value, setValue] = useState<unknown>(settings ?? {});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const found = validateSettings(schema, value);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onSave(value);
      setSaved(true);
    } catch (error) {
      setErrors(serverErrors(error));
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  const formError = errors[''] ?? (failure && Object.keys(serverErrors(failure)).length === 0 ? messageOf(failure) : undefined);
  const invalid = Object.keys(errors).length > 0;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={`Settings of ${pluginId}`}>
      <Stack gap="sm">
        <JsonSchemaForm
          schema={schema}
          value={value}
          errors={errors}
          onChange={(next) => {
            setValue(next);
            setSaved(false);
          }}
        />
        {invalid && !formError && (
          <Text role="alert" c="red.9" size="sm">
            Some settings are not valid; see the fields marked.
          </Text>
        )}
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        {saved && (
          <Text role="status" c="teal.9">
            Settings saved
          </Text>
        )}
        <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
          Save settings
        </Button>
      </Stack>
    </form>
  );
}
