import { CatalogIndexProjection } from '@techbridge/catalog';
import { SearchIndexer } from '@techbridge/search';

import { needDocument, resultDocument } from '../../apps/bench/src/catalog-search-documents';
import { TestApp } from '../support';

/**
 * Indexes items directly: outbox indexing starts once the catalog provides the search lib's
 * document source, so these tests feed the engine themselves.
 */
export async function indexResults(t: TestApp, ids: string[]): Promise<void> {
  const docs = await t.app.get(CatalogIndexProjection).resultDocuments(ids);
  await t.app.get(SearchIndexer).upsert('results', docs.filter((doc) => doc.indexable).map(resultDocument));
}

export async function indexNeeds(t: TestApp, ids: string[]): Promise<void> {
  const docs = await t.app.get(CatalogIndexProjection).needDocuments(ids);
  await t.app.get(SearchIndexer).upsert('needs', docs.filter((doc) => doc.indexable).map(needDocument));
}

export const MATCH_FIELDS = `id score status createdAt factors { factor weight value contribution reasonZh reasonEn }
  result { id title fieldCode } need { id title }`;
export const MATCHES_FOR_NEED = `query($needId: ID!, $first: Int) { matchesForNeed(needId: $needId, first: $first) { ${MATCH_FIELDS} } }`;
export const MATCHES_FOR_RESULT = `query($resultId: ID!, $first: Int) { matchesForResult(resultId: $resultId, first: $first) { ${MATCH_FIELDS} } }`;
export const REFRESH_MATCHES = `mutation($needId: ID!) { refreshMatches(needId: $needId) { ${MATCH_FIELDS} } }`;
export const GIVE_FEEDBACK = `mutation($matchId: ID!, $input: MatchFeedbackInput!) { giveMatchFeedback(matchId: $matchId, input: $input) { ${MATCH_FIELDS} } }`;

/** A handful of published results across fields: four on solid-state batteries, the rest elsewhere. */
export const CATALOGUE: Record<string, unknown>[] = [
  {
    title: '硫化物固态电解质规模化制备技术',
    summary: '高离子电导率硫化物固态电解质粉体的公斤级制备，适用于全固态电池。',
    keywords: ['固态电解质', '硫化物电解质', '全固态电池'],
    fieldCode: 'JL.SSB',
    trl: 6,
  },
  {
    title: '氧化物固态电解质陶瓷薄膜',
    summary: '石榴石型氧化物固态电解质薄膜，用于固态锂电池的电解质层。',
    keywords: ['氧化物电解质', '固态电池'],
    fieldCode: 'JL.SSB',
    trl: 5,
  },
  {
    title: '全固态电池电解质界面改性技术',
    summary: '降低固态电池电解质与正极界面阻抗的包覆工艺。',
    keywords: ['固态电池', '界面', '电解质'],
    fieldCode: 'JL.SSB',
    trl: 5,
  },
  { title: '聚合物固态电解质膜', summary: '柔性聚合物固态电解质膜，提高固态电池安全性。', keywords: ['聚合物电解质', '固态电池'], fieldCode: 'JL.SSB', trl: 4 },
  { title: '钙钛矿叠层太阳能电池', summary: '钙钛矿与晶硅叠层电池的大面积制备。', keywords: ['钙钛矿', '叠层电池'], fieldCode: 'JL.PSC', trl: 5 },
  { title: '电解水制氢质子交换膜电解槽', summary: '兆瓦级质子交换膜电解水制氢装备。', keywords: ['电解水制氢', '质子交换膜'], fieldCode: 'JL.H2', trl: 6 },
  { title: '深远海智能网箱养殖系统', summary: '深远海养殖的智能网箱与投喂控制。', keywords: ['深远海养殖', '智能网箱'], fieldCode: 'HC.AQV', trl: 7 },
  { title: '协作机器人力控关节', summary: '协作机器人关节力矩传感与柔顺控制。', keywords: ['协作机器人', '力控'], fieldCode: 'JL.ROBOT', trl: 6 },
  { title: '海水淡化反渗透膜组件', summary: '高脱盐率反渗透膜与浓盐水处理。', keywords: ['海水淡化', '反渗透膜'], fieldCode: 'HC.DESAL', trl: 7 },
  { title: '新能源汽车电池管理系统', summary: '动力电池的电池管理系统与热管理。', keywords: ['电池管理系统', '动力电池'], fieldCode: 'QL.NEV', trl: 7 },
];
