// The tskc language-service plugin, as tsserver loads it: with require(), by the name
// "tskc/plugin" (runtime/tsconfig.kernel.json). The plugin itself is compiler/plugin.ts,
// an ES module, which require() loads on Node 20.19 and later.
module.exports = require("../dist/compiler/plugin.js").default;
