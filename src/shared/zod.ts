import { z } from 'zod';

// MV3 extension pages forbid `new Function`; zod's JIT would throw there. Configure once,
// here, before any schema is parsed, and import `z` from this module everywhere.
z.config({ jitless: true });

export { z };
