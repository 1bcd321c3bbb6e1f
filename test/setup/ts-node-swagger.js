// Registers ts-node with the @nestjs/swagger compiler plugin, as `nest build` and the jest
// transformer run it, so that scripts outside jest build the same OpenAPI document. The plugin
// reads types, so this cannot use ts-node's transpile-only mode.
const transformer = require('@nestjs/swagger/plugin');

require('ts-node').register({
  transformers: (program) => ({
    before: [transformer.before({ introspectComments: true, classValidatorShim: true }, program)],
  }),
});
