'use strict';
// autocannon --workers needs the body check as a module; the expected body comes through the env.
const expected = process.env.BENCH_EXPECTED_BODY;
module.exports = (body) => body === expected;
