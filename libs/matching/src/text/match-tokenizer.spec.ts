import { DocumentFrequencies, MIN_FIELD_DOCUMENTS } from './document-frequencies';
import { MatchText } from './match-text';
import { MatchTokenizer } from './match-tokenizer';
import { cosine, coverage, extractKeywords, sharedTerms, tfidfVector } from './text-vector';

describe('MatchTokenizer', () => {
  const tokenizer = new MatchTokenizer();

  it('keeps taxonomy terms whole and drops function words and generic terms', () => {
    const tokens = tokenizer.tokens('一种基于硫化物固态电解质的全固态电池制备方法及系统');
    expect(tokens).toContain('固态电解质');
    expect(tokens).toContain('硫化物');
    for (const stop of ['一种', '基于', '的', '制备', '方法', '系统']) expect(tokens).not.toContain(stop);
    expect(tokenizer.tokens('钙钛矿叠层电池')).toContain('钙钛矿');
  });

  it('lower-cases English and drops English stop-words', () => {
    expect(tokenizer.tokens('Solid-State Battery based on the Sulfide Electrolyte')).toEqual(['solid', 'state', 'battery', 'sulfide', 'electrolyte']);
  });

  it('adds the sub-words of compounds to the features', () => {
    const features = tokenizer.features('全固态锂电池');
    expect(features).toEqual(expect.arrayContaining(['全固态', '固态', '锂电池', '电池']));
  });
});

describe('DocumentFrequencies and TF-IDF', () => {
  const df = DocumentFrequencies.fromDocuments([
    ['电池', '固态电解质'],
    ['电池', '正极'],
    ['电池', '回收', '回收'],
  ]);

  it('counts each term once per document and survives a JSON round trip', () => {
    expect(df.documentCount).toBe(3);
    expect(df.frequency('电池')).toBe(3);
    expect(df.frequency('回收')).toBe(1);
    const copy = DocumentFrequencies.fromJSON(JSON.parse(JSON.stringify(df.toJSON())));
    expect(copy.idf('回收')).toBe(df.idf('回收'));
    expect(copy.idf('未见')).toBe(df.idf('未见'));
  });

  it('counts documents per field too, smoothed so a share stays below 1', () => {
    const battery = Array.from({ length: MIN_FIELD_DOCUMENTS }, (_, i) => ({ tokens: ['固态电池', i === 0 ? '硫化物' : `词${i}`], fieldCode: 'JL.SSB' }));
    const byField = DocumentFrequencies.fromDocuments([...battery, { tokens: ['钙钛矿', '固态电池'], fieldCode: 'JL.PSC' }, ['无领域']]);
    const n = MIN_FIELD_DOCUMENTS;
    expect(byField.documentCount).toBe(n + 2);
    expect(byField.fieldShare('JL.SSB', '固态电池')).toBe(n / (n + 1));
    expect(byField.fieldShare('JL.SSB', '硫化物')).toBe(1 / (n + 1));
    expect(byField.fieldShare('JL.SSB', '钙钛矿')).toBe(0);
    expect(byField.fieldShare('HC.AQV', '固态电池')).toBe(0);
    // A field of one document: too few to say what is common in it.
    expect(byField.fieldShare('JL.PSC', '固态电池')).toBe(0);
    const copy = DocumentFrequencies.fromJSON(JSON.parse(JSON.stringify(byField.toJSON())));
    expect(copy.fieldShare('JL.SSB', '固态电池')).toBe(n / (n + 1));
    expect(copy.idf('硫化物')).toBe(byField.idf('硫化物'));
  });

  it('gives rare terms a higher IDF than common ones, unseen terms the highest', () => {
    expect(df.idf('固态电解质')).toBeGreaterThan(df.idf('电池'));
    expect(df.idf('未见')).toBeGreaterThan(df.idf('固态电解质'));
  });

  it('extracts at most ten keywords, rarest and most repeated first', () => {
    const many = Array.from({ length: 30 }, (_, i) => `词${i}`);
    expect(extractKeywords([{ tokens: many, weight: 1 }], df, 25)).toHaveLength(10);
    expect(extractKeywords([{ tokens: ['电池', '固态电解质', '固态电解质'], weight: 1 }], df, 1)).toEqual(['固态电解质']);
  });

  it('measures cosine similarity between 0 and 1 and lists the shared terms', () => {
    const a = tfidfVector([{ tokens: ['电池', '固态电解质'], weight: 1 }], df);
    const b = tfidfVector([{ tokens: ['固态电解质', '正极'], weight: 1 }], df);
    const c = tfidfVector([{ tokens: ['回收'], weight: 1 }], df);
    expect(cosine(a, a)).toBeCloseTo(1, 12);
    expect(cosine(a, b)).toBeGreaterThan(0);
    expect(cosine(a, b)).toBeLessThan(1);
    expect(cosine(a, c)).toBe(0);
    expect(sharedTerms(a, b, 5)).toEqual(['固态电解质']);
  });
});

describe('MatchText', () => {
  it('discounts in a need the terms common within its field, so naming the field covers little', () => {
    const tokenizer = new MatchTokenizer();
    const item = (title: string, summary: string, keywords: string[], fieldCode = 'JL.SSB') => ({ title, summary, keywords, fieldCode });
    const topics = [
      '退役电池梯次利用',
      '锂电池隔膜涂覆',
      '钠离子电池正极',
      '电池热管理',
      '电芯化成分容',
      '极片涂布',
      '电池包结构',
      '电解液添加剂',
      '负极预锂化',
      '电池回收',
    ];
    const corpus = [
      ...topics.map((topic) => item(`${topic}装备研制`, `自主研制${topic}专用装备，适用于固态电池`, [topic, '固态电池'])),
      item('钙钛矿组件封装', '阻水封装', ['钙钛矿'], 'JL.PSC'),
    ];
    const frequencies = MatchText.frequenciesOf(tokenizer, corpus);
    const need = {
      ...item('锂金属负极界面改性', '固态电池锂金属负极界面阻抗', ['锂金属负极', '固态电池']),
      id: 'n',
      minTrl: null,
      budgetMin: null,
      budgetMax: null,
      negotiable: false,
      preferredModes: [],
      district: null,
      publishedAt: null,
      enterpriseId: 'e',
    };
    const namesTheField = {
      ...corpus[0],
      id: 'r',
      trl: 5,
      transferModes: [],
      priceMin: null,
      priceMax: null,
      negotiable: false,
      district: null,
      grantedPatents: 0,
      patents: 0,
      publishedAt: null,
      ownerId: 'o',
    };
    const discounted = new MatchText(tokenizer, frequencies);
    const plain = new MatchText(tokenizer, frequencies, undefined, 0);
    const weight = (text: MatchText, term: string) => text.prepareNeed(need).vector.weights.get(term) ?? 0;
    expect(weight(discounted, '固态电池') / weight(discounted, '锂金属负极')).toBeLessThan(weight(plain, '固态电池') / weight(plain, '锂金属负极'));
    const covered = (text: MatchText) => coverage(text.prepareNeed(need).vector, text.prepareResult(namesTheField).vector);
    expect(covered(plain)).toBeGreaterThan(0);
    expect(covered(discounted)).toBeLessThan(covered(plain) / 2);
  });

  it('picks search keywords from the public fields, at most ten', () => {
    const tokenizer = new MatchTokenizer();
    const items = [
      { title: '硫化物固态电解质中试', summary: '面向全固态电池的硫化物电解质粉体', keywords: ['固态电解质', 'solid electrolyte'] },
      { title: '锂电池回收', summary: '废旧锂电池湿法回收', keywords: ['电池回收'] },
    ];
    const text = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, items));
    const keywords = text.keywords(items[0]);
    expect(keywords.length).toBeLessThanOrEqual(10);
    expect(keywords).toContain('固态电解质');
    expect(keywords).toContain('硫化物');
  });
});
