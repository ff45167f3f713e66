import { chainOf, NeedSearchDocument, ResultSearchDocument } from '../search-documents';

/**
 * Hand-written documents shared by the conformance suite of both engines and by the benchmark's
 * generator: Chinese and English, perovskite, solid-state battery, AI, hydrogen and other
 * fields, prices and TRLs. One district value is deliberately full of filter syntax.
 */
export const TRICKY_DISTRICT = 'Hai"an OR district = "x" [新区] \\ 港';

const DAY = 86_400_000;
const BASE = Date.UTC(2025, 0, 1);
const fixtureId = (kind: 1 | 2, n: number): string => `00000000-0000-4000-800${kind}-${String(n).padStart(12, '0')}`;
const OWNERS = [
  { id: '10000000-0000-4000-8000-000000000001', name: '海滨大学' },
  { id: '10000000-0000-4000-8000-000000000002', name: 'Coastal Institute of Energy' },
  { id: '10000000-0000-4000-8000-000000000003', name: '新材料研究院' },
];
const ENTERPRISES = [
  { id: '20000000-0000-4000-8000-000000000001', name: '蓝海新能源有限公司' },
  { id: '20000000-0000-4000-8000-000000000002', name: 'Harbor Robotics Co.' },
];
const CLASSES = ['MAJOR_INNOVATION', 'INDUSTRIAL_INNOVATION', 'ENTERPRISE_DEMAND'] as const;

type R = [title: string, summary: string, keywords: string[], field: string, trl: number, modes: string[], price: [number, number] | null, district: string | null, pilot: boolean];

const RESULTS: R[] = [
  ['高效钙钛矿太阳能电池制备技术', '采用两步溶液法制备大面积钙钛矿薄膜，组件效率达到22%。', ['钙钛矿', '光伏组件'], 'JL.PSC', 6, ['LICENSE', 'TRANSFER'], [300_000, 800_000], '崂山区', true],
  ['钙钛矿/晶硅叠层太阳能电池', '叠层电池实验室效率超过30%，适合中试放大。', ['钙钛矿', '叠层电池'], 'JL.PSC', 4, ['JOINT_DEVELOPMENT'], [1_000_000, 2_000_000], '黄岛区', true],
  ['柔性钙钛矿光伏组件封装工艺', '低温封装方案延长柔性组件寿命至五年以上。', ['钙钛矿太阳能电池', '封装'], 'JL.PSC', 7, ['TRANSFER'], [500_000, 600_000], '崂山区', false],
  ['Stable perovskite solar modules', 'Additive engineering gives perovskite films 2000 h damp-heat stability.', ['perovskite', 'photovoltaic'], 'JL.PSC', 5, ['LICENSE'], [400_000, 900_000], '市南区', true],
  ['Perovskite tandem cell metrology', 'Inline measurement of tandem solar cell efficiency for production lines.', ['tandem solar cell', 'perovskite'], 'JL.PSC', 6, ['TECHNICAL_SERVICE'], [150_000, 150_000], null, false],
  ['无铅钙钛矿光电探测器', '锡基钙钛矿材料用于近红外探测。', ['钙钛矿', '探测器'], 'JL.PSC', 3, ['JOINT_DEVELOPMENT'], null, '城阳区', false],
  ['高能量密度固态电池', '硫化物电解质固态电池，能量密度达到400Wh/kg。', ['固态电池', '硫化物电解质'], 'JL.SSB', 5, ['LICENSE', 'EQUITY'], [2_000_000, 5_000_000], '黄岛区', true],
  ['固态电解质薄膜连续制备', '氧化物固态电解质薄膜卷对卷工艺，厚度小于20微米。', ['固态电解质', '氧化物电解质'], 'JL.SSB', 6, ['TRANSFER'], [800_000, 1_200_000], '城阳区', true],
  ['车用固态电池热管理系统', '为固态电池包设计的液冷热管理方案，降低热失控风险。', ['固态电池', '热管理'], 'JL.SSB', 7, ['TECHNICAL_SERVICE', 'LICENSE'], [600_000, 700_000], '即墨区', false],
  ['Solid-state battery with lithium metal anode', 'A lithium metal anode paired with a sulfide solid electrolyte; 500 cycles at 1C.', ['solid-state battery', 'solid electrolyte'], 'JL.SSB', 4, ['JOINT_DEVELOPMENT'], [3_000_000, 4_000_000], '黄岛区', true],
  ['锂金属负极界面修饰技术', '用于固态电池的锂金属负极界面层，抑制枝晶生长。', ['锂金属负极', '固态电池'], 'JL.SSB', 3, ['JOINT_DEVELOPMENT'], null, '崂山区', false],
  ['半固态电解质锂离子电芯', '凝胶电解质方案兼容现有产线。', ['半固态', '锂离子'], 'QL.NEV', 8, ['TRANSFER', 'LICENSE'], [1_500_000, 2_500_000], '即墨区', false],
  ['基于人工智能的工业缺陷检测', '深度学习模型识别表面缺陷，准确率99.2%。', ['人工智能', '计算机视觉'], 'JL.AI', 8, ['LICENSE', 'TECHNICAL_SERVICE'], [200_000, 500_000], '市南区', false],
  ['AI-driven drug discovery platform', 'Machine learning screens candidate molecules for marine drugs.', ['AI', 'drug discovery'], 'JL.AI', 5, ['JOINT_DEVELOPMENT', 'EQUITY'], [1_000_000, 3_000_000], '崂山区', false],
  ['海事大模型问答系统', '面向港口调度的大模型，支持中文自然语言处理。', ['大模型', '自然语言处理'], 'JL.AI', 6, ['TECHNICAL_SERVICE'], [300_000, 300_000], '市北区', false],
  ['Computer vision for ship hull inspection', 'Underwater images analysed by a computer vision model to find corrosion.', ['computer vision', 'AI'], 'JL.AI', 7, ['LICENSE'], [250_000, 400_000], '黄岛区', false],
  ['人工智能辅助的电池材料筛选', '机器学习加速固态电解质材料的发现。', ['机器学习', '人工智能'], 'JL.AI', 4, ['JOINT_DEVELOPMENT'], [700_000, 900_000], '崂山区', false],
  ['电解水制氢催化剂', '非贵金属催化剂，碱性电解槽能耗降低15%。', ['电解水制氢', '催化剂'], 'JL.H2', 6, ['LICENSE', 'TRANSFER'], [900_000, 1_100_000], '黄岛区', true],
  ['车载高压储氢瓶', '70MPa IV型储氢瓶，通过型式试验。', ['储氢', '氢能'], 'JL.H2', 8, ['TRANSFER'], [2_500_000, 3_000_000], '即墨区', false],
  ['Hydrogen fuel cell stack for ships', 'A 200 kW fuel cell stack for coastal vessels.', ['fuel cell', 'hydrogen storage'], 'JL.H2', 6, ['JOINT_DEVELOPMENT', 'LICENSE'], [4_000_000, 6_000_000], '黄岛区', true],
  ['海上风电制氢一体化', '海上风电与电解水制氢耦合的系统方案。', ['海上风电', '氢能'], 'JL.H2', 4, ['JOINT_DEVELOPMENT'], null, '黄岛区', true],
  ['氢燃料电池膜电极', '低铂膜电极，功率密度1.2W/cm²。', ['燃料电池', '膜电极'], 'JL.H2', 5, ['LICENSE'], [1_200_000, 1_200_000], '城阳区', false],
  ['eVTOL 飞行器飞控系统', '电动垂直起降飞行器的冗余飞控系统。', ['eVTOL', '飞控系统'], 'JL.LAE', 5, ['JOINT_DEVELOPMENT'], [2_000_000, 2_000_000], '胶州市', true],
  ['物流无人机集群调度', '无人机集群路径规划与调度算法。', ['无人机', '调度'], 'JL.LAE', 7, ['LICENSE', 'TECHNICAL_SERVICE'], [400_000, 600_000], '胶州市', false],
  ['UAV inspection of power lines', 'Drone-based power line inspection with onboard AI.', ['UAV', 'drone'], 'JL.LAE', 8, ['TECHNICAL_SERVICE'], [100_000, 200_000], null, false],
  ['OLED 蒸镀掩膜版', '高精度金属掩膜版，适用于OLED面板。', ['OLED', '掩膜版'], 'JL.DISP', 6, ['TRANSFER'], [1_800_000, 2_200_000], '西海岸新区', true],
  ['Micro LED 巨量转移', '激光巨量转移技术，良率99.9%。', ['Micro LED', '巨量转移'], 'JL.DISP', 4, ['JOINT_DEVELOPMENT'], null, '西海岸新区', true],
  ['量子点显示膜', '无镉量子点显示膜，色域110%。', ['量子点显示', '新型显示'], 'JL.DISP', 7, ['LICENSE'], [700_000, 900_000], '城阳区', false],
  ['反渗透膜海水淡化装置', '高通量反渗透膜，吨水能耗3kWh。', ['反渗透膜', '海水淡化'], 'HC.DESAL', 8, ['TRANSFER', 'LICENSE'], [1_000_000, 1_500_000], '黄岛区', false],
  ['浓盐水资源化利用', '海水淡化浓盐水提取锂和溴。', ['浓盐水', '海水淡化'], 'HC.DESAL', 5, ['JOINT_DEVELOPMENT'], [600_000, 800_000], '即墨区', true],
  ['Solar desalination membrane', 'Graphene-based membrane for solar-driven desalination.', ['desalination', 'graphene'], 'HC.DESAL', 3, ['JOINT_DEVELOPMENT'], null, null, false],
  ['CAR-T 细胞治疗制备工艺', '自动化封闭式CAR-T制备系统。', ['CAR-T', '细胞治疗'], 'BL.GENE', 5, ['LICENSE', 'EQUITY'], [5_000_000, 8_000_000], '崂山区', true],
  ['基因编辑育种技术', '基于基因编辑的海水稻育种。', ['基因编辑', '育种'], 'BL.GENE', 4, ['JOINT_DEVELOPMENT'], [2_000_000, 2_000_000], '即墨区', false],
  ['新能源汽车电驱动总成', '800V碳化硅电驱动总成，效率97%。', ['电驱动', '碳化硅'], 'QL.NEV', 7, ['LICENSE'], [3_000_000, 3_500_000], '即墨区', false],
  ['Battery management system for EV fleets', 'Cloud battery management predicts cell ageing.', ['battery management', 'electric vehicle'], 'QL.NEV', 8, ['TECHNICAL_SERVICE', 'LICENSE'], [200_000, 300_000], '市北区', false],
  ['动力电池回收梯次利用', '退役动力电池快速分选与梯次利用。', ['电池回收', '梯次利用'], 'QL.NEV', 6, ['TRANSFER'], [500_000, 500_000], '平度市', false],
  ['石墨烯导热膜', '高导热石墨烯膜，用于手机散热。', ['石墨烯', '导热'], 'JL.MAT', 7, ['TRANSFER', 'LICENSE'], [800_000, 1_000_000], '西海岸新区', false],
  ['碳纤维复合材料叶片', '海上风电碳纤维主梁叶片。', ['碳纤维', '海上风电'], 'JL.MAT', 6, ['JOINT_DEVELOPMENT'], [1_500_000, 2_000_000], TRICKY_DISTRICT, true],
  ['Polymer electrolyte for batteries', 'A polymer electrolyte for safer lithium batteries.', ['polymer', 'electrolyte'], 'JL.MAT', 4, ['LICENSE'], [350_000, 350_000], '崂山区', false],
  ['漂浮式海上风电基础', '半潜式漂浮基础，适用于50米以上水深。', ['漂浮式风机', '海上风电'], 'HC.WIND', 5, ['JOINT_DEVELOPMENT'], [6_000_000, 9_000_000], '黄岛区', true],
  ['Offshore wind O&M robots', 'Crawler robots for offshore wind turbine blade maintenance.', ['offshore wind', 'robot'], 'HC.WIND', 6, ['TECHNICAL_SERVICE'], [450_000, 550_000], '黄岛区', false],
  ['协作机器人力控关节', '高精度力控关节，支持人机协作。', ['协作机器人', '减速器'], 'JL.ROBOT', 7, ['LICENSE', 'TRANSFER'], [900_000, 1_300_000], '城阳区', false],
  ['水下机器人自主导航', '深海水下机器人惯性与声学组合导航。', ['水下机器人', '深海装备'], 'HC.DEEP', 5, ['JOINT_DEVELOPMENT'], [2_200_000, 2_800_000], '崂山区', true],
  ['功率半导体碳化硅模块', '车规级碳化硅功率模块封装。', ['碳化硅', '功率半导体'], 'JL.IC', 6, ['LICENSE'], [2_600_000, 3_000_000], '即墨区', false],
  ['海洋药物褐藻多糖', '褐藻多糖抗病毒制剂，完成临床前研究。', ['褐藻多糖', '海洋药物'], 'HC.MDRUG', 4, ['EQUITY', 'LICENSE'], [10_000_000, 12_000_000], '市南区', true],
  ['层状氧化物钠离子电池储能电芯', '铜铁锰层状氧化物正极钠离子电池，循环寿命6000次。', ['钠离子电池', '储能电池'], 'JL.SSB', 6, ['LICENSE'], [1_200_000, 1_800_000], '城阳区', true],
  ['Sodium-ion battery pack for cold climates', 'Hard carbon anode cells keep 90% capacity at -20 C.', ['sodium-ion battery', 'energy storage'], 'JL.SSB', 5, ['JOINT_DEVELOPMENT'], [900_000, 1_400_000], '黄岛区', false],
  ['Digital twin for port cranes', 'A digital twin with edge computing for predictive maintenance.', ['digital twin', 'edge computing'], 'JL.IIOT', 7, ['TECHNICAL_SERVICE'], [300_000, 300_000], '市北区', false],
];

type N = [title: string, summary: string, keywords: string[], field: string, minTrl: number | null, budget: [number, number] | null, collective: boolean, funded: boolean, status: string, district: string | null];

const NEEDS: N[] = [
  ['寻求钙钛矿组件中试合作', '计划建设100MW钙钛矿组件中试线，寻求工艺合作。', ['钙钛矿', '中试'], 'JL.PSC', 5, [2_000_000, 5_000_000], false, false, 'PUBLISHED', '黄岛区'],
  ['固态电池电解质材料采购与联合开发', '需要硫化物固态电解质公斤级供货。', ['固态电池', '固态电解质'], 'JL.SSB', 4, [1_000_000, 3_000_000], true, false, 'PUBLISHED', '城阳区'],
  ['港口人工智能调度系统', '希望用人工智能优化集装箱码头调度。', ['人工智能', '调度'], 'JL.AI', 6, [500_000, 1_000_000], false, false, 'PUBLISHED', '黄岛区'],
  ['Hydrogen refuelling station compressor', 'We need a 45 MPa hydrogen compressor for a refuelling station.', ['hydrogen', 'compressor'], 'JL.H2', 7, [1_500_000, 2_500_000], false, false, 'IN_NEGOTIATION', '即墨区'],
  ['氢能重卡燃料电池系统集采', '多家物流企业联合采购燃料电池系统。', ['氢能', '燃料电池'], 'JL.H2', 6, [5_000_000, 10_000_000], true, true, 'PUBLISHED', '胶州市'],
  ['无人机电力巡检服务', '寻求无人机巡检服务商。', ['无人机', '巡检'], 'JL.LAE', 8, [100_000, 300_000], false, false, 'PUBLISHED', null],
  ['OLED 面板检测设备', '需要OLED面板缺陷在线检测设备。', ['OLED', '检测'], 'JL.DISP', 7, null, false, false, 'PUBLISHED', '西海岸新区'],
  ['海水淡化膜组件国产化', '联合研发国产反渗透膜组件。', ['反渗透膜', '海水淡化'], 'HC.DESAL', 5, [3_000_000, 6_000_000], true, false, 'PUBLISHED', '黄岛区'],
  ['Machine vision for food sorting', 'AI machine vision to sort seafood by size and quality.', ['AI', 'machine vision'], 'JL.AI', 6, [200_000, 400_000], false, false, 'SOLVED', '城阳区'],
  ['动力电池回收产线', '建设年处理1万吨退役电池回收线。', ['电池回收'], 'QL.NEV', 7, [8_000_000, 8_000_000], false, false, 'PUBLISHED', '平度市'],
  ['海上风电运维机器人', '风机叶片检测与维护机器人。', ['机器人', '海上风电'], 'HC.WIND', 6, [1_000_000, 2_000_000], true, true, 'PUBLISHED', '黄岛区'],
  ['Graphene coating for ship hulls', 'Anti-fouling graphene coating for vessels.', ['graphene', 'coating'], 'JL.MAT', 5, [600_000, 900_000], false, false, 'CLOSED', '市北区'],
  ['细胞治疗GMP车间建设咨询', '需要CAR-T车间设计咨询。', ['细胞治疗', 'GMP'], 'BL.GENE', null, [300_000, 300_000], false, false, 'PUBLISHED', '崂山区'],
  ['固态电池安全测试服务', '寻找固态电池针刺与热失控测试服务。', ['固态电池', '安全测试'], 'JL.SSB', 6, null, false, false, 'PUBLISHED', '即墨区'],
];

function priceOf(price: [number, number] | null): { min: number | null; max: number | null } {
  return price ? { min: price[0], max: price[1] } : { min: null, max: null };
}

export const FIXTURE_RESULTS: ResultSearchDocument[] = RESULTS.map(([title, summary, keywords, field, trl, modes, price, district, pilot], i) => {
  const owner = OWNERS[i % OWNERS.length];
  const { min, max } = priceOf(price);
  return {
    id: fixtureId(1, i + 1),
    title,
    summary,
    keywords,
    resultClass: CLASSES[i % CLASSES.length],
    fieldCode: field,
    chainCode: chainOf(field),
    trl,
    transferModes: modes,
    priceMin: min,
    priceMax: max,
    negotiable: i % 4 === 0,
    needsPilot: pilot,
    district,
    ownerId: owner.id,
    ownerName: owner.name,
    visibility: i % 5 === 0 ? 'TEASER' : 'PUBLIC',
    // Two documents share a date so the id tie-break is exercised.
    publishedAt: BASE + (i === 1 ? 0 : i) * DAY,
  };
});

export const FIXTURE_NEEDS: NeedSearchDocument[] = NEEDS.map(([title, summary, keywords, field, minTrl, budget, collective, funded, status, district], i) => {
  const enterprise = ENTERPRISES[i % ENTERPRISES.length];
  const { min, max } = priceOf(budget);
  return {
    id: fixtureId(2, i + 1),
    title,
    summary,
    keywords,
    fieldCode: field,
    chainCode: chainOf(field),
    minTrl,
    budgetMin: min,
    budgetMax: max,
    collective,
    funded,
    status,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    district,
    visibility: 'PUBLIC',
    publishedAt: BASE + i * DAY + 3_600_000,
  };
});
