/** Executive report exports: Markdown (text) and PDF (pdfkit), both in pt-BR. */
import PDFDocument from 'pdfkit';
import { AGENT_LABEL, type AgentReport, type Artifacts, type Conflict, type Kpi, type Level, type Meeting } from './consultant.model';
import { plural } from '@prumo/br';
import { brDate, brl } from './consultant.rules';

export interface ExportSource {
  id: string;
  problemDescription: string;
  businessType: string;
  depth: string;
  offline: boolean;
  createdAt: Date;
  finishedAt: Date | null;
  tokens: number;
  reports: AgentReport[];
  conflicts: Conflict[];
  meeting: Meeting;
  artifacts: Artifacts;
}

const LEVEL: Record<Level, string> = { LOW: 'baixa', MEDIUM: 'média', HIGH: 'alta' };
const DEPTH: Record<string, string> = { QUICK: 'rápida', STANDARD: 'padrão', DEEP: 'profunda' };

export function kpiValue(k: Kpi, v: number | null): string {
  if (v === null) return 'indisponível';
  switch (k.unit) {
    case 'CENTS':
      return brl(v);
    case 'PERCENT':
      return `${v.toLocaleString('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
    case 'KWH':
      return `${v.toLocaleString('pt-BR')} kWh`;
    case 'DAYS':
      return plural(v, 'dia');
    default:
      return v.toLocaleString('pt-BR');
  }
}

const dateTime = (d: Date) => d.toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo' });
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(x: ExportSource): string {
  const a = x.artifacts;
  const lines: string[] = [];
  lines.push(`# Análise do consultor executivo`, '');
  lines.push(`- **Problema:** ${x.problemDescription.replace(/\n/g, ' ')}`);
  lines.push(`- **Negócio:** ${x.businessType}`);
  lines.push(`- **Profundidade:** ${DEPTH[x.depth] ?? x.depth}`);
  lines.push(`- **Gerada em:** ${dateTime(x.finishedAt ?? x.createdAt)}${x.offline ? ' (modo offline: regras sobre os números da conta)' : ''}`);
  lines.push(`- **Tokens usados:** ${x.tokens}`, '');
  lines.push('## Resumo executivo', '', a.summary, '');
  lines.push('## Plano de ação', '', '| # | Ação | Responsável | Prazo | Prioridade | Orçamento |', '|---|---|---|---|---|---|');
  a.actionPlan.forEach((i, n) => lines.push(`| ${n + 1} | ${cell(i.action)} | ${cell(i.ownerRole)} | ${brDate(i.deadline)} | ${LEVEL[i.priority]} | ${i.budgetCents ? brl(i.budgetCents) : '-'} |`));
  lines.push('', '## Riscos', '', '| Risco | Probabilidade | Impacto | Mitigação |', '|---|---|---|---|');
  for (const r of a.risks) lines.push(`| ${cell(r.description)} | ${LEVEL[r.probability]} | ${LEVEL[r.impact]} | ${cell(r.mitigation)} |`);
  lines.push('', '## Indicadores (KPIs)', '', '| Indicador | Atual | Meta | Fonte |', '|---|---|---|---|');
  for (const k of a.kpis) lines.push(`| ${cell(k.name)} | ${kpiValue(k, k.current)} | ${kpiValue(k, k.target)} | ${k.source} |`);
  lines.push('', '## Conflitos entre as áreas', '');
  if (!x.conflicts.length) lines.push('Nenhum conflito entre as propostas.');
  for (const c of x.conflicts) lines.push(`- **${c.id}** (${c.kind === 'OVERLAPPING_BUDGETS' ? 'orçamentos sobrepostos' : 'recomendações contraditórias'}, severidade ${LEVEL[c.severity]}; ${c.agents.map((g) => AGENT_LABEL[g]).join(', ')}): ${c.description}`);
  lines.push('', `## Reunião (${x.meeting.consensus ? 'com consenso' : 'sem consenso'})`, '');
  for (const r of x.meeting.rounds) {
    lines.push(`### Rodada ${r.number}`, '');
    for (const s of r.statements) lines.push(`- **${AGENT_LABEL[s.agent]}:** ${s.text}`);
    lines.push('');
  }
  lines.push('## Análises por área', '');
  for (const r of x.reports) {
    lines.push(`### ${AGENT_LABEL[r.agent]}`, '', r.summary, '');
    for (const f of r.findings) lines.push(`- ${f.text}`);
    for (const u of r.unavailable) lines.push(`- _Dado indisponível:_ ${u}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function toPdf(x: ExportSource): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // A fixed creation date keeps the bytes stable for the same execution.
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Análise do consultor executivo', Author: 'Prumo', CreationDate: x.finishedAt ?? x.createdAt } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const a = x.artifacts;
    const h1 = (t: string) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(14).fillColor('#1f3a5f').text(t).moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#000');
    doc.font('Helvetica-Bold').fontSize(18).fillColor('#1f3a5f').text('Análise do consultor executivo');
    doc.font('Helvetica').fontSize(10).fillColor('#444');
    doc.text(`Problema: ${x.problemDescription}`);
    doc.text(`Negócio: ${x.businessType} · Profundidade: ${DEPTH[x.depth] ?? x.depth} · ${dateTime(x.finishedAt ?? x.createdAt)}${x.offline ? ' · modo offline' : ''}`);
    doc.fillColor('#000');
    h1('Resumo executivo');
    doc.text(a.summary);
    h1('Plano de ação');
    a.actionPlan.forEach((i, n) =>
      doc.text(`${n + 1}. ${i.action}`, { continued: false }).fillColor('#444').text(`   ${i.ownerRole} · até ${brDate(i.deadline)} · prioridade ${LEVEL[i.priority]}${i.budgetCents ? ` · ${brl(i.budgetCents)}` : ''}`).fillColor('#000'),
    );
    h1('Riscos');
    for (const r of a.risks) doc.text(`• ${r.description} (probabilidade ${LEVEL[r.probability]}, impacto ${LEVEL[r.impact]}). Mitigação: ${r.mitigation}`);
    h1('Indicadores (KPIs)');
    for (const k of a.kpis) doc.text(`• ${k.name}: atual ${kpiValue(k, k.current)}, meta ${kpiValue(k, k.target)}`);
    h1('Conflitos');
    if (!x.conflicts.length) doc.text('Nenhum conflito entre as propostas.');
    for (const c of x.conflicts) doc.text(`• ${c.id} (severidade ${LEVEL[c.severity]}): ${c.description}`);
    h1(`Reunião (${x.meeting.consensus ? 'com consenso' : 'sem consenso'})`);
    for (const r of x.meeting.rounds) {
      doc.font('Helvetica-Bold').text(`Rodada ${r.number}`).font('Helvetica');
      for (const s of r.statements) doc.text(`${AGENT_LABEL[s.agent]}: ${s.text}`);
    }
    doc.end();
  });
}
