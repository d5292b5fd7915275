/** Texts of the PDF export, in French. */
export const pdfFr = {
  pdf: {
    fileName: 'Plan marketing',
  },
};
