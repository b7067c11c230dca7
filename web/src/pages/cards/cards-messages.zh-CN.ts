/**
 * The words of 我的社保卡 (the holder's social security cards) in Chinese, the first language.
 * Kept beside the pages, like the back office's words: `cards-messages.en.ts` must give every
 * entry too. Plain words: this is also what the phone channel reads.
 */
export const cardsZhCN = {
  accountLink: '我的社保卡',
  list: {
    title: '我的社保卡',
    intro:
      '这里是您名下的社会保障卡（社保卡）。选择一张卡，可以查看办理记录，办理启用、挂失、解除挂失、换卡或注销。',
    none: '没有找到您名下的社保卡。如果您已经办过卡，请拨打 12333 咨询。',
    notBound: '查看社保卡前，请先绑定本人身份信息。',
    backAfter: '完成后会回到这里。',
    view: (number: string) => `查看社保卡 ${number}`,
  },
  fields: {
    status: '状态',
    region: '发卡地',
    number: '社保卡号',
    identificationCode: '卡识别码',
    holder: '持卡人',
    issuedOn: '发卡日期',
    expiresOn: '有效期至',
  },
  flags: {
    locked: '服务密码已锁定',
    expired: '已过有效期',
    offered: '可以申请注销',
  },
  card: {
    title: '社保卡详情',
    back: '返回我的社保卡',
    backToCard: '返回这张卡',
    notNow: '这张卡现在不能办理这项业务。',
    sealed: '这张卡还没有启用，暂时不能使用。启用时需要设置6位数字的服务密码。',
    temporaryLoss: '这张卡已临时挂失，暂时不能使用。',
    temporaryLossEnds: (date: string, time: string) =>
      `如果您不解除，挂失会在 ${date} ${time} 自动解除，卡恢复正常。`,
    temporaryLossNext: '找到卡了，可以马上解除挂失；找不到的话，请申请补换卡。',
    formalLoss: '这张卡已正式挂失，不能再使用，也不能解除挂失。',
    cancelled: '这张卡已注销，不能再使用。',
    cancelledBecause: (reason: string) => `注销原因：${reason}`,
    expired: '这张卡已过有效期。请申请到期换卡。',
    locked:
      '服务密码连续输错6次，已经锁定。请带本人有效身份证件到社保经办机构重置密码。挂失、换卡、注销等业务不受影响。',
    pending: (label: string) => `${label}。`,
    pendingSince: (date: string) => `您在 ${date} 提出了申请，由发卡地社保经办机构办理。`,
    pendingReason: (reason: string) => `注销原因：${reason}`,
    actionsHeading: '您可以办理',
    noActions: '这张卡现在没有可以在网上办理的业务。',
    timeline: '办理记录',
    timelineIntro: '最新的记录在最上面。',
    byWho: (who: string, date: string, time: string) => `${who} · ${date} ${time}`,
    reason: (reason: string) => `原因：${reason}`,
    note: (note: string) => `经办机构说明：${note}`,
  },
  offer: {
    heading: '这张卡可以申请注销',
    body: (reason: string) =>
      `${reason}。这张卡在其他省份也能继续使用，您可以保留它，也可以申请注销。`,
    cancel: '申请注销这张卡',
    keep: '保留这张卡',
  },
  actions: {
    enable: { link: '启用社保卡', hint: '设置服务密码后就可以使用。' },
    'report-temporary-loss': {
      link: '临时挂失',
      hint: '卡丢了或被盗，先挂失，防止别人使用。',
    },
    unblock: { link: '解除挂失', hint: '找到卡了，恢复使用。' },
    'request-renewal': { link: '到期换卡', hint: '有效期快到了，申请换一张新卡。' },
    'request-replacement': {
      link: '补换卡',
      hint: '卡丢了、坏了或信息有误，申请一张新卡。',
    },
    cancel: { link: '注销社保卡', hint: '不再使用这张卡。' },
    'decline-cancellation-offer': { link: '保留这张卡', hint: '' },
  },
  renewalLater: (expires: string, from: string) =>
    `这张卡有效期至 ${expires}。到期前60天内可以申请到期换卡，也就是从 ${from} 起。`,
  renewalOpen: (expires: string) => `这张卡有效期至 ${expires}，现在可以申请到期换卡。`,
  gate: {
    heading: '先确认是您本人',
    body: '办理社保卡业务前，需要先完成实人认证，确认是您本人在操作。',
    link: '进行实人认证',
    backAfter: '完成后会回到这一页。',
    done: '实人认证已完成，请继续办理。',
    bound: '已绑定您的身份信息。',
  },
  enable: {
    title: '启用社保卡',
    intro:
      '请为这张卡设置6位数字的服务密码。在医院、药店或电子社保卡上办理业务时，可能需要输入这个密码。',
    password: '服务密码',
    passwordHint: '6位数字。不要用生日、相同或连续的数字（例如 111111、123456）。',
    repeat: '再输入一次服务密码',
    show: '显示密码',
    submit: '启用这张卡',
    passwordMissing: '请输入6位数字的服务密码',
    passwordFormat: '服务密码必须是6位数字',
    repeatMissing: '请再输入一次服务密码',
    mismatch: '两次输入的服务密码不一样，请重新输入',
  },
  'report-temporary-loss': {
    title: '临时挂失社保卡',
    intro: '临时挂失后，这张卡马上暂停使用，别人拿到卡也不能用。',
    ends: '挂失到期会自动解除，到期时间会显示在这张卡的页面上。找到卡后，您可以随时解除挂失。',
    formal: '如果确定找不到了，挂失后请申请补换卡。',
    submit: '确认挂失',
  },
  unblock: {
    title: '解除挂失',
    intro: '解除挂失后，这张卡马上恢复正常使用。',
    check: '请确认卡已经在您本人手里。',
    submit: '确认解除挂失',
  },
  'request-renewal': {
    title: '到期换卡',
    intro: '社保卡有效期10年。到期前60天内，可以在这里申请换一张新卡。',
    when: (expires: string, from: string) => `这张卡有效期至 ${expires}，从 ${from} 起可以申请。`,
    what: '发卡地社保经办机构会为您制作新卡。新卡发出时，这张旧卡会自动注销。领到新卡后，需要先启用才能使用。',
    submit: '申请到期换卡',
  },
  'request-replacement': {
    title: '补换卡',
    intro: '卡丢了、坏了或卡面信息有误，可以申请一张新卡。',
    what: '发卡地社保经办机构会为您制作新卡。新卡发出时，这张旧卡会自动注销。领到新卡后，需要先启用才能使用。',
    submit: '申请补换卡',
  },
  cancel: {
    title: '注销社保卡',
    reasonLegend: '为什么要注销这张卡？',
    reasonHint: '请选择一个原因。',
    reasonMissing: '请选择注销原因',
    reasonOption: (reason: string, how: string) => `${reason}（${how}）`,
    continue: '继续',
    online: '在网上马上注销。',
    agency: '由发卡地社保经办机构办理，需要带材料去。',
    refusals: {
      NO_LIVE_CARD_IN_ANOTHER_REGION: '您在其他地区没有正在使用的社保卡，不能用这个原因注销。',
      NO_NEWER_LIVE_CARD: '您没有同一发卡地发的更新的社保卡，不能用这个原因注销。',
      NOT_BY_HOLDER: '这个原因不能由本人申请。',
    } as Record<string, string>,
    refusedOther: '现在不能用这个原因注销这张卡。',
    checkTitle: '确认注销社保卡',
    reasonLabel: '注销原因',
    change: '修改',
    onlineWhat: '确认后这张卡马上注销，不能再使用，也不能恢复。您其他的社保卡不受影响。',
    agencyWhat:
      '确认后，我们会把注销申请交给发卡地社保经办机构。经办机构核实后才会注销这张卡；在这之前，这张卡仍可以正常使用。',
    bringHeading: '请带上这些材料',
    bring: {
      'settled-abroad': ['本人有效身份证件', '出国（境）定居的证明，例如定居国发的长期居留证明'],
      'foreign-nationality': ['本人有效身份证件或外国护照', '加入外国国籍的证明'],
      'moved-out-of-province': ['本人有效身份证件'],
      'duplicate-card-in-another-region': [],
      replacement: [],
    } as Record<string, string[]>,
    bringCard: '如果这张卡还在您手里，请一并带上。',
    submit: '确认注销',
  },
  'decline-cancellation-offer': {
    title: '保留这张社保卡',
    intro: '保留后，这张卡照常使用，我们不会再提示您注销它。以后需要时，您仍然可以申请注销。',
    submit: '确认保留',
  },
  problem: {
    title: '出现问题',
    network: '无法连接到服务器。您填写的内容还在，请检查网络后重试。',
    lapsed: '实人认证已过期，请重新进行实人认证。完成后会回到这一页，您选择的内容不会丢失。',
    changed: '这张卡的状态刚刚有变化（可能在其他设备上办理过）。下面是最新的状态，请确认后再提交。',
    notAllowed: (status: string) =>
      `这张卡现在的状态是“${status}”，不能办理这项业务。下面是最新的状态。`,
    tooEarly: (from: string, expires: string) =>
      `现在还不能申请到期换卡。这张卡有效期至 ${expires}，从 ${from} 起才可以申请。如果卡坏了或丢了，请申请补换卡。`,
    notFound: '没有找到这张卡。请回到我的社保卡重新选择。',
    notBound: '请先绑定本人身份信息。',
    other: '系统繁忙，您填写的内容还在，请稍后再试。',
    toReplacement: '申请补换卡',
  },
  done: {
    enable: {
      title: '社保卡已启用',
      next: '这张卡现在可以使用了。请记住您设置的服务密码，不要告诉别人。',
    },
    'report-temporary-loss': {
      title: '社保卡已临时挂失',
      next: '这张卡已暂停使用。',
    },
    unblock: { title: '已解除挂失', next: '这张卡已恢复正常使用。' },
    'request-renewal': {
      title: '到期换卡申请已提交',
      next: '发卡地社保经办机构会为您制作新卡，办理进度会显示在这张卡的办理记录中。新卡发出时，这张旧卡会自动注销。',
    },
    'request-replacement': {
      title: '补换卡申请已提交',
      next: '发卡地社保经办机构会为您制作新卡，办理进度会显示在这张卡的办理记录中。新卡发出时，这张旧卡会自动注销。',
    },
    cancelled: {
      title: '社保卡已注销',
      next: '这张卡已经注销，不能再使用。您其他的社保卡不受影响。',
    },
    cancellationRequested: {
      title: '注销申请已提交',
      next: '我们已把您的注销申请交给发卡地社保经办机构。请带上下面的材料到经办机构办理；在注销之前，这张卡仍可以正常使用。',
    },
    'decline-cancellation-offer': {
      title: '已保留这张社保卡',
      next: '这张卡照常使用。',
    },
    whatNext: '接下来',
    agencyWhere: '办理地点：',
    agencySuffix: '社会保险经办机构',
    viewCard: '查看这张卡',
    allCards: '返回我的社保卡',
  },
};

export type CardsMessages = typeof cardsZhCN;
