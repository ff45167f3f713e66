import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { Taxonomy } from '../taxonomy';
import { STOP_WORDS } from './stop-words';

/**
 * Domain terms jieba's default dictionary splits but the taxonomy treats as one concept
 * (固态电解质, 钙钛矿 …). Taxonomy names and keywords are added on top of these.
 */
const DOMAIN_TERMS = [
  '固态电解质', '硫化物电解质', '氧化物电解质', '聚合物电解质', '锂金属负极', '钙钛矿', '叠层电池', '电解水制氢', '质子交换膜',
  '碳化硅', '氮化镓', '功率半导体', '大模型', '数字孪生', '边缘计算', '预测性维护', '水声通信', '低轨卫星', '相控阵天线',
  '脑机接口', '脑电信号', '基因编辑', '细胞治疗', '干细胞', '合成生物', '酶工程', '褐藻多糖', '岩藻多糖', '海藻酸钠',
  '胶原蛋白', '反渗透膜', '浓盐水', '水下滑翔机', '漂浮式风机', '深远海养殖', '智能网箱', '养殖工船', '转向架', '变频压缩机',
  '数控机床', '工业母机', '伺服系统', '协作机器人', '人形机器人', '谐波减速器', '碳纤维', '石墨烯', '电驱动', '电池管理系统',
  '无人机', '飞控系统', '量子点', '量子计算', '量子通信', '量子传感', '催化剂', '碳捕集', '冷链保鲜', '发酵工艺',
];

let shared: Jieba | undefined;

/** One jieba instance per process: the dictionary takes ~200 ms and tens of MB to load. */
function jieba(): Jieba {
  if (!shared) {
    const instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(userDictionary(Taxonomy.default()), 'utf8'));
    shared = instance;
  }
  return shared;
}

/** Jieba user-dictionary lines (`word freq tag`) for the taxonomy names and keywords. */
export function userDictionary(taxonomy: Taxonomy): string {
  const words = new Set<string>(DOMAIN_TERMS);
  for (const field of taxonomy.allFields()) {
    for (const word of [field.nameZh, ...field.keywords]) {
      if (CJK.test(word) && !/\s/.test(word)) words.add(word);
    }
  }
  return [...words].map((word) => `${word} 200000 n`).join('\n') + '\n';
}

const CJK = /[\u3400-\u9fff]/;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}+#.-]*$/u;

/**
 * Chinese and English tokens for matching. `tokens` is the plain segmentation (what a search
 * engine sees and what keywords are picked from); `features` adds the sub-words of long
 * compounds (全固态 → 固态) so near-synonymous compounds still overlap in the text vectors.
 */
export class MatchTokenizer {
  tokens(text: string): string[] {
    return this.clean(jieba().cut(text, false));
  }

  features(text: string): string[] {
    return this.clean(jieba().cutForSearch(text, false));
  }

  private clean(raw: string[]): string[] {
    const out: string[] = [];
    for (const piece of raw) {
      const token = piece.trim().toLowerCase().replace(/^[-.]+|[-.]+$/g, '');
      if (!token || !WORD.test(token)) continue;
      if (STOP_WORDS.has(token)) continue;
      if (CJK.test(token) ? [...token].length < 2 : token.length < 2 && !/\d/.test(token)) continue;
      if (/^\d+(\.\d+)?$/.test(token)) continue;
      out.push(token);
    }
    return out;
  }
}
