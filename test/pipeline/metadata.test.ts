import { findDateline, parseFullDate } from '../../src/pipeline/metadata';

describe('parseFullDate', () => {
  it.each([
    ['2023-12-01', '2023-12-01'],
    ['2023/12/1', '2023-12-01'],
    ['2023-12-01T10:00:00Z', '2023-12-01'],
    ['1 December 2023', '2023-12-01'],
    ['December 1, 2023', '2023-12-01'],
    ['Dec. 1 2023', '2023-12-01'],
    ['2023-02-30', null],
    ['not a date', null],
    ['December 2023', null],
    ['', null],
  ])('%s -> %s', (raw, expected) => {
    expect(parseFullDate(raw)).toBe(expected);
  });
});

describe('findDateline', () => {
  it('reads a `date` marker at the top and gives the span of the date', () => {
    const text = ' date 2023-12-01 WASHINGTON. “The truce fell through.”';
    const found = findDateline(text);
    expect(found?.publishedDate).toBe('2023-12-01');
    expect(found?.date).toEqual({ start: 6, end: 16, text: '2023-12-01' });
    expect(found?.marker.text).toBe('date 2023-12-01');
  });

  it('reads `Date: 1 December 2023`', () => {
    expect(findDateline('Date: 1 December 2023\n\nBody.')?.publishedDate).toBe('2023-12-01');
  });

  it('ignores a date further down the text', () => {
    expect(findDateline('War has entered Gaza City. The date 2023-12-01 was set.')).toBeNull();
  });

  it('ignores an impossible date', () => {
    expect(findDateline('date 2023-13-01 Body')).toBeNull();
  });
});
