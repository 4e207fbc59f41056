import type { RequestContext } from '@prumo/kit';
import type { PaymentService } from './payments/payment.service';
import type { PlanService } from './plans/plan.service';
import type { SubscriptionService } from './subscriptions/subscription.service';
import type { UsageService } from './usage/usage.service';
import type { Clock } from './clock';

export interface BillingServices {
  plans: PlanService;
  subscriptions: SubscriptionService;
  usage: UsageService;
  payments: PaymentService;
  clock: Clock;
}

export interface BillingContext extends RequestContext {
  services: BillingServices;
}
