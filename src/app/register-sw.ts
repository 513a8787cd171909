/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register'
import { updates } from './update-store'

/**
 * Registers the service worker that keeps the app usable offline. A new version is not applied by
 * itself: the banner offers a reload. The worker only caches the app's files; drafts stay in IndexedDB.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const update = registerSW({
    onNeedRefresh: () => updates.newVersionWaiting(() => update(true)),
    // registration failures (e.g. a private window that forbids workers) leave the app working online
    onRegisterError: () => undefined,
  })
}
