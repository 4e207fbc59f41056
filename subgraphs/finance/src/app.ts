import { loadConfig, startSubgraph, type AccessTokenVerifier, type BaseConfig, type RunningSubgraph } from '@prumo/kit';
import { BankAccountService } from './accounts/bank-account.service';
import type { FinanceContext, FinanceServices } from './context';
import { entities } from './entities';
import { ImportService } from './imports/import.service';
import { ReportService } from './reports/report.service';
import { RuleService } from './rules/rule.service';
import { financeSchemaDefinition } from './subgraph';
import { TransactionService } from './transactions/transaction.service';

export interface StartFinanceOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  env?: NodeJS.ProcessEnv;
  verifier?: AccessTokenVerifier;
}

export async function startFinance(opts: StartFinanceOptions = {}): Promise<RunningSubgraph & { services: FinanceServices }> {
  const config = opts.config ?? loadConfig();
  let services!: FinanceServices;
  const running = await startSubgraph<FinanceContext>({
    name: 'finance',
    config,
    entities,
    port: opts.port ?? config.FINANCE_PORT,
    role: opts.role,
    verifier: opts.verifier,
    setup: ({ ds }) => {
      const rules = new RuleService(ds);
      services = {
        ds,
        accounts: new BankAccountService(ds),
        transactions: new TransactionService(ds),
        rules,
        imports: new ImportService(ds, rules),
        reports: new ReportService(ds),
      };
      return { schema: financeSchemaDefinition, context: (base) => ({ ...base, services }) };
    },
  });
  return Object.assign(running, { services });
}
