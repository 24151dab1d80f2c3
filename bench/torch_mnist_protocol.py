#!/usr/bin/env python3
"""The authors' MNIST protocol (Goodfellow et al. 2014, goodfeli/adversarial mnist.yaml) written independently in
PyTorch, to cross-check what jgan's `./gan run mnist` reaches: not speed, training outcomes.

Model and update as docs/results.md and paper-facts describe them, with the networks of torch_reference.py:
  z ~ U(-sqrt 3, sqrt 3)^100; G 1200 ReLU, 1200 ReLU, 784 sigmoid, output bias logit(clip(mean pixel, 1e-7));
  D dropout 0.8 -> maxout 240x5 -> dropout 0.5 -> maxout 240x5 -> dropout 0.5 -> logit; weights U(+-0.05) in G,
  U(+-0.005) in D, biases 0; one D pass on [real; fake] per step, D minimises 0.5 (BCE(real->1) + BCE(fake->0)),
  G the non-saturating BCE(fake->1) through the same pass; both updated at once by classic momentum
  v <- mu v - lr g, theta <- theta + v, lr = max(0.1 / 1.000004^t, 1e-6), mu = 0.5 -> 0.7 linearly over epochs
  1..250; batches of 100 from train[0:50000] in a fresh order every epoch.

Every --monitor-every iterations it prints the Parzen monitor as jgan computes it (3,000 samples of one fixed z
as centres, sigma from the authors' grid by the best mean log-likelihood of the first 1,000 images of
train[50000:60000], that best mean); at the end the full protocol (10,000 samples, sigma chosen the same way,
the mean over the 10,000 test images +- its standard error). Prints one JSON line per measurement.

  /usr/bin/python3 bench/torch_mnist_protocol.py --data ../shared/data/mnist --iterations 20000 --threads 1
"""
import argparse
import gzip
import json
import math
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from torch_reference import SIGMAS, mnist_networks

TRAIN, SELECTION, BATCH, NOISE = 50_000, 1_000, 100, 100
STEPS_PER_EPOCH = TRAIN // BATCH
LR, DECAY, FLOOR = 0.1, 1.000004, 1e-6
MOMENTUM_START, MOMENTUM_END, SATURATE_EPOCH = 0.5, 0.7, 250
D_LOSS_SCALE = 0.5


def idx_images(path):
    """Pixels b / 255 of an IDX image file (magic 2051), one image per row."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, count, rows, cols = np.frombuffer(data[:16], dtype=">u4")
    if magic != 2051:
        raise ValueError(f"{path}: magic {magic}, expected 2051")
    pixels = np.frombuffer(data[16:], dtype=np.uint8).reshape(count, rows * cols)
    return torch.from_numpy(pixels.astype(np.float32) / 255.0)


def log_densities(centres, points, sigmas, block=1000):
    """log p(x) of each point under the Parzen window of the centres, for each sigma; [len(sigmas), n], double."""
    centres64 = centres.double()
    centre_norms = (centres64 * centres64).sum(1)
    m, d = centres.shape
    out = torch.empty(len(sigmas), points.shape[0], dtype=torch.float64)
    for start in range(0, points.shape[0], block):
        x = points[start:start + block].double()
        squared = (x * x).sum(1, keepdim=True) + centre_norms[None, :] - 2 * x @ centres64.T
        for k, sigma in enumerate(sigmas):
            out[k, start:start + x.shape[0]] = (torch.logsumexp(-squared / (2 * sigma * sigma), 1) - math.log(m)
                                                 - d * (math.log(sigma) + 0.5 * math.log(2 * math.pi)))
    return out


def best_sigma(centres, selection):
    means = log_densities(centres, selection, SIGMAS).mean(1)
    best = int(torch.argmax(means))
    return SIGMAS[best], float(means[best])


def sample(generator, z):
    with torch.no_grad():
        return generator(z)


def uniform_noise(n, rng):
    return torch.empty(n, NOISE).uniform_(-math.sqrt(3), math.sqrt(3), generator=rng)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="directory of the four MNIST IDX .gz files")
    parser.add_argument("--iterations", type=int, required=True)
    parser.add_argument("--monitor-every", type=int, default=5000)
    parser.add_argument("--monitor-samples", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", help="append the JSON lines here too")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = torch.Generator().manual_seed(args.seed)
    data = Path(args.data)
    images = idx_images(data / "train-images-idx3-ubyte.gz")
    train, selection = images[:TRAIN], images[TRAIN:TRAIN + SELECTION]
    test = idx_images(data / "t10k-images-idx3-ubyte.gz")

    generator, discriminator = mnist_networks(maxout=True)
    mean = train.double().mean(0).clamp(1e-7, 1 - 1e-7)
    with torch.no_grad():
        generator[-2].bias.copy_(torch.log(mean / (1 - mean)).float())
    g_params, d_params = list(generator.parameters()), list(discriminator.parameters())
    velocities = [torch.zeros_like(p) for p in g_params + d_params]
    monitor_z = uniform_noise(args.monitor_samples, torch.Generator().manual_seed(args.seed + 1))

    def report(record):
        text = json.dumps(record)
        print(text, flush=True)
        if args.out:
            with open(args.out, "a") as out:
                out.write(text + "\n")

    def monitor(t):
        sigma, ll = best_sigma(sample(generator, monitor_z), selection)
        report({"iteration": t, "monitor_ll": ll, "monitor_sigma": sigma, "seconds": time.time() - started})

    started = time.time()
    monitor(0)
    order = None
    for t in range(args.iterations):
        epoch, position = divmod(t, STEPS_PER_EPOCH)
        if position == 0:
            order = torch.randperm(TRAIN, generator=rng)
        real = train[order[position * BATCH:(position + 1) * BATCH]]
        fake = generator(uniform_noise(BATCH, rng))
        scores = discriminator(torch.cat((real, fake)))
        real_scores, fake_scores = scores[:BATCH], scores[BATCH:]
        d_loss = D_LOSS_SCALE * (F.softplus(-real_scores).mean() + F.softplus(fake_scores).mean())
        g_loss = F.softplus(-fake_scores).mean()
        d_grads = torch.autograd.grad(d_loss, d_params, retain_graph=True)
        g_grads = torch.autograd.grad(g_loss, g_params)
        lr = max(LR / DECAY ** t, FLOOR)
        momentum = MOMENTUM_START + (MOMENTUM_END - MOMENTUM_START) * min(1.0, epoch / (SATURATE_EPOCH - 1))
        with torch.no_grad():
            for p, g, v in zip(g_params + d_params, list(g_grads) + list(d_grads), velocities):
                v.mul_(momentum).sub_(lr * g)
                p.add_(v)
        if (t + 1) % args.monitor_every == 0:
            monitor(t + 1)

    centres = sample(generator, uniform_noise(10_000, torch.Generator().manual_seed(args.seed + 2)))
    sigma, _ = best_sigma(centres, selection)
    scores = log_densities(centres, test, [sigma])[0]
    report({"iteration": args.iterations, "parzen_ll": float(scores.mean()), "parzen_sigma": sigma,
            "parzen_se": float(scores.std(unbiased=False) / math.sqrt(len(scores))), "seconds": time.time() - started})


if __name__ == "__main__":
    main()
