"""A deterministic synthetic corpus for the scale benchmarks: N articles in five languages, M facts.

    .venv/bin/python bench/gen_corpus.py OUT --articles 1000 --facts 100 [--languages en fa es ar pt]

Writes OUT/seeds/ (one article a file and a manifest with language and publication
date), OUT/facts/bench.yaml (M facts) and OUT/assertions/bench.yaml (no
contradictions). Article i is the same whatever N, so a corpus of 1,000 is the first
1,000 articles of one of 10,000; the facts are the same for one M. Every article has
a headline, about a dozen sentences in its language (counts written in digits and in
words, with hedges such as "more than" and "about", percents, money, calendar dates,
weekdays, relative dates and filler with no number) and, one article in three, a
boilerplate tail ("Read more" lists). Sentences that name a fact (its cue, a made-up
proper name) give its value, or in one case in five another value (a contradiction).

All sentences are written for this generator; names are syllables, not real places.
"""
from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

LANGUAGES = ("en", "fa", "es", "ar", "pt")
LATIN_SYLLABLES = ("ka", "lo", "mi", "ren", "ta", "vo", "su", "bel", "dor", "fi", "gan", "ho", "pra", "ze", "nu", "wil")
ARABIC_SYLLABLES = ("کا", "لو", "می", "رن", "تا", "وو", "سو", "بل", "در", "فی", "گن", "هو", "پر", "زه", "نو", "ول")
START = date(2019, 1, 1)
SPAN_DAYS = 900

DIGITS_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DIGITS_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Per language: how numbers, dates and units are written, and the sentence frames.
# {cue} a fact's name, {n} a count, {unit} its noun, {hedge} a qualifier, {date} a calendar date,
# {pct} a percent, {money} an amount of money, {words} a small number in words, {weekday} a weekday.
DATA = {
    "en": {
        "units": {"person": "people", "soldier": "soldiers", "dead": "dead", "protester": "protesters"},
        "hedges": ["", "", "more than ", "about ", "at least ", "nearly "],
        "words": ["two", "three", "four", "five", "twelve", "twenty-five", "forty"],
        "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"],
        "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "date": "{month} {day}, {year}",
        "money": "${n} million",
        "pct": "{n} percent",
        "fact": ["Officials said {hedge}{n} {unit} were counted at the {cue} site on {date}.",
                 "According to the {cue} office, {hedge}{n} {unit} took part in the events."],
        "other": ["Police reported {words} {unit} near the river on {weekday}.",
                  "The council approved a budget of {money} last week.",
                  "Turnout reached {pct}, the electoral board said on {date}.",
                  "Talks lasted {words} hours before the delegates left.",
                  "The second round of talks is planned for {date}."],
        "filler": ["The meeting ended without a joint statement.",
                   "Observers expect further talks in the coming days.",
                   "Residents described a tense but calm evening in the capital.",
                   "The ministry declined to comment on the reports.",
                   "Opposition leaders called for a peaceful solution to the crisis."],
        "headline": "Talks continue in {cue} as officials count the cost",
        "boilerplate": ["Read more", "Protests spread to a third city", "Leaders meet again next month",
                        "Share this article"],
    },
    "es": {
        "units": {"person": "personas", "soldier": "soldados", "dead": "muertos", "protester": "manifestantes"},
        "hedges": ["", "", "más de ", "unos ", "al menos ", "casi "],
        "words": ["dos", "tres", "cuatro", "cinco", "doce", "veinticinco", "cuarenta"],
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "octubre", "noviembre", "diciembre"],
        "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "date": "{day} de {month} de {year}",
        "money": "{n} millones de dólares",
        "pct": "{n} %",
        "fact": ["Las autoridades dijeron que {hedge}{n} {unit} fueron contados en {cue} el {date}.",
                 "Según la oficina de {cue}, {hedge}{n} {unit} participaron en los hechos."],
        "other": ["La policía informó de {words} {unit} cerca del río el {weekday}.",
                  "El consejo aprobó un presupuesto de {money} la semana pasada.",
                  "La participación llegó al {pct}, dijo la junta electoral el {date}.",
                  "Las conversaciones duraron {words} horas antes de que los delegados se fueran."],
        "filler": ["La reunión terminó sin una declaración conjunta.",
                   "Los observadores esperan nuevas conversaciones en los próximos días.",
                   "Los vecinos describieron una noche tensa pero tranquila en la capital.",
                   "El ministerio no quiso comentar los informes."],
        "headline": "Siguen las conversaciones en {cue} mientras se cuentan los daños",
        "boilerplate": ["Leer más", "Las protestas llegan a una tercera ciudad", "Compartir este artículo"],
    },
    "pt": {
        "units": {"person": "pessoas", "soldier": "soldados", "dead": "mortos", "protester": "manifestantes"},
        "hedges": ["", "", "mais de ", "cerca de ", "pelo menos ", "quase "],
        "words": ["dois", "três", "quatro", "cinco", "doze", "vinte e cinco", "quarenta"],
        "months": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                   "outubro", "novembro", "dezembro"],
        "weekdays": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
                     "domingo"],
        "date": "{day} de {month} de {year}",
        "money": "{n} milhões de dólares",
        "pct": "{n}%",
        "fact": ["As autoridades disseram que {hedge}{n} {unit} foram contados em {cue} em {date}.",
                 "Segundo o escritório de {cue}, {hedge}{n} {unit} participaram dos eventos."],
        "other": ["A polícia relatou {words} {unit} perto do rio na {weekday}.",
                  "O conselho aprovou um orçamento de {money} na semana passada.",
                  "A participação chegou a {pct}, disse a junta eleitoral em {date}.",
                  "As conversas duraram {words} horas antes de os delegados saírem."],
        "filler": ["A reunião terminou sem uma declaração conjunta.",
                   "Os observadores esperam novas conversas nos próximos dias.",
                   "Os moradores descreveram uma noite tensa, mas calma, na capital.",
                   "O ministério não quis comentar as notícias."],
        "headline": "Continuam as conversas em {cue} enquanto se contam os danos",
        "boilerplate": ["Leia mais", "Protestos chegam a uma terceira cidade", "Compartilhe este artigo"],
    },
    "fa": {
        "units": {"person": "نفر", "soldier": "سرباز", "dead": "کشته", "protester": "معترض"},
        "hedges": ["", "", "بیش از ", "حدود ", "دست کم ", "نزدیک به "],
        "words": ["دو", "سه", "چهار", "پنج", "دوازده", "بیست و پنج", "چهل"],
        "months": ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
                   "نوامبر", "دسامبر"],
        "weekdays": ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
        "date": "{day} {month} {year}",
        "money": "{n} میلیون دلار",
        "pct": "{n} درصد",
        "digits": DIGITS_FA,
        "fact": ["مقامات گفتند {hedge}{n} {unit} در محل {cue} در تاریخ {date} شمارش شدند.",
                 "به گفته دفتر {cue}، {hedge}{n} {unit} در این رویدادها شرکت داشتند."],
        "other": ["پلیس از {words} {unit} در نزدیکی رودخانه در روز {weekday} خبر داد.",
                  "شورا هفته گذشته بودجه ای به مبلغ {money} را تصویب کرد.",
                  "به گفته هیئت انتخابات، مشارکت در تاریخ {date} به {pct} رسید.",
                  "گفتگوها {words} ساعت طول کشید."],
        "filler": ["این نشست بدون بیانیه مشترک پایان یافت.",
                   "ناظران انتظار دارند گفتگوها در روزهای آینده ادامه یابد.",
                   "ساکنان شبی پرتنش اما آرام را در پایتخت توصیف کردند.",
                   "وزارتخانه از اظهار نظر درباره این گزارش ها خودداری کرد."],
        "headline": "ادامه گفتگوها در {cue} در حالی که مقامات خسارت ها را برآورد می کنند",
        "boilerplate": ["بیشتر بخوانید", "گسترش اعتراض ها به شهری دیگر", "دیدار دوباره رهبران در ماه آینده"],
    },
    "ar": {
        "units": {"person": "شخصا", "soldier": "جنديا", "dead": "قتيلا", "protester": "متظاهرا"},
        "hedges": ["", "", "أكثر من ", "حوالي ", "على الأقل ", "نحو "],
        "words": ["ثلاثة", "أربعة", "خمسة", "عشرة", "عشرين", "أربعين"],
        "months": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                   "نوفمبر", "ديسمبر"],
        "weekdays": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
        "date": "{day} {month} {year}",
        "money": "{n} مليون دولار",
        "pct": "{n} بالمئة",
        "digits": DIGITS_AR,
        "fact": ["قال المسؤولون إن {hedge}{n} {unit} أحصوا في موقع {cue} يوم {date}.",
                 "وبحسب مكتب {cue}، شارك {hedge}{n} {unit} في الأحداث."],
        "other": ["أفادت الشرطة بوجود {words} {unit} قرب النهر يوم {weekday}.",
                  "وافق المجلس على ميزانية قدرها {money} الأسبوع الماضي.",
                  "بلغت نسبة المشاركة {pct} بحسب اللجنة الانتخابية يوم {date}.",
                  "استمرت المحادثات {words} ساعات قبل مغادرة الوفود."],
        "filler": ["انتهى الاجتماع دون بيان مشترك.",
                   "يتوقع المراقبون مزيدا من المحادثات في الأيام المقبلة.",
                   "وصف السكان ليلة متوترة لكنها هادئة في العاصمة.",
                   "رفضت الوزارة التعليق على التقارير."],
        "headline": "استمرار المحادثات في {cue} بينما يحصي المسؤولون الخسائر",
        "boilerplate": ["اقرأ أيضا", "الاحتجاجات تمتد إلى مدينة ثالثة", "شارك هذا المقال"],
    },
}
UNITS = ("person", "soldier", "dead", "protester")


def name(index: int, syllables: tuple[str, ...], parts: int = 4) -> str:
    """A made-up proper name, different for every index below len(syllables) ** parts."""
    pieces = []
    for _ in range(parts):
        index, digit = divmod(index, len(syllables))
        pieces.append(syllables[digit])
    word = "".join(pieces)
    return word[:1].upper() + word[1:]


def facts(count: int) -> list[dict]:
    """The facts: counts of a unit at a named site, each with a cue in every language."""
    rng = random.Random(f"facts-{count}")
    found = []
    for index in range(count):
        latin, arabic = name(index, LATIN_SYLLABLES) + "r", name(index, ARABIC_SYLLABLES) + "ان"
        found.append({"id": f"site-{index:05d}", "unit": UNITS[index % len(UNITS)],
                      "value": rng.randint(12, 9000), "cues": {"en": latin, "es": latin, "pt": latin,
                                                               "fa": arabic, "ar": arabic}})
    return found


def fact_sheet(table: list[dict]) -> str:
    lines = ["# Generated by bench/gen_corpus.py: made-up sites and counts.", "language: en", "facts:"]
    for fact in table:
        cues = ", ".join(f"{lang}: [{cue}]" for lang, cue in fact["cues"].items())
        lines += [f"  - id: {fact['id']}",
                  f"    statement: Count of {fact['unit']} at the {fact['cues']['en']} site",
                  "    kind: count",
                  f"    value: {fact['value']}",
                  f"    unit: {fact['unit']}",
                  f"    cues: {{{cues}}}",
                  "    provenance: bench/gen_corpus.py"]
    return "\n".join(lines) + "\n"


ASSERTIONS = """# Generated by bench/gen_corpus.py.
assertions:
  - id: no-contradictions
    rule: not-contradict
    facts: all
    seeds: all
    severity: error
"""


def _number(value: int, lang: str, rng: random.Random) -> str:
    text = f"{value:,}" if value >= 1000 and rng.random() < 0.5 else str(value)
    if lang in ("es", "pt"):
        text = text.replace(",", ".")
    table = DATA[lang].get("digits")
    return text.translate(table) if table and rng.random() < 0.5 else text


def _date(day: date, lang: str, rng: random.Random) -> str:
    data = DATA[lang]
    return data["date"].format(month=data["months"][day.month - 1], day=_number(day.day, lang, rng),
                               year=str(day.year).translate(data.get("digits") or {}) if rng.random() < 0.5 else str(day.year))


def article(index: int, lang: str, table: list[dict]) -> tuple[str, date]:
    """The text of article index and its publication date."""
    rng = random.Random(f"article-{index}")
    data = DATA[lang]
    published = START + timedelta(days=rng.randrange(SPAN_DAYS))
    chosen = [table[rng.randrange(len(table))] for _ in range(rng.randint(1, 3))] if table else []

    def fill(frame: str, fact: dict | None = None) -> str:
        value = fact["value"] if fact else rng.randint(2, 5000)
        if fact and rng.random() < 0.2:
            value += rng.randint(1, 9) * (1 if rng.random() < 0.5 else -1) + 10
        day = published - timedelta(days=rng.randint(0, 20))
        return frame.format(
            cue=fact["cues"][lang] if fact else name(rng.randrange(60000), LATIN_SYLLABLES),
            n=_number(value, lang, rng), unit=data["units"][fact["unit"] if fact else rng.choice(UNITS)],
            hedge="" if fact else rng.choice(data["hedges"]), date=_date(day, lang, rng),
            pct=data["pct"].format(n=_number(rng.randint(1, 99), lang, rng)),
            money=data["money"].format(n=_number(rng.randint(2, 900), lang, rng)),
            words=rng.choice(data["words"]), weekday=rng.choice(data["weekdays"]))

    sentences = [fill(rng.choice(data["fact"]), fact) for fact in chosen]
    sentences += [fill(rng.choice(data["other"])) for _ in range(rng.randint(6, 12))]
    sentences += [rng.choice(data["filler"]) for _ in range(rng.randint(8, 16))]
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
    headline = data["headline"].format(cue=chosen[0]["cues"][lang] if chosen else name(index, LATIN_SYLLABLES))
    text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    if rng.random() < 1 / 3:
        text += "\n" + "\n".join(data["boilerplate"]) + "\n"
    return text, published


def write(out: Path, articles: int, fact_count: int, languages=LANGUAGES) -> Path:
    """Write the corpus under out (seeds/, facts/, assertions/) and return out."""
    table = facts(fact_count)
    seeds = out / "seeds"
    for folder in (seeds, out / "facts", out / "assertions"):
        folder.mkdir(parents=True, exist_ok=True)
    (out / "facts" / "bench.yaml").write_text(fact_sheet(table), encoding="utf-8")
    (out / "assertions" / "bench.yaml").write_text(ASSERTIONS, encoding="utf-8")
    manifest = ["seeds:"]
    for index in range(articles):
        lang = languages[index % len(languages)]
        text, published = article(index, lang, table)
        file = f"{index:06d}-{lang}.txt"
        (seeds / file).write_text(text, encoding="utf-8")
        manifest += [f'  - id: "{index:06d}"', f"    file: {file}", f"    language: {lang}",
                     f"    published: {published.isoformat()}"]
    (seeds / "manifest.yaml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the directory to write (seeds/, facts/, assertions/)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--facts", type=int, default=100)
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    args = parser.parse_args(argv)
    write(Path(args.out), args.articles, args.facts, tuple(args.languages))
    print(f"{args.out}: {args.articles} articles ({', '.join(args.languages)}), {args.facts} facts", file=sys.stderr)


if __name__ == "__main__":
    main()
