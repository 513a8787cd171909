import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { DocFonts } from '../core/document/fonts'
import type { Draft } from '../core/package/draft'
import type { ReportTemplate } from '../core/template/types'
import type { ReportContent } from '../core/values/types'
import type { BasisCandidate } from '../features/editor/editor-aids'
import { ReportEditor } from '../features/editor/report-editor'
import { FORMATS, formatById } from '../../templates'
import { draftStore } from './draft-store'
import { EditorToolbar } from './editor-toolbar'
import { useAutosave } from '../features/drafts/use-autosave'
import { createIdleTask, type IdleTask } from './when-idle'

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

type Loaded = { readonly draft: Draft; readonly template: ReportTemplate }

/** One report: load it, keep it saved, edit, preview, download. */
export function EditorPage({ id, fonts, onFonts, onClose, onHistory }: Props) {
  const [loaded, setLoaded] = useState<Loaded | { error: string } | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [preview, setPreview] = useState(false)
  const [generation, setGeneration] = useState(0)
  /** what loading did on the way, e.g. 「恢复了未保存的修改」 */
  const [notices, setNotices] = useState<readonly string[]>([])
  const contentRef = useRef<ReportContent | null>(null)

  const apply = useCallback((r: Awaited<ReturnType<typeof draftStore.loadDraft>>) => {
    if (!r.ok) return setLoaded({ error: r.message })
    const template = formatById(r.draft.formatId)
    if (!template) return setLoaded({ error: '该报告使用了本版本不认识的格式，请更新年报编制助手。' })
    contentRef.current = r.draft.content
    setNotices(r.notices)
    setDraft(r.draft)
    setLoaded({ draft: r.draft, template })
    setGeneration((g) => g + 1)
  }, [])
  const load = useCallback(() => draftStore.loadDraft(id).then(apply), [id, apply])
  useEffect(() => {
    let live = true
    draftStore.loadDraft(id).then((r) => live && apply(r))
    return () => {
      live = false
    }
  }, [id, apply])

  // The draft state (toolbar, preview, autosave's debounce) takes the latest content after a pause in
  // typing, when the browser is idle, not on every keystroke: a keystroke's frame then holds only the
  // cells, marks and problem list.
  // Saves and the pagehide copy read the latest content directly, so nothing typed waits on this.
  const draftRef = useRef(draft)
  useLayoutEffect(() => {
    draftRef.current = draft
  })
  const latest = useCallback((): Draft | null => {
    const d = draftRef.current
    const content = contentRef.current
    return d && content && d.content !== content ? { ...d, content } : d
  }, [])
  // 载入另一页的版本: this tab's content is kept as a version first, so the conflict loses neither side
  const reloadTheirs = useCallback(async () => {
    const mine = latest()
    if (mine) {
      const kept = await draftStore.keepVersion(mine, 'conflict-mine')
      if (!kept.ok) return setNotices([`未能保留本页的版本（${kept.message}），请先导出数据包`])
    }
    await load()
  }, [load, latest])
  const idleCommit = useRef<IdleTask | null>(null)
  const commitLatest = useCallback(() => {
    idleCommit.current?.cancel()
    const now = contentRef.current
    setDraft((d) => (d && now && d.content !== now ? { ...d, content: now } : d))
  }, [])
  useEffect(() => {
    const task = createIdleTask(commitLatest)
    idleCommit.current = task
    return () => task.cancel()
  }, [commitLatest])
  // the preview shows the draft state: it takes the last keystrokes with it when it opens
  const showPreview = useCallback(
    (open: boolean) => {
      if (open) commitLatest()
      setPreview(open)
    },
    [commitLatest],
  )
  const autosave = useAutosave(draft, {
    store: draftStore,
    latest,
    onSaved: ({ revision, updatedAt }) => setDraft((d) => d && { ...d, revision, updatedAt }),
  })
  const { changed } = autosave
  const onChange = useCallback(
    (content: ReportContent) => {
      contentRef.current = content
      // after a pause in typing, when idle: a new keystroke starts the wait again
      idleCommit.current?.poke()
      changed()
    },
    [changed],
  )
  const closePreview = useCallback(() => setPreview(false), [])
  // the reports of the year before, to attach one as last year's
  const basisCandidates = useCallback(async (): Promise<readonly BasisCandidate[]> => {
    const year = contentRef.current?.year ?? 0
    const listed = await draftStore.listDrafts()
    if (!listed.ok) return []
    return listed.drafts.filter((d) => d.id !== id && d.content.year === year - 1).map((d) => ({ id: d.id, name: d.name, formatId: d.formatId, content: d.content }))
  }, [id])
  // stable: the toolbar's buttons need not re-render on every keystroke to read the latest content
  const getContent = useCallback(() => contentRef.current as ReportContent, [])

  if (!loaded) return <p className="loading">正在打开报告…</p>
  if ('error' in loaded) {
    return (
      <main className="home">
        <div role="alert">
          <p>{loaded.error}</p>
          <button type="button" onClick={onClose}>
            返回报告列表
          </button>
        </div>
      </main>
    )
  }
  return (
    <>
      <EditorToolbar
        draft={draft ?? loaded.draft}
        template={loaded.template}
        status={autosave.status}
        fonts={fonts}
        onFonts={onFonts}
        preview={preview}
        onPreview={showPreview}
        getContent={getContent}
        onClose={onClose}
        onHistory={onHistory}
        onReloadTheirs={() => void reloadTheirs()}
        onKeepMine={() => void autosave.overwrite()}
      />
      {notices.length > 0 && (
        <p className="banner banner-info" role="status">
          {notices.join('；')}
        </p>
      )}
      <Editor
        key={generation}
        template={loaded.template}
        initial={loaded.draft.content}
        onChange={onChange}
        onBeforeLocate={closePreview}
        formats={FORMATS}
        basisCandidates={basisCandidates}
        overlay={
          preview ? (
            <Suspense fallback={<p className="loading">正在载入预览…</p>}>
              <PreviewPanel template={loaded.template} content={draft?.content ?? loaded.draft.content} fonts={fonts} />
            </Suspense>
          ) : undefined
        }
      />
    </>
  )
}
