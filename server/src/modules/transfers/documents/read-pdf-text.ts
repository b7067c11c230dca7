// For the tests: reads a produced PDF back with PDF.js (Mozilla's reader, a devDependency), the
// way a viewer would, so assertions are about what a reader sees rather than about our drawing.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader gets from a PDF: the text of each page in reading order, and its metadata. */
export interface PdfReading {
  /**
   * Each page's text in content order with all white space removed, so that a label and the
   * value drawn after it read as one string ("公民身份号码11010519491231002X").
   */
  readonly pages: readonly string[];
  /** The document information dictionary (Title, Author, …). */
  readonly info: Readonly<Record<string, unknown>>;
  /** The document's language as declared in its catalogue, e.g. "zh-CN". */
  readonly language: string | null;
}

/** Parses `bytes` as a PDF and extracts the text of every page. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfReading> {
  // PDF.js takes ownership of the buffer it is given; hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 })
    .promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      pages.push(text.replace(/\s+/g, ''));
    }
    const { info } = await pdf.getMetadata();
    const language = (info as { Language?: string }).Language ?? null;
    return { pages, info: info as Record<string, unknown>, language };
  } finally {
    await pdf.destroy();
  }
}
