"""What morphology says of a word, reduced to what the scans for counted nouns need.

word_info("заключенных") -> lemmas {"заключенный", "заключить"}, a noun naming people, plural possible.
The word lists (nouns that count people, animate nouns that do not) are read from the vocabulary.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Optional

from pipeline import morph, vocabulary

SHORT_KNOWN_TAIL = 3  # letters of a known word after an unknown prefix too few to name the whole word
PERSON_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="person"))
GENITIVE_PLURAL = "plur:gent"  # a case of WordInfo.cases: the form most numbers take before the noun they count
GENITIVE_SINGULAR = "sing:gent"  # the form after 2-4 ("3 пункта") and of the head of a noun group
# Animate nouns count people ("1 245 стипендиатов", "3 118 иностранцев"), except animals and the agents that are
# usually organisations ("12 тыс. сельхозтоваропроизводителей", "45 недропользователей").
NOT_PERSON_ANIMATE = frozenset(vocabulary.words("counted_nouns", role="not_person"))
# "рекламодатель", "арендодатель", "грантодатель": a giver of something under a contract (a compound in "-о-датель",
# as "работодатель", "лизингодатель" of counted_nouns) is a party that is usually an organisation, counted, no person
CONTRACT_PARTY_ENDING = "одатель"
# "21,5 тыс. страусят", "340 верблюжат": a noun in "-ёнок"/"-онок" (plural "-ята") names the young of an animal, as
# "теленок", "тигренок" of counted_nouns do; the few that name children ("ребенок", "дошколенок") are person words there
YOUNG_ENDINGS = ("енок", "онок")
# "186 кинологов", "12 сомнологов": a word morphology does not know, in "-олог" (Greek "-logos"), is a new name of a
# specialist (the inanimate ones, "налог", "каталог", "диалог", "пролог", are all in the dictionary); morphology's
# guess by analogy reads it as inanimate
UNKNOWN_SPECIALIST_RE = re.compile(r"олог(?:а|у|ом|е|и|ов|ам|ами|ах)?\Z")
ATTRIBUTE_POS = frozenset({"ADJF", "PRTF"})
PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
WORD_CACHE_SIZE = 20000  # distinct lower-case word forms kept
# Participle endings and the masculine nominative singular ending that replaces them ("осужденных" -> "осужденный").
PARTICIPLE_ENDINGS = (("ихся", "ийся"), ("ыхся", "ыйся"), ("ими", "ий"), ("ыми", "ый"), ("ого", "ый"), ("его", "ий"),
                      ("их", "ий"), ("ых", "ый"), ("им", "ий"), ("ым", "ый"), ("ие", "ий"), ("ые", "ый"))


@dataclass(frozen=True)
class WordInfo:
    """What morphology says about one word, reduced to what the noun scan needs."""

    lemmas: frozenset
    top_pos: Optional[str]
    noun: bool
    animate: bool  # a noun naming people (see NOT_PERSON_ANIMATE)
    attributive: bool  # can be an adjective or participle
    plural_possible: bool
    cases: frozenset  # "number:case" of every likely parse, e.g. "plur:gent"
    indeclinable: bool = False  # a noun of one form for every case and number ("депо", "кафе")

    @property
    def people(self) -> bool:
        """Whether the word names people: a person word of the vocabulary, or an animate noun naming people."""
        return bool(self.lemmas & PERSON_LEMMAS) or self.animate


def _names_people(parse) -> bool:
    """Whether a parse is an animate common noun that is not an animal or an organisation-like agent."""
    tag = parse.tag
    lemma = parse.normal_form.replace("ё", "е")
    return (tag.POS == "NOUN" and tag.animacy == "anim" and not PROPER_TAGS & tag.grammemes
            and lemma not in NOT_PERSON_ANIMATE and not lemma.endswith(CONTRACT_PARTY_ENDING)
            and (not lemma.endswith(YOUNG_ENDINGS) or lemma in PERSON_LEMMAS))


def _counts_people(parses) -> bool:
    """Whether the word names people: its most likely parse does, and where that is a nominative singular, so does a
    likely genitive plural, the form most numbers take before the noun they count ("37 премьер" are premieres, not
    prime ministers)."""
    top = parses[0]
    if not _names_people(top) or _animacy_undecided(parses) or _guessed_from_a_short_word(top):
        return False
    if top.tag.POS == "NOUN" and {"sing", "nomn"} <= top.tag.grammemes:
        plural = next((p for p in parses if p.tag.POS == "NOUN" and {"plur", "gent"} <= p.tag.grammemes), top)
        return _names_people(plural)
    return True


def _guessed_from_a_short_word(parse) -> bool:
    """Whether morphology guessed an unknown word as an unknown prefix before a known word too short to be its root
    ("В 62 махаллях": "махал" + "лях", a Pole; not "соцработников", "соц" + "работников"), or a known word whose
    lemma is that short ("214 кохлеарных имплантов": "импл" + "антов", of the lemma "ант"): no reading to trust."""
    prefix = next((m[1] for m in parse.methods_stack if type(m[0]).__name__ == "UnknownPrefixAnalyzer"), None)
    return prefix is not None and min(len(parse.word), len(parse.normal_form)) - len(prefix) <= SHORT_KNOWN_TAIL


def _animacy_undecided(parses) -> bool:
    """Whether morphology reads the word as an inanimate noun of the same lemma as likely as the animate one it puts
    first ("изъято 3 шкуры": hides, not the slang for a person): no person then, unless counted_nouns says so."""
    top = parses[0]
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "inan" and p.normal_form == top.normal_form
               and p.score >= top.score for p in parses[1:])


def _unknown_specialist(word: str, parses) -> bool:
    """Whether an unknown noun names a specialist by its "-олог" ending (see UNKNOWN_SPECIALIST_RE)."""
    return parses[0].tag.POS == "NOUN" and not PROPER_TAGS & parses[0].tag.grammemes \
        and bool(UNKNOWN_SPECIALIST_RE.search(word)) and not morph.is_known(word.replace("ё", "е"))


def _participle_lemma(word: str) -> list[str]:
    """The masculine nominative singular of a participle form, by its ending ("осужденных" -> "осужденный")."""
    return [word[: -len(end)] + rep for end, rep in PARTICIPLE_ENDINGS if word.endswith(end)][:1]


def _indeclinable_noun_score(parses) -> float:
    """The likelihood of an indeclinable noun, whose parses spread it over every case and number: "23 казино" (not an
    abbreviation: "4 ед." takes its noun from the construction)."""
    return sum(p.score for p in parses if p.tag.POS == "NOUN" and "Fixd" in p.tag and "Abbr" not in p.tag)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def word_info(word: str) -> WordInfo:
    """Lemmas and part-of-speech facts of one lower-case word (cached). A compound of nouns names people as its
    first noun does, where that noun is declined with the last: "детей-сирот", "детей-инвалидов" (the morphology reads
    them as a surname); one whose last part is an organisation-like agent names none (`_agent_compound`)."""
    info = _word_info(word)
    first, hyphen, _ = word.partition("-")
    last = word.rpartition("-")[2]
    if hyphen and last and _word_info(last).lemmas & NOT_PERSON_ANIMATE:
        return _agent_compound(info, last)
    if hyphen and info.animate and last and not _head_names_people(last):
        info = dataclasses.replace(info, animate=False)  # "пресс-подборщиков": a machine, as "подборщиков" is
    if not hyphen or info.animate or not first:
        return info
    head = _word_info(first)
    if not (head.noun and head.animate) or not head.cases & _word_info(last).cases:
        return info  # "мастер-классов": a first part left in its own form is no head ("классов" is)
    return dataclasses.replace(info, lemmas=info.lemmas | head.lemmas, animate=True)


def _agent_compound(info: WordInfo, last: str) -> WordInfo:
    """"клиентов-поставщиков", "партнеров-дистрибьюторов": a compound whose declined last part is an agent that is
    usually an organisation (NOT_PERSON_ANIMATE) names such agents, whatever its first part names: no people, and
    the last part's lemmas instead of the first part's person lemmas."""
    lemmas = (info.lemmas - PERSON_LEMMAS) | _word_info(last).lemmas
    return dataclasses.replace(info, lemmas=lemmas, animate=False)


def _head_names_people(last: str) -> bool:
    """Whether the declined last part of a compound ("пресс-подборщиков", "пресс-секретарей") names people where
    morphology knows it as a noun of its own; a part it does not know leaves the compound as morphology reads it."""
    info = _word_info(last)
    return info.animate or not info.noun or not morph.is_known(last.replace("ё", "е"))


def _word_info(word: str) -> WordInfo:
    parses = morph.parse(word.replace("ё", "е"))
    strong = [p for p in parses if p.score >= 0.05] or parses[:1]
    lemmas = {p.normal_form.replace("ё", "е") for p in strong}
    if any(p.tag.POS == "PRTF" for p in strong):  # "заключенных" -> "заключенный", not the verb "заключить"
        lemmas.update(_participle_lemma(word.replace("ё", "е")))
    return WordInfo(
        lemmas=frozenset(lemmas),
        top_pos=str(strong[0].tag.POS) if strong[0].tag.POS else None,
        noun=any(p.tag.POS == "NOUN" and p.score >= 0.2 for p in strong) or _indeclinable_noun_score(strong) >= 0.2,
        animate=_counts_people(strong) or _unknown_specialist(word, strong),
        attributive=any(p.tag.POS in ATTRIBUTE_POS for p in strong),
        plural_possible=any(p.tag.number == "plur" or "Fixd" in p.tag or "Pltm" in p.tag for p in strong),
        cases=frozenset(f"{p.tag.number}:{p.tag.case}" for p in strong),
        indeclinable=any("Fixd" in p.tag and p.tag.POS == "NOUN" for p in strong),
    )
