import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../../../domain/transfer/months.ts';
import { DocumentDataError } from './document-data-error.ts';
import { GENERATED_AT, sampleInformationTable } from './document-test-data.ts';
import type { ContributionPeriodLine, InformationTable } from './document-types.ts';
import { readPdfText, type PdfReading } from './read-pdf-text.ts';
import { renderInformationTable } from './render-information-table.ts';

const render = (table: InformationTable) =>
  renderInformationTable(table, { generatedAt: GENERATED_AT });

describe('renderInformationTable', () => {
  let pdf: PdfReading;
  beforeAll(async () => {
    pdf = await readPdfText(await render(sampleInformationTable));
  });

  it('is titled, numbered and issued by the transfer-out agency, on one page', () => {
    expect(pdf.pages).toHaveLength(1);
    const [page] = pdf.pages;
    expect(page).toContain('基本养老保险关系转移接续信息表');
    expect(page).toContain('编号：110101-XXB-2024-000456');
    expect(page).toContain('出具机构：北京市东城区社会保险事业管理中心（演示）');
    expect(page).toContain('第1页/共1页');
  });

  it('identifies the person and the contact letter it answers', () => {
    const [page] = pdf.pages;
    expect(page).toContain('姓名林秀英性别女');
    expect(page).toContain('公民身份号码11010519491231002X原个人编号GZ-00012345');
    expect(page).toContain('险种职工基本养老保险联系函编号440100-LXH-2024-000123');
  });

  it('lists every period with its months, monthly base in yuan and how the person was insured', () => {
    const [page] = pdf.pages;
    expect(page).toContain('1 2006年01月 2007年12月 24 3,500.00 职工 普通账户'.replaceAll(' ', ''));
    expect(page).toContain('2 2008年01月 2008年12月 12 4,200.50 职工 普通账户'.replaceAll(' ', ''));
    expect(page).toContain(
      '3 2009年01月 2011年08月 30 5,000.00 个人身份 临时缴费账户'.replaceAll(' ', ''),
    );
    expect(page).toContain('合计66');
    expect(page).toContain('视同缴费18不计转移资金');
  });

  it('gives the amounts moved as yuan with two decimals, and the transfer date', () => {
    const [page] = pdf.pages;
    expect(page).toContain('1998年1月1日之前个人缴费累计本息0.00');
    expect(page).toContain('1998年1月1日之后个人账户储存额23,456.78');
    expect(page).toContain('个人账户储存额合计23,456.78');
    expect(page).toContain('统筹基金转移额39,360.72');
    expect(page).toContain('转移资金总额62,817.50');
    expect(page).toContain('资金划转日期2024年3月15日');
  });

  it('names both agencies and ends with the seal and the issue date', () => {
    const [page] = pdf.pages;
    expect(page).toContain('转出地经办机构北京市东城区社会保险事业管理中心（演示）');
    expect(page).toContain('邮政编码100010联系电话010-87654321');
    expect(page).toContain('银行账号1100000000000000002');
    expect(page).toContain('转入地经办机构广州市社会保险基金管理中心（演示）');
    expect(page).toContain('（业务专用章）经办人：赵磊复核人：孙丽2024年3月15日');
  });

  it('says 未登记 for an agency whose post code the directory does not have', async () => {
    const withoutPostCode = {
      ...sampleInformationTable,
      transferOutAgency: { ...sampleInformationTable.transferOutAgency, postCode: null },
    };
    const [page] = (await readPdfText(await render(withoutPostCode))).pages;
    expect(page).toContain('邮政编码未登记联系电话010-87654321');
  });
});

describe('renderInformationTable with a long contribution history', () => {
  // 60 one-year periods from 1965: far more than one page holds.
  const periods: ContributionPeriodLine[] = Array.from({ length: 60 }, (_, i) => ({
    from: addMonths('1965-01', 12 * i),
    to: addMonths('1965-12', 12 * i),
    monthlyBaseFen: 10_000 + i * 12_345,
    months: 12,
    insuredAs: 'employee',
  }));
  let bytes: Uint8Array;
  let pdf: PdfReading;
  beforeAll(async () => {
    bytes = await render({ ...sampleInformationTable, periods });
    pdf = await readPdfText(bytes);
  });

  it('flows onto further pages, numbered on every page', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`第${i + 1}页/共${pdf.pages.length}页`);
      expect(page).toContain('编号：110101-XXB-2024-000456');
      expect(page).toContain('由Shebao社保平台生成');
    });
  });

  it('repeats the header row and names the document it continues on the next page', () => {
    const second = pdf.pages[1]!;
    expect(second).toContain('基本养老保险关系转移接续信息表（续）');
    expect(second).toContain('序号起始年月终止年月缴费月数月缴费基数（元）参保身份账户类型');
  });

  it('keeps every period, in order, each exactly once', () => {
    const all = pdf.pages.join('');
    const positions = periods.map((period, i) => {
      const row = `${i + 1}${period.from.slice(0, 4)}年01月${period.to.slice(0, 4)}年12月12`;
      expect(all.split(row)).toHaveLength(2);
      return all.indexOf(row);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(all).toContain('602024年01月2024年12月127,383.55'); // 10,000 + 59 × 12,345 fen
    expect(all).toContain('合计720');
  });

  it('keeps the seal on the page with the agency section it closes', () => {
    const last = pdf.pages.at(-1)!;
    expect(last).toContain('四、经办机构');
    expect(last).toContain('经办人：赵磊复核人：孙丽2024年3月15日');
  });

  it('stays small: the fonts are embedded once, as subsets', () => {
    expect(bytes.byteLength).toBeLessThan(300_000);
  });
});

describe('renderInformationTable refuses a table that must not be issued', () => {
  const refusal = async (table: InformationTable) => {
    const error = await render(table).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentDataError);
    return (error as DocumentDataError).path;
  };
  const period = sampleInformationTable.periods[0]!;

  it('when the total is not the sum of the individual account and the pooled fund', async () => {
    expect(await refusal({ ...sampleInformationTable, totalFen: 6_281_751n })).toBe('totalFen');
  });

  it('when an amount is negative or not whole fen', async () => {
    expect(await refusal({ ...sampleInformationTable, pooledFundFen: -1 })).toBe('pooledFundFen');
    const individualAccount = {
      ...sampleInformationTable.individualAccount,
      since1998BalanceFen: 0.5,
    };
    expect(await refusal({ ...sampleInformationTable, individualAccount })).toBe(
      'individualAccount.since1998BalanceFen',
    );
  });

  it('without periods, or with a period that pays more months than it spans or ends before it starts', async () => {
    expect(await refusal({ ...sampleInformationTable, periods: [] })).toBe('periods');
    expect(await refusal({ ...sampleInformationTable, periods: [{ ...period, months: 25 }] })).toBe(
      'periods[0].months',
    );
    expect(
      await refusal({
        ...sampleInformationTable,
        periods: [{ ...period, from: '2008-01', to: '2007-12' }],
      }),
    ).toBe('periods[0].to');
    expect(
      await refusal({ ...sampleInformationTable, periods: [{ ...period, from: '2006-13' }] }),
    ).toBe('periods[0].from');
  });
});
