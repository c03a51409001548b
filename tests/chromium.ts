/** Debian's Chromium: Playwright cannot download its own browsers here. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Headless Chromium 156 builds its omnibox's popups (WebUI pages, chrome://omnibox-popup.top-chrome)
  // for every new window, which no headless page shows: 1.5–3 s of CPU in a renderer of their own,
  // on the 2 cores the page under test runs on, in every test and benchmark run.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
];
