import { useTranslation } from 'react-i18next'

type Formatters = { date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat; utcDate: Intl.DateTimeFormat; monthDay: Intl.DateTimeFormat; list: Intl.ListFormat }

// Building an Intl formatter is slow (tens of ms the first time); one set per locale is enough.
const cache = new Map<string, Formatters>()

function formattersFor(locale: string): Formatters {
  let formatters = cache.get(locale)
  if (!formatters) {
    formatters = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      utcDate: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
      monthDay: new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }),
      list: new Intl.ListFormat(locale, { type: 'conjunction' })
    }
    cache.set(locale, formatters)
  }
  return formatters
}

function formatLocal(formatters: Formatters, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return formatters.utcDate.format(new Date(Date.UTC(year, month - 1, day)))
}

/** Dates through Intl in the UI language; local dates (YYYY-MM-DD) are shown without a zone shift. */
export function useFormat() {
  const { i18n } = useTranslation()
  const formatters = formattersFor(i18n.language === 'ja' ? 'ja-JP' : 'en-GB')
  return {
    instant: (iso: string) => formatters.dateTime.format(new Date(iso)),
    instantDate: (iso: string) => formatters.date.format(new Date(iso)),
    localDate: (date: string) => formatLocal(formatters, date),
    /** Names as one list ("A, B and C", 「A、B、C」). */
    list: (items: string[]) => formatters.list.format(items),
    /** A milestone's date, which may be year-less (--MM-DD): then month and day only. */
    milestoneDate: (date: string) => {
      if (!date.startsWith('--')) return formatLocal(formatters, date)
      const [month, day] = date.slice(2).split('-').map(Number) as [number, number]
      return formatters.monthDay.format(new Date(Date.UTC(2000, month - 1, day)))
    }
  }
}
