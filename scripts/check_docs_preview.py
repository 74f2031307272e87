"""Open the docs preview in headless Chromium, check what a reader sees, and save screenshots.

Checks the home page (title, the tutorials table, the Quick start commands, links to every
tutorial page), follows the navigation link to the `core` page, and checks that it shows its title,
its API documentation (a `show_doc` heading) and its code; then that no page shows a traceback in
its outputs. Screenshots go to `<preview>/screenshots/`.

Needs Debian's `chromium` (`apt-get install chromium`) and Playwright from PyPI; Playwright's own
browser download is never used.
Usage: python scripts/check_docs_preview.py [_preview] [--chromium /usr/bin/chromium]
"""
import argparse, shutil, sys
from pathlib import Path

ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--no-first-run', '--disable-sync', '--disable-quic']

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('preview', nargs='?', default='_preview')
    ap.add_argument('--chromium', default=shutil.which('chromium') or '/usr/bin/chromium')
    a = ap.parse_args()
    root = Path(a.preview).resolve()
    if not (root/'index.html').exists(): sys.exit(f'no preview at {root}: run scripts/docs_preview.py first')
    if not Path(a.chromium).exists(): sys.exit(f'chromium not found at {a.chromium}: apt-get install chromium')
    from playwright.sync_api import sync_playwright
    shots = root/'screenshots'; shots.mkdir(exist_ok=True)
    checks = []
    def check(what, ok):
        checks.append(ok); print(f"{'ok  ' if ok else 'FAIL'} {what}", flush=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=a.chromium, args=ARGS, headless=True)
        page = browser.new_page(viewport={'width': 1280, 'height': 900})
        errors = []
        page.on('pageerror', lambda e: errors.append(str(e)))
        page.goto((root/'index.html').as_uri())
        check('home page title is kaggle_tutorials', page.title() == 'kaggle_tutorials')
        check('home page lists the four competitions',
              all(t in page.inner_text('body') for t in ('Severstal', 'Happywhale', 'Pawpularity', 'Humpback')))
        check('home page shows the Quick start command', 'kaggle-tutorials run' in page.inner_text('body'))
        # links to pages of the site are made relative when the page was rendered; one left pointing
        # at the published site names a page that does not exist here
        site = 'https://kaggle-tutorials.github.io/kaggle_tutorials/'
        links = page.locator('a').evaluate_all("as => as.map(a => a.href)")
        here = {l[len(root.as_uri()) + 1:].split('#')[0] for l in links if l.startswith(root.as_uri() + '/')}
        pages = sorted(n for n in here if n.endswith('.html') and n != 'index.html' and (root/n).is_file())
        missing = sorted({l[len(site):].split('#')[0] for l in links if l.startswith(site) and l.endswith('.html')})
        check(f'every tutorial page the home page links to exists ({len(pages)} pages)', len(pages) >= 15 and not missing)
        if missing: print('     missing:', missing)
        page.screenshot(path=str(shots/'index.png'), full_page=False)
        page.click('nav.kt-nav >> text=Core')
        page.wait_for_load_state()
        check('navigation leads to core.html', page.url.endswith('/core.html'))
        body = page.inner_text('body')
        check('core page has its title and description', page.title() == 'Core' and 'Where data lives' in body)
        check('core page documents find_data (show_doc)', page.locator('h3', has_text='find_data').count() >= 1)
        check('core page shows code cells', page.locator('.jp-CodeCell').count() > 10)
        check('no JavaScript errors', not errors)
        page.screenshot(path=str(shots/'core.png'), full_page=False)
        # a reader never sees a traceback in an output (an API doc that failed to render, a cell that raised)
        broken = []
        for f in sorted(root.glob('*.html')):
            page.goto(f.as_uri())
            outs = page.locator('.jp-OutputArea').evaluate_all("os => os.map(o => o.innerText)")
            broken += [f.name for o in outs if 'Traceback (most recent call last)' in o]
        check(f'no page shows a traceback in its outputs ({len(list(root.glob("*.html")))} pages)', not broken)
        if broken: print('     in:', sorted(set(broken)))
        browser.close()
    print(f'screenshots in {shots}')
    print(f'{sum(checks)} passed, {len(checks) - sum(checks)} failed')
    sys.exit(0 if all(checks) else 1)

if __name__ == '__main__': main()
