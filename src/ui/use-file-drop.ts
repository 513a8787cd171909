import { useRef, useState, type DragEvent } from 'react'

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files')

/** Drag-and-drop of one file onto an element: its handlers, and whether a file is over it now. */
export function useFileDrop(onFile: ((file: File) => void) | undefined) {
  const [over, setOver] = useState(false)
  // enter/leave fire for every child: count them so the highlight does not flicker
  const depth = useRef(0)
  if (!onFile) return { over: false, handlers: {} }
  return {
    over,
    handlers: {
      onDragEnter: (e: DragEvent) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        depth.current++
        setOver(true)
      },
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'copy'
      },
      onDragLeave: () => {
        depth.current = Math.max(0, depth.current - 1)
        if (depth.current === 0) setOver(false)
      },
      onDrop: (e: DragEvent) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        depth.current = 0
        setOver(false)
        const file = e.dataTransfer.files[0]
        if (file) onFile(file)
      },
    },
  }
}
