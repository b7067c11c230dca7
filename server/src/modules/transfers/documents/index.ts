// Official documents of an employee basic pension transfer, as PDF (DOMAIN.md §3). Pure renderers:
// data in, bytes out; no database. docs/DECISIONS.md explains the library and font choice.
export { renderContactLetter, CONTACT_LETTER_TITLE } from './render-contact-letter.ts';
export { renderInformationTable, INFORMATION_TABLE_TITLE } from './render-information-table.ts';
export { renderCompletionNotice, COMPLETION_NOTICE_TITLE } from './render-completion-notice.ts';
export type { RenderOptions } from './official-document.ts';
export {
  debianNotoCjkFonts,
  DocumentFontMissingError,
  type DocumentFontFile,
  type DocumentFonts,
} from './document-fonts.ts';
export { DocumentDataError } from './document-data-error.ts';
export { formatFen } from './document-text.ts';
export type * from './document-types.ts';
