"""Give a new virtual environment the PyTorch of this one by hard links, so that it costs no disk.

The offline check of `.ci/run` needs an environment that already has PyTorch, as the Kaggle image
does, and nothing else of the project's. Installing PyTorch again takes another 5-6 GB (a CUDA
build on x86_64), which a small CI disk does not have. This script walks the installed files
(each distribution's RECORD) of `torch`, `torchvision` and everything they require, and hard-links
them into the target environment's `site-packages`, so pip there sees them installed. Console
scripts (`bin/`) are not linked.

Exit code 0 when linked, 3 when the two folders are on different file systems (hard links are not
possible: install PyTorch there instead); any half-done link is removed first.

Usage: python scripts/link_torch.py TARGET_VENV [--dists torch torchvision]
"""
import argparse, os, re, shutil, subprocess, sys
from importlib import metadata
from pathlib import Path

def norm(name: str) -> str:
    "A distribution name as pip compares them (PEP 503)."
    return re.sub(r'[-_.]+', '-', name).lower()

def closure(names) -> list[metadata.Distribution]:
    "The installed distributions `names` need, themselves included (requirements whose markers hold, with their extras)."
    try: from packaging.requirements import Requirement
    except ImportError: from pip._vendor.packaging.requirements import Requirement
    dists, done, todo = {}, set(), [(norm(n), '') for n in names]
    while todo:
        n, extra = todo.pop()
        if (n, extra) in done: continue
        done.add((n, extra))
        try: d = dists.get(n) or metadata.distribution(n)
        except metadata.PackageNotFoundError: continue
        dists[n] = d
        for r in d.requires or []:
            req = Requirement(r)
            if req.marker is None or req.marker.evaluate({'extra': extra}):
                todo += [(norm(req.name), e) for e in ('', *req.extras)]
    return list(dists.values())

def site_packages(venv: Path) -> Path:
    "The `site-packages` folder of the environment `venv`."
    out = subprocess.run([str(venv / 'bin' / 'python'), '-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'],
                         check=True, capture_output=True, text=True).stdout.strip()
    return Path(out)

def link(dists, dest: Path) -> int:
    "Hard-link every file of `dists` that lies in site-packages into `dest`; the number of files."
    made, n = [], 0
    try:
        for d in dists:
            for f in d.files or []:
                if f.parts and f.parts[0] == '..': continue        # console scripts and data outside site-packages
                src, dst = Path(d.locate_file(f)), dest / f
                if not src.is_file() or dst.exists(): continue
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.link(src, dst); made.append(dst); n += 1
    except OSError:
        for p in made: p.unlink(missing_ok=True)
        raise
    return n

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('venv', type=Path)
    ap.add_argument('--dists', nargs='+', default=['torch', 'torchvision'])
    a = ap.parse_args()
    dists = closure(a.dists)
    missing = [n for n in a.dists if norm(n) not in {norm(d.metadata['Name']) for d in dists}]
    if missing: sys.exit(f'not installed here: {", ".join(missing)}')
    dest = site_packages(a.venv)
    try: n = link(dists, dest)
    except OSError as e:
        print(f'cannot hard-link into {dest} ({e}); install PyTorch there instead', file=sys.stderr); sys.exit(3)
    names = ', '.join(sorted(d.metadata['Name'] for d in dists))
    print(f'linked {n} files of {len(dists)} distributions into {dest}: {names}')
