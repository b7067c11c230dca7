/**
 * The insurance schemes whose relationship can move between regions online.
 * 险种: 城镇职工基本养老保险, 城乡居民基本养老保险, 基本医疗保险.
 */
export const insuranceSchemes = ['employee-pension', 'resident-pension', 'medical'] as const;

export type InsuranceScheme = (typeof insuranceSchemes)[number];

export const schemeNames: Record<InsuranceScheme, { zh: string; en: string }> = {
  'employee-pension': { zh: '职工基本养老保险', en: 'Employee basic pension' },
  'resident-pension': { zh: '城乡居民基本养老保险', en: 'Resident basic pension' },
  medical: { zh: '基本医疗保险', en: 'Basic medical insurance' },
};
