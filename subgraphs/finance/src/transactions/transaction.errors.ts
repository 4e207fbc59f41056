import { badInput, notFound } from '@prumo/kit';

export const transactionNotFound = () => notFound('Lançamento não encontrado.');
export const bankAccountNotFound = () => notFound('Conta bancária não encontrada.');
export const unknownBankAccount = (field = 'bankAccountId') => badInput({ [field]: 'Conta bancária não encontrada.' });
