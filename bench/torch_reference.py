#!/usr/bin/env python3
"""PyTorch reference for jgan's benchmarks (gan-bench): the same workloads, shapes, float32 and thread count.

Each workload prints (and writes with --out) one JSON object: {"workload", "median_ms", "samples_ms", ...}.
Workload names match gan-bench's (org.jgan.bench.Measurements):

  goodfellow2014-mnist/simultaneous  the authors' MNIST step: G 100-1200-1200-784 (ReLU, sigmoid), D dropout 0.8 ->
                                     maxout 240x5 -> dropout 0.5 -> maxout 240x5 -> dropout 0.5 -> 1 logit; batch 100;
                                     non-saturating loss; SGD lr 0.1 momentum 0.5 for both; the simultaneous update
                                     (one D pass on [real; fake], D's and G's gradients at the same parameters)
  relu-mnist/simultaneous            the same with 240 ReLUs in place of each maxout layer
  mlp-1d                             the 1-D toy: 1-32-32-1 leaky-ReLU(0.2) G and D in standard units of N(4, 0.5^2),
                                     batch 256, Adam (lr 1e-3, betas 0.5, 0.999), Algorithm 1 with k = 1
  parzen                             Parzen log-likelihood: 10k centres, sigma swept on 1k points over the authors'
                                     grid, 10k points scored; float32 distance GEMM, double log-sum-exp (as jgan)
  optimizer/normal/sgd, .../normal/adam
                                     one optimizer update of a 2,503,984-parameter float vector, gradient uniform
                                     on +-1e-3
  optimizer/subnormal/sgd, .../subnormal/adam
                                     the same with the first 1,000 of every 10,000 gradient entries scaled by 1e-36,
                                     below 2^-126 (PyTorch's default: no flush to zero)

Run it with the OpenMP OpenBLAS (Debian: libopenblas0-openmp) as bench/run.sh does:
  LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp /usr/bin/python3 bench/torch_reference.py \
      --workload goodfellow2014-mnist/simultaneous --threads 2
"""
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn.functional as F

MNIST_BATCH = 100
NOISE = 100
PIXELS = 784
HIDDEN_G = 1200
UNITS = 240
PIECES = 5
POOL_ROWS = 1000
TOY_BATCH = 256
TOY_MEAN, TOY_STD = 4.0, 0.5
TOY_IQR_SCALE = 0.5  # N(4, 0.5^2): (q75 - q25) / 1.349 = 0.5, median 4
OPTIMIZER_PARAMETERS = 2_503_984
SUBNORMAL_RUN, SUBNORMAL_PERIOD, SUBNORMAL_SCALE = 1000, 10000, 1e-36
SIGMAS = [10 ** (-1 + k / 9) for k in range(10)]
EXPONENT_FLOOR = -700.0


def uniform_(tensor, half_width):
    with torch.no_grad():
        tensor.uniform_(-half_width, half_width)


class Dense(torch.nn.Module):
    """y = x W + b with W [in, out], uniform(+-r) weights and zero biases, as jgan's Dense."""

    def __init__(self, inputs, outputs, half_width):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.empty(inputs, outputs))
        self.bias = torch.nn.Parameter(torch.zeros(outputs))
        uniform_(self.weight, half_width)

    def forward(self, x):
        return torch.addmm(self.bias, x, self.weight)


class Maxout(torch.nn.Module):
    """Dense to units*pieces columns, piece p in columns [p*units, (p+1)*units), then the max over pieces."""

    def __init__(self, inputs, half_width):
        super().__init__()
        self.dense = Dense(inputs, UNITS * PIECES, half_width)

    def forward(self, x):
        return self.dense(x).view(-1, PIECES, UNITS).max(dim=1).values


def mnist_networks(maxout):
    generator = torch.nn.Sequential(
        Dense(NOISE, HIDDEN_G, 0.05), torch.nn.ReLU(),
        Dense(HIDDEN_G, HIDDEN_G, 0.05), torch.nn.ReLU(),
        Dense(HIDDEN_G, PIXELS, 0.05), torch.nn.Sigmoid())

    def hidden(inputs):
        return [Maxout(inputs, 0.005)] if maxout else [Dense(inputs, UNITS, 0.005), torch.nn.ReLU()]

    discriminator = torch.nn.Sequential(
        torch.nn.Dropout(0.2), *hidden(PIXELS),
        torch.nn.Dropout(0.5), *hidden(UNITS),
        torch.nn.Dropout(0.5), Dense(UNITS, 1, 0.005))
    return generator, discriminator


def mnist_step(maxout):
    generator, discriminator = mnist_networks(maxout)
    g_opt = torch.optim.SGD(generator.parameters(), lr=0.1, momentum=0.5)
    d_opt = torch.optim.SGD(discriminator.parameters(), lr=0.1, momentum=0.5)
    pool = torch.rand(POOL_ROWS, PIXELS)
    g_params = list(generator.parameters())
    d_params = list(discriminator.parameters())
    state = {"t": 0}

    def step():
        t = state["t"]
        state["t"] = t + 1
        start = (t % (POOL_ROWS // MNIST_BATCH)) * MNIST_BATCH
        real = pool[start:start + MNIST_BATCH]
        z = torch.empty(MNIST_BATCH, NOISE).uniform_(-math.sqrt(3), math.sqrt(3))
        fake = generator(z)
        scores = discriminator(torch.cat((real, fake)))
        real_scores, fake_scores = scores[:MNIST_BATCH], scores[MNIST_BATCH:]
        d_loss = F.softplus(-real_scores).mean() + F.softplus(fake_scores).mean()
        g_loss = F.softplus(-fake_scores).mean()
        d_opt.zero_grad(set_to_none=True)
        g_opt.zero_grad(set_to_none=True)
        d_loss.backward(inputs=d_params, retain_graph=True)
        g_loss.backward(inputs=g_params)
        d_opt.step()
        g_opt.step()
        return d_loss.item(), g_loss.item()

    return step


def toy_step():
    def mlp():
        layers = [torch.nn.Linear(1, 32), torch.nn.LeakyReLU(0.2), torch.nn.Linear(32, 32),
                  torch.nn.LeakyReLU(0.2), torch.nn.Linear(32, 1)]
        for layer in layers:
            if isinstance(layer, torch.nn.Linear):
                torch.nn.init.xavier_uniform_(layer.weight)
                torch.nn.init.zeros_(layer.bias)
        return torch.nn.Sequential(*layers)

    g_net, d_net = mlp(), mlp()
    g_opt = torch.optim.Adam(g_net.parameters(), lr=1e-3, betas=(0.5, 0.999), eps=1e-8)
    d_opt = torch.optim.Adam(d_net.parameters(), lr=1e-3, betas=(0.5, 0.999), eps=1e-8)
    g_params = list(g_net.parameters())

    def generate():
        return TOY_MEAN + TOY_IQR_SCALE * g_net(torch.randn(TOY_BATCH, 1))

    def discriminate(x):
        return d_net((x - TOY_MEAN) / TOY_IQR_SCALE)

    def step():
        real = TOY_MEAN + TOY_STD * torch.randn(TOY_BATCH, 1)
        with torch.no_grad():
            fake = generate()
        scores = discriminate(torch.cat((real, fake)))
        d_loss = F.softplus(-scores[:TOY_BATCH]).mean() + F.softplus(scores[TOY_BATCH:]).mean()
        d_opt.zero_grad(set_to_none=True)
        d_loss.backward()
        d_opt.step()
        g_loss = F.softplus(-discriminate(generate())).mean()
        g_opt.zero_grad(set_to_none=True)
        g_loss.backward(inputs=g_params)
        g_opt.step()
        return d_loss.item(), g_loss.item()

    return step


def parzen():
    centres = torch.rand(10_000, PIXELS)
    selection = torch.rand(1_000, PIXELS)
    test = torch.rand(10_000, PIXELS)
    block = 1000

    def log_densities(points, sigmas):
        d = points.shape[1]
        m = centres.shape[0]
        centres64 = centres.double()
        augmented_centres = torch.cat((-2 * centres, (centres64 * centres64).sum(1, keepdim=True).float()), 1)
        ones = torch.ones(block, 1)
        result = torch.empty(len(sigmas), points.shape[0], dtype=torch.float64)
        for start in range(0, points.shape[0], block):
            x = points[start:start + block]
            h = torch.cat((x, ones[:x.shape[0]]), 1) @ augmented_centres.T
            gaps = h.double()
            nearest = gaps.min(1).values
            gaps -= nearest[:, None]
            x64 = x.double()
            nearest_squared = (x64 * x64).sum(1) + nearest
            for k, sigma in enumerate(sigmas):
                c = 1 / (2 * sigma * sigma)
                normaliser = math.log(m) + d * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
                sums = (gaps * -c).clamp_(min=EXPONENT_FLOOR).exp_().sum(1)
                result[k, start:start + x.shape[0]] = -c * nearest_squared + sums.log() - normaliser
        return result

    def evaluate():
        sweep = log_densities(selection, SIGMAS).mean(1)
        best = SIGMAS[int(torch.argmax(sweep))]
        return float(log_densities(test, [best]).mean())

    return evaluate


def optimizer_step(name, subnormal):
    parameter = torch.nn.Parameter(torch.empty(OPTIMIZER_PARAMETERS).uniform_(-0.05, 0.05))
    gradient = torch.empty(OPTIMIZER_PARAMETERS).uniform_(-1e-3, 1e-3)
    if subnormal:
        for start in range(0, OPTIMIZER_PARAMETERS, SUBNORMAL_PERIOD):
            gradient[start:start + SUBNORMAL_RUN] *= SUBNORMAL_SCALE
    optimizer = (torch.optim.SGD([parameter], lr=0.1, momentum=0.5) if name == "sgd"
                 else torch.optim.Adam([parameter], lr=0.1, betas=(0.9, 0.999), eps=1e-8))

    def step():
        parameter.grad = gradient
        optimizer.step()

    return step


WORKLOADS = {
    "goodfellow2014-mnist/simultaneous": lambda: mnist_step(True),
    "relu-mnist/simultaneous": lambda: mnist_step(False),
    "mlp-1d": toy_step,
    "parzen": parzen,
    "optimizer/normal/sgd": lambda: optimizer_step("sgd", False),
    "optimizer/normal/adam": lambda: optimizer_step("adam", False),
    "optimizer/subnormal/sgd": lambda: optimizer_step("sgd", True),
    "optimizer/subnormal/adam": lambda: optimizer_step("adam", True),
}


def measure(function, warmup_seconds, measure_seconds, single_shots):
    """Median wall time of calls: timed calls for measure_seconds after warmup_seconds (or single shots)."""
    if single_shots:
        function()  # warm-up shot
        samples = []
        for _ in range(single_shots):
            start = time.perf_counter()
            function()
            samples.append((time.perf_counter() - start) * 1e3)
        return samples
    end = time.perf_counter() + warmup_seconds
    while time.perf_counter() < end:
        function()
    samples = []
    end = time.perf_counter() + measure_seconds
    while time.perf_counter() < end or len(samples) < 5:
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1e3)
    return samples


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workload", required=True, choices=sorted(WORKLOADS))
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--warmup", type=float, default=5.0, help="warm-up seconds (timed workloads)")
    parser.add_argument("--seconds", type=float, default=8.0, help="measured seconds (timed workloads)")
    parser.add_argument("--shots", type=int, default=4, help="measured single shots (parzen)")
    parser.add_argument("--out", help="write the JSON result here too")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    function = WORKLOADS[args.workload]()
    single = args.shots if args.workload == "parzen" else 0
    samples = measure(function, args.warmup, args.seconds, single)
    result = {
        "workload": args.workload,
        "median_ms": statistics.median(samples),
        "samples": len(samples),
        "min_ms": min(samples),
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
    }
    text = json.dumps(result)
    print(text)
    if args.out:
        with open(args.out, "w") as out:
            out.write(text + "\n")


if __name__ == "__main__":
    main()
