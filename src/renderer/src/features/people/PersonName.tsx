import { displayName, displayReading, type NameParts } from '../../../../shared/domain/names'

/**
 * The name in the person's own order with its reading. The reading is a separate quiet line
 * rather than <ruby>: per-part ruby spreads short kanji names apart (高 橋).
 */
export function PersonName({ name, layout = 'inline' }: { name: NameParts; layout?: 'inline' | 'stacked' }) {
  const reading = displayReading(name)
  if (layout === 'stacked') {
    return (
      <span className="flex flex-col">
        {reading ? (
          <span className="text-sm font-normal tracking-wider text-muted" data-testid="name-reading">
            {reading}
          </span>
        ) : null}
        <span>{displayName(name)}</span>
      </span>
    )
  }
  return (
    <span>
      {displayName(name)}
      {reading ? (
        <span className="ml-2 text-xs font-normal tracking-wider text-muted" data-testid="name-reading">
          {reading}
        </span>
      ) : null}
    </span>
  )
}
