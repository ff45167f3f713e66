import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

/** A column of an export: the Chinese header (first row), the English one (second row), and how cells are typed in XLSX. */
export interface ExportColumn {
  zh: string;
  en: string;
  type?: 'text' | 'number';
}

export type ExportCell = string | number | null;

/** A spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR, moves it). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal: what number columns legitimately hold, negative amounts included. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Text as a spreadsheet must show it, never run it: names and contract numbers come from users,
 * and `=HYPERLINK(…)` as an organization name would be a live formula in Excel or WPS. A cell
 * that could start a formula gets a leading apostrophe (OWASP's CSV-injection advice); decimals
 * in number columns stay as they are.
 */
export function neutraliseCell(cell: ExportCell, column?: ExportColumn): ExportCell {
  if (typeof cell !== 'string' || !FORMULA_START.test(cell)) return cell;
  if (column?.type === 'number' && DECIMAL.test(cell)) return cell;
  return `'${cell}`;
}

async function* withHeaders(columns: readonly ExportColumn[], rows: AsyncIterable<ExportCell[]>): AsyncGenerator<ExportCell[]> {
  yield columns.map((column) => column.zh);
  yield columns.map((column) => column.en);
  yield* rows;
}

/** CSV, UTF-8 with a BOM so that Excel reads the Chinese headers; rows flow with backpressure. */
export async function writeCsv(out: Writable, columns: readonly ExportColumn[], rows: AsyncIterable<ExportCell[]>): Promise<void> {
  async function* neutralised(): AsyncGenerator<ExportCell[]> {
    for await (const row of withHeaders(columns, rows)) yield row.map((cell, index) => neutraliseCell(cell, columns[index]));
  }
  await pipeline(Readable.from(neutralised()), stringify({ bom: true }), out);
}

/** XLSX through exceljs' streaming writer: each row is committed (and leaves memory) as it is written. */
export async function writeXlsx(out: Writable, sheetName: string, columns: readonly ExportColumn[], rows: AsyncIterable<ExportCell[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((column) => column.zh)).commit();
  sheet.addRow(columns.map((column) => column.en)).commit();
  for await (const row of rows) {
    // Only decimals become numbers; everything else is a string cell, which XLSX keeps as text
    // (exceljs writes a formula only from a { formula } value, never from a string).
    const typed = row.map((cell, index) => (columns[index]?.type === 'number' && typeof cell === 'string' && DECIMAL.test(cell) ? Number(cell) : cell));
    sheet.addRow(typed).commit();
  }
  sheet.commit();
  await workbook.commit();
}
