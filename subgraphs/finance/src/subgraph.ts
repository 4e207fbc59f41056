import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { BankAccountResolver } from './accounts/bank-account.resolver';
import { BankResolver } from './banks/bank.resolver';
import { ImportResolver, ImportResultResolver } from './imports/import.resolver';
import { ReportResolver } from './reports/report.resolver';
import { RuleResolver } from './rules/rule.resolver';
import { TransactionResolver } from './transactions/transaction.resolver';

export const financeSchemaDefinition = {
  resolvers: [BankResolver, BankAccountResolver, TransactionResolver, RuleResolver, ImportResolver, ImportResultResolver, ReportResolver] as [Function, ...Function[]],
};

export function buildFinanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(financeSchemaDefinition);
}
