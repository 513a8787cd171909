/** What a tab tells the others after it wrote a draft. */
export type DraftEvent =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  | { readonly type: 'deleted'; readonly id: string }

const NAME = 'nianbao-drafts'

function isDraftEvent(data: unknown): data is DraftEvent {
  if (typeof data !== 'object' || data === null) return false
  const d = data as Record<string, unknown>
  return typeof d['id'] === 'string' && (d['type'] === 'deleted' || (d['type'] === 'saved' && typeof d['revision'] === 'number'))
}

let sender: BroadcastChannel | undefined

/** Tells every other tab (and other listeners in this one); a no-op where BroadcastChannel is missing. */
export function announce(event: DraftEvent): void {
  if (typeof BroadcastChannel === 'undefined') return
  try {
    sender ??= new BroadcastChannel(NAME)
    sender.postMessage(event)
  } catch {
    // telling other tabs is a courtesy; the revision check in saveDraft still catches conflicts
  }
}

/** Calls `handler` for each event from other tabs; returns the unsubscribe function. */
export function listen(handler: (event: DraftEvent) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}
  let channel: BroadcastChannel
  try {
    channel = new BroadcastChannel(NAME)
  } catch {
    return () => {}
  }
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (isDraftEvent(e.data)) handler(e.data)
  }
  return () => channel.close()
}
