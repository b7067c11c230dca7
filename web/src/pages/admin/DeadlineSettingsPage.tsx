import { useState } from 'react';
import {
  getDeadlineSettings,
  saveDeadlineSettings,
  type DeadlineSettings,
} from '../../api/admin.ts';
import { TextField } from '../../components/TextField.tsx';
import { HolidayCalendar } from './HolidayCalendar.tsx';
import {
  SettingsForm,
  SettingsPage,
  wholeNumberIn,
  type SettingsFormProps,
} from './SettingsPage.tsx';
import { useAdminT } from './use-admin-t.ts';

/**
 * 办理时限参数 (sysadmin): how many working days ahead a case step is flagged "due soon", and the
 * holiday arrangements the working days are counted with.
 */
export function DeadlineSettingsPage() {
  return (
    <SettingsPage
      roles={['sysadmin']}
      name="deadline-settings"
      texts={(t) => t.deadlines}
      load={getDeadlineSettings}
      form={(props) => <DeadlineForm {...props} />}
      after={<HolidayCalendar />}
    />
  );
}

function DeadlineForm(props: SettingsFormProps<DeadlineSettings>) {
  const d = useAdminT().deadlines;
  const [days, setDays] = useState(String(props.settings.dueSoonWorkingDays));
  const refused = { fieldId: 'dueSoonWorkingDays', message: d.missing };
  return (
    <SettingsForm
      {...props}
      texts={d}
      neverChanged={d.defaultValue}
      check={() => (wholeNumberIn(days, 1, 10) === null ? refused : null)}
      refused={refused}
      send={(version) => saveDeadlineSettings({ dueSoonWorkingDays: Number(days.trim()), version })}
    >
      {(errorOf) => (
        <TextField
          id="dueSoonWorkingDays"
          label={d.dueSoon}
          hint={d.dueSoonHint}
          error={errorOf('dueSoonWorkingDays')}
          value={days}
          onChange={setDays}
          inputMode="numeric"
          short
        />
      )}
    </SettingsForm>
  );
}
