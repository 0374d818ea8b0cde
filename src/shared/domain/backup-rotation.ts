/** Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months that have one. */

export interface RotatedBackup {
  name: string
  /** The local date (YYYY-MM-DD) the backup was taken on, in the user's time zone. */
  day: string
  /** A sortable instant (ISO-8601): the later of two on the same day wins. */
  createdAt: string
}

export interface RotationPlan {
  keep: string[]
  remove: string[]
}

export const rotationLimits = { daily: 7, weekly: 4, monthly: 12 } as const

/** Monday of the ISO week a local date falls in: one key per week, whatever the year. */
function weekOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const utc = new Date(Date.UTC(year, month - 1, date))
  const sinceMonday = (utc.getUTCDay() + 6) % 7
  return new Date(Date.UTC(year, month - 1, date - sinceMonday)).toISOString().slice(0, 10)
}

const monthOf = (day: string): string => day.slice(0, 7)

/**
 * Plans a rotation. Counting buckets that hold a backup (not calendar days back from today) means
 * a month without the app running never empties the daily set. A backup dated after `today` (the
 * clock went back) counts as today's, so it is never thrown away as old.
 */
export function planRotation(backups: readonly RotatedBackup[], today: string): RotationPlan {
  const newestFirst = [...backups]
    .map((backup) => ({ ...backup, day: backup.day > today ? today : backup.day }))
    .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
  const keep = new Set<string>()
  const pick = (keyOf: (day: string) => string, limit: number) => {
    const seen = new Set<string>()
    for (const backup of newestFirst) {
      const key = keyOf(backup.day)
      if (seen.has(key)) continue
      if (seen.size >= limit) break
      seen.add(key)
      keep.add(backup.name)
    }
  }
  pick((day) => day, rotationLimits.daily)
  pick(weekOf, rotationLimits.weekly)
  pick(monthOf, rotationLimits.monthly)
  return {
    keep: newestFirst.filter((b) => keep.has(b.name)).map((b) => b.name),
    remove: newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name)
  }
}
