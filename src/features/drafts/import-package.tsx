import { DAMAGED_MESSAGE, MAX_PACKAGE_BYTES, parsePackage, tooLargeMessage } from '../../core/package/data-package'
import type { ReportTemplate } from '../../core/template/types'
import { FilePickButton } from '../../ui/file-pick-button'
import type { DraftStore } from './draft-store'

interface Props {
  readonly store: DraftStore
  readonly formats: readonly ReportTemplate[]
  readonly onImported: (name: string) => void
  readonly onRefused: (message: string) => void
}

/** Reads a data package file; a refused file changes nothing, an accepted one becomes a new draft. */
export function packageImporter({ store, formats, onImported, onRefused }: Props): (file: File) => Promise<void> {
  return async (file: File) => {
    // the size check before reading keeps a wrong multi-GB file from freezing the tab
    if (file.size > MAX_PACKAGE_BYTES) return onRefused(tooLargeMessage(file.size))
    let text: string
    try {
      text = await file.text()
    } catch {
      return onRefused(DAMAGED_MESSAGE)
    }
    const parsed = parsePackage(text, formats)
    if (!parsed.ok) return onRefused(parsed.message)
    const template = formats.find((f) => f.id === parsed.formatId)
    if (!template) return onRefused(DAMAGED_MESSAGE) // parsePackage already checked; keeps the types honest
    const created = await store.createDraft(parsed.content, template, parsed.name)
    return created.ok ? onImported(created.draft.name) : onRefused(created.message)
  }
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
