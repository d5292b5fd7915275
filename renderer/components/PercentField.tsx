import { InputAdornment, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { basisPointsToInputText, parsePercentToBasisPoints, numberStyleOf } from '../../shared/money';
import { ParsedField } from './ParsedField';

type PercentFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  basisPoints: number;
  onBasisPoints(basisPoints: number): void;
  max?: number;
};

/** A rate as typed ("3,5"), kept as basis points; emptying the field means 0 %. */
export function PercentField({ basisPoints, onBasisPoints, max = 10_000, ...props }: PercentFieldProps) {
  const { t, i18n } = useTranslation();
  const style = numberStyleOf(i18n.language);
  const parse = (text: string) => {
    const value = parsePercentToBasisPoints(text);
    return value !== null && value <= max ? value : null;
  };
  return (
    <ParsedField
      {...props}
      value={basisPoints}
      toText={(value) => basisPointsToInputText(value, style)}
      parse={parse}
      errorText={t('distribution.invalidPercent')}
      onValue={(value) => onBasisPoints(value ?? 0)}
      slotProps={{
        ...props.slotProps,
        htmlInput: { inputMode: 'decimal', ...(props.slotProps?.htmlInput as object) },
        input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
      }}
    />
  );
}
