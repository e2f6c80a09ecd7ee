import { describe, expect, it } from 'vitest';
import { shallow as zustandShallow } from 'zustand/vanilla/shallow';
import { shallow } from './shallow';

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

function* numbers(...items: number[]) {
  yield* items;
}

const one = { id: 1 };
const other = { id: 1 };

// Pairs a selector may return on two renders, with what useSetup/useConnections should decide.
const cases: Array<[string, () => [unknown, unknown], boolean]> = [
  ['the same value', () => [one, one], true],
  ['equal primitives', () => [3, 3], true],
  ['NaN and NaN', () => [NaN, NaN], true],
  ['0 and -0', () => [0, -0], false],
  ['null and an empty object', () => [null, {}], false],
  ['an object and undefined', () => [{}, undefined], false],
  ['a function and an equal-looking one', () => [() => 1, () => 1], false],
  [
    'objects with the same members',
    () => [
      { a: one, b: 2 },
      { a: one, b: 2 },
    ],
    true,
  ],
  ['objects whose member differs by identity', () => [{ a: one }, { a: other }], false],
  ['objects with a key more', () => [{ a: 1 }, { a: 1, b: undefined }], false],
  ['objects with the same values under other keys', () => [{ a: 1 }, { b: 1 }], false],
  [
    'arrays with the same items',
    () => [
      [one, 2],
      [one, 2],
    ],
    true,
  ],
  [
    'arrays in another order',
    () => [
      [1, 2],
      [2, 1],
    ],
    false,
  ],
  ['arrays of other lengths', () => [[1], [1, 2]], false],
  ['an array and an object with its entries', () => [[1], { 0: 1 }], false],
  [
    'Maps with the same entries in another order',
    () => [
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
      new Map([
        ['b', 2],
        ['a', 1],
      ]),
    ],
    true,
  ],
  ['Maps with another value', () => [new Map([['a', one]]), new Map([['a', other]])], false],
  ['Maps with other keys', () => [new Map([['a', 1]]), new Map([['b', 1]])], false],
  ['empty Maps', () => [new Map(), new Map()], true],
  ['Sets with the same items', () => [new Set([1, 2]), new Set([2, 1])], true],
  ['Sets with other items', () => [new Set([1, 2]), new Set([1, 3])], false],
  ['generators with the same items', () => [numbers(1, 2), numbers(1, 2)], true],
  ['generators in another order', () => [numbers(1, 2), numbers(2, 1)], false],
  ['generators of other lengths', () => [numbers(1), numbers(1, 2)], false],
  ['instances of a class with the same fields', () => [new Point(1, 2), new Point(1, 2)], true],
  ['a class instance and a plain object', () => [new Point(1, 2), { x: 1, y: 2 }], false],
  ['dates (no own entries)', () => [new Date(1), new Date(2)], true],
];

describe('shallow', () => {
  it.each(cases)('%s: as zustand’s shallow decides', (_name, make, expected) => {
    expect(shallow(...make())).toBe(expected);
    expect(zustandShallow(...make())).toBe(expected);
  });
});
