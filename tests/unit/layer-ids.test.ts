import { describe, expect, it } from 'vitest';
import {
  expandTokens,
  hiddenBeforeData,
  hiddenTokens,
  visibilityFromLink,
  REFERENCE_IDS,
} from '../../src/app/layer_ids';
import { dataVersion } from '../../src/app/data_version';

const groups = new Map([
  ['armenia', ['am-1', 'am-2']],
  ['azerbaijan', ['az-1', 'az-2', 'az-3']],
]);
const claimIds = new Set(['am-1', 'am-2', 'az-1', 'az-2', 'az-3']);
const allRefs = new Set(REFERENCE_IDS);

describe('hiddenTokens / visibilityFromLink', () => {
  it('writes nothing when everything is visible', () => {
    expect(hiddenTokens({ claims: new Set(claimIds), refs: new Set(allRefs) }, groups)).toEqual([]);
  });

  it('writes a party id when all its claims are hidden, single ids otherwise', () => {
    const vis = { claims: new Set(['am-1', 'az-1']), refs: new Set(allRefs) };
    vis.refs.delete('places');
    expect(hiddenTokens(vis, groups)).toEqual(['am-2', 'az-2', 'az-3', 'places']);
    const none = { claims: new Set(['az-1']), refs: new Set(allRefs) };
    expect(hiddenTokens(none, groups)).toEqual(['armenia', 'az-2', 'az-3']);
  });

  it('round-trips a visibility through tokens', () => {
    const vis = { claims: new Set(['am-2', 'az-3']), refs: new Set(['border' as const]) };
    const back = visibilityFromLink({ shown: [], hidden: hiddenTokens(vis, groups) }, groups, claimIds);
    expect([...back.claims].sort()).toEqual(['am-2', 'az-3']);
    expect([...back.refs]).toEqual(['border']);
    expect(back.unknown).toEqual([]);
  });

  it('reports ids that name nothing, and starts from nothing with hide=all', () => {
    const back = visibilityFromLink({ shown: ['am-1', 'gone-claim'], hidden: 'all' }, groups, claimIds);
    expect([...back.claims]).toEqual(['am-1']);
    expect(back.refs.size).toBe(0);
    expect(back.unknown).toEqual(['gone-claim']);
  });

  it('expands group ids to their claims', () => {
    expect([...expandTokens(['azerbaijan'], groups, claimIds).claims]).toEqual(['az-1', 'az-2', 'az-3']);
  });
});

describe('dataVersion', () => {
  it('is 8 hex digits, stable, and changes with the content', () => {
    const v = dataVersion(['{"a":1}']);
    expect(v).toMatch(/^[0-9a-f]{8}$/);
    expect(dataVersion(['{"a":1}'])).toBe(v);
    expect(dataVersion(['{"a":2}'])).not.toBe(v);
    expect(dataVersion(['ab', 'c'])).not.toBe(dataVersion(['a', 'bc']));
  });
});

describe('hiddenBeforeData', () => {
  const parties = ['armenia', 'azerbaijan', 'third'];
  it('hides the reference groups and whole parties a link hides', () => {
    expect(hiddenBeforeData({ shown: [], hidden: ['azerbaijan', 'places'] }, parties)).toEqual({
      refs: ['places'],
      parties: ['azerbaijan'],
    });
  });

  it('hides every party while the claims are not in, when the link hides single claims or sets a date', () => {
    expect(hiddenBeforeData({ shown: [], hidden: ['azerbaijan', 'places', 'am-1'] }, parties)).toEqual({
      refs: ['places'],
      parties,
    });
    expect(hiddenBeforeData({ shown: [], hidden: [], until: '2021-05-14' }, parties)).toEqual({
      refs: [],
      parties,
    });
    expect(hiddenBeforeData({ shown: [], hidden: [], until: null }, parties)).toEqual({
      refs: [],
      parties: [],
    });
  });

  it('with hide=*, hides all but what the link shows', () => {
    expect(hiddenBeforeData({ shown: ['armenia', 'border'], hidden: 'all' }, parties)).toEqual({
      refs: ['province', 'places'],
      parties: ['azerbaijan', 'third'],
    });
  });

  it('hides every party while the claims are not in, when the link shows single claims', () => {
    expect(hiddenBeforeData({ shown: ['az-1'], hidden: 'all' }, parties)).toEqual({
      refs: ['border', 'province', 'places'],
      parties,
    });
  });
});
