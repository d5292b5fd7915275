import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { computeBudget } from '../../../../shared/compute/budget';
import { reviseSteering } from '../../../../shared/compute/steering';
import { formatEuros } from '../../../../shared/money';
import { MAX_REVISIONS, type Plan } from '../../../../shared/plan';
import { checkJson } from '../../../../shared/report/checkJson';
import { buildReport } from '../../../../shared/report/planReport';
import { createTranslator } from '../../../../shared/i18n';
import { buildSample } from '../../../../shared/samples';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';

const revisedOn = new Date('2027-06-30T10:00:00.000Z');

/** The salon revised at the end of June, then its first fixed cost raised by 400 €. */
function revisedSalon(): { plan: Plan; initialYear: number } {
  const salon = buildSample('salon', 'fr');
  const initialYear = computeBudget(salon).yearCents;
  const steering = reviseSteering(salon, computeBudget(salon), revisedOn);
  if (!steering) throw new Error('not revised');
  const target = salon.actions.findIndex((action) => action.costLines.some((line) => line.kind === 'fixed'));
  const actions = salon.actions.map((action, index) =>
    index !== target ? action : { ...action, costLines: action.costLines.map((line) => (line.kind === 'fixed' ? { ...line, amountCents: line.amountCents + 40_000 } : line)) },
  );
  return { plan: { ...salon, steering, actions }, initialYear };
}

describe('a mid-year revision', () => {
  it('keeps the budget as it stood, inside the plan, at most twice', () => {
    const { plan, initialYear } = revisedSalon();
    expect(plan.steering.revisions).toHaveLength(1);
    expect(plan.steering.revisions[0]).toMatchObject({ revisedAt: revisedOn.toISOString(), before: { yearCents: initialYear } });
    expect(computeBudget(plan).yearCents).toBe(initialYear + 40_000);
    const twice = { ...plan, steering: reviseSteering(plan, computeBudget(plan), revisedOn) ?? plan.steering };
    expect(twice.steering.revisions).toHaveLength(MAX_REVISIONS);
    expect(reviseSteering(twice, computeBudget(twice), revisedOn)).toBeNull();
    // The initial budget stays the first revision's, and check --json says it.
    expect(checkJson(buildReport(twice), createTranslator('fr')).budget.initialYearCents).toBe(initialYear);
  });

  it.skipIf(!hasPoppler)(`prints the initial and the revised budget in the PDF (${hasPoppler ? 'pdftotext' : popplerMissing})`, async () => {
    const { plan, initialYear } = revisedSalon();
    const text = plainSpaces(pdfPages(await exportPdf(plan, frenchOptions)).join('\n'));
    expect(text).toMatch(/budget initial/i);
    expect(text).toContain(plainSpaces(formatEuros(initialYear)));
    expect(text).toMatch(/budget révisé/i);
    expect(text).toContain(plainSpaces(formatEuros(initialYear + 40_000)));
  });
});
