// Explanation and comparison pages: the Markdown a server command returns, shown as a read-only virtual document.
// Pure helpers; the VS Code side (content provider, preview) is in extension.ts.

export const SCHEME = 'rcode';
export const EXPLAIN = 'rcode.explain';
export const COMPARE = 'rcode.compare';
export const LIST = 'rcode.list';

/** Server commands whose result is a Markdown page to show. */
export function isPageCommand(command: string): boolean {
  return command === EXPLAIN || command === COMPARE;
}

/** An item of `rcode.list`: every code the server knows. */
export interface CodeItem {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly kind: string;
}

/** Keeps the well-formed items of what `rcode.list` returned. */
export function codeItems(result: unknown): CodeItem[] {
  if (!Array.isArray(result)) {
    return [];
  }
  return result.filter((o): o is CodeItem => typeof o === 'object' && o !== null
    && typeof (o as CodeItem).id === 'string' && typeof (o as CodeItem).title === 'string')
    .map((o) => ({ id: o.id, title: o.title, summary: typeof o.summary === 'string' ? o.summary : '',
      kind: typeof o.kind === 'string' ? o.kind : '' }));
}

/** Labels for the kinds of `rcode.list` (the catalog's Kind names). */
const KIND_LABELS: Readonly<Record<string, string>> = {
  RCODE: 'RCODE',
  EDE: 'Extended DNS Error',
  OPCODE: 'OPCODE',
  PSEUDO: 'not a code on the wire',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

/**
 * The file name of a page: the first Markdown heading when there is one ("NXDOMAIN (RCODE 3)"), else the command and
 * its arguments; reduced to characters that are safe in a URI path and a tab title.
 */
export function pageName(command: string, args: readonly unknown[], markdown: string): string {
  const heading = /^#{1,3}\s+(.+)$/m.exec(markdown);
  const verb = command === COMPARE ? 'compare' : 'explain';
  const raw = heading ? heading[1] : `${verb} ${args.map(String).join(' ')}`;
  const safe = raw.replace(/[*_`[\]\\]/g, '').replace(/[^\p{L}\p{N} ().,+-]/gu, ' ').replace(/\s+/g, ' ').trim()
    .slice(0, 80).trim();
  return `${safe || verb}.md`;
}

/** What a page command returned, as Markdown; undefined when it returned nothing to show. */
export function pageText(result: unknown): string | undefined {
  return typeof result === 'string' && result.trim().length > 0 ? result : undefined;
}
