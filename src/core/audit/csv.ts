export type CsvValue = string | number | null | undefined

// Excel runs a cell that starts with one of these as a formula: text from untrusted files must not
const FORMULA_START = /^[=+@\t\r]|^-(?![\d.])/

function field(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  let s = typeof value === 'number' ? String(value) : value
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark, so Excel opens the Chinese text correctly: fields with a
 * comma, quote or line break are quoted, quotes doubled, lines end in CRLF.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`
}
