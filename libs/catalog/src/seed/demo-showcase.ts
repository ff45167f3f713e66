import { GeneratedNeed, GeneratedResult } from './catalog-generator.types';

/** Keys the seeder gives the demo logins' organizations (see identity's DEMO_ACCOUNTS). */
export const DEMO_RESEARCH_ORG = 'demo:researcher';
export const DEMO_ENTERPRISE_ORG = 'demo:enterprise';

/** Field codes of the two demo brokers, when their profiles have none yet. */
export const DEMO_BROKER_FIELD_CODES: Record<string, string[]> = {
  'broker1@techbridge.local': ['JL.SSB', 'JL.H2', 'QL.NEV', 'JL.PSC'],
  'broker2@techbridge.local': ['HC.MDRUG', 'HC.AQV', 'HC.OBS', 'BL.GENE'],
};

const day = 86_400_000;

/** A few hand-written items owned by the demo logins' organizations, so each login has something to show. */
export function demoShowcase(now: Date): { results: GeneratedResult[]; needs: GeneratedNeed[] } {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);
  const base = { ownerKey: DEMO_RESEARCH_ORG, needsPilot: false, selectedYear: null };
  const evaluation = { score: 86, technicalMaturity: 80, marketPotential: 90, comment: '技术成熟度较高，市场前景良好，建议发布。', approved: true };
  const results: GeneratedResult[] = [
    {
      ...base,
      key: 'demo:result:ssb',
      title: '高离子电导率硫化物固态电解质及其干法成膜工艺',
      summary: '室温离子电导率达 10 mS/cm 的硫化物电解质，配套无溶剂干法成膜工艺，可与现有锂电产线兼容。',
      description: '包括电解质组分配比、球磨与热处理参数、干法成膜辊压工艺窗口及界面修饰层配方，已完成 2Ah 软包电池验证。',
      keywords: ['固态电池', '硫化物电解质', '干法成膜', 'solid-state battery', 'sulfide electrolyte'],
      resultClass: 'MAJOR_INNOVATION',
      fieldCode: 'JL.SSB',
      trl: 6,
      patents: [{ number: 'CN202310123456.6', title: '一种硫化物固态电解质膜及其制备方法', granted: true }],
      transferModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
      askingPrice: { min: '3000000.00', max: '8000000.00', negotiable: true },
      needsPilot: true,
      visibility: 'TEASER',
      status: 'PUBLISHED',
      createdAt: at(60),
      submittedAt: at(55),
      evaluatedAt: at(40),
      publishedAt: at(35),
      evaluation,
    },
    {
      ...base,
      key: 'demo:result:mdrug',
      title: '海洋来源抗炎活性多糖的高效提取与纯化技术',
      summary: '从褐藻中提取具有抗炎活性的岩藻多糖，得率提高 40%，纯度达 95% 以上。',
      description: '酶解辅助提取、膜分离与离子交换层析联用工艺，含中试放大参数与质量标准草案。',
      keywords: ['海洋药物', '岩藻多糖', '提取纯化', 'marine drug', 'fucoidan'],
      resultClass: 'INDUSTRIAL_INNOVATION',
      fieldCode: 'HC.MDRUG',
      trl: 5,
      patents: [],
      transferModes: ['TRANSFER', 'LICENSE'],
      askingPrice: { min: '800000.00', max: '1500000.00', negotiable: false },
      visibility: 'PUBLIC',
      status: 'PUBLISHED',
      createdAt: at(50),
      submittedAt: at(48),
      evaluatedAt: at(30),
      publishedAt: at(28),
      evaluation: { ...evaluation, score: 78 },
    },
    {
      ...base,
      key: 'demo:result:draft',
      title: '基于视觉大模型的家电外观缺陷检测系统',
      summary: '面向家电总装线的外观缺陷在线检测，少样本即可适配新机型。',
      description: '模型结构、训练数据增强策略与产线部署方案。',
      keywords: ['缺陷检测', '视觉大模型', 'defect detection'],
      resultClass: 'INDUSTRIAL_INNOVATION',
      fieldCode: 'JL.AI',
      trl: 4,
      patents: [],
      transferModes: ['TECHNICAL_SERVICE'],
      askingPrice: { min: null, max: null, negotiable: true },
      visibility: 'PUBLIC',
      status: 'DRAFT',
      createdAt: at(3),
      submittedAt: null,
      evaluatedAt: null,
      publishedAt: null,
      evaluation: null,
    },
  ];
  const needs: GeneratedNeed[] = [
    {
      key: 'demo:need:fastcharge',
      enterpriseKey: DEMO_ENTERPRISE_ORG,
      title: '动力电池低温快充关键技术攻关',
      summary: '寻求 -20℃ 环境下 15 分钟充至 80% 的电芯与热管理方案，用于城市物流车。',
      description: '现有电芯体系、BMS 策略、目标指标与验证条件；可提供测试平台与示范线路。',
      keywords: ['快充', '低温', '热管理', 'fast charging', 'battery thermal management'],
      fieldCode: 'QL.NEV',
      minTrl: 5,
      budget: { min: '2000000.00', max: '5000000.00', negotiable: true },
      deadline: new Date(now.getTime() + 120 * day),
      preferredModes: ['JOINT_DEVELOPMENT', 'LICENSE'],
      visibility: 'TEASER',
      status: 'PUBLISHED',
      createdAt: at(20),
      publishedAt: at(18),
      collectiveTarget: null,
      pledges: [],
    },
    {
      key: 'demo:need:collective',
      enterpriseKey: DEMO_ENTERPRISE_ORG,
      title: '固态电池界面稳定性共性技术集采研发',
      summary: '联合多家企业共同出资，攻关固态电池界面阻抗与循环衰减的共性问题。',
      description: '各方出资比例、知识产权共享方式与阶段目标。',
      keywords: ['集采研发', '固态电池', '界面稳定性', 'collective R&D'],
      fieldCode: 'JL.SSB',
      minTrl: 3,
      budget: { min: '3000000.00', max: '6000000.00', negotiable: false },
      deadline: new Date(now.getTime() + 180 * day),
      preferredModes: ['JOINT_DEVELOPMENT'],
      visibility: 'PUBLIC',
      status: 'PUBLISHED',
      createdAt: at(15),
      publishedAt: at(14),
      collectiveTarget: '6000000.00',
      pledges: [],
    },
  ];
  return { results, needs };
}
