import { Button, NativeSelect, NumberInput, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { newStateRow, type RuleDraft, type SettingsErrors, type StateRuleDraft } from './settings-draft';

interface RuleCellsProps {
  readonly rule: RuleDraft;
  /** How the row is named in its inputs' labels: "all states", "row 2". */
  readonly rowName: string;
  /** The errors' prefix: `defaults` or `states.<index>`. */
  readonly path: string;
  /** What an empty field means in this row. */
  readonly inherits: string;
  readonly errors: SettingsErrors;
  readonly onChange: (next: RuleDraft) => void;
}

/** The four fields of a rule, each empty meaning "as the rule above". */
function RuleCells({ rule, rowName, path, inherits, errors, onChange }: RuleCellsProps) {
  const change = (next: Partial<RuleDraft>) => onChange({ ...rule, ...next });
  return (
    <>
      <Table.Td>
        <NativeSelect
          aria-label={`Reporting, ${rowName}`}
          value={rule.reportingAllowed}
          onChange={(event) => change({ reportingAllowed: event.currentTarget.value as RuleDraft['reportingAllowed'] })}
          data={[
            { value: '', label: inherits },
            { value: 'allowed', label: 'Allowed' },
            { value: 'not-allowed', label: 'Not allowed' },
          ]}
          error={errors[`${path}.reportingAllowed`]}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={`Never under ($), ${rowName}`}
          inputMode="decimal"
          placeholder={inherits}
          value={rule.minimumInitialBalance}
          onChange={(event) => change({ minimumInitialBalance: event.currentTarget.value })}
          error={errors[`${path}.minimumInitialBalanceCents`]}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput aria-label={`Waiting days, ${rowName}`} placeholder={inherits} min={0} allowDecimal={false} value={rule.waitingDays} onChange={(value) => change({ waitingDays: value })} error={errors[`${path}.waitingDays`]} />
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={`Days after a notice, ${rowName}`}
          placeholder={inherits}
          min={0}
          allowDecimal={false}
          value={rule.noticeWaitDays}
          onChange={(value) => change({ noticeWaitDays: value })}
          error={errors[`${path}.noticeWaitDays`]}
        />
      </Table.Td>
    </>
  );
}

interface CreditRuleTableProps {
  readonly defaults: RuleDraft;
  readonly states: readonly StateRuleDraft[];
  readonly errors: SettingsErrors;
  readonly readOnly: boolean;
  readonly onDefaults: (next: RuleDraft) => void;
  readonly onStates: (next: readonly StateRuleDraft[]) => void;
}

/**
 * Credit reporting by state: the default rule (an empty field keeps the bureaus' policy), then a row per state whose
 * law differs (an empty field keeps the default rule's), added and removed here.
 */
export function CreditRuleTable({ defaults, states, errors, readOnly, onDefaults, onStates }: CreditRuleTableProps) {
  const replace = (index: number, next: StateRuleDraft) => onStates(states.map((row, at) => (at === index ? next : row)));
  return (
    <>
      <Table aria-label="Credit reporting by state">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>State</Table.Th>
            <Table.Th>Reporting</Table.Th>
            <Table.Th>Never under ($)</Table.Th>
            <Table.Th>Waiting days (after delinquency)</Table.Th>
            <Table.Th>Days after a notice</Table.Th>
            <Table.Th>
              <VisuallyHidden>Remove</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>All states (default)</Table.Td>
            <RuleCells rule={defaults} rowName="all states" path="defaults" inherits="Bureau policy" errors={errors} onChange={onDefaults} />
            <Table.Td />
          </Table.Tr>
          {states.map((row, index) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                <TextInput
                  aria-label={`State, row ${index + 1}`}
                  placeholder="TX"
                  maxLength={2}
                  w={70}
                  value={row.state}
                  onChange={(event) => replace(index, { ...row, state: event.currentTarget.value.toUpperCase() })}
                  error={errors[`states.${index}.state`]}
                />
              </Table.Td>
              <RuleCells rule={row} rowName={`row ${index + 1}`} path={`states.${index}`} inherits="As the default" errors={errors} onChange={(next) => replace(index, { ...row, ...next })} />
              <Table.Td>
                {!readOnly && (
                  <Button variant="subtle" color="red" size="xs" aria-label={`Remove row ${index + 1}${row.state ? ` (${row.state})` : ''}`} onClick={() => onStates(states.filter((_, at) => at !== index))}>
                    Remove
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!readOnly && (
        <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => onStates([...states, newStateRow(states)])}>
          Add a state
        </Button>
      )}
    </>
  );
}
