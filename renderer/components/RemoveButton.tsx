import { IconButton, Tooltip } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';

/** A small "remove this line" button, named for screen readers and shown on hover. */
export function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Tooltip title={label}>
      <IconButton aria-label={label} onClick={onClick}>
        <CloseIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}
