import { useT } from '../../i18n/language-context.tsx';

/** The text box that narrows the list of cities as the person types, and says how many remain. */
export function CityFilter(props: {
  text: string;
  onChange: (text: string) => void;
  shown: number;
  total: number;
}) {
  const t = useT();
  const { text, shown, total } = props;
  const status =
    shown === 0
      ? t.city.noMatch(text.trim())
      : shown === total
        ? t.city.showingAll(total)
        : t.city.showingSome(shown, total);
  return (
    <div className="form-group">
      <label className="label" htmlFor="city-filter">
        {t.city.filterLabel}
      </label>
      <p className="hint" id="city-filter-hint">
        {t.city.filterHint}
      </p>
      <input
        className="text-input"
        id="city-filter"
        type="search"
        autoComplete="off"
        aria-describedby="city-filter-hint city-filter-status"
        aria-controls="region-list"
        value={text}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the filter would submit the form with no city chosen yet.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <p className="filter-status" id="city-filter-status" role="status">
        {status}
      </p>
    </div>
  );
}
