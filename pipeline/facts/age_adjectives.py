"""An age written as an adjective hyphenated to its number, before the people it describes: "казахстанские 15-летние
школьники набрали 387 баллов", "вакцинировано 3-летних детей", "для 70-летних пенсионеров", "дети 5-летнего возраста".
The number is an age in years, a fact as "детей до 5 лет" is (README_labels: ages are facts); "-летний" before a thing
is a contract's term (`measures.DURATION_ADJECTIVE_RE`) or no quantity ("5-летний план", "30-летие")."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.words import WordInfo, word_info

# "-летние", "-летних", "-летнего", then the words after it: the people's noun, or an adjective of theirs and the noun
AGE_ADJECTIVE_RE = regex.compile(
    r"-летн(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими)(?=\s)(?P<words>(?:\s+[а-яё]+(?![\w-])){1,2})", regex.I)
AGE_NOUN_LEMMAS = frozenset({"возраст"})  # "детей 5-летнего возраста"


def age_adjective_end(text: str, pos: int) -> Optional[int]:
    """Where the age adjective hyphenated to the number ending at pos ends ("15-летние школьники"), or None."""
    m = AGE_ADJECTIVE_RE.match(text, pos) if text.startswith("-", pos) else None
    if m is None:
        return None
    words = [word_info(w.lower()) for w in m.group("words").split()]
    if _names_the_aged(words[0]) or len(words) > 1 and words[0].attributive and _names_the_aged(words[1]):
        return m.start("words")
    return None


def _names_the_aged(info: WordInfo) -> bool:
    """Whether a word is a noun of people or "возраст" ("5-летнего возраста")."""
    return info.noun and (info.people or bool(info.lemmas & AGE_NOUN_LEMMAS))
