"""A faster vectorised numpy implementation of Bulwark's campaign model (docs/campaign-model.md,
section 3.1), for speed comparisons only: per-replication constants computed once, one division
per hour-step, and the arrays compacted to the replications still running every hour, so the
work follows the live replications rather than the horizon. campaign.py stays the plain
reference the tests cite.
"""
import numpy as np

from campaign import DEFAULTS, POWER, load

ORDER = ["kappa_a", "kappa_d", "q", "theta_d", "v_contact", "v_road", "beta_a", "beta_d", "s_a",
         "delta"]


def _axis(axis, units, p, horizon):
    n = p["q"].size
    idx = np.arange(n)
    loss_d = p["kappa_a"] / (24 * p["q"])
    loss_a = p["kappa_d"] * p["m_air"] / 24
    ratio = p["kappa_a"] / (p["q"] * p["theta_d"])
    a = axis["attackerHbe"] * p["s_a"]
    stop = (1 - p["beta_a"]) * a
    kept_d, contact, road = 1 - p["beta_d"], p["v_contact"], p["v_road"]
    mine = sorted((u for u in units if u["axis"] == axis["id"]), key=lambda u: u["arrivalDay"])
    due = [np.floor(24 * u["arrivalDay"] * p["delta"]) for u in mine]
    power = [POWER[u["kind"]] * u["strength"] for u in mine]
    d, peak, x = np.zeros(n), np.zeros(n), np.zeros(n)
    out = np.full(n, np.inf)
    for h in range(horizon):
        for hour, c in zip(due, power):
            d = d + np.where(hour == h, c, 0.0)
        peak = np.maximum(peak, d)
        drop_d, drop_a = a * loss_d, d * loss_a
        with np.errstate(divide="ignore", invalid="ignore"):
            excess = np.clip(a * ratio / d - 1, 0, 1)
        x = x + np.where(d <= peak * kept_d, road, contact * excess)
        d = np.maximum(0, d - drop_d)
        a = np.maximum(0, a - drop_a)
        reached = x >= axis["distanceKm"]
        out[idx[reached]] = h + 1
        live = ~reached & ~(a <= stop)
        if not live.all():
            idx, a, d, peak, x, stop = idx[live], a[live], d[live], peak[live], x[live], stop[live]
            loss_d, loss_a, ratio = loss_d[live], loss_a[live], ratio[live]
            kept_d, contact, road = kept_d[live], contact[live], road[live]
            due = [hour[live] for hour in due]
            if idx.size == 0:
                break
    return out


def run(posture_id, runs, seed, horizon_days=30):
    """Hours to each axis's objective, by axis id."""
    theatre, posture, air = load(posture_id)
    rng = np.random.default_rng(seed)
    p = {k: rng.triangular(*DEFAULTS[k], runs) for k in ORDER}
    p["m_air"] = rng.triangular(*air, runs)
    return {ax["id"]: _axis(ax, posture["units"], p, 24 * horizon_days)
            for ax in theatre["axes"]}
