import { sql } from "drizzle-orm";
import type { RealismRating } from "../../../domain/expectations/index.ts";
import type { Answer, Overall } from "../../../domain/scoring/index.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type { Database } from "../../db/client.ts";

/** The channel every process LISTENs on. */
export const liveChannel = "sb_live";

/**
 * What a process tells the others (and itself) through NOTIFY, sent in the transaction of the
 * write so it is delivered exactly when, and only if, the write commits — in commit order.
 * Short keys: a NOTIFY payload is limited to 8000 bytes.
 */
export type LiveEvent =
  /** The session, its agenda or a step state changed (or the session was deleted): reload. */
  | { s: string; t: "state" }
  | { s: string; t: "joined" }
  /** A marker a process sends itself: once it arrives, every earlier commit has arrived too. */
  | { s: ""; t: "caught_up"; n: string }
  | { s: string; t: "moderated"; id: string; status: "pending" | "approved" | "hidden" }
  | {
      s: string;
      t: "votes";
      v: (
        | {
            k: "item";
            p: string;
            g: string | null;
            st: string;
            i: string;
            /** Only the answers this vote gave; merged into the score held. */
            a?: Record<string, Answer>;
            /** The score's overall judgement and sphere after the write. */
            o: Overall | null;
            sp: Sphere | null;
          }
        | { k: "realism"; p: string; g: string | null; st: string; e: string; r: RealismRating }
        | { k: "open"; p: string; st: string; id: string; x: string }
      )[];
    };

type Executor = Pick<Database, "execute">;

export async function notifyLive(tx: Executor, event: LiveEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${liveChannel}, ${JSON.stringify(event)})`);
}
