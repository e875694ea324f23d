import { z } from 'zod';

// Zod probes `new Function` to compile faster parsers. Under our Content-Security-Policy (no
// 'unsafe-eval') that probe is reported as a securitypolicyviolation even though it is caught,
// so every schema is built jitless. This module must be imported before any schema is defined.
z.config({ jitless: true });

export { z };
