/**
 * A published report as a government web page (test fixture): the report's DocModel inside a site's
 * header, navigation, breadcrumb, sidebar, share bar, scripts and footer, the way 政府信息公开年报 pages
 * are published: the article in a TRS-style editor container, tables with rowspan/colspan as in the
 * official layout and Word-exported `<p>` inside cells, `<br>` inside some long labels, entities.
 */
import type { DocBlock, DocModel, DocTable, DocTableCell } from '../../src/core/document/types'

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Where a long header label is broken by a `<br>`, as editors do to narrow a column: before a
 * parenthesis (「本年收费金额<br>（单位：万元）」), else in the middle of a label of 8 or more characters.
 */
export function brokenLabel(text: string): string[] {
  const paren = text.search(/[（(]/)
  if (paren > 0) return [text.slice(0, paren), text.slice(paren)]
  if (text.length >= 8) return [text.slice(0, Math.ceil(text.length / 2)), text.slice(Math.ceil(text.length / 2))]
  return [text]
}

function cellHtml(c: DocTableCell): string {
  const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`
  if (c.role === 'number') {
    // Word's HTML export writes an empty cell as a non-breaking space
    return `<td${spans} valign="middle"><p style="text-align:center"><span style="font-family:宋体">${c.text === '' ? '&nbsp;' : escapeHtml(c.text)}</span></p></td>`
  }
  const text = c.role === 'header' ? brokenLabel(c.text).map(escapeHtml).join('<br/>') : escapeHtml(c.text)
  const align = c.align === 'left' ? 'left' : 'center'
  return `<td${spans} style="border:1px solid #000" valign="middle"><p style="text-align:${align}"><strong><span>${text}</span></strong></p></td>`
}

function tableHtml(t: DocTable): string {
  const rows = t.rows.map((r) => `  <tr>${r.cells.map(cellHtml).join('')}</tr>`).join('\n')
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n<tbody>\n${rows}\n</tbody>\n</table>`
}

function blockHtml(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1
        ? `<p style="text-indent:2em"><span style="font-family:黑体">${escapeHtml(b.text)}</span></p>`
        : `<p style="text-indent:2em"><span style="font-family:楷体">${escapeHtml(b.text)}</span></p>`
    case 'paragraph':
      // editors indent with two ideographic spaces, typed as a character reference
      return `<p style="line-height:2">&#12288;&#12288;${escapeHtml(b.text)}</p>`
    case 'table':
      return `<div class="table-wrap">${tableHtml(b)}</div>`
  }
}

export interface PageOptions {
  /** the site's name in the header and footer */
  readonly site: string
  /** 'gbk' declares the charset by http-equiv (older sites); otherwise `<meta charset="utf-8">` */
  readonly charset: 'utf-8' | 'gbk'
}

function charsetMeta(charset: PageOptions['charset']): string {
  return charset === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">'
}

/** The report itself: the two centred title lines, then its paragraphs, headings and tables. */
function reportBody(model: DocModel): string {
  return `<p style="text-align:center"><strong>${escapeHtml(model.title.agency)}</strong></p>
<p style="text-align:center"><strong>${escapeHtml(model.title.line)}</strong></p>
${model.blocks.map(blockHtml).join('\n')}`
}

/** The report alone, as the agency's own document holds it (LibreOffice turns this into the .docx). */
export function reportDocument(model: DocModel, charset: PageOptions['charset']): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${charsetMeta(charset)}
<title>${escapeHtml(model.title.agency)}${escapeHtml(model.title.line)}</title>
</head>
<body>
${reportBody(model)}
</body>
</html>
`
}

/** The report as published on the agency's site: inside the site's header, navigation, sidebar and footer. */
export function reportPage(model: DocModel, { site, charset }: PageOptions): string {
  const title = `${model.title.agency}${model.title.line}`
  const meta = charsetMeta(charset)
  const nav = ['首页', '政务公开', '政务服务', '互动交流', '走进本区'].map((n) => `<li><a href="/${escapeHtml(n)}/">${n}</a></li>`).join('')
  const side = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报'].map((n) => `<li><a href="#">${n}</a></li>`).join('')
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}_${escapeHtml(site)}</title>
<link rel="stylesheet" href="/images/common.css">
<style>body{font-family:"Microsoft YaHei";} .nav li{display:inline-block;} td p{margin:0;} /* 主动公开政府信息情况 */</style>
<script>var _hmt = _hmt || []; // 统计代码：一、总体情况 二、主动公开政府信息情况
document.write('<p>本年新收政府信息公开申请数量</p>');</script>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="${escapeHtml(site)}"></div>
<form class="search" action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul>${nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="#">政务公开</a>&nbsp;&gt;&nbsp;<a href="#">政府信息公开年报</a></div>
<div class="container">
<div class="sidebar"><h3>政府信息公开</h3><ul>${side}</ul>
<table class="links"><tr><td><a href="#">政府信息公开申请</a></td></tr><tr><td><a href="#">依申请公开办理流程</a></td></tr></table></div>
<div class="article">
<h1 class="article-title">${escapeHtml(title)}</h1>
<div class="article-info">发布时间：${model.title.line.slice(0, 4)}-01-20&nbsp;&nbsp;来源：${escapeHtml(model.title.agency)}&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="TRS_Editor" id="zoom">
${reportBody(model)}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>&nbsp;&nbsp;<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer">
<table width="100%"><tr><td><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></td></tr>
<tr><td>主办：${escapeHtml(site)}办公室&nbsp;&nbsp;京ICP备05060933号&nbsp;&nbsp;京公网安备11011502000001号&nbsp;&nbsp;网站标识码：1100000001</td></tr></table>
</div>
<script src="/images/footer.js"></script>
</body>
</html>
`
}
