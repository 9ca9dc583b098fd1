// The VS Code side: finds Java, starts the bundled server jar over stdio, shows its state, and shows the pages its
// explain and compare commands return. Decisions live in the plain modules next to this file.

import { execFile } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
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
  const { args, dropped } = serverArgs(jar, splitVmArgs(config.get('java.vmArgs')));
  for (const d of dropped) {
    output.appendLine(`rcode.java.vmArgs: left out "${d}" (it would print to standard output, which carries the protocol, or is not an option).`);
  }
  output.appendLine(`Java ${java.version.text} (${java.source}): ${java.executable} ${args.join(' ')}`);

  const serverOptions: ServerOptions = { command: java.executable, args, options: { env: process.env } };
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
    // while the crash guard is restarting it, the guard speaks (once, if it gives up)
    if (state !== 'crashed' && budget.recent === 0) {
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
