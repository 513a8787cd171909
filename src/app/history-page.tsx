import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { DocFonts } from '../core/document/fonts'
import { serializePackage } from '../core/package/data-package'
import type { Draft } from '../core/package/draft'
import type { DraftVersion } from '../core/package/versions'
import { ConfirmDialog } from '../features/drafts/dialogs'
import { VersionList } from '../features/drafts/version-list'
import { downloadText, safeFileName } from '../ui/download'
import { FORMATS, formatById } from '../../templates'
import { draftStore } from './draft-store'

/** A version in the shape a data package is written from. */
const versionAsDraft = (v: DraftVersion, content: NonNullable<DraftVersion['content']>): Draft => ({
  id: v.draftId,
  formatId: v.formatId,
  formatVersion: v.formatVersion,
  name: v.name,
  content,
  createdAt: v.at,
  updatedAt: v.at,
  revision: 0,
})

const PreviewPanel = lazy(() => import('./preview-panel'))

interface Props {
  readonly id: string
  readonly fonts: DocFonts
  readonly onBack: () => void
  readonly onHome: () => void
}

type Loaded = { readonly draft: Draft; readonly versions: readonly DraftVersion[] } | { readonly error: string } | null
type Notice = { readonly tone: 'alert' | 'status'; readonly text: string } | null

async function fetchHistory(id: string): Promise<Loaded> {
  const d = await draftStore.loadDraft(id)
  if (!d.ok) return { error: d.message }
  const v = await draftStore.listVersions(id)
  return v.ok ? { draft: d.draft, versions: v.versions } : { error: v.message }
}

/** 历史版本 of one report: list, read-only preview of a version, restore (after asking), export. */
export default function HistoryPage({ id, fonts, onBack, onHome }: Props) {
  const [loaded, setLoaded] = useState<Loaded>(null)
  const [previewing, setPreviewing] = useState<DraftVersion | null>(null)
  const [restoring, setRestoring] = useState<DraftVersion | null>(null)
  const [notice, setNotice] = useState<Notice>(null)

  const load = useCallback(() => fetchHistory(id).then(setLoaded), [id])
  useEffect(() => {
    let live = true
    void fetchHistory(id).then((r) => live && setLoaded(r))
    return () => {
      live = false
    }
  }, [id])

  const restore = async (v: DraftVersion) => {
    setRestoring(null)
    const r = await draftStore.restoreVersion(id, v.key)
    setNotice(r.ok ? { tone: 'status', text: '已恢复所选版本；恢复前的内容已作为历史版本保留' } : { tone: 'alert', text: r.message })
    setPreviewing(null)
    await load()
  }

  const exportVersion = (v: DraftVersion) => {
    const name = `${safeFileName(v.name || '报告')}-历史版本-${v.at.slice(0, 16).replace(/[T:]/g, '-')}`
    const ok = v.content
      ? downloadText(serializePackage(versionAsDraft(v, v.content)), `${name}.json`)
      : downloadText(v.raw ?? '', `${name}.txt`, 'text/plain;charset=utf-8')
    setNotice(ok ? { tone: 'status', text: '已导出所选版本' } : { tone: 'alert', text: '浏览器未能下载文件，请换用较新的浏览器后重试。' })
  }

  if (!loaded) return <p className="loading">正在读取历史版本…</p>
  const template = 'draft' in loaded ? formatById(loaded.draft.formatId) : undefined
  return (
    <main className="home history">
      <div className="toolbar">
        <button type="button" onClick={onHome}>
          ← 报告列表
        </button>{' '}
        {'draft' in loaded && (
          <button type="button" onClick={onBack}>
            返回编辑
          </button>
        )}
      </div>
      {'error' in loaded ? (
        <p role="alert">{loaded.error}</p>
      ) : (
        <section aria-labelledby="history-title">
          <h2 id="history-title">历史版本：{loaded.draft.name}</h2>
          <p>
            编辑时每 10 分钟，以及恢复版本、导入覆盖、冲突处理之前，都会自动保留一个版本。保留最近 50 个版本，30 天内每天至少保留一个。
          </p>
          {notice?.tone === 'alert' && <p role="alert">{notice.text}</p>}
          <p role="status">{notice?.tone === 'status' ? notice.text : ''}</p>
          <VersionList
            versions={loaded.versions}
            current={loaded.draft}
            formats={FORMATS}
            previewing={previewing?.key ?? null}
            onPreview={(v) => setPreviewing(previewing?.key === v.key ? null : v)}
            onRestore={setRestoring}
            onExport={exportVersion}
          />
          {previewing?.content && template && (
            <section className="version-preview" aria-label="历史版本预览（只读）">
              <h3>预览：{previewing.at.slice(0, 16).replace('T', ' ')} 的版本（只读）</h3>
              <Suspense fallback={<p className="loading">正在载入预览…</p>}>
                <PreviewPanel template={template} content={previewing.content} fonts={fonts} />
              </Suspense>
            </section>
          )}
        </section>
      )}
      {restoring && (
        <ConfirmDialog
          title="恢复历史版本"
          question="用所选版本替换当前报告的内容？当前内容会先作为历史版本保留，之后仍可恢复。"
          confirmLabel="恢复"
          onCancel={() => setRestoring(null)}
          onConfirm={() => void restore(restoring)}
        />
      )}
    </main>
  )
}
