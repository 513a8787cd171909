import type { Draft } from '../../core/package/draft'
import { describeDiff, diffContent } from '../../core/package/version-diff'
import { VERSION_REASONS, type DraftVersion } from '../../core/package/versions'
import type { ReportTemplate } from '../../core/template/types'
import { formatSavedAt } from './draft-row'

interface Props {
  readonly versions: readonly DraftVersion[]
  readonly current: Draft
  readonly formats: readonly ReportTemplate[]
  /** the version shown in the preview, if any */
  readonly previewing: string | null
  readonly onPreview: (v: DraftVersion) => void
  readonly onRestore: (v: DraftVersion) => void
  readonly onExport: (v: DraftVersion) => void
}

/** What a version changed against the one before it (the oldest: against nothing to compare). */
function changeText(v: DraftVersion, older: DraftVersion | undefined, template: ReportTemplate | undefined): string {
  if (!v.content) return '无法读取的内容，只能导出查看'
  if (!older?.content) return '最早保留的版本'
  return describeDiff(diffContent(older.content, v.content, template))
}

/** 历史版本 of one draft, newest first: time, why it was kept, what changed, and its actions. */
export function VersionList({ versions, current, formats, previewing, onPreview, onRestore, onExport }: Props) {
  if (versions.length === 0) return <p>还没有历史版本。编辑时每 10 分钟、以及恢复、导入覆盖、冲突处理之前都会自动保留一个版本。</p>
  const template = formats.find((f) => f.id === current.formatId)
  const now = versions[0]?.content ? describeDiff(diffContent(versions[0].content, current.content, template)) : null
  return (
    <>
      {now && <p>当前报告与最新的历史版本相比：{now}</p>}
      <table className="versions-table">
        <thead>
          <tr>
            <th scope="col">保留时间</th>
            <th scope="col">原因</th>
            <th scope="col">与前一版本相比的变化</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => {
            const when = formatSavedAt(v.at)
            return (
              <tr key={v.key} aria-current={previewing === v.key || undefined}>
                <th scope="row">
                  <time dateTime={v.at}>{when}</time>
                </th>
                <td>{VERSION_REASONS[v.reason] ?? v.reason}</td>
                <td>{changeText(v, versions[i + 1], template)}</td>
                <td className="draft-actions">
                  {v.content && (
                    <button type="button" aria-pressed={previewing === v.key} aria-label={`预览：${when} 的版本`} onClick={() => onPreview(v)}>
                      预览
                    </button>
                  )}
                  {v.content && (
                    <button type="button" aria-label={`恢复：${when} 的版本`} onClick={() => onRestore(v)}>
                      恢复此版本
                    </button>
                  )}
                  <button type="button" aria-label={`导出：${when} 的版本`} onClick={() => onExport(v)}>
                    导出
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}
