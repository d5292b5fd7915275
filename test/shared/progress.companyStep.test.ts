import { describe, expect, it } from 'vitest';
import { companyProgress, planProgress } from '../../shared/coach/progress';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { emptyCompanyProfile, emptyPlan, type CompanyProfile } from '../../shared/plan';

const ALL_MISSING = ['companyName', 'activity', 'location', 'staff', 'currentRevenue', 'revenueForecast'];

function complete(): CompanyProfile {
  return {
    ...emptyCompanyProfile(2027, 'Boulangerie Martin'),
    activity: 'Boulangerie',
    location: 'Lyon',
    staff: 4,
    currentRevenueCents: 32_000_000,
    revenueForecastCents: Array.from({ length: 12 }, () => 2_000_000),
  };
}

describe('companyProgress', () => {
  it('is notStarted with everything missing on an empty profile', () => {
    const progress = companyProgress(emptyCompanyProfile(2027));
    expect(progress.step).toBe('company');
    expect(progress.state).toBe('notStarted');
    expect(progress.missing).toEqual(ALL_MISSING);
  });

  it('is inProgress and lists only what is still missing', () => {
    const progress = companyProgress({ ...emptyCompanyProfile(2027, 'Boulangerie Martin'), staff: 0 });
    expect(progress.state).toBe('inProgress');
    expect(progress.missing).toEqual(['activity', 'location', 'currentRevenue', 'revenueForecast']);
  });

  it('is complete with nothing missing once every field is filled', () => {
    expect(companyProgress(complete())).toEqual({ step: 'company', state: 'complete', missing: [] });
  });

  it('counts zero staff and zero revenue as answered', () => {
    const progress = companyProgress({ ...complete(), staff: 0, currentRevenueCents: 0 });
    expect(progress.state).toBe('complete');
  });

  it('does not count blank text as filled', () => {
    const progress = companyProgress({ ...complete(), name: '   ', activity: '\t' });
    expect(progress.state).toBe('inProgress');
    expect(progress.missing).toEqual(['companyName', 'activity']);
  });

  it('wants all twelve forecast months', () => {
    const forecast = [...complete().revenueForecastCents];
    forecast[11] = null;
    const progress = companyProgress({ ...complete(), revenueForecastCents: forecast });
    expect(progress.state).toBe('inProgress');
    expect(progress.missing).toEqual(['revenueForecast']);
  });

  it('is what planProgress reports for the company step', () => {
    const plan = emptyPlan(2027, 'Plan', '2026-01-01T00:00:00.000Z');
    expect(planProgress(plan).company).toEqual(companyProgress(plan.company));
  });
});

describe('every missing key has a sentence', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ])('in the %s catalogue (coach.missing.<key>)', (_language, catalogue) => {
    const missing = catalogue.coach.missing as Record<string, string>;
    for (const key of companyProgress(emptyCompanyProfile(2027)).missing) {
      expect(missing[key], key).toBeTypeOf('string');
      expect(missing[key].trim(), key).not.toBe('');
    }
  });
});
