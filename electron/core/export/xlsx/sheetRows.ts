import type ExcelJS from 'exceljs';
import { CellXform as CellXformClass, Range, RowXform, XmlStream as XmlStreamClass, xmlEncode } from './exceljsInternals';

/**
 * The worksheets' rows written straight from exceljs's cells (exceljs 4.4). Its writer first builds
 * a model of every row and cell, then prepares each cell (style and shared string ids) and renders it
 * tag by tag and attribute by attribute: at 1,000 actions, 150,000 cells and a third of the export.
 * Here the common cells (empty, number, text, plain formula, without a note) are prepared with the
 * same calls in the same order and written as one string per row; every other cell goes through
 * exceljs's own CellXform. The bytes are the same (test/core/export/xlsx/xlsx.sheetRows.test.ts).
 */

/** exceljs's ValueType numbers for the cells written here. */
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const FORMULA = 6;

/** A cell's value model in exceljs: the object its row model would hold, which prepare annotates. */
interface CellModel {
  address: string;
  type: number;
  value?: unknown;
  formula?: string;
  result?: unknown;
  shareType?: string;
  sharedFormula?: string;
  si?: number;
  styleId?: number;
  ssId?: number;
}

interface LiveCell {
  _value: { model: CellModel };
  _comment?: unknown;
  style: object;
  model: CellModel;
}

interface LiveRowSource {
  _cells: (LiveCell | undefined)[];
  number: number;
  height?: number;
  style: object;
  hidden: boolean;
  outlineLevel: number;
  collapsed: boolean;
}

interface WriteOptions {
  styles: { addStyleModel(style: object, cellType?: number): number };
  sharedStrings?: { add(value: unknown): number };
  formulae: Record<string, CellModel>;
}

interface CellXform {
  prepare(model: CellModel, options: WriteOptions): void;
  render(xmlStream: XmlStream, model: CellModel): void;
}

interface XmlStream {
  writeXml(xml: string): void;
}

interface RowXformPrototype {
  prepare(this: { map: { c: CellXform } }, model: unknown, options: WriteOptions): void;
  render(this: { map: { c: CellXform } }, xmlStream: XmlStream, model: unknown, options?: unknown): void;
}

type RangeLike = InstanceType<typeof Range>;

/**
 * What exceljs's row model holds (Row.model, exceljs 4.4), with each cell's value model as is and,
 * for a cell written here, its style; a cell left to exceljs carries no style (`undefined`).
 */
class LiveRow {
  styleId?: number;

  constructor(
    readonly number: number,
    readonly min: number,
    readonly max: number,
    readonly height: number | undefined,
    readonly style: object,
    readonly hidden: boolean,
    readonly outlineLevel: number,
    readonly collapsed: boolean,
    readonly models: CellModel[],
    readonly cellStyles: (object | undefined)[],
  ) {}
}

/** A cell this module writes: no note, and a value of one of the four common kinds. */
function isPlain(cell: LiveCell, model: CellModel): boolean {
  if (cell._comment) return false;
  switch (model.type) {
    case NULL:
      return true;
    case NUMBER:
      return typeof model.value === 'number';
    case STRING:
      return typeof model.value === 'string';
    case FORMULA:
      return isPlainFormula(model);
    default:
      return false;
  }
}

/** The kind of a formula's result this module writes: empty, a number or a text; undefined otherwise. */
function resultType(result: unknown): number | undefined {
  if (result === null || result === undefined) return NULL;
  if (typeof result === 'number') return NUMBER;
  return typeof result === 'string' ? STRING : undefined;
}

/** A formula of its own (not shared, not an array) whose result is empty, a number or a text. */
function isPlainFormula(model: CellModel): boolean {
  return typeof model.formula === 'string' && model.formula !== '' && model.shareType === undefined && model.si === undefined && model.sharedFormula === undefined && resultType(model.result) !== undefined;
}

/** The type exceljs picks a default number format from: a formula's is its result's. */
const effectiveType = (model: CellModel): number => (model.type === FORMULA ? (resultType(model.result) as number) : model.type);

function liveRow(row: LiveRowSource): LiveRow | null {
  const models: CellModel[] = [];
  const cellStyles: (object | undefined)[] = [];
  let min = 0;
  let max = 0;
  const cells = row._cells;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (!cell) continue;
    const model = cell._value.model;
    if (isPlain(cell, model)) {
      models.push(model);
      cellStyles.push(cell.style || {});
    } else {
      models.push(cell.model);
      cellStyles.push(undefined);
    }
    if (!min) min = index + 1;
    max = index + 1;
  }
  if (!row.height && models.length === 0) return null;
  return new LiveRow(row.number, min, max, row.height, row.style, row.hidden, row.outlineLevel, row.collapsed, models, cellStyles);
}

/** CellXform.prepare for a plain cell: its style id, then its shared string, then its formula's address. */
function preparePlainCell(model: CellModel, style: object, options: WriteOptions): void {
  const styleId = options.styles.addStyleModel(style, effectiveType(model));
  if (styleId) model.styleId = styleId;
  if (model.type === STRING && options.sharedStrings) model.ssId = options.sharedStrings.add(model.value);
  else if (model.type === FORMULA) options.formulae[model.address] = model;
}

/** CellXform.render for a plain cell, as one string; undefined when exceljs must write it after all. */
function plainCellXml(model: CellModel, encode: (text: string) => string): string | undefined {
  if (model.type === NULL && !model.styleId) return '';
  const start = model.styleId ? `<c r="${model.address}" s="${model.styleId}"` : `<c r="${model.address}"`;
  switch (model.type) {
    case NULL:
      return `${start}/>`;
    case NUMBER:
      return `${start}><v>${String(model.value)}</v></c>`;
    case STRING:
      return model.ssId === undefined ? undefined : `${start} t="s"><v>${model.ssId}</v></c>`;
    default: {
      // A formula: a later cell sharing it would have made it shared since it was prepared.
      if (!isPlainFormula(model)) return undefined;
      const formula = `<f>${encode(model.formula as string)}</f>`;
      const type = resultType(model.result);
      if (type === NULL) return `${start}>${formula}</c>`;
      if (type === NUMBER) return `${start}>${formula}<v>${String(model.result)}</v></c>`;
      return `${start} t="str">${formula}<v>${encode(model.result as string)}</v></c>`;
    }
  }
}

/** RowXform.render's opening tag, attribute by attribute in its order. */
function rowStart(row: LiveRow, encode: (text: string) => string): string {
  let xml = `<row r="${row.number}"`;
  if (row.height) xml += ` ht="${encode(String(row.height))}" customHeight="1"`;
  if (row.hidden) xml += ' hidden="1"';
  if (row.min > 0 && row.max > 0 && row.min <= row.max) xml += ` spans="${row.min}:${row.max}"`;
  if (row.styleId) xml += ` s="${row.styleId}" customFormat="1"`;
  xml += ' x14ac:dyDescent="0.25"';
  if (row.outlineLevel) xml += ` outlineLevel="${row.outlineLevel}"`;
  if (row.collapsed) xml += ' collapsed="1"';
  return xml;
}

function renderLiveRow(row: LiveRow, xmlStream: XmlStream, cellXform: CellXform, encode: (text: string) => string): void {
  const start = rowStart(row, encode);
  let xml = '';
  let written = false;
  for (let index = 0; index < row.models.length; index++) {
    const model = row.models[index];
    const plain = row.cellStyles[index] === undefined ? undefined : plainCellXml(model, encode);
    if (plain !== undefined) {
      xml += plain;
      continue;
    }
    // exceljs writes this cell into the stream itself, after what is waiting.
    xmlStream.writeXml(written ? xml : `${start}>${xml}`);
    written = true;
    xml = '';
    cellXform.render(xmlStream, model);
  }
  if (written) xmlStream.writeXml(`${xml}</row>`);
  else xmlStream.writeXml(xml === '' ? `${start}/>` : `${start}>${xml}</row>`);
}

let installed: boolean | undefined;

/**
 * Teaches exceljs's RowXform to prepare and write a LiveRow, once per process; any other row model
 * (reading a file, or a model exceljs built) still goes through its own code. False, and nothing
 * changed, when exceljs is not the version this was written for.
 */
function installLiveRows(): boolean {
  if (installed !== undefined) return installed;
  const rowXform = RowXform.prototype as unknown as RowXformPrototype;
  const { prepare, render } = rowXform;
  const expected =
    typeof prepare === 'function' &&
    typeof render === 'function' &&
    ['prepare', 'render'].every((name) => typeof CellXformClass.prototype[name] === 'function') &&
    typeof XmlStreamClass.prototype.writeXml === 'function' &&
    typeof xmlEncode === 'function';
  if (!expected) return (installed = false);
  const encode = xmlEncode as (text: string) => string;
  rowXform.prepare = function (model, options) {
    if (!(model instanceof LiveRow)) return prepare.call(this, model, options);
    const styleId = options.styles.addStyleModel(model.style);
    if (styleId) model.styleId = styleId;
    for (let index = 0; index < model.models.length; index++) {
      const style = model.cellStyles[index];
      if (style === undefined) this.map.c.prepare(model.models[index], options);
      else preparePlainCell(model.models[index], style, options);
    }
  };
  rowXform.render = function (xmlStream, model, options) {
    if (!(model instanceof LiveRow)) return render.call(this, xmlStream, model, options);
    renderLiveRow(model, xmlStream, this.map.c, encode);
  };
  return (installed = true);
}

interface SheetModel {
  id: number;
  rows: unknown[];
  dimensions: RangeLike;
}

interface WorkbookModel {
  worksheets: SheetModel[];
}

/**
 * The workbook's model as exceljs's writer takes it, each sheet's rows as LiveRows; null when
 * exceljs is not the version this was written for (then use `workbook.model`).
 */
export function workbookModelWithLiveRows(workbook: ExcelJS.Workbook): WorkbookModel | null {
  if (!installLiveRows()) return null;
  const sheets = workbook.worksheets as unknown as ({ id: number; _rows: (LiveRowSource | undefined)[] } & ExcelJS.Worksheet)[];
  const rows = sheets.map((sheet) => sheet._rows);
  let model: WorkbookModel;
  try {
    // The model without its rows: building a model of every cell is what this module saves.
    for (const sheet of sheets) sheet._rows = [];
    model = (workbook as unknown as { model: WorkbookModel }).model;
  } finally {
    sheets.forEach((sheet, index) => (sheet._rows = rows[index]));
  }
  sheets.forEach((sheet, index) => {
    const sheetModel = model.worksheets.find((candidate) => candidate.id === sheet.id);
    if (!sheetModel) throw new Error(`sheetRows: no model for worksheet ${sheet.id}`);
    const live: LiveRow[] = [];
    const dimensions = new Range();
    for (const row of rows[index]) {
      const built = row && liveRow(row);
      if (!built) continue;
      dimensions.expand(built.number, built.min, built.number, built.max);
      live.push(built);
    }
    sheetModel.rows = live;
    sheetModel.dimensions = dimensions;
  });
  return model;
}
