// \s already covers U+3000 (full-width space), U+00A0 and U+FEFF; the zero-width characters
// are added because they come along when a number is copied from a web page or a chat.
const IGNORED_CHARACTERS = /[\s\u200B-\u200D\u2060]/gu;
// Chinese input methods in full-width mode type ０-９, Ａ-Ｚ and ａ-ｚ (U+FF10–U+FF5A).
const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * An identifier as the platform stores it: spaces removed, full-width digits and letters made
 * ASCII, ASCII letters upper-cased. Nothing else is changed, so other characters stay visible to
 * the validators.
 */
export function compactIdentifier(input: string): string {
  return input
    .replace(IGNORED_CHARACTERS, '')
    .replace(FULL_WIDTH_ALPHANUMERIC, (c) =>
      String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET),
    )
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}
