/**
 * A damaged record as text the user can keep: JSON where possible, never throwing, even for
 * the values structured clone allows and JSON does not (cycles, BigInt, Map, Date, binary).
 */
export function recordText(value: unknown): string {
  if (typeof value === 'string') return value
  const seen = new WeakSet<object>()
  try {
    const text = JSON.stringify(
      value,
      (_key, v: unknown) => {
        if (typeof v === 'bigint') return v.toString()
        if (v instanceof Map) return Object.fromEntries(v)
        if (v instanceof Set) return [...v]
        if (v instanceof ArrayBuffer) return `[二进制数据 ${v.byteLength} 字节]`
        if (typeof v === 'object' && v !== null) {
          if (seen.has(v)) return '[重复引用]'
          seen.add(v)
        }
        return v
      },
      2,
    )
    return text ?? String(value)
  } catch {
    return String(value)
  }
}
