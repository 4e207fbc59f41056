// The built platform as scripts see it: every subgraph's compiled package (run `tsc -b` first).
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const kit = require(path.join(root, 'packages/kit/dist/index.js'));

function subgraphs() {
  return kit.SUBGRAPHS.map((s) => ({ ...s, module: require(path.join(root, 'subgraphs', s.name, 'dist/index.js')) }));
}

module.exports = { root, kit, subgraphs };
