import { SMS_SIGNATURE } from './sms-signature.ts';

/**
 * The card events the holder is told about, and what they are told: what happened to the card
 * without them, or what they must act on — a card made for them, a temporary loss report that
 * ended by itself, a password locked (perhaps by someone else), a request refused, a cancellation
 * offered — and a card cancelled, whoever asked (for one cancelled online by the holder, the message
 * is the record of it). Told twice, as a transfer's steps are: in 我的消息 and by a text message
 * to the phone in the person's record (the card has no contact phone of its own), so that a
 * locked password or a cancellation the holder did not ask for reaches them at once.
 */
export const notifiedCardEvents = [
  'issued',
  'temporary-loss-expired',
  'password-locked',
  'request-refused',
  'cancellation-offered',
  'cancelled',
] as const;
export type NotifiedCardEvent = (typeof notifiedCardEvents)[number];

/** A message in both languages; no card number, no name, no reason beyond what the page shows. */
export interface CardMessage {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  /** Chinese only (the SMS channel of the platform), as short as the message allows. */
  sms: string;
}

const SEE_ZH = '详情请在“我的社保卡”查看。';
const SEE_EN = 'See My social security cards for the details.';
const SMS_SEE_MORE = '详情请登录社保服务平台“我的社保卡”查看。';

/**
 * The message for a card event, or undefined when there is none to send: a card cancelled because
 * its holder died (nobody to tell) or because a replacement was issued (told as the new card).
 */
export function cardEventMessage(
  event: NotifiedCardEvent,
  facts: { replacesCardId?: string | null; reasonCode?: string | null },
): CardMessage | undefined {
  switch (event) {
    case 'issued':
      return facts.replacesCardId
        ? {
            titleZh: '新社保卡已制发',
            titleEn: 'Your new card has been made',
            bodyZh: `您申请的新社保卡已制发，旧卡已停用。领到新卡后请启用。${SEE_ZH}`,
            bodyEn: `The new card you asked for has been made and the old one no longer works. Enable the new card once you have it. ${SEE_EN}`,
            sms: `${SMS_SIGNATURE}您申请的新社保卡已制发，旧卡已停用。领到新卡后请启用。${SMS_SEE_MORE}`,
          }
        : {
            titleZh: '社保卡已制发',
            titleEn: 'Your card has been made',
            bodyZh: `您的社保卡已制发。领到卡后请启用。${SEE_ZH}`,
            bodyEn: `Your social security card has been made. Enable it once you have it. ${SEE_EN}`,
            sms: `${SMS_SIGNATURE}您的社保卡已制发，领到卡后请启用。${SMS_SEE_MORE}`,
          };
    case 'temporary-loss-expired':
      return {
        titleZh: '临时挂失已到期',
        titleEn: 'Your temporary loss report has ended',
        bodyZh: `您的社保卡临时挂失已到期，自动解除，卡片恢复正常使用。如卡片仍未找到，请办理正式挂失。${SEE_ZH}`,
        bodyEn: `The temporary loss report on your card ended by itself and the card works again. If it is still lost, report it lost formally. ${SEE_EN}`,
        sms: `${SMS_SIGNATURE}您的社保卡临时挂失已到期自动解除，卡片恢复使用。如卡片仍未找到，请办理正式挂失。`,
      };
    case 'password-locked':
      return {
        titleZh: '社保卡密码已锁定',
        titleEn: 'Your card’s password is locked',
        bodyZh: `您的社保卡密码连续输错6次，已锁定。如非本人操作，请尽快挂失。重置密码请带身份证件到社保经办网点办理。${SEE_ZH}`,
        bodyEn: `The wrong password was entered six times in a row, so the card’s password is locked. If it was not you, report the card lost now. To reset the password, take your identity document to a social insurance office. ${SEE_EN}`,
        sms: `${SMS_SIGNATURE}您的社保卡密码连续输错6次，已锁定。如非本人操作，请尽快挂失。`,
      };
    case 'request-refused':
      return {
        titleZh: '社保卡申请未获办理',
        titleEn: 'Your card request was refused',
        bodyZh: `经办机构未办理您的社保卡申请，原因已写在卡片记录中。${SEE_ZH}`,
        bodyEn: `The agency refused your card request; the reason is in the card’s record. ${SEE_EN}`,
        sms: `${SMS_SIGNATURE}经办机构未办理您的社保卡申请，原因${SMS_SEE_MORE}`,
      };
    case 'cancellation-offered':
      return {
        titleZh: '您的社保卡可以注销',
        titleEn: 'You may cancel a card',
        bodyZh: `经办机构提示：您的一张社保卡可以申请注销。请在“我的社保卡”中选择注销或保留。`,
        bodyEn: `The agency tells you that one of your cards may be cancelled. Choose to cancel or keep it in My social security cards.`,
        sms: `${SMS_SIGNATURE}经办机构提示：您有一张社保卡可以申请注销，请登录社保服务平台“我的社保卡”选择注销或保留。`,
      };
    case 'cancelled':
      if (facts.reasonCode === 'death' || facts.reasonCode === 'replacement') return undefined;
      return {
        titleZh: '社保卡已注销',
        titleEn: 'Your card has been cancelled',
        bodyZh: `您的一张社保卡已注销，不能再使用。${SEE_ZH}`,
        bodyEn: `One of your social security cards has been cancelled and can no longer be used. ${SEE_EN}`,
        sms: `${SMS_SIGNATURE}您的一张社保卡已注销，不能再使用。如非本人申请，请尽快联系社保经办机构。`,
      };
  }
}
