import { InitialSchema1764864000000 } from './1764864000000-initial-schema';

/** Every migration in order; a new migration is added here as well as in this folder. */
export const MIGRATIONS = [InitialSchema1764864000000];
