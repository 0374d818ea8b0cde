import { memo, Suspense, useEffect } from 'react'
import { Redirect, Route, Router, Switch } from 'wouter'
import { navigate, useHashLocation } from 'wouter/use-hash-location'
import { useTranslation } from '../i18n'
import { servedShellLocation, type FirstFrame } from '../../../shared/api/first-frame'
import { dockActionRoutes, isDockAction } from '../../../shared/domain/dock-actions'
import { transport } from '../api/client'
import { useApplySettings, useSettings } from '../features/settings/queries'
import { TodayScreen } from '../features/today/TodayScreen'
import { WelcomeScreen } from '../features/welcome/WelcomeScreen'
import { errorText } from '../ui/errors'
import { AfterFirstPaint } from './first-paint'
import { screens } from './screens'
import { usePrefetchWhenIdle } from './prefetch'
import { routeParser } from './route-parser'
import { Shell } from './Shell'

// Today is in the main bundle; every other screen loads apart and is preloaded when idle (screens.ts).
const {
  PeopleListScreen,
  PersonScreen,
  NewEventScreen,
  EventPrepScreen,
  EventScreen,
  EventsScreen,
  PrepSheetScreen,
  ReflectScreen,
  FollowupScreen,
  FollowupsScreen,
  MeetingScreen,
  MeetingsScreen,
  PlanMeetingScreen,
  PipelineScreen,
  SettingsScreen,
  TopicsScreen,
  TrashScreen,
  EditPersonScreen,
  NewPersonScreen,
  OnlineScreen,
  CommunityScreen,
  WorkScreen,
  SeasonalRoute,
  ResourcesScreen,
  ImportScreen,
} = screens

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

/** `firstFrame`: the settings the page was served with, which decide the first frame until the answer comes. */
export function App({ firstFrame }: { firstFrame: FirstFrame | null }) {
  const { t } = useTranslation()
  const settings = useSettings()
  useApplySettings(settings.data)
  useOpenRequests()
  usePrefetchWhenIdle()
  if (settings.isError) {
    return (
      <p role="alert" className="p-10 text-warn">
        {errorText(t, settings.error)}
      </p>
    )
  }
  const onboarded = settings.data?.onboarded ?? firstFrame?.onboarded
  if (!onboarded) return settings.data ? <WelcomeScreen settings={settings.data} /> : null
  return <Routes />
}

/**
 * Every screen, in the shell. Memoised: the settings' answer (or a change to them) re-renders App,
 * which need not render every screen again; what shows a setting reads it itself.
 */
const Routes = memo(function Routes() {
  return (
    <Router hook={useHashLocation} parser={routeParser} ssrPath={servedShellLocation}>
      <Shell>
        <AfterFirstPaint>
          {/* The app's ready signal (tests, the bench): from here on React has the shell and answers. */}
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
        </AfterFirstPaint>
      </Shell>
    </Router>
  )
})
