import type { Persona, Segment } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawFacts, drawTable } from '../table';
import { orDash } from '../text';
import { colors, text } from '../theme';
import type { ReportWriter } from '../writer';

/** A criterion's label from the catalogue (age, sector…), or its own name when written freely. */
function criterionLabel(context: ReportContext, key: string): string {
  for (const audience of ['b2c', 'b2b']) {
    const path = `targets.criteria.${audience}.${key}.label`;
    const label = context.t(path);
    if (label !== path) return label;
  }
  return key;
}

function criteria(context: ReportContext, segment: Segment): string {
  return Object.entries(segment.criteria)
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => context.t('cli.field', { label: criterionLabel(context, key), value: context.cap(value, 300) }))
    .join('\n');
}

function drawSegments(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const label = (key: string) => t(`targets.segment.${key}`);
  writer.subheading(t('pdf.targets.segments'));
  drawTable(
    writer,
    [
      { header: label('name'), weight: 18, style: text.cellBold, text: (s) => orDash(context.cap(s.name)) },
      { header: label('role'), weight: 13, text: (s) => `${t(`targets.segment.roles.${s.role}`)}\n${t('pdf.targets.priority', { priority: s.priority })}` },
      { header: label('estimatedSize'), weight: 14, text: (s) => orDash(context.cap(s.estimatedSize)) },
      { header: t('pdf.targets.criteria'), weight: 25, text: (s) => orDash(criteria(context, s)) },
      { header: label('description'), weight: 30, text: (s) => orDash(context.cap(s.description, 800)) },
    ],
    context.plan.segments,
  );
}

function drawPersona(writer: ReportWriter, context: ReportContext, persona: Persona): void {
  const { t } = context;
  const field = (key: string) => t(`targets.persona.${key}`);
  const segment = context.plan.segments.find((candidate) => candidate.id === persona.segmentId);
  const heading = [persona.name.trim(), persona.age.trim()].filter((part) => part !== '').join(', ') || '—';
  const headingStyle = { ...text.bodyBold, size: 10.5 };
  const headingLines = writer.wrapAtMost(heading, writer.width, headingStyle, 2);
  const forLines = writer.wrapAtMost(segment ? t('targets.personaFor', { segment: segment.name }) : t('targets.personaNoSegment'), writer.width, text.muted, 2);
  writer.ensure(40);
  writer.y += 2;
  writer.y += writer.drawLines(headingLines, writer.left, writer.y, headingStyle);
  writer.y += writer.drawLines(forLines, writer.left, writer.y, text.muted) + 1.5;
  if (persona.quote.trim() !== '') writer.paragraph(context.cap(persona.quote, 600), { ...text.body, color: colors.accent }, { gapAfter: 1.5 });
  drawFacts(writer, [
    [field('situation'), context.cap(persona.situation)],
    [field('needs'), context.cap(persona.needs)],
    [field('frustrations'), context.cap(persona.frustrations)],
    [field('habits'), context.cap(persona.habits)],
  ]);
}

export const targetsSection: Section = {
  hasContent: ({ plan }) => plan.segments.length > 0 || plan.personas.length > 0,
  draw(writer, context) {
    writer.section(context.t('steps.names.targets'), 'portrait');
    if (context.plan.segments.length > 0) drawSegments(writer, context);
    if (context.plan.personas.length > 0) {
      writer.subheading(context.t('pdf.targets.personas'));
      for (const persona of context.plan.personas) drawPersona(writer, context, persona);
    }
  },
};
