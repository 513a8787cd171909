const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: the numbering of （一）-style headings. */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const t = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`
  return t + (ones === 0 ? '' : (DIGITS[ones] ?? ''))
}
