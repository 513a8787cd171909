// The benchmark's in-page probe. scripts/bench.mjs injects this file with page.addInitScript into the
// app and into the control page alike (the app's CSP allows no inline script; an init script is not
// subject to it), so both are measured by the same code. Plain browser JavaScript, no dependencies.
;(() => {
  if (window.__bench) return
  const B = {
    /** Event Timing entries (≥ 16 ms, the smallest threshold the API allows) */
    events: [],
    /** first load: when the first text input appeared, was painted, and the main thread was free */
    load: null,
    /** typing: the pending measurement of the next keydown */
    last: null,
    armed: false,
    /** document timings: the pending measurement of the next click */
    clicked: null,
  }
  window.__bench = B

  const now = () => performance.now()
  /** after the next frame has been painted: the second rAF callback runs in the frame after it */
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(now()))))
  /** the first moment the main thread runs a new task (everything queued before has run) */
  const nextTask = () =>
    new Promise((resolve) => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => resolve(now())
      ch.port2.postMessage(0)
    })

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd })
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 })
  } catch {
    B.noEventTiming = true
  }

  // ---- typing: keydown (capture, before any page handler) → the frame after the next paint
  addEventListener(
    'keydown',
    (e) => {
      if (!B.armed) return
      B.armed = false
      const start = e.timeStamp
      const handlerAt = now()
      B.last = afterPaint().then((end) => ({ start, handlerAt, end }))
    },
    true,
  )
  B.arm = () => {
    B.armed = true
    B.last = null
  }

  // ---- document timings: a click (capture) → a condition on the DOM → painted
  const CONDITIONS = {
    /** the preview shows its pages and is not re-paginating: the value is the page count */
    previewPages: () => {
      const status = document.querySelector('.preview-status')?.textContent ?? ''
      const m = /^共(\d+)页$/.exec(status)
      return m && document.querySelectorAll('.pv-sheet').length > 0 ? Number(m[1]) : 0
    },
    /** the preview is gone and the form is shown again */
    previewClosed: () => !document.querySelector('.preview-panel') && document.querySelector('form.report-form:not([hidden])') !== null,
    /** a new 'nianbao:docx' measure exists (added around the .docx generation in download-button.tsx) */
    docxDone: (before) => performance.getEntriesByName('nianbao:docx').length > before,
  }
  B.armClick = (condition) => {
    const until = CONDITIONS[condition]
    const arg = performance.getEntriesByName('nianbao:docx').length
    B.clicked = new Promise((resolve) => {
      const onClick = (e) => {
        removeEventListener('click', onClick, true)
        const start = e.timeStamp
        const check = () => {
          const value = until(arg)
          if (!value) return
          const domAt = now()
          observer.disconnect()
          clearInterval(poll)
          afterPaint().then((paintedAt) => resolve({ start, domAt, paintedAt, value }))
        }
        const observer = new MutationObserver(check)
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true })
        // performance entries change no DOM: poll as well
        const poll = setInterval(check, 5)
        check()
      }
      addEventListener('click', onClick, true)
    })
  }

  // ---- diagnosis: DOM changes (what a keystroke rewrites), counted while switched on
  let mutationObserver = null
  B.countMutations = (on) => {
    mutationObserver?.disconnect()
    mutationObserver = null
    if (!on) return B.mutations
    B.mutations = { attributes: {}, childList: 0, characterData: 0, elements: 0 }
    mutationObserver = new MutationObserver((records) => {
      B.mutations.elements += new Set(records.filter((r) => r.type === 'attributes').map((r) => r.target)).size
      for (const r of records) {
        if (r.type === 'attributes') B.mutations.attributes[r.attributeName] = (B.mutations.attributes[r.attributeName] ?? 0) + 1
        else if (r.type === 'childList') B.mutations.childList += r.addedNodes.length + r.removedNodes.length
        else B.mutations.characterData++
      }
    })
    mutationObserver.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
    return null
  }

  // ---- first load: the first text input in the page, then painted, then the main thread free
  const TEXT_INPUT = 'input:not([type]), input[type="text"], input[type="number"], textarea'
  const watch = new MutationObserver(() => {
    const el = document.querySelector(TEXT_INPUT)
    if (!el) return
    watch.disconnect()
    const appearedAt = now()
    afterPaint()
      .then((paintedAt) => nextTask().then((freeAt) => ({ paintedAt, freeAt })))
      .then(({ paintedAt, freeAt }) => {
        B.load = { appearedAt, paintedAt, usableAt: freeAt, label: el.getAttribute('aria-label') || el.name || '' }
      })
  })
  watch.observe(document, { childList: true, subtree: true })
})()
