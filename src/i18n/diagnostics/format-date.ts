/**
 * A `YYYY-MM-DD` date as a sentence writes it: day, month name, year, and what the
 * language puts after the year (Russian: «1 апреля 2027 года»).
 */
export function dayMonthYear(iso: string, months: readonly string[], afterYear = ''): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}${afterYear}`;
}
