import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'

/**
 * PGlite lets a second process open the same folder without complaint and then loses
 * committed data, so the app holds an exclusive lock file for as long as it runs.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holderPid: number,
  ) {
    super(
      `ข้อมูลในโฟลเดอร์นี้ถูกใช้งานโดยโปรเซสอื่นอยู่ (PID ${holderPid}) — เปิดได้ทีละโปรเซสเท่านั้น\n` +
        `The data folder is already in use by another Prongsai process (PID ${holderPid}). ` +
        `The embedded database allows one process at a time: stop the other process, ` +
        `or set DATABASE_URL to run several instances on a PostgreSQL server. Lock file: ${lockPath}`,
    )
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true })
  const lockPath = join(dataDir, 'prongsai.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      let released = false
      return () => {
        if (released) return
        released = true
        try {
          unlinkSync(lockPath)
        } catch {
          // already gone: nothing to release
        }
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10)
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(lockPath, holder)
      }
      // The holder crashed without cleaning up: the lock is stale.
      unlinkSync(lockPath)
    }
  }
  throw new Error(`could not take the lock ${lockPath}`)
}
