import { describe, expect, it } from 'vitest';
import { feedStartDateBounds } from '@bankfeeds/model';

describe('feedStartDateBounds', () => {
  it('spans one year back to today', () => {
    expect(feedStartDateBounds('2026-11-21')).toEqual({
      earliest: '2025-11-21',
      latest: '2026-11-21',
    });
  });
});
