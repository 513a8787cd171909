import { useRef, useState } from 'react'

const ACCEPT = '.docx,.html,.htm,.pdf,.json,.zip,.txt'

/** Drop many files at once (or a folder's contents), or pick them. */
export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const [over, setOver] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  return (
    <div
      className="audit-drop"
      data-over={over || undefined}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault()
        setOver(false)
        if (!disabled) onFiles([...e.dataTransfer.files])
      }}
    >
      <p>把报告文件拖到这里：Word（.docx）、网页（.html）、PDF、数据包（.json），或它们的 .zip 压缩包（可含子文件夹）</p>
      <label className="file-pick">
        <span>选择文件…</span>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          disabled={disabled}
          aria-label="选择要审核的报告文件"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])])
            if (input.current) input.current.value = ''
          }}
        />
      </label>
    </div>
  )
}
