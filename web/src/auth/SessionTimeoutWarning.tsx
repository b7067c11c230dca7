import { useNavigate } from 'react-router';
import { signInPaths, type PhonePageState } from '../pages/sign-in/sign-in-state.ts';
import { useAuth } from './auth-context.tsx';
import { TimeoutWarning } from './TimeoutWarning.tsx';

/**
 * The citizen's session-timeout warning: when the session ends, the sign-in page says why. The
 * citizen's session forgets itself when a refresh fails, so a refused "stay" only leaves.
 */
export function SessionTimeoutWarning() {
  const auth = useAuth();
  const navigate = useNavigate();
  return (
    <TimeoutWarning
      session={auth}
      leave={(notice) => {
        const state: PhonePageState = { notice };
        void navigate(signInPaths.phone, { state });
      }}
    />
  );
}
