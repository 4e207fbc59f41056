import { graphql } from '../gql';
import type { BankAccountsQuery, FinanceTransactionsQuery, StatementPreviewMutation } from '../gql/graphql';

export type BankAccountRow = BankAccountsQuery['bankAccounts'][number];
export type TransactionRow = FinanceTransactionsQuery['transactions']['nodes'][number];
export type PreviewResult = StatementPreviewMutation['previewStatementImport'];

export const BankAccountsDocument = graphql(`
  query BankAccounts {
    bankAccounts {
      id
      name
      bankCode
      bankName
      agency
      number
      kind
      openingBalance {
        cents
        formatted
      }
      balance {
        cents
        formatted
      }
    }
    banks {
      code
      shortName
    }
  }
`);

export const CreateBankAccountDocument = graphql(`
  mutation CreateBankAccount($input: CreateBankAccountInput!) {
    createBankAccount(input: $input) {
      id
      name
      balance {
        formatted
      }
    }
  }
`);

export const FinanceTransactionsDocument = graphql(`
  query FinanceTransactions($first: Int, $after: String, $filter: TransactionFilter) {
    transactions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        kind
        amount {
          cents
          formatted
        }
        category
        date
        counterparty
        description
        countsAsRevenue
        bankAccount {
          id
          name
        }
      }
    }
  }
`);

export const CreateTransactionDocument = graphql(`
  mutation CreateFinanceTransaction($input: CreateTransactionInput!) {
    createTransaction(input: $input) {
      id
      code
    }
  }
`);

export const UpdateTransactionDocument = graphql(`
  mutation UpdateFinanceTransaction($id: ID!, $input: UpdateTransactionInput!) {
    updateTransaction(id: $id, input: $input) {
      id
      category
      countsAsRevenue
      bankAccount {
        id
        balance {
          formatted
        }
      }
    }
  }
`);

export const DeleteTransactionDocument = graphql(`
  mutation DeleteFinanceTransaction($id: ID!) {
    deleteTransaction(id: $id)
  }
`);

export const CashFlowDocument = graphql(`
  query CashFlow($from: String!, $to: String!) {
    cashFlow(from: $from, to: $to) {
      from
      to
      totalIncome {
        cents
        formatted
      }
      totalExpense {
        cents
        formatted
      }
      net {
        cents
        formatted
      }
      months {
        month
        income {
          cents
          formatted
        }
        expense {
          cents
          formatted
        }
        net {
          cents
          formatted
        }
      }
      categories {
        category
        kind
        total {
          cents
          formatted
        }
        count
      }
    }
  }
`);

export const StatementPreviewDocument = graphql(`
  mutation StatementPreview($input: PreviewStatementImportInput!) {
    previewStatementImport(input: $input) {
      id
      format
      encoding
      expiresAt
      warnings
      lineCount
      newCount
      duplicateCount
      skippedCount
      totalIncome {
        formatted
      }
      totalExpense {
        formatted
      }
      lines(limit: 2000) {
        index
        line
        date
        kind
        amount {
          formatted
        }
        description
        counterparty
        duplicate
        duplicateReason
        category
        countsAsRevenue
      }
    }
  }
`);

export const StatementConfirmDocument = graphql(`
  mutation StatementConfirm($importId: ID!, $input: ConfirmStatementImportInput) {
    confirmStatementImport(importId: $importId, input: $input) {
      id
      imported
      duplicates
      revenueCount
      categorized
      bankAccount {
        id
        balance {
          formatted
        }
      }
    }
  }
`);

export const KIND_LABELS: Record<string, string> = { INCOME: 'Entrada', EXPENSE: 'Saída' };
export const ACCOUNT_KIND_LABELS: Record<string, string> = { CHECKING: 'Conta corrente', SAVINGS: 'Poupança' };
export const DUPLICATE_LABELS: Record<string, string> = {
  FITID: 'Já importado (mesmo identificador do banco)',
  HASH: 'Já importado (mesma data, valor e descrição)',
  IN_FILE: 'Repetido no arquivo',
};

/** "2026-03-05" -> "05/03/2026" */
export function formatIsoDate(d: string): string {
  const [y, m, day] = d.split('-');
  return y && m && day ? `${day}/${m}/${y}` : d;
}

/** YYYY-MM-DD of today in São Paulo, and of the first day `back` months ago. */
export function spToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
export function monthsAgoStart(back: number): string {
  const [y, m] = spToday().split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

/** Reads a file, gzips it in the browser and returns base64 (the import travels in the mutation). */
export async function fileToGzipBase64(file: Blob): Promise<string> {
  const gz = await new Response(file.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  const bytes = new Uint8Array(gz);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Whether a file looks like OFX (by name or first bytes). */
export async function looksLikeOfx(file: File): Promise<boolean> {
  if (/\.ofx$/i.test(file.name)) return true;
  const head = await file.slice(0, 512).text();
  return /OFXHEADER|<OFX>|<\?OFX/i.test(head);
}

/** The first rows of a CSV (for the column mapping), naive split that respects simple quotes. */
export async function csvHead(file: File, delimiter: string, rows = 4): Promise<string[][]> {
  const buf = await file.slice(0, 64 * 1024).arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('windows-1252').decode(buf);
  }
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, rows)
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (c === '"') {
          if (quoted && line[i + 1] === '"') {
            cur += '"';
            i++;
          } else quoted = !quoted;
        } else if (c === delimiter && !quoted) {
          out.push(cur);
          cur = '';
        } else cur += c;
      }
      out.push(cur);
      return out.map((c) => c.trim());
    });
}
