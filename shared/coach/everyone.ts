/**
 * "Everyone from 7 to 77" is the classic non-target. Matches the French and English ways of saying it
 * ("tout le monde", "tous publics", "7 à 77 ans", "de 0 à 99 ans", "grand public", "everyone"…).
 */
const EVERYONE =
  /\b(tout le monde|tous publics?|tout public|grand public|tous les âges|everyone|everybody|all ages|general public)\b|\b(?:de\s+)?[0-9]{1,2}\s*(?:à|a|-|–|to)\s*(?:77|99|100)\s*ans\b|\b7\s*(?:à|a|-|–|to)\s*77\b/i;

export const describesEveryone = (text: string): boolean => EVERYONE.test(text);
