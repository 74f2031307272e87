"""Time per training step of `training.fit` against a plain PyTorch loop over the same model and loader.

Both train the same small CNN on the same random images with AdamW; each run's time is measured
over the epochs after the first (warm-up), from the start to the end of each epoch, and divided by
the number of steps. The runs alternate (plain, fit, plain, fit, ...) so that a machine busy with
other work slows both alike; the medians are compared. The goal is an overhead of at most 1.10x.
Run: python bench/train_overhead.py [--steps 40] [--epochs 3] [--repeat 3] [--batch-size 32] [--size 96]
"""
import argparse, statistics, tempfile, time

import torch
import lightning as L

from kaggle_tutorials.training import fit


def make_model():
    "A small CNN classifier (about 0.3M parameters): enough work per step for the loop's cost to matter."
    torch.manual_seed(0)
    c = lambda i, o: torch.nn.Sequential(torch.nn.Conv2d(i, o, 3, padding=1), torch.nn.BatchNorm2d(o), torch.nn.ReLU(), torch.nn.MaxPool2d(2))
    return torch.nn.Sequential(c(3, 32), c(32, 64), c(64, 128), torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(128, 10))


def make_loader(steps, batch_size, size):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(steps * batch_size, 3, size, size, generator=g); y = torch.randint(0, 10, (steps * batch_size,), generator=g)
    return torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=batch_size, shuffle=True)


class Module(L.LightningModule):
    def __init__(self):
        super().__init__(); self.model = make_model()
    def training_step(self, batch, i):
        x, y = batch; loss = torch.nn.functional.cross_entropy(self.model(x), y)
        self.log('train_loss', loss, on_step=False, on_epoch=True); return loss
    def configure_optimizers(self): return torch.optim.AdamW(self.parameters(), lr=1e-3)


class EpochTimer(L.Callback):
    "Wall time of every training epoch."
    def __init__(self): self.times, self.t = [], None
    def on_train_epoch_start(self, trainer, module): self.t = time.perf_counter()
    def on_train_epoch_end(self, trainer, module): self.times.append(time.perf_counter() - self.t)


def plain(loader, epochs):
    "The naive baseline: a hand-written loop with the same model, loss and optimiser. Seconds per step after epoch 1."
    model = make_model(); opt = torch.optim.AdamW(model.parameters(), lr=1e-3); times = []
    for _ in range(epochs):
        t = time.perf_counter(); model.train()
        for x, y in loader:
            opt.zero_grad(set_to_none=True)
            loss = torch.nn.functional.cross_entropy(model(x), y); loss.backward(); opt.step()
            loss.item()                                   # Lightning reads the loss every step too
        times.append(time.perf_counter() - t)
    return statistics.median(times[1:]) / len(loader)


def engine(loader, epochs, progress):
    "The same through `training.fit` (CSV logger, last checkpoint, LR logging; progress bar as asked)."
    timer = EpochTimer()
    with tempfile.TemporaryDirectory() as d:
        fit(Module(), loader, epochs=epochs, out=d, accelerator='cpu', callbacks=[timer], progress=progress, deterministic=False)
    return statistics.median(timer.times[1:]) / len(loader)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--steps', type=int, default=40); ap.add_argument('--epochs', type=int, default=3)
    ap.add_argument('--repeat', type=int, default=3); ap.add_argument('--batch-size', type=int, default=32)
    ap.add_argument('--size', type=int, default=96); ap.add_argument('--progress', action='store_true', help='show the progress bar in fit')
    a = ap.parse_args()
    loader = make_loader(a.steps, a.batch_size, a.size)
    base, eng = [], []
    for r in range(a.repeat):
        base.append(plain(loader, a.epochs)); eng.append(engine(loader, a.epochs, a.progress))
        print(f'round {r + 1}: plain {base[-1] * 1e3:.1f} ms/step, training.fit {eng[-1] * 1e3:.1f} ms/step', flush=True)
    b, e = statistics.median(base), statistics.median(eng)
    print(f'\n{a.steps} steps x {a.epochs} epochs, batch {a.batch_size} of {a.size}x{a.size}, {torch.get_num_threads()} threads')
    print(f'plain PyTorch loop: {b * 1e3:.1f} ms/step (baseline 1.00x)')
    print(f'training.fit:       {e * 1e3:.1f} ms/step ({e / b:.3f}x, goal <= 1.10x)')


if __name__ == '__main__': main()
