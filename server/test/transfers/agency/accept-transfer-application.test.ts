import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { workingDayDeadline } from '../../../../domain/calendar/index.ts';
import { todayInChina } from '../../../../domain/china-time.ts';
import type { caseSchema } from '../../../src/modules/transfers/agency/agency.schemas.ts';
import { renderContactLetter } from '../../../src/modules/transfers/documents/index.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import { demoPerson, type TestApp } from '../transfer-helpers.ts';
import {
  applicantView,
  emittedEvents,
  staffMember,
  storedCase,
  submitApplicationOf,
  type StaffMember,
} from './agency-helpers.ts';

// 周子航 moves his pension from Chengdu (510100) to Guangzhou (440100).
describe('the transfer-in agency accepts an application', () => {
  let t: TestApp;
  let guangzhou: StaffMember;
  let chengdu: StaffMember;
  let application: Awaited<ReturnType<typeof submitApplicationOf>>;
  let accepted: z.infer<typeof caseSchema>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    guangzhou = await staffMember(t, 'demo.440100.staff');
    chengdu = await staffMember(t, 'demo.510100.staff');
    application = await submitApplicationOf(t, 'cross-province');
    const response = await guangzhou.accept(application.id, application.version);
    expect(response.statusCode).toBe(200);
    accepted = response.json();
  });
  afterAll(() => t?.close());

  it('answers the case page as it now stands: accepted, the transfer-out step due in 15 working days', () => {
    const deadline = workingDayDeadline(todayInChina(), 15).date;
    expect(accepted).toMatchObject({
      id: application.id,
      status: 'accepted',
      version: application.version + 1,
      nextStep: { deadlineOn: deadline, workingDaysLeft: 15, overdue: false },
      availableActions: ['reject', 'reveal'],
    });
    expect(accepted.timeline[0]).toMatchObject({
      action: 'accepted',
      actor: {
        role: 'agency',
        displayName: '演示经办员 440100',
        agency: { code: '440100', name: '广州市' },
      },
      deadlineOn: deadline,
    });
    expect(accepted.documents).toEqual([
      expect.objectContaining({
        kind: 'contact-letter',
        number: expect.stringMatching(
          new RegExp(`^440100-LXH-${todayInChina().slice(0, 4)}-\\d{6}$`),
        ),
        issuedBy: expect.objectContaining({ code: '440100' }),
      }),
    ]);
  });

  it('stores the contact letter encrypted, with the fields the law requires, and it renders', async () => {
    const { rows } = await t.database.pool.query(
      `select kind, number, issued_by_region_code, content_encrypted from transfer_documents
        where application_id = $1`,
      [application.id],
    );
    expect(rows).toHaveLength(1);
    const person = demoPerson('cross-province');
    expect(rows[0].content_encrypted).not.toContain(person.citizenId);
    const letter = JSON.parse(t.cipher.decrypt(rows[0].content_encrypted));
    expect(letter).toEqual({
      letterNumber: rows[0].number,
      issuedOn: todayInChina(),
      scheme: 'employee-pension',
      transferOutAgency: { name: expect.stringContaining('成都') },
      transferInAgency: {
        name: expect.stringContaining('广州'),
        address: expect.any(String),
        postCode: '510000', // Guangzhou's, from the agency directory
        phone: '12333',
      },
      person: {
        name: person.name,
        sex: 'male',
        citizenId: person.citizenId,
        formerPersonalNumber: null,
      },
      applicationReference: application.id.slice(0, 13).toUpperCase(),
      sealLines: [expect.stringContaining('业务专用章'), '经办人：演示经办员 440100'],
    });
    const pdf = await renderContactLetter(letter);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('records the step and the document in the audit log, and emits the event with the letter number', async () => {
    const audit = await t.database.pool.query(
      `select action, actor_id, data from audit_log where subject_id = $1 and actor_type = 'staff'
        order by seq`,
      [application.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'transfer-application.accepted',
      'transfer-document.issued',
    ]);
    expect(audit.rows.every((r) => r.actor_id === guangzhou.staffId)).toBe(true);
    const events = await emittedEvents(t, 'transfer-application.accepted');
    expect(events).toEqual([
      expect.objectContaining({
        applicationId: application.id,
        fromRegionCode: '510100',
        toRegionCode: '440100',
        contactLetterNumber: accepted.documents[0]!.number,
      }),
    ]);
  });

  it("moves the case from Guangzhou's to-accept queue to Chengdu's to-process queue", async () => {
    const toAccept = (await guangzhou.get('/queues/to-accept')).json();
    expect(toAccept.rows.map((r: { id: string }) => r.id)).not.toContain(application.id);
    const toProcess = (await chengdu.get('/queues/to-process')).json();
    expect(toProcess.rows).toEqual([
      expect.objectContaining({ id: application.id, status: 'accepted', version: 2 }),
    ]);
    const ownToProcess = (await guangzhou.get('/queues/to-process')).json();
    expect(ownToProcess.rows).toEqual([]);
  });

  it('lets the transfer-out agency read the case and offers it the transfer-out step or a refusal', async () => {
    const page = await chengdu.casePage(application.id);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      sides: ['transfer-out'],
      availableActions: ['reject', 'transfer-out', 'reveal'],
    });
  });

  it('shows the applicant the acceptance in their timeline, by the agency, with the next deadline', async () => {
    const view = await applicantView(t, application.citizenCookie, application.id);
    expect(view).toMatchObject({
      status: 'accepted',
      statusLabel: { zh: '已受理，已发联系函' },
      nextStep: { action: 'accepted', deadlineOn: workingDayDeadline(todayInChina(), 15).date },
    });
    expect(view.timeline[0]).toMatchObject({
      action: 'accepted',
      actor: { role: 'agency', label: { zh: '转入地社保经办机构' } },
      reason: null,
    });
    // The applicant is not told which staff member acted.
    expect(JSON.stringify(view)).not.toContain('演示经办员');
  });

  it('numbers the next contact letter of the agency one higher', async () => {
    const second = await submitApplicationOf(t, 'older-within-province'); // 440600 → 440100
    const response = await guangzhou.accept(second.id, second.version);
    expect(response.statusCode).toBe(200);
    const [first, next] = [accepted.documents[0]!.number, response.json().documents[0].number];
    expect(Number(next.slice(-6))).toBe(Number(first.slice(-6)) + 1);
  });

  it('refuses the applicant a withdrawal once the case is accepted', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/transfer-applications/${application.id}/withdraw`,
      headers: { cookie: application.citizenCookie },
      payload: { version: 2 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('ILLEGAL_TRANSITION');
    expect((await storedCase(t, application.id)).status).toBe('accepted');
  });
});
