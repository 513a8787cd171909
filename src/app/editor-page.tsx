import { lazy, memo, startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { DocFonts } from '../core/document/fonts'
import type { Draft } from '../core/package/draft'
import type { ReportTemplate } from '../core/template/types'
import type { ReportContent } from '../core/values/types'
import { flushSync } from 'react-dom'
import { ReportEditor } from '../features/editor/report-editor'
import { formatById } from '../../templates'
import { draftStore } from './draft-store'
import { EditorToolbar } from './editor-toolbar'
import { useAutosave } from '../features/drafts/use-autosave'

// the preview (own pagination) loads when first opened, not with the first screen
const PreviewPanel = lazy(() => import('./preview-panel'))

const Editor = memo(ReportEditor)

interface Props {
  readonly id: string
  readonly fonts: DocFonts
  readonly onFonts: (f: DocFonts) => void
  readonly onClose: () => void
}

type Loaded = { readonly draft: Draft; readonly template: ReportTemplate }

/** One report: load it, keep it saved, edit, preview, download. */
export function EditorPage({ id, fonts, onFonts, onClose }: Props) {
  const [loaded, setLoaded] = useState<Loaded | { error: string } | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [preview, setPreview] = useState(false)
  const [generation, setGeneration] = useState(0)
  const contentRef = useRef<ReportContent | null>(null)

  const apply = useCallback((r: Awaited<ReturnType<typeof draftStore.loadDraft>>) => {
    if (!r.ok) return setLoaded({ error: r.message })
    const template = formatById(r.draft.formatId)
    if (!template) return setLoaded({ error: '该报告使用了本版本不认识的格式，请更新年报编制助手。' })
    contentRef.current = r.draft.content
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

  // Leaving the page: commit the latest keystrokes (their state update may still be pending in a
  // transition) before the autosave's own pagehide handler, registered after this one, copies the draft.
  useEffect(() => {
    const commitLatest = () => {
      const latest = contentRef.current
      if (latest) flushSync(() => setDraft((d) => (d && d.content !== latest ? { ...d, content: latest } : d)))
    }
    const onVisibility = () => document.visibilityState === 'hidden' && commitLatest()
    window.addEventListener('pagehide', commitLatest)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', commitLatest)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [])
  const autosave = useAutosave(draft, {
    store: draftStore,
    onSaved: ({ revision, updatedAt }) => setDraft((d) => d && { ...d, revision, updatedAt }),
  })
  const onChange = useCallback((content: ReportContent) => {
    contentRef.current = content
    // the toolbar and autosave can wait for the next idle moment; the keystroke's own frame cannot
    startTransition(() => setDraft((d) => d && { ...d, content }))
  }, [])
  const closePreview = useCallback(() => setPreview(false), [])
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
        onPreview={setPreview}
        getContent={getContent}
        onClose={onClose}
        onReloadTheirs={() => void load()}
        onKeepMine={() => void autosave.overwrite()}
      />
      <Editor
        key={generation}
        template={loaded.template}
        initial={loaded.draft.content}
        onChange={onChange}
        onBeforeLocate={closePreview}
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
