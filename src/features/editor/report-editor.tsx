import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type ReactNode } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { evaluate } from '../../core/rules/evaluate'
import { isRule } from '../../core/rules/rule-ids'
import type { Problem } from '../../core/rules/types'
import { compileTemplate } from '../../core/template-compile/compile'
import type { CellPath, ReportTemplate } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { lastYearLine } from '../../core/year-over-year/carry-over'
import { CellTip } from './cell-tip'
import { createCellMarks } from './cell-marks'
import { EditorAidsContext, type BasisCandidate, type EditorAids } from './editor-aids'
import { createEvaluationStore } from './evaluation-store'
import { LastYearBar } from './last-year-lazy'
import { PartSection } from './part-section'
import { pasteOverflow, printedName } from './paste-limit'
import { ProblemsPanel } from './problems-panel'
import { TitleBlock } from './title-block'
import { useCellActions } from './use-cell-actions'
import { fieldName } from './field-names'

interface Props {
  readonly template: ReportTemplate
  readonly initial: ReportContent
  /** every change, already evaluated: autosave and the preview listen here */
  readonly onChange?: (content: ReportContent) => void
  /** save status, download and preview buttons, composed by the app */
  readonly toolbar?: ReactNode
  /** shown instead of the form (the preview); the form stays mounted, so nothing typed is lost */
  readonly overlay?: ReactNode
  /** before a problem's cell is focused: e.g. close the preview that hides the form */
  readonly onBeforeLocate?: () => void
  /** every format the app knows: last year's report may be in another one */
  readonly formats?: readonly ReportTemplate[]
  /** the saved reports that can be attached as last year's */
  readonly basisCandidates?: () => Promise<readonly BasisCandidate[]>
}

type Announcement = { text: string; kind: 'status' | 'alert'; at: number }

/** The report as a form laid out like the official document, with every problem shown as it arises. */
export function ReportEditor({ template, initial, onChange, toolbar, overlay, onBeforeLocate, formats, basisCandidates }: Props) {
  const compiled = compileTemplate(template)
  const form = useForm<ReportContent>({ defaultValues: initial, mode: 'onChange' })
  const { register, control, getValues } = form
  const store = useMemo(() => createEvaluationStore(evaluate(template, initial)), [template, initial])
  const marks = useMemo(() => createCellMarks(store), [store])
  useEffect(() => marks.connect(), [marks])
  const [root, setRoot] = useState<HTMLElement | null>(null)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const onChangeRef = useRef(onChange)
  useLayoutEffect(() => {
    onChangeRef.current = onChange
  })

  const announce = useCallback((text: string, kind: 'status' | 'alert') => setAnnouncement({ text, kind, at: Date.now() }), [])
  useEffect(() => {
    if (!announcement) return
    // a notice fades after a while; a paste that could not be read stays longer
    const t = setTimeout(() => setAnnouncement(null), announcement.kind === 'alert' ? 12_000 : 5_000)
    return () => clearTimeout(t)
  }, [announcement])
  // A keystroke's problems are evaluated in the next frame's animation callbacks, just before that
  // frame's style, layout and paint, not in the key event: the cells, marks, totals and problem list
  // still change in the first frame painted after the key, with one style and layout pass for both, and
  // the key event stays as short as in a page of plain inputs (which decides whether the frame is met;
  // see BENCHMARKS.md). Several keys within one frame are evaluated once.
  const frame = useRef(0)
  const evaluateNow = useCallback(() => {
    if (frame.current) cancelAnimationFrame(frame.current)
    frame.current = 0
    store.set(evaluate(template, getValues()))
  }, [getValues, store, template])
  useEffect(() => () => cancelAnimationFrame(frame.current), [])
  /** the evaluation with every change so far in it (one still waiting for its frame is run now) */
  const evaluation = useCallback(() => {
    if (frame.current) evaluateNow()
    return store.get()
  }, [evaluateNow, store])
  const refresh = useCallback(() => {
    evaluateNow()
    onChangeRef.current?.(getValues())
  }, [evaluateNow, getValues])
  const actions = useCellActions(form, compiled, announce, refresh)
  const aids = useMemo<EditorAids>(
    () => ({ template, formats: formats ?? [template], form, store, batch: actions.batch, announce, candidates: basisCandidates }),
    [template, formats, form, store, actions.batch, announce, basisCandidates],
  )
  // the cell tip's 「上年：3」, read from the basis the form holds now
  const lastYear = useCallback(
    (path: CellPath) => {
      const basis = getValues('basis')
      return basis ? lastYearLine(template, basis, path) : ''
    },
    [getValues, template],
  )

  // Typed changes bubble to the form as change events after react-hook-form has stored them; a
  // values subscription would instead deep-clone the whole report on every keystroke.
  const onFormChange = useCallback(() => {
    if (actions.batching()) return
    // autosave and the pagehide copy get the change at once: a frame may never come (a hidden tab)
    onChangeRef.current?.(getValues())
    if (typeof requestAnimationFrame !== 'function') return evaluateNow()
    if (!frame.current) frame.current = requestAnimationFrame(evaluateNow)
  }, [actions, getValues, evaluateNow])

  // A paste the browser inserts itself (one value, or any text field) is cut at maxLength without a
  // word: say so, naming the field as printed. A block pasted into a table was handled (and said) already.
  const onFormPaste = useCallback(
    (e: ClipboardEvent<HTMLFormElement>) => {
      const field = e.target
      if (e.defaultPrevented || !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return
      const text = e.clipboardData.getData('text/plain')
      const over = pasteOverflow(field, field instanceof HTMLInputElement ? text.replace(/\r?\n/g, '') : text.replace(/\r\n/g, '\n'))
      if (!over) return
      const path = field.dataset['path'] as CellPath | undefined
      const name = (path && compiled.cells.get(path)?.name) || `「${printedName(field)}」`
      announce(`${name}最多${over.max}字：粘贴的内容只保留了前${over.kept}字，其余${over.dropped}字未粘贴`, 'alert')
    },
    [announce, compiled],
  )

  const manualTotals = useWatch({ control, name: 'manualTotals' })
  const unitType = useWatch({ control, name: 'unitType' })

  const toggleManual = useCallback(
    (tableId: string, manual: boolean) => {
      actions.batch(() => {
        if (manual) {
          // start from the computed figures, so switching changes nothing on screen
          for (const [path, rule] of compiled.computedBy) {
            if (compiled.cells.get(path)?.tableId !== tableId || !rule) continue
            const s = evaluation().cells.get(path)
            form.setValue(fieldName(path), s?.status === 'ok' ? String(s.value) : '')
          }
        }
        const current = getValues('manualTotals')
        form.setValue('manualTotals', manual ? [...new Set([...current, tableId])] : current.filter((t) => t !== tableId))
      })
    },
    [actions, compiled, evaluation, form, getValues],
  )

  const locate = useCallback(
    (p: Problem) => {
      if (!root) return
      const focus = () => {
        const first = p.cells[0]
        const selector = first ? `[data-path="${first}"]` : p.field ? `[data-field="${p.field}"]` : null
        const el = selector ? root.querySelector<HTMLElement>(selector) : null
        const target = el && !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) ? el.querySelector<HTMLElement>('textarea, input') : el
        target?.scrollIntoView?.({ block: 'center' })
        target?.focus()
      }
      if (overlay && onBeforeLocate) {
        onBeforeLocate()
        // the form is shown again on the next render
        setTimeout(focus, 0)
      } else focus()
    },
    [root, overlay, onBeforeLocate],
  )
  const fillBlanks = useCallback(
    (tableId: string | null) => {
      const blanks = evaluation().problems.filter((p) => isRule(p, 'S-4') && (tableId === null || p.tableId === tableId))
      actions.fillBlanks(blanks.flatMap((p) => p.cells as CellPath[]))
    },
    [evaluation, actions],
  )

  return (
    <div className="editor" ref={setRoot}>
      <CellTip store={store} root={root} extra={lastYear} />
      {toolbar && <header className="editor-toolbar">{toolbar}</header>}
      <main className="editor-body">
        <nav className="part-nav" aria-label="报告各部分">
          {/* buttons, not #anchors: the location hash is the app's route */}
          {[{ id: 'title', heading: '标题和开头' }, ...template.parts].map((p) => (
            <button key={p.id} type="button" onClick={() => root?.querySelector(`#part-${p.id}`)?.scrollIntoView?.({ block: 'start' })}>
              {p.heading}
            </button>
          ))}
        </nav>
        {overlay}
        <EditorAidsContext.Provider value={aids}>
        <form className="report-form" hidden={Boolean(overlay)} onSubmit={(e) => e.preventDefault()} onChange={onFormChange} onPaste={onFormPaste} aria-label="年度报告内容">
          <TitleBlock template={template} register={register} year={initial.year} />
          <LastYearBar aids={aids} />
          {template.parts.map((part) => (
            <PartSection
              key={part.id}
              part={part}
              compiled={compiled}
              store={store}
              marks={marks}
              form={form}
              unitType={unitType}
              manualTotals={manualTotals.includes(part.kind === 'table' ? part.table.id : '')}
              onToggleManual={toggleManual}
              actions={actions}
              onStructureChange={refresh}
            />
          ))}
        </form>
        </EditorAidsContext.Provider>
        <ProblemsPanel template={template} store={store} onLocate={locate} onFillBlanks={fillBlanks} />
      </main>
      <div className="announcer" role={announcement?.kind === 'alert' ? 'alert' : 'status'} aria-live={announcement?.kind === 'alert' ? 'assertive' : 'polite'}>
        {announcement?.text}
      </div>
    </div>
  )
}
