import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
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

/** Keeps the document's language, theme and motion in step with the stored settings and the OS. */
export function useApplySettings(settings: Settings | undefined): void {
  useEffect(() => {
    if (!settings) return
    setDocumentLanguage(resolveLanguage(settings.language))
    const root = document.documentElement
    root.dataset.motion = settings.motion ? 'on' : 'off'
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = () => {
      const dark = settings.theme === 'dark' || (settings.theme === 'system' && media.matches)
      root.dataset.theme = dark ? 'dark' : 'light'
    }
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [settings])
}
