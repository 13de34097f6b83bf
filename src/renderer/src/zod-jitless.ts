// The CSP forbids eval. zod probes for it when each object schema is made (at import time), and
// the page would report a violation every time. The renderer's build resolves 'zod' to this module
// (electron.vite.config.ts), so the config runs before any schema of any chunk, and the first
// screen, which makes no schema, carries no zod.
import { z } from 'zod/v4'

z.config({ jitless: true })

export * from 'zod/v4'
