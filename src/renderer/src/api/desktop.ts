/**
 * The desktop's system folder dialog, or null in browser mode (no bridge): screens show a
 * "Choose folder…" only when this is there. Main grants the folder picked; the window only asks.
 */
export const chooseFolder: (() => Promise<{ folder: string } | null>) | null = window.engawa ? () => window.engawa!.chooseFolder() : null
