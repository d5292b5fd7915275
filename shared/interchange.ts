import * as z from 'zod';
import { planSchema, type Plan } from './plan';
import { fail, ok, type Result } from './result';

/** The JSON interchange format: versioned on its own, independent of the SQLite schema version. */
export const INTERCHANGE_FORMAT = 'cap-marketing-plan';
export const INTERCHANGE_VERSION = 1;

export const interchangeSchema = z.object({
  format: z.literal(INTERCHANGE_FORMAT),
  formatVersion: z.literal(INTERCHANGE_VERSION),
  exportedAt: z.string().max(40),
  plan: planSchema,
});
export type Interchange = z.infer<typeof interchangeSchema>;

export function toInterchange(plan: Plan, exportedAt: string): Interchange {
  return { format: INTERCHANGE_FORMAT, formatVersion: INTERCHANGE_VERSION, exportedAt, plan };
}

const describeIssue = (issue: z.core.$ZodIssue): string =>
  `${issue.path.length ? issue.path.join('.') : '(racine)'} : ${issue.message}`;

export function parseInterchange(text: string): Result<Plan> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('invalidJson', { detail: (error as Error).message });
  }
  const header = z.object({ format: z.literal(INTERCHANGE_FORMAT), formatVersion: z.number() }).safeParse(raw);
  if (!header.success) return fail('invalidJson', { detail: describeIssue(header.error.issues[0]) });
  if (header.data.formatVersion !== INTERCHANGE_VERSION) {
    return fail('unsupportedFormat', { found: header.data.formatVersion, expected: INTERCHANGE_VERSION });
  }
  const parsed = interchangeSchema.safeParse(raw);
  if (!parsed.success) return fail('invalidJson', { detail: describeIssue(parsed.error.issues[0]) });
  return ok(parsed.data.plan);
}

export const interchangeJsonSchema = () =>
  z.toJSONSchema(interchangeSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
