import fs from 'node:fs';
import path from 'node:path';
import { planProgress } from '../../../shared/coach/progress';
import type { PlanListing } from '../../../shared/contract';
import { visibleSteps } from '../../../shared/steps';
import { ok, type Result } from '../../../shared/result';
import { writeFileAtomically } from '../files';
import { PLAN_EXTENSION } from '../store/format';
import { PlanFile } from '../store/planFile';
import { toAppError } from '../store/errors';
import { fileNameFor, freePathIn } from './planSession';

/** More than a workshop ever collects; a folder holding more is listed by its latest changes. */
const LISTED_MAX = 200;

/**
 * The plans in the plans folder, latest change first, each read without being modified (a file that
 * is not a sound plan of ours is left out): what browser mode shows instead of asking for a path.
 */
export function listPlans(folder: string): PlanListing[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((name) => name.toLowerCase().endsWith(PLAN_EXTENSION));
  } catch {
    return [];
  }
  const files = names
    .map((name) => {
      const filePath = path.join(folder, name);
      const stat = fs.statSync(filePath, { throwIfNoEntry: false });
      return stat?.isFile() ? { filePath, modifiedAt: stat.mtime } : null;
    })
    .filter((file) => file !== null)
    .sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime())
    .slice(0, LISTED_MAX);
  return files.flatMap(({ filePath, modifiedAt }) => {
    const opened = PlanFile.open(filePath, { readOnly: true });
    if (!opened.ok) return [];
    try {
      const plan = opened.value.read();
      const progress = planProgress(plan);
      const listed = visibleSteps(plan.company.customerKind, plan.accounts.length);
      return [
        {
          path: filePath,
          title: plan.meta.title,
          year: plan.company.planYear,
          isTemplate: plan.meta.isTemplate,
          modifiedAt: modifiedAt.toISOString(),
          stepsDone: listed.filter((step) => progress[step]?.state === 'complete').length,
          stepsTotal: listed.length,
        },
      ];
    } finally {
      opened.value.close();
    }
  });
}

/**
 * A `.capm` dropped on the window or picked with a file input: copied into the plans folder under a
 * free name, then checked like any plan we open. A file that is not a sound plan of ours is refused
 * with the reason, and its copy removed; nothing else is touched.
 */
export function importPlanFile(folder: string, fileName: string, bytes: Uint8Array): Result<{ path: string }> {
  const base = path.basename(fileName, path.extname(fileName));
  fs.mkdirSync(folder, { recursive: true });
  const target = freePathIn(folder, fileNameFor(base));
  try {
    writeFileAtomically(target, bytes);
  } catch (error) {
    return { ok: false, error: toAppError(error, target) };
  }
  const opened = PlanFile.open(target, { readOnly: true });
  if (!opened.ok) {
    fs.rmSync(target, { force: true });
    return opened;
  }
  opened.value.close();
  return ok({ path: target });
}
