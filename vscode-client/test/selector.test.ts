import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { documentSelector, LANGUAGES } from '../src/selector';

describe('code languages', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

  it('sends the server every programming language whose DNS libraries it reads, Rust included', () => {
    for (const id of ['python', 'go', 'c', 'java', 'javascript', 'typescript', 'rust']) {
      assert.ok(LANGUAGES.includes(id), id);
      assert.ok(pkg.activationEvents.includes(`onLanguage:${id}`), id);
    }
  });

  it('selects Rust files on disk and in unsaved editors only', () => {
    const rust = documentSelector().filter((s) => s.language === 'rust');
    assert.deepEqual(rust.map((s) => s.scheme).sort(), ['file', 'untitled']);
  });

  it('leaves Rust to the editor: the extension contributes no rust language of its own', () => {
    const ids = pkg.contributes.languages.map((l: { id: string }) => l.id);
    assert.ok(!ids.includes('rust'));
  });

  it('reads Markdown (runbooks with pasted dig output) in files and unsaved editors, not the extension\'s own pages', () => {
    assert.ok(LANGUAGES.includes('markdown'));
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
    const md = documentSelector().filter((s) => s.language === 'markdown');
    assert.deepEqual(md.map((s) => s.scheme).sort(), ['file', 'untitled']);
  });
});
