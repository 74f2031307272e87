"""Run notebooks the way a reader does outside a clone: copied alone into an empty folder and executed
top to bottom with nbclient, in an environment where kaggle-tutorials is installed from its wheel.

The environment is checked first: the package must be installed from a wheel (not editable, not from
a folder), and neither nbdev nor execnb may be importable, so that a notebook which still needs the
development tools, or a file of the repository, fails here as it would for a reader. The kernel is
this interpreter's (`python3` pointing at `sys.executable`, whatever other kernels are installed),
and the environment's `bin/` comes first on the kernel's PATH, so the `kaggle-tutorials` command is
the installed one.

Cells skipped:
- cells nbdev's test runner skips too: `#| eval: false`, and those flagged `#| slow` or `#| notest`
  unless named with `--flags`.

Every notebook gets its own empty working folder and cache (`$KAGGLE_TUTORIALS_CACHE`, unless set).
One line per notebook (PASS/FAIL and seconds), then the error of each failure; the exit code is 1
when a notebook failed.

Usage: python scripts/run_outside.py NOTEBOOK... [--timeout 900] [--flags slow] [--keep] [--no-check]
"""
import argparse, json, os, re, shutil, sys, tempfile, time
from pathlib import Path

SKIP_FLAGS = ('slow', 'notest')

def check_environment() -> list[str]:
    "What makes this environment unlike a reader's: the package not installed from a wheel, nbdev or execnb importable."
    import importlib.util
    from importlib import metadata
    problems = [f'{m} is importable (the run must not have the development tools)' for m in ('nbdev', 'execnb')
                if importlib.util.find_spec(m) is not None]
    try:
        direct = metadata.distribution('kaggle-tutorials').read_text('direct_url.json')
        if direct and 'dir_info' in json.loads(direct):
            problems.append(f"kaggle-tutorials is installed from a folder ({json.loads(direct)['url']}), not from its wheel")
    except metadata.PackageNotFoundError: problems.append('kaggle-tutorials is not installed')
    for m in ('nbclient', 'ipykernel', 'nbformat'):
        if importlib.util.find_spec(m) is None: problems.append(f'{m} is not installed (pip install nbclient ipykernel)')
    return problems

def _skipped(src:str, flags:set) -> str|None:
    "Why a cell is not run, or None."
    for m in re.finditer(r'^\s*#\|\s*(.+)$', src, re.M):
        d = m.group(1).strip()
        if re.fullmatch(r'eval\s*:\s*(false|False)', d): return 'eval: false'
        if d in SKIP_FLAGS and d not in flags: return d
    return None

def prepare(nb, flags:set) -> tuple[object, int]:
    "The notebook without the cells a reader's run skips, and how many were dropped."
    keep = [c for c in nb.cells if c.cell_type != 'code' or _skipped(c.source, flags) is None]
    dropped = len(nb.cells) - len(keep)
    nb.cells = keep
    return nb, dropped

def kernel_dir(root:Path) -> Path:
    "A Jupyter data folder whose `python3` kernel is this interpreter."
    k = root/'kernels'/'python3'; k.mkdir(parents=True)
    (k/'kernel.json').write_text(json.dumps({'argv': [sys.executable, '-m', 'ipykernel_launcher', '-f', '{connection_file}'],
                                             'display_name': 'python3', 'language': 'python'}))
    return root

def run_one(src:Path, work:Path, timeout:int, flags:set) -> tuple[bool, float, str]:
    "Copy one notebook into the empty folder `work` and execute it there; (passed, seconds, error)."
    import nbformat
    from nbclient import NotebookClient
    from jupyter_client.manager import KernelManager
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    work.mkdir(parents=True)
    nb_path = Path(shutil.copy2(src, work/src.name))
    nb, dropped = prepare(nbformat.read(nb_path, as_version=4), flags)
    km = KernelManager(kernel_name='python3', transport='ipc', ip=str(work/'.kernel'))   # a local socket, not TCP
    t = time.time()
    try:
        NotebookClient(nb, km=km, timeout=timeout, resources={'metadata': {'path': str(work)}}).execute()
        return True, time.time() - t, ''
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
        return False, time.time() - t, re.sub(r'\x1b\[[0-9;]*m', '', str(e))[-4000:]
    except Exception as e:
        return False, time.time() - t, f'{type(e).__name__}: {e}'[-4000:]
    finally:
        if km.has_kernel: km.shutdown_kernel(now=True)     # a kernel passed to nbclient is ours to stop

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('notebooks', nargs='+', type=Path)
    ap.add_argument('--timeout', type=int, default=900, help='seconds one cell may run')
    ap.add_argument('--flags', nargs='*', default=[], help='run the cells with these test flags too, e.g. slow')
    ap.add_argument('--keep', action='store_true', help='keep the working folders (their path is printed)')
    ap.add_argument('--no-check', action='store_true', help='run even if the environment is not a reader\'s')
    a = ap.parse_args()
    missing = [str(p) for p in a.notebooks if not p.is_file()]
    if missing: sys.exit(f"run_outside: notebook not found: {', '.join(missing)}")
    problems = check_environment()
    if problems and not a.no_check: sys.exit('run_outside: not a reader\'s environment: ' + '; '.join(problems))
    root = Path(tempfile.mkdtemp(prefix='kt-outside-'))
    os.environ['JUPYTER_PATH'] = str(kernel_dir(root/'jupyter'))
    os.environ['PATH'] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get('PATH', '')
    for k, v in dict(NO_ALBUMENTATIONS_UPDATE='1', GRADIO_ANALYTICS_ENABLED='False', MPLBACKEND='Agg').items(): os.environ.setdefault(k, v)
    own_cache = 'KAGGLE_TUTORIALS_CACHE' not in os.environ
    failed, t0 = [], time.time()
    for i, nb in enumerate(a.notebooks):
        work = root/f'{i:02d}-{nb.stem}'
        if own_cache: os.environ['KAGGLE_TUTORIALS_CACHE'] = str(work/'.cache')
        ok, secs, err = run_one(nb.resolve(), work, a.timeout, set(a.flags))
        print(f"{'PASS' if ok else 'FAIL'} {nb.name:40s} {secs:6.1f}s", flush=True)
        if not ok: failed.append((nb, err))
    for nb, err in failed: print(f'\n===== {nb.name} =====\n{err}')
    print(f'\n{len(a.notebooks) - len(failed)} passed, {len(failed)} failed outside a clone in {time.time() - t0:.0f}s')
    if a.keep: print(f'working folders: {root}')
    else: shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if failed else 0)

if __name__ == '__main__': main()
