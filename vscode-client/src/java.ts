// Finding a Java runtime for the language server. Pure apart from the two functions passed in (file existence and
// running `java -version`), so the search order and the version rules are unit-tested without VS Code or a JDK.

import * as path from 'path';

/** The oldest Java the server runs on (it is compiled for release 17). */
export const MIN_JAVA = 17;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface Candidate {
  /** Absolute path of the java executable. */
  readonly executable: string;
  readonly source: JavaSource;
}

export interface JavaVersion {
  /** Feature release: 8 for "1.8.0_392", 17 for "17.0.15", 25 for "25-ea". */
  readonly major: number;
  /** The version string as java printed it. */
  readonly text: string;
}

/** Parses what `java -version` prints (on stderr). Undefined when no version is found. */
export function parseJavaVersion(output: string): JavaVersion | undefined {
  // openjdk version "17.0.15" 2025-04-15 | java version "1.8.0_392" | openjdk version "25-ea" 2025-09-16
  const m = /\bversion\s+"([^"]+)"/.exec(output);
  if (!m) {
    return undefined;
  }
  const text = m[1];
  const legacy = /^1\.(\d+)/.exec(text);
  const modern = /^(\d+)/.exec(text);
  const major = legacy ? Number(legacy[1]) : modern ? Number(modern[1]) : NaN;
  return Number.isInteger(major) && major > 0 ? { major, text } : undefined;
}

function executableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** The executable a home folder or a direct path names: `<home>/bin/java`, or the path itself when it is `java`. */
export function executableIn(home: string, platform: NodeJS.Platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const exe = executableName(platform);
  const base = p.basename(home);
  if (base === exe || (platform === 'win32' && base.toLowerCase() === exe)) {
    return home;
  }
  return p.join(home, 'bin', exe);
}

export interface SearchInput {
  /** The `rcode.java.home` setting ("" when unset). */
  readonly setting: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
}

/** Where to look, in order: the setting, then JAVA_HOME, then every folder of PATH. Duplicates are dropped. */
export function candidates(input: SearchInput): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (executable: string, source: JavaSource) => {
    if (!seen.has(executable)) {
      seen.add(executable);
      out.push({ executable, source });
    }
  };
  const setting = input.setting.trim();
  if (setting) {
    add(executableIn(setting, input.platform), 'setting');
  }
  const javaHome = (input.env.JAVA_HOME ?? '').trim();
  if (javaHome) {
    add(executableIn(javaHome, input.platform), 'JAVA_HOME');
  }
  // Windows spells it Path; Node copies the environment with its original case.
  const pathVar = input.env.PATH ?? input.env.Path ?? '';
  const p = input.platform === 'win32' ? path.win32 : path.posix;
  const sep = input.platform === 'win32' ? ';' : ':';
  for (const dir of pathVar.split(sep)) {
    if (dir.trim()) {
      add(p.join(dir.trim(), executableName(input.platform)), 'PATH');
    }
  }
  return out;
}

/** Why a candidate was not used, for the one message shown when no Java fits. */
export interface Rejection {
  readonly candidate: Candidate;
  readonly reason: 'missing' | 'unrunnable' | 'too-old';
  readonly version?: JavaVersion;
}

export type JavaResult =
  | { readonly ok: true; readonly executable: string; readonly source: JavaSource; readonly version: JavaVersion }
  | { readonly ok: false; readonly rejected: readonly Rejection[] };

export interface SearchEffects {
  exists(file: string): Promise<boolean>;
  /** Runs `<java> -version` and returns what it printed (stderr and stdout), or undefined when it did not run. */
  runVersion(executable: string): Promise<string | undefined>;
}

/** The first candidate, in search order, that exists, runs and is Java 17 or newer. */
export async function findJava(input: SearchInput, fx: SearchEffects): Promise<JavaResult> {
  const rejected: Rejection[] = [];
  for (const candidate of candidates(input)) {
    if (!(await fx.exists(candidate.executable))) {
      // a PATH folder without java is normal; only a configured location that is wrong is worth reporting
      if (candidate.source !== 'PATH') {
        rejected.push({ candidate, reason: 'missing' });
      }
      continue;
    }
    const output = await fx.runVersion(candidate.executable);
    const version = output === undefined ? undefined : parseJavaVersion(output);
    if (!version) {
      rejected.push({ candidate, reason: 'unrunnable' });
      continue;
    }
    if (version.major < MIN_JAVA) {
      rejected.push({ candidate, reason: 'too-old', version });
      continue;
    }
    return { ok: true, executable: candidate.executable, source: candidate.source, version };
  }
  return { ok: false, rejected };
}

/** The one message shown when no usable Java was found: what was tried and what to do. */
export function noJavaMessage(rejected: readonly Rejection[]): string {
  const found = rejected.map(describe);
  const tried = found.length ? ` Tried: ${found.join('; ')}.` : ' None was found in rcode.java.home, JAVA_HOME or PATH.';
  return `rcode-ls needs Java ${MIN_JAVA} or newer to run its language server.${tried}` +
    ` Install a JDK ${MIN_JAVA}+ and set "rcode.java.home" to its folder: the server starts as soon as the setting changes.`;
}

function describe(r: Rejection): string {
  const where = r.candidate.source === 'setting' ? 'rcode.java.home' : r.candidate.source;
  switch (r.reason) {
    case 'missing':
      return `${where}: ${r.candidate.executable} does not exist`;
    case 'unrunnable':
      return `${where}: ${r.candidate.executable} did not report a version`;
    case 'too-old':
      return `${where}: ${r.candidate.executable} is Java ${r.version?.text ?? '?'}`;
  }
}
