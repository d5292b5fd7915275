import { wordWarning } from '../../../../../shared/coach/wording';
import type { CoachWarning } from '../../../../../shared/coach/types';
import { stepIds } from '../../../../../shared/steps';
import type { Section } from '../context';
import { drawTable } from '../table';
import { colors, text } from '../theme';

const severityColors = { warning: colors.warning, info: colors.accent } as const;

/** What the coach still flags, grouped by step in the method's order, worded as on screen. */
export const warningsSection: Section = {
  hasContent: ({ report }) => report.warnings.length > 0,
  draw(writer, context) {
    const { t } = context;
    writer.section(t('pdf.warnings.title'), 'portrait');
    writer.paragraph(t('pdf.warnings.intro'), text.muted, { gapAfter: 3 });
    const warnings = [...context.report.warnings].sort((a, b) => stepIds.indexOf(a.step) - stepIds.indexOf(b.step));
    drawTable(
      writer,
      [
        {
          header: '',
          weight: 14,
          style: { ...text.cellBold, size: 7.5 },
          inset: 3.4,
          text: (warning: CoachWarning) => t(`check.severity.${warning.severity}`),
          paint: (w, box, warning) => w.fillRect(box.x + 1.6, box.y + 1.9, 2.4, 2.4, severityColors[warning.severity]),
        },
        { header: '', weight: 86, text: (warning) => context.cap(wordWarning(t, warning), 800) },
      ],
      warnings,
      {
        showHeader: false,
        group: (warning) => ({ key: warning.step, label: t(`steps.names.${warning.step}`), color: colors.accent }),
      },
    );
  },
};
