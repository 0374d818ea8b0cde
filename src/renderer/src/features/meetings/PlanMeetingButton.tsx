import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { useCreateMeeting } from './mutations'

/** Starts a plan for one person and opens the wizard at its first step. */
export function PlanMeetingButton({ personId, variant = 'secondary' }: { personId: string; variant?: 'primary' | 'secondary' | 'quiet' }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const create = useCreateMeeting()
  return (
    <>
      <Button
        variant={variant}
        disabled={create.isPending}
        onClick={() => create.mutate({ personId }, { onSuccess: (meeting) => navigate(`/meetings/${meeting.id}/plan`) })}
        data-testid="plan-meeting"
      >
        {t('meetings.plan')}
      </Button>
      {create.isError ? <InlineStatus tone="warn">{errorText(t, create.error)}</InlineStatus> : null}
    </>
  )
}
