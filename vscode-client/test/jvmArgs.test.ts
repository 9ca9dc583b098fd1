import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { breaksProtocol, DEFAULT_VM_ARGS, optionKey, serverArgs, splitVmArgs } from '../src/jvmArgs';

describe('serverArgs', () => {
  it('starts the jar over stdio with lean defaults and JVM logging on stderr', () => {
    const { args, dropped } = serverArgs('/ext/server/rcode-ls.jar', []);
    assert.deepEqual(args, [
      '-Xlog:disable', '-Xlog:all=warning,cds*=off:stderr', '-XX:+DisplayVMOutputToStderr',
      '-Xshare:auto', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xss1m', '-Xms16m', '-Xmx512m',
      '-jar', '/ext/server/rcode-ls.jar', '--stdio',
    ]);
    assert.deepEqual(dropped, []);
  });

  it('lets a user option replace the default of the same kind', () => {
    const { args } = serverArgs('s.jar', ['-Xmx1g', '-XX:+UseG1GC', '-XX:TieredStopAtLevel=4', '-Xshare:off', '-Dfoo=1']);
    assert.ok(!args.includes('-Xmx512m'));
    assert.ok(!args.includes('-XX:+UseSerialGC'));
    assert.ok(!args.includes('-XX:TieredStopAtLevel=1'));
    assert.ok(!args.includes('-Xshare:auto'));
    assert.deepEqual(args, ['-Xlog:disable', '-Xlog:all=warning,cds*=off:stderr', '-XX:+DisplayVMOutputToStderr',
      '-Xss1m', '-Xms16m', '-Xmx1g', '-XX:+UseG1GC', '-XX:TieredStopAtLevel=4', '-Xshare:off', '-Dfoo=1',
      '-jar', 's.jar', '--stdio']);
  });

  it('puts extra options after the defaults, and lets a user option replace them too', () => {
    const extra = ['-XX:SharedArchiveFile=/c/a.jsa', '-XX:+VerifySharedSpaces'];
    assert.deepEqual(serverArgs('s.jar', [], extra).args.slice(9, 11), extra);
    const { args } = serverArgs('s.jar', ['-XX:SharedArchiveFile=/mine.jsa'], extra);
    assert.deepEqual(args.filter((a) => a.startsWith('-XX:SharedArchiveFile')), ['-XX:SharedArchiveFile=/mine.jsa']);
    assert.ok(args.includes('-XX:+VerifySharedSpaces'));
  });

  it('sends JVM logging to stderr only, with a user\'s own -Xlog after it so that it is not overridden', () => {
    // -Xlog:...:stderr alone would leave the default warnings output on stdout: -Xlog:disable must come first
    const { args } = serverArgs('s.jar', ['-Xlog:gc:stderr']);
    assert.equal(args[0], '-Xlog:disable');
    const xlog = args.filter((a) => a.startsWith('-Xlog'));
    assert.deepEqual(xlog, ['-Xlog:disable', '-Xlog:all=warning,cds*=off:stderr', '-Xlog:gc:stderr']);
    assert.ok(xlog.slice(1).every((a) => /:stderr$/.test(a)));
  });

  it('keeps only the last of repeated user options', () => {
    const { args } = serverArgs('s.jar', ['-Xmx1g', '-Xmx2g']);
    assert.deepEqual(args.filter((a) => a.startsWith('-Xmx')), ['-Xmx2g']);
  });

  it('drops options that would write to stdout or replace the main class', () => {
    const user = ['-verbose:gc', '-version', '-XX:+PrintFlagsFinal', '-Xlog:gc', 'Main', '-jar', '-cp', '--help',
      '-XX:-DisplayVMOutputToStderr', '-XX:+DisplayVMOutputToStdout',
      '-Xlog:gc:stderr', '-Xlog:gc*:file=/tmp/gc.log', '-Xmx700m'];
    const { args, dropped } = serverArgs('s.jar', user);
    assert.deepEqual(dropped, ['-verbose:gc', '-version', '-XX:+PrintFlagsFinal', '-Xlog:gc', 'Main', '-jar', '-cp', '--help',
      '-XX:-DisplayVMOutputToStderr', '-XX:+DisplayVMOutputToStdout']);
    assert.ok(args.includes('-Xlog:gc:stderr'));
    assert.ok(args.includes('-Xlog:gc*:file=/tmp/gc.log'));
    assert.ok(args.includes('-Xmx700m'));
    // the jar and --stdio stay last, exactly once
    assert.deepEqual(args.slice(-3), ['-jar', 's.jar', '--stdio']);
    assert.equal(args.filter((a) => a === '-jar').length, 1);
  });
});

describe('optionKey', () => {
  it('groups options by what they set', () => {
    assert.equal(optionKey('-Xmx512m'), optionKey('-Xmx2g'));
    assert.equal(optionKey('-XX:+UseSerialGC'), optionKey('-XX:+UseZGC'));
    assert.equal(optionKey('-XX:+AlwaysPreTouch'), optionKey('-XX:-AlwaysPreTouch'));
    assert.equal(optionKey('-Da=1'), optionKey('-Da=2'));
    assert.notEqual(optionKey('-Da=1'), optionKey('-Db=1'));
    assert.notEqual(optionKey('-Xms16m'), optionKey('-Xmx16m'));
  });
  it('gives every default a distinct key', () => {
    assert.equal(new Set(DEFAULT_VM_ARGS.map(optionKey)).size, DEFAULT_VM_ARGS.length);
  });
});

describe('breaksProtocol', () => {
  it('allows ordinary options', () => {
    for (const a of ['-Xmx1g', '-XX:+UseG1GC', '-Dx=y', '--add-opens=java.base/java.lang=ALL-UNNAMED', '-ea']) {
      assert.equal(breaksProtocol(a), false, a);
    }
  });
});

describe('splitVmArgs', () => {
  it('takes an array as it is and splits a string on whitespace', () => {
    assert.deepEqual(splitVmArgs([' -Xmx1g ', '', 3, '-Da=b']), ['-Xmx1g', '-Da=b']);
    assert.deepEqual(splitVmArgs('-Xmx1g   -Da=b\n'), ['-Xmx1g', '-Da=b']);
    assert.deepEqual(splitVmArgs(undefined), []);
    assert.deepEqual(splitVmArgs({}), []);
  });
});
