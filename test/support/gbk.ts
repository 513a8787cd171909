/**
 * Encodes text as GBK without a new dependency: the reverse of the platform's own GBK decoder
 * (TextDecoder('gbk'), i.e. the WHATWG GB18030 table for two-byte codes), built once. Characters GBK has
 * no code for become HTML numeric references, as a CMS saving a GBK page writes them.
 */
let table: Map<string, number> | undefined

function reverseTable(): Map<string, number> {
  if (table) return table
  const decoder = new TextDecoder('gbk', { fatal: true })
  const map = new Map<string, number>()
  const pair = new Uint8Array(2)
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue
      pair[0] = lead
      pair[1] = trail
      let ch: string
      try {
        ch = decoder.decode(pair)
      } catch {
        continue
      }
      // the first code wins (a few characters have two)
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, (lead << 8) | trail)
    }
  }
  table = map
  return map
}

/** GBK bytes of an HTML text; anything outside GBK as `&#N;`. */
export function encodeGbkHtml(text: string): Uint8Array {
  const map = reverseTable()
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80) {
      out.push(cp)
      continue
    }
    const code = map.get(ch)
    if (code === undefined) for (const b of new TextEncoder().encode(`&#${cp};`)) out.push(b)
    else out.push(code >> 8, code & 0xff)
  }
  return Uint8Array.from(out)
}
