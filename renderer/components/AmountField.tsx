import { useState } from 'react';
import { InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { centsToInputText, parseEurosToCents } from '../../shared/money';

type AmountFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  cents: number | null;
  onCents(cents: number | null): void;
};

/**
 * An amount in euros as a French user types it ("1 250,50"). The typed text stays as typed; only a
 * valid amount reaches the plan, so a half-typed value is never saved as something else.
 */
export function AmountField({ cents, onCents, ...props }: AmountFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => centsToInputText(cents));
  const parsed = text.trim() === '' ? null : parseEurosToCents(text);
  const invalid = text.trim() !== '' && (parsed === null || parsed < 0);

  // Follow changes made elsewhere (a button filling this month), not the echo of our own typing.
  const [seenCents, setSeenCents] = useState(cents);
  if (cents !== seenCents) {
    setSeenCents(cents);
    if (parsed !== cents) setText(centsToInputText(cents));
  }

  return (
    <TextField
      {...props}
      value={text}
      error={invalid}
      helperText={invalid ? t('company.invalidAmount') : props.helperText}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const value = next.trim() === '' ? null : parseEurosToCents(next);
        if (next.trim() === '' || (value !== null && value >= 0)) onCents(value);
      }}
      slotProps={{
        ...props.slotProps,
        htmlInput: { inputMode: 'decimal', ...(props.slotProps?.htmlInput as object) },
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
      }}
    />
  );
}
