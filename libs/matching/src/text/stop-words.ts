/**
 * Words that carry no topic: Chinese function words, the boilerplate of result and need
 * write-ups (一种…方法, 基于…系统, 技术研究) and English function words. Dropped before
 * TF-IDF so they never become search keywords or "shared terms" in a reason.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Chinese function words
  '的', '了', '和', '与', '及', '及其', '或', '等', '在', '对', '为', '以', '于', '将', '把', '被', '从', '由', '向', '中',
  '是', '有', '也', '并', '并且', '而', '且', '其', '其中', '之', '这', '该', '此', '各', '每', '可', '能', '可以', '能够',
  '通过', '进行', '实现', '采用', '利用', '使用', '具有', '用于', '适用', '针对', '面向', '关于', '以及', '或者', '如何',
  '一种', '一个', '一套', '一批', '多种', '若干', '相关', '主要', '包括', '提供', '提出', '形成', '开展', '需要', '希望',
  '寻求', '寻找', '要求', '满足', '目前', '现有', '已经', '已', '正在', '我们', '我司', '公司', '企业', '需求', '单位',
  '团队', '项目', '成果', '合作', '对接', '引进', '解决', '问题', '情况', '方面', '领域', '行业', '产业', '应用',
  // generic research-writing terms
  '技术', '研究', '方法', '系统', '基于', '装置', '设备', '工艺', '关键', '关键技术', '开发', '研制', '研发', '制备',
  '新型', '高效', '高性能', '低成本', '国内', '国际', '领先', '先进', '水平', '平台', '方案', '产品', '性能', '提升',
  '提高', '降低', '优化', '改进', '创新', '自主', '核心', '一体化', '综合', '示范', '验证', '推广', '产业化', '规模化',
  '万元', '预算', '以上', '以下', '左右', '年', '月', '可用', '实际', '工程', '材料', '过程', '结构', '控制',
  // English function and generic words
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'with', 'by', 'at', 'from', 'as', 'is', 'are', 'be',
  'based', 'method', 'methods', 'system', 'systems', 'technology', 'technologies', 'research', 'novel', 'new', 'high',
  'low', 'using', 'via', 'its', 'their', 'this', 'that',
]);
