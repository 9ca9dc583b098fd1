// The command line that starts the language server: lean JVM defaults, the user's rcode.java.vmArgs on top, and
// nothing that could print to standard output (it carries the protocol).

/**
 * Defaults for a small, short-lived-start server: class data sharing, the serial collector (one server, small heap),
 * C1 only (fast warm-up; the work is light), a small stack and heap.
 */
export const DEFAULT_VM_ARGS: readonly string[] = [
  '-Xshare:auto',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-Xss1m',
  '-Xms16m',
  '-Xmx512m',
];

/**
 * JVM messages go to stderr, never to stdout: unified logging (warnings and errors; -Xlog:disable first, since
 * -Xlog:...:stderr alone keeps the default output of warnings on stdout too), and the VM's own output, such as
 * "Error occurred during initialization of VM", which HotSpot prints to stdout unless told otherwise. CDS messages are
 * off: an archive that cannot be used (stale, damaged) is ignored without a word (see cds.ts).
 */
export const TO_STDERR: readonly string[] = ['-Xlog:disable', '-Xlog:all=warning,cds*=off:stderr',
  '-XX:+DisplayVMOutputToStderr'];

/**
 * What an option sets, so that a user's option replaces the default of the same kind: `-Xmx1g` replaces `-Xmx512m`,
 * `-XX:+UseG1GC` replaces `-XX:+UseSerialGC`, `-XX:-Foo` replaces `-XX:+Foo`, `-Da=2` replaces `-Da=1`.
 */
export function optionKey(arg: string): string {
  const size = /^-X(mx|ms|ss|mn)/.exec(arg);
  if (size) {
    return `-X${size[1]}`;
  }
  if (/^-XX:[+-]Use\w*GC$/.test(arg)) {
    return 'gc';
  }
  const xx = /^-XX:[+-]?(\w+)/.exec(arg);
  if (xx) {
    return `-XX:${xx[1]}`;
  }
  if (arg.startsWith('-Xshare:')) {
    return '-Xshare';
  }
  const prop = /^-D([^=]+)/.exec(arg);
  if (prop) {
    return `-D${prop[1]}`;
  }
  return arg;
}

/**
 * Options that print to standard output or stop the JVM before the server starts; they would corrupt or end the
 * protocol stream, and words that are not options. `-Xlog` is allowed only with an explicit stderr or file output (its default output is stdout).
 */
export function breaksProtocol(arg: string): boolean {
  if (!arg.startsWith('-')) {
    // a word before -jar would be taken as the main class; options with values use the --name=value form
    return true;
  }
  if (arg.startsWith('-Xlog')) {
    return !/:(stderr|file=)/.test(arg);
  }
  if (/^-XX:[+-]?DisplayVMOutput/.test(arg)) {
    return true;
  }
  return /^-(verbose|version|showversion|-version|-show-version|help|\?|X$|-help|jar$|cp$|classpath$|-class-path)/.test(arg)
    || /^-XX:\+Print/.test(arg);
}

/** Splits a setting value into options: an array as it is, a string on whitespace. Empty items are dropped. */
export function splitVmArgs(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v.length > 0);
  }
  if (typeof value === 'string') {
    return value.split(/\s+/).filter((v) => v.length > 0);
  }
  return [];
}

export interface ServerCommand {
  /** Arguments after the java executable. */
  readonly args: string[];
  /** User options left out because they would break the protocol. */
  readonly dropped: string[];
}

/**
 * `java <TO_STDERR> <defaults and extra options, unless the user sets the same kind> <user options> -jar <jar> --stdio`.
 * TO_STDERR comes first, so that a user's `-Xlog:...:stderr` after it is not overridden by it. `extra` holds the
 * class data sharing options (cds.ts).
 */
export function serverArgs(jar: string, userArgs: readonly string[], extra: readonly string[] = []): ServerCommand {
  const dropped: string[] = [];
  const kept: string[] = [];
  for (const a of userArgs) {
    (breaksProtocol(a) ? dropped : kept).push(a);
  }
  const userKeys = new Set(kept.map(optionKey));
  const defaults = [...DEFAULT_VM_ARGS, ...extra].filter((a) => !userKeys.has(optionKey(a)));
  // the last of two identical keys wins in the JVM; keep only the user's last one so the command line reads clearly
  const lastIndex = new Map<string, number>();
  kept.forEach((a, i) => lastIndex.set(optionKey(a), i));
  const user = kept.filter((a, i) => lastIndex.get(optionKey(a)) === i);
  return { args: [...TO_STDERR, ...defaults, ...user, '-jar', jar, '--stdio'], dropped };
}
