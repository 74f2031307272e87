"""Throughput of `kaggle-tutorials predict` against a naive per-image loop, per competition.

For each competition a short run (`--epochs`, default 1) on its sample writes a saved model
folder (reused on later calls if present under `--work`). Then, in the same process and on the
same test images:

- **predict**: the registered predictor (`kaggle-tutorials predict COMP --model DIR`), which batches
  images through a DataLoader, searches/post-processes and writes `submission.csv`;
- **naive**: the same network, one image at a time: read, preprocess, forward a batch of one.
  It does no post-processing and writes nothing, so it is a lower bound on a per-image loop's time.

Prints test images per second for both and their ratio. Not a test: numbers depend on the machine.

Usage: python bench/predict.py [--competitions severstal happywhale humpback petfinder] [--epochs 1] [--work DIR]
"""
import argparse, os, sys, time
os.environ.setdefault('NO_ALBUMENTATIONS_UPDATE', '1'); os.environ.setdefault('MPLBACKEND', 'Agg')
from pathlib import Path
import torch

from kaggle_tutorials.cli import main as cli
from kaggle_tutorials.jobs import RunConfig, read_model, get_predictor
from kaggle_tutorials.samples import get_data_path

IMAGE_SUFFIXES = ('.jpg', '.jpeg', '.png')

def test_images(folder:Path) -> list[Path]:
    "The image files of a test folder, sorted."
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)

def severstal_naive(saved, data:Path):
    from kaggle_tutorials.severstal.job import unet_from_saved, image_input
    net, size = unet_from_saved(saved), saved.part('inputs')['img_size']
    paths = test_images(data/'test_images')
    return paths, lambda p: torch.sigmoid(net(image_input(p, size)[None]))

def happywhale_naive(saved, data:Path):
    from kaggle_tutorials.happywhale.predict import load_embedding_model, image_preprocessor
    net, prep = load_embedding_model(saved), image_preprocessor(saved.part('preprocess'))
    return test_images(data/'test_images'), lambda p: net.extract(prep(p)[None])

def humpback_naive(saved, data:Path):
    from kaggle_tutorials.humpback.inference import rebuild_model, FlukeInput
    net, prep = rebuild_model(saved), FlukeInput.from_dict(saved.part('preprocess'))
    return test_images(data/'test'), lambda p: net.extract(prep(p)[None])

def petfinder_naive(saved, data:Path):
    import pandas as pd
    from kaggle_tutorials.petfinder.job import load_ensemble, saved_transform
    net, tf, cols = load_ensemble(saved), saved_transform(saved), saved.part('heads')['meta_cols']
    test = pd.read_csv(data/'test.csv').set_index('Id')
    paths = [data/'test'/f'{i}.jpg' for i in test.index]
    return paths, lambda p: net(tf(p)[None], torch.tensor(test.loc[p.stem, cols].to_numpy(dtype='float32'))[None])

NAIVE = {'severstal': severstal_naive, 'happywhale': happywhale_naive, 'humpback': humpback_naive, 'petfinder': petfinder_naive}

def saved_model(comp:str, work:Path, epochs:int):
    "The saved model folder of a short run on the sample (trained once, then reused)."
    out = work/comp
    if not (out/'model'/'model.json').is_file():
        code = cli(['run', comp, '--out', str(out), '--epochs', str(epochs), '--accelerator', 'cpu'])
        if code: sys.exit(f'the {comp} run failed (exit {code})')
    return read_model(out/'model', comp)

def bench(comp:str, work:Path, epochs:int) -> tuple[int, float, float]:
    "(test images, predictor images/s, naive images/s)."
    saved, data = saved_model(comp, work, epochs), get_data_path(comp)
    predict = get_predictor(comp)
    t = time.perf_counter()
    r = predict(saved, RunConfig(data=data, out=work/comp/'predict', accelerator='cpu', workers=0))
    t_pred = time.perf_counter() - t
    paths, one = NAIVE[comp](saved, data)
    with torch.inference_mode():
        one(paths[0])                                     # warm-up, as the predictor's first batch is
        t = time.perf_counter()
        for p in paths: one(p)
        t_naive = time.perf_counter() - t
    if len(paths) != r['images']: print(f'  note: {comp} naive loop saw {len(paths)} images, predict {r["images"]}')
    return r['images'], r['images'] / t_pred, len(paths) / t_naive

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--competitions', nargs='+', default=list(NAIVE))
    ap.add_argument('--epochs', type=int, default=1)
    ap.add_argument('--work', type=Path, default=Path('results')/'bench-predict')
    a = ap.parse_args()
    print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, CPU')
    rows = [(c, *bench(c, a.work, a.epochs)) for c in a.competitions]
    print(f"\n{'competition':12s} {'images':>7s} {'predict img/s':>14s} {'naive img/s':>12s} {'ratio':>7s}")
    for c, n, fast, slow in rows: print(f'{c:12s} {n:7d} {fast:14.1f} {slow:12.1f} {fast / slow:6.2f}x')
