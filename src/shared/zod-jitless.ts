import { z } from 'zod';

/*
 * Import first in the page and the preload. Zod compiles fast parsers with `new Function`, which
 * the CSP forbids (no 'unsafe-eval'); even its probe for eval is reported as a violation. Set
 * before any schema is built, jitless mode skips both and validates by plain code.
 */
z.config({ jitless: true });
