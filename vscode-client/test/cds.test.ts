import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  archiveName, archiveSize, cacheRoot, cdsDir, cdsKey, checkArgs, DirEntry, failedName, FileId, isUseFlag, LOCK_STALE_MS,
  lockName, planCds, PlanInput, TRAINING_FLAG, trainingArgs, tmpName, UNUSED_MS, useFlags, userManagesCds,
} from '../src/cds';
import { breaksProtocol, DEFAULT_VM_ARGS, TO_STDERR } from '../src/jvmArgs';

describe('cacheRoot', () => {
  it('uses XDG_CACHE_HOME on Linux, else ~/.cache; a relative XDG_CACHE_HOME is ignored', () => {
    assert.equal(cacheRoot('linux', { XDG_CACHE_HOME: '/x/cache' }, '/home/u'), '/x/cache');
    assert.equal(cacheRoot('linux', {}, '/home/u'), '/home/u/.cache');
    assert.equal(cacheRoot('linux', { XDG_CACHE_HOME: 'rel/cache' }, '/home/u'), '/home/u/.cache');
    assert.equal(cacheRoot('freebsd', { XDG_CACHE_HOME: '' }, '/home/u'), '/home/u/.cache');
  });
  it('uses ~/Library/Caches on macOS and %LOCALAPPDATA% on Windows', () => {
    assert.equal(cacheRoot('darwin', { XDG_CACHE_HOME: '/x' }, '/Users/u'), '/Users/u/Library/Caches');
    assert.equal(cacheRoot('win32', { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'C:\\Users\\u'),
      'C:\\Users\\u\\AppData\\Local');
    assert.equal(cacheRoot('win32', {}, 'C:\\Users\\u'), 'C:\\Users\\u\\AppData\\Local');
  });
  it('gives nothing without a home folder', () => {
    assert.equal(cacheRoot('linux', {}, ''), undefined);
    assert.equal(cacheRoot('darwin', {}, ''), undefined);
    assert.equal(cacheRoot('win32', {}, ''), undefined);
  });
  it('puts the archives in rcode-ls/', () => {
    assert.equal(cdsDir('/home/u/.cache', 'linux'), '/home/u/.cache/rcode-ls');
    assert.equal(cdsDir('C:\\L', 'win32'), 'C:\\L\\rcode-ls');
  });
});

describe('cdsKey', () => {
  const jar: FileId = { path: '/ext/server/rcode-ls.jar', size: 4050158, mtimeMs: 1763700000123.4 };
  const java: FileId = { path: '/usr/lib/jvm/java-17/bin/java', size: 14400, mtimeMs: 1746000000000 };
  const key = cdsKey(jar, java, '17.0.15');

  it('is 16 hex digits and the same for the same jar and JVM', () => {
    assert.match(key, /^[0-9a-f]{16}$/);
    assert.equal(cdsKey({ ...jar }, { ...java }, '17.0.15'), key);
    // the JVM compares whole times; fractions of a millisecond do not matter
    assert.equal(cdsKey({ ...jar, mtimeMs: 1763700000123.9 }, java, '17.0.15'), key);
  });
  it('changes with anything of the jar or the JVM the JVM checks', () => {
    const others = [
      cdsKey({ ...jar, path: '/ext2/server/rcode-ls.jar' }, java, '17.0.15'),
      cdsKey({ ...jar, size: jar.size + 1 }, java, '17.0.15'),
      cdsKey({ ...jar, mtimeMs: jar.mtimeMs + 1000 }, java, '17.0.15'),
      cdsKey(jar, { ...java, path: '/opt/jdk-21/bin/java' }, '17.0.15'),
      cdsKey(jar, { ...java, size: 1 }, '17.0.15'),
      cdsKey(jar, { ...java, mtimeMs: 1 }, '17.0.15'),
      cdsKey(jar, java, '17.0.16'),
    ];
    assert.equal(new Set([key, ...others]).size, others.length + 1);
  });
});

describe('file names', () => {
  const key = '0123456789abcdef';
  it('records the archive size in its name', () => {
    assert.equal(archiveName(key, 13230080), 'vscode-0123456789abcdef-13230080.jsa');
    assert.equal(archiveSize(archiveName(key, 13230080), key), 13230080);
  });
  it('reads no size from other names', () => {
    for (const n of [failedName(key), lockName(key), tmpName(key, 42), archiveName('fedcba9876543210', 5),
      'rcode-ls-1a2b3c4d-100-200.jsa', `vscode-${key}-12x.jsa`, `vscode-${key}-.jsa`]) {
      assert.equal(archiveSize(n, key), undefined, n);
    }
  });
});

describe('planCds', () => {
  const key = '0123456789abcdef';
  const now = 1_800_000_000_000;
  const file = (name: string, size = 0, ageMs = 1000): DirEntry => ({ name, size, mtimeMs: now - ageMs, isDirectory: false });
  const folder = (name: string, ageMs = 1000): DirEntry => ({ name, size: 4096, mtimeMs: now - ageMs, isDirectory: true });
  const plan = (over: Partial<PlanInput>) => planCds({ enabled: true, userArgs: [], key, entries: [], now, ...over });

  it('trains when there is nothing yet', () => {
    assert.deepEqual(plan({}), { decision: { kind: 'train' }, remove: [] });
  });
  it('uses an archive of the size its name records', () => {
    const a = archiveName(key, 13230080);
    assert.deepEqual(plan({ entries: [file(a, 13230080)] }), { decision: { kind: 'use', archive: a }, remove: [] });
  });
  it('never uses a truncated archive: it is removed and a new one trained', () => {
    const a = archiveName(key, 13230080);
    assert.deepEqual(plan({ entries: [file(a, 4096)] }), { decision: { kind: 'train' }, remove: [a] });
    assert.deepEqual(plan({ entries: [file(archiveName(key, 0), 0)] }).decision, { kind: 'train' });
  });
  it('does not try again after a failure with this jar and JVM', () => {
    assert.deepEqual(plan({ entries: [file(failedName(key))] }), { decision: { kind: 'skip', why: 'failed' }, remove: [] });
    // an archive that crashed the server and could not be removed then
    const a = archiveName(key, 100);
    assert.deepEqual(plan({ entries: [file(a, 100), file(failedName(key))] }),
      { decision: { kind: 'skip', why: 'failed' }, remove: [a] });
  });
  it('leaves the training to the window that holds the lock, until the lock is stale', () => {
    assert.deepEqual(plan({ entries: [folder(lockName(key))] }), { decision: { kind: 'skip', why: 'training' }, remove: [] });
    assert.deepEqual(plan({ entries: [folder(lockName(key), LOCK_STALE_MS + 1)] }),
      { decision: { kind: 'train' }, remove: [lockName(key)] });
  });
  it('removes a temporary file left by a training that never finished, not one being written', () => {
    assert.deepEqual(plan({ entries: [file(tmpName(key, 7), 10, LOCK_STALE_MS + 1), file(tmpName(key, 8), 10)] }).remove,
      [tmpName(key, 7)]);
  });
  it('removes files of other jars and JVMs unused for a week, and nothing that is not its own', () => {
    const other = 'fedcba9876543210';
    const entries = [
      file(archiveName(other, 5), 5, UNUSED_MS + 1), file(failedName(other), 0, UNUSED_MS + 1),
      folder(lockName(other), UNUSED_MS + 1), file(archiveName('1111111111111111', 5), 5, UNUSED_MS - 1),
      file('rcode-ls-1a2b3c4d-100-200.jsa', 9, 10 * UNUSED_MS), file('notes.txt', 1, 10 * UNUSED_MS),
      file(archiveName(key, 100), 100, 10 * UNUSED_MS),
    ];
    assert.deepEqual(plan({ entries }), {
      decision: { kind: 'use', archive: archiveName(key, 100) },
      remove: [archiveName(other, 5), failedName(other), lockName(other)],
    });
  });
  it('does nothing when turned off, when the user runs CDS their own way, or without a key', () => {
    const entries = [file(archiveName(key, 100), 100)];
    assert.deepEqual(plan({ enabled: false, entries }), { decision: { kind: 'skip', why: 'off' }, remove: [] });
    assert.deepEqual(plan({ userArgs: ['-Xmx1g', '-Xshare:off'], entries }).decision, { kind: 'skip', why: 'user-options' });
    assert.deepEqual(plan({ key: undefined, entries }).decision, { kind: 'skip', why: 'no-cache' });
  });
});

describe('userManagesCds', () => {
  it('sees the options that run class data sharing another way', () => {
    for (const a of ['-Xshare:off', '-Xshare:on', '-XX:SharedArchiveFile=/a.jsa', '-XX:ArchiveClassesAtExit=/b.jsa',
      '-XX:+AutoCreateSharedArchive', '-XX:-UseSharedSpaces']) {
      assert.equal(userManagesCds(['-Xmx1g', a]), true, a);
    }
    assert.equal(userManagesCds(['-Xmx1g', '-Xshare:auto', '-XX:+UseG1GC']), false);
  });
});

describe('flags', () => {
  it('maps the archive with its checksums verified', () => {
    const f = useFlags('/c/rcode-ls/vscode-k-1.jsa', '/tmp/rcode-ls-hs_err_pid%p.log');
    assert.deepEqual(f, ['-XX:SharedArchiveFile=/c/rcode-ls/vscode-k-1.jsa', '-XX:+VerifySharedSpaces',
      '-XX:ErrorFile=/tmp/rcode-ls-hs_err_pid%p.log']);
    assert.ok(f.every(isUseFlag));
    assert.ok(!DEFAULT_VM_ARGS.some(isUseFlag));
  });
  it('trains with the server defaults, not the user options, and logs to stderr only', () => {
    const args = trainingArgs('/ext/rcode-ls.jar', '/c/t.tmp');
    assert.deepEqual(args.slice(-4), ['-XX:ArchiveClassesAtExit=/c/t.tmp', '-jar', '/ext/rcode-ls.jar', TRAINING_FLAG]);
    for (const d of DEFAULT_VM_ARGS) {
      assert.ok(args.includes(d), d);
    }
    assert.deepEqual(args.slice(0, TO_STDERR.length), TO_STDERR);
    assert.deepEqual(args.slice(TO_STDERR.length, args.indexOf('-jar')).filter(breaksProtocol), []);
  });
  it('checks a new archive with -Xshare:on, which fails instead of going on without it', () => {
    const args = checkArgs('/ext/rcode-ls.jar', '/c/t.tmp');
    assert.ok(args.includes('-Xshare:on'));
    assert.ok(!args.includes('-Xshare:auto'));
    assert.ok(args.includes('-XX:SharedArchiveFile=/c/t.tmp') && args.includes('-XX:+VerifySharedSpaces'));
    assert.deepEqual(args.slice(-3), ['-jar', '/ext/rcode-ls.jar', '--version']);
  });
});
