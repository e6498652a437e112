#!/usr/bin/env python3
"""An independent implementation of the replacement model (docs/replacement-model.md), in plain
Python from the same files, to check the figures the Java tests pin.

    python3 tools/replacement-check/check.py iiss-2025
    python3 tools/replacement-check/check.py bruegel-2025

Prints the central plan's totals: the cost over the horizon, the acquisition of the whole force,
the mean annual cost of the first five years, the personnel and equipment of the whole force.
Deliveries are computed unit by unit rather than with the Java model's running window.
"""
import csv
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
RES = ROOT / "forces/src/main/resources/dev/bulwark/forces"


def catalogue():
    money = yaml.safe_load((RES / "catalogue/money.yaml").read_text())
    index = money["deflator"]["index"]
    rates = money["exchange_rates"]["usd_per_unit"]
    lines = [l for l in (RES / "catalogue/unit-types.csv").read_text().splitlines()
             if not l.startswith("#")]
    units = {}
    for row in csv.DictReader(lines):
        year = int(row["price_year"])
        rate = 1.0 if row["currency"] == "USD" else rates[row["currency"]][year]
        factor = rate * index[2024] / index[year]
        units[row["id"]] = dict(row, A=float(row["acquisition_mode_m"]) * factor,
                                O=float(row["operating_mode_m"]) * factor)
    return units, rates, index


def plan(scenario, units, rates, index):
    horizon = scenario["horizon_years"]
    per_usd = 1.0 if scenario["currency"] == "USD" else 1 / rates[scenario["currency"]][2024]
    cost = [0.0] * horizon
    for item in scenario["items"]:
        u = units[item["unit"]]
        lead, ramp, left = int(u["lead_time_years"]), float(u["ramp_mode"]), item["quantity"]
        years = []  # (delivery year index, units)
        t = lead - 1
        while left > 1e-12:
            n = min(ramp, left)
            years.append((t, n))
            left -= n
            t += 1
        for t_delivered, n in years:
            for t_paid in range(t_delivered - lead + 1, t_delivered + 1):
                if 0 <= t_paid < horizon:
                    cost[t_paid] += u["A"] / lead * n * per_usd
            for t_run in range(t_delivered + 1, horizon):
                cost[t_run] += u["O"] * n * per_usd
    for line in scenario.get("lines") or []:
        year = line["price_year"]
        rate = 1.0 if line["currency"] == "USD" else rates[line["currency"]][year]
        amount = line["amount_m"] * rate * index[2024] / index[year] * per_usd
        for t in range(horizon):
            if line["from_year"] <= scenario["start_year"] + t <= line["to_year"]:
                cost[t] += amount
    return cost, per_usd


def main(scenario_id):
    units, rates, index = catalogue()
    scenario = yaml.safe_load((RES / f"replacement/{scenario_id}.yaml").read_text())
    cost, per_usd = plan(scenario, units, rates, index)
    items = scenario["items"]
    print("total_bn", round(sum(cost) / 1000, 4))
    print("acquisition_bn", round(sum(i["quantity"] * units[i["unit"]]["A"] for i in items)
                                  * per_usd / 1000, 4))
    print("mean_annual_first_5_bn", round(sum(cost[:5]) / 5 / 1000, 4))
    print("personnel", sum(i["quantity"] * int(units[i["unit"]]["personnel"]) for i in items)
          + sum(line.get("personnel", 0) for line in scenario.get("lines") or []))
    for kind in ("tanks", "ifvs", "artillery", "combat_aircraft", "warships", "lr_sam"):
        print(kind, sum(i["quantity"] * int(units[i["unit"]][kind]) for i in items))


if __name__ == "__main__":
    main(sys.argv[1])
