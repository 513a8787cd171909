/**
 * The report year when the title has none (spec §8 Q9: a published 2024 report has no year in its
 * title): the statistics period of the opening, else the year the text mentions most. Always to confirm.
 */

const PERIOD = [
  /统计期限[^。]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日/,
  /(\d{4})\s*年\s*1\s*月\s*1\s*日(?:起)?\s*至\s*\1\s*年\s*12\s*月\s*31\s*日/,
  /(\d{4})\s*年(?:度)?(?:政府信息公开)?(?:工作)?年度报告/,
]

const plausible = (y: number) => y >= 1990 && y <= 2100

export interface YearGuess {
  readonly year: number
  /** in Chinese: where it came from */
  readonly from: string
}

export function guessYear(texts: readonly string[], fallback: number): YearGuess {
  const all = texts.join('\n')
  for (const re of PERIOD) {
    const y = Number(re.exec(all)?.[1])
    if (plausible(y)) return { year: y, from: '统计期限' }
  }
  const counts = new Map<number, number>()
  for (const m of all.matchAll(/(\d{4})\s*年/g)) {
    const y = Number(m[1])
    if (plausible(y)) counts.set(y, (counts.get(y) ?? 0) + 1)
  }
  let best: number | undefined
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y
  return best === undefined ? { year: fallback, from: '当前日期（正文中没有年度）' } : { year: best, from: '正文中最常出现的年度' }
}
