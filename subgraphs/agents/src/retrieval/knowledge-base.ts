import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface KbSection {
  /** Stable id: `<article file>#<section id>`. */
  id: string;
  article: string;
  articleTitle: string;
  title: string;
  body: string;
  position: number;
}

/** The curated articles live next to the package (src/ and dist/ are both two levels down). */
export const KNOWLEDGE_DIR = resolve(__dirname, '../../knowledge');

/** Parses `# Article` + `## Section {#id}` Markdown files into sections. README.md is skipped. */
export function loadKnowledgeFiles(dir = KNOWLEDGE_DIR): { sections: KbSection[]; hash: string } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort();
  const hash = createHash('sha256');
  const sections: KbSection[] = [];
  for (const file of files) {
    const raw = readFileSync(join(dir, file), 'utf8');
    hash.update(file).update('\0').update(raw).update('\0');
    sections.push(...parseArticle(file.replace(/\.md$/, ''), raw));
  }
  return { sections, hash: hash.digest('hex') };
}

export function parseArticle(article: string, raw: string): KbSection[] {
  const lines = raw.split(/\r?\n/);
  const articleTitle = (lines.find((l) => /^# /.test(l)) ?? `# ${article}`).slice(2).trim();
  const out: KbSection[] = [];
  let current: { id: string; title: string; body: string[] } | null = null;
  const flush = () => {
    if (current) {
      out.push({ id: `${article}#${current.id}`, article, articleTitle, title: current.title, body: current.body.join('\n').trim(), position: out.length });
    }
  };
  for (const line of lines) {
    const m = /^## (.+?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (m) {
      flush();
      current = { id: m[2], title: m[1].trim(), body: [] };
    } else if (current && !/^# /.test(line)) {
      current.body.push(line);
    }
  }
  flush();
  return out;
}
