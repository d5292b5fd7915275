import { describe, expect, it } from 'vitest';
import { detectSalesColumns, optOutKind } from '../../../shared/customers/columns';

describe('detectSalesColumns reads French and English headers', () => {
  it('maps a French till export', () => {
    const detected = detectSalesColumns(['Date de vente', 'N° ticket', 'N° client', 'Nom', 'Prénom', 'Code postal', 'Tél.', 'E-mail', 'Montant TTC', 'Désinscrit']);
    expect(detected).toEqual({
      mapping: { date: 0, invoice: 1, customerNumber: 2, name: 3, firstName: 4, postcode: 5, phone: 6, email: 7, amount: 8, optOut: 9 },
      amounts: 'ttc',
    });
  });

  it('maps an English shop export', () => {
    const detected = detectSalesColumns(['Order ID', 'Order date', 'Customer ID', 'Customer name', 'Email address', 'Zip code', 'Phone number', 'Net amount', 'Marketing consent']);
    expect(detected).toEqual({
      mapping: { invoice: 0, date: 1, customerNumber: 2, name: 3, email: 4, postcode: 5, phone: 6, amount: 7, optOut: 8 },
      amounts: 'ht',
    });
  });

  it('gives « N° client » to the customer number and « Client » to the name', () => {
    expect(detectSalesColumns(['Client', 'N° client', 'Date', 'Total']).mapping).toEqual({ name: 0, customerNumber: 1, date: 2, amount: 3 });
    expect(detectSalesColumns(['Numéro de client', 'Jour', 'Prix']).mapping).toEqual({ customerNumber: 0, date: 1, amount: 2 });
  });

  it('prefers « Date » to « Jour », whichever comes first', () => {
    expect(detectSalesColumns(['Jour', 'Date', 'CA']).mapping).toEqual({ date: 1, amount: 2 });
  });

  it('gives each role one column and each column one role', () => {
    const { mapping } = detectSalesColumns(['Montant', 'Montant', 'Email', 'Mail']);
    expect(mapping).toEqual({ amount: 0, email: 2 });
  });

  it('takes the more specific role when a header holds words of two', () => {
    const { mapping } = detectSalesColumns(['E-mail client', 'Téléphone client', 'Code postal client', 'Montant facture', 'Consentement e-mail', 'Nom du client']);
    expect(mapping).toEqual({ email: 0, phone: 1, postcode: 2, amount: 3, optOut: 4, name: 5 });
  });

  it('reads headers whatever their case, accents and punctuation', () => {
    const { mapping } = detectSalesColumns(['DATE D’ACHAT', 'chiffre d affaires (€)', 'courriel :', 'NOM ET PRÉNOM', 'cp']);
    expect(mapping).toEqual({ date: 0, amount: 1, email: 2, name: 3, postcode: 4 });
  });

  it('keeps a first-name column only beside a name column', () => {
    expect(detectSalesColumns(['Date', 'Montant', 'E-mail', 'Prénom']).mapping).toEqual({ date: 0, amount: 1, email: 2 });
    expect(detectSalesColumns(['Date', 'Montant', 'First name', 'Last name']).mapping).toEqual({ date: 0, amount: 1, firstName: 2, name: 3 });
  });

  it.each([
    ['Montant HT', 'ht'],
    ['Total hors taxes', 'ht'],
    ['Amount (excl. VAT)', 'ht'],
    ['Total excluding VAT', 'ht'],
    ['Montant net', 'ht'],
    ['Total TTC', 'ttc'],
    ['Montant toutes taxes comprises', 'ttc'],
    ['Amount incl. VAT', 'ttc'],
    ['Total including VAT', 'ttc'],
    ['Gross amount', 'ttc'],
    ['Montant', null],
    ['Amount', null],
  ])('reads the amounts of « %s » as %s', (header, amounts) => {
    expect(detectSalesColumns(['Date', header, 'Client'])).toEqual({ mapping: { date: 0, amount: 1, name: 2 }, amounts });
  });

  it('finds nothing in headers it does not know', () => {
    expect(detectSalesColumns(['Produit', 'Quantité', 'Vendeur', ''])).toEqual({ mapping: {}, amounts: null });
  });
});

describe('optOutKind tells an opt-out column from a consent one', () => {
  it.each(['Opt-out', 'optout', 'Désinscrit', 'Désabonné', 'Opposition', 'Refus', 'STOP SMS', 'Unsubscribed', 'Refus newsletter'])('« %s » is an opt-out', (header) => {
    expect(optOutKind(header)).toBe('optOut');
  });

  it.each(['Consentement', 'Opt-in', 'optin', 'Accord marketing', 'Newsletter', 'Consent', 'Marketing consent'])('« %s » is a consent', (header) => {
    expect(optOutKind(header)).toBe('consent');
  });

  it('reads an unknown header as an opt-out, so a « oui » never mails someone who may have refused', () => {
    expect(optOutKind('RGPD')).toBe('optOut');
  });
});
