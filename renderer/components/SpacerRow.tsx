import { TableCell, TableRow } from '@mui/material';

/** Stands for the table rows a long list does not render (see useVirtualRows), so the scrollbar stays true. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <TableRow aria-hidden sx={{ height }}>
      <TableCell colSpan={columns} sx={{ p: 0, border: 0 }} />
    </TableRow>
  );
}
