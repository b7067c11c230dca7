import type { Messages } from './messages.zh-CN.ts';

/** The interface text in English. */
export const en: Messages = {
  siteName: '社保 Shebao',
  skipLink: 'Skip to main content',
  header: {
    homeLink: '社保 Shebao home',
    languageGroup: 'Language',
    elderMode: 'Elder-friendly mode',
  },
  footer: {
    demoData:
      'The agency names, addresses and phone numbers shown on this site are demo data, not real agencies.',
    hotline: 'National social insurance hotline: 12333',
    openSource: '社保 Shebao is an open-source social insurance public service platform.',
  },
  common: {
    continue: 'Continue',
    back: 'Back',
    loading: 'Loading…',
    errorPrefix: 'Error: ',
    errorSummaryTitle: 'There is a problem',
    comingSoon: 'Coming soon',
    retry: 'Try again',
    startAgain: 'Start the inquiry again',
    home: 'Go to the home page',
  },
  home: {
    title: 'Social insurance public services',
    intro:
      'Shebao is the national social insurance public service platform: check and handle your social insurance here, such as moving your pension or medical insurance to another region.',
    servicesHeading: 'Services',
    inquiry: 'Check if your destination accepts online transfer applications',
    inquiryHint:
      'Moving to another city for work or life? First check whether you can apply online there to move your social insurance.',
    transferApplication: 'Apply to transfer your social insurance',
    transferProgress: 'Track a transfer',
    cardLoss: 'Report a lost social security card or cancel it',
    electronicCard: 'Electronic social security card',
  },
  scheme: {
    title: 'Which insurance do you want to transfer?',
    hint: 'Each scheme may have opened online transfer applications at a different date.',
    error: 'Select an insurance scheme',
  },
  province: {
    title: 'Which province are you moving to?',
    hint: 'The destination is where you will work or live.',
    error: 'Select a province',
  },
  city: {
    title: 'Which city are you moving to?',
    caption: (province: string) => `Province: ${province}`,
    legend: (province: string) => `Cities in ${province}`,
    legendFallback: 'Cities',
    filterLabel: 'Search cities',
    filterHint: 'Type part of the city’s Chinese name to shorten the list below.',
    showingAll: (total: number) => `${total} cities`,
    showingSome: (shown: number, total: number) => `Showing ${shown} of ${total} cities`,
    noMatch: (text: string) =>
      `No city name contains “${text}”. Check what you typed, or clear the search box to see all cities.`,
    error: 'Select a city',
  },
  citySearch: {
    heading: 'Not sure which province?',
    label: 'Find a city anywhere in China',
    hint: 'In Chinese, for example: 广州, 苏州, 神农架',
    submit: 'Find',
    error: 'Enter the name of a city',
    resultsHeading: 'Places found',
    found: (count: number, text: string) => `${count} places found with “${text}” in their name`,
    noMatch: (text: string) => `No place found with “${text}” in its name`,
  },
  result: {
    title: 'Your transfer destination',
    destination: 'Destination',
    scheme: 'Scheme',
    open: 'Online transfer applications are open',
    openSince: (date: string) => `Since ${date}`,
    closed: 'Online transfer applications are not open yet',
    opensOn: (date: string) => `Online transfer applications open on ${date}`,
    opensOnUntil: 'Until then, apply in person at the social insurance agency of your destination.',
    nextHeading: 'What to do next',
    applyOnline:
      'After real-person authentication you can apply online; the agency of your destination handles the application.',
    serviceComingSoon:
      'The “Apply to transfer your social insurance” service on this platform is coming soon: you cannot apply here yet.',
    visitHeading: 'Where to apply',
    visitIntro: 'Apply in person at the social insurance agency of your destination:',
    agencyAddress: 'Address',
    agencyPhone: 'Phone',
    noAgency:
      'Call 12333 to ask for the address of the social insurance agency of your destination.',
    prepareHeading: 'What to bring',
    prepareId: 'Your valid identity document (resident identity card)',
    prepareCertificate:
      'The contribution certificate (参保缴费凭证) issued by the social insurance agency of the place you are leaving',
    otherDestination: 'Check another destination',
    changeScheme: 'Change insurance scheme',
  },
  problems: {
    heading: 'This cannot be shown right now',
    network: 'We could not reach the server. Check your connection and try again.',
    notFound: 'We could not find this region. Choose your destination again.',
    notDestination:
      'This region cannot be a destination. Choose a city (or a municipality, or a county that reports directly to its province).',
    badLink: 'This link is incomplete or wrong. Start the inquiry again.',
    other: 'Something went wrong on our side. Please try again later.',
    chooseAgain: 'Choose the destination again',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address may be mistyped, or the page may have moved.',
  },
};
