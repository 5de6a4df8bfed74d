#!/usr/bin/env python3
import time
import torch

dev = "cuda" if torch.cuda.is_available() else ("mps" if torch.backends.mps.is_available() else "cpu")
n = 4096 if dev != "cpu" else 1024
a = torch.randn(n, n, device=dev); b = torch.randn(n, n, device=dev)
for _ in range(3):
    a @ b
if dev == "cuda":
    torch.cuda.synchronize()
t = time.time(); it = 20
for _ in range(it):
    a @ b
if dev == "cuda":
    torch.cuda.synchronize()
dt = time.time() - t
print(f"{dev}: {2 * n ** 3 * it / dt / 1e12:.2f} TFLOPS ({n}x{n}, {it} iters)")
