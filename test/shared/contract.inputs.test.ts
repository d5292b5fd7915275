import { describe, expect, it } from 'vitest';
import { callNames, channelOf, contract } from '../../shared/contract';
import { emptyCompanyProfile } from '../../shared/plan';
import { fullPlan } from './fixtures/fullPlan';

const accepts = (name: keyof typeof contract, input: unknown) => contract[name].input.safeParse(input).success;

describe('the contract', () => {
  it('defines exactly the calls listed in callNames', () => {
    expect(Object.keys(contract).sort()).toEqual([...callNames].sort());
    expect(new Set(callNames).size).toBe(callNames.length);
  });

  it('gives every call its own channel', () => {
    const channels = callNames.map(channelOf);
    expect(new Set(channels).size).toBe(callNames.length);
    expect(channelOf('app.info')).toBe('cap:app.info');
  });
});

describe('plan.create input', () => {
  it('accepts a title and a year, with or without a path', () => {
    expect(accepts('plan.create', { title: 'Boulangerie', year: 2027 })).toBe(true);
    expect(accepts('plan.create', { title: 'Boulangerie', year: 2027, path: '/tmp/b.capm' })).toBe(true);
  });

  it('trims the title', () => {
    expect(contract['plan.create'].input.parse({ title: '  Boulangerie  ', year: 2027 }).title).toBe('Boulangerie');
  });

  it('refuses an empty or blank title', () => {
    expect(accepts('plan.create', { title: '', year: 2027 })).toBe(false);
    expect(accepts('plan.create', { title: '   ', year: 2027 })).toBe(false);
  });

  it('refuses years outside 2000–2100 and non-integer years', () => {
    expect(accepts('plan.create', { title: 'Plan', year: 1999 })).toBe(false);
    expect(accepts('plan.create', { title: 'Plan', year: 2101 })).toBe(false);
    expect(accepts('plan.create', { title: 'Plan', year: 2027.5 })).toBe(false);
    expect(accepts('plan.create', { title: 'Plan', year: '2027' })).toBe(false);
    expect(accepts('plan.create', { title: 'Plan', year: 2000 })).toBe(true);
    expect(accepts('plan.create', { title: 'Plan', year: 2100 })).toBe(true);
  });

  it('refuses an empty path', () => {
    expect(accepts('plan.create', { title: 'Plan', year: 2027, path: '' })).toBe(false);
  });
});

describe('plan.updateSection input', () => {
  it('accepts a valid company', () => {
    expect(accepts('plan.updateSection', { name: 'company', data: emptyCompanyProfile(2027, 'Martin') })).toBe(true);
  });

  it('refuses a bad company', () => {
    const company = { ...emptyCompanyProfile(2027), staff: -1 };
    expect(accepts('plan.updateSection', { name: 'company', data: company })).toBe(false);
    expect(accepts('plan.updateSection', { name: 'company', data: { ...emptyCompanyProfile(2027), currency: 'USD' } })).toBe(false);
  });

  it('checks the data against the schema of the section named, not another one', () => {
    expect(accepts('plan.updateSection', { name: 'offer', data: emptyCompanyProfile(2027) })).toBe(false);
  });

  it('refuses an unknown section', () => {
    expect(accepts('plan.updateSection', { name: 'secrets', data: {} })).toBe(false);
  });
});

describe('plan.saveItem input', () => {
  it('accepts an item of a known collection', () => {
    expect(accepts('plan.saveItem', { collection: 'swot', item: fullPlan().swot[0] })).toBe(true);
    expect(accepts('plan.saveItem', { collection: 'actions', item: fullPlan().actions[0], position: 0 })).toBe(true);
  });

  it('refuses an unknown collection', () => {
    expect(accepts('plan.saveItem', { collection: 'invoices', item: fullPlan().swot[0] })).toBe(false);
  });

  it('refuses an item that belongs to another collection', () => {
    expect(accepts('plan.saveItem', { collection: 'competitors', item: fullPlan().swot[0] })).toBe(false);
  });

  it('refuses a negative position', () => {
    expect(accepts('plan.saveItem', { collection: 'swot', item: fullPlan().swot[0], position: -1 })).toBe(false);
  });
});

describe('other inputs', () => {
  it('prefs.setLanguage accepts only the known languages', () => {
    expect(accepts('prefs.setLanguage', { language: 'en' })).toBe(true);
    expect(accepts('prefs.setLanguage', { language: 'de' })).toBe(false);
  });

  it('plan.moveItem refuses an unsafe id and a negative index', () => {
    expect(accepts('plan.moveItem', { collection: 'swot', id: 'swot-1', toIndex: 0 })).toBe(true);
    expect(accepts('plan.moveItem', { collection: 'swot', id: "x' OR 1=1", toIndex: 0 })).toBe(false);
    expect(accepts('plan.moveItem', { collection: 'swot', id: 'swot-1', toIndex: -1 })).toBe(false);
  });
});
