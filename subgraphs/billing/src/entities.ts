import { PaymentEntity } from './payments/payment.entity';
import { PlanEntity, PlanLimitEntity } from './plans/plan.entity';
import { CheckoutSessionEntity } from './subscriptions/checkout-session.entity';
import { SubscriptionEntity } from './subscriptions/subscription.entity';

export const entities = [PlanEntity, PlanLimitEntity, SubscriptionEntity, PaymentEntity, CheckoutSessionEntity];
