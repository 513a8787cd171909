import { useId } from 'react'
import { DAMAGED_MESSAGE, MAX_PACKAGE_BYTES, parsePackage, tooLargeMessage } from '../../core/package/data-package'
import type { ReportTemplate } from '../../core/template/types'
import type { DraftStore } from './draft-store'

interface Props {
  readonly store: DraftStore
  readonly formats: readonly ReportTemplate[]
  readonly onImported: (name: string) => void
  readonly onRefused: (message: string) => void
}

/** Reads a chosen data package; a refused file changes nothing, an accepted one becomes a new draft. */
export function ImportPackage({ store, formats, onImported, onRefused }: Props) {
  const id = useId()
  const importFile = async (file: File) => {
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
  return (
    <span className="import-package">
      <label htmlFor={id}>
        导入数据包
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const input = e.currentTarget
          const file = input.files?.[0]
          // cleared so choosing the same file again (after fixing it) fires a change
          input.value = ''
          if (file) void importFile(file)
        }}
      />
    </span>
  )
}
