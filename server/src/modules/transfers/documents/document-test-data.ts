// Fictional documents for the tests: every person, agency and account here is made up. The ID
// number is the example of DOMAIN.md §2 (check-digit valid, female, born 1949-12-31).
import type {
  CompletionNotice,
  ContactLetter,
  ContributionPeriodLine,
  InformationTable,
} from './document-types.ts';

export const GENERATED_AT = new Date('2024-03-06T02:15:30Z'); // 10:15:30 in China

const person = {
  name: '林秀英',
  sex: 'female',
  citizenId: '11010519491231002X',
  formerPersonalNumber: 'GZ-00012345',
} as const;

const guangzhou = {
  name: '广州市社会保险基金管理中心（演示）',
  address: '广东省广州市天河区示例路100号',
  postCode: '510000',
  phone: '020-12345678',
};

const beijing = {
  name: '北京市东城区社会保险事业管理中心（演示）',
  address: '北京市东城区示例胡同8号',
  postCode: '100010',
  phone: '010-87654321',
};

export const sampleContactLetter: ContactLetter = {
  letterNumber: '440100-LXH-2024-000123',
  issuedOn: '2024-03-06',
  scheme: 'employee-pension',
  transferOutAgency: { name: beijing.name },
  transferInAgency: {
    ...guangzhou,
    bankAccount: {
      bankName: '中国工商银行广州示例支行',
      accountName: '广州市社会保险基金收入户（演示）',
      accountNumber: '3602000000000000001',
    },
  },
  person,
  applicationReference: 'ZY20240304000001',
  sealLines: ['广州市社会保险基金管理中心（演示）（业务专用章）', '经办人：陈明  复核人：王芳'],
};

/** Three periods in Beijing since 2006: 24 + 12 + 30 months. */
export const samplePeriods: readonly ContributionPeriodLine[] = [
  { from: '2006-01', to: '2007-12', monthlyBaseFen: 350_000, months: 24, insuredAs: 'employee' },
  { from: '2008-01', to: '2008-12', monthlyBaseFen: 420_050, months: 12, insuredAs: 'employee' },
  {
    from: '2009-01',
    to: '2011-08',
    monthlyBaseFen: 500_000,
    months: 30,
    insuredAs: 'individual',
    accountKind: 'temporary',
  },
];

export const sampleInformationTable: InformationTable = {
  tableNumber: '110101-XXB-2024-000456',
  contactLetterNumber: sampleContactLetter.letterNumber,
  issuedOn: '2024-03-15',
  scheme: 'employee-pension',
  transferOutAgency: {
    ...beijing,
    bankAccount: {
      bankName: '中国建设银行北京示例支行',
      accountName: '北京市东城区社会保险基金支出户（演示）',
      accountNumber: '1100000000000000002',
    },
  },
  transferInAgency: { name: guangzhou.name },
  person,
  periods: samplePeriods,
  deemedMonths: 18,
  individualAccount: {
    before1998PersonalContributionsWithInterestFen: 0,
    since1998BalanceFen: 2_345_678n,
  },
  pooledFundFen: 3_936_072n,
  totalFen: 6_281_750n,
  transferDate: '2024-03-15',
  sealLines: [
    '北京市东城区社会保险事业管理中心（演示）（业务专用章）',
    '经办人：赵磊  复核人：孙丽',
  ],
};

export const sampleCompletionNotice: CompletionNotice = {
  noticeNumber: '440100-WCGZ-2024-000789',
  issuedOn: '2024-03-25',
  scheme: 'employee-pension',
  person: { name: person.name, citizenId: person.citizenId },
  applicationReference: 'ZY20240304000001',
  contactLetterNumber: sampleContactLetter.letterNumber,
  informationTableNumber: sampleInformationTable.tableNumber,
  transferOutAgency: { name: beijing.name },
  transferInAgency: guangzhou,
  completedOn: '2024-03-22',
  individualAccountFen: 2_345_678n,
  pooledFundFen: 3_936_072n,
  totalFen: 6_281_750n,
  contributionMonths: 84,
  sealLines: ['广州市社会保险基金管理中心（演示）（业务专用章）'],
};
