"""Execute notebooks in place, so that the docs show their outputs (tables, plots, printed results).

Cells are skipped exactly as `nbdev_test` skips them: those carrying a flag from `tst_flags` in
settings.ini (`notest`, `slow`) unless the flag is passed with `--flags`, and `#| eval: false` cells.
Run `nbdev_clean` afterwards. Usage: python scripts/run_nbs.py nbs/00_core.ipynb [...] [--flags slow]
"""
import argparse, os, sys, time
from pathlib import Path

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('notebooks', nargs='+'); ap.add_argument('--flags', default='')
    a = ap.parse_args()
    os.environ.setdefault('NO_ALBUMENTATIONS_UPDATE', '1'); os.environ.setdefault('GRADIO_ANALYTICS_ENABLED', 'False')
    from execnb.nbio import read_nb, write_nb
    from execnb.shell import CaptureShell
    from nbdev.config import get_config
    from nbdev.process import NBProcessor
    from nbdev.frontmatter import FrontmatterProc
    skip = set(get_config().tst_flags.split()) - set(a.flags.split())
    def _skip(cell):
        if cell.cell_type != 'code' or 'nbdev_export(' in cell.source: return True
        d = getattr(cell, 'directives_', {}) or {}
        if d.get('eval:', [''])[0].lower() == 'false': return True
        return bool(skip & set(d))
    for p in map(Path, a.notebooks):
        t = time.time(); p = p.resolve(); cwd = os.getcwd(); os.chdir(p.parent)
        import matplotlib, matplotlib.pyplot as plt
        plt.close('all'); matplotlib.rcdefaults()     # one notebook's rcParams (figure.dpi...) must not leak into the next
        try:
            orig = read_nb(p)                                              # the notebook as stored, directives included
            run = NBProcessor(p, procs=FrontmatterProc, process=True).nb   # what nbdev_test runs (directives parsed out)
            if len(run.cells) != len(orig.cells): sys.exit(f'{p}: cell count changed while processing')
            for c in run.cells:            # a cell that runs loses its old outputs, even where it prints nothing now
                if not _skip(c): c['outputs'] = []
            CaptureShell(p).run_all(run, exc_stop=True, preproc=_skip)
            for o, r in zip(orig.cells, run.cells):
                if o.cell_type == 'code': o['outputs'], o['execution_count'] = r.get('outputs', []), None
            write_nb(orig, p)
        finally: os.chdir(cwd)
        print(f'executed {p.name} in {time.time() - t:.0f}s', flush=True)

if __name__ == '__main__': main()
