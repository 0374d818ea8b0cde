import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { api, queryClient } from './api/client'
import { App } from './app/App'
import './i18n'
import './styles.css'
import { settingsKeys } from './features/settings/queries'
import { todayQuery } from './features/today/queries'

// Ask for the settings and the home screen while React is still starting: the first paint waits on them.
void queryClient.prefetchQuery({ queryKey: settingsKeys.all, queryFn: () => api.settings.get() })
void queryClient.prefetchQuery(todayQuery)

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
)
