// The small GET filter forms above admin lists: labelled inputs, selects and a Filter button.

const controlClass = "rounded border border-stone-400 bg-white px-2 py-1 font-normal dark:border-stone-600 dark:bg-stone-900";

export function FilterInput({ label, name, value, className }: { label: string; name: string; value?: string | number; className?: string }) {
  return (
    <label className="flex flex-col font-semibold">
      {label}
      <input name={name} defaultValue={value} className={`${controlClass} ${className ?? ""}`} />
    </label>
  );
}

export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  /** [value, label]; an empty value means "no filter". */
  options: [string | number, string][];
}) {
  return (
    <label className="flex flex-col font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={controlClass}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterButton() {
  return (
    <button type="submit" className="rounded bg-stone-900 px-3 py-1 font-semibold text-white dark:bg-stone-100 dark:text-stone-900">
      Filter
    </button>
  );
}
