/** A tiny event bus for app-wide notices raised outside React (the urql exchanges). */
export interface UpgradeNotice {
  code: 'PAYMENT_REQUIRED' | 'MODULE_DISABLED';
  message: string;
  plan?: string;
  metric?: string;
  used?: number;
  limit?: number;
  resetsAt?: string;
  upgradeUrl?: string;
  module?: string;
}

type Handler = (notice: UpgradeNotice) => void;
const handlers = new Set<Handler>();

export function onUpgradeNeeded(handler: Handler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

export function emitUpgradeNeeded(notice: UpgradeNotice): void {
  for (const h of handlers) h(notice);
}
