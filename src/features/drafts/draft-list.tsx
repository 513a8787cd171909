import { lazy, Suspense, useState, type ReactNode } from 'react'
import { serializePackage } from '../../core/package/data-package'
import type { Draft } from '../../core/package/draft'
import type { ReportTemplate } from '../../core/template/types'
import { DamagedList } from './damaged-list'
import { ConfirmDialog, RenameDialog } from './dialogs'
import { downloadText, safeFileName } from '../../ui/download'
import { DraftRow, type ProblemCount, type RowAction } from './draft-row'
import { noteExported } from './export-record'
import type { DamagedDraft, DraftStore } from './draft-store'
import { ImportPackage, packageImporter } from './import-package'
import { StartNextYearButton } from './start-next-year-button'
import { useFileDrop } from '../../ui/use-file-drop'
import { TRASH_DAYS } from './trash'
import { TrashList } from './trash-list'
import { useDraftListing } from './use-draft-listing'

export interface DraftListProps {
  readonly store: DraftStore
  readonly formats: readonly ReportTemplate[]
  /** problems left in a draft, from the rule engine */
  readonly summarize: (draft: Draft) => ProblemCount | undefined
  readonly onOpen: (id: string) => void
  readonly onNew: () => void
  /** the list's own heading; null when the page already names the section */
  readonly heading?: string | null
  /** more controls for the toolbar (导入已发布的报告) */
  readonly actions?: ReactNode
  /** a file dropped on the list that is not a data package (.json): a published report */
  readonly onDropFile?: (file: File) => void
}

type Pending =
  | { readonly kind: 'rename' | 'delete' | 'delete-forever'; readonly draft: Draft }
  | { readonly kind: 'delete-damaged'; readonly item: DamagedDraft }
  | null

type Notice = { readonly tone: 'alert' | 'status'; readonly text: string } | null

/** 导出全部报告, the export reminder and the storage note: a chunk of their own, off the first screen */
const BackupPanel = lazy(() => import('./backup-panel').then((m) => ({ default: m.BackupPanel })))

const DOWNLOAD_FAILED = '浏览器未能下载文件，请换用较新的浏览器后重试。'

/** The drafts in this browser, with open / rename / duplicate / delete / export, import, and damaged records. */
export function DraftList({ store, formats, summarize, onOpen, onNew, heading = '我的报告', actions, onDropFile }: DraftListProps) {
  const [listing, reload] = useDraftListing(store)
  const [pending, setPending] = useState<Pending>(null)
  const [notice, setNotice] = useState<Notice>(null)

  const done = async (result: { ok: boolean; message?: string }, success: string) => {
    setPending(null)
    setNotice(result.ok ? { tone: 'status', text: success } : { tone: 'alert', text: result.message ?? '操作未完成' })
    await reload()
  }

  const onAction = async (action: RowAction, draft: Draft) => {
    setNotice(null)
    if (action === 'open') onOpen(draft.id)
    else if (action === 'rename' || action === 'delete') setPending({ kind: action, draft })
    else if (action === 'export') {
      const ok = downloadText(serializePackage(draft), `${safeFileName(draft.name)}.json`)
      if (ok) noteExported([draft.id])
      setNotice(ok ? { tone: 'status', text: `已导出“${draft.name}”的数据包` } : { tone: 'alert', text: DOWNLOAD_FAILED })
    } else {
      const r = await store.duplicateDraft(draft.id)
      await done(r, r.ok ? `已复制为“${r.draft.name}”` : '')
    }
  }

  const exportDamaged = async (item: DamagedDraft) => {
    const r = await store.exportRaw(item.key)
    if (!r.ok) return setNotice({ tone: 'alert', text: r.message })
    const ok = downloadText(r.text, `损坏的报告-${safeFileName(item.label, '记录')}.json`)
    setNotice(ok ? { tone: 'status', text: `已导出记录“${item.label}”的原始数据` } : { tone: 'alert', text: DOWNLOAD_FAILED })
  }

  const packageCallbacks = {
    store,
    formats,
    onRefused: (text: string) => setNotice({ tone: 'alert', text: `未导入：${text}` }),
    onImported: (name: string) => void done({ ok: true }, `已导入“${name}”`),
  }
  const importPackage = packageImporter(packageCallbacks)
  const drop = useFileDrop(onDropFile ? (file) => (/\.json$/i.test(file.name) ? void importPackage(file) : onDropFile(file)) : undefined)

  return (
    <section className={drop.over ? 'draft-list drop-over' : 'draft-list'} aria-labelledby={heading ? 'draft-list-title' : undefined} {...drop.handlers}>
      {heading && <h2 id="draft-list-title">{heading}</h2>}
      <div className="toolbar">
        <button type="button" className="primary" onClick={onNew}>
          新建报告
        </button>{' '}
        <ImportPackage {...packageCallbacks} />
        {actions && <> {actions}</>}
        {onDropFile && <span className="drop-hint">也可将报告文件或数据包拖放到此列表</span>}
      </div>
      {listing.state === 'ready' && (
        <Suspense fallback={null}>
          <BackupPanel drafts={listing.drafts} />
        </Suspense>
      )}
      {notice?.tone === 'alert' && <p role="alert">{notice.text}</p>}
      <p role="status">{notice?.tone === 'status' ? notice.text : ''}</p>

      {listing.state === 'loading' && <p>正在读取已保存的报告…</p>}
      {listing.state === 'error' && <p role="alert">{listing.message}</p>}
      {listing.state === 'ready' && listing.drafts.length === 0 && <p>本浏览器中还没有报告。点击“新建报告”开始，或导入数据包。</p>}
      {listing.state === 'ready' && listing.drafts.length > 0 && (
        <table className="drafts-table">
          <thead>
            <tr>
              <th scope="col">报告</th>
              <th scope="col">单位类型</th>
              <th scope="col">格式</th>
              <th scope="col">状态</th>
              <th scope="col">最后保存</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {listing.drafts.map((d) => (
              <DraftRow
                key={d.id}
                draft={d}
                format={formats.find((f) => f.id === d.formatId)}
                summarize={summarize}
                onAction={(a, draft) => void onAction(a, draft)}
                extra={<StartNextYearButton draft={d} store={store} formats={formats} onOpen={onOpen} onRefused={(text) => setNotice({ tone: 'alert', text })} />}
              />
            ))}
          </tbody>
        </table>
      )}
      {listing.state === 'ready' && (
        <DamagedList
          items={listing.damaged}
          onExport={(item) => void exportDamaged(item)}
          onDelete={(item) => setPending({ kind: 'delete-damaged', item })}
        />
      )}

      {listing.state === 'ready' && (
        <TrashList
          items={listing.trashed}
          onRestore={(d) => void store.restoreDraft(d.id).then((r) => done(r, `已恢复“${d.name}”`))}
          onDeleteForever={(d) => setPending({ kind: 'delete-forever', draft: d })}
        />
      )}

      {pending?.kind === 'rename' && (
        <RenameDialog
          current={pending.draft.name}
          onCancel={() => setPending(null)}
          onRename={(name) => void store.renameDraft(pending.draft.id, name).then((r) => done(r, r.ok ? `已重命名为“${r.draft.name}”` : ''))}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title="删除报告"
          question={`确定删除“${pending.draft.name}”？报告将移入回收站，${TRASH_DAYS} 天内可以恢复。`}
          confirmLabel="删除"
          onCancel={() => setPending(null)}
          onConfirm={() => void store.trashDraft(pending.draft.id).then((r) => done(r, `已将“${pending.draft.name}”移入回收站`))}
        />
      )}
      {pending?.kind === 'delete-forever' && (
        <ConfirmDialog
          title="彻底删除报告"
          question={`确定彻底删除“${pending.draft.name}”？报告及其历史版本和未保存的副本将全部删除，无法恢复。`}
          confirmLabel="彻底删除"
          onCancel={() => setPending(null)}
          onConfirm={() => void store.deleteDraft(pending.draft.id).then((r) => done(r, `已彻底删除“${pending.draft.name}”`))}
        />
      )}
      {pending?.kind === 'delete-damaged' && (
        <ConfirmDialog
          title="删除损坏的记录"
          question={`确定删除记录“${pending.item.label}”？其原始数据将一并删除，此操作无法撤销。建议先导出原始数据。`}
          confirmLabel="删除"
          onCancel={() => setPending(null)}
          onConfirm={() => void store.deleteDraft(pending.item.key).then((r) => done(r, `已删除记录“${pending.item.label}”`))}
        />
      )}
    </section>
  )
}
