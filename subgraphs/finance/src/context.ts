import type { DataSource } from 'typeorm';
import type { RequestContext } from '@prumo/kit';
import type { BankAccountService } from './accounts/bank-account.service';
import type { ImportService } from './imports/import.service';
import type { ReportService } from './reports/report.service';
import type { RuleService } from './rules/rule.service';
import type { TransactionService } from './transactions/transaction.service';

export interface FinanceServices {
  ds: DataSource;
  accounts: BankAccountService;
  transactions: TransactionService;
  rules: RuleService;
  imports: ImportService;
  reports: ReportService;
}

export interface FinanceContext extends RequestContext {
  services: FinanceServices;
}
