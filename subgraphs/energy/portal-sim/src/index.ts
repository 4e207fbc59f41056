// @prumo/portal-sim: a simulated utility customer portal ("Distribuidora Exemplo de Energia") for the
// energy robot, its tests and the benchmark. See README.md and /PORTAL-CONTRACT.md.
export { startPortalSim, DEFAULT_SWITCHES, type PortalSim, type PortalSimOptions, type PortalSwitches } from './server';
export {
  holderData,
  defaultUnitCount,
  DISTRIBUTOR,
  type HolderData,
  type PortalUnit,
  type PortalInvoice,
  type PortalCredit,
  type InvoiceItem,
  type InvoiceStatus,
  type TariffClass,
} from './data';
