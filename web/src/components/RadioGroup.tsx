import type { ReactNode } from 'react';
import { FieldErrorMessage } from './FieldErrorMessage.tsx';

export interface RadioOption {
  value: string;
  label: string;
  /** Language of the label when it differs from the page (Chinese place names on English pages). */
  lang?: string;
}

interface RadioGroupProps {
  name: string;
  legend: ReactNode;
  /** The legend is the page's question: it holds the `<h1>` (GOV.UK pattern). */
  legendIsPageHeading?: boolean;
  hint?: string;
  error?: string;
  options: RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  columns?: boolean;
  /** Shown instead of the options while they load or when they could not be loaded. */
  placeholder?: ReactNode;
}

export const radioId = (name: string, value: string) => `${name}-${value}`;

/** A question answered by one of several radio buttons, with its hint and error message. */
export function RadioGroup(props: RadioGroupProps) {
  const { name, hint, error, options, value, onChange } = props;
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
        <legend
          className={
            props.legendIsPageHeading
              ? 'fieldset__legend fieldset__legend--page'
              : 'fieldset__legend'
          }
        >
          {props.legend}
        </legend>
        {hint && (
          <p className="hint" id={`${name}-hint`}>
            {hint}
          </p>
        )}
        {error && <FieldErrorMessage id={`${name}-error`} message={error} />}
        {props.placeholder ?? (
          <ul className={props.columns ? 'radios radios--columns' : 'radios'}>
            {options.map((option) => (
              <li className="radio" key={option.value}>
                <input
                  className="radio__input"
                  type="radio"
                  id={radioId(name, option.value)}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label
                  className="radio__label"
                  htmlFor={radioId(name, option.value)}
                  lang={option.lang}
                >
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </div>
  );
}
