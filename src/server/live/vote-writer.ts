import type { VoteOutcome, VoteToWrite } from "../modules/live/live.repository.ts";

export type WriteOutcome = VoteOutcome | "unknown_target" | "failed";

interface Pending {
  vote: VoteToWrite;
  resolve: (outcome: WriteOutcome) => void;
}

/** PostgreSQL errors that mean the vote itself is wrong (a target deleted meanwhile), not the database. */
const refusedCodes = new Set(["23503", "23514", "22P02"]);

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.code ?? e?.cause?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Group commit: votes that arrive while a batch is being written wait for the next batch, so
 * under load many votes share one transaction, and a quiet room still writes each vote at once.
 * A vote's promise resolves only after its transaction committed (or failed).
 */
export class VoteWriter {
  #queue: Pending[] = [];
  #writing = false;
  readonly stats = { batches: 0, votes: 0, largestBatch: 0 };

  constructor(
    private readonly write: (votes: VoteToWrite[]) => Promise<VoteOutcome[]>,
    private readonly maxBatch = 500,
  ) {}

  submit(vote: VoteToWrite): Promise<WriteOutcome> {
    return new Promise((resolve) => {
      this.#queue.push({ vote, resolve });
      if (!this.#writing) this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#writing = true;
    // Let the votes of this event-loop turn join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#queue.length) {
      const batch = this.#queue.splice(0, this.maxBatch);
      this.stats.batches++;
      this.stats.votes += batch.length;
      this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
      try {
        const outcomes = await this.write(batch.map((p) => p.vote));
        for (const [i, pending] of batch.entries()) pending.resolve(outcomes[i]!);
      } catch {
        // One bad vote fails the whole batch: write them one by one to find it.
        for (const pending of batch) pending.resolve(await this.#writeAlone(pending.vote));
      }
    }
    this.#writing = false;
  }

  async #writeAlone(vote: VoteToWrite): Promise<WriteOutcome> {
    try {
      const [outcome] = await this.write([vote]);
      return outcome!;
    } catch (error) {
      return refusedCodes.has(errorCode(error) ?? "") ? "unknown_target" : "failed";
    }
  }
}
