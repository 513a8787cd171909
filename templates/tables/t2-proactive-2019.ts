import { row } from '../../src/core/template/builders'
import type { BandColumn, BandedTable } from '../../src/core/template/types'

const itemColumns: readonly BandColumn[] = [
  { id: 'prev_items', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减', cellKind: 'signedCount' },
  { id: 'decisions', label: '处理决定数量' },
]

/**
 * 表二 主动公开政府信息情况, 2019 format (spec §3.1). Bands （八） and （九） have two data columns in a
 * three-column grid; the last one spans two grid columns (the official merge is not confirmed).
 */
export const proactiveTable2019: BandedTable = {
  kind: 'banded',
  id: 't2',
  name: '表二',
  dataColumns: 3,
  bands: [
    {
      label: '第二十条第（一）项',
      headLabel: '信息内容',
      columns: [
        { id: 'new_made', label: '本年新制作数量' },
        { id: 'new_published', label: '本年新公开数量' },
        { id: 'total_published', label: '对外公开总数量' },
      ],
      rows: [row('regulations', '规章', '无规章制定权的机关填0'), row('normative_docs', '规范性文件')],
    },
    {
      label: '第二十条第（五）项',
      headLabel: '信息内容',
      columns: itemColumns,
      rows: [row('licensing', '行政许可'), row('other_services', '其他对外管理服务事项')],
    },
    {
      label: '第二十条第（六）项',
      headLabel: '信息内容',
      columns: itemColumns,
      rows: [row('penalty', '行政处罚'), row('coercion', '行政强制')],
    },
    {
      label: '第二十条第（八）项',
      headLabel: '信息内容',
      columns: [
        { id: 'prev_items', label: '上一年项目数量' },
        { id: 'change', label: '本年增/减', cellKind: 'signedCount', span: 2 },
      ],
      rows: [row('admin_fees', '行政事业性收费', '减少时填负数，如 -3')],
    },
    {
      label: '第二十条第（九）项',
      headLabel: '信息内容',
      columns: [
        { id: 'project_count', label: '采购项目数量' },
        { id: 'amount', label: '采购总金额', cellKind: 'wanYuan', span: 2 },
      ],
      rows: [row('central_procurement', '政府集中采购', '采购总金额按万元填写，最多4位小数')],
    },
  ],
  columnWidths: [2211, 2211, 2211, 2211],
}
