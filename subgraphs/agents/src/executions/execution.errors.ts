import { conflict, forbidden, notFound } from '@prumo/kit';

export const executionNotFound = () => notFound('Análise não encontrada.');
export const executionNotFinished = () => conflict('A análise ainda não terminou: exporte quando ela estiver concluída.');
export const executionNotYours = () => forbidden('Só quem criou a análise ou um administrador da conta pode excluí-la.');
