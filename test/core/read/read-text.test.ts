import { importDocument } from '../../../src/core/import/import-document'
import { layoutTable } from '../../../src/core/layout/layout-table'
import { readText } from '../../../src/core/read/text/read-text'
import { FORMATS } from '../../../templates'
import { format2021 } from '../../../templates/format-2021'
import { distinctValues, expandedGrid } from '../import/doc-builders'

describe('readText', () => {
  it('reads paragraphs and the fixtures’ TAB-led cells as a right-aligned grid', () => {
    const doc = readText('标题\n\n\t规章\n\t0\n\t/\n\t\n\n\t\n\t行政规范性文件\n\t1\n\t2\n\t3\n\n\n正文。')
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
    const t = doc.blocks[1]
    expect(t?.kind === 'table' && t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', '规章', '0', '/', ''],
      ['', '行政规范性文件', '1', '2', '3'],
    ])
  })

  it('reads plain tables pasted from Word or a web page (one row per line, TAB or wide spaces)', () => {
    const v = distinctValues(format2021)
    const lines = ['北京市某区科学技术委员会', '2024年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开。公开信息。']
    for (const part of format2021.parts) {
      if (part.kind !== 'table') continue
      lines.push(part.heading)
      // a merged cell is copied once: origin cells only
      for (const row of expandedGrid(part.table, v)) lines.push(row.filter((c) => c.origin).map((c) => c.text).join(part.table.id === 't2' ? '   ' : '\t'))
    }
    lines.push('五、存在的主要问题及改进情况', '问题。', '六、其他需要报告的事项', '无。')
    const o = importDocument(readText(lines.join('\n')), FORMATS)
    for (const part of format2021.parts) {
      if (part.kind !== 'table') continue
      for (const path of layoutTable(part.table).inputGrid.flat()) {
        const [t, r, c] = path.split('.') as [string, string, string]
        expect(o.content.cells[t]?.[r]?.[c], path).toBe(v(path))
      }
    }
  })
})
