import { col, colGroup, row, rowGroup } from '../../src/core/template/builders'
import type { GridTable, RowNode } from '../../src/core/template/types'

/** 表三 column keys in print order; `total` is the 总计 column. */
export const T3_APPLICANT_COLUMNS = ['natural_person', 'commercial', 'research', 'public_welfare', 'legal_services', 'other_org'] as const

const T3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

/** 2021 splits （六）其他处理 into three sub-rows; 2019 has it as one row (spec §3.2). */
export type OtherHandling = 'single' | 'three'

function otherHandlingRows(variant: OtherHandling): RowNode {
  if (variant === 'single') return row('r_other', '（六）其他处理')
  return rowGroup('（六）其他处理', [
    row('r_other_no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    row('r_other_unpaid_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    row('r_other_other', '3.其他'),
  ])
}

/** 表三 收到和处理政府信息公开申请情况 (spec §2.4). */
export function applicationsTable(variant: OtherHandling): GridTable {
  return {
    kind: 'grid',
    id: 't3',
    name: '表三',
    corner: T3_CORNER,
    columns: [
      colGroup('申请人情况', [
        col('natural_person', '自然人'),
        colGroup('法人或其他组织', [
          col('commercial', '商业企业'),
          col('research', '科研机构'),
          col('public_welfare', '社会公益组织'),
          col('legal_services', '法律服务机构'),
          col('other_org', '其他'),
        ]),
        col('total', '总计'),
      ]),
    ],
    rows: [
      row('new_received', '一、本年新收政府信息公开申请数量'),
      row('carried_over', '二、上年结转政府信息公开申请数量'),
      rowGroup('三、本年度办理结果', [
        row('r_granted', '（一）予以公开'),
        row('r_partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '一件申请既有公开又有不公开内容的，只计入本行'),
        rowGroup('（三）不予公开', [
          row('r_denied_state_secret', '1.属于国家秘密'),
          row('r_denied_law_prohibited', '2.其他法律行政法规禁止公开'),
          row('r_denied_security_stability', '3.危及“三安全一稳定”'),
          row('r_denied_third_party', '4.保护第三方合法权益'),
          row('r_denied_internal_affairs', '5.属于三类内部事务信息'),
          row('r_denied_process_info', '6.属于四类过程性信息'),
          row('r_denied_enforcement_file', '7.属于行政执法案卷'),
          row('r_denied_admin_query', '8.属于行政查询事项'),
        ]),
        rowGroup('（四）无法提供', [
          row('r_unable_not_held', '1.本机关不掌握相关政府信息'),
          row('r_unable_needs_creation', '2.没有现成信息需要另行制作'),
          row('r_unable_unclear', '3.补正后申请内容仍不明确'),
        ]),
        rowGroup('（五）不予处理', [
          row('r_np_petition', '1.信访举报投诉类申请'),
          row('r_np_duplicate', '2.重复申请'),
          row('r_np_publication', '3.要求提供公开出版物'),
          row('r_np_mass_repeated', '4.无正当理由大量反复申请'),
          row('r_np_confirm_reissue', '5.要求行政机关确认或重新出具已获取信息'),
        ]),
        otherHandlingRows(variant),
        row('r_total', '（七）总计'),
      ]),
      row('carried_forward', '四、结转下年度继续办理'),
    ],
    // spec §5.2 suggests 685/836/2970 + 7×622; number columns widened so five digits fit one line
    columnWidths: [600, 760, 2620, 695, 695, 695, 695, 695, 695, 695],
  }
}
