/** The RGPD checklist of the « Fichier clients » step (issue 15), in English. */
export const rgpdEn = {
  /** What the step still lacks (coach.missing.<key>). */
  missing: {},
  /** Coaching remarks (warnings.<code>). */
  warnings: {},
  rgpd: {},
};
