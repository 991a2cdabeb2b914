/**
 * Progress for long bench steps, on stderr: a redrawn bar when stderr is a
 * terminal, otherwise one line every few seconds (logs stay readable in CI).
 */
export class Progress {
  private done = 0;
  private lastLine = 0;
  private readonly started = performance.now();
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  tick(n = 1): void {
    this.done += n;
    const now = performance.now();
    if (this.tty) {
      if (now - this.lastLine < 100 && this.done < this.total) return;
      const width = 30;
      const filled = Math.round((this.done / this.total) * width);
      process.stderr.write(`\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${this.elapsed(now)}`);
    } else if (now - this.lastLine > 3000) {
      process.stderr.write(`${this.label}: ${this.done}/${this.total} (${this.elapsed(now)})\n`);
    } else return;
    this.lastLine = now;
  }

  finish(): void {
    const now = performance.now();
    process.stderr.write(`${this.tty ? '\r' : ''}${this.label}: done, ${this.total} in ${this.elapsed(now)}${this.tty ? ' '.repeat(30) : ''}\n`);
  }

  private elapsed(now: number): string {
    return `${((now - this.started) / 1000).toFixed(1)} s`;
  }
}

/** Run a step with a line on stderr when it takes more than a couple of seconds. */
export async function step<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
  const timer = setTimeout(() => process.stderr.write(`${label}…\n`), 2000);
  try {
    return await fn();
  } finally {
    clearTimeout(timer);
  }
}
