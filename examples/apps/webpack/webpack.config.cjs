// webpack 5 as the package README says: nothing to configure for the .wasm
// (`new URL(..., import.meta.url)` becomes an asset); top-level await needs
// an ES module target.
const path = require('node:path');
module.exports = {
  mode: 'production',
  entry: path.join(__dirname, 'main.js'),
  output: { path: path.join(__dirname, '..', 'dist', 'webpack'), filename: 'main.js', clean: true },
  experiments: { topLevelAwait: true },
};
