/**
 * The calendar library, in a module of its own so the kit loads it with `import()` the first time
 * a calendar opens (or when the browser is idle after a picker mounts): react-day-picker with
 * date-fns is about 20 kB min+gzip, which a customer who types the date never needs. Only this
 * module imports react-day-picker's code; every other file imports its types alone.
 */
export { DayPicker } from 'react-day-picker';
