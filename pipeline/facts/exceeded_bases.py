"""A comparison base written as the object of a verb that compares: "что на 18,7% превышает показатель первого
полугодия 2025 года", "уступает результату прошлого сезона", "превзошел рекорд 2019 года". The year closing that noun
group names the base, not the period of the figure (rule 3), as "выше уровня 2019 года" does; "превысила в 2025 году
1 млрд" (a preposition before the year) dates the clause, which this leaves alone.
"""
from __future__ import annotations

# the verbs of comparison, in any person, tense or participle ("превышает", "превысил", "превысивший", "уступает")
COMPARING_VERB_STEMS = ("превыша", "превыси", "превысил", "превзо", "превосход", "уступа", "уступил", "опережа", "опередил")
_NO_PREPOSITION = r"(?!(?:в|во|за|на|к|с|со|по|до|от|чем|и|или|а|но|при|после)(?!\w))"
# the verb, then one to five words of its object's noun group (a quarter's Roman ordinal, a span of months
# "января–сентября" among them), up to the year
EXCEEDED_BASE = (rf"(?<!\w)(?:{'|'.join(COMPARING_VERB_STEMS)})\w*"
                 rf"(?:\s+{_NO_PREPOSITION}(?:[а-яё]+(?:\s*[-–—]\s*[а-яё]+)?|(?-i:[IV]{{1,3}}))){{1,5}}\s+")
