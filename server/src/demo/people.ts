import type { Faker } from '@faker-js/faker';
import { residentIdCheckChar } from '@shared/domain/resident-id';

/** The most common surnames: faker's list is alphabetical, not weighted, and reads as exotic. */
export const COMMON_SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤',
);
const ROAD_NAMES = [
  '人民',
  '中山',
  '解放',
  '建设',
  '长江',
  '延安',
  '南京',
  '淮海',
  '滨江',
  '世纪',
  '和平',
  '新华',
  '光明',
  '东风',
  '迎宾',
  '工业',
];
export const TRADE_NAMES = [
  '华信',
  '恒达',
  '鼎盛',
  '瑞丰',
  '长江',
  '宏远',
  '金桥',
  '新纪元',
  '明辉',
  '永安',
  '海纳',
  '中泰',
];
export const INDUSTRIES = [
  '物流',
  '精密制造',
  '国际贸易',
  '信息科技',
  '餐饮管理',
  '建设工程',
  '化工',
  '纺织',
  '冷链仓储',
  '汽车零部件',
];
const REGION_CODES = ['310101', '440106', '110105', '320102', '330106'];

export function personName(faker: Faker): string {
  return `${faker.helpers.arrayElement(COMMON_SURNAMES)}${faker.person.firstName()}`;
}

export function enterpriseName(faker: Faker, city: string): string {
  return `${city}${faker.helpers.arrayElement(TRADE_NAMES)}${faker.helpers.arrayElement(INDUSTRIES)}有限公司`;
}

export function streetAddress(faker: Faker, city: string): string {
  const road = `${faker.helpers.arrayElement(ROAD_NAMES)}${faker.helpers.arrayElement(['路', '大道', '街'])}`;
  return `${city}市${road}${faker.number.int({ min: 1, max: 999 })}号`;
}

/** A resident ID with a valid GB 11643 check character. */
export function residentId(faker: Faker): string {
  const birth = faker.date.birthdate({ min: 20, max: 75, mode: 'age' });
  const ymd = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
  const body = `${faker.helpers.arrayElement(REGION_CODES)}${ymd}${faker.string.numeric(3)}`;
  return `${body}${residentIdCheckChar(body)}`;
}

/** A unified social credit code shape (18 characters) for enterprise customers. */
export function creditCode(faker: Faker): string {
  return `91${faker.string.numeric(6)}${faker.string.alphanumeric({ length: 10, casing: 'upper' })}`;
}

export function mobileNumber(faker: Faker): string {
  return `1${faker.helpers.arrayElement(['3', '5', '7', '8', '9'])}${faker.string.numeric(9)}`;
}
