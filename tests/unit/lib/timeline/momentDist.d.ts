/**
 * moment's ES module build and its French locale, which dayjsMoment.test.ts imports by path to
 * compare with: in Vite and Vitest the bare 'moment' is dayjsMoment itself (build/libraries.ts).
 */
declare module 'moment/dist/moment.js' {
  import moment from 'moment';
  export default moment;
}
declare module 'moment/dist/locale/fr';
