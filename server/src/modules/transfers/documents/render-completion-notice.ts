import { writtenDateZh } from '../../../../../domain/calendar/index.ts';
import { addressee, closingParagraph, paragraph, sectionHeading } from './document-blocks.ts';
import { dataTable, fieldGrid } from './document-grids.ts';
import {
  checkAgencyContact,
  checkDate,
  checkFen,
  checkPerson,
  checkScheme,
  checkSealLines,
  checkText,
  checkTotal,
} from './document-checks.ts';
import { DocumentDataError } from './document-data-error.ts';
import { formatFen, schemeZh } from './document-text.ts';
import type { CompletionNotice } from './document-types.ts';
import { renderOfficialDocument, type RenderOptions } from './official-document.ts';
import { monthsZh } from '../../../../../domain/transfer/plain-text.ts';

export const COMPLETION_NOTICE_TITLE = '基本养老保险关系转移接续完成告知书';

/**
 * The completion notice (转移接续完成告知) as a PDF: the transfer-in agency tells the person the
 * transfer is finished, what was received and whom to ask. Throws DocumentDataError when a field
 * is missing or the amounts do not add up, before anything is drawn.
 */
export async function renderCompletionNotice(
  notice: CompletionNotice,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const citizenId = checkCompletionNotice(notice);
  const { transferInAgency: inAgency, transferOutAgency: outAgency } = notice;
  const scheme = schemeZh(notice.scheme);
  const heading = {
    title: COMPLETION_NOTICE_TITLE,
    number: notice.noticeNumber,
    issuer: inAgency.name,
  };
  return renderOfficialDocument(heading, options, (pdf) => {
    addressee(pdf, `${notice.person.name}（公民身份号码：${citizenId}）：`);
    paragraph(
      pdf,
      `您申请的${scheme}关系转移接续已于${writtenDateZh(notice.completedOn)}办结。` +
        `您的${scheme}关系已由${outAgency.name}转入${inAgency.name}，` +
        `转入的个人账户储存额已记入您的个人账户，转入的${monthsZh(notice.contributionMonths)}缴费年限与您在本地的缴费年限合并计算。`,
    );
    sectionHeading(pdf, '一、办理情况');
    fieldGrid(pdf, [
      { label: '申请编号', value: notice.applicationReference ?? '无' },
      { label: '办结日期', value: writtenDateZh(notice.completedOn) },
      { label: '联系函编号', value: notice.contactLetterNumber },
      { label: '信息表编号', value: notice.informationTableNumber },
      { label: '转入缴费年限', value: monthsZh(notice.contributionMonths), wide: true },
      { label: '转出地经办机构', value: outAgency.name, wide: true },
      { label: '转入地经办机构', value: inAgency.name, wide: true },
    ]);
    sectionHeading(pdf, '二、转入资金及缴费年限');
    dataTable(
      pdf,
      [
        { header: '项目', share: 0.62 },
        { header: '金额（元）', share: 0.38, align: 'right' },
      ],
      [
        ['转入个人账户储存额', formatFen(notice.individualAccountFen)],
        ['转入统筹基金', formatFen(notice.pooledFundFen)],
        ['转入资金合计', formatFen(notice.totalFen)],
      ],
    );
    closingParagraph(pdf, {
      text:
        `如对以上内容有疑问，请联系${inAgency.name}，电话${inAgency.phone}，` +
        `地址${inAgency.address}${inAgency.postCode ? `（邮政编码${inAgency.postCode}）` : ''}。`,
      sealLines: notice.sealLines,
      dateText: writtenDateZh(notice.issuedOn),
    });
  });
}

/** Every required field of the notice; returns the normalised citizen ID. */
function checkCompletionNotice(notice: CompletionNotice): string {
  checkText('noticeNumber', notice.noticeNumber);
  checkText('contactLetterNumber', notice.contactLetterNumber);
  checkText('informationTableNumber', notice.informationTableNumber);
  checkDate('issuedOn', notice.issuedOn);
  checkDate('completedOn', notice.completedOn);
  checkScheme('scheme', notice.scheme);
  checkText('transferOutAgency.name', notice.transferOutAgency?.name);
  checkAgencyContact('transferInAgency', notice.transferInAgency);
  const parts = [
    checkFen('individualAccountFen', notice.individualAccountFen),
    checkFen('pooledFundFen', notice.pooledFundFen),
  ];
  checkTotal('totalFen', notice.totalFen, parts);
  if (!Number.isInteger(notice.contributionMonths) || notice.contributionMonths < 0)
    throw new DocumentDataError(
      'contributionMonths',
      'must be a whole number of months, 0 or more',
    );
  checkSealLines('sealLines', notice.sealLines);
  return checkPerson('person', notice.person, notice.issuedOn);
}
