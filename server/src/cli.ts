import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import {
  arrangementSource,
  coveredYears,
  firstUncoveredDay,
  isIsoDate,
} from '../../domain/calendar/index.ts';
import { insuranceSchemes, type InsuranceScheme } from '../../domain/schemes.ts';
import { loadReferenceData, migrateDatabase, seedDemoData } from './database-setup.ts';
import {
  loadHolidayArrangements,
  selectStoredArrangements,
  useStoredArrangements,
} from './modules/calendar/index.ts';
import { issueCounterCode } from './modules/identity/index.ts';
import { maskCitizenId } from '../../domain/identifiers/index.ts';
import {
  closeOnlineTransfer,
  openOnlineTransfer,
  selectOpenings,
} from './modules/regions/index.ts';
import { verifyAuditLog } from './modules/admin/index.ts';
import { describeLedgerReport, verifyLedger } from './modules/ledger/index.ts';
import {
  computedFundTransfers,
  recomputeOpenDeadlines,
  runDeadlineWatch,
  type DeadlineWatchSummary,
} from './modules/transfers/index.ts';
import { createStaffAccount } from './modules/staff/index.ts';
import type { Actor } from './platform/audit/index.ts';
import { ConfigError, loadConfig, type Config } from './platform/config.ts';
import { createFieldCipher, loadDataKey } from './platform/crypto/index.ts';
import { connectDatabase } from './platform/db/connect.ts';
import type { Database } from './platform/db/database.ts';
import { AppError } from './platform/errors/app-error.ts';

const usage = `Usage: npx shebao <command>

  migrate                                   apply migrations and load reference data
  seed                                      add the demo data to an empty database
  regions open <code> --scheme <s> --since <YYYY-MM-DD>
                                            open online transfer applications in a region
  regions close <code> --scheme <s>         close them
  regions list [--scheme <s>]               list the regions that are open
  audit verify                              check the audit log's hash chain
  ledger verify                             prove that fund transfers neither created nor
                                            destroyed money and moved the computed amounts
  deadlines watch                           set every open transfer step's standing against its
                                            legal deadline now (the worker runs it daily)
  calendar load <file.json>                 load the holiday arrangement of a year from the State
                                            Council's notice (format: docs/OPERATIONS.md); all or
                                            nothing, audited; deadlines are counted again
  calendar list                             the years the working-day calendar covers, and from
                                            which source
  staff create-admin --username <name> --name <display name> --role <sysadmin|secadmin|auditadmin>
                                            create an administrator account (the first one on a
                                            fresh install) and print its activation code once
  verification issue-counter-code <citizenIdNumber>
                                            issue a counter code (柜台核验码) to a person whose
                                            ID card was checked at the counter: 8 characters,
                                            valid 30 minutes, one use

Schemes: ${insuranceSchemes.join(', ')}
The database is DATABASE_URL, or the embedded one in SHEBAO_DATA_DIR (default ./data).`;

/** Thrown for a command line that cannot be carried out; its message is shown as is. */
class UsageError extends Error {}

/** Thrown for an input file that cannot be used (exit 65, EX_DATAERR); shown as is. */
class DataError extends Error {}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    scheme: { type: 'string' },
    since: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/**
 * Administrative changes from the command line, and its reads of the audit log, are audited as the
 * operating-system user.
 */
const actor: Actor = { type: 'cli', id: userInfo().username };

function schemeOption(required: boolean): InsuranceScheme | undefined {
  const scheme = values.scheme;
  if (scheme === undefined && !required) return undefined;
  if (!insuranceSchemes.includes(scheme as InsuranceScheme)) {
    throw new UsageError(`--scheme must be one of: ${insuranceSchemes.join(', ')}`);
  }
  return scheme as InsuranceScheme;
}

function regionArgument(): string {
  const code = positionals[2];
  if (!code || !/^\d{6}$/.test(code))
    throw new UsageError('Give a six-digit region code, e.g. 440100');
  return code;
}

async function run(database: Database, config: Config): Promise<number> {
  const [group, action] = positionals;
  switch (`${group} ${action ?? ''}`.trim()) {
    case 'migrate':
      await migrateDatabase(database);
      await loadReferenceData(database);
      console.log('Database is up to date.');
      return 0;
    case 'seed': {
      const cipher = createFieldCipher(await loadDataKey(config));
      const { openings, persons, applications, staff } = await seedDemoData(database, { cipher });
      console.log(
        openings > 0 || persons > 0 || applications > 0 || staff > 0
          ? `Demo data added (${openings} openings, ${persons} people, ${applications} applications, ${staff} staff accounts).`
          : 'Demo data already present.',
      );
      return 0;
    }
    case 'regions open': {
      const regionCode = regionArgument();
      const scheme = schemeOption(true)!;
      const openSince = values.since;
      if (!openSince || !isIsoDate(openSince))
        throw new UsageError('--since must be a date, YYYY-MM-DD');
      const result = await openOnlineTransfer({
        db: database.db,
        actor,
        regionCode,
        scheme,
        openSince,
      });
      console.log(
        `Opened ${scheme} online transfer in ${regionCode} from ${openSince}` +
          (result.previousSince ? ` (was open from ${result.previousSince}).` : '.'),
      );
      return 0;
    }
    case 'regions close': {
      const regionCode = regionArgument();
      const scheme = schemeOption(true)!;
      const result = await closeOnlineTransfer({ db: database.db, actor, regionCode, scheme });
      console.log(
        result.wasOpenSince
          ? `Closed ${scheme} online transfer in ${regionCode}.`
          : `${regionCode} was not open for ${scheme}; nothing changed.`,
      );
      return 0;
    }
    case 'regions list': {
      const scheme = schemeOption(false);
      const openings = (await selectOpenings(database.db))
        .filter((o) => !scheme || o.scheme === scheme)
        .sort(
          (a, b) => a.regionCode.localeCompare(b.regionCode) || a.scheme.localeCompare(b.scheme),
        );
      for (const o of openings)
        console.log(`${o.regionCode}  ${o.scheme.padEnd(16)}  since ${o.openSince}`);
      console.log(`${openings.length} open.`);
      return 0;
    }
    case 'audit verify': {
      // Walking the chain reads every entry: the check is audited with its result, as the web
      // console's is, before it is reported.
      const report = await verifyAuditLog({ db: database.db, actor });
      if (report.brokenAt === null) {
        console.log(`Audit chain intact: ${report.entries} entries verified.`);
        return 0;
      }
      const { seq, id, reason } = report.brokenAt;
      console.error(
        `Audit chain BROKEN at entry #${seq} (${id}): ${reason === 'hash-mismatch' ? 'its content was changed' : 'it does not link to the entry before it'}. ` +
          `${report.entries} entries before it are intact.`,
      );
      return 2;
    }
    case 'ledger verify': {
      // Against the amounts each transfer-out step computed and stored with its posting.
      const report = await verifyLedger(database.db, computedFundTransfers);
      if (report.ok) console.log(describeLedgerReport(report));
      else console.error(describeLedgerReport(report));
      return report.ok ? 0 : 2;
    }
    case 'deadlines watch': {
      console.log(describeWatch(await runDeadlineWatch({ db: database.db, actor })));
      return 0;
    }
    case 'calendar load':
      return loadCalendarFile(database);
    case 'calendar list': {
      await useStoredArrangements(database.db);
      const stored = await selectStoredArrangements(database.db);
      const packaged = coveredYears().filter((y) => arrangementSource(y) === 'package');
      console.log(`${packaged[0]}–${packaged.at(-1)}  from the chinese-days package`);
      for (const a of stored)
        console.log(
          `${a.year}  loaded ${a.loadedAt.toISOString()} by ${a.loadedBy}: ${a.notice}` +
            (arrangementSource(a.year) === 'loaded'
              ? ''
              : ' (not used: the year before is missing)'),
        );
      console.log(
        `Deadlines reaching ${firstUncoveredDay()} or later are provisional until ${coveredYears().at(-1)! + 1} is loaded.`,
      );
      return 0;
    }
    case 'staff create-admin': {
      const adminRoles = ['sysadmin', 'secadmin', 'auditadmin'] as const;
      const role = adminRoles.find((r) => r === values.role);
      if (!role) throw new UsageError(`--role must be one of: ${adminRoles.join(', ')}`);
      if (!values.username || !/^[a-z0-9][a-z0-9._-]{2,39}$/i.test(values.username))
        throw new UsageError('--username: 3–40 letters, digits, dots, dashes or underscores');
      const displayName = values.name?.trim();
      if (!displayName || displayName.length > 40)
        throw new UsageError('--name: the display name, up to 40 characters');
      const { account, activationCode } = await createStaffAccount({
        db: database.db,
        cipher: createFieldCipher(await loadDataKey(config)),
        admin: actor,
        username: values.username,
        displayName,
        role,
        agencyRegionCode: null,
        agencyExists: () => false,
      });
      console.log(
        `Created ${role} account ${account.username}.\n` +
          `Activation code (shown only now): ${activationCode}\n` +
          `Valid until ${account.activationExpiresAt!.toISOString()}. Hand it over in person; ` +
          `the administrator activates the account at /staff/activate.`,
      );
      return 0;
    }
    case 'verification issue-counter-code': {
      const citizenId = positionals.slice(2).join('');
      if (!citizenId) throw new UsageError("Give the person's ID number");
      const cipher = createFieldCipher(await loadDataKey(config));
      const { code, expiresAt } = await issueCounterCode({
        db: database.db,
        cipher,
        citizenId,
        issuedBy: actor,
      });
      console.log(
        `Counter code for ${maskCitizenId(citizenId.toUpperCase())}: ${code}\n` +
          `Valid until ${expiresAt.toISOString()} (30 minutes), for one use. Give it to the person only.`,
      );
      return 0;
    }
    default:
      throw new UsageError(usage);
  }
}

function describeWatch(summary: DeadlineWatchSummary): string {
  const { changed } = summary;
  return (
    `Deadlines checked on ${summary.checkedOn} (due soon: within ${summary.dueSoonWorkingDays} working days` +
    `${summary.onTimeFrom ? `, on time from ${summary.onTimeFrom}` : ''}; ` +
    `provisional from ${summary.provisionalFrom}, never overdue).\n` +
    `Counted again: ${summary.recomputed} deadlines. ` +
    `Changed: ${changed.overdue} now overdue, ${changed['due-soon']} due soon, ${changed['on-time']} on time, ` +
    `${changed.none} without a deadline; ${summary.batches} batches in ${summary.durationMs} ms.`
  );
}

async function loadCalendarFile(database: Database): Promise<number> {
  const file = positionals[2];
  if (!file || positionals.length > 3)
    throw new UsageError('Give one file: npx shebao calendar load <file.json>');
  let content: unknown;
  try {
    content = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DataError(
      `Nothing was loaded: cannot read ${file} as JSON (${(error as Error).message}).`,
    );
  }
  // The calendar this process counts with: what the database holds before the load.
  await useStoredArrangements(database.db);
  const result = await loadHolidayArrangements({
    db: database.db,
    actor,
    content,
    alsoInTransaction: (tx, years) => recomputeOpenDeadlines(tx, { loadedYears: years }),
  });
  if (!result.ok) {
    const problems = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new DataError(
      `Nothing was loaded: ${file} has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n${problems}`,
    );
  }
  for (const year of result.years)
    console.log(
      `Loaded ${year.year} (${year.notice}): ${year.daysOff} days off, ${year.workingDays} make-up working days` +
        `${year.previousDigest ? ', replacing the arrangement loaded before' : ''}.`,
    );
  for (const warning of result.warnings) console.log(`Warning: ${warning}`);
  console.log(`${result.extra.recomputed} open deadlines counted again.`);
  console.log(describeWatch(await runDeadlineWatch({ db: database.db, actor })));
  return 0;
}

const commands = new Set([
  'migrate',
  'seed',
  'regions open',
  'regions close',
  'regions list',
  'audit verify',
  'ledger verify',
  'deadlines watch',
  'calendar load',
  'calendar list',
  'staff create-admin',
  'verification issue-counter-code',
]);

async function main(): Promise<number> {
  if (values.help || positionals.length === 0) {
    console.log(usage);
    return 0;
  }
  // Refuse a mistyped command before starting or connecting to any database.
  if (!commands.has(positionals.slice(0, 2).join(' ')) && !commands.has(positionals[0] ?? '')) {
    throw new UsageError(usage);
  }
  const config = loadConfig();
  const database = await connectDatabase(config, (message) => console.error(message));
  try {
    return await run(database, config);
  } finally {
    await database.stop();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 64;
  } else if (error instanceof DataError) {
    console.error(error.message);
    process.exitCode = 65;
  } else if (error instanceof AppError) {
    console.error(`${error.code}: ${error.messageEn} (${error.message})`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
