// The CSP forbids eval. zod probes for it when each object schema is made (at import time), and
// the page would report a violation every time, so this module is imported before any schema.
import { z } from 'zod'

z.config({ jitless: true })
