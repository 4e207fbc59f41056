// File type detection from magic bytes only. The declared content type and the file name are never
// trusted: a '.pdf' that holds an XML is an XML.

import type { FileType } from './types';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00]; // 'II*\0'
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a]; // 'MM\0*'
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // '%PDF-'
/** Acrobat accepts '%PDF-' anywhere in the first 1024 bytes; so do we (junk before the header is common). */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Buffer, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

function isXmlStart(bytes: Buffer): boolean {
  let i = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) i = 3; // UTF-8 BOM
  const limit = Math.min(bytes.length, i + 4096);
  while (i < limit && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x3c /* '<' */) return false;
  const next = bytes[i + 1];
  if (next === undefined) return false;
  const isLetter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  // '<?xml' declaration, '<' + a letter or '_' (an element), or '<!' (a comment or a DOCTYPE: the
  // latter is then refused as UNSAFE by extractXml rather than passing as an unknown type).
  if (isLetter || next === 0x5f) return true;
  if (next === 0x3f /* '?' */) return bytes.subarray(i + 2, i + 5).toString('latin1') === 'xml';
  return next === 0x21 /* '!' */;
}

/** The file type from its first bytes, or null when it is none of the supported types. */
export function sniffFileType(bytes: Buffer): FileType | null {
  if (!Buffer.isBuffer(bytes) || bytes.length < 4) return null;
  if (startsWith(bytes, PDF)) return 'PDF';
  if (startsWith(bytes, PNG)) return 'PNG';
  if (startsWith(bytes, JPEG)) return 'JPEG';
  if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) return 'TIFF';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') {
    return 'WEBP';
  }
  if (isXmlStart(bytes)) return 'XML';
  const window = bytes.subarray(0, PDF_HEADER_WINDOW);
  if (window.indexOf(Buffer.from(PDF)) > 0) return 'PDF';
  return null;
}
