import { createElement, lazy, useState, type ComponentType } from 'react'

/**
 * A screen whose code loads apart from the first one, and can be loaded ahead (`preload`). Once
 * loaded it renders directly: a React.lazy component suspends on its first render even when its
 * module is already there, and React holds a revealed Suspense boundary back for up to 300 ms,
 * which made the first visit to every screen take at least that long.
 */
function preloadableScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | null = null
  let loading: Promise<ComponentType<Props>> | null = null
  const preload = () => (loading ??= load().then((screen) => (loaded = screen)))
  const Lazy = lazy(() => preload().then((screen) => ({ default: screen })))
  // The type is fixed for each mount: were it to switch from Lazy to the loaded screen on a later
  // render, React would unmount the screen and lose what was typed in it.
  const Screen = (props: Props) => {
    const [type] = useState(() => loaded ?? Lazy)
    return createElement(type, props)
  }
  return { Screen, preload }
}

/**
 * Every screen but Today, each loaded apart. People first: it is opened most, so `preloadScreens`
 * loads it first when the app is idle after start; the rest follow, one per idle moment.
 */
const entries = {
  PeopleListScreen: preloadableScreen(() => import('../features/people/PeopleListScreen').then((m) => m.PeopleListScreen)),
  PersonScreen: preloadableScreen(() => import('../features/people/PersonScreen').then((m) => m.PersonScreen)),
  NewEventScreen: preloadableScreen(() => import('../features/events/BasicsStep').then((m) => m.NewEventScreen)),
  EventPrepScreen: preloadableScreen(() => import('../features/events/EventPrepScreen').then((m) => m.EventPrepScreen)),
  EventScreen: preloadableScreen(() => import('../features/events/EventScreen').then((m) => m.EventScreen)),
  EventsScreen: preloadableScreen(() => import('../features/events/EventsScreen').then((m) => m.EventsScreen)),
  PrepSheetScreen: preloadableScreen(() => import('../features/events/PrepSheetScreen').then((m) => m.PrepSheetScreen)),
  ReflectScreen: preloadableScreen(() => import('../features/events/ReflectScreen').then((m) => m.ReflectScreen)),
  FollowupScreen: preloadableScreen(() => import('../features/followups/FollowupScreen').then((m) => m.FollowupScreen)),
  FollowupsScreen: preloadableScreen(() => import('../features/followups/FollowupsScreen').then((m) => m.FollowupsScreen)),
  MeetingScreen: preloadableScreen(() => import('../features/meetings/MeetingScreen').then((m) => m.MeetingScreen)),
  MeetingsScreen: preloadableScreen(() => import('../features/meetings/MeetingsScreen').then((m) => m.MeetingsScreen)),
  PlanMeetingScreen: preloadableScreen(() => import('../features/meetings/PlanMeetingScreen').then((m) => m.PlanMeetingScreen)),
  PipelineScreen: preloadableScreen(() => import('../features/pipeline/PipelineScreen').then((m) => m.PipelineScreen)),
  SettingsScreen: preloadableScreen(() => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen)),
  TopicsScreen: preloadableScreen(() => import('../features/topics/TopicsScreen').then((m) => m.TopicsScreen)),
  TrashScreen: preloadableScreen(() => import('../features/trash/TrashScreen').then((m) => m.TrashScreen)),
  EditPersonScreen: preloadableScreen(() => import('../features/people/EditPersonScreens').then((m) => m.EditPersonScreen)),
  NewPersonScreen: preloadableScreen(() => import('../features/people/EditPersonScreens').then((m) => m.NewPersonScreen)),
  OnlineScreen: preloadableScreen(() => import('../features/online/OnlineScreen').then((m) => m.OnlineScreen)),
  CommunityScreen: preloadableScreen(() => import('../features/online/CommunityScreen').then((m) => m.CommunityScreen)),
  WorkScreen: preloadableScreen(() => import('../features/online/WorkScreen').then((m) => m.WorkScreen)),
  SeasonalRoute: preloadableScreen(() => import('../features/seasonal/SeasonalScreen').then((m) => m.SeasonalRoute)),
  ResourcesScreen: preloadableScreen(() => import('../features/resources/ResourcesScreen').then((m) => m.ResourcesScreen)),
  ImportScreen: preloadableScreen(() => import('../features/imports/ImportScreen').then((m) => m.ImportScreen)),
}

type Entries = typeof entries
export const screens = Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, entry.Screen])) as {
  [Name in keyof Entries]: Entries[Name]['Screen']
}

/** Loads the screens' code in order, each when the page is next idle; returns a cancel. */
export function preloadScreens(): () => void {
  const queue = Object.values(entries)
  let handle = 0
  const next = () => {
    const entry = queue.shift()
    if (!entry) return
    handle = requestIdleCallback(() => void entry.preload().finally(next), { timeout: 5000 })
  }
  next()
  return () => cancelIdleCallback(handle)
}
