/**
 * SQLite and the operating system stop a path at its first NUL ("copy\0.capm" would write "copy"),
 * so a path holding a control character is refused everywhere, and shown escaped in the refusal.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a path must not hold.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- the same characters, to show them escaped.
const EACH_CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/g;

export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTERS.test(text);

/** "copy\u0000.capm" as text a person can read (and a log cannot be cut by). */
export const visiblePath = (text: string): string =>
  text.replace(EACH_CONTROL_CHARACTER, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
