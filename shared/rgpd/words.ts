/**
 * Finding words in what the owner typed, whatever the accents, the case or the apostrophe:
 * « Relance téléphonique », « TELEPHONE » and « téléphone » all read « telephone ».
 */
export function plainText(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Letters NFD does not split, and the typographic marks a French text is written with.
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[’‘`´]/g, "'")
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\u00a0\u202f]/g, ' ')
  );
}

/**
 * A pattern that matches whole words only: not inside a longer word (« appel » is not in
 * « rappel »). `words` is a regular expression source written for plain text (see plainText), where
 * letters are a to z once accents are gone: an ASCII boundary, which costs a tenth of a Unicode
 * lookbehind to build and to run, at every review of every action.
 */
export const wholeWords = (words: string): RegExp => new RegExp(`(?:^|[^a-z0-9])(?:${words})(?![a-z0-9])`);

/** A pattern that matches words starting with one of the stems (« relanc » finds « relancer »). */
export const wordStarts = (stems: string): RegExp => new RegExp(`(?:^|[^a-z0-9])(?:${stems})`);
