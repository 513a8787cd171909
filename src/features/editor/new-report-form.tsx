import { LIMITS } from '../../core/schema/content-schema'
import { useId, useState, type FormEvent } from 'react'
import type { PickResult } from '../../core/template/pick-format'
import { UNIT_TYPES, type UnitType } from '../../core/values/types'

interface Props {
  readonly pickFormat: (year: number) => PickResult
  readonly onCreate: (meta: { agency: string; year: number; unitType: UnitType }) => void
  readonly defaultYear: number
}

/** Start a report: the year decides the format; years without a format are refused with the reason. */
export function NewReportForm({ pickFormat, onCreate, defaultYear }: Props) {
  const [agency, setAgency] = useState('')
  const [year, setYear] = useState(String(defaultYear))
  const [unitType, setUnitType] = useState<UnitType>('department')
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const yearNumber = Number(year.trim())
  const picked = year.trim() === '' ? null : pickFormat(yearNumber)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!agency.trim()) return setError('请填写机关名称')
    if (!picked?.ok) return setError(picked?.message ?? '请填写报告年度')
    setError(null)
    onCreate({ agency: agency.trim(), year: yearNumber, unitType })
  }
  return (
    <form className="new-report" onSubmit={submit} aria-labelledby="new-report-title" noValidate>
      <h2 id="new-report-title">新建年度报告</h2>
      <label>
        <span>机关名称</span>
        <input value={agency} maxLength={LIMITS.shortText} onChange={(e) => setAgency(e.target.value)} aria-label="机关名称" placeholder="例如：北京市大兴区科学技术委员会" />
      </label>
      <label>
        <span>报告年度</span>
        <input value={year} onChange={(e) => setYear(e.target.value)} aria-label="报告年度" inputMode="numeric" aria-describedby={`${errorId}-format`} />
      </label>
      <p id={`${errorId}-format`} className="format-note">
        {picked?.ok ? `将使用${picked.template.title}` : picked ? picked.message : ''}
      </p>
      <fieldset className="unit-type">
        <legend>单位类型</legend>
        {Object.entries(UNIT_TYPES).map(([k, v]) => (
          <label key={k}>
            <input type="radio" name="unitType" value={k} checked={unitType === k} onChange={() => setUnitType(k as UnitType)} />
            {v}
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="form-error" id={errorId}>
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        创建报告
      </button>
    </form>
  )
}
