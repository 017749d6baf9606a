// One filter of a list screen: a labelled select whose first option ("all", "latest") means no filter
// (null). The screens keep the chosen values in the address.
export interface FilterChoice {
  value: string;
  label: string;
}

export function FilterSelect(props: {
  name: string;
  label: string;
  value: string | null;
  /** The first option's text: what no filter shows. */
  any: string;
  choices: readonly FilterChoice[];
  onChange: (value: string | null) => void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{props.any}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
