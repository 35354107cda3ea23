// Conformance suite: reads the public X12 corpus at ../shared/x12-samples (outside the repository).
module.exports = require('../../jest.preset.js')(__dirname, {
  testMatch: ['<rootDir>/test/conformance/*.conformance-spec.ts'],
});
