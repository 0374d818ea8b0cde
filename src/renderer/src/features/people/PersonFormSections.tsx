import { useTranslation } from '../../i18n'
import {
  cadencePresets,
  channels,
  languages,
  linkKinds,
  milestoneKinds,
  nameOrders,
  stages,
  type MilestoneKind
} from '../../../../shared/domain/people'
import { Button } from '../../ui/Button'
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields'
import { Section } from '../../ui/layout'
import type { PersonFormState } from '../../../../shared/domain/person-form'

export interface SectionProps {
  form: PersonFormState
  set: <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) => void
  errors: Record<string, string>
}

export function NameSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Section title={t('form.sectionName')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('form.familyName')} value={form.familyName} onChange={(e) => set('familyName', e.target.value)} error={errors.familyName} testId="field-familyName" autoFocus />
        <TextField label={t('form.givenName')} value={form.givenName} onChange={(e) => set('givenName', e.target.value)} error={errors.givenName} testId="field-givenName" />
        <TextField label={t('form.familyNameKana')} value={form.familyNameKana} onChange={(e) => set('familyNameKana', e.target.value)} error={errors.familyNameKana} testId="field-familyNameKana" />
        <TextField label={t('form.givenNameKana')} value={form.givenNameKana} onChange={(e) => set('givenNameKana', e.target.value)} error={errors.givenNameKana} testId="field-givenNameKana" />
        <SelectField
          label={t('form.nameOrder')}
          value={form.nameOrder}
          onChange={(e) => set('nameOrder', e.target.value as PersonFormState['nameOrder'])}
          options={nameOrders.map((value) => ({ value, label: t(`nameOrders.${value}`) }))}
          error={errors.nameOrder}
          testId="field-nameOrder"
        />
      </div>
    </Section>
  )
}

export function WorkContactSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <>
      <Section title={t('form.sectionWork')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('form.headline')} value={form.headline} onChange={(e) => set('headline', e.target.value)} error={errors.headline} testId="field-headline" />
          <TextField label={t('form.company')} value={form.company} onChange={(e) => set('company', e.target.value)} error={errors.company} testId="field-company" />
          <TextField label={t('form.department')} value={form.department} onChange={(e) => set('department', e.target.value)} error={errors.department} />
        </div>
      </Section>
      <Section title={t('form.sectionContact')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('form.email')} type="email" value={form.email} onChange={(e) => set('email', e.target.value)} error={errors.email} testId="field-email" />
          {linkKinds.map((kind) => (
            <TextField
              key={kind}
              label={t(`links.${kind}`)}
              type="url"
              placeholder="https://"
              value={form.links[kind] ?? ''}
              onChange={(e) => set('links', { ...form.links, [kind]: e.target.value })}
              error={errors[`links.${kind}`]}
              testId={`field-link-${kind}`}
            />
          ))}
          <SelectField
            label={t('form.preferredChannel')}
            value={form.preferredChannel}
            onChange={(e) => set('preferredChannel', e.target.value as PersonFormState['preferredChannel'])}
            options={[{ value: '', label: t('form.notSet') }, ...channels.map((value) => ({ value, label: t(`channels.${value}`) }))]}
            error={errors.preferredChannel}
          />
          <SelectField
            label={t('form.preferredLanguage')}
            value={form.preferredLanguage}
            onChange={(e) => set('preferredLanguage', e.target.value as PersonFormState['preferredLanguage'])}
            options={[{ value: '', label: t('form.notSet') }, ...languages.map((value) => ({ value, label: t(`languages.${value}`) }))]}
            error={errors.preferredLanguage}
            testId="field-preferredLanguage"
          />
        </div>
      </Section>
    </>
  )
}

export function AboutSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <>
      <Section title={t('form.sectionAbout')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextArea label={t('form.expertise')} hint={t('form.listHint')} value={form.expertise} onChange={(e) => set('expertise', e.target.value)} error={errors.expertise} rows={3} testId="field-expertise" />
          <TextArea label={t('form.interests')} hint={t('form.listHint')} value={form.interests} onChange={(e) => set('interests', e.target.value)} error={errors.interests} rows={3} testId="field-interests" />
          <TextArea label={t('form.challenges')} hint={t('form.listHint')} value={form.challenges} onChange={(e) => set('challenges', e.target.value)} error={errors.challenges} rows={3} testId="field-challenges" />
        </div>
      </Section>
      <Section title={t('form.sectionMet')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <TextField label={t('form.metHow')} value={form.metHow} onChange={(e) => set('metHow', e.target.value)} error={errors.metHow} testId="field-metHow" />
          </div>
          <TextField label={t('form.metWhere')} value={form.metWhere} onChange={(e) => set('metWhere', e.target.value)} error={errors.metWhere} />
          <TextField label={t('form.metOn')} type="date" value={form.metOn} onChange={(e) => set('metOn', e.target.value)} error={errors.metOn} />
        </div>
      </Section>
    </>
  )
}

export function RelationshipSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation()
  const cadenceOptions = [
    { value: '', label: t('form.cadenceNone') },
    ...[...new Set([...cadencePresets, ...(form.cadenceDays ? [Number(form.cadenceDays)] : [])])]
      .sort((a, b) => a - b)
      .map((days) => ({ value: String(days), label: t('form.cadenceDays', { count: days }) }))
  ]
  return (
    <Section title={t('form.sectionRelationship')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('form.stage')}
          value={form.stage}
          onChange={(e) => set('stage', e.target.value as PersonFormState['stage'])}
          options={stages.map((value) => ({ value, label: t(`stages.${value}`) }))}
          error={errors.stage}
          testId="field-stage"
        />
        <SelectField
          label={t('form.cadence')}
          hint={t('form.cadenceWhy')}
          value={form.cadenceDays}
          onChange={(e) => set('cadenceDays', e.target.value)}
          options={cadenceOptions}
          error={errors.cadenceDays}
          testId="field-cadence"
        />
        <TextField label={t('form.tags')} hint={t('form.tagsHint')} value={form.tags} onChange={(e) => set('tags', e.target.value)} error={errors.tags} testId="field-tags" />
        <CheckboxField label={t('form.mourning')} hint={t('form.mourningWhy')} checked={form.mourning} onChange={(e) => set('mourning', e.target.checked)} testId="field-mourning" />
        <SelectField
          label={t('aftercare.greetings')}
          hint={t('aftercare.greetingsHint')}
          value={form.greetings === null ? '' : form.greetings ? 'on' : 'off'}
          onChange={(e) => set('greetings', e.target.value === '' ? null : e.target.value === 'on')}
          options={[
            { value: '', label: t('aftercare.greetingsDefault') },
            { value: 'on', label: t('aftercare.greetingsOn') },
            { value: 'off', label: t('aftercare.greetingsOff') }
          ]}
          testId="field-greetings"
        />
        <TextArea label={t('aftercare.postalAddress')} hint={t('aftercare.postalAddressHint')} value={form.postalAddress} onChange={(e) => set('postalAddress', e.target.value)} error={errors.postalAddress} rows={2} testId="field-postalAddress" />
      </div>
    </Section>
  )
}

// A year-less birthday (--MM-DD) is shown in the date picker in a leap year, so 29 February fits.
const leapYear = '2000'
const yearless = (date: string) => date.startsWith('--')
function toggleYear(date: string, unknown: boolean): string {
  if (date === '') return ''
  if (unknown) return yearless(date) ? date : `--${date.slice(5)}`
  return yearless(date) ? `${leapYear}${date.slice(1)}` : date
}

export function MilestonesNotesSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<PersonFormState['milestones'][number]>) =>
    set('milestones', form.milestones.map((milestone, i) => (i === index ? { ...milestone, ...patch } : milestone)))
  // Rows without a date are not sent, so the server's index counts only the dated rows above.
  const sentKey = (index: number) => `milestones.${form.milestones.slice(0, index).filter((milestone) => milestone.date !== '').length}`
  return (
    <>
      <Section title={t('form.sectionMilestones')}>
        {form.milestones.map((milestone, index) => (
          <div key={index} className="mb-3 grid items-end gap-3 sm:grid-cols-[10rem_10rem_1fr_auto]">
            <SelectField
              label={t('form.milestoneKind')}
              value={milestone.kind}
              onChange={(e) => update(index, { kind: e.target.value as MilestoneKind })}
              options={milestoneKinds.map((value) => ({ value, label: t(`milestones.${value}`) }))}
            />
            <TextField
              label={t('form.milestoneDate')}
              type="date"
              value={yearless(milestone.date) ? `${leapYear}${milestone.date.slice(1)}` : milestone.date}
              onChange={(e) => update(index, { date: yearless(milestone.date) && e.target.value ? `--${e.target.value.slice(5)}` : e.target.value })}
              error={milestone.date ? errors[`${sentKey(index)}.date`] : undefined}
            />
            <TextField label={t('form.milestoneNote')} value={milestone.note} onChange={(e) => update(index, { note: e.target.value })} error={milestone.date ? errors[`${sentKey(index)}.note`] : undefined} />
            <Button variant="quiet" onClick={() => set('milestones', form.milestones.filter((_, i) => i !== index))}>
              {t('common.remove')}
            </Button>
            {milestone.kind === 'birthday' ? (
              <div className="sm:col-span-4">
                <CheckboxField
                  label={t('aftercare.yearUnknown')}
                  checked={yearless(milestone.date)}
                  onChange={(e) => update(index, { date: toggleYear(milestone.date, e.target.checked) })}
                  testId="milestone-year-unknown"
                />
              </div>
            ) : null}
          </div>
        ))}
        <Button variant="quiet" className="-ml-1.5" onClick={() => set('milestones', [...form.milestones, { kind: 'birthday', date: '', note: '' }])}>
          {t('form.addMilestone')}
        </Button>
        {errors.milestones ? <p className="text-xs text-warn">{errors.milestones}</p> : null}
      </Section>
      <Section title={t('form.sectionNotes')}>
        <TextArea label={t('form.notes')} value={form.notes} onChange={(e) => set('notes', e.target.value)} error={errors.notes} rows={6} testId="field-notes" />
      </Section>
    </>
  )
}
