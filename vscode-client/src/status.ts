// The status bar item's text for each state of the server.

export type ServerState = 'starting' | 'ready' | 'stopped' | 'noJava' | 'crashed';

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** Whether the item uses the error background. */
  readonly error: boolean;
}

export function statusView(state: ServerState, detail = ''): StatusView {
  const more = detail ? `\n${detail}` : '';
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) rcode', tooltip: `rcode-ls: starting the language server${more}`, error: false };
    case 'ready':
      return { text: '$(check) rcode', tooltip: `rcode-ls: ready${more}`, error: false };
    case 'stopped':
      return { text: '$(circle-slash) rcode', tooltip: `rcode-ls: stopped${more}`, error: false };
    case 'noJava':
      return { text: '$(error) rcode: no Java', tooltip: `rcode-ls: no Java 17+ found${more}`, error: true };
    case 'crashed':
      return { text: '$(error) rcode', tooltip: `rcode-ls: the language server stopped unexpectedly${more}`, error: true };
  }
}
