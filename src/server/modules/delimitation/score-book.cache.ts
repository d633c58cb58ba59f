import { type Score, ScoreBook } from "../../../domain/scoring/index.ts";

/**
 * Every workspace's scores as a {@link ScoreBook} (counts per item), kept in memory and valid for
 * one scores version.
 *
 * The database raises a workspace's scores version in the same transaction as every write to its
 * scores (statement triggers, migration 0005), whichever code path or process wrote. A reader
 * first reads the current version and only uses a book made at that version (or a newer one), so
 * a committed score is seen by the next request. A score saved through this process is applied
 * to the book in O(criteria) when the book is exactly one version behind; otherwise the book is
 * loaded again on the next read.
 *
 * Why a newer book is fine for an older version: the request started before that write
 * committed, so seeing it or not are both correct. Why applying twice is harmless: a put
 * replaces that scorer's score for that item, so applying a score the load already held changes
 * nothing.
 */
export interface ScoreBookSource {
  version(workspaceId: string): Promise<number>;
  scores(workspaceId: string): Promise<Score[]>;
}

interface Entry {
  version: number;
  book: Promise<ScoreBook>;
}

export class ScoreBookCache {
  readonly #source: ScoreBookSource;
  readonly #maxWorkspaces: number;
  readonly #entries = new Map<string, Entry>();
  readonly stats = { loads: 0, hits: 0, applied: 0 };

  constructor(source: ScoreBookSource, maxWorkspaces = 100) {
    this.#source = source;
    this.#maxWorkspaces = maxWorkspaces;
  }

  async book(workspaceId: string): Promise<ScoreBook> {
    const version = await this.#source.version(workspaceId);
    const entry = this.#entries.get(workspaceId);
    if (entry && entry.version >= version) {
      this.stats.hits++;
      this.#touch(workspaceId, entry);
      return entry.book;
    }
    this.stats.loads++;
    const book = this.#source.scores(workspaceId).then((scores) => {
      const loaded = new ScoreBook();
      for (const score of scores) loaded.put(score);
      return loaded;
    });
    const loading: Entry = { version, book };
    this.#touch(workspaceId, loading);
    book.catch(() => {
      if (this.#entries.get(workspaceId) === loading) this.#entries.delete(workspaceId);
    });
    return book;
  }

  /** A score this process committed, which raised the workspace's scores version to `version`. */
  applied(workspaceId: string, version: number, score: Score): void {
    const entry = this.#entries.get(workspaceId);
    if (!entry || entry.version !== version - 1) return;
    entry.version = version;
    entry.book = entry.book.then((book) => {
      book.put(score);
      return book;
    });
    // A failed load is reported to whoever reads the book, not as an unhandled rejection.
    entry.book.catch(() => {});
    this.stats.applied++;
  }

  #touch(workspaceId: string, entry: Entry) {
    this.#entries.delete(workspaceId);
    this.#entries.set(workspaceId, entry);
    if (this.#entries.size > this.#maxWorkspaces) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
