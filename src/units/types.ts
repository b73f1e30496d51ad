import type { Hierarchy } from '../model/level';

/** A unit set's id: the date of the list it was read from. */
export type UnitSetId = '2025-01-04' | '2025-07-01';

/** The tier of an administrative unit. */
export type AdministrativeLevel = 'province' | 'district' | 'commune';

/** One administrative unit of an official list, keyed by its official code. */
export interface AdministrativeUnit {
  /** The official code (2 digits a province, 3 a district, 5 a commune). Codes are reused: read one with its date. */
  readonly code: string;
  /** The official name with its kind (`Phường Sài Gòn`), NFC, as the source writes it. */
  readonly name: string;
  /** The kind as the source gives it: `Tỉnh`, `Thành phố`, `Quận`, `Huyện`, `Thị xã`, `Xã`, `Phường`, `Thị trấn`, `Đặc khu`. */
  readonly kind: string;
  readonly level: AdministrativeLevel;
  /** The code of its province (a province's own code). */
  readonly province: string;
  /** The code of its district (communes of the three-tier set only). */
  readonly district?: string;
  /** The set it belongs to. */
  readonly set: UnitSetId;
  /**
   * `false` for a commune formed after 4 January 2025 (Phường Mộc Lỵ, …): not in that day's list nor
   * in its set's `communes`, known only from the crosswalk's row; `findUnits` finds it by name.
   */
  readonly listed?: false;
}

/** An official list of units, with the days it holds for. */
export interface UnitSet {
  readonly id: UnitSetId;
  /** The first day the set is read at. */
  readonly validFrom: string;
  /** The last day, or `null` while it holds. */
  readonly validUntil: string | null;
  /** `threeTier2021` or `twoTier2025`. */
  readonly hierarchy: Hierarchy;
  /** Where the list comes from. */
  readonly source: string;
  readonly provinces: readonly AdministrativeUnit[];
  /** Empty in the two-tier set. */
  readonly districts: readonly AdministrativeUnit[];
  readonly communes: readonly AdministrativeUnit[];
}

/** How an old unit went into a new one: all of it, part of it (the rest elsewhere), or unchanged. */
export type ReformRelation = 'whole' | 'part' | 'unchanged';

/** One row of the reform's crosswalk: an old unit (or part of one) that a new commune-level unit was made from. */
export interface CrosswalkEntry {
  /** The new unit's code (from 2025-07-01). */
  readonly new: string;
  /** The new unit's province code. */
  readonly newProvince: string;
  /** The old unit's code (before 2025-07-01); `null` for an area that was no unit. */
  readonly old: string | null;
  /** `commune`; `district` for an island district that became a đặc khu whole; `area` for land a district managed. */
  readonly oldLevel: 'commune' | 'district' | 'area';
  readonly oldName: string;
  readonly oldDistrict: string;
  readonly oldProvince: string;
  readonly relation: ReformRelation;
  /** Whether the old unit is in the list of 4 January 2025 (a few communes were formed later). */
  readonly listed: boolean;
  /** The crosswalk table's spelling of the old name, where it is not the list's (`Xã Sà Phìn` for `Xã Xà Phìn`). */
  readonly crosswalkName?: string;
}
