import { z } from "zod";

// zod probes `new Function("")` to decide whether to compile its parsers. The CSP forbids eval,
// so the probe, though caught, is a `securitypolicyviolation` on every page; parse without it.
z.config({ jitless: true });
