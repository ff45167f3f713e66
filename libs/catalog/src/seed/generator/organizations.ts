import type { GeneratedOrganization } from './catalog-generator';
import { buildCreditCode, CREDIT_CODE_CHARSET } from './identifiers';
import { Random } from './random';
import { TAXONOMY_FIELDS } from './taxonomy';

/** A generated organization with the industry fields it works in (drives owners and pledgers). */
export interface OrganizationProfile {
  organization: GeneratedOrganization;
  fieldCodes: string[];
}

/** District → administrative division code, used inside the credit codes. */
export const DISTRICTS: readonly (readonly [string, string])[] = [
  ['市南区', '370202'],
  ['市北区', '370203'],
  ['黄岛区', '370211'],
  ['崂山区', '370212'],
  ['李沧区', '370213'],
  ['城阳区', '370214'],
  ['即墨区', '370215'],
  ['胶州市', '370281'],
  ['平度市', '370283'],
  ['莱西市', '370285'],
];
const DIVISION = new Map(DISTRICTS.map(([name, code]) => [name, code]));
const CITY_DIVISION = '370200';

/** Names and credit-code prefixes of the identity demo accounts, never reused here. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['海滨大学', '海城新能源科技有限公司', '海城技术转移服务中心', '市科学技术局', '系统管理']);
const RESERVED_CREDIT_PREFIXES = ['11370200MB1234567', '12370000MB0012345', '91370211MA3C00001', '91370203MA3C00002'];

/** Key universities and institutes with the fields they are known for (null: a broad random set). */
const KEY_UNIVERSITIES: readonly (readonly [string, string[] | null])[] = [
  ['海城理工大学', ['QL.MACH', 'QL.RAIL', 'QL.NEV', 'JL.ROBOT', 'JL.IIOT', 'JL.MAT', 'JL.IC', 'JL.AI', 'JL.SSB']],
  ['海城海洋大学', ['HC.MDRUG', 'HC.AQV', 'HC.OBS', 'HC.MBIO', 'HC.DESAL', 'HC.DEEP', 'HC.WIND', 'BL.MIOT', 'QL.FOOD', 'QL.SHIP']],
  ['海城医科大学', ['JL.BIO', 'BL.GENE', 'BL.BCI', 'HC.MDRUG', 'HC.MBIO']],
  ['海城科技大学', ['JL.AI', 'JL.IC', 'JL.DISP', 'JL.VR', 'BL.QT', 'BL.SAT', 'JL.IIOT', 'JL.PSC', 'QL.CHEM']],
  ['滨海工业大学', ['QL.MACH', 'QL.SHIP', 'HC.DEEP', 'HC.WIND', 'JL.H2', 'QL.CHEM', 'JL.MAT']],
  ['海城师范大学', ['JL.AI', 'JL.VR', 'BL.SYNBIO', 'JL.PSC', 'JL.MAT']],
  ['海城农业大学', ['QL.FOOD', 'BL.SYNBIO', 'HC.AQV', 'HC.MBIO', 'BL.GENE']],
  ['海城大学', null],
  ['黄海理工大学', ['QL.TEXT', 'QL.CHEM', 'QL.HOME', 'JL.LAE', 'JL.ROBOT', 'JL.H2', 'HC.DESAL']],
  ['海城交通大学', ['QL.RAIL', 'QL.NEV', 'JL.LAE', 'QL.SHIP', 'JL.IIOT', 'BL.SAT']],
];
const OTHER_UNIVERSITIES = [
  '海城职业技术学院',
  '海城工程学院',
  '海城信息工程学院',
  '海城港湾职业技术学院',
  '海城城市学院',
  '海城电子职业技术学院',
  '海城航海职业学院',
  '海城健康职业学院',
];
const KEY_INSTITUTES: readonly (readonly [string, string[]])[] = [
  ['海城市海洋科学研究院', ['HC.OBS', 'BL.MIOT', 'HC.MBIO', 'HC.DESAL']],
  ['海城市农业科学研究院', ['QL.FOOD', 'BL.SYNBIO', 'HC.AQV']],
  ['海城市工业技术研究院', ['QL.MACH', 'JL.IIOT', 'JL.ROBOT', 'QL.HOME']],
  ['海城能源与材料研究院', ['JL.SSB', 'JL.PSC', 'JL.H2', 'JL.MAT']],
  ['海城生物医药研究院', ['JL.BIO', 'BL.GENE', 'HC.MDRUG']],
  ['海城先进制造技术研究所', ['QL.MACH', 'JL.ROBOT', 'QL.RAIL']],
  ['海城电子信息研究院', ['JL.IC', 'JL.DISP', 'JL.AI', 'JL.VR']],
  ['海城海洋装备研究所', ['HC.DEEP', 'HC.AQV', 'QL.SHIP', 'HC.WIND']],
  ['海城化工研究院', ['QL.CHEM', 'JL.MAT', 'BL.SYNBIO']],
  ['海城食品科学研究所', ['QL.FOOD', 'HC.MBIO']],
  ['海城纺织科学研究院', ['QL.TEXT', 'JL.MAT']],
  ['海城船舶科学研究所', ['QL.SHIP', 'HC.DEEP', 'HC.WIND']],
  ['海城信息通信研究院', ['BL.SAT', 'BL.QT', 'JL.IIOT', 'BL.MIOT']],
  ['海城环境科学研究院', ['HC.DESAL', 'QL.CHEM', 'HC.OBS']],
];
const KEY_PLATFORM_SUFFIXES = ['创新中心', '产业技术研究院', '技术创新中心', '工程研究中心', '新型研发机构', '重点实验室'];
const OTHER_PLATFORM_SUFFIXES = ['公共技术服务平台', '中试基地', '概念验证中心', '众创空间', '产业创新服务综合体'];
const INSTITUTE_DOMAINS: readonly (readonly [string, string[]])[] = [
  ['海洋生物', ['HC.MBIO', 'HC.MDRUG']],
  ['智能制造', ['QL.MACH', 'JL.ROBOT', 'JL.IIOT']],
  ['纺织技术', ['QL.TEXT']],
  ['新材料', ['JL.MAT', 'QL.CHEM']],
  ['农业技术', ['QL.FOOD', 'BL.SYNBIO']],
  ['轨道交通', ['QL.RAIL']],
  ['食品检测', ['QL.FOOD']],
  ['电子技术', ['JL.IC', 'JL.DISP']],
  ['能源技术', ['JL.H2', 'JL.SSB', 'JL.PSC', 'HC.WIND']],
  ['环境工程', ['HC.DESAL', 'QL.CHEM']],
  ['水产技术', ['HC.AQV', 'BL.MIOT']],
  ['机械工程', ['QL.MACH', 'QL.SHIP']],
];
const NAME_FIRST = [
  '瀚',
  '澜',
  '屿',
  '岚',
  '晟',
  '泓',
  '睿',
  '弘',
  '昊',
  '铂',
  '麟',
  '沐',
  '凌',
  '卓',
  '承',
  '拓',
  '衡',
  '骏',
  '锐',
  '捷',
  '汐',
  '潮',
  '青',
  '蓝',
  '启',
  '朗',
  '致',
  '博',
  '天',
  '鲸',
];
const NAME_SECOND = [
  '海',
  '川',
  '源',
  '辰',
  '域',
  '芯',
  '科',
  '远',
  '创',
  '达',
  '驰',
  '宇',
  '禾',
  '峰',
  '锦',
  '途',
  '澄',
  '航',
  '擎',
  '帆',
  '湾',
  '屹',
  '智',
  '璟',
];
const SERVICE_WORDS = [
  '技术转移服务',
  '知识产权代理',
  '科技咨询',
  '检验检测',
  '科技成果评价',
  '技术经纪',
  '知识产权运营',
  '科技企业孵化器',
  '工业设计',
  '科技信息服务',
  '计量测试',
  '认证服务',
  '技术交易服务',
  '科技金融服务',
  '专利代理',
];

/**
 * Builds the demo organizations: 52 key innovation platforms (universities, institutes and
 * platforms), some ordinary research organizations, 128 key chain enterprises plus ordinary
 * ones, and 370 technology-service firms, with unique names and valid unique credit codes.
 */
export function generateOrganizations(seed: number): OrganizationProfile[] {
  const random = Random.for(seed, 1, 0);
  const names = new Set(RESERVED_NAMES);
  const creditPrefixes = new Set(RESERVED_CREDIT_PREFIXES);
  const profiles: OrganizationProfile[] = [];
  const fieldCodes = TAXONOMY_FIELDS.map((field) => field.code);
  const keyCounters = new Map<string, number>();

  const creditCode = (registration: string, district: string, numericBody: boolean): string => {
    for (;;) {
      const body = numericBody ? String(random.int(10_000_000, 99_999_999)) : `MA${encode(random.int(0, 31 ** 6 - 1), 6)}`;
      const division = numericBody && registration === '12' ? CITY_DIVISION : (DIVISION.get(district) ?? CITY_DIVISION);
      const code = buildCreditCode(registration, division, body);
      if (!creditPrefixes.has(code.slice(0, 17))) {
        creditPrefixes.add(code.slice(0, 17));
        return code;
      }
    }
  };
  const uniqueName = (make: () => string): string => {
    for (let attempt = 0; ; attempt += 1) {
      const name = make();
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
      if (attempt > 10_000) throw new Error('Ran out of distinct organization names');
    }
  };
  const add = (
    prefix: string,
    kind: GeneratedOrganization['kind'],
    name: string,
    district: string,
    keyPlatform: boolean,
    fields: string[],
    registration: string,
  ): void => {
    const numericBody = registration !== '91';
    const number = (keyCounters.get(prefix) ?? 0) + 1;
    keyCounters.set(prefix, number);
    profiles.push({
      organization: {
        key: `${prefix}-${String(number).padStart(3, '0')}`,
        name,
        kind,
        district,
        creditCode: creditCode(registration, district, numericBody),
        keyPlatform,
      },
      fieldCodes: fields,
    });
  };
  const researchDistrict = (): string =>
    random.weighted([
      ['崂山区', 5],
      ['黄岛区', 4],
      ['市南区', 2],
      ['李沧区', 2],
      ['城阳区', 2],
      ['即墨区', 1],
      ['市北区', 1],
    ]);
  const anyDistrict = (): string => random.weighted(DISTRICTS.map(([name], index) => [name, index === 2 ? 4 : index >= 7 ? 1 : 2] as const));
  const fieldName = (code: string): string => TAXONOMY_FIELDS.find((field) => field.code === code)!.nameZh;

  // 52 key innovation platforms: 10 universities, 14 institutes, 28 platforms named after a field.
  for (const [name, fields] of KEY_UNIVERSITIES)
    add(
      'uni',
      'UNIVERSITY',
      uniqueName(() => name),
      researchDistrict(),
      true,
      fields ?? random.sample(fieldCodes, 12),
      '12',
    );
  for (const [name, fields] of KEY_INSTITUTES)
    add(
      'inst',
      'RESEARCH_INSTITUTE',
      uniqueName(() => name),
      researchDistrict(),
      true,
      fields,
      '12',
    );
  const platformFields = random.shuffle(fieldCodes);
  for (let i = 0; i < 28; i += 1) {
    const field = platformFields[i % platformFields.length];
    const name = uniqueName(() => `海城${fieldName(field)}${random.pick(KEY_PLATFORM_SUFFIXES)}`);
    add('plat', 'INNOVATION_PLATFORM', name, researchDistrict(), true, [field, ...random.sample(fieldCodes, 1)], random.chance(0.6) ? '12' : '52');
  }
  // Ordinary research organizations.
  for (const name of OTHER_UNIVERSITIES)
    add(
      'uni',
      'UNIVERSITY',
      uniqueName(() => name),
      anyDistrict(),
      false,
      random.sample(fieldCodes, random.int(3, 6)),
      '12',
    );
  for (let i = 0; i < 16; i += 1) {
    let district = '';
    let fields: string[] = [];
    const name = uniqueName(() => {
      district = anyDistrict();
      const [domain, domainFields] = random.pick(INSTITUTE_DOMAINS);
      fields = domainFields;
      return `海城${district.slice(0, 2)}${domain}${random.pick(['研究所', '研究院'])}`;
    });
    add('inst', 'RESEARCH_INSTITUTE', name, district, false, fields, '12');
  }
  for (let i = 0; i < 12; i += 1) {
    let field = '';
    const name = uniqueName(() => {
      field = random.pick(fieldCodes);
      return `海城${fieldName(field)}${random.pick(OTHER_PLATFORM_SUFFIXES)}`;
    });
    add('plat', 'INNOVATION_PLATFORM', name, anyDistrict(), false, [field], '52');
  }
  // 128 key chain enterprises, then ordinary ones.
  const brand = (): string => random.pick(NAME_FIRST) + random.pick(NAME_SECOND);
  for (let i = 0; i < 300; i += 1) {
    const key = i < 128;
    const field = TAXONOMY_FIELDS[(i * 7 + random.int(0, 2)) % TAXONOMY_FIELDS.length];
    const district = anyDistrict();
    const name = uniqueName(() => {
      const word = random.pick(field.vocabulary.firmWords);
      const shape = random.int(0, key ? 3 : 2);
      if (shape === 0) return `海城${brand()}${word}有限公司`;
      if (shape === 1) return `${brand()}${word}（海城）有限公司`;
      if (shape === 2) return `海城市${brand()}${word}有限公司`;
      return `海城${brand()}${word}${random.pick(['股份有限公司', '集团有限公司'])}`;
    });
    const related = random.sample(
      fieldCodes.filter((code) => code !== field.code && code.slice(0, 2) === field.chainCode),
      random.int(0, 2),
    );
    add('ent', 'ENTERPRISE', name, district, key, [field.code, ...related], '91');
  }
  // 370 technology-service firms.
  for (let i = 0; i < 370; i += 1) {
    const district = anyDistrict();
    const name = uniqueName(() =>
      random.chance(0.85) ? `海城${brand()}${random.pick(SERVICE_WORDS)}有限公司` : `海城市${brand()}${random.pick(SERVICE_WORDS)}中心`,
    );
    add('svc', 'SERVICE_AGENCY', name, district, false, random.sample(fieldCodes, random.int(1, 4)), name.endsWith('中心') ? '52' : '91');
  }
  return profiles;
}

function encode(value: number, width: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    text = CREDIT_CODE_CHARSET[rest % 31] + text;
    rest = Math.floor(rest / 31);
  }
  return text;
}
