import { IconButton, Stack, Tooltip } from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';

interface ItemControlsProps {
  index: number;
  count: number;
  labels: { moveUp: string; moveDown: string; remove: string };
  onMove(toIndex: number): void;
  onRemove(): void;
}

/** Reorder and remove buttons for one item of a list, reachable with the keyboard. */
export function ItemControls({ index, count, labels, onMove, onRemove }: ItemControlsProps) {
  return (
    <Stack direction="row" spacing={0}>
      <Tooltip title={labels.moveUp}>
        <span>
          <IconButton size="small" aria-label={labels.moveUp} disabled={index === 0} onClick={() => onMove(index - 1)}>
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={labels.moveDown}>
        <span>
          <IconButton size="small" aria-label={labels.moveDown} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={labels.remove}>
        <IconButton size="small" aria-label={labels.remove} onClick={onRemove}>
          <DeleteOutlinedIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
