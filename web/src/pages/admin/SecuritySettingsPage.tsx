import { useState } from 'react';
import {
  getSecuritySettings,
  saveSecuritySettings,
  type SecuritySettings,
} from '../../api/admin.ts';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import {
  SettingsForm,
  SettingsPage,
  wholeNumberIn,
  type SettingsFormProps,
} from './SettingsPage.tsx';
import { useAdminT } from './use-admin-t.ts';

/** 密码策略 (secadmin): forced password rotation, off by default (docs/DECISIONS.md). */
export function SecuritySettingsPage() {
  return (
    <SettingsPage
      roles={['secadmin']}
      name="security-settings"
      texts={(t) => t.security}
      load={getSecuritySettings}
      form={(props) => <SecurityForm {...props} />}
    />
  );
}

function SecurityForm(props: SettingsFormProps<SecuritySettings>) {
  const s = useAdminT().security;
  const current = props.settings.passwordRotationDays;
  const [choice, setChoice] = useState<'off' | 'on'>(current === null ? 'off' : 'on');
  const [days, setDays] = useState(current === null ? '' : String(current));
  const daysProblem = { fieldId: 'passwordRotationDays', message: s.daysMissing };
  return (
    <SettingsForm
      {...props}
      texts={s}
      check={() => (choice === 'on' && wholeNumberIn(days, 30, 365) === null ? daysProblem : null)}
      // A refused save is shown on the days when they are asked, on the choice otherwise.
      refused={choice === 'on' ? daysProblem : { fieldId: 'rotation-off', message: s.daysMissing }}
      send={(version) =>
        saveSecuritySettings({
          passwordRotationDays: choice === 'on' ? Number(days.trim()) : null,
          version,
        })
      }
    >
      {(errorOf) => (
        <>
          <RadioGroup
            name="rotation"
            legend={s.rotation}
            error={errorOf('rotation-off')}
            options={[
              { value: 'off', label: s.off },
              { value: 'on', label: s.on },
            ]}
            value={choice}
            onChange={(value) => setChoice(value === 'on' ? 'on' : 'off')}
          />
          {choice === 'on' && (
            <TextField
              id="passwordRotationDays"
              label={s.days}
              hint={s.daysHint}
              error={errorOf('passwordRotationDays')}
              value={days}
              onChange={setDays}
              inputMode="numeric"
              short
            />
          )}
        </>
      )}
    </SettingsForm>
  );
}
