/**
 * Word's automatic list numbers (numbering.xml), so that a heading numbered by Word (「一、」「（二）」「1.」
 * drawn from a list definition, not typed) reads as printed. Only what these reports use: decimal and
 * Chinese counting formats, %N placeholders, start values, overrides, levels restarting under their parent,
 * and numbering attached to a paragraph style (styles.xml, following basedOn).
 */
import { attr, childrenOf, kid, kids, type XmlNode } from './xml'

interface Level {
  readonly format: string
  readonly text: string
  readonly start: number
}

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 999) */
function chineseCounting(n: number): string {
  if (n <= 0 || n > 999) return String(n)
  const h = Math.floor(n / 100)
  const t = Math.floor((n % 100) / 10)
  const o = n % 10
  let s = h ? `${CN[h]}百` : ''
  if (t) s += `${h || t > 1 ? CN[t] : ''}十`
  else if (h && o) s += '零'
  if (o) s += CN[o]
  return s
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n)
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1))
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1))
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'none':
    case 'bullet':
      return ''
    default:
      return String(n)
  }
}

export interface NumPr {
  readonly numId: string
  readonly ilvl: number
}

export function numPrOf(pPr: XmlNode | undefined): NumPr | undefined {
  const np = kid(pPr, 'w:numPr')
  const numId = attr(kid(np, 'w:numId'), 'w:val')
  if (!np || numId === undefined) return undefined
  return { numId, ilvl: Number(attr(kid(np, 'w:ilvl'), 'w:val') ?? 0) || 0 }
}

function readLevels(abstract: XmlNode | undefined): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const lvl of kids(abstract, 'w:lvl')) {
    const i = Number(attr(lvl, 'w:ilvl') ?? 0)
    levels.set(i, {
      format: attr(kid(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
      text: attr(kid(lvl, 'w:lvlText'), 'w:val') ?? '',
      start: Number(attr(kid(lvl, 'w:start'), 'w:val') ?? 1) || 0,
    })
  }
  return levels
}

/** Numbers paragraphs in document order: `next(numPr)` gives the label Word prints, or ''. */
export class Numbering {
  private readonly lists = new Map<string, { levels: Map<number, Level>; abstractId: string }>()
  private readonly styleNum = new Map<string, NumPr>()
  private readonly counters = new Map<string, number[]>()

  constructor(numberingXml: readonly XmlNode[], stylesXml: readonly XmlNode[]) {
    const root = numberingXml.flatMap(childrenOf)
    const abstracts = new Map<string, XmlNode>()
    for (const a of root) if (a['w:abstractNum']) abstracts.set(attr(a, 'w:abstractNumId') ?? '', a)
    for (const n of root) {
      if (!n['w:num']) continue
      const abstractId = attr(kid(n, 'w:abstractNumId'), 'w:val') ?? ''
      const levels = readLevels(abstracts.get(abstractId))
      for (const o of kids(n, 'w:lvlOverride')) {
        const i = Number(attr(o, 'w:ilvl') ?? 0)
        const own = readLevels({ x: [kid(o, 'w:lvl')].filter(Boolean) } as XmlNode).get(i)
        const start = attr(kid(o, 'w:startOverride'), 'w:val')
        const base = own ?? levels.get(i)
        if (base) levels.set(i, start === undefined ? base : { ...base, start: Number(start) || 0 })
      }
      this.lists.set(attr(n, 'w:numId') ?? '', { levels, abstractId })
    }
    const styles = new Map<string, XmlNode>()
    for (const s of stylesXml.flatMap(childrenOf)) if (s['w:style']) styles.set(attr(s, 'w:styleId') ?? '', s)
    for (const [id] of styles) {
      // follow basedOn (bounded: a cycle in a crafted file must not loop)
      let s = styles.get(id)
      for (let hops = 0; s && hops < 10; hops += 1) {
        const np = numPrOf(kid(s, 'w:pPr'))
        if (np) {
          this.styleNum.set(id, np)
          break
        }
        s = styles.get(attr(kid(s, 'w:basedOn'), 'w:val') ?? '')
      }
    }
  }

  /** The list label of a paragraph (its own numPr, else its style's), advancing the counters. */
  next(pPr: XmlNode | undefined): string {
    const own = numPrOf(pPr)
    const style = attr(kid(pPr, 'w:pStyle'), 'w:val')
    const np = own ?? (style !== undefined ? this.styleNum.get(style) : undefined)
    if (!np || np.numId === '0') return ''
    const list = this.lists.get(np.numId)
    const level = list?.levels.get(np.ilvl)
    if (!list || !level || np.ilvl > 8) return ''
    // counters belong to the abstract list: two w:num of one abstractNum continue each other
    const counts = this.counters.get(list.abstractId) ?? []
    this.counters.set(list.abstractId, counts)
    for (let i = 0; i < np.ilvl; i += 1) counts[i] ??= (list.levels.get(i)?.start ?? 1) - 1 + 1
    counts[np.ilvl] = counts[np.ilvl] === undefined ? level.start : (counts[np.ilvl] ?? 0) + 1
    counts.length = np.ilvl + 1
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1
      const l = list.levels.get(i)
      return formatNumber(counts[i] ?? l?.start ?? 1, i === np.ilvl ? level.format : (l?.format ?? 'decimal'))
    })
  }
}
