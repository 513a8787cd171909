import type { DocFonts } from '../core/document/fonts'
import { serializePackage } from '../core/package/data-package'
import type { Draft } from '../core/package/draft'
import type { ReportTemplate } from '../core/template/types'
import type { ReportContent } from '../core/values/types'
import { downloadText, safeFileName } from '../ui/download'
import type { SaveStatus } from '../features/drafts/use-draft-session'
import { DownloadButton } from '../features/export/download-button'
import { FontSettings } from '../features/export/font-settings'
import { noteExported } from '../features/drafts/export-record'
import { CheckSheetControls } from './check-sheet-controls'

interface Props {
  readonly draft: Draft
  readonly template: ReportTemplate
  readonly status: SaveStatus
  readonly fonts: DocFonts
  readonly onFonts: (f: DocFonts) => void
  readonly preview: boolean
  readonly onPreview: (open: boolean) => void
  readonly getContent: () => ReportContent
  readonly onClose: () => void
  readonly onHistory?: () => void
  readonly onReloadTheirs: () => void
  readonly onKeepMine: () => void
}

const TIME = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' })

function statusText(s: SaveStatus): string {
  switch (s.state) {
    case 'saving':
      return '正在保存…'
    case 'saved':
      return s.savedAt ? `已保存 ${TIME.format(new Date(s.savedAt))}` : '已保存'
    case 'error':
      return '未能保存'
    case 'conflict':
      return '已暂停保存'
  }
}

/** Save status, preview, fonts, Word download and the data package, above the editor. */
export function EditorToolbar(p: Props) {
  const exportPackage = () => {
    const d = { ...p.draft, content: p.getContent() }
    if (downloadText(serializePackage(d), `${safeFileName(d.name)}.json`)) noteExported([d.id])
  }
  return (
    // one sticky block: a conflict or save error stays in sight while the user types far down the form
    <div className="editor-top" role="region" aria-label="报告工具栏">
      <div className="editor-toolbar">
        <button type="button" onClick={p.onClose}>
          ← 报告列表
        </button>
        <span className="toolbar-title">{p.draft.name}</span>
        <span className="save-status" data-state={p.status.state} role="status" aria-label="保存状态">
          {statusText(p.status)}
        </span>
        <button type="button" aria-pressed={p.preview} onClick={() => p.onPreview(!p.preview)}>
          {p.preview ? '关闭预览' : '预览'}
        </button>
        <FontSettings fonts={p.fonts} onChange={p.onFonts} />
        {p.onHistory && (
          <button type="button" onClick={p.onHistory}>
            历史版本
          </button>
        )}
        <button type="button" onClick={exportPackage}>
          导出数据包
        </button>
        <DownloadButton template={p.template} getContent={p.getContent} fonts={p.fonts} />
        <CheckSheetControls template={p.template} getContent={p.getContent} />
      </div>
      {(p.status.state === 'error' || p.status.state === 'conflict') && (
        <div className="banner banner-error" role="alert">
          {p.status.message}
          {p.status.state === 'conflict' && (
            <>
              <button type="button" onClick={p.onReloadTheirs}>
                载入另一页的版本
              </button>
              <button type="button" onClick={p.onKeepMine}>
                保留本页的版本
              </button>
            </>
          )}
          <button type="button" onClick={exportPackage}>
            导出数据包
          </button>
        </div>
      )}
    </div>
  )
}
