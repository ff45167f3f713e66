/**
 * The score bars' strings (namespace `enterprise`): apart from the workspace's, since the deal page
 * and the researcher's matches draw the bars too.
 */
export const factorsZh = {
  factor: {
    text: '内容相关',
    concept: '领域概念',
    field: '产业领域',
    maturity: '成熟度',
    price: '价格',
    mode: '转化方式',
    region: '区域',
    ip: '知识产权',
    freshness: '新颖度',
    feedback: '反馈',
  },
  detail: { contribution: '贡献 {{value}} 分（满分 {{max}}）', factors: '各项得分' },
};
export const factorsEn = {
  factor: {
    text: 'Content',
    concept: 'Concepts',
    field: 'Field',
    maturity: 'Maturity',
    price: 'Price',
    mode: 'Transfer mode',
    region: 'Region',
    ip: 'IP',
    freshness: 'Freshness',
    feedback: 'Feedback',
  },
  detail: { contribution: '{{value}} of {{max}} points', factors: 'Score by factor' },
};
