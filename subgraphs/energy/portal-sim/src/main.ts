// `node subgraphs/energy/portal-sim/dist/main.js`: the simulated portal on PORTAL_SIM_PORT (default 4200).
// The bin listens on all interfaces by default (PORTAL_SIM_HOST=0.0.0.0), so the energy worker reaches it
// from another container (compose service `portal-sim`); `npm start` and the tests call startPortalSim,
// which binds 127.0.0.1.
import { startPortalSim } from './server';

async function main() {
  const port = Number(process.env.PORTAL_SIM_PORT || 4200);
  const host = process.env.PORTAL_SIM_HOST || '0.0.0.0';
  const latencyMs = Number(process.env.PORTAL_SIM_LATENCY_MS || 0);
  const portal = await startPortalSim({ port, host, switches: { latencyMs } });
  console.log(`portal-sim: simulated utility portal at ${portal.url} (SMS inbox ${portal.url}/sms)`);
  const stop = () => {
    portal.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error('portal-sim failed to start:', err);
  process.exit(1);
});
