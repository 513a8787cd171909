/**
 * Splits extracted report text into text lines and table blocks (spec §8 Q1, Q2, Q5).
 *
 * In the text convention each table cell starts on a line beginning with a TAB and a row ends at a blank
 * line. A cell with several paragraphs continues on following lines without a TAB, sometimes after one
 * blank line (`\t结果`, ``, `纠正`). A long line, a heading, or any line after two blank lines ends the table.
 */
import { hasDigits, isValueLike } from './value-like'

/** One printed row: the cells in order, continuation lines joined with '\n'. */
export type BlockRow = string[]

export type Segment =
  | { readonly kind: 'text'; readonly line: string }
  | { readonly kind: 'table'; readonly rows: BlockRow[] }

const TAB_LINE = /^[ \u00a0\u3000]*\t/
const MAX_CONTINUATION = 12
const HEADING_LIKE = [
  /^[一二三四五六七八九十]+\s*[、.．]/,
  /^\d+\s*[、．.]\s*\D/,
  /^[（(]\s*[一二三四五六七八九十\d]+\s*[)）]/,
  /^第[一二三四五六七八九十]+部分/,
]

function isHeadingLike(line: string): boolean {
  return HEADING_LIKE.some((re) => re.test(line))
}

export function splitBlocks(lines: readonly string[], isPartHeading: (line: string) => boolean): Segment[] {
  const segments: Segment[] = []
  let rows: BlockRow[] | undefined
  let blanks = 0

  const cellsOf = (line: string): string[] => line.replace(TAB_LINE, '\t').split('\t').slice(1)
  const open = (line: string) => {
    rows = [cellsOf(line)]
    segments.push({ kind: 'table', rows })
    blanks = 0
  }

  for (const line of lines) {
    const isTab = TAB_LINE.test(line)
    if (rows) {
      if (!isTab && line.trim() === '') {
        blanks++
        continue
      }
      if (isTab) {
        if (blanks >= 2) open(line)
        else {
          const cells = cellsOf(line)
          const last = rows[rows.length - 1]
          if (blanks === 1 || !last) rows.push(cells)
          else last.push(...cells)
          blanks = 0
        }
        continue
      }
      const t = line.trim()
      const last = rows[rows.length - 1]
      const cell = last?.at(-1)
      // a number never continues with words (Q5 is `\t\xa0` + `0`): words after a number end the table
      const fits = cell !== undefined && !(hasDigits(cell) && !isValueLike(t))
      if (blanks < 2 && last && fits && t.length <= MAX_CONTINUATION && !isHeadingLike(t) && !isPartHeading(t)) {
        last[last.length - 1] = `${cell}\n${t}`
        blanks = 0
        continue
      }
      rows = undefined
    }
    if (isTab) open(line)
    else segments.push({ kind: 'text', line })
  }
  return segments
}
