import type { AccountSummary } from '../../../../../shared/compute/pipeline';
import { wordWarning } from '../../../../../shared/coach/wording';
import type { CoachWarning } from '../../../../../shared/coach/types';
import { formatCount, formatEuros, formatPercent } from '../../../../../shared/money';
import { committeeRoles, type Attitude, type CommitteeMember, type KeyAccount } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawFacts, drawTable, startHeight, type Column } from '../table';
import { orDash } from '../text';
import { colors, lineHeight, text, type TextStyle } from '../theme';
import type { ReportWriter } from '../writer';
import { paintChip } from './months';

/** Favourable in the report's green, reserved in its warning orange: the members to win over stand out. */
const attitudeStyles: Record<Attitude, TextStyle> = {
  favourable: { ...text.cellBold, color: colors.positive },
  neutral: text.cell,
  reserved: { ...text.cellBold, color: colors.warning },
};

const captionStyle: TextStyle = { ...text.bodyBold, size: 8.5, color: colors.accent };

/** A small title kept on the page with the start of what follows it (`followHeight`). */
export function drawCaption(writer: ReportWriter, caption: string, followHeight: number): void {
  const height = lineHeight(captionStyle) + 1;
  writer.ensure(height + followHeight);
  writer.y += 1;
  writer.drawLines([caption], writer.left, writer.y, captionStyle);
  writer.y += height;
}

const noteStyles: Record<CoachWarning['severity'], TextStyle> = {
  warning: { ...text.cell, color: colors.warning },
  info: { ...text.cell, color: colors.accent },
};

/** The coach's remarks, worded as on screen, each after a chip in its severity's colour. */
export function drawCoachNotes(writer: ReportWriter, context: ReportContext, warnings: CoachWarning[]): void {
  if (warnings.length === 0) return;
  drawTable(
    writer,
    [
      {
        header: '',
        weight: 100,
        inset: 3.4,
        styleOf: (warning) => noteStyles[warning.severity],
        text: (warning: CoachWarning) => context.cap(wordWarning(context.t, warning), 800),
        paint: (w, box, warning) => paintChip(w, box, noteStyles[warning.severity].color),
      },
    ],
    warnings,
    { showHeader: false, fixedWidths: true },
  );
}

const shareText = (summary: AccountSummary): string =>
  summary.shareOfWallet.basisPoints === null ? '—' : formatPercent(summary.shareOfWallet.basisPoints);

type OverviewRow = { account: KeyAccount; summary: AccountSummary } | { account: null; summary: null };

const centsOrDash = (cents: number | null): string => (cents === null ? '—' : formatEuros(cents));

/** One row per account: the figures a reader compares from one account to the next, the weighted total last. */
function drawOverview(writer: ReportWriter, context: ReportContext): void {
  const { t, plan, report } = context;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const rows: OverviewRow[] = [...plan.accounts.map((account, index) => ({ account, summary: report.accounts[index] })), { account: null, summary: null }];
  const amount = (header: string, value: (row: OverviewRow) => string, weight = 14): Column<OverviewRow> => ({ header, weight, align: 'right', noWrap: true, text: value });
  writer.subheading(t('accountsExports.pdf.overviewTitle'));
  drawTable<OverviewRow>(
    writer,
    [
      { header: label('account'), weight: 26, style: text.cellBold, text: (row) => (row.account ? orDash(context.cap(row.account.company, 200)) : label('total')) },
      amount(label('currentRevenue'), (row) => (row.account ? centsOrDash(row.account.currentRevenueCents) : '')),
      amount(label('potential'), (row) => (row.account ? centsOrDash(row.account.potentialCents) : '')),
      { header: label('shareOfWallet'), weight: 11, align: 'right', text: (row) => (row.summary ? shareText(row.summary) : '') },
      { header: label('band'), weight: 13, text: (row) => (row.summary?.shareOfWallet.band ? t(`accountTerms.bands.${row.summary.shareOfWallet.band}`) : '') },
      { header: label('contacts'), weight: 9, align: 'right', text: (row) => (row.summary ? formatCount(row.summary.contacts) : '') },
      {
        header: label('decisionMaker'),
        weight: 10,
        styleOf: (row) => (row.summary && !row.summary.hasDecisionMaker ? { ...text.cellBold, color: colors.warning } : text.cell),
        text: (row) => (row.summary ? label(row.summary.hasDecisionMaker ? 'yes' : 'no') : ''),
      },
      // The accounts' weighted deals add up to the pipeline's: each is a sum of the same rounded lines.
      amount(label('weighted'), (row) => formatEuros(row.summary ? row.summary.weightedCents : report.pipeline.weightedCents)),
    ],
    rows,
    { emphasis: (row) => row.account === null },
  );
}

/** Each linked action of the plan and the committee members whose role it reaches, role by role. */
function reachRows(context: ReportContext, account: KeyAccount): { title: string; reached: string }[] {
  const { t, plan } = context;
  const actions = new Map(plan.actions.map((action) => [action.id, action]));
  return account.actions.flatMap((link) => {
    const action = actions.get(link.actionId);
    if (!action) return [];
    // No role listed: the action speaks to the whole committee.
    const roles = link.roles.length === 0 ? committeeRoles.filter((role) => account.committee.some((member) => member.role === role)) : committeeRoles.filter((role) => link.roles.includes(role));
    const reached = roles
      .map((role) => {
        const names = account.committee.filter((member) => member.role === role).map((member) => context.cap(member.name, 120) || '…');
        return t('accountsExports.pdf.reachedRole', { role: t(`accountTerms.roles.${role}`), names: names.length === 0 ? t('accountsExports.pdf.nobodyInRole') : names.join(', ') });
      })
      .join(t('accountsExports.pdf.reachedSeparator'));
    return [{ title: orDash(context.cap(action.title, 200)), reached: orDash(reached) }];
  });
}

function drawCommittee(writer: ReportWriter, context: ReportContext, account: KeyAccount): void {
  const { t } = context;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  if (account.committee.length === 0) {
    drawCaption(writer, t('accountsExports.pdf.committeeTitle'), lineHeight(text.muted));
    writer.paragraph(t('accountsExports.pdf.noCommittee'), text.muted);
    return;
  }
  const columns: Column<CommitteeMember>[] = [
    { header: label('name'), weight: 20, style: text.cellBold, text: (member) => orDash(context.cap(member.name, 200)) },
    { header: label('position'), weight: 20, text: (member) => orDash(context.cap(member.position, 200)) },
    { header: label('role'), weight: 16, text: (member) => t(`accountTerms.roles.${member.role}`) },
    { header: label('attitude'), weight: 11, styleOf: (member) => attitudeStyles[member.attitude], text: (member) => t(`accountTerms.attitudes.${member.attitude}`) },
    { header: label('channel'), weight: 13, text: (member) => t(`accountTerms.channels.${member.channel}`) },
    { header: label('lastContact'), weight: 15, text: (member) => orDash(context.formatIsoDate(member.lastContact)) },
  ];
  drawCaption(writer, t('accountsExports.pdf.committeeTitle'), startHeight(writer, columns, account.committee));
  drawTable(writer, columns, account.committee);
}

function drawReach(writer: ReportWriter, context: ReportContext, account: KeyAccount): void {
  const { t } = context;
  const rows = reachRows(context, account);
  if (rows.length === 0) {
    drawCaption(writer, t('accountsExports.pdf.reachTitle'), lineHeight(text.muted));
    writer.paragraph(t('accountsExports.pdf.noActions'), text.muted);
    return;
  }
  const columns: Column<{ title: string; reached: string }>[] = [
    { header: t('accountsExports.pdf.action'), weight: 36, style: text.cellBold, text: (row) => row.title },
    { header: t('accountsExports.pdf.reached'), weight: 64, text: (row) => row.reached },
  ];
  drawCaption(writer, t('accountsExports.pdf.reachTitle'), startHeight(writer, columns, rows));
  drawTable(writer, columns, rows);
}

/** One account: its figures and next step, its buying committee, who the plan's actions reach there. */
function drawAccount(writer: ReportWriter, context: ReportContext, account: KeyAccount, summary: AccountSummary): void {
  const { t } = context;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const { basisPoints, band } = summary.shareOfWallet;
  const share =
    basisPoints === null || band === null
      ? t('accountsExports.pdf.shareOfWalletUnknown')
      : t('accountsExports.pdf.shareOfWalletValue', { share: formatPercent(basisPoints), band: t(`accountTerms.bands.${band}`), help: t(`accountTerms.bandHelp.${band}`) });
  const nextStep = context.cap(account.nextStep, 300);
  const nextDate = context.formatIsoDate(account.nextStepDate);
  writer.subheading(orDash(context.cap(account.company, 200)), 45);
  drawFacts(
    writer,
    [
      [label('sector'), context.cap(account.sector, 200)],
      [label('size'), account.size === null ? '' : t(`accountTerms.sizes.${account.size}`)],
      [label('why'), context.cap(account.why, 800)],
      [label('currentRevenue'), centsOrDash(account.currentRevenueCents)],
      [label('potential'), centsOrDash(account.potentialCents)],
      [label('shareOfWallet'), share],
      [label('weighted'), t('accountsExports.pdf.weightedValue', { amount: formatEuros(summary.weightedCents), count: account.opportunities.length })],
      [label('nextStep'), nextStep !== '' && nextDate !== '' ? t('accountsExports.pdf.nextStepOn', { step: nextStep, date: nextDate }) : nextStep || nextDate],
    ],
    { labelWeight: 26 },
  );
  drawCommittee(writer, context, account);
  drawReach(writer, context, account);
  drawCoachNotes(
    writer,
    context,
    context.report.warnings.filter((warning) => warning.step === 'accounts' && warning.itemId === account.id),
  );
}

/**
 * « Comptes clés »: the accounts side by side, then each one with its committee and the actions that
 * reach it. Printed only when the plan names key accounts (a firm that sells to companies).
 */
export const accountsSection: Section = {
  hasContent: ({ plan }) => plan.accounts.length > 0,
  draw(writer, context) {
    const { t, plan, report } = context;
    writer.section(t('steps.names.accounts'), 'portrait');
    writer.paragraph(t('accountsExports.pdf.accountsIntro'), text.muted, { gapAfter: 3 });
    drawOverview(writer, context);
    plan.accounts.forEach((account, index) => drawAccount(writer, context, account, report.accounts[index]));
  },
};
