/**
 * Who may write to the file now. Ordinary writes on the main connection are `shared`: they run
 * freely beside each other (one connection serialises them). Long work that writes through a
 * connection of its own in one transaction (an import's worker) is `exclusive`: it starts once the
 * shared writes in flight have ended, and shared writes wait until it has committed or rolled back,
 * so none of them meets a locked file (which would stop the main thread for `busy_timeout`).
 */
export interface WriteGate {
  shared<T>(write: () => T | Promise<T>): Promise<T>
  exclusive<T>(write: () => Promise<T>): Promise<T>
  /** True while an exclusive writer holds the file or waits for it; callers that cannot wait try later. */
  readonly closed: boolean
}

export function createWriteGate(): WriteGate {
  let shared = 0
  // Exclusive writers in order; the first holds the file once `shared` is 0.
  const exclusives: (() => void)[] = []
  let holding = false
  const waitingShared: (() => void)[] = []

  const next = () => {
    if (holding) return
    const first = exclusives[0]
    if (first) {
      if (shared === 0) {
        holding = true
        exclusives.shift()
        first()
      }
      return
    }
    for (const wake of waitingShared.splice(0)) wake()
  }

  return {
    async shared(write) {
      // Writers in line go first: a steady stream of small writes must not starve an import.
      while (holding || exclusives.length > 0) await new Promise<void>((resolve) => waitingShared.push(resolve))
      shared++
      try {
        return await write()
      } finally {
        shared--
        next()
      }
    },
    async exclusive(write) {
      await new Promise<void>((resolve) => {
        exclusives.push(resolve)
        next()
      })
      try {
        return await write()
      } finally {
        holding = false
        next()
      }
    },
    get closed() {
      return holding || exclusives.length > 0
    }
  }
}
