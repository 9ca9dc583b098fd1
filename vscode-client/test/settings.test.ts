import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, needsRestart, serverSettings } from '../src/settings';

const from = (o: Record<string, unknown>) => serverSettings((k) => o[k]);

describe('serverSettings', () => {
  it('gives the defaults for an empty configuration', () => {
    assert.deepEqual(from({}), { hover: true, completion: true, diagnostics: true, inlayHints: true, locale: '', maxFileMb: 4 });
    assert.deepEqual(from({}), DEFAULT_SETTINGS);
  });

  it('passes the server keys through and nothing else', () => {
    const s = from({ hover: false, completion: false, diagnostics: false, inlayHints: false, locale: 'fr', maxFileMb: 50,
      'java.home': '/opt/jdk', 'java.vmArgs': ['-Xmx1g'], 'trace.server': 'verbose' });
    assert.deepEqual(s, { hover: false, completion: false, diagnostics: false, inlayHints: false, locale: 'fr', maxFileMb: 50 });
    assert.deepEqual(Object.keys(s).sort(), ['completion', 'diagnostics', 'hover', 'inlayHints', 'locale', 'maxFileMb']);
  });

  it('replaces values of the wrong type by the default', () => {
    const s = from({ hover: 'no', completion: 0, locale: 42, maxFileMb: '10' });
    assert.equal(s.hover, true);
    assert.equal(s.completion, true);
    assert.equal(s.locale, '');
    assert.equal(s.maxFileMb, 4);
  });

  it('clamps maxFileMb to 1..4096 and drops fractions', () => {
    assert.equal(from({ maxFileMb: 0 }).maxFileMb, 1);
    assert.equal(from({ maxFileMb: -5 }).maxFileMb, 1);
    assert.equal(from({ maxFileMb: 99999 }).maxFileMb, 4096);
    assert.equal(from({ maxFileMb: 12.7 }).maxFileMb, 12);
    assert.equal(from({ maxFileMb: Number.NaN }).maxFileMb, 4);
  });

  it('keeps well-formed locale tags, trimmed, and ignores anything else', () => {
    assert.equal(from({ locale: ' pt-BR ' }).locale, 'pt-BR');
    assert.equal(from({ locale: 'zh_Hans' }).locale, 'zh_Hans');
    assert.equal(from({ locale: 'fr; rm -rf' }).locale, '');
    assert.equal(from({ locale: 'x' }).locale, '');
  });
});

describe('package.json', () => {
  it('declares the same defaults as DEFAULT_SETTINGS', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      assert.deepEqual(props[`rcode.${key}`].default, value, key);
    }
  });
});

describe('needsRestart', () => {
  it('restarts for the Java settings only', () => {
    assert.equal(needsRestart((s) => s === 'rcode.java.home'), true);
    assert.equal(needsRestart((s) => s === 'rcode.java.vmArgs'), true);
    assert.equal(needsRestart((s) => s === 'rcode.java.classDataSharing'), true);
    assert.equal(needsRestart((s) => s === 'rcode.hover'), false);
  });
});
