import { LIMITS } from '../../core/schema/content-schema'
import type { UseFormRegister } from 'react-hook-form'
import type { ReportTemplate } from '../../core/template/types'
import { UNIT_TYPES, type ReportContent } from '../../core/values/types'

interface Props {
  readonly template: ReportTemplate
  readonly register: UseFormRegister<ReportContent>
  readonly year: number
}

/** Title block (机关名称 + 「YYYY年政府信息公开工作年度报告」), unit type and the opening paragraph. */
export function TitleBlock({ template, register, year }: Props) {
  return (
    <section className="part title-block" id="part-title" aria-labelledby="title-heading">
      <h2 id="title-heading" className="part-heading">
        标题和开头
      </h2>
      <div className="title-fields">
        <label>
          <span>机关名称</span>
          <input {...register('agency')} maxLength={LIMITS.shortText} aria-label="机关名称" data-field="agency" placeholder="例如：北京市大兴区科学技术委员会" autoComplete="organization" />
        </label>
        <label>
          <span>报告年度</span>
          <input aria-label="报告年度" value={`${year}年`} readOnly title={`${template.title}；更换年度请新建报告`} />
        </label>
        <label>
          <span>单位类型</span>
          <select {...register('unitType')} aria-label="单位类型">
            {Object.entries(UNIT_TYPES).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="format-note">适用格式：{template.title}</p>
      <label className="block-label" htmlFor="field-opening">
        开头段落
      </label>
      <textarea id="field-opening" {...register('opening')} maxLength={LIMITS.longText} data-field="opening" rows={3} />
    </section>
  )
}
