// The TextMate grammars, tokenized with the engine VS Code uses (vscode-textmate + Oniguruma), so a regex that
// Oniguruma rejects or a scope that goes astray fails here rather than in the editor.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let registry: textmate.Registry;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === scopeName);
      return g ? textmate.parseRawGrammar(readFileSync(join(root, g.path), 'utf8'), g.path) : null;
    },
  });
});

/** [text, innermost scope] for each token of each line. */
async function tokenize(scope: string, text: string): Promise<[string, string][][]> {
  const grammar = await registry.loadGrammar(scope);
  assert.ok(grammar, scope);
  let state = textmate.INITIAL;
  const out: [string, string][][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    out.push(r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]] as [string, string]));
    state = r.ruleStack;
  }
  return out;
}

function scopeOf(tokens: [string, string][][], word: string): string | undefined {
  for (const line of tokens) {
    for (const [text, scope] of line) {
      if (text.trim() === word) {
        return scope;
      }
    }
  }
  return undefined;
}

describe('grammars', () => {
  it('every contributed grammar loads, and its tokens cover the whole line', async () => {
    const line = 'a "b" # c ; d // e 12 { } $TTL 3600 IN A 192.0.2.1';
    for (const g of pkg.contributes.grammars) {
      const t = await tokenize(g.scopeName, line);
      assert.equal(t[0].map(([text]) => text).join(''), line, g.scopeName);
    }
  });

  it('dig output: sections, comments and records', async () => {
    const t = await tokenize('source.dig-output', [
      ';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 40411',
      ';; AUTHORITY SECTION:',
      'example.com.\t\t3600\tIN\tSOA\tns.icann.org. noc.dns.icann.org. 2024081440 7200 3600 1209600 3600',
      '; <<>> DiG 9.18.28 <<>> example.com',
    ].join('\n'));
    assert.equal(scopeOf(t, 'status'), 'keyword.other.dig-output');
    assert.match(scopeOf(t, 'AUTHORITY SECTION') ?? '', /^entity\.name\.section/);
    assert.equal(scopeOf(t, 'example.com.'), 'entity.name.tag.dig-output');
    assert.equal(scopeOf(t, '3600'), 'constant.numeric.ttl.dig-output');
    assert.equal(scopeOf(t, 'SOA'), 'storage.type.rrtype.dig-output');
    assert.match(t[3][0][1], /^comment\.line/);
  });

  it('Corefile: server blocks, directives, comments', async () => {
    const t = await tokenize('source.corefile', [
      'example.org:53 {',
      '    template IN A blocked.example.org {',
      '        rcode NXDOMAIN # blocked',
      '    }',
      '}',
    ].join('\n'));
    assert.equal(scopeOf(t, 'example.org:53'), 'entity.name.section.corefile');
    assert.equal(scopeOf(t, 'rcode'), 'keyword.other.directive.corefile');
    assert.equal(scopeOf(t, '# blocked'), 'comment.line.number-sign.corefile');
  });

  it('unbound.conf: clauses, options, strings', async () => {
    const t = await tokenize('source.unbound-conf', 'server:\n    local-zone: "example." always_nxdomain # no\n');
    assert.equal(scopeOf(t, 'server'), 'entity.name.section.unbound-conf');
    assert.equal(scopeOf(t, 'local-zone'), 'keyword.other.option.unbound-conf');
    assert.equal(scopeOf(t, 'example.'), 'string.quoted.double');
    assert.equal(scopeOf(t, '# no'), 'comment.line.number-sign.unbound-conf');
  });

  it('named.conf: statements, block comments across lines, strings', async () => {
    const t = await tokenize('source.named-conf', 'options {\n  /* a\n  b */ recursion yes;\n};\nzone "x" { type primary; }; // end');
    assert.equal(scopeOf(t, 'options'), 'keyword.other.named-conf');
    assert.equal(scopeOf(t, 'b */'.trim()), undefined);
    assert.equal(t[2][0][1], 'comment.block.named-conf');
    assert.equal(scopeOf(t, 'recursion'), 'keyword.other.named-conf');
    assert.equal(scopeOf(t, 'x'), 'string.quoted.double');
    assert.equal(scopeOf(t, '// end'), 'comment.line.named-conf');
  });

  it('DNS zone: directives, owners, types, comments', async () => {
    const t = await tokenize('source.dns-zone', '$TTL 3600\n@ IN SOA ns. host. ( 1 2 3 4 5 )\nbad.example CNAME . ; NXDOMAIN');
    assert.equal(scopeOf(t, '$TTL'), 'keyword.control.directive.dns-zone');
    assert.equal(scopeOf(t, '@'), 'entity.name.tag.dns-zone');
    assert.equal(scopeOf(t, 'SOA'), 'storage.type.rrtype.dns-zone');
    assert.equal(scopeOf(t, 'CNAME'), 'storage.type.rrtype.dns-zone');
    assert.equal(scopeOf(t, 'bad.example'), 'entity.name.tag.dns-zone');
    assert.equal(scopeOf(t, '; NXDOMAIN'), 'comment.line.semicolon.dns-zone');
  });
});
