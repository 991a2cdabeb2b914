/**
 * Work in flight (interactions, replies), so that shutdown can stop taking new
 * work, wait a bounded time for what is running, and say honestly how it went.
 */

/** How a drain went: work finished during it, work still running at its deadline, work turned away. */
export interface DrainReport {
  finished: number;
  abandoned: number;
  refused: number;
}

export class InFlight {
  private readonly running = new Set<Promise<void>>();
  private refusedCount = 0;

  track(work: Promise<void>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  /** Count work that arrived after draining began and was not done. */
  refuse(): void {
    this.refusedCount += 1;
  }

  get size(): number {
    return this.running.size;
  }

  /** Wait for the work in flight, at most graceMs. */
  async drain(graceMs: number): Promise<DrainReport> {
    const waiting = this.running.size;
    if (waiting > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.running]),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    const abandoned = this.running.size;
    return { finished: Math.max(0, waiting - abandoned), abandoned, refused: this.refusedCount };
  }
}

/** Two reports as one (interactions and replies to answers). */
export function addReports(a: DrainReport, b: DrainReport): DrainReport {
  return { finished: a.finished + b.finished, abandoned: a.abandoned + b.abandoned, refused: a.refused + b.refused };
}
