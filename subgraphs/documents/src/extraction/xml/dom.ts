// Safe XML parsing into a small namespace-resolved tree.
//
// Safety: any DOCTYPE or ENTITY declaration is refused before parsing (billion laughs, XXE), so no
// entity is ever expanded beyond the five predefined ones and numeric character references, which
// are decoded here (the parser's own entity processing is off). The input size and the nesting depth
// are bounded. The parser is pure JavaScript (fast-xml-parser): no network, no file access.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ExtractionError } from '../types';

export interface XmlElement {
  /** Namespace URI ('' when none). */
  readonly ns: string;
  /** Local name (prefix removed). */
  readonly name: string;
  /** Attributes by local name (namespace declarations excluded). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated, trimmed text content of this element (not of its descendants). */
  readonly text: string;
}

/** Fiscal XMLs are small (a large NF-e is a few hundred KB); anything bigger is refused unparsed. */
export const MAX_XML_BYTES = 20 * 1024 * 1024;
const MAX_DEPTH = 64;

const UNSAFE_DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

/** Decodes bytes as UTF-8 (BOM tolerated) or, when the declaration says so, ISO-8859-1/windows-1252. */
function decode(bytes: Buffer): string {
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const head = body.subarray(0, 200).toString('latin1');
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(iso-?8859-1|latin-?1|windows-1252|cp1252)$/.test(declared)) return body.toString('latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ExtractionError('O XML contém caracteres inválidos (codificação diferente de UTF-8).', 'CORRUPT');
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named]!;
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: false,
  maxNestedTags: MAX_DEPTH,
});

type OrderedNode = Record<string, unknown>;

function splitName(qname: string): [prefix: string, local: string] {
  const i = qname.indexOf(':');
  return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

function build(node: OrderedNode, scope: ReadonlyMap<string, string>, depth: number): XmlElement | null {
  if (depth > MAX_DEPTH) throw new ExtractionError('O XML tem aninhamento excessivo.', 'UNSAFE');
  const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text' || tag.startsWith('?') || tag.startsWith('!')) return null;

  let local = scope;
  const attrs: Record<string, string> = {};
  for (const [key, raw] of Object.entries(rawAttrs)) {
    const name = key.startsWith('@_') ? key.slice(2) : key;
    const value = decodeEntities(String(raw ?? ''));
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (local === scope) local = new Map(scope);
      (local as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  for (const [key, raw] of Object.entries(rawAttrs)) {
    const name = key.startsWith('@_') ? key.slice(2) : key;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attrs[splitName(name)[1]] = decodeEntities(String(raw ?? ''));
  }

  const [prefix, name] = splitName(tag);
  const ns = local.get(prefix) ?? (prefix === '' ? '' : `urn:unbound-prefix:${prefix}`);
  const children: XmlElement[] = [];
  const texts: string[] = [];
  const content = node[tag];
  if (Array.isArray(content)) {
    for (const child of content as OrderedNode[]) {
      if (child && typeof child === 'object' && '#text' in child) {
        texts.push(String(child['#text'] ?? ''));
        continue;
      }
      const el = build(child, local, depth + 1);
      if (el) children.push(el);
    }
  }
  return { ns, name, attrs, children, text: decodeEntities(texts.join('')).trim() };
}

/**
 * Parses an XML document into its root element. Throws ExtractionError: UNSAFE for DOCTYPE/ENTITY
 * declarations or excessive nesting, CORRUPT for malformed/truncated input, EMPTY for no content.
 */
export function parseXml(bytes: Buffer): XmlElement {
  if (bytes.length === 0) throw new ExtractionError('O arquivo está vazio.', 'EMPTY');
  if (bytes.length > MAX_XML_BYTES) throw new ExtractionError('O XML é grande demais para um documento fiscal.', 'UNSUPPORTED');
  const xml = decode(bytes);
  if (UNSAFE_DECLARATION.test(xml)) {
    throw new ExtractionError('O XML contém declarações DOCTYPE/ENTITY, recusadas por segurança.', 'UNSAFE');
  }
  if (xml.trim() === '') throw new ExtractionError('O arquivo está vazio.', 'EMPTY');
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) {
    const line = valid.err?.line ? ` (linha ${valid.err.line})` : '';
    throw new ExtractionError(`O XML está incompleto ou malformado${line}.`, 'CORRUPT');
  }
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch (err) {
    if (err instanceof ExtractionError) throw err;
    throw new ExtractionError('O XML está incompleto ou malformado.', 'CORRUPT');
  }
  const roots = (Array.isArray(tree) ? (tree as OrderedNode[]) : [])
    .map((n) => build(n, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), 0))
    .filter((e): e is XmlElement => e !== null);
  if (roots.length !== 1) throw new ExtractionError('O XML não tem um único elemento raiz.', 'CORRUPT');
  return roots[0]!;
}

// Navigation helpers. Lookups match the local name within one namespace: the document's own
// namespace, with '' (no namespace) accepted too, since some issuers omit xmlns on inner groups.

export function child(el: XmlElement | null | undefined, name: string, ns?: string): XmlElement | null {
  if (!el) return null;
  const want = ns ?? el.ns;
  for (const c of el.children) if (c.name === name && (c.ns === want || c.ns === '')) return c;
  return null;
}

export function children(el: XmlElement | null | undefined, name: string, ns?: string): XmlElement[] {
  if (!el) return [];
  const want = ns ?? el.ns;
  return el.children.filter((c) => c.name === name && (c.ns === want || c.ns === ''));
}

/** Follows a path of local names: path(infNFe, 'ide', 'dhEmi'). */
export function path(el: XmlElement | null | undefined, ...names: string[]): XmlElement | null {
  let cur: XmlElement | null = el ?? null;
  for (const n of names) {
    cur = child(cur, n);
    if (!cur) return null;
  }
  return cur;
}

/** Text of the element at a path; null when missing or empty. */
export function textAt(el: XmlElement | null | undefined, ...names: string[]): string | null {
  const t = path(el, ...names)?.text;
  return t === undefined || t === '' ? null : t;
}
