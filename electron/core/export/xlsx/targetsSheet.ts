import type ExcelJS from 'exceljs';
import { listSeparator } from '../../../../shared/actionSheet';
import { resources } from '../../../../shared/i18n';
import type { Persona, Segment } from '../../../../shared/plan';
import { font, setCell, styleSectionTitle } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeTable } from './sheet';

/**
 * Criteria are stored by key ("age", "sector") or, for free ones, by the user's own name. Known keys
 * get the form's label, from the customer kind the company sells to first ("location" differs).
 */
function criterionLabels(context: XlsxContext): (key: string) => string {
  const groups = resources[context.options.language].translation.targets.criteria;
  const ordered = context.plan.company.customerKind === 'b2b' ? [groups.b2c, groups.b2b] : [groups.b2b, groups.b2c];
  const labels = new Map<string, string>(ordered.flatMap((group) => Object.entries(group).map(([key, { label }]) => [key, label] as [string, string])));
  return (key) => labels.get(key) ?? key;
}

/** The segments with their role and criteria, then the personas of the targets. */
export function addTargetsSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t } = context;
  const sheet = addSheet(workbook, context, 'targets', { widths: [26, 22, 10, 24, 34, 30, 30, 34] });
  const criterion = criterionLabels(context);
  const segment = (key: string) => t(`targets.segment.${key}`);

  const heading = (row: number, text: string) => {
    setCell(sheet.getCell(row, 1), text);
    styleSectionTitle(sheet.getCell(row, 1));
  };
  heading(1, t('targets.segmentsTitle'));
  const afterSegments = writeTable<Segment>(
    sheet,
    2,
    [
      { header: segment('name'), value: (s) => s.name, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: segment('role'), value: (s) => t(`targets.segment.roles.${s.role}`), wrap: true },
      { header: segment('priority'), value: (s) => s.priority, numFmt: '0' },
      { header: segment('estimatedSize'), value: (s) => s.estimatedSize, wrap: true },
      {
        header: t('xlsx.targets.criteria'),
        value: (s) =>
          Object.entries(s.criteria)
            .filter(([, value]) => value.trim() !== '')
            .map(([key, value]) => `${criterion(key)} : ${value}`)
            .join(listSeparator),
        wrap: true,
      },
      { header: segment('description'), value: (s) => s.description, wrap: true },
    ],
    plan.segments,
  );

  const segmentNames = new Map(plan.segments.map((s) => [s.id, s.name]));
  const persona = (key: string) => t(`targets.persona.${key}`);
  heading(afterSegments + 1, t('targets.personasTitle'));
  writeTable<Persona>(
    sheet,
    afterSegments + 2,
    [
      { header: persona('name'), value: (p) => p.name, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: t('xlsx.targets.segment'), value: (p) => (p.segmentId === null ? '' : (segmentNames.get(p.segmentId) ?? '')), wrap: true },
      { header: persona('age'), value: (p) => p.age, wrap: true },
      { header: persona('situation'), value: (p) => p.situation, wrap: true },
      { header: persona('needs'), value: (p) => p.needs, wrap: true },
      { header: persona('frustrations'), value: (p) => p.frustrations, wrap: true },
      { header: persona('habits'), value: (p) => p.habits, wrap: true },
      { header: persona('quote'), value: (p) => p.quote, wrap: true },
    ],
    plan.personas,
  );
}
