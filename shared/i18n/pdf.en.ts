import type { pdfFr } from './pdf.fr';
import type { Widen } from './widen';

/** Texts of the PDF export, in English. */
export const pdfEn: Widen<typeof pdfFr> = {
  pdf: {
    fileName: 'Marketing plan',
  },
};
