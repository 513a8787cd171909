/** FNV-1a over the name and content as JSON: tells an intact recovery copy, and one equal to what is stored. */
export function contentHash(draft: { readonly name: string; readonly content: unknown }): string {
  const text = JSON.stringify([draft.name, draft.content])
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`
}
