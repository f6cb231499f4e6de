"""Lexicons of the number grammar: number words, scales, units, currencies, cues.

Data only. ``_numbers`` compiles these tables into prefix-tree regexes once, so
adding a currency or a unit is a one-line change here. Every key is written in
lower case: the grammar scans a lower-cased copy of the text (same length, so
offsets carry over). Where case decides the meaning ("10M" is ten million, "10m"
ten metres) the entry lives in a ``*_CASED`` table matched on the original text.
"""

from __future__ import annotations

from typing import Final

#: Cardinal words below twenty.
SMALL: Final[dict[str, int]] = {
    "zero": 0, "naught": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip

#: Multiples of ten.
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Multiplier words, read as a ratio before a comparison ("twice the average").
MULTIPLIERS: Final[dict[str, int]] = {"twice": 2, "thrice": 3}

#: Scale words; plural forms ("three billions") mean the same.
SCALES: Final[dict[str, float]] = {
    "thousand": 1e3, "thousands": 1e3, "lakh": 1e5, "lakhs": 1e5,
    "million": 1e6, "millions": 1e6, "crore": 1e7, "crores": 1e7,
    "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12,
}  # fmt: skip

#: Scale abbreviations after digits ("$3.1bn", "10k", "10 bln"), case-insensitive.
SCALE_ABBREVIATIONS: Final[dict[str, float]] = {
    "k": 1e3, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9,
    "b": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12,
}  # fmt: skip

#: Scale letters whose case matters: "10M" is ten million, "10m" ten metres
#: (lower-case "m" means million only after a currency sign: "£2.5m").
SCALE_ABBREVIATIONS_CASED: Final[dict[str, float]] = {"M": 1e6, "MM": 1e6, "K": 1e3}

#: Ordinal words below twenty; "nineth" is a common misspelling.
ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip

#: Denominator words of fractions ("two thirds", "a quarter", "three halves").
#: "second" is absent on purpose: "a second" is never a half.
DENOMINATORS: Final[dict[str, int]] = {
    "half": 2,
    "halves": 2,
    "quarter": 4,
    "quarters": 4,
    **{
        word + suffix: value
        for word, value in ORDINALS.items()
        if value >= 3 and word not in {"first", "second"}
        for suffix in ("", "s")
    },
}

#: Superlatives that turn an ordinal into a rank ("second-largest").
SUPERLATIVES: Final[tuple[str, ...]] = (
    "largest", "biggest", "highest", "lowest", "smallest", "greatest",
    "fastest", "slowest", "busiest", "richest", "poorest", "strongest",
    "weakest", "best", "worst", "most", "least", "leading", "top",
    "most populous", "most populated", "most important", "most valuable",
)  # fmt: skip

#: Verbs after which an ordinal is a position in a ranking ("ranked third").
RANK_VERBS: Final[tuple[str, ...]] = (
    "ranked", "ranks", "rank", "ranking", "placed", "came", "finished",
)  # fmt: skip

#: Percent and point units: surface form → canonical unit. Basis points are
#: rescaled by ``POINT_FACTORS``.
PERCENT_UNITS: Final[dict[str, str]] = {
    "%": "percent", "percent": "percent", "per cent": "percent",
    "percents": "percent", "pct": "percent", "pc": "percent", "percentage": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "percent point": "percentage_point", "percent points": "percentage_point",
    "per cent point": "percentage_point", "per cent points": "percentage_point",
    "pct point": "percentage_point", "pct points": "percentage_point",
    "pp": "percentage_point", "ppt": "percentage_point", "ppts": "percentage_point",
    "points": "percentage_point", "point": "percentage_point",
    "percentage-point": "percentage_point", "percentage-points": "percentage_point",
    "basis-point": "basis_point", "basis-points": "basis_point",
    "basis point": "basis_point", "basis points": "basis_point",
    "base point": "basis_point", "base points": "basis_point",
    "bps": "basis_point", "bp": "basis_point",
}  # fmt: skip

#: Currency signs and codes written before the number ("US$4.7 billion", "RMB 10").
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "$": "USD", "us$": "USD", "us $": "USD", "u.s.$": "USD", "u.s. $": "USD",
    "u.s $": "USD", "usd$": "USD", "hk$": "HKD", "hk $": "HKD", "c$": "CAD",
    "c $": "CAD", "ca$": "CAD", "cad$": "CAD", "a$": "AUD",
    "au$": "AUD", "aud$": "AUD", "nz$": "NZD", "nzd$": "NZD", "s$": "SGD",
    "r$": "BRL", "mex$": "MXN", "mxn$": "MXN", "nt$": "TWD", "€": "EUR",
    "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "rs": "INR", "rs.": "INR", "dollar": "USD", "euro": "EUR", "rp": "IDR",
    "rp.": "IDR", "rm": "MYR", "₱": "PHP", "₦": "NGN", "ksh": "KES", "₫": "VND",
}  # fmt: skip

#: ISO 4217 codes accepted before or after a number. Codes that are English
#: words ("ALL", "TOP", "CUP", "TRY", "PEN", "COP") are left out: the grammar
#: scans lower-cased text, where they would match ordinary words.
ISO_CODES: Final[tuple[str, ...]] = (
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "hkd",
    "sgd", "inr", "krw", "brl", "rub", "zar", "mxn", "sek", "nok", "dkk", "pln",
    "idr", "thb", "myr", "php", "vnd", "sar", "aed", "twd", "egp", "ngn", "kes",
    "pkr", "bdt", "uah", "huf", "czk", "clp", "sdr", "xdr",
)  # fmt: skip

#: Code aliases: "RMB" is the renminbi's common abbreviation, not an ISO code.
ISO_ALIASES: Final[dict[str, str]] = {"rmb": "CNY", "sdr": "XDR"}

#: Currency names written after the number ("1.8 trillion yuan", "20 euros").
CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollar": "AUD", "australian dollars": "AUD",
    "canadian dollar": "CAD", "canadian dollars": "CAD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD",
    "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
    "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "元": "CNY",
    "euro": "EUR", "euros": "EUR", "€ur": "EUR", "€": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "british pounds": "GBP", "yen": "JPY", "japanese yen": "JPY",
    "rupee": "INR", "rupees": "INR", "indian rupees": "INR", "won": "KRW",
    "korean won": "KRW", "south korean won": "KRW", "reais": "BRL",
    "brazilian reais": "BRL", "swiss francs": "CHF", "swiss franc": "CHF",
    "roubles": "RUB", "rubles": "RUB", "rand": "ZAR", "pesos": "MXN",
    "mexican pesos": "MXN", "rs": "INR", "$": "USD", "us$": "USD", "£": "GBP",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND",
    "dirhams": "AED", "riyals": "SAR", "lira": "TRY", "zloty": "PLN",
    "zlotys": "PLN", "zloties": "PLN", "forints": "HUF", "forint": "HUF",
    "koruna": "CZK", "korunas": "CZK", "kronor": "SEK", "swedish kronor": "SEK",
    "kroner": "NOK", "norwegian kroner": "NOK", "danish kroner": "DKK",
    "naira": "NGN", "cedis": "GHS", "birr": "ETB", "hryvnias": "UAH",
    "hryvnia": "UAH", "tenge": "KZT", "taka": "BDT", "kenyan shillings": "KES",
    "pakistani rupees": "PKR", "philippine pesos": "PHP", "turkish lira": "TRY",
    "south african rand": "ZAR", "saudi riyals": "SAR", "uae dirhams": "AED",
}  # fmt: skip

#: Minor currency units: a trailing "43 cents" adds 0.43 to "20 dollars".
MINOR_UNITS: Final[tuple[str, ...]] = ("cents", "cent", "c", "¢", "pence", "p")

#: Physical and other units after a number: surface form → symbol.
PHYSICAL_UNITS: Final[dict[str, str]] = {
    "gw": "GW", "gigawatt": "GW", "gigawatts": "GW", "mw": "MW", "megawatt": "MW",
    "megawatts": "MW", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW",
    "tw": "TW", "gwh": "GWh", "twh": "TWh", "mwh": "MWh", "kwh": "kWh",
    "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "terawatt-hours": "TWh",
    "terawatt hours": "TWh", "gigawatt-hours": "GWh", "gigawatt hours": "GWh",
    "megawatt-hours": "MWh", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
    "metric tons": "t", "metric tonnes": "t", "kilograms": "kg", "kilogram": "kg",
    "kg": "kg", "km": "km", "kilometers": "km", "kilometres": "km",
    "kilometer": "km", "kilometre": "km", "square kilometers": "km2",
    "square kilometres": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "square meters": "m2", "square metres": "m2", "sq m": "m2", "m2": "m2",
    "m²": "m2", "cubic meters": "m3", "cubic metres": "m3", "m3": "m3",
    "m³": "m3", "hectares": "ha", "hectare": "ha", "ha": "ha", "mu": "mu",
    "barrels": "bbl", "barrel": "bbl", "bbl": "bbl", "liters": "L", "litres": "L",
    "liter": "L", "litre": "L", "ml": "mL", "meters": "m", "metres": "m",
    "centimeters": "cm", "centimetres": "cm", "cm": "cm", "millimeters": "mm",
    "millimetres": "mm", "mm": "mm", "degrees celsius": "degC", "°c": "degC",
    "micrograms per cubic meter": "ug/m3", "micrograms per cubic metre": "ug/m3",
    "μg/m3": "ug/m3", "µg/m3": "ug/m3", "ug/m3": "ug/m3",
    "teu": "TEU", "teus": "TEU", "mbps": "Mbps", "gbps": "Gbps",
}  # fmt: skip

#: Approximation qualifiers before a number → EXTRACTION.md ``approx`` value.
APPROX_BEFORE: Final[dict[str, str]] = {
    "about": "about", "around": "about", "approximately": "about",
    "approx.": "about", "roughly": "about", "some": "about", "nearly": "about",
    "almost": "about", "close to": "about", "an estimated": "about",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "exceeding": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "greater than": "more_than",
    "higher than": "more_than", "larger than": "more_than",
    "bigger than": "more_than", "exceed": "more_than", "surpass": "more_than",
    "exceeded": "more_than", "exceeds": "more_than", "surpassed": "more_than",
    "topped": "more_than",
    "in the region of": "about", "of the order of": "about",
    "on the order of": "about",
    "at least": "at_least", "no less than": "at_least",
    "not less than": "at_least", "no fewer than": "at_least",
    "not fewer than": "at_least", "a minimum of": "at_least",
    "less than": "less_than", "fewer than": "less_than", "below": "less_than",
    "under": "less_than", "lower than": "less_than", "smaller than": "less_than",
    "up to": "up_to", "no more than": "up_to", "not more than": "up_to",
    "at most": "up_to", "a maximum of": "up_to", "not exceeding": "up_to",
    "not exceed": "up_to", "not to exceed": "up_to", "not surpass": "up_to",
    "never exceed": "up_to",
    "as much as": "up_to", "as many as": "up_to", "as high as": "up_to",
}  # fmt: skip

#: Qualifiers after a number ("five hundred or more").
APPROX_AFTER: Final[dict[str, str]] = {
    "or more": "at_least", "and more": "at_least", "or above": "at_least",
    "or greater": "at_least", "or greater than": "at_least",
    "and above": "at_least", "or higher": "at_least", "or over": "at_least",
    "or less": "up_to", "or fewer": "up_to", "or below": "up_to",
    "and below": "up_to", "or lower": "up_to", "or under": "up_to",
}  # fmt: skip

#: Words that cannot be, or be inside, a counted noun phrase after a number.
NOUN_STOPWORDS: Final[frozenset[str]] = frozenset(
    (
        "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with",
        "and", "or", "but", "as", "than", "that", "which", "who", "is", "are", "was",
        "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "do", "does", "did", "this",
        "these", "those", "its", "their", "his", "her", "our", "your", "my", "it",
        "they", "we", "he", "she", "per", "each", "every", "year-on-year", "percent",
        "points", "over", "under", "about", "most", "least", "up",
        "down", "into", "onto", "via", "since", "until", "during", "between", "among",
        "while", "when", "where", "if", "not", "no", "so", "also", "only", "just",
        "still", "yet", "ago"
    )
)  # fmt: skip

#: Plural nouns without a final "s".
IRREGULAR_PLURALS: Final[frozenset[str]] = frozenset(
    (
        "people", "children", "men", "women", "staff", "personnel", "police", "cattle",
        "livestock", "poultry", "sheep", "fish", "deer", "aircraft"
    )
)  # fmt: skip

# --------------------------------------------------------------------------
# Cues of the metric stage (``_metrics``)
# --------------------------------------------------------------------------

#: Words of a downward change: the amount after them is negative ("fell 1.7
#: percent", "cut the rate by 3/4 percentage point", "a drop of 3 percent").
NEGATIVE_CHANGE: Final[tuple[str, ...]] = (
    "fell", "fall", "falls", "falling", "dropped", "drop", "drops", "dropping",
    "declined", "decline", "declines", "declining", "decreased", "decrease",
    "decreases", "decreasing", "edged down", "down", "contracted", "contract",
    "contraction", "narrowed", "narrow", "shrank", "shrink", "shrunk", "slid",
    "slipped", "plunged", "plummeted", "tumbled", "eased", "lowered", "lower",
    "lowering", "cut", "cuts", "cutting", "reduced", "reduce", "reduces",
    "reducing", "reduction", "slashed", "dipped", "sank", "retreated",
    "slowed", "weakened",
)  # fmt: skip

#: Words of an upward change; they end the reach of an earlier downward cue.
POSITIVE_CHANGE: Final[tuple[str, ...]] = (
    "rose", "rise", "rises", "rising", "grew", "grow", "grows", "growing",
    "growth", "increased", "increase", "increases", "increasing", "climbed",
    "expanded", "expand", "gained", "jumped", "surged", "up", "raised", "raise",
    "added", "add", "boosted", "boost", "widened", "accelerated", "edged up",
    "outpacing", "outpaced", "exceeded",
)  # fmt: skip

#: Words after which an amount is a level reached, never a signed change.
LEVEL_BEFORE: Final[tuple[str, ...]] = (
    "to", "at", "from", "of just", "reached", "be", "is", "was", "were", "are",
    "been", "stood at", "remain", "remains", "remained", "stay", "stays",
    "stayed", "hold", "held", "keep", "kept", "maintain", "maintained",
    "low of", "high of", "level of", "rate of", "average of", "total of",
    "peak of", "record of", "target of", "goal of", "ceiling of", "cap of",
    "floor of", "value of", "reading of", "low", "high", "to the", "to a",
    "to its", "to their", "at the", "at a", "at its", "from the", "from a",
    "from its",
)  # fmt: skip

#: Words right after an amount (a noun or two may come between) that make it a
#: downward change ("2 percent lower", "a quarter-point rate cut").
NEGATIVE_AFTER: Final[tuple[str, ...]] = (
    "lower", "less", "down", "fewer", "smaller", "below", "slower", "narrower",
    "weaker", "reduction", "reductions",
    "decline", "drop", "decrease", "cut", "fall", "contraction",
)  # fmt: skip

#: Words before a period expression that make it the edge of something else
#: ("fiscal 2025, which ended in March"), not the period of a value.
EDGE_BEFORE: Final[tuple[str, ...]] = (
    "ended in", "ending in", "ends in", "ended", "ending", "began in",
    "beginning in", "began", "started in", "starting in", "opened in", "since",
)  # fmt: skip

#: Words before a number that make it an identifier, not a measurement.
IDENTIFIER_BEFORE: Final[tuple[str, ...]] = (
    "article", "articles", "section", "sections", "chapter", "paragraph",
    "clause", "rule", "item", "annex", "schedule", "table", "figure", "fig.",
    "no.", "no", "number", "phase", "version", "part", "page", "pages", "room",
    "route", "line", "grade", "level", "document", "act", "order", "resolution",
    "decree", "session", "tier", "category", "type", "class", "step", "point",
    "per", "aged", "age", "ages", "zone", "district", "ward", "block",
)  # fmt: skip

#: Units of a measured duration ("life expectancy rose to 79 years"), by noun.
DURATION_UNITS: Final[dict[str, str]] = {
    "years": "year", "months": "month", "weeks": "week", "days": "day",
    "hours": "hour", "minutes": "minute",
}  # fmt: skip

#: Counted nouns that make a quantity a duration (optional in the contract).
DURATION_NOUNS: Final[frozenset[str]] = frozenset(
    (
        "years", "months", "weeks", "days", "hours", "minutes", "seconds",
        "decades", "quarters", "centuries", "times", "consecutive", "straight",
    )
)  # fmt: skip

#: Words before a bare number that make it a measured count ("fell to 7.1
#: million", "dropped by 12,300", "a total of 13,472").
MEASURE_BEFORE: Final[tuple[str, ...]] = (
    "to", "by", "at", "from", "reached", "totaled", "totalled", "total of", "hit",
    "exceeded", "numbered", "stood at", "was", "were",
)  # fmt: skip

#: Words before a bare number that make it a ratio or index value.
RATIO_BEFORE: Final[tuple[str, ...]] = (
    "ratio", "index", "pmi", "coefficient", "multiple", "ratio of", "index of",
    "ratio at", "ratio below", "ratio above", "ratio to", "reading of",
)  # fmt: skip

#: Phrases that name a change's basis wherever they stand near its amount.
BASIS_CUES: Final[dict[str, str]] = {
    "year-on-year": "year-on-year", "year on year": "year-on-year",
    "y-o-y": "year-on-year", "yoy": "year-on-year", "y/y": "year-on-year",
    "year-over-year": "year-on-year", "year over year": "year-on-year",
    "on an annual basis": "year-on-year", "on a yearly basis": "year-on-year",
    "month-on-month": "month-on-month", "month on month": "month-on-month",
    "m-o-m": "month-on-month", "month-over-month": "month-on-month",
    "m/m": "month-on-month", "on a monthly basis": "month-on-month",
    "quarter-on-quarter": "quarter-on-quarter",
    "quarter on quarter": "quarter-on-quarter",
    "quarter-over-quarter": "quarter-on-quarter", "q/q": "quarter-on-quarter",
    "on a quarterly basis": "quarter-on-quarter",
}  # fmt: skip

#: Reference points that name a basis only after a comparison lead
#: (``BASIS_LEADS``): "from a year earlier", "compared with the previous year",
#: "over the same period last year", "from April". Alone, "last year" is a
#: period ("narrowed to $12bn last year") and "annual" an adjective.
BASIS_REFERENCES: Final[dict[str, str]] = {
    "a year earlier": "year-on-year", "a year ago": "year-on-year",
    "the previous year": "year-on-year", "the prior year": "year-on-year",
    "last year": "year-on-year", "the same period last year": "year-on-year",
    "the same month last year": "year-on-year",
    "the same quarter last year": "year-on-year",
    "the same period of": "year-on-year", "the same period in": "year-on-year",
    "the year-earlier period": "year-on-year", "a year before": "year-on-year",
    "the previous month": "month-on-month", "a month earlier": "month-on-month",
    "the prior month": "month-on-month", "a month ago": "month-on-month",
    "the previous quarter": "quarter-on-quarter",
    "a quarter earlier": "quarter-on-quarter",
    "the prior quarter": "quarter-on-quarter",
    # "rose 0.6 percent in May from April": the month before is the basis
    **dict.fromkeys(
        (
            "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december",
        ),
        "month-on-month",
    ),
}  # fmt: skip
BASIS_LEADS: Final[tuple[str, ...]] = (
    "from", "than", "than in", "over", "on", "compared with", "compared to",
    "against", "versus", "vs", "vs.", "relative to",
)  # fmt: skip

#: Words of rate talk: with one of them near, a bare "points" means
#: percentage points ("cut by 25 points", "a quarter-point rate cut").
RATE_TALK: Final[tuple[str, ...]] = (
    "rate", "rates", "yield", "yields", "percent", "basis", "by", "cut", "hike",
    "raise", "reduction", "increase", "move", "tightening", "easing",
)  # fmt: skip

#: Rates named before a number: "unemployment rose 1.2 points" is in
#: percentage points (after the number they start a new thought: "one point:
#: inflation is too high").
RATE_SUBJECTS: Final[tuple[str, ...]] = ("unemployment", "jobless", "inflation")

#: Words of index talk: outside rate talk, "points" after a number are index
#: points only with one of these (or a change word) near ("the PMI rose two
#: points", "closed at 3,450.3 points"); else "point" is a remark ("I would
#: stress one point", "a plan of 10 points").
INDEX_TALK: Final[tuple[str, ...]] = (
    "index", "indices", "indexes", "pmi", "gauge", "benchmark", "composite",
    "average", "score", "scored", "reading", "closed", "close", "ended",
    "finished", "opened", "stood", "reached", "level", "mark", "dow", "nasdaq",
    "nikkei", "ftse", "dax", "kospi", "sensex", "nifty", "hang seng", "s&p",
)  # fmt: skip

#: Verbs and modals that make a number in their clause a goal rather than an
#: outcome ("will raise … by 20 yuan", "aims to cut … by 20 percent").
TARGET_CUES: Final[tuple[str, ...]] = (
    "targeted", "aim", "aims", "aiming", "planned", "will", "should", "must",
    "shall", "strive", "seek", "seeks", "set to", "allocate", "allocated",
    "allocates", "earmark", "earmarked", "budgeted", "aims to", "is to", "are to",
    "need to", "needs to", "expects to", "pledged", "pledge", "commit", "committed",
    "invest", "proposed", "propose", "preferred to", "prefers to",
)  # fmt: skip

#: Nouns that name a goal or a plan. Alone they name a thing ("the budget
#: deficit", "Standard Chartered", "the target range"); they make a number a
#: goal only when a preposition or a copula follows ("a target of about 6
#: percent", "plans to cut", "the cap is $5 billion"): ``TARGET_NOUN_LINKS``.
TARGET_NOUNS: Final[tuple[str, ...]] = (
    "target", "targets", "goal", "goals", "objective", "objectives", "plan",
    "plans", "cap", "ceiling", "quota", "standard", "budget", "outlay",
    "allocation",
)  # fmt: skip
TARGET_NOUN_LINKS: Final[tuple[str, ...]] = (
    "of", "for", "to", "at", "is", "are", "was", "were", "set", "calls",
)  # fmt: skip

#: Outcome verbs: one between a goal word and the number makes the number an
#: outcome ("the reform will help, after exports rose 5 percent").
OUTCOME_VERBS: Final[tuple[str, ...]] = (
    "rose", "fell", "grew", "was", "were", "stood", "reached", "increased",
    "decreased", "declined", "dropped", "expanded", "contracted", "climbed",
    "jumped", "totaled", "totalled", "amounted", "posted", "recorded",
    "registered", "gained", "slipped", "narrowed", "widened", "shrank", "surged",
    "slowed", "eased", "edged", "came in", "plunged", "soared", "slumped",
)  # fmt: skip

#: Indicator phrases → the indicator's name, matched before a number.
INDICATORS: Final[dict[str, str]] = {
    "gdp": "GDP", "gross domestic product": "GDP", "gdp growth": "GDP growth",
    "economy grew": "economic growth", "economy expanded": "economic growth",
    "economic growth": "economic growth", "growth rate": "growth rate",
    "consumer prices": "consumer price inflation", "cpi": "consumer price inflation",
    "consumer price index": "consumer price inflation", "inflation": "inflation",
    "producer prices": "producer price inflation", "ppi": "producer price inflation",
    "retail sales": "retail sales", "industrial output": "industrial output",
    "industrial production": "industrial output",
    "value-added industrial output": "industrial output",
    "fixed-asset investment": "fixed-asset investment",
    "investment": "investment", "exports": "exports", "imports": "imports",
    "foreign trade": "foreign trade", "trade": "trade",
    "unemployment rate": "unemployment rate", "jobs": "jobs",
    "employment": "employment", "income": "income",
    "disposable income": "disposable income", "deficit": "deficit",
    "deficit-to-gdp ratio": "deficit-to-GDP ratio", "debt": "debt",
    "revenue": "revenue", "revenues": "revenue", "profits": "profits",
    "output": "output", "grain output": "grain output", "sales": "sales",
    "federal funds rate": "federal funds rate", "interest rate": "interest rate",
    "policy rate": "policy rate", "loan prime rate": "loan prime rate",
    "reserve requirement ratio": "reserve requirement ratio",
    "waiting list": "waiting list", "energy consumption": "energy consumption",
    "carbon emissions": "carbon emissions", "emissions": "emissions",
    "forest coverage": "forest coverage", "urbanization rate": "urbanization rate",
    "capacity": "capacity", "population": "population", "prices": "prices",
    "wages": "wages", "savings": "savings", "bonds": "bonds",
    "funding": "funding", "grants": "grants", "subsidies": "subsidies",
}  # fmt: skip

#: The month a government's fiscal year opens with, by the currency its texts
#: report money in (the US federal year opens in October, the UK's and India's
#: in April, Australia's in July). Currencies of calendar fiscal years are absent.
#: Currencies of countries that name a fiscal year by the calendar year it
#: opens in (Japan's "fiscal 2025" runs April 2025 to March 2026); elsewhere a
#: fiscal year is named by the year it ends in (the US "fiscal 2025" ends in
#: September 2025).
FISCAL_YEAR_NAMED_BY_START: Final[frozenset[str]] = frozenset({"JPY"})

FISCAL_YEAR_START: Final[dict[str, int]] = {
    "USD": 10, "GBP": 4, "INR": 4, "JPY": 4, "CAD": 4, "HKD": 4, "NZD": 7,
    "AUD": 7, "EGP": 7, "KES": 7, "PKR": 7, "BDT": 7,
}  # fmt: skip

#: Month names and abbreviations: a day number beside one is part of a date.
MONTHS: Final[tuple[str, ...]] = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip

#: Capitalised words before a possessive that do not name its owner
#: ("During Thursday's deliberation").
NOT_OWNERS: Final[tuple[str, ...]] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "during", "in", "on", "at", "after", "before", "by", "for", "from", "with",
    "under", "last", "this", "next", "according", "since", "until", "as", "of",
)  # fmt: skip

#: Currencies divided into cents: "14 cents" in a text reporting in one of them
#: is that currency; elsewhere it is US cents.
CENT_CURRENCIES: Final[frozenset[str]] = frozenset(
    {"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "ZAR", "KES"}
)

#: Spans that the period grammar does not name: a value under one of them has
#: no period rather than one carried from an earlier sentence.
HORIZONS: Final[tuple[str, ...]] = (
    "thereafter", "over the coming", "in the coming", "over the longer run",
    "over the long run", "in the long run", "in the longer run",
    "over the long term", "in the long term", "over the medium term",
    "in the medium term", "in the future", "in the years ahead",
    "over the years ahead", "the past decade", "the last decade",
    "the past few years", "the last few years", "recent years",
)  # fmt: skip
