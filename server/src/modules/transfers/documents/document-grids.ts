// Bordered grids: labelled fields two pairs a row, and data tables that flow onto further pages
// under a repeated header row. A row never splits across pages.
import { CONTENT_WIDTH, ensureSpace, PAGE, type Pdf } from './official-document.ts';

const CELL_SIZE = 9.5;
const CELL_PADDING = 3;
const LABEL_FILL = '#eeeeee';

/** A label and its value in a field grid; `wide` takes a whole row. */
export interface Field {
  readonly label: string;
  readonly value: string;
  readonly wide?: boolean;
}

interface Cell {
  readonly text: string;
  readonly width: number;
  readonly font: 'body' | 'heading';
  readonly align?: 'left' | 'right' | 'center';
  readonly fill?: string;
}

/** Labelled values in a bordered grid, two label–value pairs a row (a wide field takes one). */
export function fieldGrid(pdf: Pdf, fields: readonly Field[]): void {
  for (const row of fieldGridRows(fields)) drawRow(pdf, row);
  pdf.moveDown(0.6);
}

/** The height fieldGrid will take, so that a block can be kept together with what follows. */
export function fieldGridHeight(pdf: Pdf, fields: readonly Field[]): number {
  return fieldGridRows(fields).reduce((sum, row) => sum + rowHeight(pdf, row), 0);
}

function fieldGridRows(fields: readonly Field[]): Cell[][] {
  const labelWidth = 96;
  const pair = (field: Field, valueWidth: number): Cell[] => [
    { text: field.label, width: labelWidth, font: 'heading', fill: LABEL_FILL },
    { text: field.value, width: valueWidth, font: 'body' },
  ];
  const full = (field: Field) => pair(field, CONTENT_WIDTH - labelWidth);
  const half = (field: Field) => pair(field, CONTENT_WIDTH / 2 - labelWidth);
  const rows: Cell[][] = [];
  let pending: Field | undefined;
  for (const field of fields) {
    if (field.wide || pending) {
      if (pending && !field.wide) rows.push([...half(pending), ...half(field)]);
      else {
        if (pending) rows.push(full(pending));
        rows.push(full(field));
      }
      pending = undefined;
    } else pending = field;
  }
  if (pending) rows.push(full(pending));
  return rows;
}

/** A column of a data table; widths are shares of the text column and should add up to 1. */
export interface Column {
  readonly header: string;
  readonly share: number;
  readonly align?: 'left' | 'right' | 'center';
}

/**
 * A bordered table. A row never splits; when the next row does not fit, the table continues on a
 * new page under a repeated header row.
 */
export function dataTable(pdf: Pdf, columns: readonly Column[], rows: readonly string[][]): void {
  const widths = columns.map((column) => column.share * CONTENT_WIDTH);
  const header: Cell[] = columns.map((column, i) => ({
    text: column.header,
    width: widths[i]!,
    font: 'heading',
    align: 'center',
    fill: LABEL_FILL,
  }));
  const cellsOf = (row: readonly string[]): Cell[] =>
    row.map((text, i) => ({ text, width: widths[i]!, font: 'body', align: columns[i]?.align }));
  // The header must not be left alone at the foot of a page: keep it with the first row.
  ensureSpace(pdf, rowHeight(pdf, header) + rowHeight(pdf, cellsOf(rows[0] ?? [])));
  drawRow(pdf, header);
  for (const row of rows) {
    const cells = cellsOf(row);
    if (pdf.y + rowHeight(pdf, cells) > PAGE.height - PAGE.bottom) {
      pdf.addPage();
      drawRow(pdf, header);
    }
    drawRow(pdf, cells);
  }
  pdf.moveDown(0.6);
}

function cellTextHeight(pdf: Pdf, cell: Cell): number {
  pdf.font(cell.font).fontSize(CELL_SIZE);
  return pdf.heightOfString(cell.text || ' ', { width: cell.width - 2 * CELL_PADDING });
}

function rowHeight(pdf: Pdf, cells: readonly Cell[]): number {
  return Math.max(...cells.map((cell) => cellTextHeight(pdf, cell))) + 2 * CELL_PADDING;
}

function drawRow(pdf: Pdf, cells: readonly Cell[]): void {
  const height = rowHeight(pdf, cells);
  ensureSpace(pdf, height);
  const top = pdf.y;
  let x = PAGE.left;
  for (const cell of cells) {
    pdf.rect(x, top, cell.width, height).lineWidth(0.5).strokeColor('black');
    if (cell.fill) pdf.fillAndStroke(cell.fill, 'black');
    else pdf.stroke();
    pdf.fillColor('black').font(cell.font).fontSize(CELL_SIZE);
    pdf.text(cell.text, x + CELL_PADDING, top + CELL_PADDING, {
      width: cell.width - 2 * CELL_PADDING,
      align: cell.align ?? 'left',
    });
    x += cell.width;
  }
  pdf.x = PAGE.left;
  pdf.y = top + height;
}
