import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { toApiFailure, type ApiFailure } from '../../../api/api-failure.ts';
import { addFamilyMember, type FamilyRelation } from '../../../api/cards.ts';
import type { CitizenAccount } from '../../../api/client.ts';
import { BackLink } from '../../../components/BackLink.tsx';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary.tsx';
import { RadioGroup, radioId } from '../../../components/RadioGroup.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { usePageHeading } from '../../../components/use-page-heading.ts';
import { SignedInOnly } from '../../identity/SignedInOnly.tsx';
import { familyPaths } from '../card-paths.ts';
import { IdentityBackNotice } from '../IdentityBackNotice.tsx';
import { RealPersonGate } from '../RealPersonGate.tsx';
import { useCardsT } from '../use-cards-t.ts';
import { FamilyProblem } from './FamilyProblem.tsx';
import type { FamilyPageState } from './family-notice.ts';
import '../cards.css';

const relations: readonly FamilyRelation[] = ['spouse', 'parent', 'child', 'other'];

/** 添加家庭成员: name, ID number and relation; a minor is added, an adult invited. */
export function AddFamilyMemberPage() {
  return (
    <SignedInOnly returnTo={familyPaths.add}>
      {(account) => <AddFamilyMember account={account} />}
    </SignedInOnly>
  );
}

function AddFamilyMember({ account }: { account: CitizenAccount }) {
  const t = useCardsT();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [citizenId, setCitizenId] = useState('');
  const [relation, setRelation] = useState<FamilyRelation | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.family.addTitle, errors.length > 0 || failure !== null);
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const relationField = radioId('relation', 'spouse');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (name.trim() === '') found.push({ fieldId: 'member-name', message: t.family.nameMissing });
    if (citizenId.trim() === '')
      found.push({ fieldId: 'member-citizen-id', message: t.family.citizenIdMissing });
    if (!relation) found.push({ fieldId: relationField, message: t.family.relationMissing });
    setErrors(found);
    setFailure(null);
    if (found.length > 0 || !relation) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const family = await addFamilyMember({ name: name.trim(), citizenId, relation });
      const newest = [...family.members].sort((a, b) => b.addedAt.localeCompare(a.addedAt))[0];
      const state: FamilyPageState = {
        familyNotice: newest?.status === 'invited' ? 'invited' : 'added',
      };
      navigate(familyPaths.members, { state });
    } catch (caught) {
      setFailure(toApiFailure(caught));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink to={familyPaths.members} />
      {failure && <FamilyProblem failure={failure} attempt={attempt} here={familyPaths.add} />}
      <IdentityBackNotice />
      <h1 ref={heading} tabIndex={-1}>
        {t.family.addTitle}
      </h1>
      <p>{t.family.intro}</p>
      <RealPersonGate account={account} here={familyPaths.add}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="member-name"
            label={t.family.name}
            hint={t.family.nameHint}
            error={errorOf('member-name')}
            value={name}
            onChange={setName}
          />
          <TextField
            id="member-citizen-id"
            label={t.family.citizenId}
            hint={t.family.citizenIdHint}
            error={errorOf('member-citizen-id')}
            value={citizenId}
            onChange={setCitizenId}
          />
          <RadioGroup
            name="relation"
            legend={t.family.relation}
            error={errorOf(relationField)}
            options={relations.map((value) => ({
              value,
              label: t.family.relations[value] ?? value,
            }))}
            value={relation}
            onChange={(value) => setRelation(value as FamilyRelation)}
          />
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t.family.submit}
          </button>
        </form>
      </RealPersonGate>
    </>
  );
}
