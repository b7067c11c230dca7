import type { CardsMessages } from './cards-messages.zh-CN.ts';

/** The words of My social security cards in English. */
export const cardsEn: CardsMessages = {
  accountLink: 'My social security cards',
  list: {
    title: 'My social security cards',
    intro:
      'These are the social security cards in your name. Choose a card to see its history, or to enable it, report it lost, end a loss report, get a new one or cancel it.',
    none: 'We found no social security card in your name. If you have had one made, call 12333.',
    notBound: 'Before you can see your cards, confirm who you are.',
    backAfter: 'You will come back here afterwards.',
    view: (number: string) => `View card ${number}`,
  },
  fields: {
    status: 'Status',
    region: 'Issued by',
    number: 'Card number',
    identificationCode: 'Card identification code',
    holder: 'Card holder',
    issuedOn: 'Issued on',
    expiresOn: 'Valid until',
  },
  flags: {
    locked: 'Service password locked',
    expired: 'Past its validity',
    offered: 'You may cancel it',
  },
  card: {
    title: 'Card details',
    back: 'Back to my cards',
    backToCard: 'Back to this card',
    notNow: 'This cannot be done with this card at the moment.',
    sealed:
      'This card has not been enabled yet and cannot be used. To enable it you set a six-digit service password.',
    temporaryLoss: 'This card is reported lost for now and cannot be used.',
    temporaryLossEnds: (date: string, time: string) =>
      `Unless you end it first, the report ends by itself on ${date} at ${time} and the card works again.`,
    temporaryLossNext:
      'If you find the card, you can end the report straight away. If you cannot find it, ask for a replacement.',
    formalLoss:
      'This card is formally reported lost. It cannot be used again and the report cannot be undone.',
    cancelled: 'This card is cancelled and cannot be used.',
    cancelledBecause: (reason: string) => `Why it was cancelled: ${reason}`,
    expired: 'This card is past its validity. Ask for a renewal.',
    locked:
      'The service password was entered wrongly six times in a row and is locked. Take your identity document to a social insurance agency to reset it. You can still report the card lost, replace it or cancel it.',
    pending: (label: string) => `${label}.`,
    pendingSince: (date: string) =>
      `You asked for this on ${date}. The social insurance agency that issued the card handles it.`,
    pendingReason: (reason: string) => `Reason: ${reason}`,
    actionsHeading: 'What you can do',
    noActions: 'Nothing can be done online with this card at the moment.',
    timeline: 'History',
    timelineIntro: 'The newest entry is at the top.',
    byWho: (who: string, date: string, time: string) => `${who} · ${date} ${time}`,
    reason: (reason: string) => `Reason: ${reason}`,
    note: (note: string) => `The agency says: ${note}`,
  },
  offer: {
    heading: 'You may cancel this card',
    body: (reason: string) =>
      `${reason}. This card still works in other provinces: you can keep it, or ask for it to be cancelled.`,
    cancel: 'Ask to cancel this card',
    keep: 'Keep this card',
  },
  actions: {
    enable: { link: 'Enable the card', hint: 'Set a service password and start using it.' },
    'report-temporary-loss': {
      link: 'Report it lost for now',
      hint: 'Lost or stolen: stop anyone else using it.',
    },
    unblock: { link: 'End the loss report', hint: 'You found the card: use it again.' },
    'request-renewal': {
      link: 'Renew the card',
      hint: 'It will expire soon: ask for a new one.',
    },
    'request-replacement': {
      link: 'Replace the card',
      hint: 'Lost, damaged or with wrong details: ask for a new one.',
    },
    cancel: { link: 'Cancel the card', hint: 'You no longer need this card.' },
    'decline-cancellation-offer': { link: 'Keep this card', hint: '' },
  },
  renewalLater: (expires: string, from: string) =>
    `This card is valid until ${expires}. You can ask for a renewal in the 60 days before it expires, that is from ${from}.`,
  renewalOpen: (expires: string) =>
    `This card is valid until ${expires}. You can ask for a renewal now.`,
  gate: {
    heading: 'First, confirm it is you',
    body: 'Before you change anything on a social security card, we need to check that it is really you (real-person authentication).',
    link: 'Confirm it is you',
    backAfter: 'You will come back to this page afterwards.',
    done: 'You have confirmed it is you. You can carry on.',
    bound: 'Your identity is confirmed.',
  },
  enable: {
    title: 'Enable your card',
    intro:
      'Set a six-digit service password for this card. You may be asked for it at a hospital, a pharmacy or in the electronic card.',
    password: 'Service password',
    passwordHint:
      'Six digits. Do not use your birthday, or the same or consecutive digits (such as 111111 or 123456).',
    repeat: 'Enter the service password again',
    show: 'Show password',
    submit: 'Enable this card',
    passwordMissing: 'Enter a six-digit service password',
    passwordFormat: 'The service password must be six digits',
    repeatMissing: 'Enter the service password again',
    mismatch: 'The two passwords are not the same. Enter them again',
  },
  'report-temporary-loss': {
    title: 'Report your card lost',
    intro: 'Once you report it, the card stops working straight away, so nobody else can use it.',
    ends: 'The report ends by itself after a while; the card’s page shows when. If you find the card, you can end it at any time.',
    formal: 'If you are sure it is gone, ask for a replacement after reporting it.',
    submit: 'Report it lost',
  },
  unblock: {
    title: 'End the loss report',
    intro: 'Once you end the report, the card works again straight away.',
    check: 'Make sure you have the card with you.',
    submit: 'End the loss report',
  },
  'request-renewal': {
    title: 'Renew your card',
    intro:
      'A social security card is valid for 10 years. In the 60 days before it expires you can ask for a new one here.',
    when: (expires: string, from: string) =>
      `This card is valid until ${expires}. You can ask from ${from}.`,
    what: 'The social insurance agency that issued the card makes the new one. When it is issued, this old card is cancelled. You enable the new card before you use it.',
    submit: 'Ask for a renewal',
  },
  'request-replacement': {
    title: 'Replace your card',
    intro: 'If the card is lost, damaged or shows wrong details, you can ask for a new one.',
    what: 'The social insurance agency that issued the card makes the new one. When it is issued, this old card is cancelled. You enable the new card before you use it.',
    submit: 'Ask for a replacement',
  },
  cancel: {
    title: 'Cancel your card',
    reasonLegend: 'Why do you want to cancel this card?',
    reasonHint: 'Choose one reason.',
    reasonMissing: 'Choose why you want to cancel the card',
    reasonOption: (reason: string, how: string) => `${reason} — ${how}`,
    continue: 'Continue',
    online: 'Cancelled online straight away.',
    agency: 'Done by the agency that issued the card: you bring documents.',
    refusals: {
      NO_LIVE_CARD_IN_ANOTHER_REGION:
        'You have no card in use from another region, so this reason does not apply.',
      NO_NEWER_LIVE_CARD:
        'You have no newer card from the same region, so this reason does not apply.',
      NOT_BY_HOLDER: 'This reason cannot be given by the card holder.',
    },
    refusedOther: 'This card cannot be cancelled for that reason at the moment.',
    checkTitle: 'Check and cancel your card',
    reasonLabel: 'Reason',
    change: 'Change',
    onlineWhat:
      'Once you confirm, this card is cancelled straight away. It cannot be used again or restored. Your other cards are not affected.',
    agencyWhat:
      'Once you confirm, we pass your request to the social insurance agency that issued the card. It cancels the card after checking; until then the card still works.',
    bringHeading: 'Bring these documents',
    bring: {
      'settled-abroad': [
        'Your identity document',
        'Proof that you have settled abroad, such as a long-term residence permit of that country',
      ],
      'foreign-nationality': [
        'Your identity document or foreign passport',
        'Proof of your foreign nationality',
      ],
      'moved-out-of-province': ['Your identity document'],
      'duplicate-card-in-another-region': [],
      replacement: [],
    },
    bringCard: 'If you still have this card, bring it too.',
    submit: 'Cancel the card',
  },
  'decline-cancellation-offer': {
    title: 'Keep this card',
    intro:
      'If you keep it, the card works as before and we will not suggest cancelling it again. You can still ask for it to be cancelled later.',
    submit: 'Keep the card',
  },
  ecard: {
    link: 'Electronic card',
    linkHint: 'Show a QR code on your phone at a hospital, a pharmacy or an office.',
    title: 'Electronic social security card',
    intro:
      'The electronic card belongs to this card. At a hospital, a pharmacy or an office, show its QR code for the staff to scan.',
    apply: 'Get the electronic card',
    applied: 'You have the electronic card: you can show its QR code now.',
    cancelled: 'This card is cancelled: its electronic card cannot be had or used.',
    show: 'Show the QR code',
    refresh: 'Show a new QR code',
    qrHeading: 'Let the staff scan this QR code',
    qrLabel: 'QR code of the electronic social security card',
    validUntil: (time: string) => `The QR code works until ${time}; then show a new one.`,
    expired: 'The QR code has run out. Show a new one.',
    tokenLabel: 'The text of the QR code (if it will not scan, the staff can type this in)',
    refusals: {
      'card-cancelled': 'This card is cancelled, so its electronic card cannot be used.',
      'card-not-usable':
        'This card cannot be used now (not enabled yet, or formally reported lost), so neither can its electronic card.',
      'loss-authorisation-required':
        'This card is reported lost for now. While it is, the electronic card works only if you allow it.',
    },
    authorise: 'Allow it for 30 minutes',
    authorised: (time: string) => `You allowed it while the card is reported lost, until ${time}.`,
    problem: 'This cannot be done now',
  },
  family: {
    link: 'Family: the electronic cards of your family members',
    title: 'Family members',
    intro:
      'You can add up to 8 family members. Children under 18 are added straight away, and you get and show their electronic cards for them; adults get an invitation, and once they accept, you can show their electronic cards.',
    placesLeft: (left: number, limit: number) => `You can add ${left} more (${limit} in all).`,
    none: 'You have not added any family members.',
    add: 'Add a family member',
    relations: { spouse: 'Spouse', parent: 'Parent', child: 'Child', other: 'Other relative' },
    kinds: { minor: 'Under 18', adult: 'Adult' },
    active: 'Joined',
    invited: 'Waiting for them to accept',
    invitationUntil: (date: string) => `The invitation is open until ${date}.`,
    showQr: (name: string) => `Show the electronic card QR code of ${name}`,
    noEcard: 'They have no electronic card you can show yet.',
    applyFor: (number: string) => `Get the electronic card for them (card ${number})`,
    remove: (name: string) => `Remove ${name}`,
    removeConfirm: (name: string) =>
      `Remove ${name}? You will no longer be able to show their electronic card.`,
    removeYes: 'Remove',
    keep: 'Cancel',
    added: 'The family member is added.',
    invitedNotice:
      'The invitation is sent. Once they sign in and accept, you can show their electronic card.',
    removed: 'Removed.',
    membershipsHeading: 'Family who invited me',
    membershipsNone: 'No family member has invited you.',
    membershipOf: (name: string, relation: string) => `${name} added you as: ${relation}`,
    accept: 'Accept',
    decline: 'Decline',
    leave: 'Leave',
    accepted: 'You accepted. They can now show your electronic card.',
    declined: 'You declined the invitation.',
    left: 'You left. They can no longer show your electronic card.',
    addTitle: 'Add a family member',
    name: "Family member's name",
    nameHint: 'As on their identity card',
    citizenId: "Family member's ID number",
    citizenIdHint: '18 characters; the last may be X. Spaces are fine.',
    relation: 'Who are they to you?',
    submit: 'Add',
    nameMissing: "Enter the family member's name",
    citizenIdMissing: "Enter the family member's ID number",
    relationMissing: 'Choose who they are to you',
    ecardTitle: "A family member's electronic card",
    back: 'Back to family members',
  },
  verify: {
    title: 'Verify an electronic social security card',
    intro:
      'For the staff of hospitals, pharmacies and offices: scan the QR code the card holder shows to check that it is valid.',
    token: 'Text of the QR code',
    tokenHint:
      'A handheld scanner fills this in and checks it at once; you can also paste or type the text shown under the QR code.',
    submit: 'Verify',
    photo: 'Or choose a photo of the QR code',
    photoHint: 'Take a photo of the QR code with a phone or a camera, then choose it here.',
    tokenMissing: 'Scan the QR code, or enter its text',
    photoUnreadable: 'We found no QR code in the photo. Take it again, with the whole code sharp.',
    validTitle: 'The electronic card is valid',
    invalidTitle: 'The electronic card cannot be used',
    holder: 'Card holder',
    region: 'Issued by',
    cardState: 'Card status',
    expiresAt: 'QR code valid until',
    lossAuthorised:
      'The holder reported the card lost for now and allowed the electronic card meanwhile.',
    reasons: {
      expired: 'The QR code has run out. Ask the card holder to show a new one.',
      'card-cancelled':
        'This social security card is cancelled: its electronic card cannot be used.',
      'card-not-usable':
        'This social security card cannot be used now (not enabled, formally reported lost, or reported lost without the holder allowing the electronic card). The holder should contact the agency.',
      malformed:
        'This is not a valid electronic card QR code. Ask the card holder to show it again.',
      'unknown-key':
        'This is not a valid electronic card QR code. Ask the card holder to show it again.',
      'bad-signature':
        'This is not a valid electronic card QR code. Ask the card holder to show it again.',
    },
    again: 'Verify another',
  },
  problem: {
    title: 'There is a problem',
    network:
      'We cannot reach the server. What you entered is still here: check your connection and try again.',
    lapsed:
      'Your real-person authentication has run out. Confirm it is you again: you will come back to this page and keep what you chose.',
    changed:
      'This card changed a moment ago (perhaps on another device). Below is how it is now: check it before you send again.',
    notAllowed: (status: string) =>
      `This card is now “${status}”, so this cannot be done. Below is how it is now.`,
    tooEarly: (from: string, expires: string) =>
      `You cannot ask for a renewal yet. This card is valid until ${expires}; you can ask from ${from}. If the card is damaged or lost, ask for a replacement instead.`,
    notFound: 'We cannot find this card. Go back to your cards and choose again.',
    notBound: 'First confirm who you are.',
    other: 'The service is busy. What you entered is still here: try again later.',
    toReplacement: 'Ask for a replacement',
  },
  done: {
    enable: {
      title: 'Your card is enabled',
      next: 'You can use this card now. Remember your service password and tell it to nobody.',
    },
    'report-temporary-loss': {
      title: 'Your card is reported lost',
      next: 'The card cannot be used now.',
    },
    unblock: { title: 'The loss report has ended', next: 'The card works again.' },
    'request-renewal': {
      title: 'You have asked for a renewal',
      next: 'The agency that issued the card makes the new one; you can follow it in the card’s history. When it is issued, this old card is cancelled.',
    },
    'request-replacement': {
      title: 'You have asked for a replacement',
      next: 'The agency that issued the card makes the new one; you can follow it in the card’s history. When it is issued, this old card is cancelled.',
    },
    cancelled: {
      title: 'Your card is cancelled',
      next: 'This card is cancelled and cannot be used. Your other cards are not affected.',
    },
    cancellationRequested: {
      title: 'You have asked to cancel your card',
      next: 'We passed your request to the agency that issued the card. Take the documents below to the agency; until it cancels the card, the card still works.',
    },
    'decline-cancellation-offer': {
      title: 'You are keeping this card',
      next: 'The card works as before.',
    },
    whatNext: 'What happens next',
    agencyWhere: 'Where: the social insurance agency of ',
    agencySuffix: '',
    viewCard: 'View this card',
    allCards: 'Back to my cards',
  },
};
