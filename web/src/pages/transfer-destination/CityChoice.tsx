import type { FormEvent } from 'react';
import type { Region } from '../../api/client.ts';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { useT } from '../../i18n/language-context.tsx';
import { CityFilter } from './CityFilter.tsx';
import { usePlaceNameLang } from './use-place-name-lang.ts';

/** The filter box and the cities it leaves, as radio buttons, with the Continue button. */
export function CityChoice(props: {
  filter: string;
  onFilterChange: (text: string) => void;
  matchingCount: number;
  total: number;
  shown: Region[];
  legend: string;
  value: string | null;
  onChange: (code: string) => void;
  error: string | undefined;
  onSubmit: (event: FormEvent) => void;
}) {
  const t = useT();
  const placeLang = usePlaceNameLang();
  return (
    <form onSubmit={props.onSubmit} noValidate>
      <CityFilter
        text={props.filter}
        onChange={props.onFilterChange}
        shown={props.matchingCount}
        total={props.total}
      />
      <div id="region-list">
        <RadioGroup
          name="region"
          legend={props.legend}
          error={props.error}
          options={props.shown.map((r) => ({ value: r.code, label: r.name, lang: placeLang }))}
          value={props.value}
          onChange={props.onChange}
          columns
        />
      </div>
      <button type="submit" className="button">
        {t.common.continue}
      </button>
    </form>
  );
}
