import type { ParsedBackup } from '../../core/package/backup'
import { DAMAGED_MESSAGE, parsePackage, tooLargeMessage } from '../../core/package/data-package'
import type { ReportTemplate } from '../../core/template/types'
import { FilePickButton } from '../../ui/file-pick-button'
import type { DraftStore } from './draft-store'

/** The kind and size cap of 导出全部报告's file, here so the first screen need not load backup.ts. */
const BACKUP_KIND = 'nianbao-backup'
const MAX_IMPORT_BYTES = 100 * 1024 * 1024

interface Props {
  readonly store: DraftStore
  readonly formats: readonly ReportTemplate[]
  readonly onImported: (name: string) => void
  readonly onRefused: (message: string) => void
}

/**
 * Reads a data package (or 导出全部报告's file), chosen or dropped on the list; a refused file changes
 * nothing, an accepted one becomes a new draft.
 */
export function packageImporter({ store, formats, onImported, onRefused }: Props): (file: File) => Promise<void> {
  const importFile = async (file: File) => {
    // the size check before reading keeps a wrong multi-GB file from freezing the tab (a single package
    // is held to its own, smaller limit by parsePackage)
    if (file.size > MAX_IMPORT_BYTES) return onRefused(tooLargeMessage(file.size))
    let text: string
    try {
      text = await file.text()
    } catch {
      return onRefused(DAMAGED_MESSAGE)
    }
    // 导出全部报告's file; its reader is loaded only when one is chosen
    if (text.includes(BACKUP_KIND)) {
      const backup = (await import('../../core/package/backup')).parseBackup(text, formats)
      if (backup) return importBackup(backup)
    }
    const parsed = parsePackage(text, formats)
    if (!parsed.ok) return onRefused(parsed.message)
    const created = await store.createDraft(parsed.content, parsed.template, parsed.name)
    return created.ok ? onImported(created.draft.name) : onRefused(created.message)
  }
  /** 导出全部报告's file: each report becomes a draft; the ones that cannot are named with the reason. */
  const importBackup = async (backup: ParsedBackup) => {
    if (!backup.ok) return onRefused(backup.message)
    const imported: string[] = []
    const refused: string[] = []
    for (const { label, result } of backup.items) {
      if (!result.ok) {
        refused.push(`“${label}”（${result.message}）`)
        continue
      }
      const created = await store.createDraft(result.content, result.template, result.name)
      if (created.ok) imported.push(created.draft.name)
      else refused.push(`“${label}”（${created.message}）`)
    }
    if (imported.length === 0) return onRefused(refused.length ? `备份中没有可导入的报告：${refused.slice(0, 3).join('；')}` : '备份中没有报告')
    onImported(`${imported.length}份报告`)
    if (refused.length) onRefused(`另有${refused.length}份未导入：${refused.slice(0, 3).join('；')}${refused.length > 3 ? '等' : ''}`)
  }
  return importFile
}

/** 导入数据包: a button in Chinese that opens the file chooser (the raw file input is never shown). */
export function ImportPackage(props: Props) {
  const importFile = packageImporter(props)
  return (
    <FilePickButton accept=".json,application/json" inputLabel="导入数据包" onFile={(file) => void importFile(file)}>
      导入数据包
    </FilePickButton>
  )
}
