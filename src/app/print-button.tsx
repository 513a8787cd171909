/**
 * 打印: prints only the element marked data-print-target (the A4 sheets of a preview), with the print
 * stylesheet in print.css: the same pages and breaks as on screen, no app chrome.
 */
export function PrintButton({ label = '打印' }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        document.body.dataset.printing = ''
        try {
          window.print()
        } finally {
          // print() blocks until the dialog closes in Chromium and Firefox; afterprint covers the rest
          window.addEventListener('afterprint', () => delete document.body.dataset.printing, { once: true })
          setTimeout(() => delete document.body.dataset.printing, 1000)
        }
      }}
    >
      {label}
    </button>
  )
}
