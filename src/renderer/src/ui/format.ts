import { useTranslation } from '../i18n'

const styles = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  utcDate: { dateStyle: 'medium', timeZone: 'UTC' },
  monthDay: { month: 'long', day: 'numeric', timeZone: 'UTC' }
} satisfies Record<string, Intl.DateTimeFormatOptions>
type Style = keyof typeof styles

// Building the first Intl date formatter of a page costs ~50 ms (its locale data loads), so each one
// is built when a date is first formatted, not when a screen merely renders: the first paint (the
// shell, Today still loading) formats no date and must not wait for it. Kept once built.
const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale} ${style}`
  let built = cache.get(key)
  if (!built) {
    built = new Intl.DateTimeFormat(locale, styles[style])
    cache.set(key, built)
  }
  return built
}

const lists = new Map<string, Intl.ListFormat>()

function listFormatter(locale: string): Intl.ListFormat {
  let built = lists.get(locale)
  if (!built) {
    built = new Intl.ListFormat(locale, { type: 'conjunction' })
    lists.set(locale, built)
  }
  return built
}

const localeOf = (language: string) => (language === 'ja' ? 'ja-JP' : 'en-GB')

/**
 * Builds the formatter of local dates (Today's heading, every due date) ahead of use. The page's
 * first Intl date formatter costs 30–50 ms whatever its locale (the time-zone data loads): spent
 * while the page is idle, it is not spent in the render that shows Today once its data arrives.
 */
export function prepareDateFormat(language: string): void {
  formatter(localeOf(language), 'utcDate')
}

function formatLocal(locale: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return formatter(locale, 'utcDate').format(new Date(Date.UTC(year, month - 1, day)))
}

/** Dates through Intl in the UI language; local dates (YYYY-MM-DD) are shown without a zone shift. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return {
    instant: (iso: string) => formatter(locale, 'dateTime').format(new Date(iso)),
    instantDate: (iso: string) => formatter(locale, 'date').format(new Date(iso)),
    localDate: (date: string) => formatLocal(locale, date),
    /** Names as one list ("A, B and C", 「A、B、C」). */
    list: (items: string[]) => listFormatter(locale).format(items),
    /** A milestone's date, which may be year-less (--MM-DD): then month and day only. */
    milestoneDate: (date: string) => {
      if (!date.startsWith('--')) return formatLocal(locale, date)
      const [month, day] = date.slice(2).split('-').map(Number) as [number, number]
      return formatter(locale, 'monthDay').format(new Date(Date.UTC(2000, month - 1, day)))
    }
  }
}
