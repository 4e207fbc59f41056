// Synthetic fiscal XML (NF-e, NFC-e, national NFS-e and their cancellation events) with valid keys:
// used by the tests as fixtures and by the demo seed of `npm start`. No real personal data.

import { formatDecimalDot, generateNfeKey } from '@prumo/br';

export const NS_NFE = 'http://www.portalfiscal.inf.br/nfe';
export const NS_NFSE = 'http://www.sped.fazenda.gov.br/nfse';
export const NS_DSIG = 'http://www.w3.org/2000/09/xmldsig#';

/** Test identities (valid check digits, not real people or companies). */
export const TEST_CNPJ = '11444777000161';
export const TEST_CNPJ_2 = '11222333000181';
export const TEST_CPF = '52998224725';

export interface FixtureItem {
  code: string;
  description: string;
  ncm: string;
  cfop: string;
  /** XML decimal, e.g. '2.0000'. */
  quantity: string;
  /** XML decimal with up to 10 places, e.g. '10.5000000000'. */
  unitPrice: string;
  totalCents: number;
}

export interface NfeFixtureOptions {
  issuerCnpj: string;
  issuerName: string;
  recipientTaxId?: string;
  recipientName?: string;
  /** ISO with offset, e.g. '2026-03-15T10:30:00-03:00'. */
  issuedAt: string;
  totalCents: number;
  items?: FixtureItem[];
  model?: 55 | 65;
  series?: number;
  number?: number;
  operation?: 'EXIT' | 'ENTRY';
  /** protNFe/infProt/cStat; null -> a bare NFe without protNFe. Default '100'. */
  cStat?: string | null;
  crtMei?: boolean;
  withReformGroups?: boolean;
  /** Namespace prefix variant: every NF-e element written as `${prefix}:name`. */
  prefix?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dec = (cents: number) => formatDecimalDot(cents)!;
const digits = (s: string) => s.replace(/\D/g, '');

export function makeNfeKey(opts: { issuerCnpj: string; issuedAt: string; model?: 55 | 65; series?: number; number?: number }): string {
  const r = generateNfeKey({
    uf: 'SP',
    yearMonth: opts.issuedAt.slice(0, 7),
    issuerTaxId: opts.issuerCnpj,
    model: opts.model ?? 55,
    series: opts.series ?? 1,
    number: opts.number ?? 1234,
    emissionType: 1,
    code: ((opts.number ?? 1234) * 7919) % 100_000_000,
  });
  if (!r.ok) throw new Error(`fixture key: ${r.message}`);
  return r.value;
}

function partyXml(tag: string, taxId: string): string {
  const d = taxId.replace(/[.\-/\s]/g, '').toUpperCase();
  return d.length === 11 ? `<CPF>${d}</CPF>` : `<${tag}>${d}</${tag}>`;
}

/** An NF-e/NFC-e (nfeProc with protNFe unless cStat is null), with a valid access key. */
export function nfeXml(opts: NfeFixtureOptions): { xml: string; accessKey: string } {
  const model = opts.model ?? 55;
  const series = opts.series ?? 1;
  const number = opts.number ?? 1234;
  const accessKey = makeNfeKey({ issuerCnpj: opts.issuerCnpj, issuedAt: opts.issuedAt, model, series, number });
  const items: FixtureItem[] = opts.items ?? [
    {
      code: 'P001',
      description: 'PRODUTO DE TESTE',
      ncm: '21069090',
      cfop: '5102',
      quantity: '1.0000',
      unitPrice: dec(opts.totalCents),
      totalCents: opts.totalCents,
    },
  ];
  const reform = opts.withReformGroups === true;
  const det = items
    .map(
      (it, i) => `
      <det nItem="${i + 1}">
        <prod>
          <cProd>${esc(it.code)}</cProd><cEAN>SEM GTIN</cEAN><xProd>${esc(it.description)}</xProd>
          <NCM>${it.ncm}</NCM><CFOP>${it.cfop}</CFOP><uCom>UN</uCom>
          <qCom>${it.quantity}</qCom><vUnCom>${it.unitPrice}</vUnCom><vProd>${dec(it.totalCents)}</vProd>
          <cEANTrib>SEM GTIN</cEANTrib><uTrib>UN</uTrib><qTrib>${it.quantity}</qTrib><vUnTrib>${it.unitPrice}</vUnTrib><indTot>1</indTot>
        </prod>
        <imposto>
          <ICMS><ICMSSN102><orig>0</orig><CSOSN>102</CSOSN></ICMSSN102></ICMS>
          <PIS><PISOutr><CST>99</CST><vBC>0.00</vBC><pPIS>0.0000</pPIS><vPIS>0.00</vPIS></PISOutr></PIS>
          <COFINS><COFINSOutr><CST>99</CST><vBC>0.00</vBC><pCOFINS>0.0000</pCOFINS><vCOFINS>0.00</vCOFINS></COFINSOutr></COFINS>${
            reform
              ? `
          <IBSCBS><CST>000</CST><cClassTrib>000001</cClassTrib>
            <gIBSCBS><vBC>${dec(it.totalCents)}</vBC>
              <gIBSUF><pIBSUF>0.1000</pIBSUF><vIBSUF>0.00</vIBSUF></gIBSUF>
              <gIBSMun><pIBSMun>0.0000</pIBSMun><vIBSMun>0.00</vIBSMun></gIBSMun>
              <vIBS>0.00</vIBS>
              <gCBS><pCBS>0.9000</pCBS><vCBS>0.00</vCBS></gCBS>
            </gIBSCBS>
          </IBSCBS>`
              : ''
          }
        </imposto>
      </det>`,
    )
    .join('');
  const dest =
    opts.recipientTaxId !== undefined
      ? `
      <dest>
        ${partyXml('CNPJ', opts.recipientTaxId)}
        <xNome>${esc(opts.recipientName ?? 'DESTINATARIO DE TESTE')}</xNome>
        <enderDest><xLgr>RUA B</xLgr><nro>20</nro><xBairro>CENTRO</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun><UF>SP</UF><CEP>01001000</CEP><cPais>1058</cPais><xPais>BRASIL</xPais></enderDest>
        <indIEDest>9</indIEDest>
      </dest>`
      : '';
  const infNFe = `
    <infNFe versao="4.00" Id="NFe${accessKey}">
      <ide>
        <cUF>35</cUF><cNF>${accessKey.slice(35, 43)}</cNF><natOp>VENDA DE MERCADORIA</natOp><mod>${model}</mod>
        <serie>${series}</serie><nNF>${number}</nNF><dhEmi>${opts.issuedAt}</dhEmi>
        <tpNF>${opts.operation === 'ENTRY' ? 0 : 1}</tpNF><idDest>1</idDest><cMunFG>3550308</cMunFG>
        <tpImp>${model === 65 ? 4 : 1}</tpImp><tpEmis>1</tpEmis><cDV>${accessKey[43]}</cDV><tpAmb>2</tpAmb>
        <finNFe>1</finNFe><indFinal>1</indFinal><indPres>1</indPres><procEmi>0</procEmi><verProc>prumo-test</verProc>
      </ide>
      <emit>
        <CNPJ>${digits(opts.issuerCnpj)}</CNPJ>
        <xNome>${esc(opts.issuerName)}</xNome><xFant>${esc(opts.issuerName.split(' ')[0] ?? opts.issuerName)}</xFant>
        <enderEmit><xLgr>RUA A</xLgr><nro>10</nro><xBairro>CENTRO</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun><UF>SP</UF><CEP>01001000</CEP><cPais>1058</cPais><xPais>BRASIL</xPais></enderEmit>
        <IE>123456789110</IE><CRT>${opts.crtMei ? 4 : 1}</CRT>
      </emit>${dest}${det}
      <total>
        <ICMSTot>
          <vBC>0.00</vBC><vICMS>0.00</vICMS><vICMSDeson>0.00</vICMSDeson><vFCP>0.00</vFCP><vBCST>0.00</vBCST><vST>0.00</vST>
          <vFCPST>0.00</vFCPST><vFCPSTRet>0.00</vFCPSTRet><vProd>${dec(items.reduce((s, i) => s + i.totalCents, 0))}</vProd>
          <vFrete>0.00</vFrete><vSeg>0.00</vSeg><vDesc>0.00</vDesc><vII>0.00</vII><vIPI>0.00</vIPI><vIPIDevol>0.00</vIPIDevol>
          <vPIS>0.00</vPIS><vCOFINS>0.00</vCOFINS><vOutro>0.00</vOutro><vNF>${dec(opts.totalCents)}</vNF>
        </ICMSTot>${
          reform
            ? `
        <IBSCBSTot><vBCIBSCBS>${dec(opts.totalCents)}</vBCIBSCBS>
          <gIBS><gIBSUF><vDif>0.00</vDif><vDevTrib>0.00</vDevTrib><vIBSUF>0.00</vIBSUF></gIBSUF>
            <gIBSMun><vDif>0.00</vDif><vDevTrib>0.00</vDevTrib><vIBSMun>0.00</vIBSMun></gIBSMun><vIBS>0.00</vIBS><vCredPres>0.00</vCredPres><vCredPresCondSus>0.00</vCredPresCondSus></gIBS>
          <gCBS><vDif>0.00</vDif><vDevTrib>0.00</vDevTrib><vCBS>0.00</vCBS><vCredPres>0.00</vCredPres><vCredPresCondSus>0.00</vCredPresCondSus></gCBS>
        </IBSCBSTot>
        <vNFTot>${dec(opts.totalCents)}</vNFTot>`
            : ''
        }
      </total>
      <transp><modFrete>9</modFrete></transp>
      <pag><detPag><tPag>17</tPag><vPag>${dec(opts.totalCents)}</vPag></detPag></pag>
      <infAdic><infCpl>Documento emitido por ME ou EPP optante pelo Simples Nacional &amp; teste</infCpl></infAdic>
    </infNFe>`;
  const signature = `
    <Signature xmlns="${NS_DSIG}"><SignedInfo><Reference URI="#NFe${accessKey}"><DigestValue>AAAA</DigestValue></Reference></SignedInfo><SignatureValue>AAAA</SignatureValue></Signature>`;
  const cStat = opts.cStat === undefined ? '100' : opts.cStat;
  const nfe = `<NFe>${infNFe}${signature}
  </NFe>`;
  const prot =
    cStat === null
      ? ''
      : `
  <protNFe versao="4.00">
    <infProt>
      <tpAmb>2</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic><chNFe>${accessKey}</chNFe><dhRecbto>${opts.issuedAt}</dhRecbto>
      ${cStat === '100' || cStat === '150' ? '<nProt>135260000012345</nProt><digVal>AAAA</digVal>' : ''}
      <cStat>${cStat}</cStat><xMotivo>${cStat === '100' ? 'Autorizado o uso da NF-e' : 'Rejeicao'}</xMotivo>
    </infProt>
  </protNFe>`;
  let xml =
    cStat === null
      ? `<?xml version="1.0" encoding="UTF-8"?>\n${nfe.replace('<NFe>', `<NFe xmlns="${NS_NFE}">`)}`
      : `<?xml version="1.0" encoding="UTF-8"?>\n<nfeProc versao="4.00" xmlns="${NS_NFE}">\n  ${nfe}${prot}\n</nfeProc>\n`;
  if (opts.prefix) xml = prefixElements(xml, opts.prefix);
  return { xml, accessKey };
}

/**
 * Rewrites the NF-e elements with a namespace prefix: `<nfeProc xmlns="...">` becomes
 * `<p:nfeProc xmlns:p="...">`; the Signature keeps its own default namespace.
 */
function prefixElements(xml: string, prefix: string): string {
  let inSignature = 0;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)([^>]*)>/g, (whole, slash: string, name: string, rest: string) => {
    if (name === 'xml') return whole;
    if (name === 'Signature') {
      inSignature += slash ? -1 : 1;
      return whole;
    }
    if (inSignature > 0) return whole;
    const attrs = rest.replace(` xmlns="${NS_NFE}"`, ` xmlns:${prefix}="${NS_NFE}"`);
    return `<${slash}${prefix}:${name}${attrs}>`;
  });
}

export interface NfseFixtureOptions {
  providerCnpj: string;
  providerName: string;
  takerTaxId: string;
  takerName?: string;
  totalCents: number;
  netCents?: number;
  issuedAt: string;
  /** dCompet 'YYYY-MM-DD'. */
  competence: string;
  number: number;
  mei?: boolean;
}

function mod11(body: string): number {
  let sum = 0;
  let w = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * w;
    w = w >= 9 ? 2 : w + 1;
  }
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** The 50-character NFS-e key: cMun(7) ambGer(1) tpInsc(1) inscFed(14) nNFSe(13) AAMM(4) cNum(9) DV(1). */
export function makeNfseId(opts: { providerCnpj: string; number: number; issuedAt: string }): string {
  const body =
    '3550308' +
    '2' +
    '2' +
    digits(opts.providerCnpj).padStart(14, '0') +
    String(opts.number).padStart(13, '0') +
    opts.issuedAt.slice(2, 4) +
    opts.issuedAt.slice(5, 7) +
    String((opts.number * 104729) % 1_000_000_000).padStart(9, '0');
  return body + mod11(body);
}

/** A national NFS-e (NFSe/infNFSe with the DPS inside). */
export function nfseXml(opts: NfseFixtureOptions): { xml: string; id: string } {
  const id = makeNfseId(opts);
  const net = opts.netCents ?? opts.totalCents;
  const iss = opts.totalCents - net;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<NFSe versao="1.00" xmlns="${NS_NFSE}">
  <infNFSe Id="NFS${id}">
    <xLocEmi>São Paulo</xLocEmi><xLocPrestacao>São Paulo</xLocPrestacao>
    <nNFSe>${opts.number}</nNFSe><cLocIncid>3550308</cLocIncid><xLocIncid>São Paulo</xLocIncid>
    <xTribNac>Desenvolvimento de programas de computador sob encomenda.</xTribNac>
    <verAplic>SefinNac_1.0</verAplic><ambGer>2</ambGer><tpEmis>1</tpEmis><procEmi>1</procEmi><cStat>100</cStat>
    <dhProc>${opts.issuedAt}</dhProc><nDFSe>${1000 + opts.number}</nDFSe>
    <emit>
      <CNPJ>${digits(opts.providerCnpj)}</CNPJ><xNome>${esc(opts.providerName)}</xNome>
      <enderNac><xLgr>Rua A</xLgr><nro>10</nro><xBairro>Centro</xBairro><cMun>3550308</cMun><UF>SP</UF><CEP>01001000</CEP></enderNac>
    </emit>
    <valores><vBC>${dec(opts.totalCents)}</vBC><pAliqAplic>5.00</pAliqAplic><vISSQN>${dec(iss)}</vISSQN><vTotalRet>${dec(iss)}</vTotalRet><vLiq>${dec(net)}</vLiq></valores>
    <DPS versao="1.00">
      <infDPS Id="DPS355030820${digits(opts.providerCnpj)}00001${String(opts.number).padStart(15, '0')}">
        <tpAmb>2</tpAmb><dhEmi>${opts.issuedAt}</dhEmi><verAplic>prumo-test</verAplic><serie>1</serie>
        <nDPS>${opts.number}</nDPS><dCompet>${opts.competence}</dCompet><tpEmit>1</tpEmit><cLocEmi>3550308</cLocEmi>
        <prest>
          <CNPJ>${digits(opts.providerCnpj)}</CNPJ>
          <regTrib><opSimpNac>${opts.mei === false ? 3 : 2}</opSimpNac><regEspTrib>0</regEspTrib></regTrib>
        </prest>
        <toma>${partyXml('CNPJ', opts.takerTaxId)}<xNome>${esc(opts.takerName ?? 'TOMADOR DE TESTE LTDA')}</xNome></toma>
        <serv>
          <locPrest><cLocPrestacao>3550308</cLocPrestacao></locPrest>
          <cServ><cTribNac>010101</cTribNac><xDescServ>Desenvolvimento de sistema sob encomenda</xDescServ></cServ>
        </serv>
        <valores>
          <vServPrest><vServ>${dec(opts.totalCents)}</vServ></vServPrest>
          <trib>
            <tribMun><tribISSQN>1</tribISSQN><tpRetISSQN>${iss > 0 ? 2 : 1}</tpRetISSQN></tribMun>
            <totTrib><indTotTrib>0</indTotTrib></totTrib>
          </trib>
        </valores>
      </infDPS>
    </DPS>
  </infNFSe>
</NFSe>
`;
  return { xml, id };
}

/** procEventoNFe cancelling `accessKey` (tpEvento 110111), registered with cStat 135. */
export function nfeCancellationXml(accessKey: string, at: string, opts: { cStat?: string } = {}): string {
  const cnpj = accessKey.slice(6, 20);
  const cStat = opts.cStat ?? '135';
  return `<?xml version="1.0" encoding="UTF-8"?>
<procEventoNFe versao="1.00" xmlns="${NS_NFE}">
  <evento versao="1.00">
    <infEvento Id="ID110111${accessKey}01">
      <cOrgao>35</cOrgao><tpAmb>2</tpAmb><CNPJ>${cnpj}</CNPJ><chNFe>${accessKey}</chNFe><dhEvento>${at}</dhEvento>
      <tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento><verEvento>1.00</verEvento>
      <detEvento versao="1.00"><descEvento>Cancelamento</descEvento><nProt>135260000012345</nProt><xJust>Erro na digitacao dos dados do destinatario</xJust></detEvento>
    </infEvento>
    <Signature xmlns="${NS_DSIG}"><SignatureValue>AAAA</SignatureValue></Signature>
  </evento>
  <retEvento versao="1.00">
    <infEvento>
      <tpAmb>2</tpAmb><verAplic>SP_EVENTOS_PL_100</verAplic><cOrgao>35</cOrgao><cStat>${cStat}</cStat>
      <xMotivo>Evento registrado e vinculado a NF-e</xMotivo><chNFe>${accessKey}</chNFe><tpEvento>110111</tpEvento>
      <xEvento>Cancelamento registrado</xEvento><nSeqEvento>1</nSeqEvento><dhRegEvento>${at}</dhRegEvento><nProt>135260000099999</nProt>
    </infEvento>
  </retEvento>
</procEventoNFe>
`;
}

/** National NFS-e cancellation event: evento/infEvento/pedRegEvento/infPedReg with chNFSe + e101101. */
export function nfseCancellationXml(id: string, at: string): string {
  const cnpj = id.slice(9, 23);
  return `<?xml version="1.0" encoding="UTF-8"?>
<evento versao="1.00" xmlns="${NS_NFSE}">
  <infEvento Id="EVT${id}101101001">
    <verAplic>SefinNac_1.0</verAplic><ambGer>2</ambGer><nSeqEvento>1</nSeqEvento><dhProc>${at}</dhProc><nDFe>777</nDFe>
    <pedRegEvento versao="1.00">
      <infPedReg Id="PRE${id}101101001">
        <tpAmb>2</tpAmb><verAplic>prumo-test</verAplic><dhEvento>${at}</dhEvento><CNPJAutor>${cnpj}</CNPJAutor>
        <chNFSe>${id}</chNFSe><nPedRegEvento>1</nPedRegEvento>
        <e101101><xDesc>Cancelamento de NFS-e</xDesc><cMotivo>1</cMotivo><xMotivo>Erro na emissão</xMotivo></e101101>
      </infPedReg>
    </pedRegEvento>
  </infEvento>
</evento>
`;
}

/** Billion laughs: ten levels of ten-fold entity expansion (10^9 'lol's if anything expanded it). */
export function xmlBomb(): string {
  const lines = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', ' <!ENTITY lol "lol">'];
  lines.push(` <!ENTITY lol1 "${'&lol;'.repeat(10)}">`);
  for (let i = 2; i <= 9; i++) lines.push(` <!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  lines.push(']>', '<lolz>&lol9;</lolz>');
  return lines.join('\n');
}

/** The first 60% of a document (a broken download). */
export function truncated(xml: string): string {
  return xml.slice(0, Math.floor(xml.length * 0.6));
}

// ---------------------------------------------------------------------------------------------------
// PDFs and images
