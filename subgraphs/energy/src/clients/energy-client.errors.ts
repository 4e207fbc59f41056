import { AppError, badInput, conflict, notFound, rateLimited } from '@prumo/kit';

export const clientNotFound = () => notFound('Cliente de energia não encontrado.');
export const unitNotFound = () => notFound('Unidade consumidora não encontrada.');
export const invoiceNotFound = () => notFound('Fatura não encontrada.');
export const duplicateHolder = () => conflict('Este CPF/CNPJ já está cadastrado como cliente de energia.');
export const notAwaitingSms = () => conflict('Nenhum código foi pedido para este cliente. Clique em "Conectar" para receber um novo código.');
export const notConnected = () => conflict('O cliente não está conectado ao portal. Conecte-o com o código SMS antes de sincronizar.');
export const syncRunning = () =>
  conflict('Há uma sincronização em andamento para este titular. Aguarde ela terminar para removê-lo.', { reason: 'SYNC_RUNNING' });
export const removalUnchecked = () =>
  new AppError('INTERNAL', 'Não foi possível verificar agora se há uma sincronização deste titular em andamento. Nada foi removido; tente novamente em instantes.', {
    reason: 'QUEUE_UNAVAILABLE',
  });
/** The sync job could not be put on the queue (Redis down or slow): nothing changed. */
export const queueUnavailable = () =>
  new AppError('INTERNAL', 'Não foi possível colocar a sincronização na fila agora. Nada foi alterado; tente novamente em instantes.', { reason: 'QUEUE_UNAVAILABLE' });
/** The login went through but its first sync could not be queued. */
export const connectedButNotQueued = () =>
  new AppError('INTERNAL', 'Conectado ao portal, mas não foi possível colocar a sincronização na fila agora. Clique em "Sincronizar" em instantes.', { reason: 'QUEUE_UNAVAILABLE' });
export const robotTimeout = () =>
  new AppError('INTERNAL', 'O robô do portal não respondeu a tempo. Nada foi alterado; tente novamente em instantes.', { reason: 'ROBOT_TIMEOUT' });
export const wrongCode = (message: string) => badInput({ code: message || 'Código inválido.' }, message || 'Código inválido.');
export const codeExpired = (message: string) => badInput({ code: message }, message);
/** The portal locked the holder's login after three wrong codes. */
export function loginLocked(message: string) {
  const minutes = Number(/(\d+)\s*minuto/.exec(message)?.[1] ?? 15);
  return rateLimited(minutes * 60, `Acesso ao portal bloqueado por excesso de tentativas. Tente novamente em ${minutes} minutos.`);
}
export const portalUnavailable = (message: string) => new AppError('INTERNAL', message, { reason: 'PORTAL_UNAVAILABLE' });
