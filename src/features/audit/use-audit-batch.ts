import { useCallback, useEffect, useRef, useState } from 'react'
import { auditReport } from '../../core/audit/audit-report'
import { withCrossYear } from '../../core/audit/cross-year'
import { markDuplicates } from '../../core/audit/duplicates'
import type { AuditRow } from '../../core/audit/types'
import type { Draft } from '../../core/package/draft'
import type { ReportTemplate } from '../../core/template/types'
import { arrivalBuffer, type ArrivalBuffer } from './arrival-buffer'
import { runPool, type PoolOptions } from './audit-pool'

export interface BatchProgress {
  readonly done: number
  readonly total: number
  readonly startedAt: number
  /** set when the batch ended (finished or cancelled) */
  readonly endedAt: number | null
  readonly cancelled: boolean
}

/**
 * Rows and progress arrive from the workers one file at a time; the page takes both at most this often
 * (one render, one layout for several files: 500 small files end in a few seconds per worker).
 */
const FLUSH_MS = 250
/** Typing in the search box holds arrivals this long after each key, and never longer than MAX_HOLD_MS. */
const TYPING_HOLD_MS = 600
const MAX_HOLD_MS = 10_000

/**
 * The rows of the review and the batch that fills them: files go to the worker pool, drafts are
 * audited here (the rule engine takes well under a millisecond). Rows are appended in batches so that
 * 500 files do not render the table 500 times.
 */
export function useAuditBatch(formatById: (id: string) => ReportTemplate | undefined, pool: Pick<PoolOptions, 'spawn'> = {}) {
  const [rows, setRows] = useState<AuditRow[]>([])
  const [progress, setProgress] = useState<BatchProgress | null>(null)
  const cancelRef = useRef<(() => void) | null>(null)
  const serial = useRef(0)

  const rowsRef = useRef<AuditRow[]>([])
  const doneRef = useRef(0)
  const deliver = useCallback((add: AuditRow[]) => {
    const done = doneRef.current
    setProgress((old) => (old && old.done !== done ? { ...old, done } : old))
    if (add.length === 0) return
    rowsRef.current = markDuplicates([...rowsRef.current, ...add])
    setRows(rowsRef.current)
  }, [])
  const bufferRef = useRef<ArrivalBuffer<AuditRow> | null>(null)
  // made on first use (in a handler, never during render)
  const buffer = useCallback(() => (bufferRef.current ??= arrivalBuffer<AuditRow>({ everyMs: FLUSH_MS, maxHoldMs: MAX_HOLD_MS, deliver })), [deliver])
  // 跨年度 once the batch is in: two years of one agency compare 上年结转 with last year's 结转下年度
  const crossYear = useCallback(async () => {
    const before = rowsRef.current
    const after = await withCrossYear(before, formatById)
    if (rowsRef.current !== before) return
    rowsRef.current = markDuplicates(after)
    setRows(rowsRef.current)
  }, [formatById])
  const push = useCallback(
    (found: AuditRow[]) => {
      // ids unique across batches: a file dropped twice is two rows (and a duplicate)
      const batch = serial.current
      buffer().push(found.map((r) => ({ ...r, id: `${batch}/${r.id}` })))
    },
    [buffer],
  )

  useEffect(
    () => () => {
      cancelRef.current?.()
      buffer().clear()
    },
    [buffer],
  )

  const addFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0 || cancelRef.current) return
      serial.current += 1
      const startedAt = performance.now()
      doneRef.current = 0
      setProgress({ done: 0, total: files.length, startedAt, endedAt: null, cancelled: false })
      const run = runPool(files, {
        spawn: pool.spawn,
        // while the user types, the workers finish their file and wait (see PoolOptions.pauseMs)
        pauseMs: () => buffer().heldFor(),
        onRows: push,
        onProgress: (p) => {
          doneRef.current = p.done
          buffer().push([])
        },
      })
      cancelRef.current = run.cancel
      void run.done.then(() => {
        cancelRef.current = null
        buffer().flushNow()
        setProgress((old) => (old ? { ...old, endedAt: performance.now() } : old))
        void crossYear()
      })
    },
    [push, buffer, crossYear, pool.spawn],
  )

  const cancel = useCallback(() => {
    setProgress((old) => (old ? { ...old, cancelled: true } : old))
    cancelRef.current?.()
  }, [])

  const addDrafts = useCallback(
    async (drafts: readonly Draft[]) => {
      serial.current += 1
      const found: AuditRow[] = []
      for (const d of drafts) {
        const template = formatById(d.formatId)
        if (!template) continue
        found.push(await auditReport({ id: d.id, source: `本机草稿：${d.name}`, kind: 'draft', template, content: d.content, keepContent: true }))
      }
      push(found)
      buffer().flushNow()
      await crossYear()
    },
    [formatById, push, buffer, crossYear],
  )

  const clear = useCallback(() => {
    cancelRef.current?.()
    buffer().clear()
    rowsRef.current = []
    setRows([])
    setProgress(null)
  }, [buffer])

  /** the user is typing in the search box: arriving rows wait (see arrival-buffer), the workers pause between files */
  const holdForTyping = useCallback(() => buffer().hold(TYPING_HOLD_MS), [buffer])

  return { rows, progress, holdForTyping, addFiles, addDrafts, cancel, clear, running: progress !== null && progress.endedAt === null }
}
