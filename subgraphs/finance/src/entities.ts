// Finance reads and writes with explicit SQL (set-based imports, balance moves in the same
// statement batch), so it registers no TypeORM entities.
export const entities: Function[] = [];
