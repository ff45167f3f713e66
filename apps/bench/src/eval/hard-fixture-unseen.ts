/**
 * A second slice of the harder set, written after the concept dictionary and graded by hand like
 * the first, to check that the figures are not only fitted to it: needs phrased the way an
 * enterprise writes them (a plant's symptom, a budget, a short form), results phrased the way labs
 * write them, and look-alikes. No concept was added or changed for these texts, and the scorer was
 * not tuned on them: `eval:matching` reports them on their own line, each need ranked against
 * this slice's results (as the first slice ranks against its own).
 */
import { buildHardFixture, HardFixture, NeedSpec, WAN } from './hard-fixture';

const SPECS: NeedSpec[] = [
  {
    kinds: ['symptom', 'neighbourField'],
    field: 'QL.CHEM',
    minTrl: 6,
    budget: [300 * WAN, 800 * WAN],
    title: '玻璃窑炉烟气NOx达不到超低排放',
    summary: '浮法玻璃线烟气NOx约800 mg/m³，地方要求降到100以下，现有SNCR效果不够，想找能落地的治理技术。',
    keywords: ['玻璃窑', '超低排放', 'NOx'],
    results: [
      [
        3,
        'JL.MAT',
        7,
        [200 * WAN, 500 * WAN],
        '耐碱金属中毒的中低温脱硝催化剂',
        '针对玻璃、水泥窑高碱粉尘烟气，钒钨钛催化剂抗中毒改性，寿命3年以上。',
        ['脱硝催化剂', '抗中毒'],
      ],
      [
        3,
        'QL.CHEM',
        7,
        [400 * WAN, 700 * WAN],
        '高温除尘与SCR一体化烟气治理',
        '陶瓷滤管除尘脱硝一体，出口氮氧化物低于50 mg/m³，已在玻璃行业应用。',
        ['SCR', '陶瓷滤管'],
      ],
      [2, 'QL.CHEM', 6, [100 * WAN, 200 * WAN], '玻璃窑炉低氮燃烧器改造', '分级送风与燃料分级，源头降低氮氧化物生成约30%。', ['低氮燃烧器', '玻璃窑']],
      ['D', 'QL.CHEM', 7, [300 * WAN, 600 * WAN], '浮法玻璃窑炉余热发电', '烟气余热锅炉与汽轮机发电，年发电量可观。', ['玻璃窑', '余热发电']],
      ['D', 'QL.CHEM', 6, [200 * WAN, 400 * WAN], '浮法玻璃在线镀膜工艺', '锡槽在线化学气相沉积镀膜，提高玻璃附加值。', ['浮法玻璃', '镀膜']],
    ],
  },
  {
    kinds: ['synonym', 'crossLanguage'],
    field: 'JL.H2',
    minTrl: 5,
    budget: [100 * WAN, 400 * WAN],
    title: '碱性电解槽电流密度低、电耗高',
    summary: '现有ALK电解槽运行电流密度只有0.3 A/cm²，直流电耗偏高，想升级电极或隔膜。',
    keywords: ['碱性电解水', '电耗', '电极'],
    results: [
      [
        3,
        'JL.H2',
        6,
        [150 * WAN, 300 * WAN],
        'Raney nickel coated electrodes for alkaline electrolysers',
        'Plasma-sprayed Raney nickel cathodes lower the cell voltage by 150 mV at 0.6 A/cm².',
        ['alkaline electrolysis', 'electrode'],
      ],
      [3, 'JL.H2', 6, [80 * WAN, 200 * WAN], '低电阻复合隔膜', 'PPS基复合隔膜，面电阻降低40%，适配碱性电解槽。', ['碱性电解', '隔膜']],
      ['D', 'JL.H2', 7, [100 * WAN, 300 * WAN], '燃料电池膜电极批量制备', '质子交换膜燃料电池膜电极涂布工艺。', ['膜电极', '燃料电池']],
      ['D', 'JL.H2', 7, [200 * WAN, 500 * WAN], '加氢站隔膜压缩机', '45 MPa加氢站用隔膜压缩机国产化。', ['加氢站', '压缩机']],
    ],
  },
  {
    kinds: ['symptom'],
    field: 'QL.FOOD',
    minTrl: 6,
    budget: [50 * WAN, 150 * WAN],
    title: '卤制品保质期只有7天，经销商退货多',
    summary: '肉制品企业的卤味产品流通中容易变质，希望不加大量化学防腐剂延长货架期。',
    keywords: ['卤制品', '保质期', '防腐'],
    results: [
      [3, 'QL.FOOD', 7, [60 * WAN, 120 * WAN], '肉制品超高压冷杀菌', '600 MPa超高压处理熟肉制品，冷藏货架期延长至45天。', ['超高压', '熟肉制品']],
      [3, 'QL.FOOD', 6, [30 * WAN, 80 * WAN], '乳酸链球菌素与ε-聚赖氨酸复配保鲜', '天然抑菌剂复配用于卤制品，抑制腐败菌。', ['天然保鲜剂', '卤制品']],
      [2, 'QL.FOOD', 7, [40 * WAN, 100 * WAN], '熟食气调包装保鲜', '高阻隔盒与混合气体充填，延缓氧化与微生物生长。', ['气调包装', '熟食']],
      ['D', 'QL.FOOD', 7, [20 * WAN, 60 * WAN], '卤味复合调味料配方', '卤汁香辛料配方标准化，风味稳定。', ['卤味', '调味料']],
      ['D', 'QL.FOOD', 7, [80 * WAN, 150 * WAN], '卤制品自动化切片包装线', '切片、称重、装盒一体化，减少人工。', ['卤制品', '包装线']],
    ],
  },
  {
    kinds: ['crossLanguage', 'symptom'],
    field: 'HC.DESAL',
    minTrl: 6,
    budget: [200 * WAN, 600 * WAN],
    title: 'Brine disposal costs at a seawater RO plant',
    summary: 'Our SWRO plant discharges concentrate to sea and faces stricter permits; we want to reduce brine volume or recover salts from it.',
    keywords: ['brine', 'concentrate', 'SWRO'],
    results: [
      [3, 'HC.DESAL', 7, [300 * WAN, 500 * WAN], '浓盐水电渗析浓缩与盐分回收', '电渗析将海水淡化浓水浓缩至制盐浓度，回收氯化钠。', ['浓盐水', '电渗析']],
      [3, 'HC.DESAL', 6, [200 * WAN, 400 * WAN], '海水淡化浓海水提溴提镁', '浓海水综合利用，提取溴素与氢氧化镁。', ['浓海水', '综合利用']],
      ['D', 'HC.DESAL', 7, [100 * WAN, 300 * WAN], '海水反渗透膜元件国产化', '8英寸海水反渗透膜元件，脱盐率99.8%。', ['反渗透膜', '膜元件']],
      ['D', 'HC.DESAL', 6, [50 * WAN, 150 * WAN], '海水取水口防生物附着', '取水管道电解防污与涂层，减少贝类附着。', ['取水口', '防污']],
    ],
  },
  {
    kinds: ['symptom', 'neighbourField'],
    field: 'HC.WIND',
    minTrl: 6,
    budget: [50 * WAN, 200 * WAN],
    title: '海上风机叶片前缘被雨蚀，发电量下降',
    summary: '运行四年的机组叶片前缘出现侵蚀剥落，希望有耐久的修复或防护方案。',
    keywords: ['叶片', '前缘', '防护'],
    results: [
      [
        3,
        'JL.MAT',
        7,
        [60 * WAN, 150 * WAN],
        '聚氨酯弹性体叶片前缘保护涂层',
        '高弹性聚氨酯涂层耐雨蚀试验超过100小时，可现场刷涂。',
        ['前缘保护涂层', '聚氨酯'],
      ],
      [3, 'HC.WIND', 7, [80 * WAN, 180 * WAN], '叶片前缘保护膜现场修复工艺', '打磨、填补与贴覆前缘保护膜，恢复气动外形。', ['前缘保护', '叶片修复']],
      [1, 'HC.WIND', 7, [50 * WAN, 120 * WAN], '无人机叶片巡检与缺陷识别', '无人机拍摄叶片，自动识别裂纹与前缘损伤。', ['叶片巡检', '无人机']],
      ['D', 'HC.WIND', 7, [100 * WAN, 200 * WAN], '叶片电加热除冰系统', '叶片内置加热膜，低温覆冰时自动除冰。', ['叶片除冰', '覆冰']],
      ['D', 'HC.WIND', 5, [100 * WAN, 300 * WAN], '退役风电叶片热解回收', '热解回收玻璃纤维与树脂油。', ['叶片回收', '热解']],
    ],
  },
  {
    kinds: ['synonym', 'symptom'],
    field: 'JL.IC',
    minTrl: 6,
    budget: [100 * WAN, 300 * WAN],
    title: 'IGBT 模块焊层开裂，功率循环寿命短',
    summary: '逆变器用IGBT模块做功率循环试验时焊料层开裂失效，寻求封装互连改进。',
    keywords: ['IGBT', '功率循环', '封装'],
    results: [
      [3, 'JL.IC', 7, [120 * WAN, 250 * WAN], '纳米银烧结芯片互连工艺', '以银烧结替代软钎焊，功率循环寿命提高5倍以上。', ['银烧结', '功率模块']],
      [3, 'JL.IC', 6, [100 * WAN, 200 * WAN], '功率模块铜线键合与双面散热封装', '铜线键合与双面银烧结，降低热阻，提高可靠性。', ['铜线键合', '功率模块封装']],
      ['D', 'JL.IC', 7, [50 * WAN, 120 * WAN], 'IGBT 驱动电路保护设计', '门极驱动与短路保护电路设计。', ['IGBT', '驱动电路']],
      ['D', 'JL.IC', 7, [200 * WAN, 400 * WAN], '碳化硅外延片量产', '6英寸碳化硅外延生长，缺陷密度低。', ['碳化硅', '外延']],
    ],
  },
  {
    kinds: ['symptom'],
    field: 'QL.MACH',
    minTrl: 6,
    budget: [30 * WAN, 100 * WAN],
    title: '数控车床加工尺寸随开机时间漂移',
    summary: '早上开机和下午加工同一零件尺寸差十几微米，希望不换机床就能解决。',
    keywords: ['数控机床', '尺寸漂移', '精度'],
    results: [
      [
        3,
        'QL.MACH',
        7,
        [30 * WAN, 80 * WAN],
        '机床热误差建模与实时补偿',
        '温度传感器布点与补偿模型，主轴热伸长补偿后误差小于3微米。',
        ['热误差补偿', '数控机床'],
      ],
      [2, 'QL.MACH', 7, [20 * WAN, 60 * WAN], '电主轴恒温油冷系统', '主轴油冷机恒温控制，减小热变形。', ['电主轴', '冷却']],
      ['D', 'QL.MACH', 7, [10 * WAN, 30 * WAN], '数控系统操作界面二次开发', '人机界面定制与加工程序管理。', ['数控系统', '界面']],
      ['D', 'QL.MACH', 8, [5 * WAN, 20 * WAN], '机床导轨防护罩', '不锈钢伸缩防护罩，防切屑与冷却液。', ['导轨', '防护罩']],
    ],
  },
  {
    kinds: ['trlPrice', 'synonym'],
    field: 'BL.GENE',
    minTrl: 7,
    budget: [100 * WAN, 300 * WAN],
    title: 'CAR-T 封闭式自动化制备工艺引进',
    summary: '细胞治疗企业希望降低CAR-T人工制备成本，要能直接用于GMP生产的成熟工艺，预算300万以内。',
    keywords: ['CAR-T', '自动化', '制备成本'],
    results: [
      [
        3,
        'BL.GENE',
        7,
        [200 * WAN, 280 * WAN],
        '全封闭自动化嵌合抗原受体T细胞制备系统',
        '一体化封闭式细胞制备，减少洁净区人工操作，已用于GMP批次。',
        ['封闭式生产', '细胞制备'],
      ],
      [2, 'BL.GENE', 7, [150 * WAN, 250 * WAN], '慢病毒载体悬浮培养工艺', '悬浮细胞无血清培养，降低载体成本。', ['慢病毒载体', '悬浮培养']],
      ['D', 'BL.GENE', 3, [50 * WAN, 100 * WAN], 'CAR-T 微流控自动化制备早期研究', '微流控芯片完成T细胞激活与转导的原理验证。', ['CAR-T', '微流控']],
      ['D', 'BL.GENE', 8, [3000 * WAN, 5000 * WAN], 'CAR-T 自动化制备平台整体转让', '含设备与工艺包的整体转让，报价远超一般预算。', ['CAR-T', '整体转让']],
    ],
  },
];

export function loadUnseenSlice(): HardFixture {
  return buildHardFixture(SPECS, 'u');
}
