"""A compiled loop of Bulwark's campaign model (docs/campaign-model.md, section 3.1), for speed
comparisons only: numba's @njit over replications, per-replication constants computed once and
one division per hour-step. Imported by `compare` when numba is installed (Debian: python3-numba).
"""
import math

import numba
import numpy as np

from campaign import DEFAULTS, POWER, load


@numba.njit(cache=True)
def _axis(goal, a0, stop, days, power, delay, loss_d, loss_a, ratio, contact, road, kept_d,
          horizon):
    a, d, peak, x, nxt = a0, 0.0, 0.0, 0.0, 0
    for h in range(horizon):
        while nxt < days.size and math.floor(24 * days[nxt] * delay) <= h:
            d += power[nxt]
            nxt += 1
        peak = max(peak, d)
        drop_d = a * loss_d
        drop_a = d * loss_a
        if d <= peak * kept_d:
            rate = road
        else:
            rate = contact * min(1.0, max(0.0, a * ratio / d - 1.0))
        x += rate
        d = max(0.0, d - drop_d)
        a = max(0.0, a - drop_a)
        if x >= goal:
            return h + 1.0
        if a <= stop:
            return math.inf
    return math.inf


@numba.njit(cache=True)
def _runs(p, goals, forces, days, power, horizon, out):
    for r in range(p.shape[0]):
        ka, kd, q, theta, vc, vr, ba, bd, sa, delta, m = p[r]
        loss_d = ka / (24 * q)
        loss_a = kd * m / 24
        ratio = ka / (q * theta)
        for i in range(goals.size):
            a0 = forces[i] * sa
            out[i, r] = _axis(goals[i], a0, (1 - ba) * a0, days[i], power[i], delta, loss_d,
                              loss_a, ratio, vc, vr, 1 - bd, horizon)


def run(posture_id, runs, seed, horizon_days=30):
    """Hours to each axis's objective (rows) for each replication (columns)."""
    theatre, posture, air = load(posture_id)
    rng = np.random.default_rng(seed)
    order = ["kappa_a", "kappa_d", "q", "theta_d", "v_contact", "v_road", "beta_a", "beta_d",
             "s_a", "delta"]
    dists = [DEFAULTS[k] for k in order] + [air]
    p = np.column_stack([rng.triangular(*v, runs) for v in dists])
    axes = theatre["axes"]
    units = [sorted((u for u in posture["units"] if u["axis"] == ax["id"]),
                    key=lambda u: u["arrivalDay"]) for ax in axes]
    days = numba.typed.List([np.array([u["arrivalDay"] for u in us], float) for us in units])
    power = numba.typed.List([np.array([POWER[u["kind"]] * u["strength"] for u in us], float)
                              for us in units])
    out = np.empty((len(axes), runs))
    _runs(p, np.array([ax["distanceKm"] for ax in axes], float),
          np.array([ax["attackerHbe"] for ax in axes], float), days, power, 24 * horizon_days,
          out)
    return out
