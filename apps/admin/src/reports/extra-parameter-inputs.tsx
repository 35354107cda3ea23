import { NativeSelect } from '@mantine/core';
import type { ReportSummary } from '../api/views';
import { CommittedInput } from './committed-input';
import { extraParameters } from './report-parameters';

interface ExtraParameterInputsProps {
  readonly report: ReportSummary;
  readonly params: URLSearchParams;
  readonly onChange: (changes: Readonly<Record<string, string | undefined>>) => void;
}

/** Inputs for the parameters a plugin's report adds to the standard ones, drawn from its JSON Schema and kept in the URL. */
export function ExtraParameterInputs({ report, params, onChange }: ExtraParameterInputsProps) {
  const required = report.parameters.required ?? [];
  return (
    <>
      {extraParameters(report).map(([name, schema]) => {
        const label = required.includes(name) ? `${name} (required)` : name;
        const value = params.get(name) ?? '';
        return schema.enum ? (
          <NativeSelect key={name} label={label} description={schema.description} value={value} onChange={(event) => onChange({ [name]: event.currentTarget.value })} data={[{ value: '', label: 'any' }, ...schema.enum]} />
        ) : (
          <CommittedInput key={name} label={label} description={schema.description} value={value} onCommit={(typed) => onChange({ [name]: typed })} />
        );
      })}
    </>
  );
}
