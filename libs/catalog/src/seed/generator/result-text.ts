import type { GeneratedPatent, GeneratedResult } from './catalog-generator';
import { FieldVocabulary } from './field-vocabulary';
import { Random } from './random';
import { TaxonomyField } from './taxonomy';
import { achieved, listZh, Theme, TRANSFER_MODE_ZH, TRL_STAGES, wanYuan } from './text-kit';

export interface TitleTemplate {
  slots: readonly (keyof Theme)[];
  render(theme: Theme): string;
}

/** Title shapes seen in real result catalogues; each uses only the slots it names. */
export const RESULT_TITLE_TEMPLATES: readonly TitleTemplate[] = [
  { slots: ['qualifier', 'subject', 'process'], render: (t) => `${t.qualifier}${t.subject}${t.process}技术` },
  { slots: ['application', 'qualifier', 'subject'], render: (t) => `面向${t.application}的${t.qualifier}${t.subject}` },
  { slots: ['method', 'subject', 'process'], render: (t) => `基于${t.method}的${t.subject}${t.process}方法` },
  { slots: ['application', 'qualifier', 'subject', 'process'], render: (t) => `${t.application}用${t.qualifier}${t.subject}${t.process}关键技术` },
  { slots: ['qualifier', 'subject', 'method', 'process'], render: (t) => `${t.qualifier}${t.subject}的${t.method}${t.process}技术` },
  { slots: ['subject', 'method', 'process'], render: (t) => `${t.subject}${t.method}${t.process}技术及产业化` },
  { slots: ['qualifier', 'subject', 'application'], render: (t) => `${t.qualifier}${t.subject}研制及其在${t.application}中的应用` },
  { slots: ['qualifier', 'subject', 'process'], render: (t) => `一种${t.qualifier}${t.subject}及其${t.process}方法` },
];

export const SLOT_SOURCES: Record<keyof Theme, (vocabulary: FieldVocabulary) => readonly string[]> = {
  qualifier: (v) => v.qualifiers,
  subject: (v) => v.subjects,
  process: (v) => v.processes,
  method: (v) => v.methods,
  application: (v) => v.applications,
};

const EFFECTS = [
  '有效提升了产品性能的一致性',
  '显著降低了工艺复杂度和制造成本',
  '缩短了工艺流程，便于规模化放大',
  '提高了关键原材料利用率',
  '实现了关键参数的在线监测与闭环调控',
  '摆脱了对进口设备和材料的依赖',
  '兼顾了性能与可靠性',
  '大幅缩短了开发与调试周期',
];
const BENCHMARKS = [
  '整体性能达到国内领先水平',
  '主要指标优于同类进口产品',
  '经专家评价达到国际先进水平',
  '满足相关行业标准要求',
  '综合性能处于国内前列',
  '较现有主流方案有明显优势',
];
const SOURCES = ['第三方检测机构出具的检测报告', '中试线连续运行数据', '用户现场测试报告', '实验室测试数据（多批次平均值）'];
const TEAMS = ['研发团队', '课题组', '项目团队', '创新团队'];

export interface ResultTextInput {
  field: TaxonomyField;
  theme: Theme;
  title: string;
  ownerName: string;
  trl: number;
  resultClass: GeneratedResult['resultClass'];
  patents: GeneratedPatent[];
  transferModes: string[];
  askingPrice: GeneratedResult['askingPrice'];
  needsPilot: boolean;
}

export function resultSummary(random: Random, input: ResultTextInput): string {
  const { field, theme } = input;
  const v = field.vocabulary;
  const [problem] = random.sample(v.problems, 1);
  const otherMethod = random.pick(v.methods.filter((m) => m !== theme.method));
  const metrics = random.sample(v.metrics, random.int(2, 3));
  const apps = [
    theme.application,
    ...random.sample(
      v.applications.filter((a) => a !== theme.application),
      random.int(1, 2),
    ),
  ];
  const opening = random.pick([
    () => `针对${problem}的问题，本成果采用${theme.method}与${otherMethod}相结合的技术路线，研制出${theme.qualifier}${theme.subject}。`,
    () => `本成果面向${theme.application}需求，围绕${theme.subject}的${theme.process}开展攻关，突破了${theme.method}等关键技术。`,
    () =>
      `${input.ownerName}${random.pick(TEAMS)}长期从事${theme.subject}研究，针对${problem}这一行业共性难题，提出了基于${theme.method}的${theme.process}新方法。`,
    () => `为解决${problem}的问题，本项目开发了${theme.qualifier}${theme.subject}，核心在于${theme.method}与${otherMethod}的协同设计。`,
  ])();
  const figures = metrics.map((metric) => achieved(random, metric));
  const evidence = random.pick([
    () => `经第三方检测，${figures.join('，')}，${random.pick(BENCHMARKS)}。`,
    () => `关键指标：${figures.join('；')}。`,
    () => `实测${figures[0]}，较现有技术提升${random.int(10, 60)}%，${figures.slice(1).join('，')}。`,
  ])();
  const granted = input.patents.filter((p) => p.granted).length;
  const ip = input.patents.length > 0 ? `已申请专利${input.patents.length}项${granted > 0 ? `，其中授权${granted}项` : ''}。` : '';
  const closing = random.pick([
    () => `成果可应用于${listZh(apps)}等领域，目前处于${TRL_STAGES[input.trl]}。`,
    () => `目前处于${TRL_STAGES[input.trl]}，可在${listZh(apps)}场景推广应用。`,
    () => `已在${random.int(2, 8)}家${theme.application}相关单位开展应用验证，目前处于${TRL_STAGES[input.trl]}。`,
  ])();
  return `${opening}${evidence}${closing}${ip}`;
}

export function resultDescription(random: Random, input: ResultTextInput): string {
  const { field, theme } = input;
  const v = field.vocabulary;
  const problems = random.sample(v.problems, 2);
  const methods = [
    theme.method,
    ...random.sample(
      v.methods.filter((m) => m !== theme.method),
      2,
    ),
  ];
  const effects = random.sample(EFFECTS, 3);
  const metrics = random.sample(v.metrics, random.int(3, 5));
  const apps = [
    theme.application,
    ...random.sample(
      v.applications.filter((a) => a !== theme.application),
      random.int(2, 3),
    ),
  ];
  const paragraphs: string[] = [];

  paragraphs.push(
    `一、项目背景\n${field.nameZh}是本市“${field.chainPlan}”计划重点布局的产业方向。当前行业普遍存在${problems[0]}、${problems[1]}等问题，制约了${listZh(apps.slice(0, 2))}等领域的发展。` +
      `${input.ownerName}${random.pick(TEAMS)}围绕${theme.subject}开展了${random.int(3, 12)}年的持续研究，在${listZh(methods.slice(0, 2))}等方面形成了较好的技术积累。`,
  );
  paragraphs.push(
    `二、技术方案\n本成果以${theme.qualifier}${theme.subject}为核心，主要技术路线包括：` +
      `（1）采用${methods[0]}，${effects[0]}；（2）通过${methods[1]}实现${theme.subject}的${theme.process}，${effects[1]}；` +
      `（3）结合${methods[2]}建立${theme.process}全过程质量控制方法，${effects[2]}。`,
  );
  paragraphs.push(
    `三、主要技术指标\n${metrics.map((metric, index) => `${index + 1}. ${achieved(random, metric)}`).join('\n')}\n（指标来源：${random.pick(SOURCES)}）`,
  );
  const ip =
    input.patents.length === 0
      ? '核心工艺以技术秘密形式保护，暂未申请专利；可根据合作需要提交专利申请。'
      : `已申请专利${input.patents.length}项：\n${input.patents.map((p) => `- ${p.number} ${p.title}（${p.granted ? '已授权' : '实质审查中'}）`).join('\n')}`;
  paragraphs.push(`四、知识产权情况\n${ip}`);
  paragraphs.push(
    `五、应用场景与市场前景\n成果可应用于${listZh(apps)}等场景。以${theme.application}为例，推广应用后预计用户侧${achieved(random, random.pick(v.metrics))}，` +
      `预计${random.int(3, 5)}年内形成约${random.int(2, 60)}亿元的市场空间。目前处于${TRL_STAGES[input.trl]}。`,
  );
  const modes = listZh(input.transferModes.map((mode) => TRANSFER_MODE_ZH[mode]));
  const price = input.askingPrice;
  const priceText =
    price.min === null && price.max === null
      ? '价格面议'
      : `参考价格${price.min !== null ? wanYuan(Number(price.min)) : ''}${price.min !== null && price.max !== null ? '至' : ''}${price.max !== null ? wanYuan(Number(price.max)) : ''}${price.negotiable ? '，可议价' : ''}`;
  paragraphs.push(
    `六、合作方式\n拟采用${modes}方式开展合作，${priceText}。` +
      (input.needsPilot ? '成果尚需中试放大验证，希望与具备中试条件的平台或企业共建中试线。' : '') +
      `团队可提供工艺包、技术培训和后续技术服务，欢迎${field.nameZh}领域企业洽谈。`,
  );
  return paragraphs.join('\n\n');
}

/** Patent titles in the CNIPA style: "一种…方法" for inventions, devices for utility models. */
export function patentTitle(random: Random, vocabulary: FieldVocabulary, theme: Theme, invention: boolean): string {
  if (invention) {
    return random.pick([
      () => `一种${theme.qualifier}${theme.subject}的${theme.process}方法`,
      () => `一种基于${random.pick(vocabulary.methods)}的${theme.subject}${theme.process}方法`,
      () => `一种${theme.subject}及其${random.pick(vocabulary.processes)}方法和应用`,
      () => `${theme.subject}${random.pick(vocabulary.processes)}系统及方法`,
    ])();
  }
  return random.pick([
    () => `一种${theme.subject}${random.pick(['装置', '结构', '检测装置', '组件'])}`,
    () => `一种用于${theme.application}的${theme.subject}${random.pick(['装置', '设备'])}`,
  ])();
}

/** 3–8 keywords mixing Chinese and English, each at most 40 characters. */
export function keywordsFor(random: Random, field: TaxonomyField, theme: Theme): string[] {
  const [first, second] = random.sample(field.vocabulary.terms, 2);
  const candidates = [
    theme.subject,
    first[0],
    first[1],
    random.pick(field.keywords),
    random.chance(0.6) ? second[1] : second[0],
    random.chance(0.5) ? theme.method : theme.application,
    random.chance(0.4) ? field.nameEn : field.nameZh,
  ];
  const unique = [...new Set(candidates.filter((word) => word.length > 0 && word.length <= 40))];
  return unique.slice(0, random.int(Math.min(3, unique.length), Math.min(8, unique.length)));
}
