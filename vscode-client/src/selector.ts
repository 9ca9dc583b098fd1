// Which documents the language server sees.

/** Languages this extension contributes (package.json "languages"). */
export const OWN_LANGUAGES = ['dig-output', 'corefile', 'unbound-conf', 'named-conf', 'dns-zone'] as const;

/**
 * Every language id the server reads: its own, Lua (dnsdist, PowerDNS, Knot Resolver), logs, plain text, Markdown
 * (runbooks and tickets with pasted dig output and logs: read as plain text), YAML (Corefile in a Kubernetes
 * ConfigMap) and the programming languages whose DNS libraries name codes.
 */
export const LANGUAGES: readonly string[] = [
  ...OWN_LANGUAGES,
  'lua',
  'log',
  'plaintext',
  'markdown',
  'yaml',
  'python',
  'go',
  'c',
  'java',
  'javascript',
  'typescript',
  'rust',
];

/** Files on disk and unsaved editors; not other schemes (git history, the extension's own pages). */
export const SCHEMES = ['file', 'untitled'] as const;

export function documentSelector(): { scheme: string; language: string }[] {
  return SCHEMES.flatMap((scheme) => LANGUAGES.map((language) => ({ scheme, language })));
}
