import { DatePicker } from '@mui/x-date-pickers/DatePicker';
// One module per function: the package's index makes the type checker read all 250 of them.
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

interface IsoDateFieldProps {
  label: string;
  /** yyyy-mm-dd, or '' when no date is chosen. */
  value: string;
  onChange(value: string): void;
  testId?: string;
  width?: number;
}

const FIRST = new Date(2000, 0, 1);
const LAST = new Date(2100, 11, 31);

/**
 * A date typed or picked the way the interface's language writes it (jj/mm/aaaa in French, whatever
 * the browser's locale: see DateLocalization), stored as yyyy-mm-dd. Only a whole, valid date in the
 * years a plan covers reaches the plan; clearing the field clears the date.
 */
export function IsoDateField({ label, value, onChange, testId, width = 180 }: IsoDateFieldProps) {
  const date = value ? parseISO(value) : null;
  return (
    <DatePicker
      label={label}
      value={date && isValid(date) ? date : null}
      minDate={FIRST}
      maxDate={LAST}
      onChange={(next: Date | null) => {
        if (next === null) onChange('');
        else if (isValid(next) && next >= FIRST && next <= LAST) onChange(format(next, 'yyyy-MM-dd'));
      }}
      slotProps={{ textField: { size: 'small', sx: { width }, ...({ 'data-testid': testId } as object) } }}
    />
  );
}
