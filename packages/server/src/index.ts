export type * from './store/types';
export { createPushJob } from './push/push-job';
export type * from './push/types';
export type * from './bank';
