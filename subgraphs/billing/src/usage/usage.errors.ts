// The plan-limit error lives in kit (identity restates seat counts with it).
export { overLimit } from '@prumo/kit';
