import fs from 'node:fs';
import path from 'node:path';
import type { OpenedPlan } from '../../../shared/contract';
import { emptyPlan, type Plan } from '../../../shared/plan';
import { fail, ok, type Result } from '../../../shared/result';
import { PLAN_EXTENSION } from '../store/format';
import { PlanFile } from '../store/planFile';

/** Characters that Windows, macOS or Linux refuse in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
const UNSAFE_FILE_CHARS = /[<>:"/\\|?*\u0000-\u001f]/g;

/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function fileNameFor(title: string): string {
  const base = title.replace(UNSAFE_FILE_CHARS, '-').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Plan';
  return `${WINDOWS_RESERVED.test(base) ? `${base}_` : base}${PLAN_EXTENSION}`;
}

/** A free path in the folder: "Plan.capm", then "Plan (2).capm"… */
export function freePathIn(folder: string, fileName: string): string {
  const { name, ext } = path.parse(fileName);
  for (let n = 1; ; n += 1) {
    const candidate = path.join(folder, n === 1 ? fileName : `${name} (${n})${ext}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** The plan a window is working on: at most one open file at a time. */
export class PlanSession {
  private file: PlanFile | null = null;

  constructor(private readonly plansFolder: string) {}

  get current(): PlanFile | null {
    return this.file;
  }

  private adopt(result: Result<PlanFile>): Result<OpenedPlan> {
    if (!result.ok) return result;
    this.close();
    this.file = result.value;
    return ok({ path: result.value.path, plan: result.value.read() });
  }

  create(title: string, year: number, filePath?: string): Result<OpenedPlan> {
    const target = filePath ?? freePathIn(this.ensurePlansFolder(), fileNameFor(title));
    return this.adopt(PlanFile.create(target, emptyPlan(year, title, new Date().toISOString())));
  }

  /** A new file holding this plan (by default in the plans folder, named after its title), then opened. */
  createFrom(plan: Plan, filePath?: string): Result<OpenedPlan> {
    const target = filePath ?? freePathIn(this.ensurePlansFolder(), fileNameFor(plan.meta.title));
    return this.adopt(PlanFile.create(target, plan));
  }

  /**
   * A free path beside the open plan, for a plan made from it (next year's, a template); in the plans
   * folder when there is none or its folder may not be written to.
   */
  pathBesideCurrent(title: string, mayWriteIn: (folder: string) => boolean = () => true): string {
    const folder = this.file ? path.dirname(this.file.path) : null;
    return freePathIn(folder !== null && mayWriteIn(folder) ? folder : this.ensurePlansFolder(), fileNameFor(title));
  }

  /** Reads another plan file (a template) without keeping it open; the open plan is read as it is. */
  readOther(filePath: string): Result<Plan> {
    const resolved = path.resolve(filePath);
    if (this.file && path.resolve(this.file.path) === resolved) return ok(this.file.read());
    // Reading another plan (a template) never migrates or backs it up in place.
    const opened = PlanFile.open(resolved, { readOnly: true });
    if (!opened.ok) return opened;
    try {
      return ok(opened.value.read());
    } finally {
      opened.value.close();
    }
  }

  /**
   * `readOnly` (the CLI's info, check, export): the file is read into memory and left as it is, never
   * migrated, backed up or locked. The plan already open is reused, unless it is a read-only copy and
   * the caller means to edit.
   */
  open(filePath: string, options: { readOnly?: boolean } = {}): Result<OpenedPlan> {
    const resolved = path.resolve(filePath);
    const readOnly = options.readOnly === true;
    if (this.file && path.resolve(this.file.path) === resolved && (readOnly || !this.file.readOnly)) {
      return ok({ path: this.file.path, plan: this.file.read() });
    }
    return this.adopt(PlanFile.open(resolved, { readOnly }));
  }

  get(): Result<OpenedPlan> {
    if (!this.file) return fail('noPlanOpen');
    return ok({ path: this.file.path, plan: this.file.read() });
  }

  /** Runs a change on the open plan, or says that none is open or that it was opened for reading only. */
  withFile<T>(change: (file: PlanFile) => Result<T>): Result<T> {
    if (!this.file) return fail('noPlanOpen');
    return this.file.readOnly ? fail('notWritable', { path: this.file.path }) : change(this.file);
  }

  close(): void {
    this.file?.close();
    this.file = null;
  }

  private ensurePlansFolder(): string {
    fs.mkdirSync(this.plansFolder, { recursive: true });
    return this.plansFolder;
  }
}
