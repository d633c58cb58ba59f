import fs from "node:fs";
import path from "node:path";

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `De database in ${dataDir} is in gebruik door een ander proces (pid ${pid}). ` +
        "Het ingebouwde PGlite-bestand kan maar door één proces tegelijk worden geopend: " +
        "stop eerst de server, of gebruik DATABASE_URL met PostgreSQL.",
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims the data directory for this process. PGlite corrupts its files when two processes
 * open them, so a second process must be refused rather than wait or share.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, "sociale-basis.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, since: new Date() }), {
        flag: "wx",
      });
      const release = () => {
        process.off("exit", release);
        try {
          const held = JSON.parse(fs.readFileSync(lockPath, "utf8")) as { pid: number };
          if (held.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let pid = 0;
      try {
        pid = (JSON.parse(fs.readFileSync(lockPath, "utf8")) as { pid: number }).pid;
      } catch {
        // Unreadable lock: treat as stale.
      }
      if (pid && isAlive(pid)) throw new DataDirBusyError(dataDir, pid);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Kan ${lockPath} niet aanmaken.`);
}
