import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { AppError, formatError, parseInput } from '../src';

test('unknown errors become INTERNAL with the request id and no details', () => {
  const err = new Error('password=hunter2 at Object.<anonymous> (/srv/app.js:1:1)');
  const out = formatError({ message: err.message, extensions: { code: 'SOMETHING', stacktrace: ['at x'] } }, err, 'req-1');
  expect(out).toEqual({ message: 'Ocorreu um erro inesperado. Tente novamente em instantes.', path: undefined, extensions: { code: 'INTERNAL', requestId: 'req-1' } });
});

test('typed errors keep their code and pt-BR message, without stack traces', () => {
  const e = new AppError('PAYMENT_REQUIRED', undefined, { plan: 'free', metric: 'agent_executions', used: 10, limit: 10, resetsAt: null, upgradeUrl: '/planos' });
  const out = formatError({ message: e.message, extensions: { ...e.extensions, stacktrace: ['x'] } }, e, 'r');
  expect(out.extensions).toEqual({ code: 'PAYMENT_REQUIRED', plan: 'free', metric: 'agent_executions', used: 10, limit: 10, resetsAt: null, upgradeUrl: '/planos' });
  expect(out.message).toBe('Você atingiu o limite do seu plano.');
});

test('parseInput reports every field with its pt-BR message', () => {
  const schema = z.object({ email: z.string().email('E-mail inválido.'), age: z.number().min(18, 'Precisa ter 18 anos.') });
  try {
    parseInput(schema, { email: 'x', age: 3 });
    throw new Error('should have thrown');
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as AppError).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { email: 'E-mail inválido.', age: 'Precisa ter 18 anos.' } });
  }
});
