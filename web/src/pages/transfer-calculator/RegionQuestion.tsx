import type { Region } from '../../api/client.ts';
import { useApi, type ApiState } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';
import { usePlaceNameLang } from '../transfer-destination/use-place-name-lang.ts';
import type { RegionAnswer } from './calculator-answers.ts';
import { cityListId, controlId, provinceListId } from './calculator-fields.ts';
import { loadCities, loadProvinces } from './region-options.ts';
import { useCalculatorT } from './use-calculator-t.ts';

/**
 * A place, picked from two lists: the province, then the city in it. The city may be left out:
 * the calculator's rules compare places by province. A place filled in from a person's record
 * can lie below the cities (a district of their hukou): the city list then offers it too.
 */
export function RegionQuestion(props: {
  /** The field's path in the request, e.g. `history.0.region`. */
  path: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: RegionAnswer;
  onChange: (value: RegionAnswer) => void;
}) {
  const t = useCalculatorT();
  const placeLang = usePlaceNameLang();
  const { path, hint, error, value, onChange } = props;
  const id = controlId(path);
  const provinces = useApi('provinces', () => loadProvinces());
  const cities = useApi(value.province ? `cities:${value.province}` : null, () =>
    loadCities(value.province),
  );
  const recorded = useRecordedPlace(value, cities.state);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const failure =
    provinces.state.status === 'error'
      ? { failure: provinces.state.failure, retry: provinces.retry }
      : cities.state.status === 'error'
        ? { failure: cities.state.failure, retry: cities.retry }
        : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
        <legend className="fieldset__legend">{props.legend}</legend>
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
        <div className="region-lists">
          <div className="region-lists__item">
            <label className="label" htmlFor={provinceListId(path)}>
              {t.province}
            </label>
            <select
              className={error ? 'select select--error' : 'select'}
              id={provinceListId(path)}
              aria-invalid={error ? true : undefined}
              value={value.province}
              onChange={(event) => onChange({ province: event.target.value, city: '' })}
            >
              <option value="">{t.chooseProvince}</option>
              {provinces.state.status === 'ok' &&
                provinces.state.data.map((region) => (
                  <option key={region.code} value={region.code} lang={placeLang}>
                    {region.name}
                  </option>
                ))}
            </select>
          </div>
          {value.province && (
            <div className="region-lists__item">
              <label className="label" htmlFor={cityListId(path)}>
                {t.city}
              </label>
              <select
                className="select"
                id={cityListId(path)}
                value={value.city}
                onChange={(event) => onChange({ ...value, city: event.target.value })}
              >
                <option value="">{t.chooseCity}</option>
                {cities.state.status === 'ok' &&
                  cities.state.data.map((region) => (
                    <option key={region.code} value={region.code} lang={placeLang}>
                      {region.name}
                    </option>
                  ))}
                {recorded && (
                  <option value={recorded.code} lang={placeLang}>
                    {placeBelowProvince(recorded, provinces.state)}
                  </option>
                )}
              </select>
            </div>
          )}
        </div>
        {failure && <ApiProblem failure={failure.failure} onRetry={failure.retry} />}
      </fieldset>
    </div>
  );
}

/**
 * The chosen place when the city list does not hold it (a county or district from a record),
 * looked up among the places of its city (GB/T 2260: the first four digits); null otherwise.
 */
function useRecordedPlace(
  value: RegionAnswer,
  cities: ApiState<Region[]>,
): { code: string; region: Region | undefined } | null {
  const unlisted =
    value.city !== '' &&
    cities.status === 'ok' &&
    !cities.data.some((region) => region.code === value.city);
  const parent = `${value.city.slice(0, 4)}00`;
  const below = useApi(unlisted && parent !== value.city ? `cities:${parent}` : null, () =>
    loadCities(parent),
  );
  if (!unlisted) return null;
  const region =
    below.state.status === 'ok'
      ? below.state.data.find((place) => place.code === value.city)
      : undefined;
  return { code: value.city, region };
}

/** A place under its province, without repeating the province: 成都市锦江区. */
function placeBelowProvince(
  recorded: { code: string; region: Region | undefined },
  provinces: ApiState<Region[]>,
): string {
  if (!recorded.region) return recorded.code;
  const { fullName } = recorded.region;
  const province =
    provinces.status === 'ok'
      ? provinces.data.find((region) => recorded.code.startsWith(region.code.slice(0, 2)))
      : undefined;
  return province && fullName.startsWith(province.name)
    ? fullName.slice(province.name.length)
    : fullName;
}
