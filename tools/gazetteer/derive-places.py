#!/usr/bin/env python3
"""Derive the metropolitan territory of every state the curated gazetteer lacks.

Writes guarantees/src/main/resources/dev/bulwark/guarantees/geo/derived-places.csv, in the
schema of the curated places.csv beside it (id,name,kind,sovereign,administrator,claimants,
continent,sea,island,lat,lon,radius_km,eu,confidence,aliases,note), one row per state of core's
countries.csv (kind "state") that world-atlas 2.0.2 draws and places.csv has no metropolitan
entry for. Hand-curated entries always win: a state places.csv lists is never derived.

For each such state, from the world-atlas TopoJSON (countries-50m.json, the copy the dashboard
vendors; ids are ISO 3166-1 numeric codes, matched to ISO3 through countries.csv):

1. Decode the arcs: each arc is a list of quantized positions, the first absolute and the rest
   deltas; position = (cumulative sum) * scale + translate, in degrees of longitude and
   latitude. A ring is its arcs in order, arc ~i being arc i reversed, the first point of each
   arc after the first dropped (it repeats the last point of the one before).
2. Take the country's largest polygon by area (its outer ring less its holes).
3. Area: Chamberlain and Duquette (JPL, 2007),
       A = R^2 / 2 * |sum_i (lambda_{i+1} - lambda_{i-1}) sin(phi_i)|,  R = 6371.0088 km,
   the exact area on the sphere of the ring with edges along the cylindrical equal-area grid.
4. Representative point: the area-weighted centroid of the polygon in the cylindrical
   equal-area projection (x = lambda, y = sin phi), by the shoelace moments of each ring
   (holes subtracted), taken back to latitude by phi = asin(y).
5. Radius: that of the circle of equal area, r = sqrt(A / pi), in km.
6. Continent: the rule continent() below, from the representative point (documented in
   tools/gazetteer/README.md).
7. Island: true when none of the country's arcs is shared with another country (no land
   border). Sea: landlocked ("none") when no arc is a coast (used by one country only);
   otherwise the gazetteer sea area (kind "sea" in places.csv) whose edge (haversine distance
   to its reference point less its radius) is nearest to any coastline vertex.

The confidence of every derived row is "C": computed by this tool, not checked by hand.
Python 3 standard library only.

Usage: python3 tools/gazetteer/derive-places.py [--repo DIR] [--atlas FILE] [--check]
  --repo   the Bulwark checkout (default: two levels above this script)
  --atlas  world-atlas countries-50m.json or countries-110m.json (default: the dashboard's
           vendored copy under server/src/main/resources/dev/bulwark/server/web/vendor/)
  --check  compare with the committed file instead of writing it; exit 1 when they differ
"""

import argparse
import csv
import io
import json
import math
import os
import sys
import unicodedata

EARTH_RADIUS_KM = 6371.0088
GEO = os.path.join("guarantees", "src", "main", "resources", "dev", "bulwark", "guarantees", "geo")
CURATED = os.path.join(GEO, "places.csv")
DERIVED = os.path.join(GEO, "derived-places.csv")
COUNTRIES = os.path.join("core", "src", "main", "resources", "dev", "bulwark", "core", "country",
                         "countries.csv")
ATLAS = os.path.join("server", "src", "main", "resources", "dev", "bulwark", "server", "web",
                     "vendor", "world-atlas", "countries-50m.json")
HEADER = ["id", "name", "kind", "sovereign", "administrator", "claimants", "continent", "sea",
          "island", "lat", "lon", "radius_km", "eu", "confidence", "aliases", "note"]
SEAS = os.path.join("tools", "gazetteer", "seas.csv")
NOTE = "derived from world-atlas 2.0.2 by tools/gazetteer"


def decode_arcs(topology):
    """Returns every arc as a list of (lon, lat) points in degrees."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    """Stitches a ring from arc indices (~i: arc i reversed), its longitudes unwrapped so that
    no step jumps across the antimeridian (Fiji, Kiribati)."""
    points = []
    for k, index in enumerate(indices):
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if k == 0 else arc[1:])
    unwrapped = points[:1]
    for lon, lat in points[1:]:
        previous = unwrapped[-1][0]
        unwrapped.append((lon + 360 * round((previous - lon) / 360), lat))
    return unwrapped


def polygons(geometry):
    """Returns the geometry's polygons, each a list of rings of arc indices."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def moments(points):
    """Returns (area km^2, x moment, y moment) of a ring in the cylindrical equal-area plane.

    The plane is x = lambda, y = sin(phi) (radians); its shoelace area times R^2 is the area on
    the sphere (Chamberlain-Duquette), and the moments give the centroid in that plane."""
    a = mx = my = 0.0
    n = len(points)
    for i in range(n):
        x0, y0 = math.radians(points[i][0]), math.sin(math.radians(points[i][1]))
        x1, y1 = math.radians(points[(i + 1) % n][0]), math.sin(math.radians(points[(i + 1) % n][1]))
        cross = x0 * y1 - x1 * y0
        a += cross
        mx += (x0 + x1) * cross
        my += (y0 + y1) * cross
    return a / 2, mx / 6, my / 6


def shape(arcs, polygon):
    """Returns (area km^2, lat, lon) of a polygon: outer ring less holes, centroid by moments."""
    area = mx = my = 0.0
    for k, indices in enumerate(polygon):
        a, x, y = moments(ring(arcs, indices))
        sign = 1 if k == 0 else -1
        # Orientation differs between rings; the outer ring adds, holes subtract.
        flip = 1 if a >= 0 else -1
        area += sign * flip * a
        mx += sign * flip * x
        my += sign * flip * y
    lon = (math.degrees(mx / area) + 180) % 360 - 180
    lat = math.degrees(math.asin(max(-1.0, min(1.0, my / area))))
    return area * EARTH_RADIUS_KM ** 2, lat, lon


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def continent(lat, lon, island):
    """The continent of a representative point (rule in tools/gazetteer/README.md)."""
    if lat < 25 and (lon > 130 or lon < -140):
        return "oceania"  # the Pacific island states and New Guinea
    if lon < -30:
        if island and lat < 27:
            return "caribbean"
        return "south_america" if lat < 12 else "north_america"
    red_sea = 10.8 * (lat - 30.0) + 17.4 * (lon - 32.5)  # > 0 north-east of Suez-Bab-el-Mandeb
    if (lat < 0 and lon < 60) or (lat < 36 and -26 <= lon <= 52 and red_sea < 0):
        return "africa"
    if lat >= 36 and -25 <= lon <= 40:
        return "europe"
    return "asia"


def caspian(lon, lat):
    """Whether a coastline vertex lies on the Caspian, a lake that gives no access to a sea."""
    return 36.5 <= lat <= 47.5 and 46.5 <= lon <= 55.0


def sea_of(coast, seas):
    """The sea a coast borders: landlocked without coast, else the gazetteer sea area whose edge
    is nearest to any coast vertex; the Atlantic split at the equator by the coast's mean
    latitude (the gazetteer's Atlantic circles are drawn for the treaty areas, not the shores)."""
    if not coast:
        return "none"
    nearest = min(seas, key=lambda s: min(
        haversine(y, x, float(s["lat"]), float(s["lon"])) for x, y in coast)
        - float(s["radius_km"]))["sea"]
    if nearest in ("north_atlantic", "south_atlantic"):
        return "north_atlantic" if sum(y for _, y in coast) / len(coast) > 0 else "south_atlantic"
    return nearest


def slug(name):
    plain = unicodedata.normalize("NFD", name).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in plain.lower()).split())


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def derive(repo, atlas):
    with open(atlas, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    geometries = topology["objects"]["countries"]["geometries"]
    uses = {}
    for g in geometries:
        for polygon in polygons(g):
            for indices in polygon:
                for index in indices:
                    uses[index if index >= 0 else ~index] = uses.get(
                        index if index >= 0 else ~index, 0) + 1
    curated = read_csv(os.path.join(repo, CURATED))
    held = {p["sovereign"] for p in curated if p["kind"] == "metropolitan"}
    ids = {p["id"] for p in curated}
    seas = [p for p in curated if p["kind"] == "sea"]
    overrides = {row["iso3"]: row["sea"] for row in read_csv(os.path.join(repo, SEAS))}
    states = {int(c["iso_numeric"]): c for c in read_csv(os.path.join(repo, COUNTRIES))
              if c["kind"] == "state" and c["iso_numeric"]}
    rows = []
    for g in geometries:
        state = states.get(int(g["id"])) if "id" in g else None
        if state is None or state["iso3"] in held:
            continue
        parts = polygons(g)
        area, lat, lon = max(shape(arcs, p) for p in parts)
        own = [i if i >= 0 else ~i for p in parts for r in p for i in r]
        island = all(uses[i] == 1 for i in own)
        coast = [pt for i in own if uses[i] == 1 for pt in arcs[i] if not caspian(*pt)]
        sea = overrides.get(state["iso3"]) or sea_of(coast, seas)
        place_id = slug(state["name"])
        if place_id in ids:
            raise SystemExit("derived id " + place_id + " for " + state["iso3"]
                             + " is taken in places.csv; give the state a curated row")
        ids.add(place_id)
        rows.append({"id": place_id, "name": state["name"], "kind": "metropolitan",
                     "sovereign": state["iso3"], "administrator": state["iso3"], "claimants": "",
                     "continent": continent(lat, lon, island), "sea": sea,
                     "island": "true" if island else "false",
                     "lat": "%.2f" % lat, "lon": "%.2f" % lon,
                     "radius_km": "%.1f" % math.sqrt(area / math.pi), "eu": "none",
                     "confidence": "C", "aliases": "", "note": NOTE})
    rows.sort(key=lambda r: r["id"])
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    missing = sorted(c["iso3"] for c in states.values() if c["iso3"] not in held
                     and c["iso3"] not in {r["sovereign"] for r in rows})
    return out.getvalue(), len(rows), missing


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=os.path.dirname(os.path.dirname(here)))
    parser.add_argument("--atlas")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    atlas = args.atlas or os.path.join(args.repo, ATLAS)
    text, count, missing = derive(args.repo, atlas)
    target = os.path.join(args.repo, DERIVED)
    if args.check:
        with open(target, encoding="utf-8") as f:
            if f.read() != text:
                print(DERIVED + " is out of date: run tools/gazetteer/derive-places.py",
                      file=sys.stderr)
                sys.exit(1)
        print(DERIVED + " is up to date (%d states)" % count)
        return
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print("wrote %d states to %s" % (count, DERIVED))
    if missing:
        print("states world-atlas does not draw (no entry): " + " ".join(missing))


if __name__ == "__main__":
    main()
