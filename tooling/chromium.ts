// Launches Debian's Chromium (/usr/bin/chromium) through playwright-core.
// Playwright's own browser download cannot work on our machines, so a missing
// Chromium is a hard error with the command that installs it, never a skip.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google's
// hosts, which the closed network refuses; --no-sandbox because CI runs as root.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium ` +
        '(`apt-get install -y chromium`, as .ci/run does) or set CHROMIUM_PATH.',
    );
  }
  // playwright-core starts it with a fresh temporary profile (user-data-dir).
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
