// What the three official documents of an employee basic pension transfer must say. The fields
// follow the national handling rules (国办发〔2009〕66号, 人社部发〔2009〕187号 and their 2016
// revision 人社部规〔2016〕5号, with its forms 联系函 and 信息表), plus the notice to the person
// that the transfer-in agency gives when it has finished (转移接续完成告知, DOMAIN.md §3 step 4).
//
// These are plain data: the renderers check them and print them, nothing else. Personal data is
// printed in full here on purpose: official documents between agencies, and the notice to the
// person themself, legally need the full citizen ID number (SECURITY.md "Personal information").
import type { IsoDate } from '../../../../../domain/calendar/iso-date.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type {
  AccountKind,
  InsuredAs,
  Sex,
  YearMonth,
} from '../../../../../domain/transfer/types.ts';

/**
 * An amount of money in integer fen (分), never floating yuan. A `bigint` for fund totals that
 * could pass 2^53 fen in aggregate tables; a safe-integer `number` is accepted too. Printed as
 * yuan with two decimals and thousands separators ("14,400.00").
 */
export type Fen = bigint | number;

/** A social insurance agency (社会保险经办机构) as a document names it. */
export interface AgencyName {
  /** Full official name, e.g. "广州市社会保险基金管理中心". */
  readonly name: string;
}

/** An agency with the contact details that the other agency and the person need. */
export interface AgencyContact extends AgencyName {
  /** Postal address (地址). */
  readonly address: string;
  /**
   * Six-digit post code (邮政编码); null when the agency has registered none in the directory
   * (most generated demo agencies), printed as 未登记.
   */
  readonly postCode: string | null;
  /** Telephone for transfer questions (联系电话), e.g. "020-12345678". */
  readonly phone: string;
}

/**
 * The fund account that transferred money is paid into or out of (基金收入户/支出户): the
 * contact letter gives the transfer-in agency's, so that the funds can be sent; the information
 * table gives the transfer-out agency's, the account they were sent from. It is an agency's
 * account, not a person's, so it is printed in full.
 */
export interface AgencyBankAccount {
  /** Bank and branch (开户银行). */
  readonly bankName: string;
  /** Account name (户名). */
  readonly accountName: string;
  /** Account number (银行账号). */
  readonly accountNumber: string;
}

/** The insured person (参保人员) as the agencies' documents identify them. */
export interface PersonOnDocument {
  /** Name as on the citizen ID (姓名). */
  readonly name: string;
  /** Sex (性别), printed 男/女. */
  readonly sex: Sex;
  /** Citizen ID number (公民身份号码), 18 characters, printed in full. */
  readonly citizenId: string;
  /**
   * The personal number (个人编号) the transfer-out agency gave the person, when it had its own
   * numbering before the ID number became the social security number; null prints 无.
   */
  readonly formerPersonalNumber: string | null;
}

/**
 * Where the paper form has the agency's stamp (公章) and the signatures of the clerk (经办人) and
 * the reviewer (复核人): the lines printed there, top to bottom, e.g.
 * `['广州市社会保险基金管理中心（业务专用章）', '经办人：李明  复核人：王芳']`. An electronic
 * seal (电子印章) would replace these lines; until then they are text. At least one line.
 */
export type SealLines = readonly string[];

/**
 * 基本养老保险关系转移接续联系函: the transfer-in agency, having accepted an application, asks
 * the transfer-out agency to move the relationship and the funds (DOMAIN.md §3 step 2).
 */
export interface ContactLetter {
  /** The letter's number (编号), unique per issuing agency, e.g. "440100-LXH-2024-000123". */
  readonly letterNumber: string;
  /** The day the letter is issued (出具日期). */
  readonly issuedOn: IsoDate;
  /** The scheme whose relationship moves (险种); the national forms are for employee pension. */
  readonly scheme: InsuranceScheme;
  /** The agency the letter is addressed to (转出地社会保险经办机构). */
  readonly transferOutAgency: AgencyName;
  /** The issuing agency (转入地社会保险经办机构), with where to send the information table. */
  readonly transferInAgency: AgencyContact & {
    /** Where the transfer-out agency sends the funds; printed when known. */
    readonly bankAccount?: AgencyBankAccount;
  };
  readonly person: PersonOnDocument;
  /** The number of the person's online application (申请编号), when the letter answers one. */
  readonly applicationReference?: string;
  readonly sealLines: SealLines;
}

/** One line of the contribution record on the information table (参保缴费明细). */
export interface ContributionPeriodLine {
  /** First month of the period (起始年月), `YYYY-MM`. */
  readonly from: YearMonth;
  /** Last month of the period (终止年月), `YYYY-MM`, included. */
  readonly to: YearMonth;
  /** The monthly contribution wage (月缴费基数) in fen. */
  readonly monthlyBaseFen: Fen;
  /**
   * Months actually paid in the period (缴费月数): at most the months from `from` to `to`, fewer
   * when some months were not paid.
   */
  readonly months: number;
  /** Through an employer (职工) or on their own as a flexible worker (个人身份). */
  readonly insuredAs: InsuredAs;
  /** Normal, or a temporary contribution account (临时缴费账户, the 50/40 rule); normal if absent. */
  readonly accountKind?: AccountKind;
}

/**
 * The individual account (个人账户) that moves. 66号 Art. 4: before 1998-01-01 only the
 * person's own contributions with interest move; from 1998 the whole credited balance.
 */
export interface IndividualAccountAmounts {
  /** 1998年1月1日之前个人缴费累计本息, in fen. */
  readonly before1998PersonalContributionsWithInterestFen: Fen;
  /** 1998年1月1日之后个人账户储存额 (principal and interest), in fen. */
  readonly since1998BalanceFen: Fen;
}

/**
 * 基本养老保险关系转移接续信息表 (参保缴费信息表): the transfer-out agency's record of what it
 * moved, sent with the funds to the transfer-in agency (DOMAIN.md §3 step 3).
 */
export interface InformationTable {
  /** The table's number (编号). */
  readonly tableNumber: string;
  /** The contact letter it answers (联系函编号). */
  readonly contactLetterNumber: string;
  /** The day the table is issued (出具日期). */
  readonly issuedOn: IsoDate;
  readonly scheme: InsuranceScheme;
  /** The issuing agency (转出地社会保险经办机构), with the account the funds left from. */
  readonly transferOutAgency: AgencyContact & { readonly bankAccount?: AgencyBankAccount };
  /** The receiving agency (转入地社会保险经办机构). */
  readonly transferInAgency: AgencyName;
  readonly person: PersonOnDocument;
  /** Every contribution period at the transfer-out place, oldest first. At least one. */
  readonly periods: readonly ContributionPeriodLine[];
  /** Months deemed paid (视同缴费月数) before the pension reform; they carry no money. */
  readonly deemedMonths?: number;
  readonly individualAccount: IndividualAccountAmounts;
  /** Pooled fund moved (统筹基金转移额): 12% of each month's base since 1998, in fen. */
  readonly pooledFundFen: Fen;
  /**
   * Total moved (转移资金总额), in fen. Must equal both individual-account amounts plus the
   * pooled fund: the renderer refuses a table whose parts do not add up.
   */
  readonly totalFen: Fen;
  /** The day the funds were sent (资金划转日期). */
  readonly transferDate: IsoDate;
  readonly sealLines: SealLines;
}

/**
 * 基本养老保险关系转移接续完成告知: the transfer-in agency tells the person that the transfer is
 * finished and what was received (DOMAIN.md §3 step 4, "tells the person").
 */
export interface CompletionNotice {
  /** The notice's number (编号). */
  readonly noticeNumber: string;
  /** The day the notice is issued (出具日期). */
  readonly issuedOn: IsoDate;
  readonly scheme: InsuranceScheme;
  /** The person it is addressed to. */
  readonly person: Pick<PersonOnDocument, 'name' | 'citizenId'>;
  /** The person's online application (申请编号), when there was one. */
  readonly applicationReference?: string;
  readonly contactLetterNumber: string;
  readonly informationTableNumber: string;
  readonly transferOutAgency: AgencyName;
  /** The issuing agency, with where the person can ask questions. */
  readonly transferInAgency: AgencyContact;
  /** The day the relationship was merged at the new place (办结日期). */
  readonly completedOn: IsoDate;
  /** Individual account received (转入个人账户储存额), both parts together, in fen. */
  readonly individualAccountFen: Fen;
  /** Pooled fund received (转入统筹基金), in fen. */
  readonly pooledFundFen: Fen;
  /** Total received (转入资金合计), in fen; must equal the two amounts above. */
  readonly totalFen: Fen;
  /** Contribution months carried over (转入缴费月数), deemed months included. */
  readonly contributionMonths: number;
  readonly sealLines: SealLines;
}
