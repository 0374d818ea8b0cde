import { useTranslation } from '../../i18n'
import type { DueWording } from '../../../../shared/domain/followups'
import { useFormat } from '../../ui/format'

/** A follow-up's due line in the UI language; `short` is the inbox row's form (a bare date). */
export function DueLine({ wording, short = false }: { wording: DueWording; short?: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  switch (wording.key) {
    case 'waitingSince':
      return <>{t('followups.waitingSince', { date: format.localDate(wording.date) })}</>
    case 'dueToday':
      return <>{short ? t('followups.today') : t('followups.dueToday')}</>
    case 'due':
      return <>{short ? format.localDate(wording.date) : t('followups.due', { date: format.localDate(wording.date) })}</>
    case 'done':
      return <>{t(`followups.status.${wording.status}`, { date: wording.at ? format.instant(wording.at) : '' })}</>
  }
}
