import { EnergyClientEntity, PortalSessionEntity } from './clients/energy-client.entity';
import { EnergyInvoiceEntity } from './invoices/invoice.entity';
import { AllocationRequestEntity, ConsumerUnitEntity, CreditEntity } from './units/unit.entity';

export const entities = [EnergyClientEntity, PortalSessionEntity, ConsumerUnitEntity, CreditEntity, AllocationRequestEntity, EnergyInvoiceEntity];
