import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import Notices from '../../../../src/lib/ui/Notices.svelte';
import { translator } from '../../../../src/lib/i18n';

describe('Notices', () => {
  it('lists each message and dismisses them all with one button', async () => {
    const ondismiss = vi.fn();
    render(Notices, { messages: ['Unknown event: x', 'Ignored: lanes'], ondismiss, t: translator('en') });
    await expect.element(page.getByRole('status')).toHaveTextContent('Unknown event: x');
    await expect.element(page.getByRole('listitem').nth(1)).toHaveTextContent('Ignored: lanes');
    await page.getByRole('button').click();
    expect(ondismiss).toHaveBeenCalledOnce();
  });

  it('shows nothing without messages', async () => {
    render(Notices, { messages: [], ondismiss: () => {}, t: translator('en') });
    await expect.element(page.getByRole('status')).not.toBeInTheDocument();
  });
});
