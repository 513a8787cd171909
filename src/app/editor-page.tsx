import { lazy, memo, Suspense, useCallback, useState } from 'react'
import type { DocFonts } from '../core/document/fonts'
import type { ReportContent } from '../core/values/types'
import type { BasisCandidate } from '../features/editor/editor-aids'
import { ReportEditor } from '../features/editor/report-editor'
import { useDraftSession } from '../features/drafts/use-draft-session'
import { FORMATS } from '../../templates'
import { draftStore } from './draft-store'
import { EditorToolbar } from './editor-toolbar'

// the preview (own pagination) loads when first opened, not with the first screen
const PreviewPanel = lazy(() => import('./preview-panel'))

const Editor = memo(ReportEditor)

interface Props {
  readonly id: string
  readonly fonts: DocFonts
  readonly onFonts: (f: DocFonts) => void
  readonly onClose: () => void
  /** opens the report's 历史版本 */
  readonly onHistory?: () => void
}

const SESSION = { store: draftStore, formats: FORMATS }

/** One report: the draft session (loading, saving) composed with the editor, toolbar and preview. */
export function EditorPage({ id, fonts, onFonts, onClose, onHistory }: Props) {
  const session = useDraftSession(id, SESSION)
  const { latest, changed, loadTheirs, keepMine } = session
  const [preview, setPreview] = useState(false)
  const closePreview = useCallback(() => setPreview(false), [])
  // the reports of the year before, to attach one as last year's
  const basisCandidates = useCallback(async (): Promise<readonly BasisCandidate[]> => {
    const year = latest()?.content.year ?? 0
    const listed = await draftStore.listDrafts()
    if (!listed.ok) return []
    return listed.drafts.filter((d) => d.id !== id && d.content.year === year - 1).map((d) => ({ id: d.id, name: d.name, formatId: d.formatId, content: d.content }))
  }, [id, latest])
  // stable: the toolbar's buttons need not re-render on every keystroke to read the latest content
  const getContent = useCallback(() => latest()?.content as ReportContent, [latest])

  if (session.error !== null) {
    return (
      <main className="home">
        <div role="alert">
          <p>{session.error}</p>
          <button type="button" onClick={onClose}>
            返回报告列表
          </button>
        </div>
      </main>
    )
  }
  if (!session.draft || !session.template) return <p className="loading">正在打开报告…</p>
  return (
    <>
      <EditorToolbar
        draft={session.draft}
        template={session.template}
        status={session.status}
        fonts={fonts}
        onFonts={onFonts}
        preview={preview}
        onPreview={setPreview}
        getContent={getContent}
        onClose={onClose}
        onHistory={onHistory}
        onReloadTheirs={() => void loadTheirs()}
        onKeepMine={() => void keepMine()}
      />
      {session.notices.length > 0 && (
        <p className="banner banner-info" role="status">
          {session.notices.join('；')}
        </p>
      )}
      <Editor
        key={session.generation}
        template={session.template}
        initial={session.draft.content}
        onChange={changed}
        onBeforeLocate={closePreview}
        formats={FORMATS}
        basisCandidates={basisCandidates}
        overlay={
          preview ? (
            <Suspense fallback={<p className="loading">正在载入预览…</p>}>
              {/* the form is hidden while the preview is open: the content as it was when it opened */}
              <PreviewPanel template={session.template} content={getContent()} fonts={fonts} />
            </Suspense>
          ) : undefined
        }
      />
    </>
  )
}
