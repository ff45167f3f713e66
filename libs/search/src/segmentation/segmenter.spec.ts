import { DOMAIN_TERMS } from './domain-terms';
import { Segmenter, userDictionary } from './segmenter.service';

describe('Segmenter', () => {
  const segmenter = new Segmenter();
  const texts = (query: string): string[] => segmenter.queryTerms(query).map((term) => term.text);

  it('keeps taxonomy terms whole in queries', () => {
    expect(texts('固态电池')).toEqual(['固态电池']);
    expect(texts('固态电解质材料')).toEqual(['固态电解质', '材料']);
    expect(texts('钙钛矿')).toEqual(['钙钛矿']);
  });

  it('keeps the domain terms whole in queries, and loads the dictionary once for every segmenter', () => {
    for (const term of ['硫化物电解质', '漂浮式风机', '谐波减速器', '冷链保鲜']) {
      expect(DOMAIN_TERMS).toContain(term);
      expect(texts(term)).toEqual([term]);
    }
    const other = new Segmenter();
    expect(other.words('硫化物电解质', 'precise')).toEqual(['硫化物电解质']);
    expect((other as unknown as { jieba: unknown }).jieba).toBe((segmenter as unknown as { jieba: unknown }).jieba);
  });

  it('treats spaces between Chinese words as nothing', () => {
    expect(texts('固态 电池')).toEqual(texts('固态电池'));
  });

  it('indexes a compound together with its parts', () => {
    const tokens = segmenter.indexTokens('高能量密度固态电池');
    expect(tokens).toEqual(expect.arrayContaining(['固态', '电池', '固态电池']));
    expect(segmenter.indexTokens('钙钛矿太阳能电池组件')).toEqual(expect.arrayContaining(['钙钛矿', '太阳能', '电池']));
  });

  it('lower-cases English and keeps alphanumeric words', () => {
    expect(segmenter.queryTerms('eVTOL OLED Perovskite 5G')).toEqual([
      { text: 'evtol', latin: true },
      { text: 'oled', latin: true },
      { text: 'perovskite', latin: true },
      { text: '5g', latin: true },
    ]);
  });

  it('drops punctuation, stop words and duplicates', () => {
    expect(texts('氢能 的 储运, 氢能！ and (storage)')).toEqual(['氢能', '储运', 'storage']);
  });

  it('normalizes full-width characters', () => {
    expect(texts('ＯＬＥＤ')).toEqual(['oled']);
  });

  it('writes a jieba user dictionary of Chinese terms only', () => {
    expect(userDictionary(['钙钛矿', 'perovskite', 'LNG 船', '钙钛矿']).split('\n')).toEqual(['钙钛矿 200000 n']);
  });
});
