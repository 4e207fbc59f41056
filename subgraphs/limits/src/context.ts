import type { DataSource } from 'typeorm';
import type { RequestContext } from '@prumo/kit';
import type { LedgerService } from './ledger/ledger.service';
import type { LimitService } from './limit/limit.service';
import type { RulesService } from './rules/rules.service';

export interface LimitsServices {
  ds: DataSource;
  ledger: LedgerService;
  limits: LimitService;
  rules: RulesService;
  currentYear(): number;
}

export interface LimitsContext extends RequestContext {
  services: LimitsServices;
}
