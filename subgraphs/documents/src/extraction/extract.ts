// One-call pipeline for the extraction job: detect -> XML | PDF text layer | OCR -> fields.
// The job may call the building blocks itself; this wires them the way the design describes.

import { extractPdf } from './pdf';
import { ocrImage, ocrPdf } from './ocr';
import { sniffFileType } from './sniff';
import { fieldsFromText } from './text';
import { ExtractionError, type Extracted, type FileType } from './types';
import { extractXml } from './xml';

/** Base confidence of a PDF text layer (the characters are exact; only the layout is guessed). */
export const TEXT_LAYER_CONFIDENCE = 0.9;

export type ExtractionStage = 'DETECTING' | 'PARSING_XML' | 'READING_PDF' | 'OCR' | 'FIELDS' | 'DONE';

export interface ExtractionOutcome {
  fileType: FileType;
  method: 'XML' | 'TEXT' | 'OCR';
  extracted: Extracted;
  /** PDF page count (OCR: pages read), null for XML and images. */
  pages: number | null;
  /** Mean OCR word confidence (0..1) when OCR was used. */
  ocrConfidence: number | null;
}

export interface ExtractDocumentOptions {
  /** Progress callback: stage and an overall percentage (0..100, monotonic). */
  onProgress?: (stage: ExtractionStage, percent: number) => void;
  maxOcrPages?: number;
}

/**
 * Extracts any supported file. Throws ExtractionError (EMPTY, UNSUPPORTED, CORRUPT, INVALID_KEY,
 * UNSAFE, OCR_FAILED) for problems with the document; other errors are infrastructure failures.
 */
export async function extractDocument(bytes: Buffer, opts: ExtractDocumentOptions = {}): Promise<ExtractionOutcome> {
  const progress = opts.onProgress ?? (() => undefined);
  progress('DETECTING', 0);
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new ExtractionError('O arquivo está vazio.', 'EMPTY');
  const fileType = sniffFileType(bytes);
  if (fileType === null) {
    throw new ExtractionError('Formato não suportado. Envie XML, PDF ou imagem (PNG, JPEG, TIFF, WEBP).', 'UNSUPPORTED');
  }

  if (fileType === 'XML') {
    progress('PARSING_XML', 10);
    const extracted = extractXml(bytes);
    progress('DONE', 100);
    return { fileType, method: 'XML', extracted, pages: null, ocrConfidence: null };
  }

  if (fileType === 'PDF') {
    progress('READING_PDF', 10);
    const pdf = await extractPdf(bytes);
    if (pdf.hasTextLayer) {
      progress('FIELDS', 80);
      const extracted = fieldsFromText(pdf.text, 'TEXT', TEXT_LAYER_CONFIDENCE);
      progress('DONE', 100);
      return { fileType, method: 'TEXT', extracted, pages: pdf.pages, ocrConfidence: null };
    }
    progress('OCR', 20);
    const ocr = await ocrPdf(bytes, {
      maxPages: opts.maxOcrPages,
      onPage: (page, pages) => progress('OCR', 20 + Math.floor((60 * page) / pages)),
    });
    if (ocr.text.trim() === '') throw new ExtractionError('Nenhum texto foi reconhecido no PDF digitalizado.', 'EMPTY');
    progress('FIELDS', 85);
    const extracted = fieldsFromText(ocr.text, 'OCR', ocr.confidence);
    progress('DONE', 100);
    return { fileType, method: 'OCR', extracted, pages: ocr.pages, ocrConfidence: ocr.confidence };
  }

  progress('OCR', 10);
  const ocr = await ocrImage(bytes, fileType);
  if (ocr.text.trim() === '') throw new ExtractionError('Nenhum texto foi reconhecido na imagem.', 'EMPTY');
  progress('FIELDS', 85);
  const extracted = fieldsFromText(ocr.text, 'OCR', ocr.confidence);
  progress('DONE', 100);
  return { fileType, method: 'OCR', extracted, pages: null, ocrConfidence: ocr.confidence };
}
