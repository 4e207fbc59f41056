// The portal in Debian's Chromium (never a downloaded browser): the masks and the PDF button's
// fetch + Bearer + blob download work the way the robot will use them.
import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright';
import { holderData, startPortalSim, type PortalSim } from '../src';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CPF = '529.982.247-25';

describe('portal-sim in a browser', () => {
  let portal: PortalSim;
  let browser: Browser;
  beforeAll(async () => {
    portal = await startPortalSim();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('logs in through the forms, lists units and downloads an invoice PDF with the bearer', async () => {
    const context = await browser.newContext({ locale: 'pt-BR', acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(portal.url);
      expect(page.url()).toBe(`${portal.url}/login`);
      await page.locator('input[name="documento"]').pressSequentially('52998224725');
      expect(await page.locator('input[name="documento"]').inputValue()).toBe(CPF);
      await page.fill('input[name="telefone_final"]', '5678');
      await page.click('#login-form button[type="submit"]');
      await page.waitForURL('**/login/codigo');
      await expect(page.locator('body').textContent()).resolves.toContain('celular final 5678');
      // The code field has the focus.
      expect(await page.evaluate('document.activeElement && document.activeElement.name')).toBe('codigo');
      await page.keyboard.type(portal.lastCode(CPF)!);
      await page.click('#code-form button[type="submit"]');
      await page.waitForURL('**/unidades');

      const data = holderData(CPF);
      const ucs = await page.locator('table#unidades tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-uc')));
      expect(ucs).toEqual(data.units.map((u) => u.uc));
      // The session cookie is httpOnly: page scripts cannot read it.
      expect(await page.evaluate('document.cookie')).not.toContain('PORTALSESSID');

      const unit = data.units[0]!;
      await page.click(`tr[data-uc="${unit.uc}"] a.ver-faturas`);
      await page.waitForURL(`**/unidades/${unit.uc}/faturas`);
      const inv = unit.invoices[0]!;
      const row = page.locator(`tr[data-fatura="${inv.id}"]`);
      await row.locator('details.detalhes summary').click();
      expect(await row.locator('span.linha-digitavel').isVisible()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), row.locator('a.baixar-pdf').click()]);
      expect(download.suggestedFilename()).toBe(`fatura-${unit.uc}-${inv.referenceMonth}.pdf`);
      const file = await readFile((await download.path())!);
      expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await context.close();
    }
  }, 60_000);
});
