// The frame every official document shares: A4 page, title, number and issuing agency at the
// top, a running header on continuation pages, and on every page a footer with the number, the
// generation time in China time and "page n of N". The blocks inside are in document-blocks.ts.
import PDFDocument from 'pdfkit';
import {
  debianNotoCjkFonts,
  faceNotFound,
  readFontFile,
  type DocumentFonts,
} from './document-fonts.ts';
import { formatChinaDateTime } from './document-text.ts';

/** How a document is produced; everything optional. */
export interface RenderOptions {
  /** The generation time printed in the footer and stored as the PDF's creation date; now by default. */
  readonly generatedAt?: Date;
  /** The font files; Debian's fonts-noto-cjk by default. */
  readonly fonts?: DocumentFonts;
}

/** What the top of the first page and the footer of every page say. */
export interface DocumentHeading {
  /** The form's name, e.g. 基本养老保险关系转移接续联系函. */
  readonly title: string;
  /** The document's own number (编号). */
  readonly number: string;
  /** The agency that issues it (出具机构). */
  readonly issuer: string;
}

/** A4 in points, with 2 cm side margins; the bottom margin leaves room for the footer. */
export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 56, bottom: 62 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The PDFKit document with the two registered faces, `body` and `heading`. */
export type Pdf = PDFKit.PDFDocument;

/**
 * Produces one document: sets up the page and fonts, writes the heading, lets `drawBody` add the
 * content, then numbers the pages and returns the PDF bytes.
 */
export async function renderOfficialDocument(
  heading: DocumentHeading,
  options: RenderOptions,
  drawBody: (pdf: Pdf) => void,
): Promise<Uint8Array> {
  const generatedAt = options.generatedAt ?? new Date();
  const fonts = options.fonts ?? debianNotoCjkFonts;
  const [body, head] = await Promise.all([readFontFile(fonts.body), readFontFile(fonts.heading)]);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true, // the footer needs the page count, known only at the end
    lang: 'zh-CN',
    displayTitle: true,
    // A fixed creation date makes the same data give the same bytes (the file ID hashes it).
    info: {
      Title: `${heading.title}（${heading.number}）`,
      Author: heading.issuer,
      Subject: heading.number,
      Creator: 'Shebao 社保',
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  useFace(pdf, 'heading', head, fonts.heading);
  useFace(pdf, 'body', body, fonts.body);
  drawHeading(pdf, heading);
  drawBody(pdf);
  drawPageFrames(pdf, heading, generatedAt);
  pdf.end();
  await ended;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Registers a face and selects it once, so a file without that face fails here, clearly. */
function useFace(pdf: Pdf, name: string, bytes: Buffer, font: DocumentFonts['body']): void {
  pdf.registerFont(name, bytes, font.postscriptName);
  try {
    pdf.font(name);
  } catch (error) {
    throw faceNotFound(font, error);
  }
}

function drawHeading(pdf: Pdf, { title, number, issuer }: DocumentHeading): void {
  pdf.font('heading').fontSize(18).text(title, PAGE.left, PAGE.top, {
    width: CONTENT_WIDTH,
    align: 'center',
  });
  pdf.moveDown(0.6);
  pdf.font('body').fontSize(10.5);
  pdf.text(`编号：${number}`, PAGE.left, pdf.y, { width: CONTENT_WIDTH, align: 'right' });
  pdf.text(`出具机构：${issuer}`, PAGE.left, pdf.y, { width: CONTENT_WIDTH, align: 'right' });
  pdf.moveDown(0.3);
  rule(pdf, 1);
  pdf.moveDown(0.6);
}

/**
 * Drawn once the body is complete, when the page count is known: on every page the footer, and
 * on pages after the first a running header naming the document this page continues.
 */
function drawPageFrames(pdf: Pdf, { title, number }: DocumentHeading, generatedAt: Date): void {
  const { start, count } = pdf.bufferedPageRange();
  const generated = `由 Shebao 社保平台生成  生成时间：${formatChinaDateTime(generatedAt)}`;
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing inside a margin would make PDFKit start a new page; lift the margins.
    pdf.page.margins.bottom = 0;
    pdf.page.margins.top = 0;
    if (i > start) {
      pdf.font('body').fontSize(9).fillColor('#444');
      pdf.text(`${title}（续）  编号：${number}`, PAGE.left, PAGE.top - 24, {
        width: CONTENT_WIDTH,
        lineBreak: false,
      });
    }
    const y = PAGE.height - PAGE.bottom + 14;
    pdf.moveTo(PAGE.left, y - 6).lineTo(PAGE.width - PAGE.right, y - 6);
    pdf.lineWidth(0.5).strokeColor('#888').stroke();
    pdf.font('body').fontSize(8).fillColor('#333');
    pdf.text(`编号：${number}`, PAGE.left, y, { width: CONTENT_WIDTH, lineBreak: false });
    const pageText = `第 ${i - start + 1} 页 / 共 ${count} 页`;
    pdf.text(pageText, PAGE.left, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
    pdf.text(generated, PAGE.left, y + 12, { width: CONTENT_WIDTH, lineBreak: false });
    pdf.fillColor('black');
  }
}

/** Starts a new page unless `height` points still fit above the footer. */
export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > PAGE.height - PAGE.bottom) pdf.addPage();
}

/** A horizontal line across the text column at the current position. */
export function rule(pdf: Pdf, width = 0.5): void {
  pdf.moveTo(PAGE.left, pdf.y).lineTo(PAGE.width - PAGE.right, pdf.y);
  pdf.lineWidth(width).strokeColor('black').stroke();
}
