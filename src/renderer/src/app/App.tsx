import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Redirect, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { transport } from '../api/client'
import { EditPersonScreen, NewPersonScreen } from '../features/people/EditPersonScreens'
import { PeopleListScreen } from '../features/people/PeopleListScreen'
import { PersonScreen } from '../features/people/PersonScreen'
import { peopleKeys } from '../features/people/queries'
import { settingsKeys, useApplySettings, useSettings } from '../features/settings/queries'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { TrashScreen } from '../features/trash/TrashScreen'
import { WelcomeScreen } from '../features/welcome/WelcomeScreen'
import { errorText } from '../ui/errors'
import { Shell } from './Shell'

/** Changes made elsewhere (the tray, another window) arrive as push events and refresh what is shown. */
function usePushInvalidation() {
  const queryClient = useQueryClient()
  useEffect(() => {
    const offPeople = transport.on('people.changed', () => void queryClient.invalidateQueries({ queryKey: peopleKeys.all }))
    const offSettings = transport.on('settings.changed', () => void queryClient.invalidateQueries({ queryKey: settingsKeys.all }))
    return () => {
      offPeople()
      offSettings()
    }
  }, [queryClient])
}

export function App() {
  const { t } = useTranslation()
  const settings = useSettings()
  useApplySettings(settings.data)
  usePushInvalidation()
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
        <Switch>
          <Route path="/people" component={PeopleListScreen} />
          <Route path="/people/new" component={NewPersonScreen} />
          <Route path="/people/:id/edit">{(params) => <EditPersonScreen key={params.id} id={params.id} />}</Route>
          <Route path="/people/:id">{(params) => <PersonScreen key={params.id} id={params.id} />}</Route>
          <Route path="/trash" component={TrashScreen} />
          <Route path="/settings" component={SettingsScreen} />
          <Route>
            <Redirect to="/people" />
          </Route>
        </Switch>
      </Shell>
    </Router>
  )
}
