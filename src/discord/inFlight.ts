/**
 * Work in flight (interactions, replies), so that shutdown can stop taking new
 * work and wait a bounded time for what is running.
 */
export class InFlight {
  private readonly running = new Set<Promise<void>>();

  track(work: Promise<void>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  get size(): number {
    return this.running.size;
  }

  /** Wait for the work in flight, at most graceMs; returns how many were still running (abandoned). */
  async drain(graceMs: number): Promise<number> {
    if (this.running.size === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.running]),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      }),
    ]);
    clearTimeout(timer);
    return this.running.size;
  }
}
