/**
 * The harder labelled set: needs worded the way enterprises write them (symptoms, short forms,
 * English) and results worded the way labs write them, with hard distractors that share many
 * words with the need but solve another problem. Written for this project, graded by hand:
 * 3 answers the need, 2 answers most of it, 1 a lead; D a look-alike (counted in
 * "distractors in the top 5"). Each need lists the kinds of difficulty it carries.
 */
import { MatchableNeed, MatchableResult, TransferModeCode } from '@techbridge/matching';

export const NEED_KINDS = ['synonym', 'symptom', 'crossLanguage', 'neighbourField', 'trlPrice'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const NEED_KIND_NAMES: Record<NeedKind, string> = {
  synonym: 'synonym / abbreviation',
  symptom: 'symptom vs technique',
  crossLanguage: 'English vs Chinese',
  neighbourField: 'neighbouring field',
  trlPrice: 'text fits, TRL/price not',
};

export interface HardNeed extends MatchableNeed {
  kinds: NeedKind[];
  relevant: Record<string, number>;
  distractors: string[];
}

type Grade = 1 | 2 | 3 | 'D';
export type R = [grade: Grade, field: string, trl: number, price: [number, number] | null, title: string, summary: string, keywords: string[]];

export interface NeedSpec {
  kinds: NeedKind[];
  field: string;
  minTrl: number | null;
  budget: [number, number] | null;
  title: string;
  summary: string;
  keywords: string[];
  results: R[];
}

export const WAN = 10_000;

const SPECS: NeedSpec[] = [
  {
    kinds: ['synonym'],
    field: 'JL.SSB',
    minTrl: 5,
    budget: [100 * WAN, 300 * WAN],
    title: '储能电站用钠电电芯正极量产技术',
    summary: '公司建设储能电站，希望引进钠电正极材料及电芯量产工艺，替代部分锂电以降低碳酸锂价格波动影响。',
    keywords: ['钠电', '正极材料', '储能电站'],
    results: [
      [
        3,
        'JL.SSB',
        6,
        [150 * WAN, 250 * WAN],
        '层状氧化物正极钠离子电池中试技术',
        '铜铁锰层状氧化物正极，克容量135 mAh/g，千吨级中试线验证，循环4000次。',
        ['层状氧化物正极', '钠离子电池'],
      ],
      [
        3,
        'JL.SSB',
        6,
        [120 * WAN, 200 * WAN],
        '聚阴离子型钠离子电池正极材料',
        '硫酸铁钠正极，原料成本低，适配储能场景的长寿命钠离子电芯。',
        ['硫酸铁钠', '钠离子电芯'],
      ],
      [
        2,
        'JL.SSB',
        5,
        [80 * WAN, 150 * WAN],
        '钠离子电池硬碳负极制备',
        '生物质前驱体硬碳，首效88%，与层状氧化物正极匹配的全电池方案。',
        ['硬碳负极', '钠离子电池'],
      ],
      [
        'D',
        'JL.SSB',
        7,
        [150 * WAN, 250 * WAN],
        '高镍三元正极材料量产工艺',
        '单晶高镍三元材料连续烧结量产，正极材料批次一致性好，用于动力锂电。',
        ['三元正极', '正极材料', '量产'],
      ],
      [
        'D',
        'JL.SSB',
        6,
        [100 * WAN, 200 * WAN],
        '储能电站锂电正极材料回收',
        '退役储能电站锂电池正极材料湿法回收再生，锂回收率95%。',
        ['电池回收', '正极材料', '储能电站'],
      ],
    ],
  },
  {
    kinds: ['symptom', 'neighbourField'],
    field: 'QL.CHEM',
    minTrl: 6,
    budget: [200 * WAN, 600 * WAN],
    title: '水泥窑氮氧化物排放超标被限产',
    summary: '熟料生产线氮氧化物排放浓度高于新标准，秋冬季被限产，寻求能尽快改造上线的治理方案。',
    keywords: ['水泥窑', '氮氧化物', '限产'],
    results: [
      [
        3,
        'JL.MAT',
        7,
        [300 * WAN, 500 * WAN],
        '中低温SCR脱硝催化剂',
        '钒钛蜂窝式脱硝催化剂，180–280℃活性高，适合水泥、玻璃行业烟气，抗碱金属中毒。',
        ['SCR脱硝催化剂', '蜂窝式脱硝催化剂'],
      ],
      [
        3,
        'QL.CHEM',
        7,
        [250 * WAN, 450 * WAN],
        '选择性催化还原烟气治理成套工艺',
        '高尘布置SCR反应器与喷氨优化，出口NOx稳定低于50 mg/m³。',
        ['选择性催化还原', 'SCR'],
      ],
      [
        2,
        'QL.CHEM',
        6,
        [100 * WAN, 200 * WAN],
        '分解炉分级燃烧与低氮燃烧器',
        '窑头低氮燃烧器配合分解炉分级燃烧，源头减少热力型氮氧化物生成。',
        ['低氮燃烧器', '分级燃烧'],
      ],
      [2, 'QL.CHEM', 6, [80 * WAN, 160 * WAN], '窑尾烟气再循环降氮技术', '烟气再循环降低火焰峰值温度，与SNCR配合使用。', ['烟气再循环', 'SNCR']],
      [
        'D',
        'QL.CHEM',
        7,
        [200 * WAN, 400 * WAN],
        '水泥窑协同处置生活垃圾',
        '利用水泥窑高温协同处置生活垃圾与污泥，解决水泥企业固废消纳。',
        ['水泥窑协同处置', '固废'],
      ],
      [
        'D',
        'QL.CHEM',
        6,
        [100 * WAN, 300 * WAN],
        '水泥熟料生产线节能降耗改造',
        '篦冷机与预热器改造，降低熟料生产线煤耗与电耗，产量提升。',
        ['水泥熟料生产线', '节能'],
      ],
    ],
  },
  {
    kinds: ['symptom', 'neighbourField'],
    field: 'HC.WIND',
    minTrl: 6,
    budget: [100 * WAN, 300 * WAN],
    title: '海上风机齿轮箱早期失效频发',
    summary: '风场齿轮箱投运三年内多次出现点蚀和轴承烧毁，出海维修窗口期短，希望提前发现并减少故障。',
    keywords: ['齿轮箱', '海上风机', '运维'],
    results: [
      [
        3,
        'JL.IIOT',
        7,
        [80 * WAN, 150 * WAN],
        '风电传动链在线振动监测与故障诊断',
        '加速度传感器与边缘计算网关，包络谱分析识别齿面点蚀与轴承早期故障。',
        ['振动监测', '故障诊断'],
      ],
      [
        3,
        'JL.IIOT',
        6,
        [60 * WAN, 120 * WAN],
        '油液在线监测与磨粒分析',
        '在线磨粒传感器与油品劣化指标，提前数月预警传动部件磨损。',
        ['油液在线监测', '磨粒监测'],
      ],
      [
        2,
        'QL.MACH',
        7,
        [100 * WAN, 200 * WAN],
        '大模数齿轮渗碳淬火与喷丸强化',
        '齿面渗碳淬火加喷丸强化，接触疲劳寿命提升40%，用于重载增速箱。',
        ['渗碳淬火', '喷丸强化'],
      ],
      [
        'D',
        'HC.WIND',
        7,
        [100 * WAN, 250 * WAN],
        '海上风机齿轮箱箱体铸造工艺',
        '球墨铸铁大型箱体铸造，减少缩松缺陷，海上风机齿轮箱减重。',
        ['齿轮箱', '铸造工艺'],
      ],
      ['D', 'HC.WIND', 7, [150 * WAN, 300 * WAN], '海上风机运维船靠泊系统', '波浪补偿舷梯，运维人员安全登乘海上风机，提升可出海天数。', ['运维船', '海上风机']],
    ],
  },
  {
    kinds: ['crossLanguage', 'synonym'],
    field: 'JL.H2',
    minTrl: 5,
    budget: [150 * WAN, 400 * WAN],
    title: 'PEM electrolyser stack with low iridium loading',
    summary: 'We are scaling green hydrogen production and need a PEM electrolyser anode with much lower iridium loading and stable operation.',
    keywords: ['PEM electrolyser', 'iridium', 'green hydrogen'],
    results: [
      [
        3,
        'JL.H2',
        6,
        [200 * WAN, 350 * WAN],
        '质子交换膜电解槽低铱阳极催化剂',
        '铱载量降至0.2 mg/cm²，电解槽3000小时衰减低于5 μV/h。',
        ['质子交换膜电解水', '低铱催化剂'],
      ],
      [3, 'JL.H2', 5, [150 * WAN, 300 * WAN], 'PEMWE膜电极批量制备', '低铱膜电极卷对卷涂布，用于兆瓦级PEM电解槽绿氢制备。', ['PEMWE', '膜电极']],
      [2, 'JL.H2', 6, [100 * WAN, 250 * WAN], '电解水制氢电源与系统集成', '面向风光波动电源的电解制氢系统控制，降低制氢电耗。', ['电解制氢', '制氢电耗']],
      [
        'D',
        'JL.H2',
        6,
        [150 * WAN, 300 * WAN],
        '质子交换膜燃料电池电堆',
        '车用质子交换膜燃料电池电堆，低铂催化剂，功率密度4 kW/L。',
        ['质子交换膜燃料电池', '电堆'],
      ],
      ['D', 'JL.H2', 7, [100 * WAN, 200 * WAN], '70 MPa IV型储氢瓶', '碳纤维缠绕塑料内胆储氢瓶，用于氢燃料电池汽车。', ['储氢瓶', '碳纤维']],
    ],
  },
  {
    kinds: ['crossLanguage'],
    field: 'JL.IC',
    minTrl: 5,
    budget: null,
    title: '碳化硅功率器件栅氧可靠性提升',
    summary: '车规主驱逆变器用的碳化硅MOSFET出现阈值漂移和早期失效，需要栅氧工艺与筛选方法。',
    keywords: ['碳化硅', '栅氧', '车规'],
    results: [
      [
        3,
        'JL.IC',
        6,
        null,
        'SiC MOSFET gate oxide reliability screening',
        'High-temperature gate bias screening and nitridation anneal cut threshold drift and early failures of SiC power devices.',
        ['sic mosfet', 'gate oxide reliability'],
      ],
      [
        3,
        'JL.IC',
        5,
        null,
        'TDDB lifetime modelling for SiC power devices',
        'Time-dependent dielectric breakdown tests and lifetime models for automotive sic mosfet qualification.',
        ['tddb', 'sic power device'],
      ],
      [2, 'JL.IC', 6, null, '功率模块银烧结先进封装', '银烧结与铜线键合，提升碳化硅模块功率循环寿命。', ['先进封装', '功率器件']],
      [
        'D',
        'JL.IC',
        6,
        null,
        'SiC crystal growth furnace',
        'PVT furnace for 8-inch silicon carbide crystal growth with lower micropipe density.',
        ['sic crystal growth', 'silicon carbide'],
      ],
      ['D', 'JL.IC', 7, null, '碳化硅衬底切磨抛加工', '碳化硅衬底激光切割与化学机械抛光，降低车规衬底加工成本。', ['碳化硅', '衬底加工']],
    ],
  },
  {
    kinds: ['synonym', 'symptom'],
    field: 'JL.AI',
    minTrl: 6,
    budget: [50 * WAN, 150 * WAN],
    title: '电子产线质检靠人工目检，漏检率高',
    summary: 'PCB组装产线外观质检依赖人工目检，夜班漏检率高，想上AOI或机器视觉方案。',
    keywords: ['AOI', '质检', 'PCB'],
    results: [
      [
        3,
        'JL.AI',
        7,
        [60 * WAN, 120 * WAN],
        '深度学习自动光学检测系统',
        '面向PCBA焊点与元件缺陷的自动光学检测，误报率低于0.5%。',
        ['自动光学检测', '缺陷检测'],
      ],
      [3, 'JL.AI', 6, [40 * WAN, 100 * WAN], '小样本表面缺陷检测算法', '少量缺陷样本即可训练的瑕疵检测模型，适配电子产线换型。', ['表面缺陷检测', '机器视觉']],
      [2, 'JL.AI', 6, [30 * WAN, 80 * WAN], '边缘推理视觉检测盒子', '模型量化后在产线边缘端侧推理，毫秒级出检测结果。', ['边缘推理', '视觉检测']],
      [
        'D',
        'JL.AI',
        7,
        [50 * WAN, 120 * WAN],
        '产线质检报告大模型问答',
        '基于大模型的质检知识问答与报告生成，客服机器人回答质检流程问题。',
        ['大模型', '智能客服', '质检'],
      ],
      ['D', 'JL.AI', 6, [40 * WAN, 100 * WAN], 'PCB产线排产优化', '遗传算法排产，提升PCB产线设备利用率。', ['排产', 'PCB']],
    ],
  },
  {
    kinds: ['symptom'],
    field: 'HC.DESAL',
    minTrl: 6,
    budget: [80 * WAN, 200 * WAN],
    title: '反渗透膜污堵严重，清洗频繁',
    summary: '海水淡化厂反渗透系统压差上升快，每月化学清洗，产水量下降，寻求解决办法。',
    keywords: ['反渗透膜', '污堵', '海水淡化'],
    results: [
      [
        3,
        'HC.DESAL',
        6,
        [100 * WAN, 180 * WAN],
        '两性离子涂层抗污染膜改性',
        '膜表面接枝两性离子聚合物，抗生物污染，清洗周期延长至三个月。',
        ['抗污染膜改性', '膜表面改性'],
      ],
      [3, 'HC.DESAL', 7, [80 * WAN, 150 * WAN], '超滤预处理双膜法工艺', '浸没式超滤作为反渗透预处理，SDI稳定小于3。', ['超滤预处理', '双膜法']],
      [2, 'HC.DESAL', 7, [20 * WAN, 60 * WAN], '无磷绿色阻垢剂', '可生物降解的无磷阻垢剂，抑制碳酸钙与硫酸钙结垢。', ['阻垢剂', '结垢']],
      ['D', 'HC.DESAL', 7, [100 * WAN, 200 * WAN], '反渗透膜元件卷制设备', '全自动卷膜机，反渗透膜元件卷制效率提升一倍。', ['膜元件卷制', '反渗透膜']],
      ['D', 'HC.DESAL', 6, [150 * WAN, 300 * WAN], '海水淡化浓盐水提锂', '从反渗透海水淡化浓盐水中吸附提锂，实现浓盐水资源化。', ['浓盐水', '海水淡化']],
    ],
  },
  {
    kinds: ['trlPrice'],
    field: 'JL.PSC',
    minTrl: 7,
    budget: [50 * WAN, 120 * WAN],
    title: '钙钛矿组件封装量产方案',
    summary: '已有中试线，需要能直接导入量产的钙钛矿组件阻水封装工艺，通过湿热测试。',
    keywords: ['钙钛矿组件', '封装', '湿热'],
    results: [
      [
        3,
        'JL.PSC',
        7,
        [60 * WAN, 100 * WAN],
        '钙钛矿组件边缘阻水封装量产工艺',
        '丁基胶边封加玻璃-玻璃结构，通过IEC双85测试1000小时。',
        ['钙钛矿组件', '封装工艺'],
      ],
      [2, 'JL.PSC', 8, [80 * WAN, 120 * WAN], '大面积钙钛矿光伏组件层压封装', '低温层压封装胶膜，适配量产线节拍。', ['大面积钙钛矿', '封装胶膜']],
      ['D', 'JL.PSC', 3, [60 * WAN, 100 * WAN], '钙钛矿组件封装材料实验室研究', '新型阻水封装材料在小面积器件上验证，湿热稳定性提升。', ['钙钛矿组件', '封装']],
      ['D', 'JL.PSC', 7, [800 * WAN, 1200 * WAN], '钙钛矿组件封装整线设备', '封装整线交钥匙设备，含层压与边封，单线投资较大。', ['钙钛矿组件', '封装']],
      ['D', 'JL.PSC', 2, null, '钙钛矿湿热衰减机理研究', '原位表征揭示湿热衰减机理，为封装提供理论依据。', ['湿热衰减', '钙钛矿组件']],
    ],
  },
  {
    kinds: ['symptom', 'neighbourField'],
    field: 'QL.NEV',
    minTrl: 6,
    budget: [50 * WAN, 200 * WAN],
    title: '动力电池包热失控蔓延问题',
    summary: '整车厂电池包针刺后相邻电芯连续起火，需要阻止热扩散、提前预警的方案。',
    keywords: ['电池包', '热失控', '安全'],
    results: [
      [3, 'JL.MAT', 7, [60 * WAN, 150 * WAN], '电芯间二氧化硅气凝胶隔热垫', '0.1 W/m·K以下导热，阻断电芯间热量传递，通过热扩散测试。', ['气凝胶', '隔热']],
      [3, 'QL.NEV', 6, [50 * WAN, 120 * WAN], '基于产气传感的热失控预警', '电池包内气体与压力传感，热失控前数分钟报警，接入BMS。', ['热失控预警', 'BMS']],
      [2, 'QL.NEV', 7, [80 * WAN, 160 * WAN], '电池包液冷板热管理', '底部液冷板与导热胶，控制电芯温差，降低热扩散风险。', ['液冷板', '电池热管理']],
      ['D', 'QL.NEV', 7, [80 * WAN, 150 * WAN], '电池包铝合金轻量化壳体', '一体化压铸电池包壳体，减重20%，提升续航。', ['电池包', '轻量化壳体']],
      ['D', 'QL.NEV', 6, [50 * WAN, 100 * WAN], '电池包装配线自动化', '电池包模组自动堆叠与拧紧，提升装配节拍。', ['电池包', '装配']],
    ],
  },
  {
    kinds: ['synonym', 'neighbourField'],
    field: 'JL.BIO',
    minTrl: 4,
    budget: null,
    title: 'CAR-T 治疗实体瘤合作开发',
    summary: '药企希望合作开发针对实体瘤的CAR-T疗法，关注安全性与制备成本。',
    keywords: ['CAR-T', '实体瘤', '合作开发'],
    results: [
      [
        3,
        'BL.GENE',
        5,
        null,
        '靶向实体瘤的嵌合抗原受体T细胞',
        '装甲型嵌合抗原受体T细胞，克服肿瘤微环境抑制，小鼠模型实体瘤消退。',
        ['嵌合抗原受体t细胞', '实体瘤'],
      ],
      [2, 'BL.GENE', 5, null, '全封闭自动化细胞制备工作站', '自体细胞制备周期缩短至7天，降低细胞制备成本。', ['封闭式制备', '细胞治疗']],
      [2, 'BL.GENE', 4, null, 'CAR-NK 通用型细胞疗法', '通用型CAR-NK，细胞因子释放综合征风险低，用于晚期实体瘤。', ['car-nk', '晚期实体瘤']],
      ['D', 'JL.BIO', 6, null, 'T细胞亚群检测试剂盒', '流式检测试剂，用于临床T细胞亚群计数。', ['t细胞亚群检测', '诊断试剂']],
      ['D', 'JL.BIO', 5, null, '实体瘤影像辅助诊断', '基于CT影像的实体瘤良恶性判别。', ['实体瘤', '影像']],
    ],
  },
  {
    kinds: ['symptom'],
    field: 'QL.FOOD',
    minTrl: 6,
    budget: [30 * WAN, 100 * WAN],
    title: '低温酸奶货架期短易胀包',
    summary: '乳企低温酸奶运输中易胀包、保质期只有21天，希望在不加化学防腐剂的前提下延长。',
    keywords: ['酸奶', '胀包', '保质期'],
    results: [
      [
        3,
        'QL.FOOD',
        7,
        [40 * WAN, 90 * WAN],
        '乳品超高压冷杀菌技术',
        '600 MPa超高压处理，杀灭酵母霉菌，保留活菌风味，货架期延长一倍。',
        ['超高压杀菌', '非热杀菌'],
      ],
      [3, 'QL.FOOD', 6, [30 * WAN, 60 * WAN], '乳酸链球菌素复配天然保鲜剂', 'nisin与溶菌酶复配的生物保鲜剂，抑制杂菌产气。', ['天然防腐剂', '生物保鲜剂']],
      [2, 'QL.FOOD', 7, [50 * WAN, 100 * WAN], '发酵乳无菌灌装线', '超洁净灌装减少二次污染。', ['无菌灌装', '发酵乳']],
      ['D', 'QL.FOOD', 7, [30 * WAN, 80 * WAN], '酸奶杯热成型包装', '聚丙烯酸奶包装杯热成型工艺，减重降本。', ['包装杯', '酸奶']],
      ['D', 'QL.FOOD', 6, [20 * WAN, 60 * WAN], '低糖酸奶代糖配方', '赤藓糖醇代糖酸奶配方，口感接近全糖。', ['减糖', '酸奶']],
    ],
  },
  {
    kinds: ['symptom'],
    field: 'HC.AQV',
    minTrl: 5,
    budget: [100 * WAN, 300 * WAN],
    title: '养殖工船舱内缺氧、鱼病多',
    summary: '养殖工船高密度养殖大黄鱼，夏季舱内溶氧低，病害多、死亡率高。',
    keywords: ['养殖工船', '溶氧', '鱼病'],
    results: [
      [3, 'HC.AQV', 6, [100 * WAN, 200 * WAN], '养殖舱纯氧增氧与溶氧调控', '液氧锥形增氧与溶氧在线闭环，溶氧稳定在7 mg/L以上。', ['纯氧增氧', '溶氧调控']],
      [3, 'HC.AQV', 6, [150 * WAN, 300 * WAN], '船载循环水养殖水处理系统', '微滤、生物滤器与紫外消毒的RAS，改善水质减少病害。', ['循环水养殖', 'ras']],
      [2, 'HC.AQV', 5, [30 * WAN, 80 * WAN], '大黄鱼鱼用疫苗', '灭活疫苗浸泡免疫，降低养殖死亡率。', ['鱼用疫苗', '大黄鱼']],
      ['D', 'HC.AQV', 7, [200 * WAN, 400 * WAN], '养殖工船船体结构设计', '10万吨级养殖工船养殖舱结构与舱容设计。', ['养殖舱设计', '养殖工船']],
      ['D', 'HC.AQV', 6, [50 * WAN, 120 * WAN], '养殖工船自动投饵系统', '气力输送自动投饵，节省人工。', ['自动投饵', '养殖工船']],
    ],
  },
  {
    kinds: ['crossLanguage', 'synonym'],
    field: 'JL.LAE',
    minTrl: 6,
    budget: [50 * WAN, 150 * WAN],
    title: 'UAV inspection of transmission lines',
    summary: 'A grid company wants drones to replace manual line patrol on mountain transmission lines, with automatic defect recognition.',
    keywords: ['UAV', 'transmission line inspection', 'defect recognition'],
    results: [
      [3, 'JL.LAE', 7, [60 * WAN, 120 * WAN], '无人机输电线路自主巡检', '激光点云航线规划，无人机自主巡检输电线路，替代人工登塔。', ['输电线路巡检', '无人机']],
      [2, 'JL.LAE', 6, [50 * WAN, 100 * WAN], '电力巡检图像缺陷识别', '绝缘子、销钉缺陷识别，巡检图像自动分析。', ['电力巡检', '缺陷识别']],
      [2, 'JL.LAE', 7, [80 * WAN, 150 * WAN], '无人机机巢与自动换电', '无人值守机巢，自动换电，支持线路巡检常态化。', ['无人机', '机巢']],
      ['D', 'JL.LAE', 7, [60 * WAN, 120 * WAN], '无人机物流配送航线', '山区无人机配送，低空物流航线规划与调度。', ['无人机配送', '低空物流']],
      [
        'D',
        'JL.LAE',
        6,
        [50 * WAN, 100 * WAN],
        'Counter-UAV detection radar',
        'Radar and RF detection of intruding drones near substations.',
        ['counter-uav', 'drone detection'],
      ],
    ],
  },
  {
    kinds: ['symptom', 'synonym'],
    field: 'QL.TEXT',
    minTrl: 6,
    budget: [100 * WAN, 300 * WAN],
    title: '印染厂COD高，废水排放不达标',
    summary: '印染园区企业废水COD居高不下，色度高，面临环保处罚。',
    keywords: ['印染废水', 'COD', '达标排放'],
    results: [
      [
        3,
        'QL.CHEM',
        7,
        [150 * WAN, 250 * WAN],
        '臭氧催化氧化深度处理',
        '非均相臭氧催化氧化，难降解有机物去除，出水化学需氧量稳定达标。',
        ['高级氧化', '臭氧催化氧化'],
      ],
      [
        3,
        'QL.CHEM',
        6,
        [100 * WAN, 200 * WAN],
        '芬顿氧化-MBR组合工艺',
        '芬顿氧化破链后膜生物反应器深度处理，适合高色度染整废水。',
        ['芬顿氧化', '膜生物反应器'],
      ],
      [2, 'QL.TEXT', 7, [80 * WAN, 150 * WAN], '超临界二氧化碳无水染色', '无水染色从源头消除印染废水。', ['无水染色', '印染']],
      ['D', 'QL.TEXT', 7, [100 * WAN, 200 * WAN], '印染厂数码印花改造', '数码印花替代平网印花，小批量快反，印染厂效率提升。', ['数码印花', '印染']],
      ['D', 'QL.TEXT', 6, [50 * WAN, 120 * WAN], '印染面料色差在线检测', '在线测色，减少批次色差。', ['色差', '印染']],
    ],
  },
  {
    kinds: ['synonym', 'symptom'],
    field: 'JL.ROBOT',
    minTrl: 6,
    budget: [50 * WAN, 150 * WAN],
    title: '仓库磁条AGV改造，定位漂移',
    summary: '仓储AGV依赖磁条导航，改线困难且经常路径偏移，想换自主导航。',
    keywords: ['AGV', '导航', '仓储'],
    results: [
      [
        3,
        'JL.ROBOT',
        7,
        [60 * WAN, 120 * WAN],
        '激光SLAM自主移动机器人导航',
        '激光slam与反光板融合定位，重复定位精度±5 mm，无需磁条。',
        ['激光slam', '自主移动机器人'],
      ],
      [2, 'JL.ROBOT', 6, [50 * WAN, 100 * WAN], '多机器人调度系统', '自动导引车集群调度，避障与交通管理。', ['自动导引车', '调度']],
      ['D', 'JL.ROBOT', 7, [30 * WAN, 60 * WAN], 'AGV自动充电桩', '仓储AGV自动对接充电，延长作业时间。', ['agv', '充电']],
      ['D', 'JL.ROBOT', 6, [80 * WAN, 150 * WAN], '仓储堆垛机控制系统', '立体仓库堆垛机定位与控制。', ['仓储', '堆垛机']],
    ],
  },
  {
    kinds: ['crossLanguage', 'symptom', 'neighbourField'],
    field: 'QL.RAIL',
    minTrl: 6,
    budget: null,
    title: 'Eavesdropping risk on train-control data links',
    summary: 'An operator worries that dispatch and signalling data could be intercepted and wants quantum-safe encryption for the control network.',
    keywords: ['data security', 'signalling', 'encryption'],
    results: [
      [3, 'BL.QT', 6, null, '量子密钥分发城域网', '基于诱骗态的量子密钥分发，为调度专网提供量子保密通信。', ['量子密钥分发', '量子保密通信']],
      [2, 'BL.QT', 6, null, '后量子密码网关', '抗量子密码算法的加密网关，兼容现有信号系统。', ['后量子密码', '加密网关']],
      [
        'D',
        'BL.QT',
        4,
        null,
        'Superconducting quantum computing chip',
        'A 64-qubit superconducting processor for quantum computing research.',
        ['quantum computing', 'qubit'],
      ],
      ['D', 'QL.RAIL', 7, null, 'CBTC signalling system upgrade', 'Communication-based train control upgrade for shorter headways.', ['cbtc', 'signalling']],
    ],
  },
  {
    kinds: ['symptom', 'neighbourField'],
    field: 'HC.WIND',
    minTrl: 6,
    budget: [100 * WAN, 300 * WAN],
    title: '海上风电桩基浪溅区腐蚀严重',
    summary: '运行五年的单桩基础浪溅区锈蚀明显，涂层剥落，需要长效防护。',
    keywords: ['桩基', '腐蚀', '海上风电'],
    results: [
      [
        3,
        'JL.MAT',
        7,
        [80 * WAN, 200 * WAN],
        '石墨烯改性重防腐涂料',
        '石墨烯片层阻隔的重防腐涂层，盐雾6000小时，适用于海洋工程钢结构。',
        ['石墨烯防腐涂料', '重防腐涂层'],
      ],
      [3, 'HC.WIND', 7, [100 * WAN, 250 * WAN], '外加电流阴极保护系统', 'ICCP与牺牲阳极联合，单桩基础全寿命防护。', ['阴极保护', '牺牲阳极']],
      ['D', 'HC.WIND', 7, [200 * WAN, 500 * WAN], '海上风电单桩基础施工船', '大直径单桩打桩船与稳桩平台。', ['施工船', '单桩基础']],
      ['D', 'HC.WIND', 6, [100 * WAN, 200 * WAN], '海上风电叶片运维机器人', '叶片检测与打磨机器人，降低叶片运维成本。', ['叶片运维', '海上风电']],
    ],
  },
  {
    kinds: ['synonym', 'crossLanguage'],
    field: 'JL.DISP',
    minTrl: 5,
    budget: [200 * WAN, 500 * WAN],
    title: 'Micro LED 巨量转移良率提升',
    summary: '微显示厂商的巨量转移坏点多，寻求高良率转移与修复方案。',
    keywords: ['Micro LED', '巨量转移', '良率'],
    results: [
      [
        3,
        'JL.DISP',
        6,
        [250 * WAN, 400 * WAN],
        '微发光二极管激光转移与修复',
        '激光选择性转移，配合自动光学检测与坏点修复，良率99.99%。',
        ['激光转移', '微led'],
      ],
      [2, 'JL.DISP', 5, [200 * WAN, 300 * WAN], 'MicroLED 弹性印章转移', '弹性印章巨量转移技术，单次转移百万颗芯片。', ['microled', '巨量转移技术']],
      ['D', 'JL.DISP', 7, [50 * WAN, 100 * WAN], 'LED 照明灯具散热', '大功率LED照明灯具铝基板散热，提升灯具寿命与良率。', ['led照明', '散热']],
      ['D', 'JL.DISP', 6, [100 * WAN, 200 * WAN], 'Mini LED 背光模组', 'mini led背光分区控制，用于电视。', ['miniled背光', '背光']],
    ],
  },
  {
    kinds: ['symptom'],
    field: 'QL.HOME',
    minTrl: 6,
    budget: [30 * WAN, 100 * WAN],
    title: '空调外机噪音投诉多',
    summary: '变频空调室外机夜间低频嗡嗡声，用户噪音投诉多。',
    keywords: ['空调外机', '噪音', '投诉'],
    results: [
      [3, 'QL.HOME', 7, [40 * WAN, 80 * WAN], '压缩机管路减振与隔振设计', '管路减振与隔振垫优化，降低低频振动传递3 dB(A)。', ['减振', '隔振垫']],
      [3, 'QL.HOME', 6, [50 * WAN, 100 * WAN], '室外机主动降噪', '麦克风阵列与反相声波，主动降噪抑制低频噪声。', ['主动降噪', '噪声控制']],
      ['D', 'QL.HOME', 7, [30 * WAN, 80 * WAN], '空调外机外观与安装支架', '空调外机安装支架快装设计，减少安装投诉。', ['空调外机', '安装']],
      ['D', 'QL.HOME', 6, [40 * WAN, 90 * WAN], '空调售后投诉智能分析', '售后工单文本分析，识别投诉热点。', ['投诉', '空调']],
    ],
  },
  {
    kinds: ['trlPrice', 'synonym'],
    field: 'JL.BIO',
    minTrl: 6,
    budget: [500 * WAN, 1500 * WAN],
    title: 'ADC 药物临床前后期项目引进',
    summary: '寻求已完成临床前研究、可申报IND的抗体偶联药物项目，预算有限。',
    keywords: ['ADC', '临床前', 'IND'],
    results: [
      [
        3,
        'JL.BIO',
        6,
        [800 * WAN, 1400 * WAN],
        '靶向HER2抗体偶联药物IND申报项目',
        '完成药效学评价与毒理学研究，拟申报IND，可许可转让。',
        ['抗体偶联药物', 'ind申报'],
      ],
      [2, 'JL.BIO', 7, [1000 * WAN, 1500 * WAN], 'TROP2 ADC 药学工艺开发', '偶联工艺放大与CMC质量研究完成，进入临床前后期。', ['adc药物', 'cmc']],
      ['D', 'JL.BIO', 2, [200 * WAN, 400 * WAN], '新型ADC连接子早期筛选', '可裂解连接子库筛选，处于早期研究阶段。', ['adc', '连接子']],
      ['D', 'JL.BIO', 6, [6000 * WAN, 9000 * WAN], 'ADC 全球权益整体转让', '临床前完成的ADC项目全球权益转让，首付款高。', ['adc', '临床前']],
    ],
  },
];

const NOW = new Date('2026-06-01T00:00:00.000Z');
const MODES: TransferModeCode[] = ['LICENSE', 'TRANSFER', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'];

export interface HardFixture {
  now: Date;
  needs: HardNeed[];
  results: MatchableResult[];
}

/** The set as scorer inputs: every result of every need in one pool, each need graded against its own. */
export function loadHardFixture(): HardFixture {
  return buildHardFixture(SPECS, 'h');
}

/** Needs and results of `specs` as scorer inputs, ids `<prefix>-n01`, `<prefix>-n01-r1` …. */
export function buildHardFixture(specs: readonly NeedSpec[], prefix: string): HardFixture {
  const needs: HardNeed[] = [];
  const results: MatchableResult[] = [];
  specs.forEach((spec, n) => {
    const needId = `${prefix}-n${String(n + 1).padStart(2, '0')}`;
    const relevant: Record<string, number> = {};
    const distractors: string[] = [];
    spec.results.forEach(([grade, field, trl, price, title, summary, keywords], r) => {
      const id = `${needId}-r${r + 1}`;
      if (grade === 'D') distractors.push(id);
      else relevant[id] = grade;
      results.push({
        id,
        title,
        summary,
        keywords,
        fieldCode: field,
        trl,
        transferModes: [MODES[r % MODES.length], MODES[(r + 1) % MODES.length]],
        priceMin: price?.[0] ?? null,
        priceMax: price?.[1] ?? null,
        negotiable: false,
        district: null,
        grantedPatents: 1 + (r % 3),
        patents: 2 + (r % 3),
        publishedAt: new Date(NOW.getTime() - (90 + 37 * r) * 86_400_000),
        ownerId: `u-${field}`,
      });
    });
    needs.push({
      id: needId,
      kinds: spec.kinds,
      title: spec.title,
      summary: spec.summary,
      keywords: spec.keywords,
      fieldCode: spec.field,
      minTrl: spec.minTrl,
      budgetMin: spec.budget?.[0] ?? null,
      budgetMax: spec.budget?.[1] ?? null,
      negotiable: false,
      preferredModes: [],
      district: null,
      publishedAt: NOW,
      enterpriseId: `e-${prefix}-${n}`,
      relevant,
      distractors,
    });
  });
  return { now: NOW, needs, results };
}
