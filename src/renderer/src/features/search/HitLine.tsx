import { useTranslation } from '../../i18n'
import type { SearchHit } from '../../../../shared/api/search'

/** A hit: its title, where in it the match is, and the snippet with the match marked (never HTML). */
export function HitLine({ hit, selected }: { hit: SearchHit; selected: boolean }) {
  const { t } = useTranslation()
  return (
    <span className="flex flex-col gap-0.5">
      <span className="font-medium">
        {hit.title}
        {hit.section ? <span className={`ml-2 text-xs font-normal ${selected ? 'text-ink' : 'text-muted'}`}>{t(`search.places.${hit.section}`)}</span> : null}
      </span>
      {hit.snippet.length > 0 ? (
        <span className={`line-clamp-2 text-sm ${selected ? 'text-ink' : 'text-muted'}`} data-testid="search-snippet">
          {hit.snippet.map((part, index) =>
            part.match ? (
              <mark key={index} className="bg-transparent font-semibold text-ink underline decoration-2 underline-offset-2">
                {part.text}
              </mark>
            ) : (
              <span key={index}>{part.text}</span>
            )
          )}
        </span>
      ) : null}
    </span>
  )
}
