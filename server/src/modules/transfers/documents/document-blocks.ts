// The prose blocks of a document body: addressee, paragraphs, section headings, and the closing
// blocks that end with the seal. Each block starts at the left margin below the previous one and
// leaves the cursor below itself. Grids and tables are in document-grids.ts.
import { fieldGrid, fieldGridHeight, type Field } from './document-grids.ts';
import { CONTENT_WIDTH, ensureSpace, PAGE, type Pdf } from './official-document.ts';

const BODY_SIZE = 10.5;
const SEAL_WIDTH = 300;
const HEADING_SIZE = 11.5;

/** The line naming whom a letter is addressed to, ending in "：". */
export function addressee(pdf: Pdf, text: string): void {
  pdf.font('body').fontSize(12).text(text, PAGE.left, pdf.y, { width: CONTENT_WIDTH });
  pdf.moveDown(0.4);
}

/** Body text with the first line indented by two characters, as Chinese prose is set. */
export function paragraph(pdf: Pdf, text: string): void {
  pdf.font('body').fontSize(BODY_SIZE);
  pdf.text(text, PAGE.left, pdf.y, {
    width: CONTENT_WIDTH,
    indent: BODY_SIZE * 2,
    lineGap: 4,
    align: 'justify',
  });
  pdf.moveDown(0.5);
}

/** The height paragraph will take. */
function paragraphHeight(pdf: Pdf, text: string): number {
  pdf.font('body').fontSize(BODY_SIZE);
  const options = { width: CONTENT_WIDTH, indent: BODY_SIZE * 2, lineGap: 4 };
  return pdf.heightOfString(text, options) + pdf.currentLineHeight(true) * 0.5;
}

/** A section title; kept on the same page as at least the first lines below it. */
export function sectionHeading(pdf: Pdf, text: string): void {
  ensureSpace(pdf, sectionHeadingHeight(pdf) + 40);
  pdf.font('heading').fontSize(HEADING_SIZE).text(text, PAGE.left, pdf.y, { width: CONTENT_WIDTH });
  pdf.moveDown(0.3);
}

function sectionHeadingHeight(pdf: Pdf): number {
  return pdf.font('heading').fontSize(HEADING_SIZE).currentLineHeight(true) * 1.3;
}

/**
 * The last section of a document and the seal under it, kept on one page: a stamp must not
 * stand alone on a page with nothing it certifies.
 */
export function closingSection(
  pdf: Pdf,
  { title, fields, sealLines, dateText }: ClosingSection,
): void {
  ensureSpace(
    pdf,
    sectionHeadingHeight(pdf) +
      fieldGridHeight(pdf, fields) +
      sealBlockHeight(pdf, sealLines, dateText),
  );
  sectionHeading(pdf, title);
  fieldGrid(pdf, fields);
  sealBlock(pdf, sealLines, dateText);
}

/** A closing paragraph and the seal under it, kept on one page for the same reason. */
export function closingParagraph(
  pdf: Pdf,
  { text, sealLines, dateText }: { text: string; sealLines: readonly string[]; dateText: string },
): void {
  ensureSpace(pdf, paragraphHeight(pdf, text) + sealBlockHeight(pdf, sealLines, dateText));
  paragraph(pdf, text);
  sealBlock(pdf, sealLines, dateText);
}

/** What closingSection draws. */
export interface ClosingSection {
  readonly title: string;
  readonly fields: readonly Field[];
  readonly sealLines: readonly string[];
  /** The issue date as printed under the seal. */
  readonly dateText: string;
}

/**
 * Where the stamp goes: the seal lines and the date, centred in a block at the right, as on a
 * paper form. Drawn by the closing blocks, which keep it with what it certifies.
 */
function sealBlock(pdf: Pdf, lines: readonly string[], dateText: string): void {
  ensureSpace(pdf, sealBlockHeight(pdf, lines, dateText));
  pdf.moveDown(0.5);
  pdf.text([...lines, dateText].join('\n'), PAGE.width - PAGE.right - SEAL_WIDTH, pdf.y, {
    width: SEAL_WIDTH,
    align: 'center',
    lineGap: 2,
  });
  pdf.x = PAGE.left;
}

/** The height sealBlock will take, its space above included. */
function sealBlockHeight(pdf: Pdf, lines: readonly string[], dateText: string): number {
  pdf.font('body').fontSize(BODY_SIZE);
  const text = [...lines, dateText].join('\n');
  return (
    pdf.currentLineHeight(true) * 0.5 + pdf.heightOfString(text, { width: SEAL_WIDTH, lineGap: 2 })
  );
}
