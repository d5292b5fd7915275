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

describe('initial, revised and actual by category', () => {
  it('keeps each category’s initial budget beside its revised one, even a category no action has any more', () => {
    const { plan } = revisedSalon();
    const dropped = plan.actions[plan.actions.length - 1].category;
    const withoutLast = { ...plan, actions: plan.actions.filter((action) => action.category !== dropped) };
    const { steering } = buildReport(withoutLast);
    const initial = plan.steering.revisions[0].before;
    expect(steering.byCategory.map((line) => line.initialYearCents)).toEqual(steering.byCategory.map((line) => initial.byCategory[line.category] ?? 0));
    expect(steering.byCategory.reduce((sum, line) => sum + (line.initialYearCents ?? 0), 0)).toBe(
      Object.values(initial.byCategory).reduce((sum: number, cents) => sum + (cents ?? 0), 0),
    );
    expect(steering.byCategory.find((line) => line.category === dropped)).toMatchObject({ initialYearCents: initial.byCategory[dropped], plannedYearCents: 0 });
    expect(buildReport(buildSample('salon', 'fr')).steering.byCategory.every((line) => line.initialYearCents === null)).toBe(true);
  });

  it.skipIf(!hasPoppler)(`prints them in the « Bilan à date » table (${hasPoppler ? 'pdftotext' : popplerMissing})`, async () => {
    const { plan } = revisedSalon();
    const { steering } = buildReport(plan);
    const changed = steering.byCategory.find((line) => line.initialYearCents !== line.plannedYearCents);
    if (!changed || changed.initialYearCents === null) throw new Error('no category changed');
    const text = plainSpaces(pdfPages(await exportPdf(plan, frenchOptions)).join('\n'));
    // The headers wrap on two lines in their narrow columns.
    expect(text).toContain('Initial sur');
    expect(text).toContain('Révisé sur');
    expect(text).toMatch(new RegExp(`${plainSpaces(formatEuros(changed.initialYearCents))}\\s+${plainSpaces(formatEuros(changed.plannedYearCents))}`));
  });
});
