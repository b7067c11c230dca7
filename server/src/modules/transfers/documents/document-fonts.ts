// The CJK typefaces of official documents. PDF's standard fonts have no Chinese, so a font file is
// embedded, subset to the characters a document uses (about 50 KB plus 0.2 KB a character instead
// of 20–30 MB). The files come from Debian's `fonts-noto-cjk` (SIL Open Font License): body text
// in Noto Serif CJK SC, a Song (宋体) face as on printed government forms, headings and labels in
// Noto Sans CJK SC Bold, a Hei (黑体) face. docs/DECISIONS.md says why.
import { readFile } from 'node:fs/promises';

/** One face inside a font file; a `.ttc` collection holds several, chosen by PostScript name. */
export interface DocumentFontFile {
  readonly path: string;
  readonly postscriptName: string;
}

/** The two faces a document uses. */
export interface DocumentFonts {
  /** Body text, values and table cells. */
  readonly body: DocumentFontFile;
  /** Titles, section headings and field labels. */
  readonly heading: DocumentFontFile;
}

const NOTO_CJK_DIR = '/usr/share/fonts/opentype/noto';

/** Where Debian's `fonts-noto-cjk` package puts the faces (Debian 12 and later). */
export const debianNotoCjkFonts: DocumentFonts = {
  body: {
    path: `${NOTO_CJK_DIR}/NotoSerifCJK-Regular.ttc`,
    postscriptName: 'NotoSerifCJKsc-Regular',
  },
  heading: { path: `${NOTO_CJK_DIR}/NotoSansCJK-Bold.ttc`, postscriptName: 'NotoSansCJKsc-Bold' },
};

/** Thrown when a document's font file is missing or lacks the face asked for. */
export class DocumentFontMissingError extends Error {
  override name = 'DocumentFontMissingError';
}

const installHint =
  "Install Debian's fonts-noto-cjk package (apt-get install fonts-noto-cjk; .ci/run does), " +
  'or pass other font files in the render options.';

// Read once per process: a collection is 20–30 MB and every document needs it.
const fileCache = new Map<string, Promise<Buffer>>();

/** The bytes of a font file, read once; a missing file rejects with DocumentFontMissingError. */
export function readFontFile(font: DocumentFontFile): Promise<Buffer> {
  let bytes = fileCache.get(font.path);
  if (!bytes) {
    bytes = readFile(font.path).catch((error: NodeJS.ErrnoException) => {
      fileCache.delete(font.path);
      throw new DocumentFontMissingError(
        `The font for official documents cannot be read: ${font.path} (${error.code ?? error.message}). ${installHint}`,
      );
    });
    fileCache.set(font.path, bytes);
  }
  return bytes;
}

/** The error for a font file that was read but has no face of the expected PostScript name. */
export function faceNotFound(font: DocumentFontFile, cause: unknown): DocumentFontMissingError {
  return new DocumentFontMissingError(
    `The font file ${font.path} has no usable face named ${font.postscriptName}. ${installHint}`,
    { cause },
  );
}
