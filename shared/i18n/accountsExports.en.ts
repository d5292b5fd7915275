/** Texts of the key accounts and pipeline pages of the PDF and sheets of the workbook (issue 17). */
export const accountsExportsEn = {
  accountsExports: {},
};
