import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { ReportContent } from '../../../src/core/values/types'
import { GOVERNMENT_TOPIC } from '../../../templates/parts/headings'
import { format2019 } from '../../../templates/format-2019'

const APPLICANTS = ['natural_person', 'commercial', 'research', 'public_welfare', 'legal_services', 'other_org'] as const
type Applicant = (typeof APPLICANTS)[number]

/** 表三 rows with non-zero figures, per applicant column; every other cell of the table is 0. */
const T3: Record<string, Partial<Record<Applicant, number>>> = {
  new_received: { natural_person: 12, commercial: 3, legal_services: 1 },
  carried_over: { natural_person: 2 },
  r_granted: { natural_person: 6, commercial: 2 },
  r_partial: { natural_person: 2 },
  r_denied_third_party: { commercial: 1 },
  r_unable_not_held: { natural_person: 3 },
  r_unable_needs_creation: { legal_services: 1 },
  r_np_duplicate: { natural_person: 1 },
  // the 2019 format has （六）其他处理 as one row
  r_other: { natural_person: 1 },
  carried_forward: { natural_person: 1 },
}

/**
 * A consistent 2020 report of a 人民政府 in the 2019 format, written for the browser test: 表二 has
 * negative 本年增/减 (行政处罚 -3), 表三 and 表四 add up, every cell is filled. The totals the app
 * computes are included too, so the test can check the computed figures.
 */
export function report2020(): ReportContent {
  const compiled = compileTemplate(format2019)
  const rows = new Set([...compiled.cells.values()].filter((c) => c.tableId === 't3').map((c) => c.path.split('.')[1] as string))
  const resultRows = [...rows].filter((r) => r.startsWith('r_') && r !== 'r_total')
  const t3: Record<string, Record<string, string>> = {}
  const figure = (row: string, col: Applicant) => T3[row]?.[col] ?? 0
  const columnTotal = (col: Applicant) => resultRows.reduce((n, r) => n + figure(r, col), 0)
  for (const row of rows) {
    const values = Object.fromEntries(APPLICANTS.map((c) => [c, row === 'r_total' ? columnTotal(c) : figure(row, c)])) as Record<Applicant, number>
    t3[row] = Object.fromEntries([...APPLICANTS.map((c) => [c, String(values[c])]), ['total', String(APPLICANTS.reduce((n, c) => n + values[c], 0))]])
  }
  for (const col of APPLICANTS) {
    const balance = figure('new_received', col) + figure('carried_over', col) - columnTotal(col) - figure('carried_forward', col)
    if (balance !== 0) throw new Error(`report2020: 表三 ${col} does not balance (${balance})`)
  }
  const content: ReportContent = {
    agency: '河北省某某县人民政府',
    year: 2020,
    unitType: 'government',
    opening: '本报告根据《中华人民共和国政府信息公开条例》第五十条规定编制。\n本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
    overview: [
      { id: 'proactive', topicId: 'proactive', title: '主动公开', body: '2020年，县政府门户网站主动公开政府信息1316条，其中规范性文件3件。' },
      { id: 'on_request', topicId: 'on_request', title: '依申请公开', body: '全年新收政府信息公开申请16件，上年结转2件，办结17件，结转下年度1件。' },
      { id: 'key-areas', title: '重点领域信息公开', body: '围绕疫情防控、复工复产、脱贫攻坚，及时公开“六稳”“六保”政策措施。' },
      { id: 'management', topicId: 'management', title: '政府信息资源的规范化、标准化管理', body: '落实公开前保密审查，清理规范性文件。' },
      { id: 'platform', topicId: 'platform', title: '政府信息公开平台建设', body: '整合政务新媒体12个，\n关停不合规账号2个。' },
      { id: 'oversight', topicId: 'oversight', title: '监督保障及教育培训', body: '举办培训班2期，培训120人次。' },
      { id: GOVERNMENT_TOPIC.id, topicId: GOVERNMENT_TOPIC.id, title: GOVERNMENT_TOPIC.title, body: '将政务公开纳入年度绩效考核，未发生责任追究情形。' },
    ],
    problems: '部分乡镇公开内容更新不及时。下一步将加强督导，按月通报。',
    other: '无其他需要报告的事项。',
    cells: {
      t2: {
        regulations: { new_made: '0', new_published: '0', total_published: '0' },
        normative_docs: { new_made: '3', new_published: '3', total_published: '25' },
        licensing: { prev_items: '120', change: '5', decisions: '3456' },
        other_services: { prev_items: '40', change: '-2', decisions: '800' },
        penalty: { prev_items: '85', change: '-3', decisions: '1290' },
        coercion: { prev_items: '12', change: '0', decisions: '45' },
        admin_fees: { prev_items: '6', change: '-1' },
        central_procurement: { project_count: '14', amount: '356.275' },
      },
      t3,
      t4: {
        cases: {
          review_upheld: '2',
          review_corrected: '1',
          review_other: '0',
          review_pending: '1',
          review_total: '4',
          direct_upheld: '1',
          direct_corrected: '0',
          direct_other: '0',
          direct_pending: '2',
          direct_total: '3',
          after_review_upheld: '0',
          after_review_corrected: '0',
          after_review_other: '0',
          after_review_pending: '0',
          after_review_total: '0',
        },
      },
    },
    manualTotals: [],
  }
  const missing = [...compiled.cells.keys()].filter((p) => {
    const [t, r, c] = p.split('.') as [string, string, string]
    return content.cells[t]?.[r]?.[c] === undefined
  })
  if (missing.length > 0) throw new Error(`report2020: no figure for ${missing.join(', ')}`)
  return content
}
