/** What the service worker said, for the banner: a new version waits, or the app is ready offline. */
export interface UpdateState {
  /** a new version is installed and waits for a reload */
  readonly needRefresh: boolean
}

type Listener = () => void

/** A tiny external store between the service worker registration (main.tsx) and the banner. */
export function createUpdateStore() {
  let state: UpdateState = { needRefresh: false }
  let apply: () => Promise<void> = async () => window.location.reload()
  const listeners = new Set<Listener>()
  return {
    get: (): UpdateState => state,
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** called by the registration when a new version is waiting; `activate` makes it take over and reloads */
    newVersionWaiting(activate: () => Promise<void>): void {
      apply = activate
      state = { needRefresh: true }
      for (const l of listeners) l()
    },
    /** the user's 立即刷新 */
    apply: (): Promise<void> => apply(),
  }
}

export type UpdateStore = ReturnType<typeof createUpdateStore>

/** The app's one store (the banner reads it; register-sw.ts writes it). */
export const updates: UpdateStore = createUpdateStore()
