import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A column of an export: the Chinese header (first row), the English one (second row), and how cells are typed in XLSX. */
export interface ExportColumn {
  zh: string;
  en: string;
  type?: 'text' | 'number';
}

export type ExportCell = string | number | null;

async function* withHeaders(columns: readonly ExportColumn[], rows: AsyncIterable<ExportCell[]>): AsyncGenerator<ExportCell[]> {
  yield columns.map((column) => column.zh);
  yield columns.map((column) => column.en);
  yield* rows;
}

/** CSV, UTF-8 with a BOM so that Excel reads the Chinese headers; rows flow with backpressure. */
export async function writeCsv(out: Writable, columns: readonly ExportColumn[], rows: AsyncIterable<ExportCell[]>): Promise<void> {
  await pipeline(Readable.from(withHeaders(columns, rows)), stringify({ bom: true }), out);
}

/** XLSX through exceljs' streaming writer: each row is committed (and leaves memory) as it is written. */
export async function writeXlsx(out: Writable, sheetName: string, columns: readonly ExportColumn[], rows: AsyncIterable<ExportCell[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((column) => column.zh)).commit();
  sheet.addRow(columns.map((column) => column.en)).commit();
  for await (const row of rows) {
    sheet.addRow(row.map((cell, index) => (columns[index]?.type === 'number' && cell !== null && cell !== '' ? Number(cell) : cell))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
