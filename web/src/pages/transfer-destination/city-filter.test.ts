import { describe, expect, it } from 'vitest';
import type { Region } from '../../api/client.ts';
import { filterCities, provinceNameOf } from './city-filter.ts';

const city = (code: string, name: string, fullName: string): Region => ({
  code,
  name,
  fullName,
  level: 'city',
  destination: true,
});
const guangzhou = city('440100', '广州市', '广东省广州市');
const shenzhen = city('440300', '深圳市', '广东省深圳市');
const zhuhai = city('440400', '珠海市', '广东省珠海市');

describe('filterCities', () => {
  it('keeps the cities whose name contains the text, ignoring surrounding spaces', () => {
    const { matching, shown } = filterCities([guangzhou, shenzhen, zhuhai], ' 深 ', null);
    expect(matching).toEqual([shenzhen]);
    expect(shown).toEqual([shenzhen]);
  });

  it('keeps the chosen city listed, in its place, even when it does not match', () => {
    const { matching, shown } = filterCities([guangzhou, shenzhen, zhuhai], '珠', '440100');
    expect(matching).toEqual([zhuhai]);
    expect(shown).toEqual([guangzhou, zhuhai]);
  });

  it('lists everything for an empty text', () => {
    expect(filterCities([guangzhou, shenzhen], '', null).shown).toHaveLength(2);
  });
});

describe('provinceNameOf', () => {
  it('reads the province off the full name of a city', () => {
    expect(provinceNameOf([guangzhou])).toBe('广东省');
  });

  it('uses a later city when a municipality names itself', () => {
    const chongqing = city('500100', '重庆市', '重庆市');
    const counties = city('500200', '重庆市所辖县', '重庆市重庆市所辖县');
    expect(provinceNameOf([chongqing, counties])).toBe('重庆市');
  });
});
