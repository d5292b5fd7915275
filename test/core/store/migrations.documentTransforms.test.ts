import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocumentMigration } from '../../../electron/core/store/documentMigrations';
import { loadMigrations, runMigrations, type Migration } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import { expectOk, samplePlan, sha256, tempDir, withRawDb } from './helpers';

const real = loadMigrations();
const v1Only = [real[0]];
const addTags: Migration = { version: 2, name: '002-tags.sql', sql: 'CREATE TABLE plan_tag (name TEXT PRIMARY KEY) STRICT;' };
const withFormat2 = [real[0], addTags];

/** Format 2 as a future app might define it: the company's notes gain a mark, SWOT texts are upper-cased. */
const toFormat2: DocumentMigration = {
  toVersion: 2,
  transform(part, json) {
    const document = json as Record<string, unknown>;
    if (part === 'company') return { ...document, notes: `${String(document.notes)}[format 2]` };
    if (part === 'swot') return { ...document, text: String(document.text).toUpperCase() };
    return json;
  },
};

function createV1Plan(folder: string): string {
  const filePath = path.join(folder, 'plan.capm');
  expectOk(PlanFile.create(filePath, samplePlan(), { migrations: v1Only })).close();
  return filePath;
}

const versionOf = (filePath: string) => withRawDb(filePath, (db) => db.pragma('user_version', { simple: true }), { readonly: true });
const tablesOf = (filePath: string) =>
  withRawDb(filePath, (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(), { readonly: true });

describe('document migrations transform the stored JSON with the .sql migration of the same number', () => {
  it('rewrites every section and item once, on the upgrade to their version', () => {
    const filePath = createV1Plan(tempDir());
    const options = { migrations: withFormat2, documentMigrations: [toFormat2] };
    const upgraded = expectOk(PlanFile.open(filePath, options));
    const plan = upgraded.read();
    upgraded.close();
    expect(plan.company.notes).toBe(`${samplePlan().company.notes}[format 2]`);
    expect(plan.swot.map((item) => item.text)).toEqual(samplePlan().swot.map((item) => item.text.toUpperCase()));
    expect(plan.actions).toEqual(samplePlan().actions);
    expect(versionOf(filePath)).toBe(2);

    // Already at format 2: the transform does not run again.
    const again = expectOk(PlanFile.open(filePath, options));
    expect(again.read()).toEqual(plan);
    again.close();
  });

  it('transforms only the copy in memory when the plan is opened read-only', () => {
    const folder = tempDir();
    const filePath = createV1Plan(folder);
    const hash = sha256(filePath);
    const file = expectOk(PlanFile.open(filePath, { migrations: withFormat2, documentMigrations: [toFormat2], readOnly: true }));
    expect(file.read().company.notes).toMatch(/\[format 2\]$/);
    file.close();
    expect(sha256(filePath)).toBe(hash);
    expect(fs.readdirSync(folder)).toEqual(['plan.capm']);
  });

  it('refuses a plan whose transformed content breaks the schema, before any backup or write', () => {
    const folder = tempDir();
    const filePath = createV1Plan(folder);
    const hash = sha256(filePath);
    const breaking: DocumentMigration = {
      toVersion: 2,
      transform: (part, json) => (part === 'company' ? { ...(json as object), planYear: 'deux mille' } : json),
    };

    const result = PlanFile.open(filePath, { migrations: withFormat2, documentMigrations: [breaking] });

    expect(result).toEqual({ ok: false, error: { code: 'invalidContent', params: { part: 'company' } } });
    expect(sha256(filePath)).toBe(hash);
    expect(fs.readdirSync(folder)).toEqual(['plan.capm']);
  });

  it('rolls back the .sql migration and every transformed document together when a transform fails', () => {
    const filePath = createV1Plan(tempDir());
    const failing: DocumentMigration = {
      toVersion: 2,
      transform(part, json) {
        if (part === 'actions') throw new Error('transform bug');
        return part === 'company' ? { ...(json as object), notes: 'changed' } : json;
      },
    };
    const db = new Database(filePath);
    try {
      expect(() => runMigrations(db, withFormat2, 1, [failing])).toThrow('transform bug');
    } finally {
      db.close();
    }
    expect(versionOf(filePath)).toBe(1);
    expect(tablesOf(filePath)).not.toContain('plan_tag');
    const file = expectOk(PlanFile.open(filePath, { migrations: v1Only }));
    expect(file.read()).toEqual(samplePlan());
    file.close();
  });

  it('refuses a transform numbered 1 or less: version 1 creates the tables, there is nothing to transform', () => {
    const db = new Database(':memory:');
    try {
      expect(() => runMigrations(db, real, 0, [{ toVersion: 1, transform: (_, json) => json }])).toThrow(/versions start at 2/);
    } finally {
      db.close();
    }
  });
});
