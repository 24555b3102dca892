"""Difference constraints ``x[j] - x[i] >= c`` on one axis: the solver's only algebra.

Left/right, in front/behind, between, "next to" (an upper bound as a negative constraint) and
"directly in front, offset by o" (two opposite constraints) are all of this form, so a
relation is a handful of ``add`` calls. The system keeps all-pairs longest paths (n is the
number of blocks on a stage, a few dozen at most), so a constraint that would make the set
unsatisfiable is refused at once: a positive cycle, i.e. a contradiction such as "a cat left
of a dog, the dog left of the cat".
"""

from __future__ import annotations

import numpy as np

EPS = 1e-6


class DiffSystem:
    def __init__(self, n: int):
        self.longest = np.full((n, n), -np.inf)
        np.fill_diagonal(self.longest, 0.0)

    @property
    def n(self) -> int:
        return len(self.longest)

    def gap(self, i: int, j: int) -> float:
        """The least ``x[j] - x[i]`` the constraints force (-inf: nothing forces it)."""
        return float(self.longest[i, j])

    def feasible(self, edges: list[tuple[int, int, float]]) -> bool:
        trial = self.longest.copy()
        for i, j, c in edges:
            if trial[j, i] + c > EPS:
                return False
            trial = np.maximum(trial, trial[:, [i]] + c + trial[[j], :])
        return True

    def add(self, edges: list[tuple[int, int, float]]) -> bool:
        """Add all edges or none; False when they contradict what is already there."""
        trial = self.longest.copy()
        for i, j, c in edges:
            if i == j:
                if c > EPS:
                    return False
                continue
            if trial[j, i] + c > EPS:
                return False
            trial = np.maximum(trial, trial[:, [i]] + c + trial[[j], :])
        self.longest = trial
        return True

    def solve(self) -> np.ndarray:
        """The least solution with every x >= 0."""
        if not self.n:
            return np.zeros(0)
        return np.maximum(self.longest.max(axis=0), 0.0)
