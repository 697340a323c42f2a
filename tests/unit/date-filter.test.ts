import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/app/app_state.svelte';
import { byLastDay, statedBy } from '../../src/claims/dates';
import type { Claim } from '../../src/claims/schema/claim';

describe('the date filter: a statement counts from the last day its date covers', () => {
  it('counts a month’s or a year’s statement only once that month or year is over', () => {
    expect(statedBy('2021-05-12', '2021-05-12')).toBe(true);
    expect(statedBy('2021-05-13', '2021-05-12')).toBe(false);
    // "May 2021" may have been said on the 31st: not known by the 14th; "up to May 2021" is up to its end.
    expect(statedBy('2021-05', '2021-05-14')).toBe(false);
    expect(statedBy('2021-05', '2021-05-31')).toBe(true);
    expect(statedBy('2021-05-31', '2021-05')).toBe(true);
    expect(statedBy('2021-06-01', '2021-05')).toBe(false);
    expect(statedBy('2021', '2021-12-30')).toBe(false);
    expect(statedBy('2021-11-24', '2021')).toBe(true);
  });

  it('orders the filter’s steps by that day, so that each step shows at least what the one before did', () => {
    const dates = ['2021-08-16', '2021-05', '2021-05-31', '2021-05-12', '2021'];
    expect([...dates].sort(byLastDay)).toEqual(['2021-05-12', '2021-05-31', '2021-05', '2021-08-16', '2021']);
  });

  it('shows, for each step of the app’s filter, the statements known by then', () => {
    const claim = (id: string, stated: string) => ({ id, stated, party: 'ARM' }) as unknown as Claim;
    const app = new AppState();
    app.claims = [
      claim('a', '2021-05'),
      claim('b', '2021-05-12'),
      claim('c', '2021-05-31'),
      claim('d', '2021-08-16'),
    ];
    app.visibleClaims = new Set(['a', 'b', 'c', 'd']);
    expect(app.dates).toEqual(['2021-05-12', '2021-05-31', '2021-05', '2021-08-16']);
    const shown = app.dates.map((until) => {
      app.until = until;
      return [...app.shownIds].sort().join('');
    });
    // (By the end of 31 May the May statement is known: the two steps show the same.)
    expect(shown).toEqual(['b', 'abc', 'abc', 'abcd']);
    // A link's day between steps, and one after them all.
    app.until = '2021-05-14';
    expect(app.shownIds).toEqual(['b']);
    app.until = '2022-01-01';
    expect([...app.shownIds].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
