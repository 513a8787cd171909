import { useRef, type ReactNode } from 'react'

interface Props {
  readonly children: ReactNode
  /** e.g. '.docx,.html' */
  readonly accept: string
  readonly onFile: (file: File) => void
  readonly className?: string
  readonly autoFocus?: boolean
  /** names the hidden input, for tests and tools that hand it a file directly */
  readonly inputLabel?: string
}

/**
 * A button that opens the browser's file chooser; the raw file input itself is never shown (its text
 * depends on the browser's language, and staff look for a button in Chinese).
 */
export function FilePickButton({ children, accept, onFile, className, autoFocus, inputLabel }: Props) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" className={className} data-autofocus={autoFocus ? '' : undefined} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-label={inputLabel}
        onChange={(e) => {
          const el = e.currentTarget
          const file = el.files?.[0]
          // cleared so choosing the same file again (after fixing it) fires a change
          el.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
