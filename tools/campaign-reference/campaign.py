#!/usr/bin/python3
"""An independent re-implementation of Bulwark's campaign model from docs/campaign-model.md.

Written from the document, not from the Java code, with numpy's own random numbers: it checks
that the document states the model precisely enough to get the same distributions. The Java
tests cite its output. Run from the repository root with Debian's python3 (numpy, PyYAML):

    tools/campaign-reference/campaign.py                  # every bundled posture, 200,000 runs
    tools/campaign-reference/campaign.py --modes baltic-2016   # one run at the modal values
"""
import argparse
import math
import pathlib

import numpy as np
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "posture/src/main/resources/dev/bulwark/posture/campaign"
POWER = {"heavy_armoured": 1.0, "medium": 0.6, "light": 0.35, "battlegroup": 0.3}
# symbol: (low, mode, high), the defaults of docs/campaign-model.md, section "Parameters"
DEFAULTS = {
    "kappa_a": (0.03, 0.05, 0.08), "kappa_d": (0.03, 0.05, 0.08), "q": (1.2, 1.5, 2.0),
    "theta_d": (0.06, 0.08, 0.12), "v_contact": (2, 3, 4), "v_road": (4, 6, 8),
    "beta_a": (0.3, 0.4, 0.5), "beta_d": (0.4, 0.5, 0.6), "s_a": (0.8, 1.0, 1.2),
    "delta": (0.8, 1.0, 1.5),
}


def load(posture_id):
    theatre = yaml.safe_load((DATA / "baltic.yaml").read_text())
    posture = yaml.safe_load((DATA / "postures" / (posture_id + ".yaml")).read_text())
    air = posture["airSupport"]
    return theatre, posture, (air["low"], air["mode"], air["high"])


def axis_hours(axis, units, p, horizon_hours):
    """Hours until the axis's objective is reached, np.inf where it holds (vectorised over runs)."""
    n = p["kappa_a"].shape[0]
    a0 = axis["attackerHbe"] * p["s_a"]
    a, d, peak, x = a0.copy(), np.zeros(n), np.zeros(n), np.zeros(n)
    reached = np.full(n, np.inf)
    active = np.ones(n, bool)
    arrivals = [(np.floor(24 * u["arrivalDay"] * p["delta"]), POWER[u["kind"]] * u["strength"])
                for u in units if u["axis"] == axis["id"]]
    for h in range(horizon_hours):
        for hour, power in arrivals:
            d = d + np.where(hour == h, power, 0.0)
        peak = np.maximum(peak, d)
        loss_d = p["kappa_a"] * a / (24 * p["q"])
        loss_a = p["kappa_d"] * p["m_air"] * d / 24
        broken = d <= (1 - p["beta_d"]) * peak
        with np.errstate(divide="ignore", invalid="ignore"):
            attrition = p["kappa_a"] * a / (p["q"] * d)
        contact = p["v_contact"] * np.clip((attrition - p["theta_d"]) / p["theta_d"], 0, 1)
        rate = np.where(broken, p["v_road"], contact)
        x = np.where(active, x + rate, x)
        d = np.where(active, np.maximum(0, d - loss_d), d)
        a = np.where(active, np.maximum(0, a - loss_a), a)
        now = active & (x >= axis["distanceKm"])
        reached[now] = h + 1
        active &= ~now
        active &= ~(a <= (1 - p["beta_a"]) * a0)
        if not active.any():
            break
    return reached


def run(posture_id, runs, seed, horizon_days=30, modes=False):
    theatre, posture, air = load(posture_id)
    rng = np.random.default_rng(seed)
    dists = dict(DEFAULTS, m_air=air)
    if modes:
        p = {k: np.array([v[1]], float) for k, v in dists.items()}
    else:
        p = {k: (rng.triangular(*v, runs) if v[0] < v[2] else np.full(runs, float(v[0])))
             for k, v in dists.items()}
    hours = {ax["id"]: axis_hours(ax, posture["units"], p, 24 * horizon_days)
             for ax in theatre["axes"]}
    first = np.minimum.reduce(list(hours.values()))
    in_time = {u["id"]: np.floor(24 * u["arrivalDay"] * p["delta"]) < first
               for u in posture["units"] if u["arrivalDay"] > 0}
    return hours, first, in_time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("postures", nargs="*", default=["baltic-2016", "baltic-efp-2017",
                                                        "baltic-2025", "baltic-rand-7-brigades"])
    parser.add_argument("--runs", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--modes", action="store_true", help="one run at the modal values")
    args = parser.parse_args()
    for posture_id in args.postures:
        hours, first, in_time = run(posture_id, args.runs, args.seed, modes=args.modes)
        if args.modes:
            print(posture_id, {k: float(v[0]) for k, v in hours.items()})
            continue
        q = lambda t: np.quantile(t, [0.1, 0.25, 0.5, 0.75, 0.9], method="inverted_cdf")
        print(posture_id, "first", q(first), "tallinn", q(hours["tallinn"]),
              "riga", q(hours["riga"]))
        print("   hold days 1,2,3,7,14,28:",
              [round(float(np.mean(first > 24 * day)), 4) for day in (1, 2, 3, 7, 14, 28)],
              "all reinforcements in time:",
              round(float(np.mean(np.logical_and.reduce([np.ones_like(first, bool)]
                                                         + list(in_time.values())))), 4))
        print("   each in time:", {k: round(float(np.mean(v)), 4) for k, v in in_time.items()})


if __name__ == "__main__":
    main()
