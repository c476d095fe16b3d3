/** How the tests start Debian's Chromium (per test file, or once for a whole run: global-setup.ts). */
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // The machines have no outside network: Chromium's background fetches only stall start-up.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
