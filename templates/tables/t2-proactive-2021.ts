import { row } from '../../src/core/template/builders'
import type { BandedTable } from '../../src/core/template/types'

/** 表二 主动公开政府信息情况, 2021 format (spec §2.3). */
export const proactiveTable2021: BandedTable = {
  kind: 'banded',
  id: 't2',
  name: '表二',
  dataColumns: 3,
  bands: [
    {
      label: '第二十条第（一）项',
      headLabel: '信息内容',
      columns: [
        { id: 'issued', label: '本年制发件数' },
        { id: 'repealed', label: '本年废止件数' },
        { id: 'in_force', label: '现行有效件数' },
      ],
      rows: [row('regulations', '规章', '无规章制定权的机关填0'), row('normative_docs', '行政规范性文件')],
    },
    {
      label: '第二十条第（五）项',
      headLabel: '信息内容',
      columns: [{ id: 'decisions', label: '本年处理决定数量', span: 3 }],
      rows: [row('licensing', '行政许可')],
    },
    {
      label: '第二十条第（六）项',
      headLabel: '信息内容',
      columns: [{ id: 'decisions', label: '本年处理决定数量', span: 3 }],
      rows: [row('penalty', '行政处罚'), row('coercion', '行政强制')],
    },
    {
      label: '第二十条第（八）项',
      headLabel: '信息内容',
      columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', cellKind: 'wanYuan', span: 3 }],
      rows: [row('admin_fees', '行政事业性收费', '单位是万元，最多4位小数')],
    },
  ],
  columnWidths: [2211, 2211, 2211, 2211],
}
