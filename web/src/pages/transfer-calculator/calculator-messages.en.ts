import type { CalculatorMessages } from './calculator-messages.zh-CN.ts';

/** The words of the transfer calculator in English. */
export const calculatorEn: CalculatorMessages = {
  title: 'Transfer calculator',
  intro:
    'No sign-in needed. Tell us about yourself and where you have paid contributions, and we will estimate how much of your pension moves to the new place, whether a temporary account opens, and where you will claim your pension.',
  notStored: 'What you enter is used only for this calculation and is not kept.',
  personHeading: 'About you',
  sex: 'Sex',
  male: 'Male',
  female: 'Female',
  birthDate: 'Date of birth',
  birthDateHint: 'As year-month-day, for example 1970-05-01',
  hukouRegion: 'Place of household registration (hukou)',
  hukouRegionHint: 'The place in your household register. Choose the province, then the city.',
  moveHeading: 'This move',
  fromRegion: 'Moving from',
  fromRegionHint: 'Where you are insured now and are moving away from',
  destinationRegion: 'Moving to',
  destinationRegionHint: 'Where you now work, and your pension moves to',
  transferDate: 'Transfer date',
  transferDateHint: 'As year-month-day, for example 2025-06-30',
  officialTransfer: 'This is an official transfer approved by my organisation or the authorities',
  officialTransferHint:
    'Approved transfers are not subject to the age limits of 50 (men) and 40 (women). If you are not sure, leave this unticked.',
  province: 'Province',
  city: 'City',
  chooseProvince: 'Choose a province',
  chooseCity: 'Choose a city',
  historyHeading: 'Contribution history',
  historyHint:
    'Enter where you paid, one period at a time. Consecutive months in the same place, at the same wage and on the same terms, can be one period. Do not enter a month twice.',
  periodLegend: (n: number) => `Contribution period ${n}`,
  periodRegion: 'Where you paid',
  fromMonth: 'First month',
  toMonth: 'Last month',
  monthHint: 'As year-month, for example 2010-01',
  wage: 'Monthly contribution wage (yuan)',
  wageHint: 'Also called the contribution base, for example 5000',
  insuredAs: 'How you were insured',
  insuredEmployee: 'As an employee (the employer paid)',
  insuredIndividual: 'As a flexible worker (you paid yourself)',
  accountKind: 'Kind of account',
  accountKindHint: 'Most people have a normal account.',
  accountNormal: 'Normal account',
  accountTemporary: 'Temporary contribution account',
  employerRate: 'Employer contribution rate (%)',
  employerRateHint: 'Used only for a temporary account. Since May 2019 it is usually 16.',
  deemed: 'These months are deemed paid (no actual contributions)',
  deemedHint:
    'For example years worked for a state employer before the pension reform of the 1990s. No wage is needed for them.',
  addPeriod: 'Add another contribution period',
  removePeriod: 'Remove this period',
  removePeriodWhich: (n: number) => ` (contribution period ${n})`,
  submit: 'Calculate',
  calculating: 'Calculating…',
  wageError: 'Enter the monthly contribution wage in yuan, above 0, for example 5000.',
  employerRateError: 'Enter the employer rate as a number from 0 to 100, for example 16.',
  record: {
    heading: 'Use my recorded history',
    signedOut:
      'Sign in and confirm who you are, and you can use the details and contribution history your social insurance agencies have recorded, instead of typing each period yourself.',
    signInLink: 'Sign in to use my recorded history',
    kept: 'You come back to this page after signing in or confirming who you are, and what you have already entered is kept.',
    notBound:
      'Your account is not linked to you as an insured person yet, so we cannot show your record. Confirm who you are first.',
    bindLink: 'Confirm who you are',
    bound: 'You have confirmed who you are. You can now use your recorded history.',
    offer:
      'You are signed in. You can use the details and contribution history your social insurance agencies have recorded, instead of typing them. You can still change anything before you calculate.',
    use: 'Use my recorded history',
    loading: 'Reading your record…',
    replaceQuestion: 'Replace what you have entered with your record?',
    replaceExplain:
      'You have already entered some answers below. Your record replaces your details, the places you move from and to, and the contribution periods. The transfer date and the official transfer answer stay as you entered them.',
    replace: 'Replace with my record',
    keep: 'Keep what I entered',
    filledHeading: 'Your record has been filled in',
    filledPerson:
      'Your sex, date of birth and place of household registration below come from what your social insurance agencies have recorded.',
    filledPeriods: (periods: number, lastMonth: string) =>
      `The contribution periods come from your record too: ${periods} ${periods === 1 ? 'period' : 'periods'}, up to ${lastMonth}.`,
    noPeriods:
      'Your record has no employee pension contributions. Enter your contribution periods yourself.',
    fromKnown: 'Moving from is the place where your contributions have stopped.',
    fromUnknown:
      'Your record has no place where your contributions have stopped. Choose where you are moving from.',
    destinationKnown: 'Moving to is the place where you contribute now.',
    destinationUnknown:
      'Your record has no place where you contribute now. Choose where you are moving to.',
    transferDateToday: 'The transfer date is set to today. Change it if that is not right.',
    canChange:
      'You can change anything before you calculate. The estimate uses only what is on this page: it does not change your record and nothing is kept.',
    resultSource:
      'This estimate started from what your social insurance agencies have recorded; anything you changed before calculating counts as you changed it.',
  },
  result: {
    title: 'Your estimate',
    totalLabel: 'In all, this moves',
    pooledFund: 'Pooled fund (the employer’s part)',
    individualAccount: 'Individual account principal',
    total: 'Total',
    yuan: (amount: string) => `${amount} yuan`,
    temporaryHeading: 'Does a temporary account open?',
    temporaryYes: 'A temporary contribution account opens',
    temporaryNo: 'No temporary account opens',
    benefitHeading: 'Where you will claim your pension',
    yearsHeading: 'Contribution years',
    minimumReached: '15 years reached',
    minimumNotReached: 'Less than 15 years',
    howHeading: 'How the amounts were worked out',
    estimateNotice:
      'This is an estimate from what you entered. The agency works out the actual amount, and interest is added to the individual account when it moves.',
    change: 'Change your answers',
    startAgain: 'Clear and start again',
  },
};
