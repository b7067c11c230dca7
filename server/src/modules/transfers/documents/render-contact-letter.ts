import { writtenDateZh } from '../../../../../domain/calendar/index.ts';
import { addressee, closingSection, paragraph, sectionHeading } from './document-blocks.ts';
import { fieldGrid } from './document-grids.ts';
import {
  checkAgencyContact,
  checkDate,
  checkPerson,
  checkScheme,
  checkSealLines,
  checkText,
} from './document-checks.ts';
import { schemeZh, sexZh } from './document-text.ts';
import type { ContactLetter } from './document-types.ts';
import { renderOfficialDocument, type RenderOptions } from './official-document.ts';

export const CONTACT_LETTER_TITLE = '基本养老保险关系转移接续联系函';

/**
 * The contact letter (联系函) as a PDF: the transfer-in agency accepts the application and asks
 * the transfer-out agency to move the relationship and the funds. Throws DocumentDataError when a
 * required field is missing or wrong, before anything is drawn.
 */
export async function renderContactLetter(
  letter: ContactLetter,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const citizenId = checkContactLetter(letter);
  const { person, transferInAgency: inAgency, transferOutAgency: outAgency } = letter;
  const scheme = schemeZh(letter.scheme);
  const heading = {
    title: CONTACT_LETTER_TITLE,
    number: letter.letterNumber,
    issuer: inAgency.name,
  };
  return renderOfficialDocument(heading, options, (pdf) => {
    addressee(pdf, `${outAgency.name}：`);
    paragraph(
      pdf,
      `兹有参保人员${person.name}（公民身份号码：${citizenId}）申请将${scheme}关系转入我地。` +
        '经审核，符合国家规定的转移接续条件，我机构同意接收。请按规定办理转移手续，' +
        '将《基本养老保险关系转移接续信息表》寄送（传送）我机构，并将转移资金划转至下列账户。',
    );
    sectionHeading(pdf, '一、参保人员信息');
    fieldGrid(pdf, [
      { label: '姓名', value: person.name },
      { label: '性别', value: sexZh(person.sex) },
      { label: '公民身份号码', value: citizenId },
      { label: '原个人编号', value: person.formerPersonalNumber ?? '无' },
      { label: '险种', value: scheme },
      { label: '申请编号', value: letter.applicationReference ?? '无' },
    ]);
    closingSection(pdf, {
      title: '二、转入地社会保险经办机构',
      fields: [
        { label: '机构名称', value: inAgency.name, wide: true },
        { label: '地址', value: inAgency.address, wide: true },
        { label: '邮政编码', value: inAgency.postCode ?? '未登记' },
        { label: '联系电话', value: inAgency.phone },
        ...(inAgency.bankAccount
          ? [
              { label: '开户银行', value: inAgency.bankAccount.bankName, wide: true },
              { label: '户名', value: inAgency.bankAccount.accountName, wide: true },
              { label: '银行账号', value: inAgency.bankAccount.accountNumber, wide: true },
            ]
          : []),
      ],
      sealLines: letter.sealLines,
      dateText: writtenDateZh(letter.issuedOn),
    });
  });
}

/** Every required field of the letter; returns the normalised citizen ID. */
function checkContactLetter(letter: ContactLetter): string {
  checkText('letterNumber', letter.letterNumber);
  checkDate('issuedOn', letter.issuedOn);
  checkScheme('scheme', letter.scheme);
  checkText('transferOutAgency.name', letter.transferOutAgency?.name);
  checkAgencyContact('transferInAgency', letter.transferInAgency);
  const account = letter.transferInAgency.bankAccount;
  if (account)
    for (const field of ['bankName', 'accountName', 'accountNumber'] as const)
      checkText(`transferInAgency.bankAccount.${field}`, account[field]);
  checkSealLines('sealLines', letter.sealLines);
  return checkPerson('person', letter.person, letter.issuedOn);
}
