import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { codeItems, COMPARE, EXPLAIN, isPageCommand, pageName, pageText } from '../src/pages';
import { documentSelector, LANGUAGES, OWN_LANGUAGES } from '../src/selector';
import { statusView } from '../src/status';

describe('pages', () => {
  it('shows the results of explain and compare only', () => {
    assert.equal(isPageCommand(EXPLAIN), true);
    assert.equal(isPageCommand(COMPARE), true);
    assert.equal(isPageCommand('rcode.list'), false);
    assert.equal(isPageCommand('editor.action.triggerSuggest'), false);
  });

  it('names a page after its first heading', () => {
    assert.equal(pageName(EXPLAIN, ['rcode:3'], '# NXDOMAIN (RCODE 3)\n\nNon-Existent Domain'), 'NXDOMAIN (RCODE 3).md');
    assert.equal(pageName(COMPARE, ['rcode:3', 'pseudo:nodata'], '## `NXDOMAIN` vs **NODATA**\n'), 'NXDOMAIN vs NODATA.md');
  });

  it('falls back to the command and arguments, with unsafe characters removed', () => {
    assert.equal(pageName(EXPLAIN, ['rcode:3'], 'no heading'), 'explain rcode 3.md');
    assert.equal(pageName(COMPARE, ['a/b', '../c?d#e'], ''), 'compare a b .. c d e.md');
    assert.ok(pageName(EXPLAIN, [], `# ${'x'.repeat(500)}`).length <= 83);
  });

  it('takes a non-empty string as page text', () => {
    assert.equal(pageText('# Hi'), '# Hi');
    assert.equal(pageText('  '), undefined);
    assert.equal(pageText(null), undefined);
    assert.equal(pageText({ md: 'x' }), undefined);
  });

  it('keeps the well-formed items of rcode.list', () => {
    const items = codeItems([
      { id: 'rcode:3', title: 'NXDOMAIN', summary: 'The name does not exist.', kind: 'RCODE' },
      { id: 'ede:18', title: 'Prohibited', kind: 'EDE' },
      { title: 'no id' },
      null,
      'x',
    ]);
    assert.deepEqual(items, [
      { id: 'rcode:3', title: 'NXDOMAIN', summary: 'The name does not exist.', kind: 'RCODE' },
      { id: 'ede:18', title: 'Prohibited', summary: '', kind: 'EDE' },
    ]);
    assert.deepEqual(codeItems(undefined), []);
  });
});

describe('status', () => {
  it('has a distinct text for each state, errors on the error background', () => {
    const states = ['starting', 'ready', 'stopped', 'noJava', 'crashed'] as const;
    const views = states.map((s) => statusView(s));
    assert.equal(new Set(views.map((v) => v.tooltip)).size, states.length);
    assert.match(statusView('noJava').text, /no Java/);
    assert.deepEqual(views.map((v) => v.error), [false, false, false, true, true]);
    assert.match(statusView('ready', 'Java 17').tooltip, /Java 17/);
  });
});

describe('package.json and the document selector', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

  it('contributes every language the extension defines, each with a grammar', () => {
    const ids = pkg.contributes.languages.map((l: { id: string }) => l.id);
    for (const id of OWN_LANGUAGES) {
      assert.ok(ids.includes(id), id);
      assert.ok(pkg.contributes.grammars.some((g: { language: string }) => g.language === id), `grammar for ${id}`);
    }
  });

  // VS Code ranks a file-name pattern above an extension, so a pattern such as db.* would claim db.js, db.py and
  // db.go in every project for the zone language; the patterns must only match zone files
  it('claims BIND zone files by name and path, never source files named db.*', () => {
    const glob = (pattern: string): RegExp =>
      new RegExp('^' + pattern.split('**/').map((part) =>
        part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('(?:.*/)?') + '$');
    const basename = (path: string): string => path.substring(path.lastIndexOf('/') + 1);
    const claims = (path: string): string[] => pkg.contributes.languages
      .filter((l: { filenamePatterns?: string[]; filenames?: string[] }) =>
        // as VS Code does: a pattern with a '/' is matched against the path, any other against the file name
        (l.filenamePatterns ?? []).some((p) => glob(p).test(p.includes('/') ? path : basename(path)))
        || (l.filenames ?? []).includes(basename(path)))
      .map((l: { id: string }) => l.id);
    for (const code of ['/home/me/app/db.js', '/home/me/app/src/db.ts', '/srv/app/db.py', '/go/src/x/db.go',
      '/home/me/crate/src/db.rs', '/home/me/app/db.test.js', '/home/me/bind-exporter/db.go']) {
      assert.deepEqual(claims(code), [], code);
    }
    for (const zone of ['/etc/bind/db.local', '/etc/bind/zones/db.example.com', '/var/named/db.example.org',
      '/var/lib/bind/db.example.net', '/home/me/backup/db.root']) {
      assert.deepEqual(claims(zone), ['dns-zone'], zone);
    }
  });

  it('activates on every language of the selector', () => {
    for (const id of LANGUAGES) {
      assert.ok(pkg.activationEvents.includes(`onLanguage:${id}`), id);
    }
    assert.equal(documentSelector().length, LANGUAGES.length * 2);
  });

  it('declares every setting the server reads and colours every semantic token type', () => {
    for (const key of ['hover', 'completion', 'diagnostics', 'inlayHints', 'locale', 'maxFileMb', 'java.home', 'java.vmArgs', 'trace.server']) {
      assert.ok(pkg.contributes.configuration.properties[`rcode.${key}`], key);
    }
    const scopes = pkg.contributes.semanticTokenScopes[0].scopes;
    for (const t of ['dnsCodeError', 'dnsCodeWarning', 'dnsCodeInfo', 'dnsCodeOk']) {
      assert.ok(pkg.contributes.semanticTokenTypes.some((x: { id: string }) => x.id === t), t);
      assert.ok(scopes[t].length > 0, t);
    }
    assert.ok(scopes.dnsCodeError.includes('invalid') || scopes.dnsCodeError.includes('token.error-token'));
  });
});
