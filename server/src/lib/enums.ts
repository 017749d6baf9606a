// Narrows a text column to one of the domain's closed sets; a value outside it means corrupted data.

export function asEnum<const T extends readonly string[]>(
  values: T,
  value: string,
  column: string,
): T[number] {
  if ((values as readonly string[]).includes(value)) return value as T[number];
  throw new Error(`Unexpected ${column} "${value}" in the database`);
}
