import type { GeneratedNeed } from './catalog-generator';
import { Random } from './random';
import { TaxonomyField } from './taxonomy';
import { listZh, required, Theme, TRANSFER_MODE_ZH, wanYuan } from './text-kit';

export function needTitle(random: Random, theme: Theme, collective: boolean): string {
  if (collective) {
    return random.pick([
      () => `${theme.subject}${theme.process}技术集采研发需求`,
      () => `${theme.application}领域${theme.qualifier}${theme.subject}联合攻关（集采研发）`,
      () => `多家企业联合征集${theme.qualifier}${theme.subject}${theme.process}技术`,
    ])();
  }
  return random.pick([
    () => `${theme.qualifier}${theme.subject}${theme.process}技术需求`,
    () => `寻求${theme.application}用${theme.qualifier}${theme.subject}解决方案`,
    () => `${theme.subject}${theme.process}关键技术攻关`,
    () => `征集${theme.qualifier}${theme.subject}${theme.process}技术合作方`,
    () => `求购${theme.qualifier}${theme.subject}${theme.process}技术`,
    () => `${theme.application}${theme.subject}${theme.process}难题求解`,
  ])();
}

export interface NeedTextInput {
  field: TaxonomyField;
  theme: Theme;
  enterpriseName: string;
  minTrl: number | null;
  budget: GeneratedNeed['budget'];
  deadline: Date | null;
  preferredModes: string[];
  collectiveTarget: string | null;
  collectivePartners: number;
}

function budgetText(budget: GeneratedNeed['budget']): string {
  if (budget.min === null && budget.max === null) return '预算面议';
  if (budget.min === null) return `预算不超过${wanYuan(Number(budget.max))}${budget.negotiable ? '（可商议）' : ''}`;
  if (budget.max === null) return `预算${wanYuan(Number(budget.min))}起${budget.negotiable ? '（可商议）' : ''}`;
  return `预算${wanYuan(Number(budget.min))}至${wanYuan(Number(budget.max))}${budget.negotiable ? '（可商议）' : ''}`;
}

export function needSummary(random: Random, input: NeedTextInput): string {
  const { field, theme } = input;
  const v = field.vocabulary;
  const problem = random.pick(v.problems);
  const requirements = random.sample(v.metrics, random.int(1, 2)).map((metric) => required(random, metric));
  const opening = random.pick([
    () => `我公司主要从事${theme.application}相关产品的研发与生产，目前面临${problem}的难题，`,
    () =>
      `我公司是${field.nameZh}领域的${random.pick(['骨干企业', '高新技术企业', '专精特新企业', '链主企业'])}，在${theme.application}业务中遇到${problem}的问题，`,
    () => `随着${theme.application}业务规模扩大，我公司${problem}的问题日益突出，`,
  ])();
  const ask = random.pick([
    `需要${theme.qualifier}${theme.subject}${theme.process}技术`,
    `急需引进${theme.qualifier}${theme.subject}相关成果`,
    `希望与高校院所合作开发${theme.qualifier}${theme.subject}`,
  ]);
  const collective = input.collectiveTarget !== null ? `本需求为集采研发项目，目标筹资${wanYuan(Number(input.collectiveTarget))}，欢迎同行企业共同出资。` : '';
  return `${opening}${ask}。技术指标要求：${requirements.join('，')}。${budgetText(input.budget)}。${collective}`;
}

export function needDescription(random: Random, input: NeedTextInput): string {
  const { field, theme } = input;
  const v = field.vocabulary;
  const problems = random.sample(v.problems, 2);
  const requirements = random.sample(v.metrics, random.int(2, 4)).map((metric, index) => `${index + 1}. ${required(random, metric)}`);
  const paragraphs: string[] = [];
  paragraphs.push(
    `一、企业基本情况\n${input.enterpriseName}位于本市，主营${theme.application}相关产品，拥有研发人员${random.int(15, 400)}人，` +
      `年销售收入约${random.int(1, 80)}亿元，已建成${random.pick(['省级企业技术中心', '市级工程技术研究中心', '博士后科研工作站', '企业重点实验室'])}。`,
  );
  paragraphs.push(
    `二、需求背景\n目前我公司在生产中面临${problems[0]}、${problems[1]}等问题，现有${theme.subject}方案难以满足客户对${theme.qualifier}的要求，` +
      `希望引入${theme.method}等先进技术，实现${theme.subject}的${theme.process}。`,
  );
  paragraphs.push(`三、技术指标要求\n${requirements.join('\n')}${input.minTrl !== null ? `\n技术成熟度不低于TRL ${input.minTrl}级。` : ''}`);
  const modes = listZh(input.preferredModes.map((mode) => TRANSFER_MODE_ZH[mode]));
  paragraphs.push(
    `四、合作方式与预期成果\n优先考虑${modes}方式，期望交付${random.pick(['工艺包和技术文档', '工程样机及测试报告', '可量产的技术方案', '中试验证数据和产线设计方案'])}，` +
      `并对我公司技术人员开展培训。${budgetText(input.budget)}。`,
  );
  const deadline = input.deadline ? `希望在${input.deadline.getUTCFullYear()}年${input.deadline.getUTCMonth() + 1}月前完成合作对接。` : '时间要求可协商。';
  const collective =
    input.collectiveTarget !== null
      ? `本需求采用集采研发方式，由我公司牵头，目标筹资${wanYuan(Number(input.collectiveTarget))}，已有${input.collectivePartners}家企业表达出资意向，研发成果由出资企业按约定共享。`
      : '';
  paragraphs.push(`五、时间要求及其他\n${deadline}${collective}有意向的高校院所和科技企业可通过平台与我公司联系，技术细节可在签署保密协议后进一步沟通。`);
  return paragraphs.join('\n\n');
}
