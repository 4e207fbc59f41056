// Deterministic data of a holder of the simulated portal: the same taxId (and the same `today`) always
// gives the same units, invoices and solar credits. Every random choice comes from a PRNG seeded by
// the taxId (per unit: taxId + unit index; per invoice: taxId + UC + reference month), so an invoice of
// a given month keeps its values when `today` moves on, and adding units does not change the others.
import {
  formatBoletoLine,
  generatePix,
  makeArrecadacaoBarcode,
  saoPauloDate,
  seededRng,
  validateTaxId,
  type CalendarDate,
} from '@prumo/br';

export type TariffClass = 'B1 residencial' | 'B3 comercial';
export type InvoiceStatus = 'PAGA' | 'EM_ABERTO' | 'VENCIDA';

export interface InvoiceItem {
  description: string;
  amountCents: number;
}

export interface PortalInvoice {
  /** Document number used in URLs: UC (10 digits) + reference month (AAAAMM). */
  id: string;
  /** 'AAAA-MM' */
  referenceMonth: string;
  /** 'AAAA-MM-DD' */
  dueDate: string;
  amountCents: number;
  kwh: number;
  status: InvoiceStatus;
  /** 48 digits, segment 3 (energy), valid per packages/br. */
  barcodeLine: string;
  /** Valid BR Code with CRC; null for paid invoices (the page shows no PIX for them). */
  pixCopyPaste: string | null;
  items: InvoiceItem[];
}

export interface PortalCredit {
  /** 'AAAA-MM' */
  originMonth: string;
  kwh: number;
  /** 'AAAA-MM', 60 months after the origin. */
  expiresMonth: string;
}

export interface PortalUnit {
  /** 10 digits */
  uc: string;
  cdc: string;
  address: string;
  city: string;
  uf: string;
  tariffClass: TariffClass;
  generator: boolean;
  /** UC of the generator this unit receives credits from (beneficiaries only). */
  parentUc: string | null;
  /** Share of the generator's surplus (beneficiaries only; 2 decimals). The generator keeps the rest. */
  allocationPercent: number | null;
  /** Generators: the day the plant's grid access was requested ('AAAA-MM-DD'; up to 2023-01-07 = no Fio B charge until 2045). */
  accessRequestDate: string | null;
  /** Generators: first month of injection ('AAAA-MM'). */
  connectionMonth: string | null;
  /** Generators and beneficiaries: the GD figures of the current month (the newest invoice). Others: null. */
  gd: PortalGd | null;
  /** Sum of `credits` (generators and beneficiaries). Others: 0. */
  creditBalanceKwh: number;
  /** 24 invoices, newest first. */
  invoices: PortalInvoice[];
  /** Generators and beneficiaries: remaining credits per origin month, oldest first. */
  credits: PortalCredit[];
}

export interface PortalGd {
  /** 'AAAA-MM': the month of these figures (the newest invoice's). */
  referenceMonth: string;
  /** Generators: kWh injected into the grid in the month. Beneficiaries: null. */
  injectedKwh: number | null;
  /** kWh credited to the unit in the month (the plant: its own use plus the share it keeps). */
  receivedKwh: number;
  /** kWh compensated on the unit's bill of the month (from what it received and its stored credits). */
  compensatedKwh: number;
}

export interface HolderData {
  /** Normalised taxId (11 or 14 characters). */
  taxId: string;
  /** Display form: 529.982.247-25 / 11.222.333/0001-81. */
  taxIdFormatted: string;
  kind: 'CPF' | 'CNPJ';
  name: string;
  units: PortalUnit[];
}

export const DISTRIBUTOR = {
  name: 'Distribuidora Exemplo de Energia',
  /** Receiver name on PIX codes (<= 25 characters). */
  pixName: 'DISTRIBUIDORA EXEMPLO',
  pixCity: 'CUIABA',
  /** PIX key: the distributor's CNPJ (valid check digits). */
  cnpj: '11222333000181',
  /** Company code on the arrecadação barcode (positions 16-19). */
  febrabanCode: '0047',
};

// ---------------------------------------------------------------------------------------------------
// PRNG

/** FNV-1a 32-bit hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 (`@prumo/br`): small, fast, good enough for simulated data. */
export const mulberry32 = seededRng;

export const rngFor = (key: string) => mulberry32(hashString(key));
const int = (rng: () => number, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// ---------------------------------------------------------------------------------------------------
// Months and dates

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export interface YearMonth {
  year: number;
  month: number;
}

export function addMonths(ym: YearMonth, k: number): YearMonth {
  const idx = ym.year * 12 + (ym.month - 1) + k;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

export const ymKey = (ym: YearMonth) => `${pad(ym.year, 4)}-${pad(ym.month)}`;
export const isoOf = (d: CalendarDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** 'AAAA-MM' -> 'MM/AAAA' */
export const monthLabel = (key: string) => `${key.slice(5, 7)}/${key.slice(0, 4)}`;
/** 'AAAA-MM-DD' -> 'DD/MM/AAAA' */
export const dateLabel = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** 1234 -> '1.234' */
export const groupThousands = (n: number) => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 1234 -> '1.234 kWh' */
export const kwhLabel = (n: number) => `${groupThousands(n)} kWh`;
/** 40 -> '40,00%' */
export const percentLabel = (p: number) => `${p.toFixed(2).replace('.', ',')}%`;

export function todayOf(instant: Date): CalendarDate {
  const d = saoPauloDate(instant);
  if (!d) throw new Error('invalid date');
  return d;
}

// ---------------------------------------------------------------------------------------------------
// Reference data

interface City {
  name: string;
  uf: string;
  cep: string;
  /** CIP/COSIP per month, centavos. */
  cipCents: number;
  /** ICMS rate in the state (fraction). */
  icms: number;
}

const CITIES: readonly City[] = [
  { name: 'Cuiabá', uf: 'MT', cep: '78005', cipCents: 2890, icms: 0.17 },
  { name: 'Várzea Grande', uf: 'MT', cep: '78110', cipCents: 2415, icms: 0.17 },
  { name: 'Rondonópolis', uf: 'MT', cep: '78700', cipCents: 2160, icms: 0.17 },
  { name: 'Sinop', uf: 'MT', cep: '78550', cipCents: 1985, icms: 0.17 },
  { name: 'Campo Grande', uf: 'MS', cep: '79002', cipCents: 3120, icms: 0.17 },
  { name: 'Dourados', uf: 'MS', cep: '79800', cipCents: 2230, icms: 0.17 },
  { name: 'Palmas', uf: 'TO', cep: '77001', cipCents: 2650, icms: 0.2 },
  { name: 'João Pessoa', uf: 'PB', cep: '58010', cipCents: 2780, icms: 0.2 },
  { name: 'Campina Grande', uf: 'PB', cep: '58400', cipCents: 2040, icms: 0.2 },
  { name: 'Aracaju', uf: 'SE', cep: '49010', cipCents: 2550, icms: 0.19 },
  { name: 'Porto Velho', uf: 'RO', cep: '76801', cipCents: 2370, icms: 0.195 },
  { name: 'Rio Branco', uf: 'AC', cep: '69900', cipCents: 2210, icms: 0.19 },
  { name: 'Juiz de Fora', uf: 'MG', cep: '36010', cipCents: 2990, icms: 0.18 },
  { name: 'Presidente Prudente', uf: 'SP', cep: '19010', cipCents: 2480, icms: 0.18 },
];

const STREETS = [
  'Rua das Acácias', 'Avenida Getúlio Vargas', 'Rua Barão de Melgaço', 'Rua Sete de Setembro',
  'Avenida Brasil', 'Rua Tiradentes', 'Rua dos Ipês', 'Avenida Rio Branco', 'Rua São Benedito',
  'Rua Cândido Mariano', 'Travessa da Paz', 'Rua Marechal Deodoro', 'Avenida das Palmeiras',
  'Rua Joaquim Murtinho', 'Rua Pedro Celestino', 'Avenida Fernando Corrêa', 'Rua Treze de Junho',
];
const DISTRICTS = ['Centro', 'Jardim América', 'Boa Esperança', 'Vila Nova', 'Bosque', 'Santa Rosa', 'Jardim Europa', 'Industrial', 'Popular', 'Morada do Sol'];
const RURAL = ['Sítio Boa Vista', 'Fazenda Santa Luzia', 'Chácara Recanto do Sol', 'Sítio São José'];

const FIRST = ['Maria', 'José', 'Ana', 'João', 'Antônio', 'Francisca', 'Carlos', 'Paulo', 'Adriana', 'Lucas', 'Juliana', 'Marcos', 'Fernanda', 'Rafael', 'Patrícia', 'Gabriel'];
const LAST = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Araújo'];
const BUSINESS_A = ['Padaria', 'Mercado', 'Oficina', 'Farmácia', 'Restaurante', 'Auto Posto', 'Papelaria', 'Açougue', 'Clínica', 'Hotel'];
const BUSINESS_B = ['Pão Dourado', 'Bom Preço', 'São Cristóvão', 'Santa Clara', 'Sabor da Terra', 'Boa Viagem', 'Pantanal', 'Cerrado', 'Ipê Amarelo', 'Três Irmãos'];

/** Tariff flags by month (global, not per holder): R$ per 100 kWh in centavos. */
const FLAGS = [
  { name: 'verde', centsPer100: 0 },
  { name: 'amarela', centsPer100: 188.5 },
  { name: 'vermelha patamar 1', centsPer100: 446.3 },
  { name: 'vermelha patamar 2', centsPer100: 787.7 },
] as const;

function flagOf(ym: YearMonth) {
  const r = rngFor(`flag|${ymKey(ym)}`)();
  const dry = ym.month >= 6 && ym.month <= 11; // dry season: reservoirs low, flags more expensive
  if (!dry) return r < 0.8 ? FLAGS[0] : FLAGS[1];
  if (r < 0.35) return FLAGS[0];
  if (r < 0.65) return FLAGS[1];
  if (r < 0.9) return FLAGS[2];
  return FLAGS[3];
}

/** Yearly readjustment each April (5% a year since April 2020). */
function readjustment(ym: YearMonth): number {
  const years = ym.year - 2020 + (ym.month >= 4 ? 1 : 0);
  return Math.pow(1.05, Math.max(0, years));
}

// Base tariffs (R$/kWh * 100 = centavos/kWh, 2020 level).
const TARIFF = {
  'B1 residencial': { tusd: 36.4, te: 26.2 },
  'B3 comercial': { tusd: 34.9, te: 27.8 },
} as const;

/** Consumption seasonality (air conditioning in the hot months). */
const CONSUMPTION_SEASON = [1.22, 1.2, 1.15, 1.05, 0.95, 0.86, 0.84, 0.9, 1.02, 1.1, 1.14, 1.2];
/** Solar generation seasonality. */
const SOLAR_SEASON = [1.05, 1.03, 1.0, 0.97, 0.9, 0.86, 0.92, 1.0, 1.02, 1.06, 1.08, 1.07];

// ---------------------------------------------------------------------------------------------------
// Generation

/** Normalised taxId or null (accepts masked input). */
export function normaliseTaxId(taxId: string): { value: string; formatted: string; kind: 'CPF' | 'CNPJ' } | null {
  const r = validateTaxId(taxId);
  return r.ok ? { value: r.value, formatted: r.formatted, kind: r.kind } : null;
}

/** Default number of units of a holder (3..8), derived from the taxId. */
export function defaultUnitCount(taxId: string): number {
  return 3 + (hashString(`units|${taxId}`) % 6);
}

interface UnitShape {
  uc: string;
  cdc: string;
  address: string;
  city: City;
  tariffClass: TariffClass;
  baseKwh: number;
  minimumKwh: number;
  dueDay: number;
  kwp: number;
}

/** A holder's units are all in one state (one concession area of the distributor), so GD groups are valid. */
function holderCities(taxId: string): readonly City[] {
  const ufs = [...new Set(CITIES.map((c) => c.uf))];
  const uf = ufs[hashString(`uf|${taxId}`) % ufs.length]!;
  return CITIES.filter((c) => c.uf === uf);
}

function makeUnitShape(taxId: string, kind: 'CPF' | 'CNPJ', index: number, taken: Set<string>): UnitShape {
  const rng = rngFor(`${taxId}|unit|${index}`);
  let uc = '';
  do {
    uc = String(int(rng, 1, 9)) + Array.from({ length: 9 }, () => int(rng, 0, 9)).join('');
  } while (taken.has(uc));
  taken.add(uc);
  const cdcBody = Array.from({ length: 7 }, () => int(rng, 0, 9)).join('');
  const cdcDv = cdcBody.split('').reduce((s, d, i) => s + Number(d) * (i + 2), 0) % 10;
  const city = pick(rng, holderCities(taxId));
  const commercial = kind === 'CNPJ' ? rng() < 0.8 : rng() < 0.15;
  const rural = rng() < 0.12;
  const address = rural
    ? `${pick(rng, RURAL)}, Zona Rural, ${city.name} - ${city.uf}, ${city.cep}-${pad(int(rng, 0, 999), 3)}`
    : `${pick(rng, STREETS)}, ${int(rng, 10, 2400)} - ${pick(rng, DISTRICTS)}, ${city.name} - ${city.uf}, ${city.cep}-${pad(int(rng, 0, 999), 3)}`;
  const tariffClass: TariffClass = commercial ? 'B3 comercial' : 'B1 residencial';
  const baseKwh = commercial ? int(rng, 600, 3800) : int(rng, 140, 620);
  const minimumKwh = pick(rng, [30, 50, 100]);
  return {
    uc,
    cdc: `${cdcBody}-${cdcDv}`,
    address,
    city,
    tariffClass,
    baseKwh,
    minimumKwh,
    dueDay: pick(rng, [11, 16, 21]),
    kwp: commercial ? int(rng, 20, 75) : int(rng, 4, 15),
  };
}

function holderName(taxId: string, kind: 'CPF' | 'CNPJ'): string {
  const rng = rngFor(`${taxId}|name`);
  if (kind === 'CNPJ') return `${pick(rng, BUSINESS_A)} ${pick(rng, BUSINESS_B)} Ltda`;
  return `${pick(rng, FIRST)} ${pick(rng, LAST)} ${pick(rng, LAST)}`;
}

/** Monthly generation (kWh) of a generator for a month. */
function generationKwh(taxId: string, shape: UnitShape, ym: YearMonth): number {
  const rng = rngFor(`${taxId}|gen|${shape.uc}|${ymKey(ym)}`);
  return Math.round(shape.kwp * 118 * SOLAR_SEASON[ym.month - 1]! * (0.9 + rng() * 0.2));
}

const ALLOWED_DUE_OFFSET = 1; // due in the month after the reference month

/** Measured consumption of a month: the first draw of the invoice's own PRNG (so the GD ledger and the invoice agree). */
function drawConsumption(rng: () => number, shape: UnitShape, ym: YearMonth): number {
  return Math.max(shape.minimumKwh, Math.round(shape.baseKwh * CONSUMPTION_SEASON[ym.month - 1]! * (0.88 + rng() * 0.24)));
}

function consumptionKwh(taxId: string, shape: UnitShape, ym: YearMonth): number {
  return drawConsumption(rngFor(`${taxId}|inv|${shape.uc}|${ymKey(ym)}`), shape, ym);
}

/** `compensatedKwh`: solar credits used on this bill (from the GD ledger; 0 outside any GD group). */
function buildInvoice(taxId: string, shape: UnitShape, ym: YearMonth, index: number, today: CalendarDate, compensatedKwh: number): PortalInvoice {
  const key = ymKey(ym);
  const rng = rngFor(`${taxId}|inv|${shape.uc}|${key}`);
  const kwh = drawConsumption(rng, shape, ym);
  const billedKwh = Math.max(kwh, shape.minimumKwh);
  const adj = readjustment(ym);
  const t = TARIFF[shape.tariffClass];
  const tusd = Math.round(billedKwh * t.tusd * adj);
  const te = Math.round(billedKwh * t.te * adj);
  const items: InvoiceItem[] = [
    { description: `Consumo TUSD (${groupThousands(billedKwh)} kWh)`, amountCents: tusd },
    { description: `Consumo TE (${groupThousands(billedKwh)} kWh)`, amountCents: te },
  ];
  let base = tusd + te;
  const flag = flagOf(ym);
  if (flag.centsPer100 > 0) {
    const cents = Math.round((billedKwh / 100) * flag.centsPer100);
    items.push({ description: `Bandeira tarifária ${flag.name}`, amountCents: cents });
    base += cents;
  }
  if (compensatedKwh > 0) {
    const cents = -Math.round(compensatedKwh * (t.tusd + t.te) * adj);
    items.push({ description: `Energia injetada / compensada (${groupThousands(compensatedKwh)} kWh)`, amountCents: cents });
    base += cents;
  }
  const icmsRate = shape.city.icms;
  items.push({
    description: `ICMS (${String(+(icmsRate * 100).toFixed(1)).replace('.', ',')}%)`,
    amountCents: Math.max(0, Math.round(base * icmsRate)),
  });
  items.push({ description: `CIP/COSIP - Contribuição de iluminação pública`, amountCents: shape.city.cipCents });
  const amountCents = items.reduce((s, i) => s + i.amountCents, 0);

  const dueYm = addMonths(ym, ALLOWED_DUE_OFFSET);
  const dueDate = `${ymKey(dueYm)}-${pad(shape.dueDay)}`;
  const todayIso = isoOf(today);
  let status: InvoiceStatus = 'PAGA';
  if (index === 0) status = dueDate < todayIso ? 'VENCIDA' : 'EM_ABERTO';
  else if (index === 1 && rng() < 0.3) status = dueDate < todayIso ? 'VENCIDA' : 'EM_ABERTO';

  const id = `${shape.uc}${key.replace('-', '')}`;
  const free = dueDate.replace(/-/g, '') + shape.uc + key.replace('-', '') + '1';
  const made = makeArrecadacaoBarcode({ segment: 3, valueId: 8, valueCents: amountCents, company: DISTRIBUTOR.febrabanCode, free });
  if (!made.ok) throw new Error(`barcode: ${made.reason}`);
  let pixCopyPaste: string | null = null;
  if (status !== 'PAGA') {
    const pix = generatePix({
      key: DISTRIBUTOR.cnpj,
      name: DISTRIBUTOR.pixName,
      city: DISTRIBUTOR.pixCity,
      amountCents,
      txid: `FAT${id}`,
      description: `Fatura ${key} UC ${shape.uc}`,
    });
    if (!pix.ok) throw new Error(`pix: ${pix.reason}`);
    pixCopyPaste = pix.value;
  }
  return { id, referenceMonth: key, dueDate, amountCents, kwh, status, barcodeLine: made.line, pixCopyPaste, items };
}

// ---------------------------------------------------------------------------------------------------
// Distributed generation (DOMAIN.md): a monthly credit ledger per GD group, from the plant's connection
// to the current month. Each month the plant's injected energy first compensates the plant's own
// consumption; the surplus is split by the beneficiaries' percentages (whole kWh, rounded down) and
// the rest stays with the plant. Every unit uses what it received first, then its stored credits,
// oldest first; what is left becomes a credit of that origin month, valid for 60 months. Only the
// consumption above the availability minimum can be compensated.

const DAY_MS = 86_400_000;

/** A plant's grid-access request (Lei 14.300: up to 2023-01-07 keeps the old rules) and its connection month. */
function plantDates(taxId: string, uc: string): { accessRequestDate: string; connection: YearMonth } {
  const rng = rngFor(`${taxId}|acesso|${uc}`);
  const early = rng() < 0.45;
  const [from, to] = early ? [Date.UTC(2019, 0, 2), Date.UTC(2022, 11, 23)] : [Date.UTC(2023, 0, 16), Date.UTC(2025, 5, 27)];
  const d = new Date(from + int(rng, 0, Math.round((to - from) / DAY_MS)) * DAY_MS);
  const requested = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  return { accessRequestDate: d.toISOString().slice(0, 10), connection: addMonths(requested, int(rng, 1, 3)) };
}

interface Ledger {
  credits: PortalCredit[];
  /** Compensated kWh by month key. */
  compensated: Map<string, number>;
  received: number;
  lastCompensated: number;
}

/** Uses up to `need` kWh of stored credits, oldest first; returns what was used. */
function drawCredits(ledger: Ledger, need: number): number {
  let used = 0;
  for (const c of ledger.credits) {
    if (used >= need) break;
    const take = Math.min(c.kwh, need - used);
    c.kwh -= take;
    used += take;
  }
  ledger.credits = ledger.credits.filter((c) => c.kwh > 0);
  return used;
}

function runGdGroup(
  taxId: string,
  plant: UnitShape,
  members: Array<{ shape: UnitShape; bp: number }>,
  connection: YearMonth,
  current: YearMonth,
): { plant: Ledger & { injected: number }; members: Ledger[] } {
  const fresh = (): Ledger => ({ credits: [], compensated: new Map(), received: 0, lastCompensated: 0 });
  const p = { ...fresh(), injected: 0 };
  const ms = members.map(fresh);
  const settle = (ledger: Ledger, key: string, received: number, demand: number, extraCompensated = 0) => {
    const now = Math.min(received, demand);
    const fromCredits = drawCredits(ledger, demand - now);
    if (received > now) ledger.credits.push({ originMonth: key, kwh: received - now, expiresMonth: '' });
    const compensated = extraCompensated + now + fromCredits;
    if (compensated > 0) ledger.compensated.set(key, compensated);
    ledger.received = received;
    ledger.lastCompensated = compensated;
  };
  for (let ym = connection; ymKey(ym) <= ymKey(current); ym = addMonths(ym, 1)) {
    const key = ymKey(ym);
    // Credits of origin m expire at m + 60: from that month on they are gone.
    for (const l of [p, ...ms]) l.credits = l.credits.filter((c) => ymKey(addMonths(parseYm(c.originMonth), 60)) > key);
    const injected = generationKwh(taxId, plant, ym);
    const plantDemand = consumptionKwh(taxId, plant, ym) - plant.minimumKwh;
    const own = Math.min(injected, plantDemand);
    const surplus = injected - own;
    const shares = members.map((m) => Math.floor((surplus * m.bp) / 10000));
    const kept = surplus - shares.reduce((a, b) => a + b, 0);
    // The plant: its own use is compensated directly; what it keeps is settled like any credit.
    settle(p, key, kept, plantDemand - own, own);
    p.received = own + kept;
    p.injected = injected;
    members.forEach((m, k) => settle(ms[k]!, key, shares[k]!, consumptionKwh(taxId, m.shape, ym) - m.shape.minimumKwh));
  }
  for (const l of [p, ...ms]) for (const c of l.credits) c.expiresMonth = ymKey(addMonths(parseYm(c.originMonth), 60));
  return { plant: p, members: ms };
}

const parseYm = (key: string): YearMonth => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) });

/**
 * Everything the portal shows for a holder. `units` overrides the number of units (default 3..8
 * derived from the taxId); `today` anchors the current month (default now, in America/Sao_Paulo).
 * Throws on an invalid CPF/CNPJ.
 */
export function holderData(taxId: string, opts: { units?: number; today?: Date } = {}): HolderData {
  const t = normaliseTaxId(taxId);
  if (!t) throw new Error('CPF/CNPJ inválido.');
  const id = t.value;
  const n = Math.max(1, Math.min(500, Math.floor(opts.units ?? defaultUnitCount(id))));
  const today = todayOf(opts.today ?? new Date());
  const current: YearMonth = { year: today.year, month: today.month };

  const taken = new Set<string>();
  const shapes = Array.from({ length: n }, (_, i) => makeUnitShape(id, t.kind, i, taken));

  // About one unit in four is a generator: indices offset, offset + 4, ...
  const offset = hashString(`gen|${id}`) % Math.min(4, n);
  const generatorIdx = shapes.map((_, i) => i).filter((i) => i % 4 === offset);
  const beneficiaries = new Map<number, number[]>(generatorIdx.map((g) => [g, []]));
  shapes.forEach((_, i) => {
    if (generatorIdx.includes(i)) return;
    const rng = rngFor(`${id}|benef|${i}`);
    if (rng() < 0.3) return; // an ordinary unit, outside any GD group
    const g = generatorIdx[i % generatorIdx.length]!;
    beneficiaries.get(g)!.push(i);
  });

  // Percentages in basis points (integers), so the sum is exact and <= 10000.
  const allocation = new Map<number, { parent: number; bp: number }>();
  for (const g of generatorIdx) {
    const list = beneficiaries.get(g)!;
    const rng = rngFor(`${id}|alloc|${g}`);
    if (list.length === 0) continue;
    const keepBp = pick(rng, [0, 0, 1000, 2000, 2500, 3000, 4000, 5000]);
    const weights = list.map(() => 1 + int(rng, 0, 4));
    const total = weights.reduce((a, b) => a + b, 0);
    let left = 10000 - keepBp;
    list.forEach((b, k) => {
      const bp = k === list.length - 1 ? left : Math.floor(((10000 - keepBp) * weights[k]!) / total);
      left -= bp;
      allocation.set(b, { parent: g, bp });
    });
  }

  // Plants are sized for their group: 0.85..1.2 of its usual consumption, in tenths of a kWp.
  for (const g of generatorIdx) {
    const group = [g, ...beneficiaries.get(g)!].map((i) => shapes[i]!);
    const factor = 0.85 + rngFor(`${id}|size|${shapes[g]!.uc}`)() * 0.35;
    shapes[g] = { ...shapes[g]!, kwp: Math.max(1, Math.round((group.reduce((s, u) => s + u.baseKwh, 0) * factor * 10) / 118) / 10) };
  }

  const ledgers = new Map<number, Ledger & { injected?: number }>();
  const plantInfo = new Map<number, { accessRequestDate: string; connection: YearMonth }>();
  for (const g of generatorIdx) {
    const dates = plantDates(id, shapes[g]!.uc);
    plantInfo.set(g, dates);
    const members = beneficiaries.get(g)!.map((i) => ({ i, shape: shapes[i]!, bp: allocation.get(i)!.bp }));
    const run = runGdGroup(id, shapes[g]!, members, dates.connection, current);
    ledgers.set(g, run.plant);
    members.forEach((m, k) => ledgers.set(m.i, run.members[k]!));
  }

  const units: PortalUnit[] = shapes.map((shape, i) => {
    const isGenerator = generatorIdx.includes(i);
    const alloc = allocation.get(i) ?? null;
    const ledger = ledgers.get(i) ?? null;
    const invoices = Array.from({ length: 24 }, (_, k) => {
      const ym = addMonths(current, -k);
      return buildInvoice(id, shape, ym, k, today, ledger?.compensated.get(ymKey(ym)) ?? 0);
    });
    const credits = ledger ? ledger.credits.map((c) => ({ ...c })) : [];
    const plant = plantInfo.get(i);
    return {
      uc: shape.uc,
      cdc: shape.cdc,
      address: shape.address,
      city: shape.city.name,
      uf: shape.city.uf,
      tariffClass: shape.tariffClass,
      generator: isGenerator,
      parentUc: alloc ? shapes[alloc.parent]!.uc : null,
      allocationPercent: alloc ? alloc.bp / 100 : null,
      accessRequestDate: plant?.accessRequestDate ?? null,
      connectionMonth: plant ? ymKey(plant.connection) : null,
      gd: ledger
        ? { referenceMonth: ymKey(current), injectedKwh: isGenerator ? (ledger.injected ?? 0) : null, receivedKwh: ledger.received, compensatedKwh: ledger.lastCompensated }
        : null,
      creditBalanceKwh: credits.reduce((s, c) => s + c.kwh, 0),
      invoices,
      credits,
    };
  });
  return { taxId: id, taxIdFormatted: t.formatted, kind: t.kind, name: holderName(id, t.kind), units };
}

/** Display form of an invoice line ('83890000001-3 59900090202-1 ...'). */
export const formatLine = (line: string) => formatBoletoLine(line) ?? line;

export const STATUS_LABEL: Record<InvoiceStatus, string> = { PAGA: 'Paga', EM_ABERTO: 'Em aberto', VENCIDA: 'Vencida' };
