import { useState } from 'react';
import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Whole number of people; a typo shows an error and is not saved. */
export function StaffField({ value, onChange }: { value: number | null; onChange(value: number | null): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  const invalid = text.trim() !== '' && !/^\d{1,6}$/.test(text.trim());
  return (
    <TextField
      label={t('company.staff')}
      placeholder={t('company.staffPlaceholder')}
      value={text}
      error={invalid}
      helperText={invalid ? t('company.invalidNumber') : undefined}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        if (next.trim() === '') onChange(null);
        else if (/^\d{1,6}$/.test(next.trim())) onChange(Number(next.trim()));
      }}
      slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'company-staff' } }}
    />
  );
}
