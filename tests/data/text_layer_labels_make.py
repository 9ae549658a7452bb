"""One-off: build tests/data/text_layer_labels.tsv (kind, verdict, text). Garbage made from genuine lines."""
import random
from pathlib import Path
random.seed(12)
RU = [
 "Отчет о реализации стратегического плана",
 "Цель 1.1 Повышение качества медицинской помощи",
 "Наименование целевого индикатора",
 "Единица измерения",
 "Доля населения, охваченного услугами связи",
 "Министерство здравоохранения Республики Казахстан",
 "В отчетном году план выполнен не в полном объеме в связи с поздним поступлением средств из республиканского бюджета, что привело к переносу сроков строительства трех объектов на следующий год.",
 "Анализ управления рисками",
 "Причины недостижения",
]
KZ = [
 "Стратегиялық жоспарды іске асыру туралы есеп",
 "Нысаналы индикатор",
 "Ақпарат көзі",
 "Өлшем бірлігі",
 "Есепті кезең",
 "Қазақстан Республикасы өзін демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет ретінде орнықтырады, оның ең қымбат қазынасы - адам және адамның өмірі, құқықтары мен бостандықтары.",
 "Алтын күн аспаны, Алтын дән даласы, Ерліктің дастаны, Еліме қарашы!",
 "Қазақстан Республикасы Денсаулық сақтау министрлігі",
 "Бюджеттік бағдарламаның әкімшісі",
]
EN = [
 "Report on the implementation of the strategic plan",
 "Target indicator",
 "Unit of measurement",
 "The plan was not fully met because the funds arrived late from the national budget, which moved three construction projects to the next year.",
 "Risk management analysis",
]
NUM = [
 "1 2 3 4",
 "2019 2020 2021 2022",
 "102,5 98,7 100,0 87,3",
 "1 245 318 1 301 200 %",
 "№ п/п 1.1 1.2 2.1",
 "12,5 тыс. тенге 2020 г.",
]
rows = [("russian", "text", t) for t in RU] + [("kazakh", "text", t) for t in KZ] + [("english", "text", t) for t in EN] + [("numbers", "text", t) for t in NUM]
def enc(t, a, b):
    return t.encode(a, "replace").decode(b, "replace")
src = RU[:7] + KZ[:2]
for t in RU:
    rows.append(("cp1251_as_koi8", "garbage", enc(t, "cp1251", "koi8-r")))
for t in RU[:6]:
    rows.append(("koi8_as_cp1251", "garbage", enc(t, "koi8-r", "cp1251")))
for t in RU[:5]:
    rows.append(("cp866_as_cp1251", "garbage", enc(t, "cp866", "cp1251")))
for t in RU[:5] + KZ[:3]:
    rows.append(("utf8_as_latin1", "garbage", t.encode("utf-8").decode("cp1252", "replace")))
for t in RU[:5] + EN[:2]:
    rows.append(("pua_symbol_font", "garbage", "".join(chr(0xF000 + ord(c) % 256) if not c.isspace() else c for c in t)))
# a font whose Cyrillic glyphs carry the code of the letter at a fixed offset (fstek17: Latin and punctuation)
for t in RU[:6]:
    rows.append(("cyrillic_to_latin_offset", "garbage", "".join(chr(ord(c) - 0x3D6) if "\u0410" <= c <= "\u044f" else c for c in t)))
ALPHA = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
for t in RU[:6]:
    rows.append(("cyrillic_shifted", "garbage", "".join(
        (ALPHA[(ALPHA.index(c.lower()) + 3) % 32].upper() if c.isupper() else ALPHA[(ALPHA.index(c) + 3) % 32]) if c.lower() in ALPHA else c for c in t)))
TOKZ = str.maketrans("аоукнгиАОУКНГИх", "әөүқңғіӘӨҮҚҢҒІһ")
for t in RU[:6]:
    rows.append(("cyrillic_to_kazakh", "garbage", t.translate(TOKZ)))
KZL = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
for n in (4, 6, 9, 15, 40):
    words = ["".join(random.choice(KZL) for _ in range(random.randint(2, 7))) for _ in range(n)]
    rows.append(("random_kazakh_letters", "garbage", " ".join(words)))
with open(Path(__file__).with_name("text_layer_labels.tsv"), "w", encoding="utf-8") as f:
    f.write("# kind\tverdict\ttext  (issue 12: is a page's text layer garbage? labelled before the measure was written)\n")
    for k, v, t in rows:
        assert "\t" not in t and "\n" not in t
        f.write(f"{k}\t{v}\t{t}\n")
print(len(rows))
