import { useTranslation } from 'react-i18next'

/** Dates through Intl in the UI language; local dates (YYYY-MM-DD) are shown without a zone shift. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'ja' ? 'ja-JP' : 'en-GB'
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return {
    instant: (iso: string) => dateTimeFormat.format(new Date(iso)),
    instantDate: (iso: string) => dateFormat.format(new Date(iso)),
    localDate: (date: string) => {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number]
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, day))
      )
    }
  }
}
