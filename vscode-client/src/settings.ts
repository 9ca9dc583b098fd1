// The settings the server reads (workspace/configuration, section "rcode"), typed and clamped on the way out so the
// server sees exactly the keys it knows. VS Code's own keys of the section (java.*, trace.*) stay in the client.

export interface ServerSettings {
  hover: boolean;
  completion: boolean;
  diagnostics: boolean;
  inlayHints: boolean;
  /** "" = VS Code's display language. */
  locale: string;
  maxFileMb: number;
}

export const DEFAULT_SETTINGS: Readonly<ServerSettings> = Object.freeze({
  hover: true,
  completion: true,
  diagnostics: true,
  inlayHints: true,
  locale: '',
  maxFileMb: 4,
});

export const MAX_FILE_MB_RANGE = { min: 1, max: 4096 } as const;

/** Reads one key of the section; `get` is WorkspaceConfiguration.get or any equivalent. */
export type Getter = (key: string) => unknown;

function bool(v: unknown, def: boolean): boolean {
  return typeof v === 'boolean' ? v : def;
}

/** A locale tag such as "fr", "pt-BR", "zh_Hans"; anything else is ignored. */
function locale(v: unknown): string {
  if (typeof v !== 'string') {
    return DEFAULT_SETTINGS.locale;
  }
  const s = v.trim();
  return /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(s) ? s : DEFAULT_SETTINGS.locale;
}

function maxFileMb(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return DEFAULT_SETTINGS.maxFileMb;
  }
  return Math.min(MAX_FILE_MB_RANGE.max, Math.max(MAX_FILE_MB_RANGE.min, Math.floor(v)));
}

/** The object sent to the server for the section "rcode" (and as initializationOptions). */
export function serverSettings(get: Getter): ServerSettings {
  return {
    hover: bool(get('hover'), DEFAULT_SETTINGS.hover),
    completion: bool(get('completion'), DEFAULT_SETTINGS.completion),
    diagnostics: bool(get('diagnostics'), DEFAULT_SETTINGS.diagnostics),
    inlayHints: bool(get('inlayHints'), DEFAULT_SETTINGS.inlayHints),
    locale: locale(get('locale')),
    maxFileMb: maxFileMb(get('maxFileMb')),
  };
}

/** Whether a configuration change needs the server process restarted (it changes how Java is started). */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return affects('rcode.java.home') || affects('rcode.java.vmArgs') || affects('rcode.java.classDataSharing');
}
