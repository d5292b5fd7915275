/** Texts of the XLSX export, in French. */
export const xlsxFr = {
  xlsx: {
    fileName: 'Plan marketing',
  },
};
