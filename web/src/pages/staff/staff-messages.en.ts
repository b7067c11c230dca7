import type { StaffMessages } from './staff-messages.zh-CN.ts';

/** The words of the staff pages and the staff header in English. */
export const staffEn: StaffMessages = {
  header: {
    homeLink: 'Shebao staff home',
    area: 'Staff',
    accountGroup: 'Staff account',
    signedInAs: (name: string) => `Signed in: ${name}`,
    signOut: 'Sign out',
    signIn: 'Staff sign-in',
  },
  signIn: {
    title: 'Staff sign-in',
    intro: 'Staff of social insurance agencies and system administrators sign in here.',
    username: 'User name',
    password: 'Password',
    totpCode: 'Authenticator code',
    totpHint: 'The 6 digits your authenticator app shows now',
    submit: 'Sign in',
    submitting: 'Signing in…',
    usernameMissing: 'Enter your user name',
    passwordMissing: 'Enter your password',
    totpMissing: 'Enter the authenticator code',
    totpFormat: 'The authenticator code is 6 digits',
    failed:
      'The user name, password or authenticator code is wrong. Check them and try again; after 5 wrong attempts in a row the account is locked for 15 minutes.',
    locked: (wait: string) =>
      `Too many wrong attempts: the account is locked. Try again in ${wait}.`,
    tooMany: (wait: string) => `Too many sign-in attempts. Try again in ${wait}.`,
    network: 'The server cannot be reached. Check your connection and try again.',
    other: 'Signing in is not possible right now. Try again later.',
    activateLink: 'First time here? Activate your account',
    signedOut: 'You have signed out.',
    sessionEnded: 'You were signed out because nothing happened for a while. Sign in again.',
    signInFirst: 'Sign in first.',
    seconds: (n: number) => `${n} second${n === 1 ? '' : 's'}`,
    minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
    aMoment: 'a moment',
  },
  activate: {
    title: 'Activate your staff account',
    intro:
      'Enter the user name and the activation code your system administrator gave you in person. The code is valid for 72 hours and works once.',
    username: 'User name',
    activationCode: 'Activation code',
    activationCodeHint: 'For example ABCD-EFGH-JKLM; any case, with or without dashes',
    continue: 'Continue',
    checking: 'Checking…',
    usernameMissing: 'Enter your user name',
    codeMissing: 'Enter the activation code',
    invalid:
      'The activation code is wrong or has expired. Check it and try again, or ask your system administrator for a new one.',
    enrolTitle: 'Set up your authenticator and choose a password',
    enrolIntro:
      'Add an account in the authenticator app on your phone (such as Microsoft Authenticator, Google Authenticator or FreeOTP) and type in the key below.',
    secretLabel: 'Key',
    secretHint: 'Time-based, 6 digits, a new code every 30 seconds',
    uriLabel: 'Authenticator link (to paste into apps that accept one)',
    password: 'New password',
    passwordHint:
      'At least 12 characters. A phrase you can remember and others cannot guess works well; do not include your user name or reuse a password from another site.',
    totpCode: 'The 6 digits from your authenticator',
    totpHint: 'The code the app shows once the account is added: it proves the set-up worked',
    submit: 'Activate account',
    submitting: 'Activating…',
    passwordMissing: 'Enter a new password',
    totpMissing: 'Enter the authenticator code',
    totpFormat: 'The authenticator code is 6 digits',
    doneTitle: 'Your account is active',
    doneText:
      'You can now sign in with your user name, your new password and the code from your authenticator.',
    toSignIn: 'Sign in',
    conflict: 'This account was activated a moment ago. Sign in instead.',
  },
  password: {
    title: 'Change your password',
    required: 'Your password has reached its maximum age. Change it before you carry on.',
    intro: 'Once it is changed, you are signed out on every other device.',
    current: 'Current password',
    next: 'New password',
    nextHint:
      'At least 12 characters. A phrase you can remember and others cannot guess works well; it must not contain your user name or be your current password.',
    submit: 'Change password',
    submitting: 'Changing…',
    currentMissing: 'Enter your current password',
    nextMissing: 'Enter a new password',
    done: 'Your password is changed. You are signed out on every other device.',
    continue: 'Continue',
  },
  passwordField: {
    show: 'Show password',
  },
};
