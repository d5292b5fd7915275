import { useEffect, useState, type ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The first column stays in view while the table scrolls sideways: the row names never go. */
export const stickyFirst = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } as const;
/** The same, with the category's colour as a bar on its left edge. */
export const stickyMarked = (color: string) => ({ ...stickyFirst, boxShadow: `inset 4px 0 0 ${color}`, pl: 1.5 });

/** For a whole table: the names stay on the left and the year's totals on the right while the columns between scroll. */
export const stickyEnds = {
  '& .MuiTableRow-root > .MuiTableCell-root:first-of-type': stickyFirst,
  '& .MuiTableRow-root > .MuiTableCell-root:last-of-type:not(:first-of-type)': { ...stickyFirst, left: 'auto', right: 0 },
} as const;

/**
 * A wide table in a frame that scrolls sideways at 1280 px: reachable with the keyboard (a labelled,
 * focusable region), with a shadow and a line saying there is more on the right while there is.
 */
export function ScrollingTable({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  const [moreOnTheRight, setMoreOnTheRight] = useState(false);

  useEffect(() => {
    if (!frame) return;
    const follow = () => setMoreOnTheRight(frame.scrollLeft + frame.clientWidth < frame.scrollWidth - 1);
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    frame.addEventListener('scroll', follow, { passive: true });
    return () => {
      observer.disconnect();
      frame.removeEventListener('scroll', follow);
    };
  }, [frame]);

  return (
    <Box>
      <Box sx={{ position: 'relative' }}>
      <Paper
        variant="outlined"
        ref={setFrame}
        role="region"
        aria-label={label}
        tabIndex={0}
        data-testid={testId}
        sx={{ overflowX: 'auto', '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' } }}
      >
        {children}
      </Paper>
      {moreOnTheRight && (
        <Box
          aria-hidden
          sx={{ position: 'absolute', top: 1, right: 1, bottom: 1, width: 24, pointerEvents: 'none', background: 'linear-gradient(to right, transparent, rgba(0,0,0,0.12))' }}
        />
      )}
      </Box>
      {moreOnTheRight && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', textAlign: 'right', mt: 0.5 }} data-testid="scroll-cue">
            {t('tables.moreOnTheRight')}
          </Typography>
      )}
    </Box>
  );
}
