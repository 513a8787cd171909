import { useMemo, useState } from 'react'
import { aggregateContent, planAggregate, type AggregatePart } from '../../core/audit/aggregate'
import type { AuditRow } from '../../core/audit/types'
import { tableNamesText } from '../../core/template/table-names'
import type { ReportTemplate } from '../../core/template/types'
import type { ReportContent, UnitType } from '../../core/values/types'
import { useIdSet } from './use-id-set'

interface Props {
  readonly rows: readonly AuditRow[]
  readonly formatById: (id: string) => ReportTemplate | undefined
  /** creates the parent's draft and opens it; a message when it could not */
  readonly onCreate: (content: ReportContent, template: ReportTemplate) => Promise<string | null>
  readonly onClose: () => void
}

/** 汇总: the chosen reports of one year summed into a new draft for the parent unit. */
export function AggregatePanel({ rows, formatById, onCreate, onClose }: Props) {
  const parts = useMemo(
    () =>
      rows.flatMap((r): (AggregatePart & { row: AuditRow })[] => {
        const template = r.formatId ? formatById(r.formatId) : undefined
        return template && r.content ? [{ id: r.id, template, content: r.content, row: r }] : []
      }),
    [rows, formatById],
  )
  const plan = useMemo(() => planAggregate(parts), [parts])
  const { ids: include, toggle: toggleInclude } = useIdSet()
  const [agency, setAgency] = useState('')
  const [unitType, setUnitType] = useState<UnitType>('government')
  const [listIn, setListIn] = useState<'overview' | 'other' | 'none'>('overview')
  const [message, setMessage] = useState<string | null>(null)

  if (!plan.ok) {
    return (
      <section className="aggregate-panel" aria-label="汇总">
        <p role="alert">{plan.reason}</p>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </section>
    )
  }
  const flagged = new Set(plan.withErrors.map((u) => u.id))
  const chosen = parts.filter((p) => !flagged.has(p.id) || include.has(p.id))
  const create = async () => {
    if (!agency.trim()) return setMessage('请填写汇总报告的机关名称')
    if (chosen.length === 0) return setMessage('没有可汇总的报告')
    const units = chosen.map((p) => ({ agency: p.content.agency.trim() || p.row.source, year: p.content.year, ...(p.row.fingerprint ? { fingerprint: p.row.fingerprint } : {}) }))
    const content = aggregateContent(chosen, plan.template, { agency, unitType, unitListIn: listIn }, units)
    setMessage(await onCreate(content, plan.template))
  }
  return (
    <section className="aggregate-panel" aria-labelledby="aggregate-title">
      <h2 id="aggregate-title">
        汇总 {plan.year}年度 {parts.length} 份报告
      </h2>
      {plan.withErrors.length > 0 && (
        <fieldset>
          <legend>以下单位的报告有错误，默认不计入汇总：</legend>
          {plan.withErrors.map((u) => (
            <label key={u.id} className="check-line">
              <input
                type="checkbox"
                checked={include.has(u.id)}
                onChange={(e) => toggleInclude(u.id, e.target.checked)}
              />
              仍然计入 {u.agency}（{u.errors}处错误）
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        汇总报告的机关名称
        <input value={agency} onChange={(e) => setAgency(e.target.value)} placeholder="例如：北京市大兴区人民政府" />
      </label>
      <fieldset className="unit-type">
        <legend>单位类型</legend>
        <label>
          <input type="radio" name="agg-unit" checked={unitType === 'government'} onChange={() => setUnitType('government')} />
          人民政府
        </label>
        <label>
          <input type="radio" name="agg-unit" checked={unitType === 'department'} onChange={() => setUnitType('department')} />
          部门
        </label>
      </fieldset>
      <fieldset className="unit-type">
        <legend>汇总单位名单写入</legend>
        {(
          [
            ['overview', '第一部分'],
            ['other', '第六部分'],
            ['none', '不写入'],
          ] as const
        ).map(([v, label]) => (
          <label key={v}>
            <input type="radio" name="agg-list" checked={listIn === v} onChange={() => setListIn(v)} />
            {label}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        将汇总 {chosen.length} 个单位：{chosen.map((p) => p.content.agency || p.row.source).join('、')}。{tableNamesText(plan.template)}{plan.template.parts.some((x) => x.kind === 'other' && x.fees) ? '和信息处理费' : ''}的每个数字逐项相加（万元精确到4位小数）。
      </p>
      {message && <p role="alert">{message}</p>}
      <button type="button" className="primary" onClick={() => void create()}>
        生成汇总报告
      </button>
      <button type="button" onClick={onClose}>
        取消
      </button>
    </section>
  )
}
