export { plugin } from './eligibility-availity.plugin';
export { availitySettings } from './availity-settings';
export type { AvailitySettings } from './availity-settings';
