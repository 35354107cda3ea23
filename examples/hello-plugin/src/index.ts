export { plugin } from './hello.plugin';
