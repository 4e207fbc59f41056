import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatBRL } from '@prumo/br';
import { AppError, readRawBody, type Route } from '@prumo/kit';
import type { SandboxGateway } from './sandbox-gateway';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(res: ServerResponse, status: number, title: string, body: string) {
  const html = `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · Prumo</title>
<style>body{font-family:system-ui,sans-serif;background:#f4f6f8;color:#1c2733;margin:0;display:grid;place-items:center;min-height:100vh}
main{background:#fff;border-radius:12px;box-shadow:0 4px 24px #0001;padding:32px;max-width:420px;width:calc(100% - 48px)}
h1{font-size:1.3rem;margin:0 0 4px}.muted{color:#5b6b7b;font-size:.9rem}.price{font-size:2rem;font-weight:700;margin:16px 0}
.badge{display:inline-block;background:#fff4d6;color:#7a5600;border-radius:6px;padding:2px 8px;font-size:.8rem;margin-bottom:12px}
button{width:100%;padding:12px;border:0;border-radius:8px;font-size:1rem;cursor:pointer;margin-top:8px}
.pay{background:#0f6d4f;color:#fff}.ghost{background:#eef1f4;color:#1c2733}.danger{background:#fbe9e9;color:#8a1c1c}</style></head>
<body><main><span class="badge">Ambiente de testes (sandbox) — nenhuma cobrança real</span>${body}</main></body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

const CYCLE = { MONTHLY: 'por mês', YEARLY: 'por ano' } as const;

/** The offline checkout and customer portal (served by billing, reached through the router). */
export function sandboxRoutes(sandbox: SandboxGateway, onPortalCancel: (customerId: string) => Promise<void>): Route[] {
  const sessionId = (url: URL) => url.pathname.split('/')[3] ?? '';
  const guard = (fn: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>) => async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    try {
      await fn(req, res, url);
    } catch (err) {
      const msg = err instanceof AppError ? err.message : 'Não foi possível concluir. Tente novamente.';
      page(res, err instanceof AppError && err.code === 'NOT_FOUND' ? 404 : 500, 'Erro', `<h1>Algo deu errado</h1><p>${esc(msg)}</p>`);
    }
  };
  return [
    {
      method: 'GET',
      path: '/checkout/sandbox/portal/*',
      handler: guard(async (_req, res, url) => {
        const customer = url.pathname.split('/')[4] ?? '';
        const subs = await sandbox.subscriptionsOfCustomer(customer);
        const back = url.searchParams.get('return') ?? '/planos';
        const list = subs
          .map((s) => `<p><strong>${esc(s.items.data[0]?.price.id ?? '')}</strong> — ${esc(s.status)}${s.cancel_at_period_end ? ' (cancela no fim do período)' : ''}</p>
            <form method="post" action="/checkout/sandbox/portal/${esc(customer)}/cancel/${esc(s.id)}?return=${encodeURIComponent(back)}"><button class="danger">Cancelar no fim do período</button></form>
            <form method="post" action="/checkout/sandbox/portal/${esc(customer)}/fail/${esc(s.id)}?return=${encodeURIComponent(back)}"><button class="ghost">Simular falha de pagamento</button></form>`)
          .join('');
        page(res, 200, 'Portal do cliente', `<h1>Portal do cliente</h1><p class="muted">Sua assinatura e forma de pagamento.</p>${list || '<p>Nenhuma assinatura.</p>'}<a href="${esc(back)}"><button class="ghost">Voltar ao Prumo</button></a>`);
      }),
    },
    {
      method: 'POST',
      path: '/checkout/sandbox/portal/*',
      handler: guard(async (req, res, url) => {
        await readRawBody(req, 16 * 1024);
        const [, , , , customer, action, subId] = url.pathname.split('/');
        const owned = (await sandbox.subscriptionsOfCustomer(customer)).some((s) => s.id === subId);
        if (!owned) throw new AppError('NOT_FOUND', 'Assinatura não encontrada.');
        if (action === 'cancel') await onPortalCancel(subId);
        else if (action === 'fail') await sandbox.simulatePaymentFailure(subId);
        res.writeHead(303, { location: url.searchParams.get('return') ?? '/planos' }).end();
      }),
    },
    {
      method: 'GET',
      path: '/checkout/sandbox/*',
      handler: guard(async (_req, res, url) => {
        const s = await sandbox.session(sessionId(url));
        if (s.status === 'complete') {
          res.writeHead(303, { location: s.sandbox.successUrl }).end();
          return;
        }
        page(
          res,
          200,
          'Pagamento',
          `<h1>Plano ${esc(s.sandbox.planCode === 'pro' ? 'Pro' : s.sandbox.planCode)}</h1>
           <p class="muted">Assinatura ${s.sandbox.cycle === 'YEARLY' ? 'anual' : 'mensal'} do Prumo</p>
           <div class="price">${esc(formatBRL(s.sandbox.amountCents) ?? '')} <span class="muted">${CYCLE[s.sandbox.cycle]}</span></div>
           <form method="post" action="/checkout/sandbox/${esc(s.id)}/pay"><button class="pay" type="submit">Pagar</button></form>
           <a href="${esc(s.sandbox.cancelUrl)}"><button class="ghost" type="button">Voltar</button></a>`,
        );
      }),
    },
    {
      method: 'POST',
      path: '/checkout/sandbox/*',
      handler: guard(async (req, res, url) => {
        await readRawBody(req, 16 * 1024);
        const session = await sandbox.completeCheckout(sessionId(url));
        res.writeHead(303, { location: session.sandbox.successUrl }).end();
      }),
    },
  ];
}
