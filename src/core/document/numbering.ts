const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99; larger numbers in Arabic digits). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const tenPart = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`
  return `${tenPart}${ones === 0 ? '' : DIGITS[ones]}`
}

// （一） (一) （1） 一、 1. 1、 1． at the start of a title the user typed themselves
const TYPED_NUMBER = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*、|\d+\s*[.．、](?!\d))\s*/

/** A sub-section title without a number the user typed, so that （一） is not printed twice. */
export function stripTypedNumber(title: string): string {
  return title.replace(TYPED_NUMBER, '').trim()
}

/** The numbered level-2 heading of the n-th sub-section (1-based): 「（三）政府信息管理」. */
export function subsectionHeading(n: number, title: string): string {
  return `（${chineseNumber(n)}）${stripTypedNumber(title)}`
}
