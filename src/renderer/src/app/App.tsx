import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Redirect, Route, Router, Switch } from 'wouter'
import { navigate, useHashLocation } from 'wouter/use-hash-location'
import { dockActionRoutes, isDockAction } from '../../../shared/domain/dock-actions'
import { transport } from '../api/client'
import { useApplySettings, useSettings } from '../features/settings/queries'
import { TodayScreen } from '../features/today/TodayScreen'
import { WelcomeScreen } from '../features/welcome/WelcomeScreen'
import { errorText } from '../ui/errors'
import { peopleList, personPage } from './people-screens'
import { usePrefetchWhenIdle } from './prefetch'
import { usePushRefresh } from './refresh'
import { Shell } from './Shell'

// Today comes first and stays in the main bundle; People loads when the app is idle after start
// (app/people-screens.ts), other screens when first opened.
const PeopleListScreen = peopleList.Screen
const PersonScreen = personPage.Screen
const NewEventScreen = lazy(() => import('../features/events/BasicsStep').then((m) => ({ default: m.NewEventScreen })))
const EventPrepScreen = lazy(() => import('../features/events/EventPrepScreen').then((m) => ({ default: m.EventPrepScreen })))
const EventScreen = lazy(() => import('../features/events/EventScreen').then((m) => ({ default: m.EventScreen })))
const EventsScreen = lazy(() => import('../features/events/EventsScreen').then((m) => ({ default: m.EventsScreen })))
const PrepSheetScreen = lazy(() => import('../features/events/PrepSheetScreen').then((m) => ({ default: m.PrepSheetScreen })))
const ReflectScreen = lazy(() => import('../features/events/ReflectScreen').then((m) => ({ default: m.ReflectScreen })))
const FollowupScreen = lazy(() => import('../features/followups/FollowupScreen').then((m) => ({ default: m.FollowupScreen })))
const FollowupsScreen = lazy(() => import('../features/followups/FollowupsScreen').then((m) => ({ default: m.FollowupsScreen })))
const MeetingScreen = lazy(() => import('../features/meetings/MeetingScreen').then((m) => ({ default: m.MeetingScreen })))
const MeetingsScreen = lazy(() => import('../features/meetings/MeetingsScreen').then((m) => ({ default: m.MeetingsScreen })))
const PlanMeetingScreen = lazy(() => import('../features/meetings/PlanMeetingScreen').then((m) => ({ default: m.PlanMeetingScreen })))
const PipelineScreen = lazy(() => import('../features/pipeline/PipelineScreen').then((m) => ({ default: m.PipelineScreen })))
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })))
const TopicsScreen = lazy(() => import('../features/topics/TopicsScreen').then((m) => ({ default: m.TopicsScreen })))
const TrashScreen = lazy(() => import('../features/trash/TrashScreen').then((m) => ({ default: m.TrashScreen })))
const EditPersonScreen = lazy(() => import('../features/people/EditPersonScreens').then((m) => ({ default: m.EditPersonScreen })))
const NewPersonScreen = lazy(() => import('../features/people/EditPersonScreens').then((m) => ({ default: m.NewPersonScreen })))
const OnlineScreen = lazy(() => import('../features/online/OnlineScreen').then((m) => ({ default: m.OnlineScreen })))
const CommunityScreen = lazy(() => import('../features/online/CommunityScreen').then((m) => ({ default: m.CommunityScreen })))
const WorkScreen = lazy(() => import('../features/online/WorkScreen').then((m) => ({ default: m.WorkScreen })))
const SeasonalRoute = lazy(() => import('../features/seasonal/SeasonalScreen').then((m) => ({ default: m.SeasonalRoute })))
const ResourcesScreen = lazy(() => import('../features/resources/ResourcesScreen').then((m) => ({ default: m.ResourcesScreen })))
const ImportScreen = lazy(() => import('../features/imports/ImportScreen').then((m) => ({ default: m.ImportScreen })))

/** The tray asks for one follow-up, or a dock or jump-list action for a screen: show it. */
function useOpenRequests() {
  useEffect(() => transport.on('followups.open', (payload) => navigate(`/followups/${(payload as { id: string }).id}`)), [])
  useEffect(
    () =>
      transport.on('app.open', (payload) => {
        const { action } = payload as { action: unknown }
        if (isDockAction(action)) navigate(dockActionRoutes[action])
      }),
    []
  )
}

export function App() {
  const { t } = useTranslation()
  const settings = useSettings()
  useApplySettings(settings.data)
  usePushRefresh()
  useOpenRequests()
  usePrefetchWhenIdle()
  if (settings.isError) {
    return (
      <p role="alert" className="p-10 text-warn">
        {errorText(t, settings.error)}
      </p>
    )
  }
  if (!settings.data) return null
  if (!settings.data.onboarded) return <WelcomeScreen settings={settings.data} />
  return (
    <Router hook={useHashLocation}>
      <Shell>
        <div data-testid="app-ready" hidden />
        <Suspense fallback={null}>
          <Switch>
            <Route path="/today" component={TodayScreen} />
            <Route path="/people" component={PeopleListScreen} />
            <Route path="/people/new" component={NewPersonScreen} />
            <Route path="/people/:id/edit">{(params) => <EditPersonScreen key={params.id} id={params.id} />}</Route>
            <Route path="/people/:id">{(params) => <PersonScreen key={params.id} id={params.id} />}</Route>
            <Route path="/pipeline" component={PipelineScreen} />
            <Route path="/online" component={OnlineScreen} />
            <Route path="/online/communities/:id">{(params) => <CommunityScreen key={params.id} id={params.id} />}</Route>
            <Route path="/online/works/:id">{(params) => <WorkScreen key={params.id} id={params.id} />}</Route>
            <Route path="/followups" component={FollowupsScreen} />
            <Route path="/followups/:id">{(params) => <FollowupScreen key={params.id} id={params.id} />}</Route>
            <Route path="/meetings">
              <MeetingsScreen />
            </Route>
            <Route path="/meetings/new">
              <MeetingsScreen key="new" picking />
            </Route>
            <Route path="/meetings/:id/plan">{(params) => <PlanMeetingScreen key={params.id} id={params.id} />}</Route>
            <Route path="/meetings/:id">{(params) => <MeetingScreen key={params.id} id={params.id} />}</Route>
            <Route path="/events" component={EventsScreen} />
            <Route path="/events/new" component={NewEventScreen} />
            <Route path="/events/:id/prep">{(params) => <EventPrepScreen key={params.id} id={params.id} />}</Route>
            <Route path="/events/:id/sheet">{(params) => <PrepSheetScreen key={params.id} id={params.id} />}</Route>
            <Route path="/events/:id/reflect">{(params) => <ReflectScreen key={params.id} id={params.id} />}</Route>
            <Route path="/events/:id">{(params) => <EventScreen key={params.id} id={params.id} />}</Route>
            <Route path="/seasonal/:kind/:year">{(params) => <SeasonalRoute key={`${params.kind}-${params.year}`} kind={params.kind} year={params.year} />}</Route>
            <Route path="/resources" component={ResourcesScreen} />
            <Route path="/topics" component={TopicsScreen} />
            <Route path="/trash" component={TrashScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route path="/import" component={ImportScreen} />
            <Route>
              <Redirect to="/today" />
            </Route>
          </Switch>
        </Suspense>
      </Shell>
    </Router>
  )
}
