import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Client as Pg } from 'pg';
import { generateCnpj } from '@prumo/br';
import { countStatements, runInTenant } from '@prumo/kit';
import { eventually, gql, gqlOk } from '@prumo/kit/testing';
import { nfeCancellationXml, nfeXml, nfseXml, receiptPng, truncated, xmlBomb } from '../../subgraphs/documents/test/fixtures';
import { startStack, type Stack } from '../stack';
import { signUp, type SignedUp } from './helpers';

let stack: Stack;
let owner: SignedUp;
let cnpj: string;
let db: Pg;

beforeAll(async () => {
  stack = await startStack();
  cnpj = generateCnpj();
  owner = await signUp(stack.graphqlUrl, { taxId: cnpj, companyName: 'Padaria da Ana MEI' });
  db = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
}, 60_000);
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

const DOC = `id status stage kind direction fileType method failureReason countsAsRevenue cancelled accessKey competenceMonth totalCents
  issuer { taxId name } recipient { taxId } fields { name value confidence source } items { description total { cents } } history { stage } fileUrl`;

async function upload(token: string, filename: string, bytes: Buffer, contentType = 'application/xml') {
  const t = await gql(stack.graphqlUrl, `mutation($i: CreateUploadInput!) { createUpload(input: $i) { documentId uploadUrl } }`, { i: { filename, contentType, size: Math.max(1, bytes.length) } }, { token });
  if (!t.data) throw new Error(JSON.stringify(t.errors));
  const put = await fetch(t.data.createUpload.uploadUrl, { method: 'PUT', body: bytes });
  return { documentId: t.data.createUpload.documentId as string, put };
}

async function uploadAndWait(token: string, filename: string, bytes: Buffer, contentType?: string) {
  const { documentId, put } = await upload(token, filename, bytes, contentType);
  expect(put.status).toBe(200);
  const done = await gql(stack.graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { id status } }`, { id: documentId }, { token });
  const id = done.data!.completeUpload.id;
  return eventually(async () => {
    const r = await gql(stack.graphqlUrl, `query($id: ID!) { document(id: $id) { ${DOC} } }`, { id }, { token });
    const d = r.data?.document;
    return d && (d.status === 'PROCESSED' || d.status === 'FAILED') ? d : null;
  }, 30_000);
}

const limit = async (token: string) => (await gql(stack.graphqlUrl, `query { meiLimit(year: 2026) { revenueCents status percent } }`, {}, { token })).data!.meiLimit;

test('upload an issued NF-e: live stages through the router, fields, revenue, limit status', async () => {
  const { xml, accessKey } = nfeXml({ issuerCnpj: cnpj, issuerName: 'Padaria da Ana MEI', recipientTaxId: '11444777000161', recipientName: 'Cliente Teste Ltda', issuedAt: '2026-03-15T10:30:00-03:00', totalCents: 5_670_000, crtMei: true });
  const { documentId } = await upload(owner.token, 'nota-issued.xml', Buffer.from(xml));

  const events: any[] = [];
  const ws: Client = createClient({ url: stack.graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${owner.token}` }, retryAttempts: 0 });
  let complete = false;
  ws.subscribe(
    { query: `subscription($id: ID!) { documentProcessing(documentId: $id) { seq state stage percent message document { id kind totalCents fields { name value } } } }`, variables: { id: documentId } },
    { next: (v) => events.push(v.data?.documentProcessing ?? v), error: (e) => events.push({ error: String(e) }), complete: () => (complete = true) },
  );
  await eventually(async () => events.length >= 1);
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { status } }`, { id: documentId }, { token: owner.token });
  await eventually(async () => complete, 30_000);
  await ws.dispose();

  const stages = events.map((e) => e.stage);
  expect(stages.at(-1)).toBe('SAVED');
  expect(stages).toEqual(expect.arrayContaining(['STORED', 'PARSED', 'SAVED']));
  const seqs = events.map((e) => e.seq).filter((s) => s > 0);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  const last = events.at(-1);
  expect(last).toMatchObject({ state: 'DONE', percent: 100, document: { id: documentId, kind: 'NFE', totalCents: 5_670_000 } });
  expect(last.document.fields).toEqual(expect.arrayContaining([{ name: 'accessKey', value: accessKey }]));

  const doc = (await gql(stack.graphqlUrl, `query($id: ID!) { document(id: $id) { ${DOC} } }`, { id: documentId }, { token: owner.token })).data!.document;
  expect(doc).toMatchObject({ status: 'PROCESSED', kind: 'NFE', direction: 'ISSUED', method: 'XML', countsAsRevenue: true, competenceMonth: '2026-03', accessKey });
  expect(doc.fields.every((f: any) => f.confidence === 1 && f.source === 'XML')).toBe(true);
  expect(await (await fetch(doc.fileUrl)).text()).toContain(accessKey);
  const l = await eventually(async () => {
    const v = await limit(owner.token);
    return v.revenueCents === 5_670_000 ? v : null;
  });
  expect(l).toMatchObject({ status: 'ATTENTION', percent: 70 });
}, 60_000);

test('received documents do not count; NFS-e count by competence month; cancellation voids revenue', async () => {
  const received = nfeXml({ issuerCnpj: '11444777000161', issuerName: 'Fornecedor', recipientTaxId: cnpj, recipientName: 'Padaria da Ana', issuedAt: '2026-04-01T09:00:00-03:00', totalCents: 99_999 });
  const r = await uploadAndWait(owner.token, 'recebida.xml', Buffer.from(received.xml));
  expect(r).toMatchObject({ direction: 'RECEIVED', countsAsRevenue: false });

  const nfse = nfseXml({ providerCnpj: cnpj, providerName: 'Padaria da Ana MEI', takerTaxId: '11444777000161', totalCents: 100_000, issuedAt: '2026-05-02T10:00:00-03:00', competence: '2026-04-30', number: 7, mei: true });
  const s = await uploadAndWait(owner.token, 'servico.xml', Buffer.from(nfse.xml));
  expect(s).toMatchObject({ kind: 'NFSE', direction: 'ISSUED', competenceMonth: '2026-04', countsAsRevenue: true });
  const april = await eventually(async () => {
    const v = await gql(stack.graphqlUrl, `query { revenue(month: "2026-04") { totalCents } }`, {}, { token: owner.token });
    return v.data!.revenue.totalCents === 100_000 ? v.data!.revenue : null;
  });
  expect(april.totalCents).toBe(100_000);

  const issued = nfeXml({ issuerCnpj: cnpj, issuerName: 'Padaria da Ana', recipientTaxId: '11444777000161', issuedAt: '2026-06-10T12:00:00-03:00', totalCents: 300_000, number: 99 });
  await uploadAndWait(owner.token, 'junho.xml', Buffer.from(issued.xml));
  await eventually(async () => (await gql(stack.graphqlUrl, `query { revenue(month: "2026-06") { totalCents } }`, {}, { token: owner.token })).data!.revenue.totalCents === 300_000);
  const c = await uploadAndWait(owner.token, 'cancelamento.xml', Buffer.from(nfeCancellationXml(issued.accessKey, '2026-06-11T08:00:00-03:00')));
  expect(c.kind).toBe('NFE_CANCELLATION');
  await eventually(async () => (await gql(stack.graphqlUrl, `query { revenue(month: "2026-06") { totalCents } }`, {}, { token: owner.token })).data!.revenue.totalCents === 0);
  const list = await gql(stack.graphqlUrl, `query { documents(filter: { kind: NFE, direction: ISSUED }) { nodes { accessKey cancelled countsAsRevenue } } }`, {}, { token: owner.token });
  expect(list.data!.documents.nodes.find((n: any) => n.accessKey === issued.accessKey)).toEqual({ accessKey: issued.accessKey, cancelled: true, countsAsRevenue: false });
}, 90_000);

test('the same file twice returns the existing document; editing the amount re-records revenue (audited)', async () => {
  const { xml } = nfeXml({ issuerCnpj: cnpj, issuerName: 'Padaria da Ana', recipientTaxId: '11444777000161', issuedAt: '2026-07-03T12:00:00-03:00', totalCents: 10_000, number: 501 });
  const first = await uploadAndWait(owner.token, 'a.xml', Buffer.from(xml));
  const again = await upload(owner.token, 'a-copia.xml', Buffer.from(xml));
  const dup = await gql(stack.graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { id } }`, { id: again.documentId }, { token: owner.token });
  expect(dup.data!.completeUpload.id).toBe(first.id);
  const edit = await gql(stack.graphqlUrl, `mutation($id: ID!) { updateDocumentFields(id: $id, fields: [{ name: "totalCents", value: "12500" }]) { totalCents fields { name value edited source } } }`, { id: first.id }, { token: owner.token });
  expect(edit.data!.updateDocumentFields.totalCents).toBe(12_500);
  expect(edit.data!.updateDocumentFields.fields).toEqual(expect.arrayContaining([{ name: 'totalCents', value: '12500', edited: true, source: 'USER' }]));
  await eventually(async () => (await gql(stack.graphqlUrl, `query { revenue(month: "2026-07") { totalCents } }`, {}, { token: owner.token })).data!.revenue.totalCents === 12_500);
  const audit = await db.query(`select field, old_value, new_value from documents.document_field_edits where document_id = $1`, [first.id]);
  expect(audit.rows).toEqual([{ field: 'totalCents', old_value: '10000', new_value: '12500' }]);
  const bad = await gql(stack.graphqlUrl, `mutation($id: ID!) { updateDocumentFields(id: $id, fields: [{ name: "issuerTaxId", value: "11.444.777/0001-62" }, { name: "totalCents", value: "-5" }]) { id } }`, { id: first.id }, { token: owner.token });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { issuerTaxId: expect.stringContaining('inválido'), totalCents: expect.any(String) } });
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { deleteDocument(id: $id) }`, { id: first.id }, { token: owner.token });
  await eventually(async () => (await gql(stack.graphqlUrl, `query { revenue(month: "2026-07") { totalCents } }`, {}, { token: owner.token })).data!.revenue.totalCents === 0);
}, 60_000);

const monthRevenue = async (month: string) =>
  (await gql(stack.graphqlUrl, `query($m: String!) { revenue(month: $m) { totalCents } }`, { m: month }, { token: owner.token })).data!.revenue.totalCents as number;

test('two files of one invoice count once, whatever each went through: an edit of one applies, deleting one keeps the other counted', async () => {
  // The same NF-e from the SEFAZ portal and from the ERP: same access key, different bytes.
  const { xml } = nfeXml({ issuerCnpj: cnpj, issuerName: 'Padaria da Ana', recipientTaxId: '11444777000161', issuedAt: '2026-02-09T12:00:00-03:00', totalCents: 40_000, number: 601 });
  const a = await uploadAndWait(owner.token, 'nota-601-portal.xml', Buffer.from(xml));
  const b = await uploadAndWait(owner.token, 'nota-601-erp.xml', Buffer.from(`${xml}\n\n`));
  expect(b.id).not.toBe(a.id);
  expect([a.countsAsRevenue, b.countsAsRevenue]).toEqual([true, true]);
  await eventually(async () => (await monthRevenue('2026-02')) === 40_000);
  // The second file is read again a few times (its own version moves ahead of the first's)...
  for (let i = 0; i < 3; i++) {
    await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { reprocessDocument(id: $id) { id } }`, { id: b.id }, { token: owner.token });
    await eventually(async () => (await gql(stack.graphqlUrl, `query($id: ID!) { document(id: $id) { status } }`, { id: b.id }, { token: owner.token })).data?.document.status === 'PROCESSED', 30_000);
  }
  // ...and a correction of the first still reaches the ledger.
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { updateDocumentFields(id: $id, fields: [{ name: "totalCents", value: "45000" }]) { id } }`, { id: a.id }, { token: owner.token });
  await eventually(async () => (await monthRevenue('2026-02')) === 45_000);
  // Deleting one file leaves the invoice counted from the other; deleting both voids it.
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { deleteDocument(id: $id) }`, { id: a.id }, { token: owner.token });
  await eventually(async () => (await monthRevenue('2026-02')) === 40_000);
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { deleteDocument(id: $id) }`, { id: b.id }, { token: owner.token });
  await eventually(async () => (await monthRevenue('2026-02')) === 0);
}, 120_000);

test('invoices and their cancellations uploaded together: every invoice ends cancelled and uncounted', async () => {
  const pairs = [1, 2, 3, 4].map((i) =>
    nfeXml({ issuerCnpj: cnpj, issuerName: 'Padaria da Ana', recipientTaxId: '11444777000161', issuedAt: `2026-10-0${i}T12:00:00-03:00`, totalCents: 10_000 * i, number: 700 + i }),
  );
  const uploads = await Promise.all(
    pairs.flatMap((p, i) => [
      upload(owner.token, `nota-${700 + i}.xml`, Buffer.from(p.xml)),
      upload(owner.token, `cancelamento-${700 + i}.xml`, Buffer.from(nfeCancellationXml(p.accessKey, `2026-10-0${i + 1}T18:00:00-03:00`))),
    ]),
  );
  // Both files of each pair are queued at once, so the extraction worker reads them side by side.
  await Promise.all(uploads.map((u) => gqlOk(stack.graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { id } }`, { id: u.documentId }, { token: owner.token })));
  await eventually(async () => {
    const r = await gql(stack.graphqlUrl, `query { documents(filter: { kind: NFE, direction: ISSUED }, first: 100) { nodes { accessKey status cancelled countsAsRevenue } } }`, {}, { token: owner.token });
    const mine = (r.data?.documents.nodes ?? []).filter((n: any) => pairs.some((p) => p.accessKey === n.accessKey));
    return mine.length === pairs.length && mine.every((n: any) => n.status === 'PROCESSED') ? mine : null;
  }, 60_000);
  // The ledger settles: whatever order the files were read in, nothing of October counts.
  await eventually(async () => {
    const r = await gql(stack.graphqlUrl, `query { documents(filter: { kind: NFE, direction: ISSUED }, first: 100) { nodes { accessKey cancelled countsAsRevenue } } }`, {}, { token: owner.token });
    const mine = r.data!.documents.nodes.filter((n: any) => pairs.some((p) => p.accessKey === n.accessKey));
    return mine.every((n: any) => n.cancelled && !n.countsAsRevenue) && (await monthRevenue('2026-10')) === 0;
  }, 30_000);
}, 120_000);

test('bad files fail with a pt-BR reason and keep the file; 21 MB is refused; zero bytes fails', async () => {
  const cases: Array<[string, Buffer, RegExp]> = [
    ['wrong magic bytes', Buffer.from('MZ\x90\x00 not a document at all'), /não suportado/i],
    ['truncated XML', Buffer.from(truncated(nfeXml({ issuerCnpj: cnpj, issuerName: 'X', issuedAt: '2026-01-01T00:00:00-03:00', totalCents: 1 }).xml)), /corromp|incomplet|inválid/i],
    ['XML bomb', Buffer.from(xmlBomb()), /DTD|entidade|segur/i],
    ['zero bytes', Buffer.alloc(0), /vazio/i],
  ];
  for (const [name, bytes, reason] of cases) {
    const d = await uploadAndWait(owner.token, `${name}.xml`, bytes);
    expect([name, d.status]).toEqual([name, 'FAILED']);
    expect(d.failureReason).toMatch(reason);
    expect(d.countsAsRevenue).toBe(false);
  }
  const big = await upload(owner.token, 'grande.pdf', Buffer.alloc(21 * 1024 * 1024, 0x25), 'application/pdf').catch((e) => e);
  expect(String(big)).toMatch(/20 MB/);
  const ok = await gql(stack.graphqlUrl, `mutation { createUpload(input: { filename: "x.pdf", contentType: "application/pdf", size: 1000 }) { documentId uploadUrl } }`, {}, { token: owner.token });
  const put = await fetch(ok.data!.createUpload.uploadUrl, { method: 'PUT', body: Buffer.alloc(21 * 1024 * 1024, 1) });
  expect(put.status).toBe(413);
  const done = await gql(stack.graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { id } }`, { id: ok.data!.createUpload.documentId }, { token: owner.token });
  expect(done.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const replay = await fetch(ok.data!.createUpload.uploadUrl, { method: 'PUT', body: Buffer.from('<a/>') });
  expect(replay.status).toBe(200); // the failed oversize attempt did not consume the one-time URL
  const used = await fetch(ok.data!.createUpload.uploadUrl, { method: 'PUT', body: Buffer.from('<a/>') });
  expect(used.status).toBe(404); // one time only
}, 90_000);

test('a receipt image is read by OCR in Portuguese, with confidences', async () => {
  const png = await receiptPng({ issuerCnpj: cnpj, issuerName: 'PADARIA DA ANA', totalCents: 4_590, issuedAt: '2026-08-05T08:00:00-03:00' });
  const d = await uploadAndWait(owner.token, 'cupom.png', png, 'image/png');
  expect(d).toMatchObject({ status: 'PROCESSED', method: 'OCR', fileType: 'PNG', totalCents: 4_590 });
  const total = d.fields.find((f: any) => f.name === 'totalCents');
  expect(total.source).toBe('OCR');
  expect(total.confidence).toBeGreaterThan(0.3);
  expect(total.confidence).toBeLessThan(1);
}, 90_000);

test('isolation: another account never sees, finds or counts these documents; the list is batched', async () => {
  const other = await signUp(stack.graphqlUrl);
  const planted = nfeXml({ issuerCnpj: cnpj, issuerName: 'SEGREDO PLANTADO', recipientTaxId: '11444777000161', issuedAt: '2026-09-01T12:00:00-03:00', totalCents: 777_777, number: 777 });
  const mine = await uploadAndWait(owner.token, 'plantado.xml', Buffer.from(planted.xml));
  const seen = await gql(stack.graphqlUrl, `query($id: ID!) { document(id: $id) { id } }`, { id: mine.id }, { token: other.token });
  expect(seen.data).toEqual({ document: null });
  const search = await gql(stack.graphqlUrl, `query { documents(filter: { search: "segredo plantado" }) { nodes { id } } }`, {}, { token: other.token });
  expect(search.data!.documents.nodes).toEqual([]);
  const own = await gql(stack.graphqlUrl, `query { documents(filter: { search: "segredo plantado" }) { nodes { id } } }`, {}, { token: owner.token });
  expect(own.data!.documents.nodes).toEqual([{ id: mine.id }]);
  const del = await gql(stack.graphqlUrl, `mutation($id: ID!) { deleteDocument(id: $id) }`, { id: mine.id }, { token: other.token });
  expect(del.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await limit(other.token)).revenueCents).toBe(0);
  // The revenue entries documents keeps per invoice: the other tenant sees none of them (RLS).
  const entries = `select count(*)::int as n from documents.revenue_sources where tenant_id = $1`;
  expect((await db.query(entries, [owner.accountId])).rows[0].n).toBeGreaterThan(0);
  expect((await runInTenant(stack.subgraphs.documents.deps.ds, other.accountId, (em) => em.query(entries, [owner.accountId])))[0].n).toBe(0);
  await expect(
    runInTenant(stack.subgraphs.documents.deps.ds, other.accountId, (em) =>
      em.query(`insert into documents.revenue_sources (tenant_id, source_id) values ($1, 'doc:planted')`, [owner.accountId]),
    ),
  ).rejects.toThrow(/row-level security/);

  // A page of 20 documents with fields, items and history: a constant number of statements.
  const { statements } = await countStatements(() =>
    gql(stack.graphqlUrl, `query { documents(first: 20) { nodes { id fields { name } items { description } history { stage } } } }`, {}, { token: owner.token }),
  );
  // Counted across the router hop (the request carries the counting scope): never zero, never per row.
  expect(statements).toBeGreaterThan(0);
  expect(statements).toBeLessThanOrEqual(20); // 4 queries x (begin, set_config, select, commit)
}, 60_000);
