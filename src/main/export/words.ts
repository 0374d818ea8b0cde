import type { FollowupKind, MeetingFormat, MeetingStatus, NoteSection, TopicKind } from '../../shared/domain/meetings'
import type { InteractionKind, Language, Stage } from '../../shared/domain/people'
import { vocabulary } from '../../shared/i18n/vocabulary'

/** The vault's own words, in the app's language; the renderer's i18n is not shipped to main. */
export interface VaultWords {
  people: string
  oneOnOnes: string
  events: string
  followups: string
  topics: string
  index: string
  profile: string
  stage: string
  headline: string
  company: string
  email: string
  links: string
  expertise: string
  interests: string
  challenges: string
  howWeMet: string
  notes: string
  timeline: string
  milestones: string
  plan: string
  purpose: string
  format: string
  when: string
  place: string
  questions: string
  listening: string
  open: string
  done: string
  noDate: string
  stages: Record<Stage, string>
  formats: Record<MeetingFormat, string>
  statuses: Record<MeetingStatus, string>
  sections: Record<NoteSection, string>
  followupKinds: Record<FollowupKind, string>
  topicKinds: Record<TopicKind, string>
  interactionKinds: Record<InteractionKind, string>
}

const en: VaultWords = {
  people: 'People',
  oneOnOnes: 'One-on-ones',
  events: 'Events',
  followups: 'Follow-ups',
  topics: 'Topics',
  index: 'Engawa',
  profile: 'Profile',
  stage: 'Stage',
  headline: 'Role',
  company: 'Company',
  email: 'Email',
  links: 'Links',
  expertise: 'Expertise',
  interests: 'Interests',
  challenges: 'Challenges',
  howWeMet: 'How we met',
  notes: 'Notes',
  timeline: 'Timeline',
  milestones: 'Milestones',
  plan: 'Plan',
  purpose: 'Purpose',
  format: 'Format',
  when: 'When',
  place: 'Place',
  questions: 'Questions',
  listening: 'Listening notes',
  open: 'Open',
  done: 'Done',
  noDate: 'No date',
  stages: vocabulary.en.stages,
  formats: vocabulary.en.formats,
  statuses: { planned: 'Planned', ended: 'Ended', cancelled: 'Cancelled' },
  sections: {
    caresAbout: 'What they care about',
    theirChallenges: 'Their challenges',
    sharedInterests: 'Shared interests',
    helpEachOther: 'How we can help each other',
    myPromises: 'What I promised',
    theirPromises: 'What they promised',
    freeNotes: 'Free notes'
  },
  followupKinds: {
    thank_you: 'Thank-you',
    promised_action: 'Promised action',
    share_resource: 'Share a resource',
    reconnect: 'Reconnect',
    seasonal_greeting: 'Seasonal greeting',
    congratulate: 'Congratulate',
    propose_meeting: 'Propose a meeting'
  },
  topicKinds: { expertise: 'Expertise', project: 'Projects', problem: 'Problems', question: 'Questions' },
  interactionKinds: vocabulary.en.interactionKinds
}

const ja: VaultWords = {
  people: '人',
  oneOnOnes: '1on1',
  events: 'イベント',
  followups: 'フォローアップ',
  topics: '話題',
  index: 'Engawa',
  profile: 'プロフィール',
  stage: '段階',
  headline: '役割',
  company: '会社',
  email: 'メール',
  links: 'リンク',
  expertise: '専門',
  interests: '関心',
  challenges: '課題',
  howWeMet: '出会い',
  notes: 'メモ',
  timeline: 'タイムライン',
  milestones: '節目',
  plan: '計画',
  purpose: '目的',
  format: '形式',
  when: '日時',
  place: '場所',
  questions: '質問',
  listening: '傾聴メモ',
  open: '未完了',
  done: '完了',
  noDate: '日付なし',
  stages: vocabulary.ja.stages,
  formats: vocabulary.ja.formats,
  statuses: { planned: '予定', ended: '終了', cancelled: '中止' },
  sections: {
    caresAbout: '大切にしていること',
    theirChallenges: '相手の課題',
    sharedInterests: '共通の関心',
    helpEachOther: '助け合えること',
    myPromises: '自分の約束',
    theirPromises: '相手の約束',
    freeNotes: '自由メモ'
  },
  followupKinds: {
    thank_you: 'お礼',
    promised_action: '約束したこと',
    share_resource: '資料を共有',
    reconnect: '再びつながる',
    seasonal_greeting: '季節の挨拶',
    congratulate: 'お祝い',
    propose_meeting: '面談を提案'
  },
  topicKinds: { expertise: '専門', project: 'プロジェクト', problem: '課題', question: '質問' },
  interactionKinds: vocabulary.ja.interactionKinds
}

export const vaultWords: Record<Language, VaultWords> = { en, ja }
