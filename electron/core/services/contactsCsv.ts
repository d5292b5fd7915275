import type { AnalysedCustomer } from '../../../shared/customers/types';
import type { Translate } from '../../../shared/i18n';

/**
 * A segment's contacts as mailing tools and Excel read a French CSV: UTF-8 with a BOM, « ; » between
 * cells, CRLF. A cell starting with = + - or @ is prefixed with an apostrophe, so a name typed as a
 * formula in the till cannot run as one in a spreadsheet (CSV injection).
 */
const columns = ['name', 'email', 'phone', 'postcode', 'customerNumber', 'lastPurchase'] as const;

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function contactsCsv(customers: readonly AnalysedCustomer[], t: Translate): Buffer {
  const header = columns.map((column) => t(`customers.csv.${column}`));
  const rows = customers.map(({ contact, lastPurchase }) => [contact.name, contact.email, contact.phone, contact.postcode, contact.customerNumber, lastPurchase]);
  return Buffer.from(`\ufeff${[header, ...rows].map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}
