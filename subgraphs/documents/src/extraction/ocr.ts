// OCR in Portuguese, offline: tesseract (-l por, TSV output for word confidences); scanned PDFs are
// rasterised page by page with pdftoppm at 300 dpi. The text is rebuilt from the TSV keeping line
// structure, and wide horizontal gaps become runs of spaces so that column heuristics still work.

import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool, ToolError, withTempDir } from './exec';
import { assertPdf, pdfPageCount, pdfToolError } from './pdf';
import { sniffFileType } from './sniff';
import { ExtractionError, type ImageType } from './types';

const TESSERACT_TIMEOUT_MS = 120_000;
/**
 * Tesseract's OpenMP threads cost more than they give on receipt-sized pages (measured: 0.8 s with
 * the default vs 0.2 s single-threaded on a 800x1200 receipt), and jobs already run in parallel.
 * An OMP_THREAD_LIMIT set in the environment wins.
 */
const TESSERACT_ENV = { OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' };
const PDFTOPPM_TIMEOUT_MS = 60_000;
export const OCR_DPI = 300;
export const DEFAULT_MAX_OCR_PAGES = 20;

const EXTENSIONS: Readonly<Record<ImageType, string>> = { PNG: 'png', JPEG: 'jpg', TIFF: 'tif', WEBP: 'webp' };

export interface OcrResult {
  text: string;
  /** Mean word confidence / 100 (0 when no word was recognised). */
  confidence: number;
  /** Recognised words (used to weigh confidences across pages). */
  words: number;
}

interface Word {
  key: string;
  block: string;
  left: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

/** Rebuilds text from tesseract's TSV (level 5 rows are words). Exported for tests. */
export function parseTesseractTsv(tsv: string): OcrResult {
  const words: Word[] = [];
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    const conf = Number(c[10]);
    if (text === '' || !Number.isFinite(conf) || conf < 0) continue;
    words.push({
      key: `${c[1]}.${c[2]}.${c[3]}.${c[4]}`,
      block: `${c[1]}.${c[2]}`,
      left: Number(c[6]),
      width: Number(c[8]),
      height: Number(c[9]),
      conf,
      text,
    });
  }
  if (words.length === 0) return { text: '', confidence: 0, words: 0 };

  const lines: string[] = [];
  let current = '';
  let prev: Word | null = null;
  for (const w of words) {
    if (prev && prev.key === w.key) {
      const charWidth = Math.max(1, prev.width / Math.max(1, prev.text.length), w.width / Math.max(1, w.text.length));
      const gap = w.left - (prev.left + prev.width);
      current += gap > 3 * charWidth ? '    ' : ' ';
      current += w.text;
    } else {
      if (prev) {
        lines.push(current);
        if (prev.block !== w.block) lines.push('');
      }
      current = w.text;
    }
    prev = w;
  }
  lines.push(current);
  const confidence = words.reduce((s, w) => s + w.conf, 0) / words.length / 100;
  return { text: lines.join('\n').trim(), confidence: Math.min(1, Math.max(0, confidence)), words: words.length };
}

function ocrToolError(err: unknown): Error {
  if (!(err instanceof ToolError) || err.missing) return err instanceof Error ? err : new Error(String(err));
  if (err.timedOut) return new ExtractionError('O reconhecimento de texto (OCR) demorou demais.', 'OCR_FAILED');
  return new ExtractionError('Não foi possível ler a imagem para reconhecimento de texto (OCR).', 'OCR_FAILED');
}

async function tesseract(file: string): Promise<OcrResult> {
  let tsv: string;
  try {
    tsv = await runTool('tesseract', [file, 'stdout', '-l', 'por', '--psm', '3', 'tsv'], {
      timeoutMs: TESSERACT_TIMEOUT_MS,
      maxBuffer: 32 * 1024 * 1024,
      env: TESSERACT_ENV,
    });
  } catch (err) {
    throw ocrToolError(err);
  }
  return parseTesseractTsv(tsv);
}

/**
 * OCR of an image (tesseract -l por). The declared type only picks the temp file's extension when it
 * agrees with the magic bytes; the bytes decide. No recognisable text -> { text: '', confidence: 0 }.
 */
export async function ocrImage(bytes: Buffer, type: ImageType): Promise<{ text: string; confidence: number }> {
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new ExtractionError('O arquivo está vazio.', 'EMPTY');
  const sniffed = sniffFileType(bytes);
  if (sniffed === null || sniffed === 'XML' || sniffed === 'PDF') {
    throw new ExtractionError('O arquivo não é uma imagem válida (PNG, JPEG, TIFF ou WEBP).', 'CORRUPT');
  }
  const actual: ImageType = sniffed; // the bytes decide, not the declared `type`
  void type;
  return withTempDir(async (dir) => {
    const file = join(dir, `in.${EXTENSIONS[actual]}`);
    await writeFile(file, bytes, { mode: 0o600 });
    const r = await tesseract(file);
    return { text: r.text, confidence: r.confidence };
  });
}

/**
 * OCR of a scanned PDF: each page (up to maxPages, default 20) is rasterised at 300 dpi in grey and
 * read by tesseract; onPage(page, pages) after each. Confidence is the word-weighted mean over pages.
 * `pages` is the number of pages read; `totalPages` the PDF's page count.
 */
export async function ocrPdf(
  bytes: Buffer,
  opts: { maxPages?: number; onPage?: (page: number, pages: number) => void } = {},
): Promise<{ text: string; confidence: number; pages: number; totalPages: number }> {
  assertPdf(bytes);
  const maxPages = Math.max(1, Math.floor(opts.maxPages ?? DEFAULT_MAX_OCR_PAGES));
  return withTempDir(async (dir) => {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes, { mode: 0o600 });
    const totalPages = await pdfPageCount(file);
    const pages = Math.min(totalPages, maxPages);
    const texts: string[] = [];
    let confSum = 0;
    let wordSum = 0;
    for (let page = 1; page <= pages; page++) {
      const prefix = join(dir, `page-${page}`);
      try {
        await runTool(
          'pdftoppm',
          ['-r', String(OCR_DPI), '-f', String(page), '-l', String(page), '-gray', '-png', '-singlefile', file, prefix],
          { timeoutMs: PDFTOPPM_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
        );
      } catch (err) {
        throw pdfToolError(err);
      }
      const png = `${prefix}.png`;
      const r = await tesseract(png);
      await unlink(png).catch(() => undefined);
      if (r.text !== '') texts.push(r.text);
      confSum += r.confidence * r.words;
      wordSum += r.words;
      opts.onPage?.(page, pages);
    }
    return { text: texts.join('\n\n'), confidence: wordSum === 0 ? 0 : confSum / wordSum, pages, totalPages };
  });
}
