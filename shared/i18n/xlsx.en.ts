import type { xlsxFr } from './xlsx.fr';
import type { Widen } from './widen';

/** Texts of the XLSX export, in English. */
export const xlsxEn: Widen<typeof xlsxFr> = {
  xlsx: {
    fileName: 'Marketing plan',
  },
};
