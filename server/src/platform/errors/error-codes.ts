/**
 * Every error code the API answers with, its HTTP status and its default messages.
 * Codes are stable: clients branch on them. docs/API.md lists the same table.
 */
export const errorCodes = {
  VALIDATION_FAILED: {
    status: 400,
    zh: '提交的信息有误，请按提示修改',
    en: 'Some of the information is not valid; see the fields listed',
  },
  MALFORMED_REQUEST: {
    status: 400,
    zh: '请求格式不正确',
    en: 'The request could not be read',
  },
  AUTHENTICATION_REQUIRED: {
    status: 401,
    zh: '请先登录',
    en: 'Please sign in first',
  },
  REAL_PERSON_AUTHENTICATION_REQUIRED: {
    status: 403,
    zh: '此操作需要先完成实人认证',
    en: 'This action needs a recent real-person authentication first',
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    zh: '请求来自其他网站，已被拒绝',
    en: 'The request came from another site and was refused',
  },
  NOT_FOUND: { status: 404, zh: '找不到您要的内容', en: 'Not found' },
  APPLICATION_NOT_FOUND: {
    status: 404,
    zh: '找不到这个申请',
    en: 'There is no such application',
  },
  NOTIFICATION_NOT_FOUND: {
    status: 404,
    zh: '找不到这条消息',
    en: 'There is no such notification',
  },
  REGION_NOT_FOUND: {
    status: 404,
    zh: '没有这个行政区划代码',
    en: 'There is no region with this code',
  },
  PERSON_NOT_FOUND: {
    status: 404,
    zh: '找不到这位参保人',
    en: 'There is no insured person with this identity',
  },
  INSURANCE_RELATIONSHIP_NOT_FOUND: {
    status: 404,
    zh: '找不到这条参保关系',
    en: 'There is no such insurance relationship',
  },
  CONFLICT: {
    status: 409,
    zh: '数据已被其他人修改，请刷新后重试',
    en: 'Someone else changed this first; reload and try again',
  },
  PERSON_ALREADY_EXISTS: {
    status: 409,
    zh: '这个身份证号码已经登记过参保人',
    en: 'An insured person with this ID number is already registered',
  },
  PHONE_ALREADY_REGISTERED: {
    status: 409,
    zh: '这个手机号码已经登记在另一位参保人名下',
    en: 'This phone number is already registered to another insured person',
  },
  INSURANCE_RELATIONSHIP_EXISTS: {
    status: 409,
    zh: '该参保人在这个地区已有这个险种的参保关系',
    en: "The person already has a relationship for this scheme with this region's agency",
  },
  PERSON_ALREADY_BOUND: {
    status: 409,
    zh: '该参保人已绑定其他账号，或本账号已绑定参保人；如有疑问请到经办机构柜台办理',
    en: 'This person is bound to another account, or this account is already bound; ask at an agency counter',
  },
  OPEN_APPLICATION_EXISTS: {
    status: 409,
    zh: '您已有一个正在办理的这个险种的转移申请，办结或撤回后才能再次申请',
    en: 'You already have an open transfer application for this scheme',
  },
  FUND_TRANSFER_ALREADY_POSTED: {
    status: 409,
    zh: '这笔转移资金已经记账，不能重复记账',
    en: 'The funds of this transfer have already been posted to the ledger',
  },
  CONTRIBUTION_MONTHS_OVERLAP: {
    status: 409,
    zh: '转入的缴费月份与本地已有的缴费月份重复（多地参保），请先核实处理重复缴费',
    en: 'Months of the transferred record are already recorded here (duplicate insurance); resolve them first',
  },
  OLD_ACCOUNT_NOT_SUSPENDED: {
    status: 409,
    zh: '转出地的参保关系不是中断缴费状态，不能转出',
    en: 'The relationship at the old place is not suspended, so it cannot be transferred out',
  },
  CONTACT_LETTER_MISSING: {
    status: 409,
    zh: '这个申请还没有联系函，不能办理转出',
    en: 'This application has no contact letter yet, so it cannot be transferred out',
  },
  FUNDS_NOT_RECEIVED: {
    status: 409,
    zh: '基金账簿中没有与信息表金额一致的转移资金记录，不能办结',
    en: 'The fund ledger does not show the transfer with the amounts of the information table, so it cannot be completed',
  },
  ILLEGAL_TRANSITION: {
    status: 409,
    zh: '申请当前的状态不允许这个操作',
    en: 'The application is in a status that does not allow this',
  },
  IDEMPOTENCY_KEY_IN_FLIGHT: {
    status: 409,
    zh: '相同的请求正在处理中，请稍后查看结果',
    en: 'A request with this Idempotency-Key is still being processed; check again shortly',
  },
  CARD_NOT_FOUND: { status: 404, zh: '找不到这张社保卡', en: 'There is no such card' },
  CARD_TASK_NOT_FOUND: {
    status: 404,
    zh: '找不到这项社保卡业务',
    en: 'There is no such card task',
  },
  CARD_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '社保卡当前的状态不允许这个操作',
    en: 'The card is in a state that does not allow this',
  },
  RENEWAL_TOO_EARLY: {
    status: 422,
    zh: '社保卡有效期满前60天内才能申请换卡',
    en: 'A renewal can be asked for only within 60 days before the card expires',
  },
  CANCELLATION_REFUSED: {
    status: 422,
    zh: '不能在网上以这个原因注销这张卡，请查看说明或到经办机构办理',
    en: 'This card cannot be cancelled online for this reason; see the details or visit an agency',
  },
  CARD_PASSWORD_WRONG: {
    status: 422,
    zh: '社保卡密码不正确',
    en: 'The card password is wrong',
  },
  CARD_LOCKED: {
    status: 423,
    zh: '密码连续输错6次，社保卡已锁定，请持身份证到经办机构重置密码',
    en: 'Six wrong passwords in a row locked the card; reset the password at an agency with your ID card',
  },
  ECARD_NOT_FOUND: {
    status: 404,
    zh: '找不到这张电子社保卡',
    en: 'There is no such electronic social security card',
  },
  ECARD_ALREADY_ISSUED: {
    status: 409,
    zh: '这张社保卡已经领取了电子社保卡',
    en: 'This card already has its electronic card',
  },
  ECARD_CARD_CANCELLED: {
    status: 409,
    zh: '社保卡已注销，电子社保卡的个人服务已停止',
    en: 'The card is cancelled, so its electronic card services have stopped',
  },
  ECARD_CARD_NOT_USABLE: {
    status: 409,
    zh: '社保卡当前的状态不能使用电子社保卡',
    en: 'The card is in a state in which its electronic card cannot be used',
  },
  ECARD_LOSS_AUTHORISATION_REQUIRED: {
    status: 409,
    zh: '社保卡已临时挂失，持卡人授权后才能使用电子社保卡',
    en: 'The card is reported lost; the holder must authorise the electronic card first',
  },
  ECARD_NO_TEMPORARY_LOSS: {
    status: 409,
    zh: '社保卡没有临时挂失，不需要授权',
    en: 'The card is not reported lost, so there is nothing to authorise',
  },
  FAMILY_MEMBER_NOT_FOUND: {
    status: 404,
    zh: '找不到这位家庭成员',
    en: 'There is no such family member',
  },
  FAMILY_MEMBERSHIP_NOT_FOUND: {
    status: 404,
    zh: '找不到这项亲情关系邀请',
    en: 'There is no such family invitation or membership',
  },
  FAMILY_MEMBERS_FULL: {
    status: 409,
    zh: '最多可以添加8位家庭成员',
    en: 'At most eight family members can be added',
  },
  FAMILY_MEMBER_EXISTS: {
    status: 409,
    zh: '这位家庭成员已经添加或邀请过了',
    en: 'This family member is already added or invited',
  },
  FAMILY_MEMBER_SELF: {
    status: 422,
    zh: '不能把自己添加为家庭成员',
    en: 'You cannot add yourself as a family member',
  },
  FAMILY_MEMBER_NOT_MINOR: {
    status: 422,
    zh: '只能为未成年的家庭成员代为办理，成年人请本人办理',
    en: 'Only a minor family member can be acted for; an adult does this themselves',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的内容类型，请使用 JSON',
    en: 'Unsupported content type; send JSON',
  },
  REGION_NOT_A_DESTINATION: {
    status: 422,
    zh: '请选择到地级市（或直辖市、省直辖县）一级的转入地',
    en: 'Choose a city-level region (a prefecture city, a municipality or a directly administered county)',
  },
  CALENDAR_NOT_COVERED: {
    status: 422,
    zh: '该年度的法定节假日安排尚未公布，无法计算工作日',
    en: 'The statutory holiday schedule for that year is not published yet, so working days cannot be counted',
  },
  CODE_INVALID: {
    status: 422,
    zh: '验证码不正确或已过期，请核对后重新输入',
    en: 'The code is wrong or has expired; check it and try again',
  },
  CODE_LOCKED: {
    status: 422,
    zh: '验证码输错次数过多，请重新获取验证码',
    en: 'Too many wrong tries; ask for a new code',
  },
  PERSON_NOT_MATCHED: {
    status: 422,
    zh: '姓名与身份证号码不匹配，或没有找到参保登记，请核对后重新输入',
    en: 'The name and ID number do not match an insured person; check them and try again',
  },
  PERSON_NOT_BOUND: {
    status: 422,
    zh: '请先绑定本人的身份信息',
    en: 'Bind your account to your identity first',
  },
  CONSENT_REQUIRED: {
    status: 422,
    zh: '请先阅读并同意实人认证告知书',
    en: 'Read and accept the real-person authentication notice first',
  },
  VERIFICATION_NOT_STARTED: {
    status: 422,
    zh: '没有正在进行的实人认证，请重新开始',
    en: 'No real-person authentication is in progress; start again',
  },
  VERIFICATION_RESULT_INVALID: {
    status: 422,
    zh: '认证结果无效或已过期，请重新认证',
    en: 'The authentication result is not valid or has expired; start again',
  },
  NOT_ELIGIBLE: {
    status: 422,
    zh: '暂时不能在网上申请转移，原因见说明',
    en: 'You cannot apply online for this transfer yet; see the reasons',
  },
  NO_RECORD_AT_OLD_PLACE: {
    status: 422,
    zh: '转出地没有这个险种的参保关系',
    en: 'There is no relationship for this scheme at the old place',
  },
  ARREARS_AT_OLD_PLACE: {
    status: 422,
    zh: '转出地还有欠费，补缴后才能转出',
    en: 'Premiums are owed at the old place; they must be paid before the transfer out',
  },
  TRANSFER_RECORD_INVALID: {
    status: 422,
    zh: '参保缴费记录有误（例如缴费月份重复），无法计算转移资金，请先核实更正',
    en: 'The contribution record has problems (such as months paid twice), so the transfer cannot be computed; correct it first',
  },
  DOCUMENT_DATA_INVALID: {
    status: 422,
    zh: '文书所需的信息不完整或有误，无法出具',
    en: 'The information the document needs is missing or wrong, so it cannot be issued',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '这个 Idempotency-Key 已用于另一个请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  STAFF_SIGN_IN_FAILED: {
    status: 401,
    zh: '用户名、密码或动态验证码不正确',
    en: 'The user name, password or authenticator code is wrong',
  },
  ROLE_NOT_ALLOWED: {
    status: 403,
    zh: '您的岗位不能使用这项功能',
    en: 'Your role does not allow this',
  },
  DOCUMENT_NOT_FOUND: {
    status: 404,
    zh: '这份文书不存在或尚未出具',
    en: 'There is no such document, or it has not been issued yet',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '密码已超过规定的使用期限，请先修改密码',
    en: 'Your password has reached its maximum age; change it first',
  },
  STAFF_NOT_FOUND: {
    status: 404,
    zh: '找不到这个工作人员账号',
    en: 'There is no such staff account',
  },
  STAFF_USERNAME_TAKEN: {
    status: 409,
    zh: '这个用户名已被使用',
    en: 'This user name is taken',
  },
  CANNOT_DISABLE_SELF: {
    status: 409,
    zh: '不能停用自己的账号',
    en: 'You cannot disable your own account',
  },
  ACTIVATION_INVALID: {
    status: 422,
    zh: '激活码不正确或已过期，请联系系统管理员',
    en: 'The activation code is wrong or has expired; ask your system administrator',
  },
  STAFF_ACCOUNT_LOCKED: {
    status: 429,
    zh: '错误次数过多，账号已暂时锁定，请稍后再试',
    en: 'Too many wrong attempts; the account is locked for a while',
  },
  RATE_LIMITED: {
    status: 429,
    zh: '操作过于频繁，请稍后再试',
    en: 'Too many requests; please wait and try again',
  },
  INTERNAL_ERROR: {
    status: 500,
    zh: '系统繁忙，请稍后再试',
    en: 'Something went wrong on our side; please try again later',
  },
  SMS_UNAVAILABLE: {
    status: 503,
    zh: '短信暂时无法发送，请稍后再试',
    en: 'Text messages cannot be sent right now; please try again later',
  },
  VERIFICATION_UNAVAILABLE: {
    status: 503,
    zh: '实人认证服务暂时不可用，请稍后再试或使用柜台核验码',
    en: 'Real-person authentication is unavailable right now; try again later or use a counter code',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    zh: '服务暂时不可用，请稍后再试',
    en: 'The service is temporarily unavailable',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCodes;
