// The VS Code side: finds Java, starts the bundled server jar over stdio, shows its state, and shows the pages its
// explain and compare commands return. Decisions live in the plain modules next to this file.

import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  Executable,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  State,
} from 'vscode-languageclient/node';
import {
  archiveName, cacheRoot, CdsDecision, ERROR_FILE, cdsDir, cdsKey, checkArgs, describePlan, DirEntry, failedName, FileId,
  isUseFlag, lockName, planCds, tmpName, TRAINING_TIMEOUT_MS, trainingArgs, useFlags,
} from './cds';
import { RestartBudget, gaveUpMessage } from './crashGuard';
import { SearchEffects, findJava, noJavaMessage } from './java';
import { serverArgs, splitVmArgs } from './jvmArgs';
import { COMPARE, EXPLAIN, LIST, SCHEME, codeItems, isPageCommand, kindLabel, pageName, pageText, CodeItem } from './pages';
import { documentSelector } from './selector';
import { needsRestart, serverSettings } from './settings';
import { ServerState, statusView } from './status';

const OPEN_SETTING = 'Open Setting';
const SHOW_OUTPUT = 'Show Output';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient | undefined> | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
let pages: Pages;
let state: ServerState = 'stopped';
const budget = new RestartBudget();

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel('rcode-ls');
  status = vscode.window.createStatusBarItem('rcode.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'rcode-ls';
  status.command = 'rcode.showOutput';
  pages = new Pages();
  context.subscriptions.push(
    output,
    status,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, pages),
    vscode.commands.registerCommand('rcode.explainCode', explainCode),
    vscode.commands.registerCommand('rcode.compareCodes', compareCodes),
    vscode.commands.registerCommand('rcode.restartServer', async () => {
      budget.reset();
      await stop();
      starting = start(context);
      await starting;
    }),
    vscode.commands.registerCommand('rcode.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (needsRestart((s) => e.affectsConfiguration(s))) {
        output.appendLine('Java settings changed: restarting the language server.');
        budget.reset();
        await stop();
        starting = start(context);
      }
    }),
  );
  starting = start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
  // a training cut short leaves no lock or temporary file behind (the next window may train at once)
  if (training) {
    trainingCancelled = true;
    training.kill();
    await Promise.race([trainingDone, new Promise((r) => setTimeout(r, 3000))]);
  }
}

function setState(s: ServerState, detail = ''): void {
  state = s;
  const v = statusView(s, detail);
  status.text = v.text;
  status.tooltip = v.tooltip;
  status.backgroundColor = v.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  status.show();
}

const javaEffects: SearchEffects = {
  exists: async (file) => {
    try {
      return (await fs.promises.stat(file)).isFile();
    } catch {
      return false;
    }
  },
  runVersion: (executable) => new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: 20000, windowsHide: true }, (error, stdout, stderr) => {
      const text = `${stderr ?? ''}${stdout ?? ''}`;
      resolve(error && !text ? undefined : text);
    });
  }),
};

async function start(context: vscode.ExtensionContext): Promise<LanguageClient | undefined> {
  setState('starting');
  const jar = context.asAbsolutePath('server/rcode-ls.jar');
  if (!fs.existsSync(jar)) {
    const msg = `rcode-ls: the language server is missing from the extension (${jar}). Reinstall the extension.`;
    output.appendLine(msg);
    setState('stopped', msg);
    void vscode.window.showErrorMessage(msg);
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('rcode');
  const java = await findJava({
    setting: config.get<string>('java.home', ''),
    env: process.env,
    platform: process.platform,
  }, javaEffects);
  if (!java.ok) {
    const msg = noJavaMessage(java.rejected);
    output.appendLine(msg);
    setState('noJava', msg);
    void vscode.window.showErrorMessage(msg, OPEN_SETTING, SHOW_OUTPUT).then((choice) => {
      if (choice === OPEN_SETTING) {
        openJavaHomeSetting();
      } else if (choice === SHOW_OUTPUT) {
        output.show(true);
      }
    });
    return undefined;
  }
  const userArgs = splitVmArgs(config.get('java.vmArgs'));
  const cds = await prepareCds(jar, java.executable, java.version.text, config.get<boolean>('java.classDataSharing', true) !== false, userArgs);
  const { args, dropped } = serverArgs(jar, userArgs, cds.archive ? useFlags(cds.archive, path.join(os.tmpdir(), ERROR_FILE)) : []);
  for (const d of dropped) {
    output.appendLine(`rcode.java.vmArgs: left out "${d}" (it would print to standard output, which carries the protocol, or is not an option).`);
  }
  output.appendLine(`Java ${java.version.text} (${java.source}): ${java.executable} ${args.join(' ')}`);
  output.appendLine(describePlan(cds.decision, cds.archive));

  // The language client reads args at every (re)start: a start that crashed with the archive is retried without it.
  const serverOptions: Executable = { command: java.executable, args, options: { env: process.env } };
  let startedAt = Date.now();
  let ranSinceStart = false;
  let archiveDropped = false;
  let archiveRetired = false;
  let trainingAsked = false;
  // the closed handler below and the rejection of start() race when the first start fails: the handler, once
  // called, decides (a restart, or the one message when it gives up)
  let signalClosed: () => void = () => undefined;
  const closedOnce = new Promise<void>((resolve) => {
    signalClosed = resolve;
  });
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: currentSettings(),
    synchronize: { configurationSection: 'rcode' },
    // explanations come from the server and quote the user's files: no command links, no HTML
    markdown: { isTrusted: false, supportHtml: false },
    // logged here; start() below shows one message when the server did not start
    initializationFailedHandler: (error) => {
      output.appendLine(`The language server failed to initialize: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
    errorHandler: {
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        signalClosed();
        if (cds.archive && !ranSinceStart && !archiveDropped) {
          // JDK 17 can crash on a damaged archive instead of ignoring it: one more try without it tells
          archiveDropped = true;
          const kept = args.filter((a) => !isUseFlag(a));
          args.splice(0, args.length, ...kept);
          output.appendLine('The language server stopped before it was ready: the next start goes without the class data sharing archive.');
        }
        ranSinceStart = false;
        startedAt = Date.now();
        if (budget.onCrash()) {
          output.appendLine(`The language server stopped unexpectedly; restarting it (${budget.recent} of ${budget.max} restarts allowed in 3 minutes).`);
          return { action: CloseAction.Restart, handled: true };
        }
        const msg = gaveUpMessage();
        output.appendLine(msg);
        setState('crashed', msg);
        void vscode.window.showErrorMessage(msg, SHOW_OUTPUT).then((choice) => {
          if (choice === SHOW_OUTPUT) {
            output.show(true);
          }
        });
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
    middleware: {
      // Code actions carry rcode.explain / rcode.compare: their result is a page to show.
      executeCommand: async (command, commandArgs, next) => {
        const result = await next(command, commandArgs);
        if (isPageCommand(command)) {
          const md = pageText(result);
          if (md !== undefined) {
            await showPage(command, commandArgs, md);
          }
        }
        return result;
      },
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) {
            return result;
          }
          return params.items.map((item, i) => item.section === 'rcode'
            ? currentSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
            : result[i]);
        },
      },
    },
  };

  const c = new QuietClient('rcode', 'rcode-ls', serverOptions, clientOptions);
  c.onDidChangeState((e) => {
    if (e.newState === State.Running) {
      const withArchive = args.some(isUseFlag);
      output.appendLine(`The language server is ready, ${Date.now() - startedAt} ms after it was started (${withArchive ? 'with' : 'without'} a class data sharing archive).`);
      ranSinceStart = true;
      if (archiveDropped && cds.archive && !archiveRetired) {
        // it runs without the archive after a crash with it: the archive is at fault
        archiveRetired = true;
        void retireArchive(cds, 'the server did not start with it');
      }
      if (cds.decision.kind === 'train' && !trainingAsked) {
        // now, not before: the training does not slow this start down
        trainingAsked = true;
        trainingDone = trainArchive(java.executable, jar, cds);
      }
      setState('ready', `Java ${java.version.text}: ${java.executable}`);
    } else if (e.newState === State.Starting) {
      setState('starting');
    } else if (state !== 'crashed') {
      setState('stopped');
    }
  });
  client = c;
  try {
    await c.start();
    return c;
  } catch (e) {
    output.appendLine(`The language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    // while the crash guard is restarting it, the guard speaks (once, if it gives up); on a loaded machine its
    // handler may run after this rejection, so it is given a moment to take over before anything is said here
    await Promise.race([closedOnce, new Promise<void>((resolve) => setTimeout(resolve, 3000))]);
    // a start that a newer one replaced (settings changed again, a restart) has nothing to say
    if (client === c && state !== 'crashed' && budget.recent === 0) {
      setState('stopped', 'The language server did not start; see the output.');
      void vscode.window.showErrorMessage('rcode-ls: the language server did not start.', SHOW_OUTPUT).then((choice) => {
        if (choice === SHOW_OUTPUT) {
          output.show(true);
        }
      });
    }
    return undefined;
  }
}

/**
 * A client that logs its errors to the output channel without a notification of its own: the extension shows one
 * message per problem (no Java, a crash loop, a failed start), and a burst of notifications from every failed
 * restart would make VS Code's spam protection drop that one.
 */
class QuietClient extends LanguageClient {
  override error(message: string, data?: unknown, _showNotification?: boolean | 'force'): void {
    super.error(message, data, false);
  }
}

// ------------------------------------------------------------------------------------------ class data sharing

interface CdsSetup {
  readonly decision: CdsDecision;
  /** Set for 'use': the archive's path. */
  readonly archive?: string;
  readonly dir?: string;
  readonly key?: string;
}

/** The running java of a training, if any (one per window; the lock keeps it to one per machine). */
let training: ChildProcess | undefined;
let trainingDone: Promise<void> | undefined;
/** Set when the window closes: a training ended then has not failed. */
let trainingCancelled = false;

/**
 * A file's path, size and time. The jar under the path the JVM is given (the archive records that path); the JVM
 * under its real path (/usr/bin/java is a link that another JDK may take over; two links to one JDK share an archive).
 */
async function fileId(file: string, resolve: boolean): Promise<FileId> {
  const p = resolve ? await fs.promises.realpath(file) : file;
  const st = await fs.promises.stat(p);
  return { path: p, size: st.size, mtimeMs: st.mtimeMs };
}

async function entries(dir: string): Promise<DirEntry[]> {
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return [];
  }
  const out: DirEntry[] = [];
  for (const name of names) {
    try {
      const st = await fs.promises.lstat(path.join(dir, name));
      out.push({ name, size: st.size, mtimeMs: st.mtimeMs, isDirectory: st.isDirectory() });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Removes a file or a lock folder; the JVM writes archives read-only, which Windows would not delete. */
async function remove(file: string): Promise<void> {
  await fs.promises.chmod(file, 0o644).catch(() => undefined);
  await fs.promises.rm(file, { recursive: true, force: true }).catch(() => undefined);
}

/** Decides whether this start maps an archive, and cleans the archive folder. Never fails: no archive then. */
async function prepareCds(jar: string, javaExe: string, javaVersion: string, enabled: boolean, userArgs: readonly string[]): Promise<CdsSetup> {
  try {
    const root = cacheRoot(process.platform, process.env, os.homedir());
    const dir = root && cdsDir(root, process.platform);
    const key = dir ? cdsKey(await fileId(jar, false), await fileId(javaExe, true), javaVersion) : undefined;
    const plan = planCds({ enabled, userArgs, key, entries: enabled && dir ? await entries(dir) : [], now: Date.now() });
    if (dir) {
      await Promise.all(plan.remove.map((name) => remove(path.join(dir, name))));
    }
    if (plan.decision.kind === 'use' && dir) {
      const archive = path.join(dir, plan.decision.archive);
      // in use: not removed as unused by a window of another jar or JVM
      const now = new Date();
      await fs.promises.utimes(archive, now, now).catch(() => undefined);
      return { decision: plan.decision, archive, dir, key };
    }
    return { decision: plan.decision, dir, key };
  } catch (e) {
    output.appendLine(`Class data sharing: not used (${e instanceof Error ? e.message : String(e)}).`);
    return { decision: { kind: 'skip', why: 'no-cache' } };
  }
}

/** Runs java in the background at a low priority, output ignored; resolves with its exit code (null: did not run). */
function runInBackground(javaExe: string, args: string[], timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    // nice before java starts its threads (Linux sets the priority per thread); Windows sets it per process below
    const nice = process.platform !== 'win32' && ['/usr/bin/nice', '/bin/nice'].find((n) => fs.existsSync(n));
    let child: ChildProcess;
    try {
      child = nice
        ? spawn(nice, ['-n', '10', javaExe, ...args], { detached: true, stdio: 'ignore', windowsHide: true })
        : spawn(javaExe, args, { detached: true, stdio: 'ignore', windowsHide: true });
    } catch {
      resolve(null);
      return;
    }
    if (!nice && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, 10);
      } catch {
        // not allowed: normal priority
      }
    }
    child.unref();
    training = child;
    const timer = setTimeout(() => child.kill(), timeoutMs);
    const done = (code: number | null) => {
      clearTimeout(timer);
      if (training === child) {
        training = undefined;
      }
      resolve(code);
    };
    child.once('error', () => done(null));
    child.once('exit', (code) => done(code));
  });
}

/**
 * Makes the archive of this jar and JVM for the next start: a training run writes it to a temporary file, a check
 * run maps it with -Xshare:on, and only then is it renamed into place. On failure a marker stops new tries until the
 * jar or the JVM changes. A lock folder keeps it to one training at a time on the machine.
 */
async function trainArchive(javaExe: string, jar: string, cds: CdsSetup): Promise<void> {
  const { dir, key } = cds;
  if (!dir || !key) {
    return;
  }
  const lock = path.join(dir, lockName(key));
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    await fs.promises.mkdir(lock);
  } catch {
    return; // another window trains, or the cache is not writable
  }
  const tmp = path.join(dir, tmpName(key, process.pid));
  const started = Date.now();
  try {
    await remove(tmp);
    let ok = await runInBackground(javaExe, trainingArgs(jar, tmp), TRAINING_TIMEOUT_MS) === 0;
    const size = ok ? (await fs.promises.stat(tmp).catch(() => undefined))?.size ?? 0 : 0;
    ok = size > 0 && await runInBackground(javaExe, checkArgs(jar, tmp), 60_000) === 0;
    if (ok) {
      await fs.promises.rename(tmp, path.join(dir, archiveName(key, size)));
      output.appendLine(`Class data sharing: archive made in ${Date.now() - started} ms; the next start of the server uses it.`);
    } else if (!trainingCancelled) {
      await fs.promises.writeFile(path.join(dir, failedName(key)), '');
      output.appendLine('Class data sharing: this Java could not make an archive of this jar; the server starts without one.');
    }
  } catch (e) {
    output.appendLine(`Class data sharing: no archive made (${e instanceof Error ? e.message : String(e)}).`);
  } finally {
    await remove(tmp);
    await remove(lock);
  }
}

/** An archive that crashed the server: removed, and no new one for this jar and JVM. */
async function retireArchive(cds: CdsSetup, why: string): Promise<void> {
  if (!cds.archive || !cds.dir || !cds.key) {
    return;
  }
  output.appendLine(`Class data sharing: the archive is not used again (${why}).`);
  await remove(cds.archive);
  await fs.promises.writeFile(path.join(cds.dir, failedName(cds.key)), '').catch(() => undefined);
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  starting = undefined;
  if (c) {
    try {
      await c.stop(5000);
    } catch (e) {
      output.appendLine(`Stopping the language server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  setState('stopped');
}

/**
 * Opens the settings editor at rcode.java.home. In a remote window (SSH, WSL, containers, code-server) the setting is
 * a machine setting of the remote side, listed under "Remote", not "User".
 */
function openJavaHomeSetting(): void {
  if (vscode.env.remoteName) {
    void vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query: 'rcode.java.home' });
  } else {
    void vscode.commands.executeCommand('workbench.action.openSettings', 'rcode.java.home');
  }
}

function currentSettings(scope?: vscode.Uri) {
  const config = vscode.workspace.getConfiguration('rcode', scope);
  return serverSettings((key) => config.get(key));
}

/** The running client, waiting for it to start; a message when there is none. */
async function readyClient(): Promise<LanguageClient | undefined> {
  const c = client?.state === State.Running ? client : await starting;
  if (!c || c.state !== State.Running) {
    const choice = await vscode.window.showErrorMessage(
      state === 'noJava' ? 'rcode-ls: no Java 17+ was found to run the language server.' : 'rcode-ls: the language server is not running.',
      state === 'noJava' ? OPEN_SETTING : SHOW_OUTPUT);
    if (choice === OPEN_SETTING) {
      openJavaHomeSetting();
    } else if (choice === SHOW_OUTPUT) {
      output.show(true);
    }
    return undefined;
  }
  return c;
}

interface CodePick extends vscode.QuickPickItem {
  readonly code: CodeItem;
}

async function pickCode(c: LanguageClient, title: string, exclude?: string): Promise<CodeItem | undefined> {
  const list = codeItems(await c.sendRequest(ExecuteCommandRequest.type, { command: LIST, arguments: [] }));
  const items: CodePick[] = list.filter((i) => i.id !== exclude).map((code) => ({
    label: code.title,
    description: kindLabel(code.kind),
    detail: code.summary,
    code,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: 'Type a name or a number, e.g. NXDOMAIN, SERVFAIL, 3',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick?.code;
}

async function runPageCommand(c: LanguageClient, command: string, args: string[]): Promise<void> {
  const result = await c.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  const md = pageText(result);
  if (md === undefined) {
    void vscode.window.showWarningMessage(`rcode-ls: nothing to show for ${args.join(', ')}.`);
    return;
  }
  await showPage(command, args, md);
}

async function explainCode(): Promise<void> {
  const c = await readyClient();
  const code = c && await pickCode(c, 'Explain a DNS code');
  if (c && code) {
    await runPageCommand(c, EXPLAIN, [code.id]);
  }
}

async function compareCodes(): Promise<void> {
  const c = await readyClient();
  const a = c && await pickCode(c, 'Compare two DNS codes: the first');
  const b = c && a && await pickCode(c, `Compare ${a.title} with...`, a.id);
  if (c && a && b) {
    await runPageCommand(c, COMPARE, [a.id, b.id]);
  }
}

/** Shows a page as a read-only Markdown document (scheme rcode) in the Markdown preview, beside the editor. */
async function showPage(command: string, args: readonly unknown[], markdown: string): Promise<void> {
  const uri = pages.put(pageName(command, args, markdown), markdown);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // no Markdown preview (the built-in extension disabled): the source is readable too
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}

/** Read-only virtual documents holding the pages shown, the most recent MAX_PAGES of them. */
class Pages implements vscode.TextDocumentContentProvider {
  private static readonly MAX_PAGES = 50;
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  put(name: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}` });
    const key = uri.toString();
    this.texts.delete(key);
    this.texts.set(key, markdown);
    while (this.texts.size > Pages.MAX_PAGES) {
      const oldest = this.texts.keys().next().value;
      if (oldest === undefined) {
        break;
      }
      this.texts.delete(oldest);
    }
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}
