import { useState } from 'react';
import { TextField, type TextFieldProps } from '@mui/material';

export type ParsedFieldProps<T> = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: T | null;
  toText(value: T | null): string;
  /** The value the text means, or null when it means nothing valid. */
  parse(text: string): T | null;
  errorText: string;
  onValue(value: T | null): void;
};

/**
 * A number typed the French way. The text stays as typed while the field has the focus, then shows
 * the value formatted; only a valid value (or an emptied field) reaches the plan, so a half-typed
 * number is never saved as something else.
 */
export function ParsedField<T>({ value, toText, parse, errorText, onValue, ...props }: ParsedFieldProps<T>) {
  const [text, setText] = useState(() => toText(value));
  const parsed = text.trim() === '' ? null : parse(text);
  const invalid = text.trim() !== '' && parsed === null;

  // Follow changes made elsewhere (a button filling this field), not the echo of our own typing.
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    setSeenValue(value);
    if (parsed !== value) setText(toText(value));
  }

  return (
    <TextField
      {...props}
      value={text}
      error={invalid}
      helperText={invalid ? errorText : props.helperText}
      onBlur={(event) => {
        // Once typed, the figure is shown as it will be read: « 180 000,00 », « 3,5 ».
        if (parsed !== null) setText(toText(parsed));
        props.onBlur?.(event);
      }}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const nextValue = next.trim() === '' ? null : parse(next);
        if (next.trim() === '' || nextValue !== null) onValue(nextValue);
      }}
    />
  );
}
