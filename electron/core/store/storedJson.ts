import type { CollectionName, SectionName } from '../../../shared/plan';
import { AppFailure } from '../../../shared/result';

/**
 * The JSON documents of a received plan are hostile until proven otherwise: each is checked for type,
 * size and nesting in SQL, before it is fetched into JavaScript, then parsed refusing the keys that
 * reach an object's prototype.
 */

/** The part of the plan a refusal names (errors.planParts.<part> in the catalogues). */
export type PlanPart = 'meta' | SectionName | CollectionName | 'sections' | 'collections';

/** A real item or section is a few KB; the largest possible (every text at its maximum) is far under this. */
export const DOCUMENT_MAX_BYTES = 1_000_000;
/** Bounds the whole plan's JSON, whatever the number of rows. */
export const PLAN_MAX_BYTES = 64_000_000;

export const invalidContent = (part: PlanPart): AppFailure => new AppFailure({ code: 'invalidContent', params: { part } });

/**
 * A document nested deeper than this is refused, as the tables' CHECK (json_valid) refuses it. SQLite
 * drops CHECK constraints on a read-only connection, so the select below applies json_valid itself,
 * only to documents long enough to be that deep (each level takes two bytes): the parse refuses
 * any other text that is not JSON.
 */
const JSON_VALID_MAX_DEPTH = 1000;

/** Columns to select instead of `data`: its type and size come first, the text only when it is within bounds. */
export const STORED_DATA_COLUMNS = `typeof(data) AS kind, octet_length(data) AS bytes,
  CASE WHEN typeof(data) = 'text' AND octet_length(data) <= ${DOCUMENT_MAX_BYTES}
    AND (octet_length(data) <= ${2 * JSON_VALID_MAX_DEPTH} OR json_valid(data)) THEN data END AS data`;

export interface StoredData {
  kind: string;
  bytes: number;
  data: string | null;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * A key decodes to a forbidden one only if the text holds that word as is or spelt with a \u escape
 * (no other JSON escape yields a letter or "_"). Text with neither cannot hold one, and is parsed
 * without the reviver, which costs several times the parse itself on every document.
 */
const MAY_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

class ForbiddenKey extends Error {}

/** Counts the bytes read so far across one whole plan. */
export class ByteBudget {
  private left = PLAN_MAX_BYTES;

  spend(bytes: number, part: PlanPart): void {
    this.left -= bytes;
    if (this.left < 0) throw invalidContent(part);
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses one stored document, or throws invalidContent naming its part of the plan. */
export function parseStoredJson(row: StoredData, part: PlanPart, budget: ByteBudget): unknown {
  if (row.kind !== 'text' || typeof row.data !== 'string' || row.bytes > DOCUMENT_MAX_BYTES) throw invalidContent(part);
  budget.spend(row.bytes, part);
  try {
    if (!MAY_HOLD_FORBIDDEN_KEY.test(row.data)) return JSON.parse(row.data);
    return JSON.parse(row.data, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey();
      return value;
    });
  } catch (error) {
    // RangeError: nesting deep enough to exhaust the stack while reviving (json_valid should stop it first).
    if (error instanceof ForbiddenKey || error instanceof SyntaxError || error instanceof RangeError) throw invalidContent(part);
    throw error;
  }
}
