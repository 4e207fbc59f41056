// PDF text layer with poppler's pdftotext (-layout keeps columns, which the text heuristics use).

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool, ToolError, withTempDir } from './exec';
import { sniffFileType } from './sniff';
import { ExtractionError } from './types';

const PDFTOTEXT_TIMEOUT_MS = 60_000;
const PDFINFO_TIMEOUT_MS = 20_000;
/** Below this many letters/digits per page a PDF is treated as scanned (no usable text layer). */
const MIN_TEXT_CHARS_PER_PAGE = 20;

export function assertPdf(bytes: Buffer): void {
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new ExtractionError('O arquivo está vazio.', 'EMPTY');
  if (sniffFileType(bytes) !== 'PDF') throw new ExtractionError('O arquivo não é um PDF válido.', 'CORRUPT');
}

/** Maps a poppler failure to a user-facing error; a missing binary stays a plain (retryable) Error. */
export function pdfToolError(err: unknown): Error {
  if (!(err instanceof ToolError) || err.missing) return err instanceof Error ? err : new Error(String(err));
  if (err.timedOut) return new ExtractionError('O PDF demorou demais para ser processado.', 'CORRUPT');
  if (err.exitCode === 3 || /password|encrypt/i.test(err.stderr)) {
    return new ExtractionError('O PDF está protegido por senha. Envie uma cópia sem senha.', 'UNSUPPORTED');
  }
  return new ExtractionError('O PDF está corrompido ou incompleto.', 'CORRUPT');
}

function countTextChars(s: string): number {
  const m = s.match(/[\p{L}\p{N}]/gu);
  return m ? m.length : 0;
}

/** Tidies pdftotext output: page breaks become blank lines, trailing spaces go. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

/** Number of pages, from pdfinfo. */
export async function pdfPageCount(file: string): Promise<number> {
  try {
    const info = await runTool('pdfinfo', [file], { timeoutMs: PDFINFO_TIMEOUT_MS, maxBuffer: 1024 * 1024 });
    const m = /^Pages:\s*(\d+)/m.exec(info);
    if (!m) throw new ExtractionError('Não foi possível contar as páginas do PDF.', 'CORRUPT');
    return Number(m[1]);
  } catch (err) {
    throw err instanceof ExtractionError ? err : pdfToolError(err);
  }
}

/**
 * The PDF's text layer (pdftotext -layout). `hasTextLayer` is false for scanned PDFs (too little
 * text per page): the caller should then OCR it (ocrPdf). Corrupt PDF -> ExtractionError CORRUPT;
 * password-protected -> UNSUPPORTED.
 */
export async function extractPdf(bytes: Buffer): Promise<{ text: string; pages: number; hasTextLayer: boolean }> {
  assertPdf(bytes);
  return withTempDir(async (dir) => {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes, { mode: 0o600 });
    let raw: string;
    try {
      raw = await runTool('pdftotext', ['-layout', '-enc', 'UTF-8', '-eol', 'unix', file, '-'], {
        timeoutMs: PDFTOTEXT_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (err) {
      throw pdfToolError(err);
    }
    // pdftotext ends every page with a form feed.
    const pages = Math.max(1, (raw.match(/\f/g) ?? []).length);
    const text = tidy(raw);
    const chars = countTextChars(text);
    return { text, pages, hasTextLayer: chars >= MIN_TEXT_CHARS_PER_PAGE * pages };
  });
}
