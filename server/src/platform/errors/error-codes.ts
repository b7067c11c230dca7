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
  NOT_FOUND: { status: 404, zh: '找不到您要的内容', en: 'Not found' },
  REGION_NOT_FOUND: {
    status: 404,
    zh: '没有这个行政区划代码',
    en: 'There is no region with this code',
  },
  CONFLICT: {
    status: 409,
    zh: '数据已被其他人修改，请刷新后重试',
    en: 'Someone else changed this first; reload and try again',
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
  SERVICE_UNAVAILABLE: {
    status: 503,
    zh: '服务暂时不可用，请稍后再试',
    en: 'The service is temporarily unavailable',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCodes;
