import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { generateCpf } from '@prumo/br';
import { gql } from '@prumo/kit/testing';
import { holderData, type HolderData } from '../portal-sim/src';
import { signUp, upgradeToPro, type SignedUp } from '../../../test/e2e/helpers';

/** A Pro account (energy module) with a token that carries it. */
export async function proAccount(graphqlUrl: string): Promise<SignedUp> {
  const user = await signUp(graphqlUrl);
  await upgradeToPro(graphqlUrl, user.token);
  const r = await gql(graphqlUrl, `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`, { t: user.refreshToken });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return { ...user, token: r.data.refreshSession.accessToken, refreshToken: r.data.refreshSession.refreshToken };
}

/** A holder whose deterministic portal data has a plant with beneficiaries (searched, not hard-coded). */
export function holderWithPlant(units: number): { taxId: string; data: HolderData } {
  for (let i = 0; i < 500; i++) {
    const taxId = generateCpf();
    const data = holderData(taxId, { units });
    const plant = data.units.find((u) => u.generator);
    if (plant && data.units.some((u) => u.parentUc === plant.uc) && data.units.some((u) => !u.generator && u.parentUc === null)) return { taxId, data };
  }
  throw new Error('no holder with a plant found');
}

/**
 * A holder with two plants, one exempt from the Fio B (grid access requested up to 2023-01-07) and
 * one that pays it, each with beneficiaries and a credit balance in its tree, at least one beneficiary
 * with its own balance, and a plain unit (searched, not hard-coded).
 */
export function holderWithPlants(units: number): { taxId: string; data: HolderData } {
  for (let i = 0; i < 5000; i++) {
    const taxId = generateCpf();
    const data = holderData(taxId, { units });
    const plants = data.units.filter((u) => u.generator);
    if (plants.length !== 2) continue;
    const exempt = plants.map((p) => p.accessRequestDate! <= '2023-01-07');
    if (exempt[0] === exempt[1]) continue;
    const trees = plants.map((p) => [p, ...data.units.filter((u) => u.parentUc === p.uc)]);
    if (trees.some((t) => t.length < 2 || t.reduce((s, u) => s + u.creditBalanceKwh, 0) === 0)) continue;
    if (!data.units.some((u) => u.parentUc && u.creditBalanceKwh > 0)) continue;
    if (!data.units.some((u) => !u.generator && u.parentUc === null)) continue;
    return { taxId, data };
  }
  throw new Error('no holder with an exempt and a paying plant found');
}

/** An HTTP proxy in front of the portal that counts answers by status (proves 5xx were served and retried). */
export async function countingProxy(target: string) {
  const statuses: number[] = [];
  const server = http.createServer((req, res) => {
    const up = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (r) => {
      statuses.push(r.statusCode ?? 0);
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    statuses,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export const SYNC_SUBSCRIPTION = `subscription($id: ID!) { energySync(clientId: $id) {
  clientId seq state stage percent message unitsDone unitsTotal errors { uc message } client { id status statusMessage lastSyncStatus } } }`;

/** Subscribes to energySync and resolves with every event once a terminal one (DONE/FAILED) arrives. */
export function watchSync(graphqlUrl: string, token: string, clientId: string, timeoutMs = 90_000) {
  const events: any[] = [];
  const ws = createClient({ url: graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  let ready!: () => void;
  const subscribed = new Promise<void>((r) => (ready = r));
  const finished = new Promise<any[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`energySync timed out: ${JSON.stringify(events.slice(-3))}`)), timeoutMs);
    ws.subscribe(
      { query: SYNC_SUBSCRIPTION, variables: { id: clientId } },
      {
        next: (v) => {
          const e = (v.data as any)?.energySync ?? { error: v.errors };
          events.push(e);
          ready();
          if (e.state === 'DONE' || e.state === 'FAILED' || e.error) {
            clearTimeout(timer);
            void ws.dispose();
            resolve(events);
          }
        },
        error: (err) => {
          clearTimeout(timer);
          reject(err);
        },
        complete: () => undefined,
      },
    );
  });
  return { events, subscribed, finished };
}

export const lastCode = async (portalUrl: string, taxId: string): Promise<string> => {
  const r = await fetch(`${portalUrl}/sms/ultimo?documento=${taxId.replace(/\D/g, '')}`);
  return ((await r.json()) as { code: string }).code;
};
