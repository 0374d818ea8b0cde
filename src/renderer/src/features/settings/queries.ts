import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { FirstFrame } from '../../../../shared/api/first-frame'
import type { Settings } from '../../../../shared/api/settings'
import { api } from '../../api/client'
import { resolveLanguage, setDocumentLanguage } from '../../i18n'

export const settingsKeys = { all: ['settings'] as const, info: ['settings', 'info'] as const }

export const useSettings = () => useQuery({ queryKey: settingsKeys.all, queryFn: () => api.settings.get() })
export const useAppInfo = () => useQuery({ queryKey: settingsKeys.info, queryFn: () => api.app.info() })

export function useUpdateSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => api.settings.update(patch),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.all, settings)
  })
}

/** Language, theme and motion of the document, as the settings and the OS ask for now. */
export function applySettingsToDocument(settings: Pick<Settings, 'language' | 'theme' | 'motion'>, prefersDark: boolean): void {
  setDocumentLanguage(resolveLanguage(settings.language))
  const root = document.documentElement
  root.dataset.motion = settings.motion ? 'on' : 'off'
  root.dataset.theme = settings.theme === 'dark' || (settings.theme === 'system' && prefersDark) ? 'dark' : 'light'
}

const darkScheme = () => window.matchMedia('(prefers-color-scheme: dark)')

/** The served page's first-frame settings (boot.ts), applied before React's first render. */
export const applyFirstFrame = (frame: FirstFrame) => applySettingsToDocument(frame, darkScheme().matches)

/** Keeps the document's language, theme and motion in step with the stored settings and the OS. */
export function useApplySettings(settings: Settings | undefined): void {
  useEffect(() => {
    if (!settings) return
    const media = darkScheme()
    const apply = () => applySettingsToDocument(settings, media.matches)
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [settings])
}

/**
 * Asks for the settings before React starts and applies them the moment they arrive, so the first
 * frame already has the user's language and theme (an effect would run only after that paint).
 */
export function prefetchSettings(queryClient: QueryClient): Promise<void> {
  return queryClient
    .fetchQuery({ queryKey: settingsKeys.all, queryFn: () => api.settings.get() })
    .then((settings) => applySettingsToDocument(settings, darkScheme().matches))
    // The app shows the error when it renders (in the OS language, the translator's start), in the OS theme.
    .catch(() => void (document.documentElement.dataset.theme = darkScheme().matches ? 'dark' : 'light'))
}
