/** Demo pilot-scale platforms across the four chains, with capabilities as the facilities describe them. */
export const DEMO_PLATFORMS: { name: string; fieldCodes: string[]; capabilities: string[]; priceNotes: string }[] = [
  {
    name: '固态电池中试基地',
    fieldCodes: ['JL.SSB'],
    capabilities: ['硫化物电解质合成', '固态电解质膜涂布', '干法电极', '百公斤级中试线', '软包电芯组装'],
    priceNotes: '按批次计价，单批 8 万元起',
  },
  {
    name: '钙钛矿光伏中试线',
    fieldCodes: ['JL.PSC'],
    capabilities: ['狭缝涂布', '真空蒸镀', '钙钛矿组件封装', '600×1200mm 组件', '稳定性老化测试'],
    priceNotes: '按片计价，可包线',
  },
  {
    name: '生物医药中试平台',
    fieldCodes: ['JL.BIO', 'BL.GENE'],
    capabilities: ['细胞培养 200L 反应器', '蛋白纯化', 'GMP 洁净车间', '制剂放大', '质量检测'],
    priceNotes: 'GMP 车间按周计价',
  },
  {
    name: '氢能装备中试中心',
    fieldCodes: ['JL.H2'],
    capabilities: ['电解槽组装', '燃料电池电堆测试', '储氢瓶压力试验', '千瓦级测试台'],
    priceNotes: '测试台按小时计价',
  },
  {
    name: '新材料工程化平台',
    fieldCodes: ['JL.MAT', 'QL.CHEM'],
    capabilities: ['吨级反应釜', '连续挤出造粒', '复合材料热压成型', '材料性能检测'],
    priceNotes: '面议',
  },
  {
    name: '绿色化工中试基地',
    fieldCodes: ['QL.CHEM'],
    capabilities: ['催化剂评价', '固定床反应器', '精馏分离', '百吨级放大', '碳捕集示范'],
    priceNotes: '按装置与周期计价',
  },
  {
    name: '智能装备验证工厂',
    fieldCodes: ['QL.MACH', 'JL.ROBOT'],
    capabilities: ['五轴加工中心', '工业机器人集成', '装配线验证', '可靠性试验'],
    priceNotes: '按工时计价',
  },
  {
    name: '海洋生物制品中试平台',
    fieldCodes: ['HC.MBIO', 'HC.MDRUG'],
    capabilities: ['海藻多糖提取', '发酵放大 5 吨', '冷冻干燥', '海洋药物制剂'],
    priceNotes: '按批次计价',
  },
  {
    name: '深海装备试验场',
    fieldCodes: ['HC.DEEP', 'HC.OBS'],
    capabilities: ['高压舱模拟 110MPa', '水池拖曳试验', '海上实测', '观测浮标布放'],
    priceNotes: '按天计价，出海另计',
  },
  { name: '海水淡化示范中试站', fieldCodes: ['HC.DESAL'], capabilities: ['反渗透膜组件测试', '能量回收装置', '日产百吨示范线'], priceNotes: '面议' },
  { name: '新型显示工艺平台', fieldCodes: ['JL.DISP'], capabilities: ['OLED 蒸镀', 'Micro LED 巨量转移', '光刻', '显示模组检测'], priceNotes: '按片计价' },
  {
    name: '智能家电可靠性中试线',
    fieldCodes: ['QL.HOME'],
    capabilities: ['变频压缩机测试', '整机装配线', '噪声与能效实验室', '小批量试产'],
    priceNotes: '小批量试产 3 万元起',
  },
];
