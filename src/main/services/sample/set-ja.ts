import type { SampleSet } from './types'

/**
 * 日本語のサンプル。記事への感想から今日はじめてお茶をした人、今週 1on1 の約束がある人、オンラインで
 * やりとりが始まった人、登壇で知った人、しばらく連絡していない前職の先輩。お礼の文面はアプリの
 * テンプレートが敬語で書くので、ここでのメモは自分用の普通体のまま。
 */
export const jaSample: SampleSet = {
  topics: [
    {
      kind: 'expertise',
      title: 'オンコール負荷の見える化',
      body: 'PagerDuty と Grafana で、誰にどれだけ呼び出しが偏っているかを毎週ふり返っている。'
    },
    {
      kind: 'question',
      title: '小さなチームで設計レビューをどう回していますか？',
      body: 'いまのチームで試したいので、ほかのチームのやり方を知りたい。'
    }
  ],
  people: [
    {
      key: 'misaki',
      familyName: '佐藤',
      givenName: '美咲',
      familyNameKana: 'さとう',
      givenNameKana: 'みさき',
      headline: 'SRE リード',
      company: '北斗クラウド',
      department: 'プラットフォーム部',
      expertise: ['Kubernetes', '可観測性'],
      interests: ['ポストモーテム文化', '登山'],
      challenges: ['オンコールの負荷を偏らせない'],
      metHow: '記事「ポストモーテムを責め合わない場に」に感想をくれたのがきっかけ',
      metWhere: 'オンライン',
      stage: 'meeting_proposed',
      cadenceDays: 60,
      preferredLanguage: 'ja',
      preferredChannel: 'email',
      email: 'misaki.sato@example.jp',
      tags: ['SRE', '可観測性'],
      links: { linkedin: 'https://www.linkedin.com/in/example-misaki' },
      notes: '## 覚えておきたいこと\n- 週末はよく八ヶ岳に登る\n- チームで **ブレームレス** な振り返りを広めている',
      timeline: [
        { daysAgo: 30, kind: 'online_engaged', summary: '記事「ポストモーテムを責め合わない場に」に感想をもらった' },
        { daysAgo: 9, kind: 'message', summary: 'お茶にお誘いして、今日に決まった' }
      ]
    },
    {
      key: 'ken',
      familyName: '高橋',
      givenName: '健',
      familyNameKana: 'たかはし',
      givenNameKana: 'けん',
      headline: 'プロダクトマネージャー',
      company: '三日月ラボ',
      interests: ['ユーザーインタビュー', 'コーヒーの焙煎'],
      challenges: ['エンジニアとの仕様のすり合わせ'],
      stage: 'meeting_proposed',
      cadenceDays: 90,
      preferredLanguage: 'ja',
      tags: ['PM'],
      milestones: [{ kind: 'job_change', daysAgo: 60, note: '三日月ラボに転職' }],
      timeline: [
        { daysAgo: 21, kind: 'online_commented', summary: 'LinkedIn の投稿「仕様書より対話」にコメント' },
        { daysAgo: 6, kind: 'message', summary: '1on1 をお願いしたら、快く受けてくださった' }
      ]
    },
    {
      key: 'yuki',
      familyName: '中村',
      givenName: '由紀',
      familyNameKana: 'なかむら',
      givenNameKana: 'ゆき',
      headline: 'デベロッパーアドボケイト',
      company: 'Open Harbor',
      interests: ['コミュニティづくり', '技術文書'],
      stage: 'engaged_online',
      preferredLanguage: 'ja',
      tags: ['DevRel', '勉強会'],
      links: { x: 'https://x.com/example_yuki' },
      timeline: [
        { daysAgo: 45, kind: 'online_followed', summary: 'X でフォローした' },
        { daysAgo: 12, kind: 'online_replied', summary: '勉強会の Discord で、チュートリアルの書き方について返信' }
      ]
    },
    {
      key: 'aya',
      familyName: '山本',
      givenName: '彩',
      familyNameKana: 'やまもと',
      givenNameKana: 'あや',
      headline: 'デザイナー',
      company: 'Studio Kaze',
      interests: ['アクセシビリティ', 'タイポグラフィ'],
      stage: 'discovered',
      preferredLanguage: 'ja',
      tags: ['デザイン'],
      notes: '登壇「誰でも使えるフォーム」がとてもよかった。いつかお話を聞いてみたい。',
      timeline: [{ daysAgo: 3, kind: 'note', summary: '登壇資料「誰でも使えるフォーム」を読んだ' }]
    },
    {
      key: 'daisuke',
      familyName: '井上',
      givenName: '大輔',
      familyNameKana: 'いのうえ',
      givenNameKana: 'だいすけ',
      headline: 'テックリード',
      company: 'つばめシステムズ',
      expertise: ['Go', '設計レビュー'],
      interests: ['将棋', '若手の育成'],
      metHow: '前職で同じチーム。設計レビューの進め方を教わった',
      metWhere: '前職',
      metDaysAgo: 1500,
      stage: 'ongoing',
      // 90 日ごとに連絡したい相手に、最後の連絡から 100 日。そろそろ近況を伝えたい。
      cadenceDays: 90,
      preferredLanguage: 'ja',
      preferredChannel: 'chat',
      tags: ['前職'],
      timeline: [
        { daysAgo: 400, kind: 'met_in_person', summary: '前職の送別会で、今後のキャリアについて話した' },
        { daysAgo: 100, kind: 'call', summary: '転職の近況を電話で報告', body: '新しいチームでの設計レビューの始め方\n週に一度、小さなレビューから。題材は一番新しいメンバーが選ぶとよい、とのこと。' }
      ]
    }
  ],
  held: {
    person: 'misaki',
    purpose: 'オンコールを無理なく回す工夫',
    format: 'coffee',
    place: '神保町の喫茶店',
    questions: [
      { text: '「オンコールの負荷を偏らせない」について、いまはどう取り組んでいますか？', source: 'challenge' },
      { text: 'ポストモーテム文化に関心を持ったきっかけは何ですか？', source: 'interest' }
    ],
    notes: {
      caresAbout: '- 障害から学べるチームづくり\n- 週末の八ヶ岳登山',
      theirChallenges: '- オンコールの呼び出しが一部の人に偏っている',
      sharedInterests: '- ポストモーテムを責め合わない場にする工夫',
      helpEachOther: '- こちらの負荷の見える化が参考になりそう\n- 佐藤さんのチームの振り返りの進め方を教えてもらえる',
      myPromises: '- オンコール負荷ダッシュボードの設定例',
      theirPromises: '- 振り返りのテンプレートを見せてくれる',
      freeNotes: '次は山の話をもっと聞きたい。'
    }
  },
  planned: {
    person: 'ken',
    inDays: 2,
    at: '15:00',
    purpose: 'エンジニアと仕様をすり合わせる進め方',
    format: 'coffee',
    place: '大手町のカフェ',
    questions: [
      { text: '「エンジニアとの仕様のすり合わせ」について、いまはどう取り組んでいますか？', source: 'challenge' },
      { text: 'ユーザーインタビューに関心を持ったきっかけは何ですか？', source: 'interest' },
      { text: '小さなチームで設計レビューをどう回していますか？', source: 'topic' }
    ]
  },
  event: {
    name: 'SRE 勉強会 #42',
    kind: 'study_group',
    inDays: 4,
    at: '19:00',
    hours: 2,
    place: '渋谷のイベントスペース',
    attendees: ['yuki', 'aya'],
    goal: '障害の振り返りをどう続けているか、一人からじっくり聞く'
  }
}
