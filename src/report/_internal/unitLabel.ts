import type { Text } from '../../model/text';
import type { ReportLang } from '../labels';
import type { UnitNames } from '../renderScorecard';

/**
 * A unit's label for people: its name in `lang` when `units` names it (by own key: a unit id
 * `constructor` is an id like any other), else its id. The chart adapters share it.
 */
export function unitLabeller(units: UnitNames | undefined, lang: ReportLang): (id: string) => string {
  const names = new Map<string, string>();
  const add = (id: string, name: string | Text) => {
    if (!names.has(id)) names.set(id, typeof name === 'string' ? name : name[lang]);
  };
  if (Array.isArray(units)) for (const u of units as readonly { readonly id: string; readonly name: string | Text }[]) add(u.id, u.name);
  else if (units !== undefined) for (const [id, name] of Object.entries(units as Readonly<Record<string, string | Text>>)) add(id, name);
  return (id) => names.get(id) ?? id;
}
