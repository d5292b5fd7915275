// A reference, not an import: the declarations travel with this file into every program that reaches it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a .d.ts cannot be imported
/// <reference path="./exceljsModules.d.ts" />
// Imported, not created with createRequire(): a bundle holds its own copy of exceljs, and only an
// import reaches that copy. A require made at run time would load a second exceljs from node_modules,
// whose classes the bundle's writer never uses.
import CellXformModule from 'exceljs/lib/xlsx/xform/sheet/cell-xform.js';
import RangeModule from 'exceljs/lib/doc/range.js';
import RowXformModule from 'exceljs/lib/xlsx/xform/sheet/row-xform.js';
import utilsModule from 'exceljs/lib/utils/utils.js';
import XmlStreamModule from 'exceljs/lib/utils/xml-stream.js';

/** A class of exceljs's, for the members the caller checks before relying on them. */
export interface ExcelJsClass {
  new (): object;
  prototype: Record<string, unknown>;
}

/** exceljs's lib/utils/xml-stream.js: the XML writer of every part. */
export const XmlStream = XmlStreamModule as ExcelJsClass;
/** exceljs's lib/xlsx/xform/sheet/row-xform.js and cell-xform.js: a sheet's rows and cells. */
export const RowXform = RowXformModule as ExcelJsClass;
export const CellXform = CellXformModule as ExcelJsClass;
/** exceljs's lib/doc/range.js: the range a sheet's dimension is written from. */
export const Range = RangeModule as new () => { expand(top: number, left: number, bottom: number, right: number): void };
/** exceljs's escaping of attribute values and text, from lib/utils/utils.js. */
export const xmlEncode = (utilsModule as { xmlEncode?: (text: string) => string }).xmlEncode;
