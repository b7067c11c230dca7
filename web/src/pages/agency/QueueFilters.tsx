import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { insuranceSchemes, schemeNames } from '../../../../domain/schemes.ts';
import { TextField } from '../../components/TextField.tsx';
import { queueUrl } from './agency-paths.ts';
import { deadlineStates, firstPage, queueSorts, type QueueSearch } from './queue-search.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useAgencyT, useTexts } from './use-agency-t.ts';

/**
 * Filters (scheme, deadline standing, reference) and the order of a queue. Nothing changes until
 * the form is sent, so that a keyboard or screen-reader user is never moved by a half-made choice.
 */
export function QueueFilters(props: { search: QueueSearch; onApply: (next: QueueSearch) => void }) {
  const t = useAgencyT();
  const text = useTexts();
  const { search } = props;
  // The address is the truth; the form holds what is being chosen, from the address it opened with.
  const [draft, setDraft] = useState(search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply(firstPage({ ...draft, queue: search.queue }));
  };
  return (
    <form className="queue-filters" onSubmit={submit} aria-labelledby="queue-filters-title">
      <h2 className="visually-hidden" id="queue-filters-title">
        {t.queues.filters}
      </h2>
      <div className="queue-filters__fields">
        <SelectField
          id="filter-scheme"
          compact
          label={t.queues.scheme}
          placeholder={t.queues.allSchemes}
          options={insuranceSchemes.map((s) => ({ value: s, label: text(schemeNames[s]) }))}
          value={draft.scheme ?? ''}
          onChange={(value) =>
            setDraft({ ...draft, scheme: value === '' ? null : (value as QueueSearch['scheme']) })
          }
        />
        <SelectField
          id="filter-deadline"
          compact
          label={t.queues.deadline}
          placeholder={t.queues.allDeadlines}
          options={deadlineStates.map((s) => ({ value: s, label: t.deadline.states[s] }))}
          value={draft.deadline ?? ''}
          onChange={(value) =>
            setDraft({
              ...draft,
              deadline: value === '' ? null : (value as QueueSearch['deadline']),
            })
          }
        />
        <SelectField
          id="filter-sort"
          compact
          label={t.queues.sort}
          options={queueSorts.map((s) => ({ value: s, label: t.queues.sorts[s] }))}
          value={draft.sort}
          onChange={(value) => setDraft({ ...draft, sort: value as QueueSearch['sort'] })}
        />
        <div className="queue-filters__reference">
          <TextField
            id="filter-reference"
            label={t.queues.reference}
            hint={t.queues.referenceHint}
            short
            value={draft.reference}
            onChange={(reference) => setDraft({ ...draft, reference })}
          />
        </div>
      </div>
      <ul className="actions">
        <li>
          <button type="submit" className="button">
            {t.queues.apply}
          </button>
        </li>
        <li>
          <Link to={queueUrl(search.queue)}>{t.queues.clear}</Link>
        </li>
      </ul>
    </form>
  );
}
