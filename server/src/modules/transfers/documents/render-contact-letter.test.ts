import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentDataError } from './document-data-error.ts';
import { GENERATED_AT, sampleContactLetter } from './document-test-data.ts';
import type { ContactLetter } from './document-types.ts';
import { readPdfText, type PdfReading } from './read-pdf-text.ts';
import { renderContactLetter } from './render-contact-letter.ts';

const render = (letter: ContactLetter) =>
  renderContactLetter(letter, { generatedAt: GENERATED_AT });

describe('renderContactLetter', () => {
  let bytes: Uint8Array;
  let pdf: PdfReading;
  beforeAll(async () => {
    bytes = await render(sampleContactLetter);
    pdf = await readPdfText(bytes);
  });

  it('is a one-page PDF titled, numbered and naming its issuer', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages).toHaveLength(1);
    const [page] = pdf.pages;
    expect(page).toContain('基本养老保险关系转移接续联系函');
    expect(page).toContain('编号：440100-LXH-2024-000123');
    expect(page).toContain('出具机构：广州市社会保险基金管理中心（演示）');
    expect(pdf.info.Title).toBe('基本养老保险关系转移接续联系函（440100-LXH-2024-000123）');
    expect(pdf.info.Author).toBe('广州市社会保险基金管理中心（演示）');
    expect(pdf.language).toBe('zh-CN');
  });

  it('is addressed to the transfer-out agency and asks it to move the relationship', () => {
    expect(pdf.pages[0]).toContain('北京市东城区社会保险事业管理中心（演示）：兹有参保人员林秀英');
    expect(pdf.pages[0]).toContain('申请将职工基本养老保险关系转入我地');
  });

  it('identifies the person in full, each value beside its label', () => {
    const page = pdf.pages[0];
    expect(page).toContain('姓名林秀英');
    expect(page).toContain('性别女');
    expect(page).toContain('公民身份号码11010519491231002X');
    expect(page).toContain('原个人编号GZ-00012345');
    expect(page).toContain('险种职工基本养老保险');
    expect(page).toContain('申请编号ZY20240304000001');
  });

  it('tells where to send the table and the funds', () => {
    const page = pdf.pages[0];
    expect(page).toContain('机构名称广州市社会保险基金管理中心（演示）');
    expect(page).toContain('地址广东省广州市天河区示例路100号');
    expect(page).toContain('邮政编码510000');
    expect(page).toContain('联系电话020-12345678');
    expect(page).toContain('开户银行中国工商银行广州示例支行');
    expect(page).toContain('户名广州市社会保险基金收入户（演示）');
    expect(page).toContain('银行账号3602000000000000001');
  });

  it('ends with the seal lines and the issue date, and a footer with China time and page numbers', () => {
    const page = pdf.pages[0];
    expect(page).toContain(
      '广州市社会保险基金管理中心（演示）（业务专用章）经办人：陈明复核人：王芳2024年3月6日',
    );
    expect(page).toContain('由Shebao社保平台生成生成时间：2024-03-0610:15:30（北京时间）');
    expect(page).toContain('第1页/共1页');
  });

  it('embeds only a subset of the CJK fonts, so the file stays small', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifCJKsc-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Bold/);
    expect(bytes.byteLength).toBeLessThan(250_000); // the font files are 46 MB
  });

  it('gives the same bytes for the same letter and generation time', async () => {
    expect(Buffer.from(await render(sampleContactLetter)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('prints 无 for a missing former personal number and leaves out an unknown bank account', async () => {
    const { bankAccount: _, ...agency } = sampleContactLetter.transferInAgency;
    const letter = {
      ...sampleContactLetter,
      person: { ...sampleContactLetter.person, formerPersonalNumber: null },
      transferInAgency: agency,
    };
    const [page] = (await readPdfText(await render(letter))).pages;
    expect(page).toContain('原个人编号无');
    expect(page).not.toContain('银行账号');
  });
});

describe('renderContactLetter refuses a letter that must not be issued', () => {
  const refusal = async (letter: ContactLetter) => {
    const error = await render(letter).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentDataError);
    return error as DocumentDataError;
  };
  const person = sampleContactLetter.person;

  it('with a wrong check character, never repeating the number in the message', async () => {
    const error = await refusal({
      ...sampleContactLetter,
      person: { ...person, citizenId: '110105194912310021' },
    });
    expect(error.path).toBe('person.citizenId');
    expect(error.message).not.toContain('110105194912310021');
  });

  it('with a sex that contradicts the ID number', async () => {
    const error = await refusal({ ...sampleContactLetter, person: { ...person, sex: 'male' } });
    expect(error.path).toBe('person.sex');
  });

  it('with a blank number, a bad post code, a non-date or no seal', async () => {
    const agency = sampleContactLetter.transferInAgency;
    expect((await refusal({ ...sampleContactLetter, letterNumber: ' ' })).path).toBe(
      'letterNumber',
    );
    expect(
      (await refusal({ ...sampleContactLetter, transferInAgency: { ...agency, postCode: '5100' } }))
        .path,
    ).toBe('transferInAgency.postCode');
    expect((await refusal({ ...sampleContactLetter, issuedOn: '2024-02-30' })).path).toBe(
      'issuedOn',
    );
    expect((await refusal({ ...sampleContactLetter, sealLines: [] })).path).toBe('sealLines');
  });
});
