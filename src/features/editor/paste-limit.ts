/**
 * What a browser does with a paste into a field with `maxLength`: it keeps what fits and drops the
 * rest without a word. This says how much was dropped, so the user is told (issue 11: limits in the
 * UI, never a refused save).
 */
export interface PasteOverflow {
  /** the field's limit */
  readonly max: number
  /** characters of the paste that fit */
  readonly kept: number
  /** characters of the paste that were dropped */
  readonly dropped: number
}

type TextField = Pick<HTMLInputElement, 'maxLength' | 'value' | 'selectionStart' | 'selectionEnd'>

/** How a paste of `text` into `field` overflows its maxLength, or null when it fits (or there is no limit). */
export function pasteOverflow(field: TextField, text: string): PasteOverflow | null {
  const max = field.maxLength
  if (!(max > 0)) return null
  // line breaks pasted into a textarea are kept as one \n each; a single-line input drops them
  const start = field.selectionStart ?? field.value.length
  const end = field.selectionEnd ?? start
  const room = Math.max(0, max - (field.value.length - (end - start)))
  if (text.length <= room) return null
  return { max, kept: room, dropped: text.length - room }
}

/** The name of a field as the form prints it: its label, or its accessible name. */
export function printedName(field: HTMLInputElement | HTMLTextAreaElement): string {
  const label = field.labels?.[0]?.textContent?.trim()
  return field.getAttribute('aria-label') || label || '此栏'
}
