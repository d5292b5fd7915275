import { Typography } from '@mui/material';

/** A section's title and its one-line help, the same way on every step. */
export function SectionHeading({ id, title, help, level = 'h2' }: { id: string; title: string; help?: string; level?: 'h2' | 'h3' }) {
  return (
    <>
      <Typography variant={level} id={id}>
        {title}
      </Typography>
      {help ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {help}
        </Typography>
      ) : null}
    </>
  );
}
