"""Check the notebooks for mistakes that break the docs pipeline or the package.

- a code cell that mixes import statements with other code: `nbdev_proc_nbs` executes every
  cell that contains an import, so the other code would run (and fail) while building the docs;
- an exported cell that imports nbdev, fastcore or execnb: the package must not need them;
- a tutorial page without its "Open in Colab" and "Open in Kaggle" badges (pointing at the notebook
  itself), without the cell that installs the package on Colab and Kaggle, or whose export cell
  would fail in a reader's copy (it must run only where nbdev finds its project).

Usage: python scripts/lint_nbs.py [nbs]
"""
import ast, json, re, sys
from pathlib import Path

def _code(src):
    "Source with IPython magics replaced by `pass` (indentation kept), ready for `ast.parse`."
    return '\n'.join(l[:len(l) - len(l.lstrip())] + 'pass' if l.lstrip().startswith(('%', '!')) else l for l in src.splitlines())

GH = 'kaggle-tutorials/kaggle_tutorials/blob/main/nbs/'

def check_reader_run(path:Path, nb:dict) -> list[str]:
    "Problems that would stop a reader running the notebook on Colab or Kaggle, or outside a clone."
    if path.name == 'index.ipynb': return []
    srcs = [''.join(c['source']) for c in nb['cells']]
    md = '\n'.join(s for s, c in zip(srcs, nb['cells']) if c['cell_type'] == 'markdown')
    links = {'Open in Colab': f'(https://colab.research.google.com/github/{GH}{path.name})',
             'Open in Kaggle': f'(https://kaggle.com/kernels/welcome?src=https://github.com/{GH}{path.name})'}
    problems = [f'{path.name}: no "{b}" badge pointing at {path.name}' for b, url in links.items() if f'[![{b}]' not in md or url not in md]
    if not any('pip install' in s and 'google.colab' in s and 'KAGGLE_KERNEL_RUN_TYPE' in s for s in srcs):
        problems.append(f'{path.name}: no cell installing the package on Colab and Kaggle')
    for s in srcs:
        if 'nbdev_export()' in s and 'is_nbdev()' not in s:
            problems.append(f'{path.name}: the export cell must run only inside the project (nbdev.config.is_nbdev())')
    return problems

def check_notebook(path:Path) -> list[str]:
    "Return the problems found in one notebook."
    nb = json.loads(path.read_text())
    problems = check_reader_run(path, nb)
    for i, cell in enumerate(nb['cells']):
        if cell['cell_type'] != 'code': continue
        src = ''.join(cell['source'])
        if 'nbdev_export()' in src: continue
        try: tree = ast.parse(_code(src))
        except SyntaxError as e:
            problems.append(f'{path.name} cell {i}: syntax error: {e.msg}'); continue
        has_import = any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))
        only_imports = all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body)
        exported = re.search(r'^#\|\s*export', src, re.M) is not None
        if has_import and not only_imports and not exported:
            problems.append(f'{path.name} cell {i}: mixes imports with other code (the docs build executes it)')
        if exported:
            for n in ast.walk(tree):
                mods = [a.name for a in n.names] if isinstance(n, ast.Import) else [n.module or ''] if isinstance(n, ast.ImportFrom) else []
                if any(m.split('.')[0] in ('nbdev', 'fastcore', 'execnb') for m in mods):
                    problems.append(f'{path.name} cell {i}: exported code imports {mods}')
    return problems

if __name__ == '__main__':
    root = Path(sys.argv[1] if len(sys.argv) > 1 else 'nbs')
    problems = [p for nb in sorted(root.glob('*.ipynb')) for p in check_notebook(nb)]
    print('\n'.join(problems) or f'{len(list(root.glob("*.ipynb")))} notebooks: no problems')
    sys.exit(1 if problems else 0)
