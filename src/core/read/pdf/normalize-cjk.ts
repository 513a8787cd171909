/**
 * CJK compatibility characters some PDF producers map glyphs to (a font's 一 also serving ⼀ U+2F00):
 * they look the same but match nothing. Kangxi radicals and CJK compatibility ideographs have
 * compatibility decompositions, so NFKC maps them; it is applied to those characters only, since NFKC
 * on the whole text would also turn full-width digits and punctuation into ASCII (the template labels
 * use 「（一）」; normalizeCell reads full-width digits itself). The CJK Radicals Supplement (U+2E80–U+2EFF)
 * has almost no decompositions: its simplified forms that stand for common characters are listed here.
 */

const SUPPLEMENT: Record<string, string> = {
  '\u2E95': '彐', '\u2E97': '心', '\u2E9C': '日', '\u2E9F': '母',
  '\u2EA0': '民', '\u2EA4': '爪', '\u2EA6': '丬', '\u2EA7': '牛', '\u2EAA': '疋', '\u2EAE': '竹',
  '\u2EB2': '罒', '\u2EB3': '罒', '\u2EB7': '羊', '\u2EBB': '聿', '\u2EC1': '虎', '\u2EC4': '西',
  '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ECF': '阝',
  '\u2ED0': '钅', '\u2ED3': '长', '\u2ED4': '门', '\u2ED6': '阝', '\u2ED8': '青', '\u2EDA': '页',
  '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EDF': '饣', '\u2EE0': '饣', '\u2EE2': '马',
  '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤', '\u2EE8': '麦',
  '\u2EE9': '黄', '\u2EEA': '黾', '\u2EF3': '龟',
}

// Kangxi radicals, CJK compatibility ideographs (BMP and supplement), and the supplement above
const COMPATIBILITY = /[\u2E80-\u2EFF\u2F00-\u2FD5\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu

/** The text with compatibility characters replaced, and how many were replaced. */
export function normalizeCjk(text: string): { text: string; replaced: number } {
  let replaced = 0
  const out = text.replace(COMPATIBILITY, (ch) => {
    const to = SUPPLEMENT[ch] ?? ch.normalize('NFKC')
    if (to !== ch) replaced += 1
    return to
  })
  return { text: out, replaced }
}
