// Guards against a crash loop: the server is restarted after an unexpected exit at most MAX_RESTARTS times within
// WINDOW_MS; the next exit inside that window stops it for good (until the user restarts it).

export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60 * 1000;

export class RestartBudget {
  private readonly restarts: number[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    readonly max: number = MAX_RESTARTS,
    readonly windowMs: number = WINDOW_MS,
  ) {}

  /**
   * Called when the server exited unexpectedly. Returns true when it may be restarted (and counts the restart),
   * false when it already was restarted `max` times within the window.
   */
  onCrash(): boolean {
    const t = this.now();
    while (this.restarts.length > 0 && t - this.restarts[0] >= this.windowMs) {
      this.restarts.shift();
    }
    if (this.restarts.length >= this.max) {
      return false;
    }
    this.restarts.push(t);
    return true;
  }

  /** Restarts counted in the current window. */
  get recent(): number {
    const t = this.now();
    return this.restarts.filter((r) => t - r < this.windowMs).length;
  }

  /** Forgets past crashes (the user restarted the server by hand). */
  reset(): void {
    this.restarts.length = 0;
  }
}

/** The message shown when the guard gives up. */
export function gaveUpMessage(max: number = MAX_RESTARTS, windowMs: number = WINDOW_MS): string {
  const minutes = Math.round(windowMs / 60000);
  return `The rcode-ls language server stopped unexpectedly ${max + 1} times in ${minutes} minutes and will not be ` +
    'restarted. Its output may say why; run "rcode: Restart the language server" to try again.';
}
