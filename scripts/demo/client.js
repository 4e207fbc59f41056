// The demo seed's GraphQL client: one request through the router, as a user's browser would send it.
// Seeding sends a few hundred requests in a burst from 127.0.0.1, so it meets the router's per-IP and
// per-plan rate limits like any client would: it waits the `retryAfter` the router names and retries.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function gql(url, query, variables, token) {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    const first = body.errors?.[0];
    if (first?.extensions?.code === 'RATE_LIMITED' && attempt < 5) {
      const seconds = Number(first.extensions.retryAfter ?? res.headers.get('retry-after') ?? 5);
      await sleep(Math.max(1, Math.min(seconds, 65)) * 1000);
      continue;
    }
    if (first) {
      const err = new Error(`${first.message} (${first.extensions?.code})`);
      err.code = first.extensions?.code;
      throw err;
    }
    return body.data;
  }
}

module.exports = { gql, sleep };
