import { describe, expect, it } from 'vitest';
import { cardActionKinds } from '../../../../domain/cards/card-status.ts';
import { adminEn } from './admin-messages.en.ts';
import { adminZhCN } from './admin-messages.zh-CN.ts';

// The audit log page labels each entry's action (`audit.actions`). The action names are read here
// from the server's source, as text, so that an action added there without a label fails this
// test: Vite's glob import, since the web's code has no Node built-ins.
const serverSources = import.meta.glob<string>(
  ['../../../../server/src/**/*.ts', '!../../../../server/src/**/*.test.ts'],
  { query: '?raw', import: 'default', eager: true },
);

/** The expressions given to `key:` in the server's files whose path contains `under`. */
function expressionsOf(key: string, under = '/server/src/'): string[] {
  const pattern = new RegExp(`\\b${key}: ([^,;\\n]+)`, 'g');
  return Object.entries(serverSources)
    .filter(([path]) => path.includes(under))
    .flatMap(([, source]) => [...source.matchAll(pattern)].map((match) => match[1]!.trim()));
}

/** The string literals an expression can give: both branches of `c ? 'a' : 'b'`, not `c`'s. */
function literalsOf(expression: string): string[] {
  const values = expression.includes('?') ? expression.slice(expression.indexOf('?')) : expression;
  return [...values.matchAll(/'([^'\n]+)'/g)].map((match) => match[1]!);
}

/**
 * Where a templated action name takes its values: from the type of what fills it (record-card-
 * action.ts takes a CardActionKind) or from the literals its callers pass.
 */
const templateValues: Record<string, () => string[]> = {
  '`card.${action}`': () => [...cardActionKinds],
  '`ecard-family.${what}`': () =>
    expressionsOf('what', '/modules/cards/ecard/').flatMap(literalsOf),
  '`transfer-application.${step}`': () =>
    expressionsOf('step', '/modules/transfers/').flatMap(literalsOf),
};

/**
 * Every audit action the server writes. Audit actions are named `<subject>.<what happened>`; the
 * other `action:` fields (a card's or a transfer application's timeline: 'enabled', 'submitted')
 * name no subject, so a literal without a dot is not one.
 */
function serverAuditActions(): Set<string> {
  const actions = new Set<string>();
  for (const expression of expressionsOf('action')) {
    if (expression.startsWith('`')) {
      const template = templateValues[expression];
      if (!template) throw new Error(`Teach this test the values of ${expression}`);
      const values = template();
      expect(values, expression).not.toEqual([]);
      for (const value of values) actions.add(expression.slice(1, -1).replace(/\$\{\w+\}/, value));
    } else {
      for (const literal of literalsOf(expression)) if (literal.includes('.')) actions.add(literal);
    }
  }
  return actions;
}

describe('the audit log page’s action labels', () => {
  const actions = serverAuditActions();

  it('finds the server’s actions', () => {
    for (const action of [
      'audit-log.read',
      'audit-log.verified',
      'staff.created',
      'staff.locked',
      'card.enabled',
      'ecard-family.member-left',
      'transfer-application.out-done',
    ])
      expect(actions).toContain(action);
  });

  it('has a label in both languages for every action the server writes', () => {
    const unlabelled = (labels: Record<string, string>) =>
      [...actions].filter((action) => !labels[action]?.trim()).sort();
    expect(unlabelled(adminZhCN.audit.actions)).toEqual([]);
    expect(unlabelled(adminEn.audit.actions)).toEqual([]);
  });

  it('labels no action the server does not write (a misspelt name would never show)', () => {
    const unknown = (labels: Record<string, string>) =>
      Object.keys(labels)
        .filter((action) => !actions.has(action))
        .sort();
    expect(unknown(adminZhCN.audit.actions)).toEqual([]);
    expect(unknown(adminEn.audit.actions)).toEqual([]);
  });
});
