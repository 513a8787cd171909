import { useId, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { DAMAGED_MESSAGE, MAX_PACKAGE_BYTES, parsePackage, tooLargeMessage } from '../../core/package/data-package'
import type { ReportTemplate } from '../../core/template/types'
import type { Basis } from '../../core/values/types'
import { basisFrom } from '../../core/year-over-year/basis'
import { crossYearStatements } from '../../core/year-over-year/carry-over'
import { notCarriedAcross } from '../../core/year-over-year/start-next-year'
import type { BasisCandidate, EditorAids } from './editor-aids'

/**
 * Last year's report attached to this one: what it is, what the format switch left out, and
 * attach / replace / remove, from a saved draft or a data package file.
 */
export function LastYearBar({ aids }: { aids: EditorAids }) {
  const { form, formats, template, batch, announce, candidates } = aids
  const basis = useWatch({ control: form.control, name: 'basis' })
  const year = form.getValues('year')
  const [choosing, setChoosing] = useState<readonly BasisCandidate[] | null>(null)
  const fileId = useId()
  const attach = (next: Basis | undefined, said: string) => {
    batch(() => form.setValue('basis', next))
    setChoosing(null)
    announce(said, 'status')
  }
  const fromContent = (formatId: string, content: BasisCandidate['content'], source: string) => {
    const t = formats.find((f) => f.id === formatId)
    if (!t) return announce('该报告使用了本版本不认识的格式，无法作为上年报告', 'alert')
    fromTemplate(t, content, source)
  }
  const fromTemplate = (t: ReportTemplate, content: BasisCandidate['content'], source: string) => {
    if (content.year !== year - 1) return announce(`所选报告是${content.year}年度的，上年报告应为${year - 1}年度`, 'alert')
    attach(basisFrom(t, content, source), `已附加上年报告“${source}”`)
  }
  const readFile = async (file: File) => {
    if (file.size > MAX_PACKAGE_BYTES) return announce(tooLargeMessage(file.size), 'alert')
    const text = await file.text().catch(() => null)
    if (text === null) return announce(DAMAGED_MESSAGE, 'alert')
    const parsed = parsePackage(text, formats)
    if (!parsed.ok) return announce(`未附加：${parsed.message}`, 'alert')
    // the package was checked against its template once: no second look-up
    fromTemplate(parsed.template, parsed.content, file.name)
  }
  const lastTemplate: ReportTemplate | undefined = basis ? formats.find((f) => f.id === basis.formatId) : undefined
  const notCarried = lastTemplate ? notCarriedAcross(lastTemplate, template) : []
  const checks = crossYearStatements(template)
  return (
    <section className="last-year-bar" aria-label="上年报告">
      {basis ? (
        <p>
          上年报告：<strong>{basis.source}</strong>（{basis.year}年度）。跨年度数字与上年报告核对，单元格提示中显示上年数字。
        </p>
      ) : (
        <p>未附加上年报告：附加后可核对上年结转、现行有效件数等跨年度数字，并在各小节旁显示上年内容。</p>
      )}
      {basis && checks.length > 0 && (
        <details>
          <summary>核对的项目（{checks.length}项）</summary>
          <ul>
            {checks.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </details>
      )}
      {notCarried.length > 0 && (
        <details>
          <summary>格式变化，以下内容未从上年接续</summary>
          <ul>
            {notCarried.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="toolbar">
        {candidates && (
          <button type="button" onClick={() => void candidates().then(setChoosing)}>
            {basis ? '更换上年报告' : '从本浏览器的报告中选择上年报告'}
          </button>
        )}{' '}
        <span className="import-package">
          <label htmlFor={fileId}>从数据包文件附加上年报告</label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget
              const file = input.files?.[0]
              input.value = ''
              if (file) void readFile(file)
            }}
          />
        </span>{' '}
        {basis && (
          <button type="button" onClick={() => attach(undefined, '已移除上年报告')}>
            移除上年报告
          </button>
        )}
      </div>
      {choosing && (
        <div role="group" aria-label="选择上年报告">
          {choosing.length === 0 ? (
            <p>本浏览器中没有{year - 1}年度的报告。可以从数据包文件附加。</p>
          ) : (
            choosing.map((c) => (
              <button key={c.id} type="button" onClick={() => fromContent(c.formatId, c.content, c.name)}>
                用“{c.name}”作为上年报告
              </button>
            ))
          )}{' '}
          <button type="button" onClick={() => setChoosing(null)}>
            取消
          </button>
        </div>
      )}
    </section>
  )
}
