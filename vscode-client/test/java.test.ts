import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Candidate, candidates, executableIn, findJava, noJavaMessage, parseJavaVersion, SearchEffects } from '../src/java';

describe('parseJavaVersion', () => {
  const cases: [string, number, string][] = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17, '17.0.15'],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)', 8, '1.8.0_392'],
    ['openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)', 21, '21'],
    ['openjdk version "25-ea" 2025-09-16', 25, '25-ea'],
    ['openjdk version "11.0.2" 2019-01-15', 11, '11.0.2'],
    ['java version "1.7.0_80"', 7, '1.7.0_80'],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfoo=bar\nopenjdk version "21.0.4" 2024-07-16 LTS', 21, '21.0.4'],
    ['openjdk version "17-internal" 2021-09-14', 17, '17-internal'],
  ];
  for (const [out, major, text] of cases) {
    it(`reads ${text}`, () => {
      assert.deepEqual(parseJavaVersion(out), { major, text });
    });
  }

  it('gives nothing for output without a version', () => {
    assert.equal(parseJavaVersion(''), undefined);
    assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
    assert.equal(parseJavaVersion('openjdk version "abc"'), undefined);
  });
});

describe('executableIn', () => {
  it('appends bin/java to a home folder', () => {
    assert.equal(executableIn('/usr/lib/jvm/java-17', 'linux'), '/usr/lib/jvm/java-17/bin/java');
    assert.equal(executableIn('C:\\jdk-21', 'win32'), 'C:\\jdk-21\\bin\\java.exe');
  });
  it('keeps a path that already names the executable', () => {
    assert.equal(executableIn('/opt/jdk/bin/java', 'linux'), '/opt/jdk/bin/java');
    assert.equal(executableIn('C:\\jdk\\bin\\JAVA.EXE', 'win32'), 'C:\\jdk\\bin\\JAVA.EXE');
  });
});

describe('candidates', () => {
  it('orders the setting, then JAVA_HOME, then PATH, without duplicates', () => {
    const list = candidates({
      setting: '/opt/jdk21',
      env: { JAVA_HOME: '/usr/lib/jvm/java-17', PATH: '/usr/local/bin::/usr/lib/jvm/java-17/bin:/usr/bin' },
      platform: 'linux',
    });
    assert.deepEqual(list.map((c: Candidate) => [c.source, c.executable]), [
      ['setting', '/opt/jdk21/bin/java'],
      ['JAVA_HOME', '/usr/lib/jvm/java-17/bin/java'],
      ['PATH', '/usr/local/bin/java'],
      ['PATH', '/usr/bin/java'],
    ]);
  });
  it('skips an empty setting and an unset JAVA_HOME', () => {
    const list = candidates({ setting: '  ', env: { PATH: '/usr/bin' }, platform: 'linux' });
    assert.deepEqual(list, [{ executable: '/usr/bin/java', source: 'PATH' }]);
  });
  it('reads Windows Path with ; separators', () => {
    const list = candidates({ setting: '', env: { Path: 'C:\\a;C:\\b' }, platform: 'win32' });
    assert.deepEqual(list.map((c) => c.executable), ['C:\\a\\java.exe', 'C:\\b\\java.exe']);
  });
});

/** A fake file system and fake java binaries: path -> what `java -version` prints (undefined: it fails). */
function fake(javas: Record<string, string | undefined>): SearchEffects & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    exists: async (f) => f in javas,
    runVersion: async (f) => {
      ran.push(f);
      return javas[f];
    },
  };
}

describe('findJava', () => {
  const v = (s: string) => `openjdk version "${s}" 2025-01-01`;

  it('prefers the setting over JAVA_HOME and PATH', async () => {
    const fx = fake({ '/set/bin/java': v('21.0.1'), '/home/bin/java': v('17.0.2'), '/usr/bin/java': v('17.0.15') });
    const r = await findJava({ setting: '/set', env: { JAVA_HOME: '/home', PATH: '/usr/bin' }, platform: 'linux' }, fx);
    assert.deepEqual(r, { ok: true, executable: '/set/bin/java', source: 'setting', version: { major: 21, text: '21.0.1' } });
    assert.deepEqual(fx.ran, ['/set/bin/java']);
  });

  it('falls back to JAVA_HOME, then PATH, past missing and too old runtimes', async () => {
    const fx = fake({ '/home/bin/java': v('11.0.2'), '/usr/bin/java': v('17.0.15') });
    const r = await findJava({ setting: '/nowhere', env: { JAVA_HOME: '/home', PATH: '/bin:/usr/bin' }, platform: 'linux' }, fx);
    assert.equal(r.ok, true);
    assert.equal(r.ok && r.executable, '/usr/bin/java');
    assert.equal(r.ok && r.source, 'PATH');
    assert.deepEqual(fx.ran, ['/home/bin/java', '/usr/bin/java']);
  });

  it('accepts exactly 17 and rejects 1.8', async () => {
    const ok = await findJava({ setting: '', env: { PATH: '/a' }, platform: 'linux' }, fake({ '/a/java': v('17') }));
    assert.equal(ok.ok, true);
    const old = await findJava({ setting: '', env: { PATH: '/a' }, platform: 'linux' },
      fake({ '/a/java': 'java version "1.8.0_392"' }));
    assert.equal(old.ok, false);
  });

  it('reports every configured location that did not fit, but not PATH folders without java', async () => {
    const fx = fake({ '/home/bin/java': v('11.0.2'), '/broken/java': undefined });
    const r = await findJava({ setting: '/missing', env: { JAVA_HOME: '/home', PATH: '/bin:/broken' }, platform: 'linux' }, fx);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.deepEqual(r.rejected.map((x) => [x.candidate.source, x.reason]), [
        ['setting', 'missing'], ['JAVA_HOME', 'too-old'], ['PATH', 'unrunnable']]);
      const msg = noJavaMessage(r.rejected);
      assert.match(msg, /Java 17 or newer/);
      assert.match(msg, /rcode\.java\.home: \/missing\/bin\/java does not exist/);
      assert.match(msg, /JAVA_HOME: \/home\/bin\/java is Java 11\.0\.2/);
      assert.match(msg, /set "rcode\.java\.home" to its folder: the server starts as soon as the setting changes/);
    }
  });

  it('says where it looked when nothing was found at all', async () => {
    const r = await findJava({ setting: '', env: { PATH: '/bin' }, platform: 'linux' }, fake({}));
    assert.equal(r.ok, false);
    assert.match(noJavaMessage(r.ok ? [] : r.rejected), /None was found in rcode\.java\.home, JAVA_HOME or PATH/);
  });
});
