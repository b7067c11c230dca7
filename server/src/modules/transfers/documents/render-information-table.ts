import { writtenDateZh } from '../../../../../domain/calendar/index.ts';
import { closingSection, sectionHeading } from './document-blocks.ts';
import { dataTable, fieldGrid, type Column } from './document-grids.ts';
import {
  checkAgencyContact,
  checkDate,
  checkFen,
  checkPeriods,
  checkPerson,
  checkScheme,
  checkSealLines,
  checkText,
  checkTotal,
} from './document-checks.ts';
import { DocumentDataError } from './document-data-error.ts';
import {
  accountKindZh,
  formatFen,
  formatYearMonthZh,
  insuredAsZh,
  schemeZh,
  sexZh,
} from './document-text.ts';
import type { InformationTable } from './document-types.ts';
import { renderOfficialDocument, type Pdf, type RenderOptions } from './official-document.ts';

export const INFORMATION_TABLE_TITLE = '基本养老保险关系转移接续信息表';

const PERIOD_COLUMNS: readonly Column[] = [
  { header: '序号', share: 0.08, align: 'center' },
  { header: '起始年月', share: 0.15, align: 'center' },
  { header: '终止年月', share: 0.15, align: 'center' },
  { header: '缴费月数', share: 0.11, align: 'right' },
  { header: '月缴费基数（元）', share: 0.19, align: 'right' },
  { header: '参保身份', share: 0.14, align: 'center' },
  { header: '账户类型', share: 0.18, align: 'center' },
];

/**
 * The information table (信息表) as a PDF: what the transfer-out agency moved — the person, every
 * contribution period, the individual account and pooled fund amounts and their total. A long
 * period list flows onto further pages. Throws DocumentDataError when a field is missing or the
 * amounts do not add up, before anything is drawn.
 */
export async function renderInformationTable(
  table: InformationTable,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const citizenId = checkInformationTable(table);
  const { person, transferOutAgency: outAgency } = table;
  const heading = {
    title: INFORMATION_TABLE_TITLE,
    number: table.tableNumber,
    issuer: outAgency.name,
  };
  return renderOfficialDocument(heading, options, (pdf) => {
    sectionHeading(pdf, '一、参保人员信息');
    fieldGrid(pdf, [
      { label: '姓名', value: person.name },
      { label: '性别', value: sexZh(person.sex) },
      { label: '公民身份号码', value: citizenId },
      { label: '原个人编号', value: person.formerPersonalNumber ?? '无' },
      { label: '险种', value: schemeZh(table.scheme) },
      { label: '联系函编号', value: table.contactLetterNumber },
    ]);
    drawPeriods(pdf, table);
    drawFunds(pdf, table);
    closingSection(pdf, {
      title: '四、经办机构',
      fields: [
        { label: '转出地经办机构', value: outAgency.name, wide: true },
        { label: '地址', value: outAgency.address, wide: true },
        { label: '邮政编码', value: outAgency.postCode ?? '未登记' },
        { label: '联系电话', value: outAgency.phone },
        ...(outAgency.bankAccount
          ? [
              { label: '开户银行', value: outAgency.bankAccount.bankName, wide: true },
              { label: '户名', value: outAgency.bankAccount.accountName, wide: true },
              { label: '银行账号', value: outAgency.bankAccount.accountNumber, wide: true },
            ]
          : []),
        { label: '转入地经办机构', value: table.transferInAgency.name, wide: true },
      ],
      sealLines: table.sealLines,
      dateText: writtenDateZh(table.issuedOn),
    });
  });
}

function drawPeriods(pdf: Pdf, table: InformationTable): void {
  sectionHeading(pdf, '二、参保缴费明细');
  const rows = table.periods.map((period, i) => [
    String(i + 1),
    formatYearMonthZh(period.from),
    formatYearMonthZh(period.to),
    String(period.months),
    formatFen(period.monthlyBaseFen),
    insuredAsZh(period.insuredAs),
    accountKindZh(period.accountKind ?? 'normal'),
  ]);
  const paidMonths = table.periods.reduce((sum, period) => sum + period.months, 0);
  rows.push(['', '合计', '', String(paidMonths), '', '', '']);
  if (table.deemedMonths)
    rows.push(['', '视同缴费', '', String(table.deemedMonths), '', '', '不计转移资金']);
  dataTable(pdf, PERIOD_COLUMNS, rows);
}

function drawFunds(pdf: Pdf, table: InformationTable): void {
  const { before1998PersonalContributionsWithInterestFen: before, since1998BalanceFen: since } =
    table.individualAccount;
  sectionHeading(pdf, '三、转移资金');
  dataTable(
    pdf,
    [
      { header: '项目', share: 0.62 },
      { header: '金额（元）', share: 0.38, align: 'right' },
    ],
    [
      ['1998年1月1日之前个人缴费累计本息', formatFen(before)],
      ['1998年1月1日之后个人账户储存额', formatFen(since)],
      ['个人账户储存额合计', formatFen(BigInt(before) + BigInt(since))],
      ['统筹基金转移额', formatFen(table.pooledFundFen)],
      ['转移资金总额', formatFen(table.totalFen)],
      ['资金划转日期', writtenDateZh(table.transferDate)],
    ],
  );
}

/** Every required field of the table; returns the normalised citizen ID. */
function checkInformationTable(table: InformationTable): string {
  checkText('tableNumber', table.tableNumber);
  checkText('contactLetterNumber', table.contactLetterNumber);
  checkDate('issuedOn', table.issuedOn);
  checkDate('transferDate', table.transferDate);
  checkScheme('scheme', table.scheme);
  checkAgencyContact('transferOutAgency', table.transferOutAgency);
  const account = table.transferOutAgency.bankAccount;
  if (account)
    for (const field of ['bankName', 'accountName', 'accountNumber'] as const)
      checkText(`transferOutAgency.bankAccount.${field}`, account[field]);
  checkText('transferInAgency.name', table.transferInAgency?.name);
  checkPeriods('periods', table.periods);
  const deemed = table.deemedMonths ?? 0;
  if (!Number.isInteger(deemed) || deemed < 0)
    throw new DocumentDataError('deemedMonths', 'must be a whole number of months, 0 or more');
  const parts = [
    checkFen(
      'individualAccount.before1998PersonalContributionsWithInterestFen',
      table.individualAccount.before1998PersonalContributionsWithInterestFen,
    ),
    checkFen('individualAccount.since1998BalanceFen', table.individualAccount.since1998BalanceFen),
    checkFen('pooledFundFen', table.pooledFundFen),
  ];
  checkTotal('totalFen', table.totalFen, parts);
  checkSealLines('sealLines', table.sealLines);
  return checkPerson('person', table.person, table.issuedOn);
}
