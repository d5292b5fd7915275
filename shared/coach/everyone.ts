import { plainText, wholeWords } from '../rgpd/words';

/**
 * "Everyone from 7 to 77" is the classic non-target. Recognises the French and English ways of saying
 * it ("tout le monde", "tous publics", "grand public", "everyone"…), whatever the spacing, and age spans
 * that leave nobody out: starting at 18 or younger and ending at 77 or older ("7 à 77", "0-99 ans").
 * A span of seniors ("65 à 99 ans") is a real target.
 *
 * The patterns read plain text (rgpd/words.ts: no accents, lower case) with ASCII boundaries, like the
 * journey and RGPD checks: a case-insensitive Unicode pattern cost a review 2 ms to build and run.
 */
const EVERYONE_WORDS = wholeWords(
  ['tout\\s+le\\s+monde', 'tous\\s+publics?', 'tout\\s+public', 'grand\\s+public', 'tous\\s+les\\s+ages', 'everyone', 'everybody', 'all\\s+ages', 'general\\s+public'].join('|'),
);
// Only spans of ages: "de 10 à 99 salariés" is a company size, not an age.
const AGE_SPAN = /(\d{1,3})\s*(?:a|-|–|to)\s*(\d{1,3})\s*(?:ans|years?|yrs)(?![a-z])/g;
const SEVEN_TO_SEVENTY_SEVEN = /(?:^|\D)7\s*(?:a|-|–|to)\s*77(?!\d)/;

const YOUNGEST_EXCLUDED = 18;
const OLDEST_INCLUDED = 77;

function spansEveryAge(text: string): boolean {
  for (const [, from, to] of text.matchAll(AGE_SPAN)) {
    if (Number(from) <= YOUNGEST_EXCLUDED && Number(to) >= OLDEST_INCLUDED) return true;
  }
  return false;
}

export const describesEveryone = (typed: string): boolean => {
  const text = plainText(typed);
  return EVERYONE_WORDS.test(text) || SEVEN_TO_SEVENTY_SEVEN.test(text) || spansEveryAge(text);
};
