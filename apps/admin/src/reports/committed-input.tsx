import { TextInput } from '@mantine/core';
import { useState } from 'react';

interface CommittedInputProps {
  readonly label: string;
  readonly description?: string | undefined;
  readonly placeholder?: string | undefined;
  /** The value the URL holds now. */
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

/** A text filter sent when the field is left or Enter is pressed, so a half-typed value never runs a report. */
export function CommittedInput({ label, description, placeholder, value, onCommit }: CommittedInputProps) {
  const [typed, setTyped] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The URL changed under the field (a reset, a link): show the new value.
    setShown(value);
    setTyped(value);
  }
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={placeholder}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      onBlur={() => onCommit(typed.trim())}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onCommit(typed.trim());
      }}
    />
  );
}
