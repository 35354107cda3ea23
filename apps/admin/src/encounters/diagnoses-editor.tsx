import { ActionIcon, Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../api/problem';
import { icd10Display } from './charge-entry';
import { CodeDescription } from './code-description';
import { CodeSearch } from './code-search';

interface DiagnosesEditorProps {
  readonly codes: readonly string[];
  readonly dateOfService: string;
  /** Absent when the user may not change the diagnoses. */
  readonly onSave?: (codes: string[]) => Promise<unknown>;
  readonly pending: boolean;
  readonly error: unknown;
}

/** The most diagnoses a professional claim carries (837P HI). */
const MAX_DIAGNOSES = 12;

/** The encounter's ICD-10-CM codes in claim order (the first is the principal): add from the search, remove, save. */
export function DiagnosesEditor({ codes, dateOfService, onSave, pending, error }: DiagnosesEditorProps) {
  const [draft, setDraft] = useState<string[]>([...codes]);
  const [picked, setPicked] = useState<string | null>(null);
  const changed = draft.join() !== codes.join();
  const add = (code: string | null) => {
    setPicked(null);
    if (code && !draft.includes(code) && draft.length < MAX_DIAGNOSES) setDraft([...draft, code]);
  };
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Diagnoses
      </Title>
      {draft.length === 0 ? (
        <Text c="dimmed">No diagnoses yet.</Text>
      ) : (
        <List type="ordered" aria-label="Diagnoses">
          {draft.map((code) => (
            <List.Item key={code}>
              <Group gap="xs">
                <Text span ff="monospace">
                  {icd10Display(code)}
                </Text>
                <CodeDescription kind="icd10cm" code={code} onDate={dateOfService} />
                {onSave && (
                  <ActionIcon variant="subtle" color="red" aria-label={`Remove ${icd10Display(code)}`} onClick={() => setDraft(draft.filter((item) => item !== code))}>
                    ×
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {onSave && (
        <>
          <CodeSearch
            label="Add a diagnosis (ICD-10-CM)"
            kinds="icd10cm"
            onDate={dateOfService}
            value={picked}
            onChange={add}
            description={draft.length >= MAX_DIAGNOSES ? 'A claim carries at most twelve diagnoses' : 'Codes valid on the date of service'}
          />
          <Group>
            <Button onClick={() => void onSave(draft).catch(() => undefined)} disabled={!changed} loading={pending}>
              Save diagnoses
            </Button>
            {changed && (
              <Button variant="default" onClick={() => setDraft([...codes])}>
                Undo changes
              </Button>
            )}
          </Group>
          {error != null && (
            <Alert color="red" role="alert">
              {messageOf(error)}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
