/*
 * Presenter mode (issue 4): a story stepped through with the keyboard, a clicker, a swipe or the
 * speaker view, the link following the step, kiosk autoplay and the printed handout.
 * Not covered here: the stepping rules themselves (tests/unit/lib/story/steps.test.ts, presenter.test.ts),
 * and browsers without fullscreen or BroadcastChannel (tests/e2e/resilience.spec.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { NewsEvent, Story } from '../../src/lib/data/types';
import { test, expect, timelineItem, mapPopup, waitForApp } from './fixtures';

const STORY_ID = 'how-nso-was-blacklisted';

function readData<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8')) as T;
}

const story = readData<Story>(`stories/${STORY_ID}.json`);
const stepEvents = story.steps.map((step) => readData<NewsEvent>(`events/${step.event}.json`));
const TOTAL = stepEvents.length;

function stepEvent(number: number): NewsEvent {
  const event = stepEvents[number - 1];
  if (!event) throw new Error(`the story has no step ${number}`);
  return event;
}

async function waitForPresenter(page: Page) {
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect(page.locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
  await expect(page.locator('[data-testid="place-marker"]').first()).toBeVisible();
}

/** Step `number` is on screen everywhere: progress, link, timeline, map popup and the large text. */
async function expectStep(page: Page, number: number) {
  const event = stepEvent(number);
  await expect(page.getByTestId('story-progress')).toHaveText(`${number} / ${TOTAL}`);
  await expect(page).toHaveURL(new RegExp(`\\?story=${STORY_ID}&step=${number}&event=${event.id}(&|$)`));
  await expect(timelineItem(page, event.id)).toHaveClass(/vis-selected/);
  // (The previous step's popup may still be fading out beside the new one.)
  await expect(mapPopup(page).locator('[aria-current="true"]', { hasText: event.title.en })).toBeVisible();
  await expect(page.getByTestId('step-card').getByRole('heading', { level: 2 })).toHaveText(event.title.en);
  await expect(page.getByTestId('step-strip').locator('[aria-current="step"]')).toHaveText(String(number));
}

test.describe('presenting a story', () => {
  test('steps through the whole default story by keyboard, from the Present button', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await waitForPresenter(page);
    await expectStep(page, 1);

    // Every key that means "next", in turn: keyboards and clickers.
    const nextKeys = ['ArrowRight', 'PageDown', 'Space', 'Enter'];
    for (let number = 2; number <= TOTAL; number++) {
      await page.keyboard.press(nextKeys[number % nextKeys.length] ?? 'ArrowRight');
      await expectStep(page, number);
    }

    await page.keyboard.press('ArrowRight');
    await expectStep(page, TOTAL);
    await page.keyboard.press('PageUp');
    await expectStep(page, TOTAL - 1);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, TOTAL - 2);
    await page.keyboard.press('Home');
    await expectStep(page, 1);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 1);
    await page.keyboard.press('End');
    await expectStep(page, TOTAL);
  });

  test('a link opens a step, a reload resumes there, and the strip jumps to any step', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=9`);
    await waitForPresenter(page);
    await expectStep(page, 9);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 10);

    await page.reload();
    await waitForPresenter(page);
    await expectStep(page, 10);

    await page.getByTestId('step-strip').getByRole('button', { name: /^Step 4:/ }).click();
    await expectStep(page, 4);
  });

  test('a step past the end opens the last one', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=40`);
    await waitForPresenter(page);
    await expectStep(page, TOTAL);
  });

  test('? lists the shortcuts; Escape closes the list, then leaves, keeping the event selected', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=5`);
    await waitForPresenter(page);
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Next step');
    await expect(help).toContainText('Page Down');
    await expect(help).toContainText('Leave the presentation');

    await page.keyboard.press('ArrowRight'); // the open list has the keys
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expectStep(page, 5);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    await waitForApp(page);
    await expect(page.getByTestId('detail').getByRole('heading', { level: 2 })).toHaveText(stepEvent(5).title.en);
    await expect(page).toHaveURL(new RegExp(`event=${stepEvent(5).id}`));
    await expect(page).not.toHaveURL(/story=|step=/);
  });

  test('F turns full screen on and off', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=2`);
    await waitForPresenter(page);
    const button = page.getByRole('button', { name: 'Full screen' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('f');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    await page.keyboard.press('F');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expectStep(page, 2);
  });

  test('a swipe across the text steps forward and back on a touch screen', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=4`);
    await waitForPresenter(page);
    const stage = page.getByTestId('presenter-stage');
    const box = await stage.boundingBox();
    if (!box) throw new Error('the stage has no box');
    const swipe = async (fromX: number, toX: number) => {
      const y = box.y + box.height / 2;
      await stage.dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true, clientX: box.x + fromX, clientY: y });
      await stage.dispatchEvent('pointerup', { pointerType: 'touch', isPrimary: true, clientX: box.x + toX, clientY: y + 10 });
    };
    await swipe(400, 150);
    await expectStep(page, 5);
    await swipe(150, 400);
    await expectStep(page, 4);
  });

  test('an unknown story in a link is noted, and the explorer is shown', async ({ page }) => {
    await page.goto('/?story=no-such-story&step=2');
    await waitForApp(page);
    await expect(page.getByTestId('notices')).toContainText('“story”');
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    await expect(page).not.toHaveURL(/story=|step=/);
  });

  test('without a story, the presenter’s keys leave the explorer alone', async ({ page }) => {
    await page.goto('/?event=bis-entity-list');
    await waitForApp(page);
    for (const key of ['ArrowRight', 'PageDown', 'End', 'f', 's', '?']) await page.keyboard.press(key);
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    await expect(page.getByTestId('shortcut-help')).toHaveCount(0);
    await expect(page).toHaveURL(/\?event=bis-entity-list(&from=[\d-]+&to=[\d-]+)?$/);
  });
});

/**
 * In how many moments the timeline's axis or the map's markers stand in a new position while a key
 * moves the story one step: a glide moves in moment after moment, a jump changes once. Time is
 * Playwright's fake clock, advanced 50 ms at a time, so the measure is the same on a busy machine
 * (counting painted frames was not: a loaded machine paints a 600 ms glide in one or two frames).
 */
/** A jump changes a view once; a redraw or a popup that follows may add one more change. */
const JUMP_FRAMES = 2;
const MOMENT = 50;
const MOMENTS = 30;

async function motionOfOneStep(page: Page, key: string): Promise<{ timeline: number; map: number }> {
  const look = () =>
    page.evaluate(() => {
      const labels = [...document.querySelectorAll('[data-testid="timeline"] .vis-time-axis .vis-text.vis-minor')].slice(0, 3);
      const markers = [...document.querySelectorAll<HTMLElement>('[data-testid="map"] .leaflet-marker-pane .place-marker')].slice(0, 3);
      const pane = document.querySelector<HTMLElement>('[data-testid="map"] .leaflet-map-pane');
      return {
        timeline: labels.map((label) => `${label.textContent}@${Math.round(label.getBoundingClientRect().left)}`).join('|'),
        map: `${markers.map((marker) => marker.style.transform).join('|')}/${pane?.style.transform}`
      };
    });
  // Paused a second ahead of the page's clock, which runs on meanwhile (pausing fast-forwards to it).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const samples = [await look()];
  await page.keyboard.press(key);
  for (let moment = 0; moment < MOMENTS; moment++) {
    await page.clock.runFor(MOMENT);
    samples.push(await look());
  }
  await page.clock.resume();
  const changes = (view: 'timeline' | 'map') => samples.filter((sample, moment) => moment > 0 && sample[view] !== samples[moment - 1]?.[view]).length;
  return { timeline: changes('timeline'), map: changes('map') };
}

test.describe('motion', () => {
  test.beforeEach(async ({ page }) => {
    // Four steps, each looked at in 30 moments: a round trip to the page per moment.
    test.slow();
    await page.clock.install();
  });

  test('under prefers-reduced-motion, the timeline and the map jump to each step', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?story=${STORY_ID}&step=1`);
    await waitForPresenter(page);
    await expectStep(page, 1);
    await page.waitForTimeout(1500); // the first view settles (basemap, clusters) before measuring
    for (const number of [2, 3, 4, 5]) {
      const motion = await motionOfOneStep(page, 'ArrowRight');
      test.info().annotations.push({ type: `motion to step ${number}`, description: JSON.stringify(motion) });
      await expectStep(page, number);
      expect(motion.timeline, `moments of timeline motion on the way to step ${number}`).toBeLessThanOrEqual(JUMP_FRAMES);
      expect(motion.map, `moments of map motion on the way to step ${number}`).toBeLessThanOrEqual(JUMP_FRAMES);
    }
  });

  test('otherwise they glide (the measure above can tell the difference)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`/?story=${STORY_ID}&step=1`);
    await waitForPresenter(page);
    await expectStep(page, 1);
    await page.waitForTimeout(1500);
    const motions = [];
    for (const number of [2, 3, 4, 5]) {
      motions.push(await motionOfOneStep(page, 'ArrowRight'));
      test.info().annotations.push({ type: `motion to step ${number}`, description: JSON.stringify(motions.at(-1)) });
      await expectStep(page, number);
    }
    expect(Math.max(...motions.map((motion) => motion.timeline))).toBeGreaterThan(2 * JUMP_FRAMES);
    expect(Math.max(...motions.map((motion) => motion.map))).toBeGreaterThan(2 * JUMP_FRAMES);
  });
});

test.describe('the speaker view', () => {
  test('opens with S, shows the notes, the next step and a timer, and stays in step both ways', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=2`);
    await waitForPresenter(page);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const speakerErrors: string[] = [];
    speaker.on('pageerror', (error) => speakerErrors.push(error.message));

    await expect(speaker.getByTestId('speaker-view')).toBeVisible();
    await expect(speaker).toHaveURL(new RegExp(`story=${STORY_ID}&step=2&.*speaker=1`));
    await expect(speaker.getByTestId('story-progress')).toHaveText(`2 / ${TOTAL}`);
    await expect(speaker.getByTestId('speaker-current')).toContainText(stepEvent(2).title.en);
    await expect(speaker.getByTestId('speaker-notes')).toHaveText(story.steps[1]?.notes?.en ?? '');
    await expect(speaker.getByTestId('speaker-next')).toContainText(stepEvent(3).title.en);
    await expect(speaker.getByTestId('speaker-timer')).toHaveText(/^0:0[0-9]$/);
    await expect(speaker.getByTestId('speaker-timer')).not.toHaveText('0:00');

    // Stepping in the speaker view moves the main window…
    await speaker.keyboard.press('ArrowRight');
    await expect(speaker.getByTestId('story-progress')).toHaveText(`3 / ${TOTAL}`);
    await expectStep(page, 3);

    // …and stepping in the main window moves the speaker view.
    await page.keyboard.press('PageDown');
    await expectStep(page, 4);
    await expect(speaker.getByTestId('story-progress')).toHaveText(`4 / ${TOTAL}`);
    await expect(speaker.getByTestId('speaker-notes')).toHaveText(story.steps[3]?.notes?.en ?? '');
    await expect(speaker).toHaveURL(/step=4&/);

    await speaker.getByTestId('step-strip').getByRole('button', { name: /^Step 9:/ }).click();
    await expectStep(page, 9);

    await speaker.keyboard.press('End');
    await expectStep(page, TOTAL);
    await expect(speaker.getByTestId('speaker-next')).toContainText('End of the story');
    expect(speakerErrors).toEqual([]);
  });
});

test.describe('kiosk autoplay', () => {
  test('advances by itself, and pauses on a key', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=1&autoplay=1`);
    await waitForPresenter(page);
    const status = page.getByTestId('autoplay-status');
    await expect(status).toHaveAttribute('data-state', 'playing');
    await expect(page.getByTestId('story-progress')).toHaveText(new RegExp(`^([2-9]|1[01]) / ${TOTAL}$`));

    await page.keyboard.press('Shift');
    await expect(status).toHaveAttribute('data-state', 'paused');
    await expect(status).toContainText('Paused');
    const progress = page.getByTestId('story-progress');
    const pausedAt = (await progress.textContent()) ?? '';
    await page.waitForTimeout(3000);
    await expect(progress).toHaveText(pausedAt);
    await expect(page).toHaveURL(new RegExp(`step=${pausedAt.split(' ')[0]}&`));
  });

  test('with loop=1, goes from the last step back to the first', async ({ page }) => {
    // Every step shown, in order, as the page shows it: the check does not depend on when it looks
    // (on a loaded machine autoplay may have gone on a few steps before the test's first look).
    await page.addInitScript(() => {
      const shown: string[] = [];
      (window as unknown as { shownSteps: string[] }).shownSteps = shown;
      new MutationObserver(() => {
        const progress = document.querySelector('[data-testid="story-progress"]')?.textContent;
        if (progress && progress !== shown.at(-1)) shown.push(progress);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`/?story=${STORY_ID}&step=${TOTAL}&autoplay=2&loop=1`);
    await waitForPresenter(page);
    const shownSteps = () => page.evaluate(() => (window as unknown as { shownSteps: string[] }).shownSteps);
    await expect.poll(async () => (await shownSteps()).length, { timeout: 8000 }).toBeGreaterThanOrEqual(2);
    expect((await shownSteps()).slice(0, 2)).toEqual([`${TOTAL} / ${TOTAL}`, `1 / ${TOTAL}`]);
  });

  test('without loop, stops at the end of the story', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=${TOTAL - 1}&autoplay=1`);
    await waitForPresenter(page);
    await expect(page.getByTestId('autoplay-status')).toHaveAttribute('data-state', 'finished', { timeout: 6000 });
    await expect(page.getByTestId('story-progress')).toHaveText(`${TOTAL} / ${TOTAL}`);
  });
});

test.describe('the printed handout', () => {
  test('lists every step in order with its full source addresses, and no map, timeline or controls', async ({ page }) => {
    await page.goto(`/?story=${STORY_ID}&step=3`);
    await waitForPresenter(page);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByTestId('handout');
    await expect(handout).toBeVisible();
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText(story.title.en);
    const sections = handout.locator('section');
    await expect(sections).toHaveCount(TOTAL);
    expect(await sections.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')))).toEqual(
      stepEvents.map((event) => event.id)
    );
    for (const [position, event] of stepEvents.entries()) {
      const section = sections.nth(position);
      await expect(section).toContainText(`Step ${position + 1}`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(event.title.en);
      await expect(section).toContainText(event.summary.en);
      for (const source of event.sources) await expect(section).toContainText(new URL(source.url).href);
    }
    await expect(page.getByTestId('presenter')).toBeHidden();
    await expect(page.getByTestId('map')).toBeHidden();
    await expect(page.getByTestId('timeline')).toBeHidden();
    await expect(page.getByRole('button').first()).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await expect(handout).toHaveCount(0);
    await expect(page.getByTestId('presenter')).toBeVisible();
  });

  test('from the explorer, lists the filtered events chronologically, in the reader’s language', async ({ page }) => {
    const legal = readdirSync(new URL('../../data/events/', import.meta.url))
      .map((file) => readData<NewsEvent>(`events/${file}`))
      .filter((event) => event.category === 'legal')
      .sort((a, b) => a.date.padEnd(10, '-01').localeCompare(b.date.padEnd(10, '-01')) || a.id.localeCompare(b.id));
    await page.goto('/?category=legal&lang=fr');
    await expect(page.locator('[data-testid="timeline"] .vis-item').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByTestId('handout');
    await expect(handout).toContainText(`${legal.length} événements sur`);
    await expect(handout).toContainText('filtrés par : Justice');
    const sections = handout.locator('section');
    expect(await sections.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')))).toEqual(legal.map((event) => event.id));
    const first = legal[0];
    if (!first) throw new Error('no legal event in the data');
    await expect(sections.first().getByRole('heading', { level: 2 })).toHaveText(first.title.fr);
    await expect(page.getByTestId('map')).toBeHidden();
  });
});
