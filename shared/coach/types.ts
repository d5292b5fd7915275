import type { fr } from '../i18n/fr';
import type { StepId } from '../steps';

/** The sentences live in the French catalogue: a code or key missing there is a compile error. */
export type WarningCode = keyof typeof fr.warnings;
export type MissingKey = keyof typeof fr.coach.missing;

/** The {{names}} a catalogue sentence interpolates, read from its French text. */
type Placeholders<Text extends string> = Text extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;
export type WarningParams<Code extends WarningCode> = Record<Placeholders<(typeof fr.warnings)[Code]>, string | number>;

export type StepState = 'notStarted' | 'inProgress' | 'complete';

/** What a step still lacks, as catalogue keys (coach.missing.<key>) the UI words. */
export interface StepProgress {
  step: StepId;
  state: StepState;
  missing: MissingKey[];
}

export type Severity = 'warning' | 'info';

/**
 * A coaching remark as data: the sentence is warnings.<code> in the catalogues, so the screen, the
 * CLI and the PDF say the same thing. `itemId` points at the item concerned, when there is one.
 */
export type CoachWarning = {
  [Code in WarningCode]: {
    step: StepId;
    code: Code;
    severity: Severity;
    itemId?: string;
  } & ([Placeholders<(typeof fr.warnings)[Code]>] extends [never] ? { params?: undefined } : { params: WarningParams<Code> });
}[WarningCode];

type WarningArgs<Code extends WarningCode> = [Placeholders<(typeof fr.warnings)[Code]>] extends [never]
  ? [params?: undefined, itemId?: string]
  : [params: WarningParams<Code>, itemId?: string];

/** Builds a warning with its parameters checked against the sentence that words it. */
export const warning = <Code extends WarningCode>(
  step: StepId,
  code: Code,
  severity: Severity,
  ...rest: WarningArgs<Code>
): CoachWarning => {
  const [params, itemId] = rest;
  return { step, code, severity, ...(params && { params }), ...(itemId && { itemId }) } as CoachWarning;
};

/** The same, bound to one step. */
export const warningAt =
  (step: StepId) =>
  <Code extends WarningCode>(code: Code, severity: Severity, ...rest: WarningArgs<Code>): CoachWarning =>
    warning(step, code, severity, ...rest);

export interface StepReview {
  progress: StepProgress;
  warnings: CoachWarning[];
}

export const stateFrom = (done: number, total: number): StepState =>
  done === 0 ? 'notStarted' : done >= total ? 'complete' : 'inProgress';

export const isBlank = (text: string): boolean => text.trim() === '';

/** A missing item when its condition holds, for the `missing: [...]` lists. */
export const missingIf = (condition: boolean, key: MissingKey): MissingKey[] => (condition ? [key] : []);
