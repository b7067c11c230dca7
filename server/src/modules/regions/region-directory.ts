import type { InsuranceScheme } from '../../../../domain/schemes.ts';

export interface RegionRecord {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
}

export interface AgencyRecord {
  id: string;
  regionCode: string;
  name: string;
  address: string;
  phone: string;
  /** Six-digit post code (邮政编码); null when the agency has registered none. */
  postCode: string | null;
  isDemo: boolean;
}

/**
 * GB/T 2260 groups some counties under placeholder "cities": 市辖区 and 县 under the four
 * municipalities, and 省/自治区直辖县级行政区划 for counties that report directly to the province.
 */
const MUNICIPAL_PLACEHOLDERS = new Set(['市辖区', '县']);
const DIRECT_COUNTY_GROUPS = new Set(['省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * An in-memory index of regions and agencies with the naming and jurisdiction rules: which region
 * is a transfer destination (has its own agency) and which agency serves a given region.
 */
export class RegionDirectory {
  private readonly byCode = new Map<string, RegionRecord>();
  private readonly children = new Map<string, RegionRecord[]>();
  private readonly agencies = new Map<string, AgencyRecord>();
  private readonly fullNames = new Map<string, string>();

  constructor(regions: readonly RegionRecord[], agencies: readonly AgencyRecord[]) {
    for (const region of regions) {
      this.byCode.set(region.code, region);
      const key = region.parentCode ?? '';
      const siblings = this.children.get(key) ?? [];
      siblings.push(region);
      this.children.set(key, siblings);
    }
    for (const list of this.children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
    for (const agency of agencies) this.agencies.set(agency.regionCode, agency);
  }

  get(code: string): RegionRecord | undefined {
    return this.byCode.get(code);
  }

  provinces(): RegionRecord[] {
    return this.children.get('') ?? [];
  }

  /** The regions a person picks from under a province: its destination-level regions. */
  destinationsIn(provinceCode: string): RegionRecord[] {
    return (this.children.get(provinceCode) ?? []).flatMap((city) =>
      DIRECT_COUNTY_GROUPS.has(city.name) ? (this.children.get(city.code) ?? []) : [city],
    );
  }

  childrenOf(code: string): RegionRecord[] {
    return this.children.get(code) ?? [];
  }

  /** Destination-level regions have their own agency: cities, and counties reporting to a province. */
  isDestinationLevel(region: RegionRecord): boolean {
    if (region.level === 'city') return !DIRECT_COUNTY_GROUPS.has(region.name);
    if (region.level === 'county')
      return DIRECT_COUNTY_GROUPS.has(this.parentOf(region)?.name ?? '');
    return false;
  }

  /** The destination-level region whose agency serves this region, if any. */
  servingRegionOf(region: RegionRecord): RegionRecord | undefined {
    if (this.isDestinationLevel(region)) return region;
    if (region.level === 'county') {
      const city = this.parentOf(region);
      return city && this.isDestinationLevel(city) ? city : undefined;
    }
    return undefined;
  }

  agencyOf(regionCode: string): AgencyRecord | undefined {
    return this.agencies.get(regionCode);
  }

  /** The name people use: 北京市 rather than 市辖区, with 重庆市所辖县 for 县. */
  displayName(region: RegionRecord): string {
    if (region.level === 'city' && MUNICIPAL_PLACEHOLDERS.has(region.name)) {
      const province = this.parentOf(region)?.name ?? '';
      return region.name === '县' ? `${province}所辖县` : province;
    }
    return region.name;
  }

  /** Province, city and county names joined, e.g. 广东省广州市越秀区. */
  fullName(region: RegionRecord): string {
    let name = this.fullNames.get(region.code);
    if (name === undefined) {
      name = this.composeFullName(region);
      this.fullNames.set(region.code, name);
    }
    return name;
  }

  private composeFullName(region: RegionRecord): string {
    const chain: RegionRecord[] = [];
    for (let r: RegionRecord | undefined = region; r; r = this.parentOf(r)) chain.unshift(r);
    const parts = chain
      .filter((r) => !(r.level === 'city' && DIRECT_COUNTY_GROUPS.has(r.name)))
      .map((r) => this.displayName(r));
    // A municipality's placeholder city displays as the province name: do not say it twice.
    return parts.filter((part, i) => part !== parts[i - 1]).join('');
  }

  /** Destination-level regions whose display name contains the text, for the searchable picker. */
  searchDestinations(text: string, limit: number): RegionRecord[] {
    const found: RegionRecord[] = [];
    for (const province of this.provinces()) {
      for (const region of this.destinationsIn(province.code)) {
        if (this.fullName(region).includes(text)) found.push(region);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  private parentOf(region: RegionRecord): RegionRecord | undefined {
    return region.parentCode ? this.byCode.get(region.parentCode) : undefined;
  }
}

export type OpeningKey = `${string}:${InsuranceScheme}`;
