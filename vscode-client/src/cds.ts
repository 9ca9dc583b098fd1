// AppCDS for the language server: an archive of the classes a session loads, made once per jar and JVM by a short
// background training run of the jar (`--cds-training` under -XX:ArchiveClassesAtExit) and mapped by later starts
// (-XX:SharedArchiveFile), which starts the server faster. The same scheme as the rcode-ls launcher script, with file
// names of its own. Pure: names, keys, flags and decisions; the extension does the file work and the spawning.
//
// Files in <cache>/rcode-ls/ for one jar and JVM (key K):
//   vscode-K-<size>.jsa   the archive; its size is in its name, so a truncated archive (which makes JDK 17 crash
//                         instead of ignoring it) is never used
//   vscode-K.failed       this JVM could not make or map an archive of this jar: no new try until the key changes
//   vscode-K.lock/        a training is running (a folder: mkdir is atomic); stale after LOCK_STALE_MS
//   vscode-K.<pid>.tmp    a training's output before it is checked and renamed

import { createHash } from 'crypto';
import * as path from 'path';
import { DEFAULT_VM_ARGS, optionKey, TO_STDERR } from './jvmArgs';

/** The jar's hidden flag that plays a short editor session and exits. */
export const TRAINING_FLAG = '--cds-training';
/** A lock older than this belongs to a training that died: it is removed (the next start may try again). */
export const LOCK_STALE_MS = 10 * 60_000;
/** Files of other keys (another jar or JVM) not used for this long are removed. */
export const UNUSED_MS = 7 * 24 * 3_600_000;
/** A training that has not finished after this long is ended and counts as failed. */
export const TRAINING_TIMEOUT_MS = 3 * 60_000;

const PREFIX = 'vscode-';

/** The user's cache folder: XDG_CACHE_HOME or ~/.cache, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
export function cacheRoot(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>,
  home: string): string | undefined {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const absolute = (v: string | undefined) => (v && p.isAbsolute(v) ? v : undefined);
  if (platform === 'win32') {
    return absolute(env.LOCALAPPDATA) ?? (absolute(home) && p.join(home, 'AppData', 'Local'));
  }
  if (platform === 'darwin') {
    return absolute(home) && p.join(home, 'Library', 'Caches');
  }
  // the XDG spec: a relative XDG_CACHE_HOME is invalid and ignored
  return absolute(env.XDG_CACHE_HOME) ?? (absolute(home) && p.join(home, '.cache'));
}

/** The folder of the archives. */
export function cdsDir(root: string, platform: NodeJS.Platform): string {
  return (platform === 'win32' ? path.win32 : path.posix).join(root, 'rcode-ls');
}

/** What identifies a file for the key: its path (resolved), size and modification time. */
export interface FileId {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The key of a jar and a JVM. The JVM accepts an archive only with the jar at the same path with the same size and
 * modification time, and only from the same JVM build: a key made of exactly these (and of the version `java
 * -version` printed) gives a new archive whenever the old one could not be used. 16 hex digits of a SHA-256.
 */
export function cdsKey(jar: FileId, java: FileId, javaVersion: string): string {
  const id = (f: FileId) => `${f.path}\n${f.size}\n${Math.floor(f.mtimeMs)}`;
  return createHash('sha256').update(`${id(jar)}\n${id(java)}\n${javaVersion}`).digest('hex').slice(0, 16);
}

export function archiveName(key: string, size: number): string {
  return `${PREFIX}${key}-${size}.jsa`;
}

export function failedName(key: string): string {
  return `${PREFIX}${key}.failed`;
}

export function lockName(key: string): string {
  return `${PREFIX}${key}.lock`;
}

export function tmpName(key: string, pid: number): string {
  return `${PREFIX}${key}.${pid}.tmp`;
}

/** The size an archive name of this key records, or undefined when the name is not one. */
export function archiveSize(name: string, key: string): number | undefined {
  const m = new RegExp(`^${PREFIX}${key}-(\\d+)\\.jsa$`).exec(name);
  return m ? Number(m[1]) : undefined;
}

/** One entry of the archive folder. */
export interface DirEntry {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly isDirectory: boolean;
}

export type Skip = 'off' | 'user-options' | 'failed' | 'training' | 'no-cache';

export type CdsDecision =
  | { readonly kind: 'use'; readonly archive: string }
  | { readonly kind: 'train' }
  | { readonly kind: 'skip'; readonly why: Skip };

export interface CdsPlan {
  readonly decision: CdsDecision;
  /** Names to remove first: a damaged archive or a stale lock of this key, unused files of other keys. */
  readonly remove: readonly string[];
}

/**
 * Options with which the user runs class data sharing their own way (or not at all): the extension then neither
 * adds an archive nor trains one.
 */
export function userManagesCds(userArgs: readonly string[]): boolean {
  return userArgs.some((a) => (a.startsWith('-Xshare:') && a !== '-Xshare:auto')
    || /^-XX:(SharedArchiveFile|ArchiveClassesAtExit|SharedClassListFile)=/.test(a)
    || /^-XX:[+-](AutoCreateSharedArchive|DumpSharedSpaces|UseSharedSpaces)$/.test(a));
}

export interface PlanInput {
  /** The setting rcode.java.classDataSharing. */
  readonly enabled: boolean;
  readonly userArgs: readonly string[];
  /** Undefined when there is no cache folder or the jar or the JVM could not be identified. */
  readonly key: string | undefined;
  /** The archive folder's entries (empty when it does not exist yet). */
  readonly entries: readonly DirEntry[];
  readonly now: number;
}

/** Use the archive, train one (the server starts without it this time), or neither; and what to clean up. */
export function planCds(input: PlanInput): CdsPlan {
  if (!input.enabled) {
    return { decision: { kind: 'skip', why: 'off' }, remove: [] };
  }
  if (userManagesCds(input.userArgs)) {
    return { decision: { kind: 'skip', why: 'user-options' }, remove: [] };
  }
  const key = input.key;
  if (!key) {
    return { decision: { kind: 'skip', why: 'no-cache' }, remove: [] };
  }
  const remove: string[] = [];
  let archive: string | undefined;
  let failed = false;
  let locked = false;
  for (const e of input.entries) {
    if (!e.name.startsWith(PREFIX)) {
      continue; // the launcher's archives and anything else: not ours
    }
    const age = input.now - e.mtimeMs;
    if (!e.name.startsWith(`${PREFIX}${key}`)) {
      if (age > UNUSED_MS) {
        remove.push(e.name);
      }
      continue;
    }
    const size = archiveSize(e.name, key);
    if (size !== undefined) {
      if (!e.isDirectory && e.size === size && size > 0 && archive === undefined) {
        archive = e.name;
      } else {
        remove.push(e.name); // damaged (another size than when it was made), or a second one
      }
    } else if (e.name === failedName(key)) {
      failed = true;
    } else if (e.name === lockName(key)) {
      if (age > LOCK_STALE_MS) {
        remove.push(e.name);
      } else {
        locked = true;
      }
    } else if (e.name.endsWith('.tmp') && age > LOCK_STALE_MS) {
      remove.push(e.name); // left by a training whose editor closed before it finished
    }
  }
  if (failed) {
    // an archive next to the marker is one that crashed the server and could not be removed then
    return { decision: { kind: 'skip', why: 'failed' }, remove: archive === undefined ? remove : [...remove, archive] };
  }
  if (archive !== undefined) {
    return { decision: { kind: 'use', archive }, remove };
  }
  if (locked) {
    return { decision: { kind: 'skip', why: 'training' }, remove };
  }
  return { decision: { kind: 'train' }, remove };
}

/**
 * The JVM options that map an archive: -XX:+VerifySharedSpaces checks its checksums first, so that an archive
 * damaged inside is ignored (JDK 17 crashes on one otherwise). The JVM's CDS messages are off (TO_STDERR): a stale
 * archive is ignored without a word. Should the JVM crash all the same, its report goes to errorFile (by default
 * it lands in the working folder, the user's workspace).
 */
export function useFlags(archivePath: string, errorFile: string): string[] {
  return [`-XX:SharedArchiveFile=${archivePath}`, '-XX:+VerifySharedSpaces', `-XX:ErrorFile=${errorFile}`];
}

/** The name of a crash report of the server (%p: the process id). */
export const ERROR_FILE = 'rcode-ls-hs_err_pid%p.log';

/** Whether an argument is one of useFlags' (to start again without the archive). */
export function isUseFlag(arg: string): boolean {
  return /^-XX:(SharedArchiveFile|ErrorFile)=/.test(arg) || arg === '-XX:+VerifySharedSpaces';
}

/**
 * The training run: the server's default options (never the user's: a mistake there, such as a heap too small to
 * start, would mark the archive as failed for good), written at exit to tmp.
 */
export function trainingArgs(jar: string, tmp: string): string[] {
  return [...TO_STDERR, ...DEFAULT_VM_ARGS, `-XX:ArchiveClassesAtExit=${tmp}`, '-jar', jar, TRAINING_FLAG];
}

/**
 * The check of a new archive before it is renamed into place: the same options with -Xshare:on, under which the JVM
 * stops with an error instead of going on without an archive it cannot map; `--version` prints one line and exits.
 */
export function checkArgs(jar: string, tmp: string): string[] {
  const share = optionKey('-Xshare:on');
  return [...TO_STDERR, ...DEFAULT_VM_ARGS.filter((a) => optionKey(a) !== share), '-Xshare:on',
    `-XX:SharedArchiveFile=${tmp}`, '-XX:+VerifySharedSpaces', '-jar', jar, '--version'];
}

/** One line for the output channel. */
export function describePlan(d: CdsDecision, archivePath?: string): string {
  switch (d.kind) {
    case 'use':
      return `Class data sharing: using ${archivePath ?? d.archive}.`;
    case 'train':
      return 'Class data sharing: no archive for this jar and Java yet; making one in the background once the server runs (later starts are faster).';
    case 'skip':
      switch (d.why) {
        case 'off':
          return 'Class data sharing: off (rcode.java.classDataSharing).';
        case 'user-options':
          return 'Class data sharing: left to the options in rcode.java.vmArgs.';
        case 'failed':
          return 'Class data sharing: off for this jar and Java after an archive failed (to be made or to be used); a new jar or Java tries again.';
        case 'training':
          return 'Class data sharing: another window is making the archive.';
        case 'no-cache':
          return 'Class data sharing: no cache folder for the archive.';
      }
  }
}
