import type { MeetingFormat } from '../domain/meetings'
import type { InteractionKind, Language, Stage } from '../domain/people'

/**
 * The app's words for its own vocabulary (relationship stages, meeting formats, timeline kinds),
 * in one place for both processes: the window shows them and the Markdown export writes them, so
 * a person's page says exactly what the app says.
 */
export const vocabulary = {
  en: {
    stages: {
      discovered: 'Discovered',
      engaged_online: 'Engaged online',
      meeting_proposed: 'Meeting proposed',
      met: 'Met',
      ongoing: 'Ongoing'
    },
    interactionKinds: {
      note: 'Note',
      met_in_person: 'Met in person',
      call: 'Call',
      message: 'Message',
      meeting: 'One-on-one',
      event: 'Event',
      thank_you_sent: 'Thank-you sent',
      followup_sent: 'Follow-up sent',
      online_followed: 'Followed online',
      online_commented: 'Commented on their post',
      online_replied: 'Replied in a community',
      online_engaged: 'They engaged with my work',
      met_in_passing: 'Met in passing',
      they_shared: 'They shared something with me'
    },
    formats: { coffee: 'Coffee', lunch: 'Lunch', call: 'Call', walk: 'Walk', other: 'Other' }
  },
  ja: {
    stages: {
      discovered: '知った',
      engaged_online: 'オンラインで交流',
      meeting_proposed: '面談を提案',
      met: '会った',
      ongoing: '継続中'
    },
    interactionKinds: {
      note: 'メモ',
      met_in_person: '対面で会った',
      call: '通話',
      message: 'メッセージ',
      meeting: '1on1',
      event: 'イベント',
      thank_you_sent: 'お礼を送った',
      followup_sent: 'フォローアップを送った',
      online_followed: 'オンラインでフォロー',
      online_commented: '投稿にコメント',
      online_replied: 'コミュニティで返信',
      online_engaged: '自分の発信に反応があった',
      met_in_passing: '立ち話をした',
      they_shared: '相手から共有してもらった'
    },
    formats: { coffee: 'コーヒー', lunch: 'ランチ', call: '通話', walk: '散歩', other: 'その他' }
  }
} as const satisfies Record<Language, VocabularyWords>

/** Every stage, format and timeline kind has its word in every language (the compiler checks). */
export interface VocabularyWords {
  stages: Record<Stage, string>
  interactionKinds: Record<InteractionKind, string>
  formats: Record<MeetingFormat, string>
}
