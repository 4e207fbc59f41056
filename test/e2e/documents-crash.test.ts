// A documents worker killed (SIGKILL) in the middle of reading a document: another worker retries
// the job, and the document ends processed once — no duplicate fields, history or events.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Client as Pg } from 'pg';
import { generateCnpj } from '@prumo/br';
import { createRedis, liveChannel } from '@prumo/kit';
import { eventually, gql, gqlOk } from '@prumo/kit/testing';
import { scannedPdf } from '../../subgraphs/documents/test/fixtures';
import { startStack, type Stack } from '../stack';
import { signUp } from './helpers';

const ROOT = resolve(__dirname, '../..');
let stack: Stack;
let db: Pg;
const children: ChildProcess[] = [];

function worker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [resolve(ROOT, 'subgraphs/documents/dist/main.js')], {
    env: { ...process.env, ...env, PROCESS_ROLE: 'worker', DOCUMENTS_PORT: '0', LOG_LEVEL: 'warn', DOCUMENTS_JOB_LOCK_MS: '1500', DOCUMENTS_STALLED_CHECK_MS: '1000' },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

beforeAll(async () => {
  // The in-process stack serves the API; extraction runs only in the child workers of this test.
  stack = await startStack({ roles: { documents: 'server' } });
  db = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
}, 60_000);
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await db?.end();
  await stack?.stop();
});

test('SIGKILL mid-OCR -> the job is retried by another worker; one result, no duplicates', async () => {
  const cnpj = generateCnpj();
  const owner = await signUp(stack.graphqlUrl, { taxId: cnpj });
  // Three pages of OCR: long enough to kill the worker in the middle.
  const pdf = await scannedPdf({ issuerCnpj: cnpj, issuerName: 'PADARIA DA ANA', totalCents: 12_345, issuedAt: '2026-05-05T08:00:00-03:00' });
  const t = await gql(stack.graphqlUrl, `mutation($i: CreateUploadInput!) { createUpload(input: $i) { documentId uploadUrl } }`, { i: { filename: 'cupom.pdf', contentType: 'application/pdf', size: pdf.length } }, { token: owner.token });
  const id = t.data!.createUpload.documentId;
  await fetch(t.data!.createUpload.uploadUrl, { method: 'PUT', body: pdf });

  const env = Object.fromEntries(Object.entries(stack.env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const sub = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const stages: string[] = [];
  sub.on('message', (_c, m) => stages.push(JSON.parse(m).stage));
  await sub.subscribe(liveChannel(owner.accountId, 'document', id));
  const first = worker(env);
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { id } }`, { id }, { token: owner.token });
  await eventually(async () => stages.includes('OCR') || stages.includes('TEXT') || stages.includes('FIELDS'), 30_000, 5);
  first.kill('SIGKILL');
  const killedAt = stages.length;
  expect(stages).not.toContain('SAVED');

  worker(env);
  const doc = await eventually(async () => {
    const r = await gql(stack.graphqlUrl, `query($id: ID!) { document(id: $id) { status method totalCents fields { name } history { stage } } }`, { id }, { token: owner.token });
    return r.data?.document.status === 'PROCESSED' ? r.data.document : null;
  }, 60_000);
  sub.disconnect();
  expect(stages.length).toBeGreaterThan(killedAt);
  expect(doc).toMatchObject({ status: 'PROCESSED', method: 'OCR', totalCents: 12_345 });
  const names = doc.fields.map((f: any) => f.name);
  expect(names).toEqual([...new Set(names)]);
  expect(doc.history.filter((h: any) => h.stage === 'SAVED')).toHaveLength(1);
  const rows = await db.query(`select count(*)::int as n from documents.document_fields where document_id = $1 and name = 'totalCents'`, [id]);
  expect(rows.rows[0].n).toBe(1);
}, 120_000);
