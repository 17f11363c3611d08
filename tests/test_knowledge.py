"""Tests for `checker.knowledge`: aliases, part-of, user knowledge files and their errors."""

from __future__ import annotations

import logging

import pytest

from checker.errors import ConfigError
from checker.knowledge import load_knowledge, same_product

logger = logging.getLogger(__name__)


def test_knowledge_ancestors_and_related():
    kb = load_knowledge()
    assert kb.ancestors("us department of commerce") == ("us department of commerce", "us government", "us")
    assert kb.related("us department of commerce", "us government")
    assert kb.related("us government", "us department of commerce")
    assert not kb.related("us government", "chinese government")
    assert not kb.related("us department of commerce", "chinese government")
    assert kb.canonical("the U.S. Commerce Department") == "us department of commerce"
    assert kb.canonical("Veltrix") == "veltrix"


def test_knowledge_places_inside_one_another_from_wordnet():
    kb = load_knowledge()
    assert "switzerland" in kb.places["geneva"] and kb.venue_verbs >= {"host", "hold", "take place"}
    assert kb.once_verbs == {"bear", "die"}
    assert kb.inside("geneva", "switzerland") and kb.inside("switzerland", "geneva")
    assert kb.inside("vancouver", "british columbia") and kb.inside("vancouver", "canada")  # NOTE: two steps up
    assert kb.inside("texas", "us")  # NOTE: WordNet's "United States" under the alias table's key
    assert kb.inside("lyon", "lyon") and not kb.inside("", "")
    assert not kb.inside("lyon", "paris") and not kb.inside("geneva", "vienna") and not kb.inside("geneva", "austria")
    # the alias file's part-of counts too
    assert kb.inside("us government", "us")


def test_knowledge_places_inside_one_another_from_geonames_and_regions():
    kb = load_knowledge()
    # NOTE: counties, towns and states WordNet does not name (`train.gazetteer`)
    assert kb.inside("butte county", "california") and kb.inside("california", "butte county")
    assert kb.inside("butte county", "us") and kb.inside("paradise", "california")
    assert not kb.inside("butte county", "texas") and not kb.inside("butte county", "lyon")
    # a region of a place lies in it and holds the places inside it; two regions of one place are two places
    assert kb.inside("northern california", "california") and kb.inside("northern california", "butte county")
    assert kb.inside("butte county", "northern california")
    assert not kb.inside("northern california", "southern california") and not kb.inside("northern california", "texas")
    # a place named with a compass word is a place of its own
    assert not kb.inside("west virginia", "virginia") and not kb.inside("virginia", "west virginia")
    assert kb._region("northern california") == "california" and kb._region("west virginia") == kb._region("california") == ""


@pytest.mark.parametrize(
    ("name", "key", "whole"),
    [
        # NOTE: no table entry for any of these bodies: the country and the body's common noun suffice.
        ("the U.S. Commerce Department", "us department of commerce", "us government"),
        ("US Department of Commerce", "us department of commerce", "us government"),
        ("China's Ministry of Commerce", "china ministry of commerce", "chinese government"),
        ("Russian Defence Ministry", "russia ministry of defence", "russian government"),
        ("the Indian Army", "india army", "india"),
        ("French Interior Ministry", "france ministry of interior", "france"),
    ],
)
def test_knowledge_government_bodies_are_part_of_their_country(name, key, whole):
    kb = load_knowledge()
    assert kb.canonical(name) == key
    assert whole in kb.ancestors(key)


def test_knowledge_body_without_country_belongs_to_the_configured_home(tmp_path):
    assert load_knowledge().home == ""
    assert load_knowledge().canonical("the Commerce Department") == "department of commerce"
    assert load_knowledge().ancestors("department of commerce") == ("department of commerce",)
    for home in ("uk", "britain"):
        path = tmp_path / f"home-{home}.yaml"
        path.write_text(f"home: {home}\n", "utf-8")
        kb = load_knowledge((str(path),))
        assert kb.home == "uk"
        assert kb.canonical("the Home Office") == "uk office of home"
        assert "uk government" in kb.ancestors(kb.canonical("the Commerce Department"))


def test_knowledge_no_sub_agency_is_built_in():
    kb = load_knowledge()
    assert not any(k.startswith("us ") and k != "us government" for k in set(kb.alias_to_key.values()))


def test_knowledge_load_user_alias_file(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text(
        "entities:\n"
        "  veltrix:\n"
        "    aliases: [veltrix labs, vx]\n"
        "  veltrix health:\n"
        "    aliases: [veltrix health unit]\n"
        "part_of:\n"
        "  veltrix health: veltrix\n",
        "utf-8",
    )
    kb = load_knowledge((str(path),))
    assert kb.canonical("Veltrix Labs") == "veltrix"
    assert kb.canonical("VX") == "veltrix"
    assert kb.ancestors("veltrix health") == ("veltrix health", "veltrix")
    assert kb.related("veltrix", "veltrix health")
    # NOTE: built-in knowledge stays.
    assert kb.canonical("Beijing") == "chinese government"
    assert "vx" not in load_knowledge().alias_to_key


@pytest.mark.parametrize(
    "body",
    ["entities: [veltrix, vx]\n", "home: [us]\n", "- just\n- a list\n", "entities:\n  veltrix:\n    aliases: vx\n", "part_of: [a, b]\n",
     "entities: {veltrix: [unclosed\n"],
)
def test_knowledge_load_malformed_file_raises_e012(tmp_path, body):
    path = tmp_path / "bad.yaml"
    path.write_text(body, "utf-8")
    with pytest.raises(ConfigError, match=r"\[E012\]") as info:
        load_knowledge((str(path),))
    assert str(path) in str(info.value)


def test_knowledge_load_missing_file_raises_e012(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E012\]"):
        load_knowledge((str(tmp_path / "missing.yaml"),))


@pytest.mark.parametrize(
    ("p", "q", "same"),
    [("mythos 5", "mythos 5", True), ("mythos *", "mythos 5", True), ("mythos 4", "mythos *", True),
     ("mythos 4", "mythos 5", False), ("fable *", "mythos 5", False)],
)
def test_knowledge_same_product_family_matches_any_version(p, q, same):
    assert same_product(p, q) is same


def test_knowledge_old_import_path_still_works():
    from checker.normalize import entities

    assert entities.load_knowledge is load_knowledge
    assert entities.same_product is same_product


def test_knowledge_parent_lookups_follow_the_tables_of_a_replaced_knowledge():
    """`parent` is memoised per Knowledge: a copy with other part-of facts answers from its own."""
    import dataclasses

    from checker.knowledge import load_knowledge

    kb = load_knowledge()
    assert kb.parent("kestrel") is None and not kb.related("kestrel", "falcon")
    other = dataclasses.replace(kb, part_of={**kb.part_of, "kestrel": "falcon"})
    assert other.parent("kestrel") == "falcon" and other.related("kestrel", "falcon")
    assert kb.parent("kestrel") is None


def test_knowledge_built_in_files_are_read_once_however_many_user_files(tmp_path, monkeypatch):
    from checker import knowledge

    read: list[str] = []
    real = knowledge._read_yaml
    monkeypatch.setattr(knowledge, "_read_yaml", lambda path, *a, **kw: read.append(str(path)) or real(path, *a, **kw))
    knowledge._builtin_data.cache_clear()
    knowledge.load_knowledge.cache_clear()
    try:
        user = tmp_path / "aliases.yaml"
        user.write_text("entities:\n  veltrix:\n    aliases: [vx]\n", "utf-8")
        plain, extended = knowledge.load_knowledge(), knowledge.load_knowledge((str(user),))
        # NOTE: a run loads the built-in knowledge and the user's on top: the built-in files are parsed once
        assert sorted(read) == sorted(["checker/data/aliases.yaml", "checker/data/frames.yaml", str(user)])
        assert extended.canonical("vx") == "veltrix" and plain.canonical("vx") != "veltrix"
        assert plain.frames == extended.frames
    finally:
        knowledge._builtin_data.cache_clear()
        knowledge.load_knowledge.cache_clear()


def test_knowledge_verb_synonyms_pair_verbs_of_one_common_wordnet_sense_both_ways():
    from checker.knowledge import verb_synonyms

    table = verb_synonyms()
    assert "quit" in table["resign"] and "resign" in table["quit"]
    assert "exonerate" in table["acquit"] and "free" in table["release"]
    # NOTE: "play" and "bet" share only a late sense of "play"; a light verb joins nothing
    assert "bet" not in table.get("play", ()) and "take" not in table


def test_knowledge_load_without_and_with_no_user_files_is_one_object():
    # NOTE: the pipeline passes the settings' alias files (none: ``()``), every other stage passes nothing
    assert load_knowledge() is load_knowledge(())
    assert load_knowledge() is load_knowledge([])


def test_knowledge_named_places_are_read_when_a_place_is_first_asked_about(monkeypatch):
    from checker import knowledge

    read: list[int] = []
    monkeypatch.setattr(knowledge, "_named_places", lambda: read.append(1) or (("hamlet", "shire"), ("shire", "united states")))
    knowledge.load_knowledge.cache_clear()
    try:
        kb = knowledge.load_knowledge()
        assert read == [] and "not yet" in repr(kb.places)
        assert kb.inside("hamlet", "shire") and not kb.inside("hamlet", "gondor")
        assert read == [1] and kb.places.get("shire") == frozenset({"us"})  # NOTE: under the alias table's key
        assert dict(kb.places) == {"hamlet": frozenset({"shire"}), "shire": frozenset({"us"})} == kb.places
        assert "hamlet" in kb.places and len(kb.places) == 2 and kb.places["hamlet"] == frozenset({"shire"}) and read == [1]
    finally:
        knowledge.load_knowledge.cache_clear()
