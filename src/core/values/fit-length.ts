/** `text` cut to at most `max` UTF-16 units (what maxLength and the stored limits count), never inside a surrogate pair. */
export function fitLength(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}
