import type { RequestContext, StorageDriver } from '@prumo/kit';
import type { EnergyClientService } from './clients/energy-client.service';
import type { GdService } from './gd/gd.service';
import type { InvoiceService } from './invoices/invoice.service';
import type { UnitService } from './units/unit.service';

export interface EnergyServices {
  clients: EnergyClientService;
  units: UnitService;
  invoices: InvoiceService;
  gd: GdService;
  storage: StorageDriver;
}

export interface EnergyContext extends RequestContext {
  services: EnergyServices;
}
