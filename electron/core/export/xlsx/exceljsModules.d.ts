// The parts of exceljs 4.4 that xmlPieces.ts and sheetRows.ts reach into; exceljsInternals.ts types them.
declare module 'exceljs/lib/utils/xml-stream.js' {
  const XmlStream: unknown;
  export default XmlStream;
}
declare module 'exceljs/lib/utils/utils.js' {
  const utils: unknown;
  export default utils;
}
declare module 'exceljs/lib/doc/range.js' {
  const Range: unknown;
  export default Range;
}
declare module 'exceljs/lib/xlsx/xform/sheet/row-xform.js' {
  const RowXform: unknown;
  export default RowXform;
}
declare module 'exceljs/lib/xlsx/xform/sheet/cell-xform.js' {
  const CellXform: unknown;
  export default CellXform;
}
