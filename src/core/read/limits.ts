/**
 * Limits that keep a hostile or broken file from exhausting memory or time, and the Chinese messages
 * the user sees when a file is refused. Readers check them; none of them throws past `readSource`.
 */

/** Larger files are refused before anything is read (a report is well under 20 MB, even with images). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024
/** Total size of the parts of a .docx that are unpacked (the XML, not the images). */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
/** Entries in a .docx (a real one has a few dozen; thousands mean a crafted file). */
export const MAX_ZIP_ENTRIES = 5000
/** Slots of one expanded table grid (the official tables have under 300; spans could claim millions). */
export const MAX_GRID_SLOTS = 200_000
/** Default time limit of one file. */
export const DEFAULT_TIME_LIMIT_MS = 20_000

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`

export const MESSAGES = {
  tooBig: (bytes: number) => `文件过大（${mb(bytes)}，上限${mb(MAX_FILE_BYTES)}），未读取。年度报告通常不超过几 MB，请确认选择的是报告文件。`,
  empty: '文件是空的（0 字节），没有可读取的内容。',
  zipBomb: `文件解压后超过${mb(MAX_UNZIPPED_BYTES)}或包含的条目过多，可能是损坏或恶意构造的文件，已停止读取。`,
  truncated: '文件不完整（可能下载或复制时中断），无法读取。请重新下载或从原处重新保存后再试。',
  notDocx: '这是一个压缩包（zip），但不是 Word 文档（.docx）：其中没有 word/document.xml。',
  ofd: 'OFD 版式文件暂不能读取。请在数科阅读器等软件中将其导出为 PDF，或找到报告的 Word 文档（.docx）后再导入。',
  legacyDoc: '这是旧版 Word 或 WPS 文件（.doc / .wps），无法直接读取。请在Word或WPS中打开，另存为“Word文档(*.docx)”后再导入。如果是设置了打开密码的 Word 文档，请先取消密码再保存。',
  doctype: '文档中含有 DOCTYPE 或实体声明（正常的 Word 文档不会有），可能是恶意构造的文件，已拒绝读取。',
  badXml: (what: string) => `文档内容已损坏（${what}无法解析），无法读取。请在Word或WPS中打开并重新保存后再试。`,
  noContent: 'Word 文档中没有读到任何文字或表格。',
  noTables: '文档中没有表格：年度报告应有主动公开、依申请公开、行政复议和行政诉讼的统计表。',
  noReport: '网页中没有找到年度报告的正文（没有统计表格，也没有“一、总体情况”等标题）。请打开报告正文所在的页面后另存，或直接复制正文粘贴导入。',
  pdfNotReady: 'PDF 读取组件尚未加载，暂不能读取 PDF。请稍后重试，或打开报告的 Word 文档（.docx）或网页导入。',
  timeout: (ms: number) => `读取超时（超过${Math.max(1, Math.round(ms / 1000))}秒），已停止。文件可能过于复杂或已损坏。`,
  wordXml: '这是 Word XML 格式的文件（.xml 或由网站生成的 .doc），但其中没有读到正文。请在Word或WPS中打开，另存为“Word文档(*.docx)”后再导入。',
  otherZip: (what: string) => `这是${what}，不是 Word 文档（.docx）。请打开报告的 Word 文档、网页或 PDF 后再导入。`,
  binary: '无法识别的文件格式：既不是 Word 文档（.docx）、网页（.html）、PDF，也不是文本。',
  unexpected: (detail: string) => `读取文件时出现意外错误（${detail}），未能读取。`,
} as const

/** Thrown inside a reader to stop it with a message for the user; `readSource` turns it into a ReadFailure. */
export class ReadStop extends Error {
  readonly userMessage: string
  constructor(userMessage: string) {
    super(userMessage)
    this.userMessage = userMessage
  }
}

/** A point in time after which a reader stops (checked at loop boundaries; the worker enforces it too). */
export function checkDeadline(deadline: number | undefined, limitMs: number): void {
  if (deadline !== undefined && Date.now() > deadline) throw new ReadStop(MESSAGES.timeout(limitMs))
}

export interface ReadOptions {
  /** Date.now() value after which the reader gives up */
  readonly deadline?: number
  /** for the message only */
  readonly timeLimitMs?: number
}
