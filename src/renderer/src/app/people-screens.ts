import { createElement, lazy, type ComponentType } from 'react'

/**
 * A screen whose code loads apart from the first one, and can be loaded ahead (`preload`). Once
 * loaded it renders directly: a React.lazy component suspends on its first render even when its
 * module is already there, and React holds a revealed Suspense boundary back for up to 300 ms,
 * which is what made a lazy People screen slow to open.
 */
function preloadableScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | null = null
  let loading: Promise<ComponentType<Props>> | null = null
  const preload = () => (loading ??= load().then((screen) => (loaded = screen)))
  const Lazy = lazy(() => preload().then((screen) => ({ default: screen })))
  const Screen = (props: Props) => createElement(loaded ?? Lazy, props)
  return { Screen, preload }
}

// The People list (with its virtualiser) and a person's page load apart from the first screen,
// when the app is idle after start (app/prefetch.ts), so they are ready before People is opened
// without delaying the first paint.
export const peopleList = preloadableScreen(() => import('../features/people/PeopleListScreen').then((m) => m.PeopleListScreen))
export const personPage = preloadableScreen(() => import('../features/people/PersonScreen').then((m) => m.PersonScreen))
