// The demo population: fictional people whose records show every rule of DOMAIN.md §3.
// Names, ID numbers and phone numbers are invented. The ID numbers are check-digit valid, with
// real GB/T 2260 address codes (some retired, as old ID numbers keep them) and the person's birth
// date; any match with a real person is a coincidence. Phones are in the 140 segment, which is
// not used for personal mobile phones. Records run to October 2026 (DEMO_TRANSFER_DATE).
// Bases and rates are plausible, not official figures.
import {
  DEMO_TRANSFER_DATE,
  deemed,
  demoCitizenId as id,
  employee,
  individual,
  medical,
  pension,
  type DemoPerson,
} from './demo-person-builders.ts';

export { DEMO_TRANSFER_DATE };

const notMoving = undefined;

export const DEMO_PERSONS: readonly DemoPerson[] = [
  {
    key: 'within-province',
    name: '陈晓珊',
    nameEn: 'Chen Xiaoshan',
    citizenId: id('440106', '19940512', '124'),
    phone: '14000000101',
    hukouRegionCode: '440106',
    story: {
      zh: '在广州工作九年后到深圳工作。省内转移：统筹基金不跨省转移，关系转到深圳。',
      en: 'Worked nine years in Guangzhou, now in Shenzhen. A move within Guangdong: no pooled fund crosses a provincial border.',
    },
    rules: ['within one province'],
    move: {
      from: '440100',
      to: '440300',
      expected: { temporaryAccount: false, benefitRegion: '440300' },
    },
    relationships: [
      pension('440100', 'suspended', '2016-07-01', [
        employee('2016-07', '2019-04', 6000, 14),
        employee('2019-05', '2025-06', 8500, 16),
      ]),
      pension('440300', 'contributing', '2025-07-01', [employee('2025-07', '2026-10', 10000, 16)]),
    ],
  },
  {
    key: 'cross-province',
    name: '周子航',
    nameEn: 'Zhou Zihang',
    citizenId: id('510104', '19900821', '135'),
    phone: '14000000102',
    hukouRegionCode: '510104',
    story: {
      zh: '在成都缴费八年（已中断，无欠费），2024年10月起在广州缴费。跨省转移的标准情形：个人账户和12%的统筹基金转到广州。',
      en: 'Eight years in Chengdu (suspended, no arrears), contributing in Guangzhou since October 2024. The standard cross-province case: the individual account and 12% for the pooled fund move to Guangzhou.',
    },
    rules: ['funds transferred', 'preconditions met'],
    move: {
      from: '510100',
      to: '440100',
      expected: { temporaryAccount: false, benefitRegion: '510104' },
    },
    relationships: [
      pension('510100', 'suspended', '2016-09-01', [
        employee('2016-09', '2019-04', 5500, 19),
        employee('2019-05', '2024-08', 7000, 16),
      ]),
      pension('440100', 'contributing', '2024-10-01', [employee('2024-10', '2026-10', 11000, 16)]),
    ],
  },
  {
    key: 'temporary-account-man',
    name: '王建国',
    nameEn: 'Wang Jianguo',
    citizenId: id('411621', '19730409', '153'),
    phone: '14000000103',
    hukouRegionCode: '411621',
    story: {
      zh: '户籍河南扶沟，在郑州工作近三十年，52岁时到苏州工作。男性年满50周岁到非户籍省份就业：关系留在郑州，苏州为他建立临时缴费账户。',
      en: 'Hukou in Fugou, Henan; almost thirty years in Zhengzhou; moved to Suzhou at 52. A man of 50 or more working outside his hukou province: the relationship stays in Zhengzhou and Suzhou opens a temporary account.',
    },
    rules: ['50/40 rule: temporary account', 'before 1998'],
    move: {
      from: '410100',
      to: '320500',
      expected: { temporaryAccount: true, benefitRegion: '410100' },
    },
    relationships: [
      pension('410100', 'suspended', '1996-07-01', [
        employee('1996-07', '1997-12', 400, 20),
        employee('1998-01', '2005-12', 900, 20),
        employee('2006-01', '2019-04', 3000, 20),
        employee('2019-05', '2025-02', 5000, 16),
      ]),
      pension('320500', 'contributing', '2025-04-01', [employee('2025-04', '2026-10', 7000, 16)], {
        accountKind: 'temporary',
      }),
    ],
  },
  {
    key: 'temporary-account-woman',
    name: '刘秀英',
    nameEn: 'Liu Xiuying',
    citizenId: id('340104', '19840217', '246'),
    phone: '14000000104',
    hukouRegionCode: '340104',
    story: {
      zh: '户籍合肥，在合肥工作十八年，41岁时到杭州工作。女性年满40周岁到非户籍省份就业：杭州为她建立临时缴费账户。',
      en: 'Hukou and eighteen years of work in Hefei; moved to Hangzhou at 41. A woman of 40 or more working outside her hukou province: Hangzhou opens a temporary account.',
    },
    rules: ['50/40 rule: temporary account'],
    move: {
      from: '340100',
      to: '330100',
      expected: { temporaryAccount: true, benefitRegion: '340100' },
    },
    relationships: [
      pension('340100', 'suspended', '2007-07-01', [
        employee('2007-07', '2019-04', 3000, 20),
        employee('2019-05', '2025-06', 6000, 16),
      ]),
      pension('330100', 'contributing', '2025-08-01', [employee('2025-08', '2026-10', 8000, 16)], {
        accountKind: 'temporary',
      }),
    ],
  },
  {
    key: 'arrears',
    name: '赵海涛',
    nameEn: 'Zhao Haitao',
    citizenId: id('370203', '19881102', '171'),
    phone: '14000000105',
    hukouRegionCode: '370203',
    story: {
      zh: '在青岛工作十四年，原单位欠缴最后三个月的保费4,680元；现在厦门缴费。有欠费时不能转出，须先补齐。',
      en: 'Fourteen years in Qingdao, where his former employer owes the last three months (4,680 yuan); now contributing in Xiamen. The transfer waits until the arrears are paid.',
    },
    rules: ['precondition: no arrears'],
    move: {
      from: '370200',
      to: '350200',
      expected: { temporaryAccount: false, benefitRegion: '370200' },
    },
    relationships: [
      pension(
        '370200',
        'suspended',
        '2010-07-01',
        [employee('2010-07', '2019-04', 3500, 18), employee('2019-05', '2024-09', 6500, 16)],
        { arrearsFen: 468_000 },
      ),
      pension('350200', 'contributing', '2025-03-01', [employee('2025-03', '2026-10', 8000, 16)]),
    ],
  },
  {
    key: 'drawing-pension',
    name: '孙桂兰',
    nameEn: 'Sun Guilan',
    citizenId: id('220102', '19660308', '228'),
    phone: '14000000106',
    hukouRegionCode: '220102',
    story: {
      zh: '长春的退休职工，2016年起领取养老金，现在随女儿住在青岛。已经领取养老金的，不能再转移养老保险关系。',
      en: 'A retired worker from Changchun drawing her pension since 2016, now living with her daughter in Qingdao. Once a pension is drawn, the relationship no longer moves.',
    },
    rules: ['precondition: not drawing a pension', 'deemed years'],
    move: {
      from: '220100',
      to: '370200',
      expected: { temporaryAccount: true, benefitRegion: '220100' },
    },
    relationships: [
      pension('220100', 'drawing-pension', '1986-07-01', [
        deemed('1986-07', '1992-12'),
        employee('1993-01', '1997-12', 300, 20),
        employee('1998-01', '2005-12', 700, 20),
        employee('2006-01', '2016-03', 2200, 20),
      ]),
    ],
  },
  {
    key: 'earlier-ten-years',
    name: '李明哲',
    nameEn: 'Li Mingzhe',
    citizenId: id('130102', '19821030', '179'),
    phone: '14000000107',
    hukouRegionCode: '130102',
    story: {
      zh: '户籍石家庄。在北京缴费十二年，在天津六年多，现在深圳。深圳和天津都不满十年，养老金在最后一个满十年的地方——北京领取。',
      en: 'Hukou in Shijiazhuang. Twelve years in Beijing, six in Tianjin, now in Shenzhen. Neither Shenzhen nor Tianjin reaches ten years, so the pension is claimed in Beijing, the last place with ten.',
    },
    rules: ['10-year rule: earlier place'],
    move: {
      from: '120100',
      to: '440300',
      expected: { temporaryAccount: false, benefitRegion: '110100' },
    },
    relationships: [
      pension('110100', 'suspended', '2005-07-01', [employee('2005-07', '2017-06', 5000, 20)]),
      pension('120100', 'suspended', '2017-08-01', [
        employee('2017-08', '2019-04', 7000, 19),
        employee('2019-05', '2023-12', 8000, 16),
      ]),
      pension('440300', 'contributing', '2024-03-01', [employee('2024-03', '2026-10', 15000, 16)]),
    ],
  },
  {
    key: 'before-1998',
    name: '吴国平',
    nameEn: 'Wu Guoping',
    citizenId: id('210102', '19770315', '113'),
    phone: '14000000108',
    hukouRegionCode: '210102',
    story: {
      zh: '1995至2008年在沈阳缴费，2009年起在北京。1998年以前只转个人缴纳部分；1998至2005年按11%、2006年起按8%记入个人账户。',
      en: 'Contributed in Shenyang from 1995 to 2008, in Beijing since 2009. Before 1998 only his own contributions move; the account was credited 11% of the base in 1998–2005 and 8% from 2006.',
    },
    rules: ['before 1998', 'individual account 11%/8%', '10-year rule: current place'],
    move: {
      from: '210100',
      to: '110100',
      expected: { temporaryAccount: false, benefitRegion: '110100' },
    },
    relationships: [
      pension('210100', 'suspended', '1995-07-01', [
        employee('1995-07', '1997-12', 450, 20),
        employee('1998-01', '2005-12', 900, 20),
        employee('2006-01', '2008-12', 1800, 20),
      ]),
      pension('110100', 'contributing', '2009-03-01', [
        employee('2009-03', '2019-04', 6000, 20),
        employee('2019-05', '2026-10', 12000, 16),
      ]),
    ],
  },
  {
    key: 'flexible-worker',
    name: '黄丽娟',
    nameEn: 'Huang Lijuan',
    citizenId: id('450103', '19870707', '262'),
    phone: '14000000109',
    hukouRegionCode: '450103',
    story: {
      zh: '在南宁先受雇六年，后以灵活就业人员身份自己缴费；2024年到昆明，仍以个人身份参保。个人身份参保的，统筹基金一律按12%转移。',
      en: 'Six years employed in Nanning, then insured on her own as a flexible worker; in Kunming since 2024, still on her own. For people insured as individuals the pooled fund always moves at 12%.',
    },
    rules: ['flexible worker: 12%', '10-year rule: earlier place'],
    move: {
      from: '450100',
      to: '530100',
      expected: { temporaryAccount: false, benefitRegion: '450100' },
    },
    relationships: [
      pension('450100', 'suspended', '2009-07-01', [
        employee('2009-07', '2015-06', 2500, 20),
        individual('2015-07', '2023-12', 3000),
      ]),
      pension('530100', 'contributing', '2024-05-01', [individual('2024-05', '2026-10', 4000)]),
    ],
  },
  {
    key: 'open-application',
    name: '马晓东',
    nameEn: 'Ma Xiaodong',
    citizenId: id('620102', '19921201', '155'),
    phone: '14000000110',
    hukouRegionCode: '620102',
    story: {
      zh: '从兰州到西安工作，2026年11月已在网上申请转移，正在等待西安审核。同一险种同时只能有一个在办的申请。',
      en: 'Moved from Lanzhou to Xi’an and applied online in November 2026; the application waits for Xi’an’s review. Only one open application per scheme at a time.',
    },
    rules: ['one open application per scheme', '10-year rule: gathered at hukou place'],
    openApplication: { scheme: 'employee-pension', submittedOn: '2026-11-02' },
    move: {
      from: '620100',
      to: '610100',
      expected: { temporaryAccount: false, benefitRegion: '620102' },
    },
    relationships: [
      pension('620100', 'suspended', '2014-07-01', [
        employee('2014-07', '2019-04', 3500, 19),
        employee('2019-05', '2023-08', 5000, 16),
      ]),
      pension('610100', 'contributing', '2023-10-01', [employee('2023-10', '2026-10', 6500, 16)]),
    ],
  },
  {
    key: 'deceased',
    name: '郑国强',
    nameEn: 'Zheng Guoqiang',
    citizenId: id('420106', '19680505', '137'),
    phone: '14000000111',
    hukouRegionCode: '420106',
    story: {
      zh: '在武汉缴费三十多年，2026年2月去世，参保关系已终止。公安部门通报死亡后，社保卡注销、在办事项关闭，不需家属操作。',
      en: 'Contributed in Wuhan for over thirty years; died in February 2026 and the relationship ended. When public security reports a death, the card is cancelled and open cases close without the family doing anything.',
    },
    rules: ['deceased'],
    deceasedOn: '2026-02-11',
    move: notMoving,
    relationships: [
      pension(
        '420100',
        'terminated',
        '1990-07-01',
        [
          employee('1990-07', '1997-12', 250, 20),
          employee('1998-01', '2005-12', 800, 20),
          employee('2006-01', '2019-04', 3500, 20),
          employee('2019-05', '2026-01', 6000, 16),
        ],
        { endedOn: '2026-02-11' },
      ),
    ],
  },
  {
    key: 'old-place-still-contributing',
    name: '许志强',
    nameEn: 'Xu Zhiqiang',
    citizenId: id('350102', '19910319', '191'),
    phone: '14000000112',
    hukouRegionCode: '350102',
    story: {
      zh: '9月起在杭州工作，但福州的原单位还没有办理停保，福州的参保关系仍是“正常缴费”。转出地须先中断缴费才能转移。',
      en: 'Working in Hangzhou since September, but his former employer in Fuzhou has not stopped his insurance: the Fuzhou relationship still says "contributing". The old place must be suspended before a transfer.',
    },
    rules: ['precondition: old place suspended'],
    move: {
      from: '350100',
      to: '330100',
      expected: { temporaryAccount: false, benefitRegion: '350100' },
    },
    relationships: [
      pension('350100', 'contributing', '2013-07-01', [
        employee('2013-07', '2019-04', 4000, 18),
        employee('2019-05', '2026-08', 7000, 16),
      ]),
      pension('330100', 'contributing', '2026-09-01', [employee('2026-09', '2026-10', 12000, 16)]),
    ],
  },
  {
    key: 'not-yet-contributing',
    name: '何雨桐',
    nameEn: 'He Yutong',
    citizenId: id('500103', '19960628', '284'),
    phone: '14000000113',
    hukouRegionCode: '500103',
    story: {
      zh: '离开重庆，9月到南京入职，但新单位还没有为她参保。须先在新参保地缴费，才能申请转入。',
      en: 'Left Chongqing and started a job in Nanjing in September, but the new employer has not registered her yet. A transfer needs contributions at the new place first.',
    },
    rules: ['precondition: contributed at the new place'],
    move: {
      from: '500100',
      to: '320100',
      expected: { temporaryAccount: false, benefitRegion: '500103' },
    },
    relationships: [
      pension('500100', 'suspended', '2018-07-01', [
        employee('2018-07', '2019-04', 4000, 19),
        employee('2019-05', '2026-06', 6000, 16),
      ]),
    ],
  },
  {
    key: 'closed-destination-hotan',
    name: '古丽娜·艾买提',
    nameEn: 'Gulina Aimaiti',
    citizenId: id('650102', '19930914', '226'),
    phone: '14000000114',
    hukouRegionCode: '650102',
    story: {
      zh: '从乌鲁木齐到和田任教。和田地区尚未开通网上转移申请（演示设置），需到和田的社保经办机构窗口办理。',
      en: 'Moved from Urumqi to teach in Hotan. Hotan has not opened online transfer applications (a demo setting): she applies at the agency’s counter.',
    },
    rules: ['destination not open online', 'within one province'],
    move: {
      from: '650100',
      to: '653200',
      expected: { temporaryAccount: false, benefitRegion: '653200' },
    },
    relationships: [
      pension('650100', 'suspended', '2015-07-01', [
        employee('2015-07', '2019-04', 4000, 16),
        employee('2019-05', '2025-12', 6000, 16),
      ]),
      pension('653200', 'contributing', '2026-02-01', [employee('2026-02', '2026-10', 6500, 16)]),
    ],
  },
  {
    key: 'closed-destination-shennongjia',
    name: '田春燕',
    nameEn: 'Tian Chunyan',
    citizenId: id('420503', '19831010', '268'),
    phone: '14000000115',
    hukouRegionCode: '420503',
    story: {
      zh: '户籍湖北宜昌，在长沙工作十七年，41岁回到湖北，在神农架林区工作。回户籍省份不建临时账户；神农架尚未开通网上申请（演示设置）。',
      en: 'Hukou in Yichang, Hubei; seventeen years in Changsha; back in Hubei at 41, working in Shennongjia. A return to the hukou province opens no temporary account; Shennongjia has not opened online applications (a demo setting).',
    },
    rules: ['destination not open online', '50/40 rule: return to hukou place'],
    move: {
      from: '430100',
      to: '429021',
      expected: { temporaryAccount: false, benefitRegion: '429021' },
    },
    relationships: [
      pension('430100', 'suspended', '2007-07-01', [
        employee('2007-07', '2019-04', 3000, 19),
        employee('2019-05', '2024-12', 6000, 16),
      ]),
      pension('429021', 'contributing', '2025-03-01', [employee('2025-03', '2026-10', 5000, 16)]),
    ],
  },
  {
    key: 'future-opening-karamay',
    name: '张志远',
    nameEn: 'Zhang Zhiyuan',
    citizenId: id('620502', '19860220', '117'),
    phone: '14000000116',
    hukouRegionCode: '620502',
    story: {
      zh: '从兰州到克拉玛依油田工作。克拉玛依的网上转移申请要到2099年1月1日才开通（演示设置），页面会告诉他开通日期。',
      en: 'Moved from Lanzhou to the Karamay oil field. Karamay opens online applications only on 1 January 2099 (a demo setting), and the answer tells him that date.',
    },
    rules: ['destination opens later', '10-year rule: earlier place'],
    move: {
      from: '620100',
      to: '650200',
      expected: { temporaryAccount: false, benefitRegion: '620100' },
    },
    relationships: [
      pension('620100', 'suspended', '2008-07-01', [
        employee('2008-07', '2019-04', 3000, 19),
        employee('2019-05', '2025-09', 5500, 16),
      ]),
      pension('650200', 'contributing', '2025-11-01', [employee('2025-11', '2026-10', 9000, 16)]),
    ],
  },
  {
    key: 'return-to-hukou-place',
    name: '何长生',
    nameEn: 'He Changsheng',
    citizenId: id('430124', '19720816', '159'),
    phone: '14000000117',
    hukouRegionCode: '430182',
    story: {
      zh: '在东莞打工二十三年，52岁回到户籍所在地湖南宁乡，在长沙就业。回户籍地不建临时账户，养老金在户籍地领取。身份证上的地址码430124（原宁乡县）已撤销，号码照样有效。',
      en: 'Twenty-three years of work in Dongguan; back home to Ningxiang, Hunan at 52, working in Changsha. A return to the hukou place opens no temporary account, and the pension is claimed there. His ID keeps 430124, the retired code of the former Ningxiang County, and is still valid.',
    },
    rules: ['50/40 rule: return to hukou place', '10-year rule: hukou place'],
    move: {
      from: '441900',
      to: '430100',
      expected: { temporaryAccount: false, benefitRegion: '430100' },
    },
    relationships: [
      pension('441900', 'suspended', '2002-03-01', [
        employee('2002-03', '2005-12', 1000, 10),
        employee('2006-01', '2019-04', 2500, 13),
        employee('2019-05', '2025-04', 4500, 14),
      ]),
      pension('430100', 'contributing', '2025-06-01', [employee('2025-06', '2026-10', 5000, 16)]),
    ],
  },
  {
    key: 'back-to-ten-year-place',
    name: '钱文博',
    nameEn: 'Qian Wenbo',
    citizenId: id('320106', '19801212', '151'),
    phone: '14000000118',
    hukouRegionCode: '320106',
    story: {
      zh: '户籍南京。在上海缴费十六年，去杭州工作七年后回到上海，上海的参保关系恢复缴费。上海满十年，养老金在上海领取。',
      en: 'Hukou in Nanjing. Sixteen years in Shanghai, seven in Hangzhou, now back in Shanghai, where his relationship is contributing again. Shanghai has ten years or more, so the pension is claimed there.',
    },
    rules: ['10-year rule: current place'],
    move: {
      from: '330100',
      to: '310100',
      expected: { temporaryAccount: false, benefitRegion: '310100' },
    },
    relationships: [
      pension('310100', 'contributing', '2003-07-01', [
        employee('2003-07', '2019-04', 6000, 20),
        employee('2019-05', '2019-06', 9000, 16),
        employee('2026-08', '2026-10', 20000, 16),
      ]),
      pension('330100', 'suspended', '2019-08-01', [employee('2019-08', '2026-06', 12000, 16)]),
    ],
  },
  {
    key: 'gathered-at-hukou-place',
    name: '郭鹏',
    nameEn: 'Guo Peng',
    citizenId: id('410305', '19930125', '133'),
    phone: '14000000119',
    hukouRegionCode: '410305',
    story: {
      zh: '户籍洛阳。在深圳四年、杭州五年，现在南京。没有一个地方满十年，将来养老金归集到户籍地洛阳领取。',
      en: 'Hukou in Luoyang. Four years in Shenzhen, five in Hangzhou, now in Nanjing. No place reaches ten years, so everything gathers at his hukou place, Luoyang.',
    },
    rules: ['10-year rule: gathered at hukou place'],
    move: {
      from: '330100',
      to: '320100',
      expected: { temporaryAccount: false, benefitRegion: '410305' },
    },
    relationships: [
      pension('440300', 'suspended', '2015-07-01', [employee('2015-07', '2019-06', 5500, 14)]),
      pension('330100', 'suspended', '2019-08-01', [employee('2019-08', '2024-07', 9000, 14)]),
      pension('320100', 'contributing', '2024-09-01', [employee('2024-09', '2026-10', 11000, 16)]),
    ],
  },
  {
    key: 'deemed-years',
    name: '曹振华',
    nameEn: 'Cao Zhenhua',
    citizenId: id('230103', '19670411', '115'),
    phone: '14000000120',
    hukouRegionCode: '460106',
    story: {
      zh: '1985至1994年在哈尔滨的国有企业工作，这些年“视同缴费”，计算年限但没有资金转移。2015年到海口工作，户口也迁到了海口。',
      en: 'Worked for a state enterprise in Harbin from 1985 to 1994: those years are deemed paid — they count, but no money moves. In Haikou since 2015, where he also moved his hukou.',
    },
    rules: ['deemed years', '50/40 rule: return to hukou place', '10-year rule: hukou place'],
    move: {
      from: '230100',
      to: '460100',
      expected: { temporaryAccount: false, benefitRegion: '460100' },
    },
    relationships: [
      pension('230100', 'suspended', '1985-09-01', [
        deemed('1985-09', '1994-12'),
        employee('1995-01', '1997-12', 400, 22),
        employee('1998-01', '2005-12', 800, 22),
        employee('2006-01', '2014-12', 2500, 20),
      ]),
      pension('460100', 'contributing', '2015-03-01', [
        employee('2015-03', '2019-04', 4000, 20),
        employee('2019-05', '2026-10', 7000, 16),
      ]),
    ],
  },
  {
    key: 'official-transfer',
    name: '邓卫东',
    nameEn: 'Deng Weidong',
    citizenId: id('450102', '19690630', '139'),
    phone: '14000000121',
    hukouRegionCode: '450102',
    story: {
      zh: '户籍南宁，55岁时经组织批准调动到贵阳工作。经批准的调动不适用“男50、女40”规定，关系随调动转到贵阳。',
      en: 'Hukou in Nanning; at 55 transferred to Guiyang with official approval. Approved official transfers are exempt from the 50/40 rule, so the relationship moves to Guiyang.',
    },
    rules: ['50/40 rule: official transfer', '10-year rule: earlier place'],
    move: {
      from: '450100',
      to: '520100',
      officialTransfer: true,
      expected: { temporaryAccount: false, benefitRegion: '450100' },
    },
    relationships: [
      pension('450100', 'suspended', '1991-07-01', [
        employee('1991-07', '1997-12', 300, 20),
        employee('1998-01', '2005-12', 900, 20),
        employee('2006-01', '2019-04', 3500, 20),
        employee('2019-05', '2024-12', 7000, 16),
      ]),
      pension('520100', 'contributing', '2025-01-01', [employee('2025-01', '2026-10', 9000, 16)]),
    ],
  },
  {
    key: 'back-payment',
    name: '罗小军',
    nameEn: 'Luo Xiaojun',
    citizenId: id('360102', '19850518', '177'),
    phone: '14000000122',
    hukouRegionCode: '360102',
    story: {
      zh: '南昌的原单位2016至2020年没有为他参保，经劳动仲裁后于2024年一次性补缴了四年。一次性补缴三年以上的，转移时须提供法律文书。',
      en: 'His employer in Nanchang did not insure him from 2016 to 2020; after labour arbitration the four years were paid in one go in 2024. A lump-sum back payment of three years or more needs the legal documents for a transfer.',
    },
    rules: ['precondition: back payment of 3+ years needs legal documents'],
    move: {
      from: '360100',
      to: '340100',
      expected: { temporaryAccount: false, benefitRegion: '360100' },
    },
    relationships: [
      pension('360100', 'suspended', '2008-07-01', [
        employee('2008-07', '2016-06', 2500, 20),
        employee('2016-07', '2020-06', 4000, 19, { backPaidOn: '2024-11-15' }),
      ]),
      pension('340100', 'contributing', '2020-08-01', [employee('2020-08', '2026-10', 7000, 16)]),
    ],
  },
  {
    key: 'medical-short-gap',
    name: '宋佳',
    nameEn: 'Song Jia',
    citizenId: id('370102', '19951111', '222'),
    phone: '14000000123',
    hukouRegionCode: '370102',
    story: {
      zh: '从济南到天津工作，医保中断两个月。中断不超过3个月的，医保待遇连续享受。',
      en: 'Moved from Jinan to Tianjin with a two-month gap in medical insurance. A gap of three months or less keeps medical benefits continuous.',
    },
    rules: ['medical: gap of 3 months or less', '10-year rule: gathered at hukou place'],
    move: {
      from: '370100',
      to: '120100',
      expected: { temporaryAccount: false, benefitRegion: '370102' },
    },
    relationships: [
      pension('370100', 'suspended', '2017-07-01', [
        employee('2017-07', '2019-04', 4000, 18),
        employee('2019-05', '2025-12', 6000, 16),
      ]),
      medical('370100', 'suspended', '2017-07-01', [employee('2017-07', '2025-12', 5500, 8)]),
      pension('120100', 'contributing', '2026-03-01', [employee('2026-03', '2026-10', 9000, 16)]),
      medical('120100', 'contributing', '2026-03-01', [employee('2026-03', '2026-10', 9000, 10)]),
    ],
  },
  {
    key: 'medical-long-gap',
    name: '彭浩',
    nameEn: 'Peng Hao',
    citizenId: id('430602', '19910721', '119'),
    phone: '14000000124',
    hukouRegionCode: '430602',
    story: {
      zh: '从武汉到深圳工作，医保中断五个月。中断超过3个月的，新参保地可设不超过6个月的待遇等待期。',
      en: 'Moved from Wuhan to Shenzhen with a five-month gap in medical insurance. After a gap of more than three months the new place may set a waiting period of up to six months.',
    },
    rules: ['medical: gap over 3 months', '10-year rule: earlier place'],
    move: {
      from: '420100',
      to: '440300',
      expected: { temporaryAccount: false, benefitRegion: '420100' },
    },
    relationships: [
      pension('420100', 'suspended', '2014-07-01', [
        employee('2014-07', '2019-04', 4000, 19),
        employee('2019-05', '2025-05', 7000, 16),
      ]),
      medical('420100', 'suspended', '2014-07-01', [employee('2014-07', '2025-05', 6000, 8)]),
      pension('440300', 'contributing', '2025-11-01', [employee('2025-11', '2026-10', 12000, 16)]),
      medical('440300', 'contributing', '2025-11-01', [employee('2025-11', '2026-10', 12000, 5)]),
    ],
  },
  {
    key: 'resident-pension-hukou-move',
    name: '冯桂芝',
    nameEn: 'Feng Guizhi',
    citizenId: id('411302', '19680303', '208'),
    phone: '14000000125',
    hukouRegionCode: '310115',
    story: {
      zh: '在南阳参加城乡居民养老保险，2026年把户口迁到上海浦东和儿子同住。户籍迁移后，居民养老保险个人账户全部储存额一次性转到新户籍地。',
      en: 'Insured in the resident pension in Nanyang; moved her hukou to Pudong, Shanghai in 2026 to live with her son. When the hukou moves, the whole resident-pension balance moves with it.',
    },
    rules: ['resident pension moves with the hukou'],
    move: notMoving,
    relationships: [
      // Resident-pension contributions are yearly, by grade: they are not monthly periods.
      {
        scheme: 'resident-pension',
        regionCode: '411300',
        status: 'contributing',
        startedOn: '2011-07-01',
        periods: [],
      },
    ],
  },
  {
    key: 'resident-employee-convergence',
    name: '韦秀兰',
    nameEn: 'Wei Xiulan',
    citizenId: id('450305', '19700808', '242'),
    phone: '14000000126',
    hukouRegionCode: '450305',
    story: {
      zh: '在东莞做了近九年职工，2018年回桂林参加居民养老保险。已过退休年龄而职工缴费不满15年，可以延长缴费，或把职工养老保险转入居民养老保险。',
      en: 'Almost nine years as an employee in Dongguan, then back in Guilin in the resident pension since 2018. Past retirement age with fewer than 15 employee years, she may pay on or move her employee years into the resident pension.',
    },
    rules: ['resident–employee convergence', 'minimum 15 years not reached'],
    move: {
      from: '441900',
      to: '450300',
      expected: { temporaryAccount: false, benefitRegion: '450300' },
    },
    relationships: [
      pension('441900', 'suspended', '2009-03-01', [employee('2009-03', '2017-12', 2500, 13)]),
      {
        scheme: 'resident-pension',
        regionCode: '450300',
        status: 'contributing',
        startedOn: '2018-01-01',
        periods: [],
      },
    ],
  },
  {
    key: 'duplicate-insurance',
    name: '白云飞',
    nameEn: 'Bai Yunfei',
    citizenId: id('140105', '19900214', '173'),
    phone: '14000000127',
    hukouRegionCode: '140105',
    story: {
      zh: '2021年9月到北京入职时，太原的原单位又多缴了七个月，两地重复参保。重复的月份只算一次，另一地重复缴纳的个人部分可以退还。',
      en: 'When he started in Beijing in September 2021, his Taiyuan employer kept paying for seven more months: insured in two places. Those months count once, and the personal part paid twice is refunded.',
    },
    rules: ['duplicate insurance'],
    move: { from: '140100', to: '110100', expected: { refusedWith: 'DUPLICATE_INSURANCE' } },
    relationships: [
      pension('140100', 'suspended', '2012-07-01', [
        employee('2012-07', '2019-04', 3500, 19),
        employee('2019-05', '2022-03', 5500, 16),
      ]),
      pension('110100', 'contributing', '2021-09-01', [employee('2021-09', '2026-10', 13000, 16)]),
    ],
  },
  {
    key: 'first-job',
    name: '林悦',
    nameEn: 'Lin Yue',
    citizenId: id('350203', '20020909', '244'),
    phone: '14000000128',
    hukouRegionCode: '350203',
    story: {
      zh: '2024年大学毕业后在厦门工作，第一份工作，只有一处参保记录。适合体验登录和查询自己的记录。',
      en: 'Graduated in 2024 and works in Xiamen: a first job with one place on record. A simple person to sign in as and look at one’s own records.',
    },
    rules: ['one place only'],
    move: notMoving,
    relationships: [
      pension('350200', 'contributing', '2024-07-01', [employee('2024-07', '2026-10', 6000, 16)]),
      medical('350200', 'contributing', '2024-07-01', [employee('2024-07', '2026-10', 6000, 7.5)]),
    ],
  },
  {
    key: 'employer-rates',
    name: '谢明',
    nameEn: 'Xie Ming',
    citizenId: id('440304', '19890930', '131'),
    phone: '14000000129',
    hukouRegionCode: '440304',
    story: {
      zh: '深圳户籍，在深圳工作十四年（单位费率13%至15%），2025年到北京。无论原单位实际费率多少，统筹基金都按12%转移。',
      en: 'Hukou in Shenzhen, fourteen years of work there (employer rates 13% to 15%), in Beijing since 2025. Whatever the employer paid, the pooled fund moves at 12%.',
    },
    rules: ['pooled fund 12%', '10-year rule: earlier place'],
    move: {
      from: '440300',
      to: '110100',
      expected: { temporaryAccount: false, benefitRegion: '440300' },
    },
    relationships: [
      pension('440300', 'suspended', '2011-07-01', [
        employee('2011-07', '2019-04', 6000, 13),
        employee('2019-05', '2022-06', 10000, 14),
        employee('2022-07', '2025-06', 14000, 15),
      ]),
      pension('110100', 'contributing', '2025-08-01', [employee('2025-08', '2026-10', 20000, 16)]),
    ],
  },
  {
    key: 'just-below-forty',
    name: '苏晴',
    nameEn: 'Su Qing',
    citizenId: id('320583', '19871220', '266'),
    phone: '14000000130',
    hukouRegionCode: '320583',
    story: {
      zh: '户籍昆山，在苏州工作十七年，38岁时到重庆工作。不满40周岁，不建临时账户，关系可以转到重庆。',
      en: 'Hukou in Kunshan, seventeen years in Suzhou, moved to Chongqing at 38. Under 40, so no temporary account: the relationship can move to Chongqing.',
    },
    rules: ['50/40 rule: below the age'],
    move: {
      from: '320500',
      to: '500100',
      expected: { temporaryAccount: false, benefitRegion: '320500' },
    },
    relationships: [
      pension('320500', 'suspended', '2009-07-01', [
        employee('2009-07', '2019-04', 4500, 19),
        employee('2019-05', '2026-03', 8000, 16),
      ]),
      pension('500100', 'contributing', '2026-05-01', [employee('2026-05', '2026-10', 9000, 16)]),
    ],
  },
  {
    key: 'older-within-province',
    name: '陆振邦',
    nameEn: 'Lu Zhenbang',
    citizenId: id('430521', '19701103', '195'),
    phone: '14000000131',
    hukouRegionCode: '430582',
    story: {
      zh: '户籍湖南邵东，在佛山工作二十年，55岁时到广州工作。虽然年过50且不在户籍地，但在广东省内流动，不建临时账户。',
      en: 'Hukou in Shaodong, Hunan; twenty years in Foshan; moved to Guangzhou at 55. Over 50 and away from his hukou place, but moving within Guangdong: no temporary account.',
    },
    rules: ['within one province', '10-year rule: current place'],
    move: {
      from: '440600',
      to: '440100',
      expected: { temporaryAccount: false, benefitRegion: '440100' },
    },
    relationships: [
      pension('440600', 'suspended', '2005-03-01', [
        employee('2005-03', '2019-04', 2500, 13),
        employee('2019-05', '2025-12', 5000, 14),
      ]),
      pension('440100', 'contributing', '2026-02-01', [employee('2026-02', '2026-10', 6000, 16)]),
    ],
  },
  {
    key: 'closed-destination-sansha',
    name: '韩立新',
    nameEn: 'Han Lixin',
    citizenId: id('460106', '19890404', '157'),
    phone: '14000000132',
    hukouRegionCode: '460106',
    story: {
      zh: '海口户籍，在广州工作十三年后回海南，在三沙市工作。三沙尚未开通网上转移申请（演示设置）。',
      en: 'Hukou in Haikou; thirteen years in Guangzhou, then back to Hainan, working in Sansha. Sansha has not opened online transfer applications (a demo setting).',
    },
    rules: ['destination not open online', '50/40 rule: return to hukou place'],
    move: {
      from: '440100',
      to: '460300',
      expected: { temporaryAccount: false, benefitRegion: '460300' },
    },
    relationships: [
      pension('440100', 'suspended', '2011-07-01', [
        employee('2011-07', '2019-04', 5000, 14),
        employee('2019-05', '2024-12', 8000, 16),
      ]),
      pension('460300', 'contributing', '2025-03-01', [employee('2025-03', '2026-10', 7000, 16)]),
    ],
  },
  {
    key: 'transfer-completed',
    name: '杨帆',
    nameEn: 'Yang Fan',
    citizenId: id('610113', '19880606', '111'),
    phone: '14000000133',
    hukouRegionCode: '610113',
    story: {
      zh: '2022年已从西安转到成都：西安的参保关系终止，缴费记录并入成都的账户，每段记录仍注明在哪里缴纳。',
      en: 'Transferred from Xi’an to Chengdu in 2022: the Xi’an relationship ended and the record merged into Chengdu’s account, each period still saying where it was paid.',
    },
    rules: ['completed transfer'],
    move: notMoving,
    relationships: [
      pension('610100', 'terminated', '2010-07-01', [], { endedOn: '2022-04-20' }),
      pension('510100', 'contributing', '2022-02-01', [
        employee('2010-07', '2019-04', 3500, 20, { regionCode: '610100' }),
        employee('2019-05', '2021-12', 6000, 16, { regionCode: '610100' }),
        employee('2022-02', '2026-10', 8000, 16),
      ]),
    ],
  },
];
