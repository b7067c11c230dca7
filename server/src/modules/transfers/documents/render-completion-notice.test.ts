import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentDataError } from './document-data-error.ts';
import { GENERATED_AT, sampleCompletionNotice } from './document-test-data.ts';
import type { CompletionNotice } from './document-types.ts';
import { readPdfText, type PdfReading } from './read-pdf-text.ts';
import { renderCompletionNotice } from './render-completion-notice.ts';

const render = (notice: CompletionNotice) =>
  renderCompletionNotice(notice, { generatedAt: GENERATED_AT });

describe('renderCompletionNotice', () => {
  let pdf: PdfReading;
  beforeAll(async () => {
    pdf = await readPdfText(await render(sampleCompletionNotice));
  });

  it('is titled, numbered and issued by the transfer-in agency, on one page', () => {
    expect(pdf.pages).toHaveLength(1);
    const [page] = pdf.pages;
    expect(page).toContain('基本养老保险关系转移接续完成告知书');
    expect(page).toContain('编号：440100-WCGZ-2024-000789');
    expect(page).toContain('出具机构：广州市社会保险基金管理中心（演示）');
    expect(page).toContain('第1页/共1页');
    expect(page).toContain('由Shebao社保平台生成生成时间：2024-03-0610:15:30（北京时间）');
  });

  it('tells the person, by name and full ID number, that the transfer is complete and from where', () => {
    const [page] = pdf.pages;
    expect(page).toContain('林秀英（公民身份号码：11010519491231002X）：');
    expect(page).toContain('已于2024年3月22日办结');
    expect(page).toContain(
      '已由北京市东城区社会保险事业管理中心（演示）转入广州市社会保险基金管理中心（演示）',
    );
  });

  it('lists the references, the months carried over and the money received in yuan', () => {
    const [page] = pdf.pages;
    expect(page).toContain('申请编号ZY20240304000001办结日期2024年3月22日');
    expect(page).toContain('联系函编号440100-LXH-2024-000123信息表编号110101-XXB-2024-000456');
    expect(page).toContain('转入缴费年限84个月（7年）');
    expect(page).toContain('转入个人账户储存额23,456.78');
    expect(page).toContain('转入统筹基金39,360.72');
    expect(page).toContain('转入资金合计62,817.50');
  });

  it('says whom to ask, and ends with the seal and the issue date', () => {
    const [page] = pdf.pages;
    expect(page).toContain('电话020-12345678');
    expect(page).toContain('地址广东省广州市天河区示例路100号（邮政编码510000）');
    expect(page).toContain('（业务专用章）2024年3月25日');
  });
});

describe('renderCompletionNotice refuses a notice that must not be issued', () => {
  const refusal = async (notice: CompletionNotice) => {
    const error = await render(notice).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentDataError);
    return (error as DocumentDataError).path;
  };

  it('when the total is not the sum of what was received', async () => {
    expect(await refusal({ ...sampleCompletionNotice, pooledFundFen: 3_936_000 })).toBe('totalFen');
  });

  it('without the information table it completes, or with a fractional month count', async () => {
    expect(await refusal({ ...sampleCompletionNotice, informationTableNumber: '' })).toBe(
      'informationTableNumber',
    );
    expect(await refusal({ ...sampleCompletionNotice, contributionMonths: 1.5 })).toBe(
      'contributionMonths',
    );
  });
});
