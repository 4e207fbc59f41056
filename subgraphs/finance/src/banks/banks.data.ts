/**
 * Main Brazilian banks and payment institutions by COMPE code (the 3-digit code of the Central
 * Bank's STR/COMPE participant list), shipped as data: the list changes rarely and every account
 * reads the same one.
 */
export interface Bank {
  code: string;
  name: string;
  shortName: string;
}

export const BANKS: readonly Bank[] = [
  { code: '001', name: 'Banco do Brasil S.A.', shortName: 'Banco do Brasil' },
  { code: '003', name: 'Banco da Amazônia S.A.', shortName: 'Banco da Amazônia' },
  { code: '004', name: 'Banco do Nordeste do Brasil S.A.', shortName: 'Banco do Nordeste' },
  { code: '021', name: 'Banestes S.A. Banco do Estado do Espírito Santo', shortName: 'Banestes' },
  { code: '033', name: 'Banco Santander (Brasil) S.A.', shortName: 'Santander' },
  { code: '037', name: 'Banco do Estado do Pará S.A.', shortName: 'Banpará' },
  { code: '041', name: 'Banco do Estado do Rio Grande do Sul S.A.', shortName: 'Banrisul' },
  { code: '047', name: 'Banco do Estado de Sergipe S.A.', shortName: 'Banese' },
  { code: '069', name: 'Banco Crefisa S.A.', shortName: 'Crefisa' },
  { code: '070', name: 'BRB - Banco de Brasília S.A.', shortName: 'BRB' },
  { code: '074', name: 'Banco J. Safra S.A.', shortName: 'J. Safra' },
  { code: '077', name: 'Banco Inter S.A.', shortName: 'Inter' },
  { code: '082', name: 'Banco Topázio S.A.', shortName: 'Topázio' },
  { code: '084', name: 'Uniprime Norte do Paraná - Cooperativa de Crédito', shortName: 'Uniprime' },
  { code: '085', name: 'Cooperativa Central de Crédito - Ailos', shortName: 'Ailos' },
  { code: '104', name: 'Caixa Econômica Federal', shortName: 'Caixa' },
  { code: '121', name: 'Banco Agibank S.A.', shortName: 'Agibank' },
  { code: '125', name: 'Banco Genial S.A.', shortName: 'Genial' },
  { code: '133', name: 'Confederação Nacional das Cooperativas Centrais de Crédito e Economia Familiar e Solidária - Cresol', shortName: 'Cresol' },
  { code: '136', name: 'Confederação Nacional das Cooperativas Centrais Unicred Ltda.', shortName: 'Unicred' },
  { code: '197', name: 'Stone Instituição de Pagamento S.A.', shortName: 'Stone' },
  { code: '208', name: 'Banco BTG Pactual S.A.', shortName: 'BTG Pactual' },
  { code: '212', name: 'Banco Original S.A.', shortName: 'Original' },
  { code: '218', name: 'Banco BS2 S.A.', shortName: 'BS2' },
  { code: '237', name: 'Banco Bradesco S.A.', shortName: 'Bradesco' },
  { code: '246', name: 'Banco ABC Brasil S.A.', shortName: 'ABC Brasil' },
  { code: '260', name: 'Nu Pagamentos S.A. - Instituição de Pagamento', shortName: 'Nubank' },
  { code: '290', name: 'PagSeguro Internet Instituição de Pagamento S.A.', shortName: 'PagBank' },
  { code: '318', name: 'Banco BMG S.A.', shortName: 'BMG' },
  { code: '323', name: 'Mercado Pago Instituição de Pagamento Ltda.', shortName: 'Mercado Pago' },
  { code: '329', name: 'QI Sociedade de Crédito Direto S.A.', shortName: 'QI SCD' },
  { code: '332', name: 'Acesso Soluções de Pagamento S.A. - Instituição de Pagamento', shortName: 'Bankly' },
  { code: '335', name: 'Banco Digio S.A.', shortName: 'Digio' },
  { code: '336', name: 'Banco C6 S.A.', shortName: 'C6 Bank' },
  { code: '341', name: 'Itaú Unibanco S.A.', shortName: 'Itaú' },
  { code: '348', name: 'Banco XP S.A.', shortName: 'XP' },
  { code: '364', name: 'Efí S.A. - Instituição de Pagamento', shortName: 'Efí (Gerencianet)' },
  { code: '380', name: 'PicPay Instituição de Pagamento S.A.', shortName: 'PicPay' },
  { code: '389', name: 'Banco Mercantil do Brasil S.A.', shortName: 'Mercantil do Brasil' },
  { code: '403', name: 'Cora Sociedade de Crédito Direto S.A.', shortName: 'Cora' },
  { code: '422', name: 'Banco Safra S.A.', shortName: 'Safra' },
  { code: '461', name: 'Asaas Gestão Financeira Instituição de Pagamento S.A.', shortName: 'Asaas' },
  { code: '536', name: 'Neon Pagamentos S.A. - Instituição de Pagamento', shortName: 'Neon' },
  { code: '623', name: 'Banco Pan S.A.', shortName: 'Pan' },
  { code: '633', name: 'Banco Rendimento S.A.', shortName: 'Rendimento' },
  { code: '637', name: 'Banco Sofisa S.A.', shortName: 'Sofisa' },
  { code: '655', name: 'Banco Votorantim S.A.', shortName: 'BV' },
  { code: '707', name: 'Banco Daycoval S.A.', shortName: 'Daycoval' },
  { code: '735', name: 'Banco Neon S.A.', shortName: 'Banco Neon' },
  { code: '745', name: 'Banco Citibank S.A.', shortName: 'Citibank' },
  { code: '746', name: 'Banco Modal S.A.', shortName: 'Modal' },
  { code: '748', name: 'Banco Cooperativo Sicredi S.A.', shortName: 'Sicredi' },
  { code: '756', name: 'Banco Cooperativo do Brasil S.A.', shortName: 'Sicoob' },
];

const BY_CODE = new Map(BANKS.map((b) => [b.code, b]));

/** The bank of a COMPE code ('1' and '001' both find Banco do Brasil); null when unknown. */
export function findBank(code: string | null | undefined): Bank | null {
  if (typeof code !== 'string' || !/^\d{1,3}$/.test(code.trim())) return null;
  return BY_CODE.get(code.trim().padStart(3, '0')) ?? null;
}
