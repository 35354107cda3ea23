/** `@openrcm/simulator/payment-gateway`: the fake gateway as a plugin module, installable by name in openrcm.config.ts. */
export { fakePaymentGatewayPlugin as plugin } from './fake-gateway.plugin';
