import { formatPercent } from '../../../../../shared/money';
import type { Section } from '../context';
import { drawTable } from '../table';
import { orDash } from '../text';
import { text } from '../theme';

export const distributionSection: Section = {
  hasContent: ({ plan }) => plan.channels.length > 0,
  draw(writer, context) {
    const { t } = context;
    const label = (key: string) => t(`distribution.channel.${key}`);
    writer.section(t('steps.names.distribution'), 'portrait');
    drawTable(
      writer,
      [
        { header: label('kind'), weight: 15, text: (c) => t(`distribution.channel.kinds.${c.kind}`) },
        { header: label('name'), weight: 19, style: text.cellBold, text: (c) => orDash(context.cap(c.name)) },
        { header: label('role'), weight: 32, text: (c) => orDash(context.cap(c.role, 800)) },
        { header: label('revenueShare'), weight: 11, align: 'right', noWrap: true, text: (c) => formatPercent(c.revenueShareBasisPoints) },
        { header: label('commission'), weight: 12, align: 'right', noWrap: true, text: (c) => formatPercent(c.commissionBasisPoints) },
        {
          header: t('pdf.distribution.inBudget'),
          weight: 11,
          align: 'center',
          text: (c) => (c.commissionBasisPoints > 0 ? t(c.commissionInBudget ? 'positioning.yes' : 'positioning.no') : '—'),
        },
      ],
      context.plan.channels,
    );
  },
};
