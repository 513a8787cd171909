import { memo, useMemo, type ReactNode } from 'react'
import { DEFAULT_FONTS, type DocFonts } from '../../core/document/fonts'
import type { DocModel } from '../../core/document/types'
import type { Problem } from '../../core/rules/types'
import type { CellPath, Severity } from '../../core/template/types'
import { BlockView, type CellMarks } from './block-views'
import { GEOMETRY, previewVars } from './geometry'
import type { Measurer, Page } from './page-types'
import { useFitScale } from './use-fit-scale'
import { usePagination, useStableFonts } from './use-pagination'
import './preview.css'

export interface PreviewPagesProps {
  readonly model: DocModel
  readonly fonts?: DocFonts
  /** the problems of the evaluation the model was built from: their cells are marked (screen only) */
  readonly problems?: readonly Problem[]
  /** shown beside the pages (the problems panel), so the problems stay in sight while previewing */
  readonly aside?: ReactNode
  /** how blocks are measured; the DOM by default, a fake in tests (jsdom has no layout) */
  readonly measurer?: Measurer
}

/** Each cell named by a problem, with its worst severity. */
function cellMarks(problems: readonly Problem[] | undefined): CellMarks {
  const marks = new Map<CellPath, Severity>()
  for (const p of problems ?? []) {
    for (const cell of p.cells) if (marks.get(cell) !== 'error') marks.set(cell, p.severity)
  }
  return marks
}

interface SheetProps {
  readonly page: Page
  readonly number: number
  readonly total: number
  readonly marks: CellMarks
}

/**
 * One A4 sheet at print size (scaled by CSS): the text block at the GB/T 9704 margins and the page
 * number 7 mm below it, on the right of odd pages and the left of even ones (§7.5).
 */
const Sheet = memo(function Sheet({ page, number, total, marks }: SheetProps) {
  return (
    <div className="pv-frame">
      <article className="pv-sheet" data-side={number % 2 === 1 ? 'odd' : 'even'} aria-label={`第${number}页，共${total}页`}>
        <div className="pv-text">
          {page.blocks.map((block, i) => (
            <BlockView key={i} block={block} marks={marks} />
          ))}
        </div>
        <p className="pv-page-number">{`— ${number} —`}</p>
      </article>
    </div>
  )
})

function statusText(pages: readonly Page[] | null, pending: boolean, failed: boolean): string {
  if (failed) return '预览排版出错，显示的可能不是最新内容；下载的文件不受影响。'
  if (pages === null) return '正在排版…'
  return pending ? `共${pages.length}页，正在更新…` : `共${pages.length}页`
}

/** The document as A4 pages, re-paginated from the model while the form changes it. */
export function PreviewPages({ model, fonts: fontChoice = DEFAULT_FONTS, problems, aside, measurer }: PreviewPagesProps) {
  const fonts = useStableFonts(fontChoice)
  const { pages, pending, failed } = usePagination(model, fonts, measurer)
  const fitRef = useFitScale(GEOMETRY.pageWidth)
  const vars = useMemo(() => previewVars(fonts), [fonts])
  const marks = useMemo(() => cellMarks(problems), [problems])
  return (
    <div className={aside === undefined ? 'preview' : 'preview preview-with-aside'}>
      <section ref={fitRef} className="preview-pages pv-root" lang="zh-CN" style={vars} aria-label="预览" aria-busy={pending}>
        <p className="preview-status" role="status">
          {statusText(pages, pending, failed)}
        </p>
        {pages?.map((page, i) => (
          <Sheet key={i} page={page} number={i + 1} total={pages.length} marks={marks} />
        ))}
      </section>
      {aside !== undefined && <div className="preview-aside">{aside}</div>}
    </div>
  )
}
