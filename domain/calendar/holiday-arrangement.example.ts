/**
 * An arrangement for 2027 in the file format of `npx shebao calendar load`, for tests and for the
 * example in docs/OPERATIONS.md. **Made up, not the State Council's notice**: it follows the law
 * (every statutory day off, 13 weekdays off net of make-up days) the way recent notices do.
 */
export const EXAMPLE_ARRANGEMENT_2027 = {
  year: 2027,
  notice: '示例：2027年部分节假日安排（测试数据，不是国务院办公厅的通知）',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03', workingDays: [] },
    {
      name: '春节',
      from: '2027-02-05',
      to: '2027-02-13',
      workingDays: ['2027-01-31', '2027-02-20'],
    },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05', workingDays: [] },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05', workingDays: ['2027-04-25'] },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09', workingDays: [] },
    { name: '中秋节', from: '2027-09-15', to: '2027-09-15', workingDays: [] },
    {
      name: '国庆节',
      from: '2027-10-01',
      to: '2027-10-07',
      workingDays: ['2027-09-26', '2027-10-09'],
    },
  ],
};
