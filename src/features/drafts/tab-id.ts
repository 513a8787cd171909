/** This page load as a writer: its recovery copy and its saves carry the id, and an edit counter. */
export const TAB_ID: string =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

let seq = 0
/**
 * A counter read whenever this tab takes the content for a save or a copy: a save taken after a copy
 * holds everything the copy holds; one taken before (still in flight when the tab closed) may not.
 */
export const nextSeq = (): number => ++seq
