import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ValidationError } from '../errors/errors';
import { definePlugin, SDK_VERSION, secretRef } from './define-plugin';
import { parsePluginSettings } from './settings-validation';

const settings = z.object({ baseUrl: z.url(), pollSeconds: z.number().int().min(1).default(5), secret: secretRef('client secret') });

describe('definePlugin', () => {
  it('keeps SDK_VERSION equal to the package version', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(manifest.version);
  });

  it('returns a frozen definition', () => {
    const plugin = definePlugin({ id: 'hello-world', version: '1.2.3', sdk: '^1', settings, register: () => undefined });
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(plugin.id).toBe('hello-world');
  });

  it('names every bad identity field', () => {
    const attempt = () => definePlugin({ id: 'Hello World', version: 'one', sdk: ' ', settings, register: () => undefined });
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.field)).toEqual(['id', 'version', 'sdk']);
    }
  });
});

describe('parsePluginSettings', () => {
  it('applies defaults', () => {
    expect(parsePluginSettings('p', settings, { baseUrl: 'https://api.example.com', secret: { env: 'P_SECRET' } })).toEqual({
      baseUrl: 'https://api.example.com',
      pollSeconds: 5,
      secret: { env: 'P_SECRET' },
    });
  });

  it('names the plugin, the setting and what was expected', () => {
    try {
      parsePluginSettings('availity', settings, { baseUrl: 'not a url', pollSeconds: 0, secret: { env: 'lower' } });
      throw new Error('expected a ValidationError');
    } catch (error) {
      const issues = (error as ValidationError).issues;
      expect(issues.map((issue) => issue.field)).toEqual([
        'plugins.availity.settings.baseUrl',
        'plugins.availity.settings.pollSeconds',
        'plugins.availity.settings.secret.env',
      ]);
      expect(issues[1]?.message).toMatch(/>=\s*1/);
    }
  });
});
