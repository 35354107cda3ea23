module.exports = require('../../jest.preset.js')(__dirname, { testMatch: ['<rootDir>/test/conformance/*.conformance-spec.ts'] });
