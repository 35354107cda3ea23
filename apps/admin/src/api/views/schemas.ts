import type { components } from '../schema';

/** The request schemas of the server's OpenAPI document, for the enumerations the answers share. */
export type Schemas = components['schemas'];
