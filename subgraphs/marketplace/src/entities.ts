// The marketplace talks SQL directly (conditional updates, SECURITY DEFINER functions, search):
// no TypeORM entities are mapped.
export const entities: Function[] = [];
