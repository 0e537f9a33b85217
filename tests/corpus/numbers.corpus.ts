/**
 * Vietnamese numerals written in digits (SPEC "metrics", GENRE "Figures"): `.` groups thousands,
 * `,` is the decimal mark; web copies also carry English decimals. Null: not one number.
 */

/** Number strings as they stand in documents → their value. */
export const NUMBER_CORPUS: ReadonlyArray<readonly [string, number | null]> = [
  // thousands with dots
  ['18.418', 18418],
  ['50.074.800', 50074800],
  ['1.250', 1250],
  ['2.300', 2300],
  ['1.441', 1441],
  ['5.000', 5000],
  ['144.577', 144577],
  ['1.000.000', 1000000],
  // decimal comma
  ['33,3', 33.3],
  ['0,5', 0.5],
  ['12,5', 12.5],
  ['41,2', 41.2],
  ['7,5', 7.5],
  ['89,68', 89.68],
  // both: thousands and decimals
  ['21.556,3', 21556.3],
  ['144.577,44', 144577.44],
  // leading zeros of counts
  ['02', 2],
  ['01', 1],
  ['05', 5],
  ['0', 0],
  // plain integers
  ['36', 36],
  ['2021', 2021],
  ['9001', 9001],
  // English decimals (a dot before anything but three digits)
  ['1.5', 1.5],
  ['20.3', 20.3],
  ['4.0', 4],
  ['4.50', 4.5],
  // English thousands
  ['1,234,567', 1234567],
  ['1,234.5', 1234.5],
  // not one number
  ['15.8.2021', null],
  ['2.1.3', null],
  ['0255.3822', null],
  ['1.2345.678', null],
  ['1,2,3', null],
  ['', null],
  ['abc', null],
  ['5G', null],
  ['.5', null],
];

/** Scale words as written → their factor. */
export const SCALE_CORPUS: ReadonlyArray<readonly [string, number | null]> = [
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['nghìn tỷ', 1e12],
  ['ngàn tỉ', 1e12],
  ['triệu tỷ', 1e15],
  ['triệu tỉ', 1e15],
  ['Nghìn  tỷ', 1e12],
  ['TRIỆU', 1e6],
  ['tỷ lệ', null],
  ['đồng', null],
];
