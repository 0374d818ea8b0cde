/**
 * Windows groups windows, pins and notifications by this id; the installer's Start-menu shortcut
 * carries the same one (appId in electron-builder.config.mjs, checked by a unit test).
 */
export const appUserModelId = 'app.engawa.desktop'
