// Document extraction library of the documents subgraph: pure functions plus calls to poppler-utils
// and tesseract (offline). No GraphQL, no database.

export {
  ExtractionError,
  emptyExtracted,
  type Authorization,
  type DocumentKind,
  type Extracted,
  type ExtractedItem,
  type ExtractionErrorCode,
  type Field,
  type FieldSource,
  type FileType,
  type ImageType,
} from './types';
export { sniffFileType } from './sniff';
export { extractXml } from './xml';
export { MAX_XML_BYTES } from './xml/dom';
export { extractPdf } from './pdf';
export { ocrImage, ocrPdf, parseTesseractTsv, DEFAULT_MAX_OCR_PAGES, OCR_DPI } from './ocr';
export { fieldsFromText } from './text';
export {
  extractDocument,
  TEXT_LAYER_CONFIDENCE,
  type ExtractDocumentOptions,
  type ExtractionOutcome,
  type ExtractionStage,
} from './extract';
