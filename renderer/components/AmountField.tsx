import { InputAdornment, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { centsToInputText, parseEurosToCents, numberStyleOf } from '../../shared/money';
import { ParsedField } from './ParsedField';

type AmountFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  cents: number | null;
  onCents(cents: number | null): void;
};

const parseAmount = (text: string) => {
  const cents = parseEurosToCents(text);
  return cents !== null && cents >= 0 ? cents : null;
};

/** An amount in euros as a French user types it ("1 250,50"). */
export function AmountField({ cents, onCents, ...props }: AmountFieldProps) {
  const { t, i18n } = useTranslation();
  const style = numberStyleOf(i18n.language);
  return (
    <ParsedField
      {...props}
      value={cents}
      toText={(value) => centsToInputText(value, style)}
      parse={parseAmount}
      errorText={t('company.invalidAmount')}
      onValue={onCents}
      slotProps={{
        ...props.slotProps,
        htmlInput: { inputMode: 'decimal', ...(props.slotProps?.htmlInput as object) },
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
      }}
    />
  );
}
