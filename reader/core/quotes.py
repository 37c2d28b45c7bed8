"""Direct quotes in an article and who said them, by rules over the article's own text.

Three steps, paragraph by paragraph:

1. **Spans**: text between quote marks of any kind (straight, curly, guillemets,
   „German“, single quotes that are not apostrophes, mixed or broken pairs). A
   paragraph that ends inside a quote continues in the next paragraph that opens
   with a quote mark.
2. **Is it speech?** Titles, nicknames, slogans, terms and scare quotes are quoted
   too. A span introduced as a title, slogan or name, a short span in Title Case, a
   short span repeated word for word, and a short span nobody is said to have said
   are not speech.
3. **Speaker**: the cue after the quote ("…," Heyward said / said Heyward), before
   it (Heyward said: "…" / said Heyward, "…"), or around a partial quote inside the
   writer's sentence (Noem called it a "bold effort"). Pronouns and bare quote
   paragraphs go to the nearest earlier speaker or sentence subject that fits the
   pronoun; a surname becomes the fullest form of the name in the article
   ("Heyward" → "Cam Heyward"), and the role the article gives the person is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.core.model import Quote


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


OPENERS = '"“„«‹'
CLOSERS = '"”“»›'
SPEECH_VERBS = (
    "said|says|say|saying|told|tells|tell|telling|added|adds|adding|wrote|writes|writing|explained|"
    "explains|explaining|noted|notes|noting|stated|states|asked|asks|asking|argued|argues|arguing|"
    "continued|continues|recalled|recalls|insisted|insists|warned|warns|announced|announces|declared|"
    "declares|declaring|shouted|shouts|ordered|orders|quipped|tweeted|tweets|posted|commented|comments|"
    "replied|replies|testified|testifies|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    "confirmed|confirms|observed|observes|pointed out|points out|remarked|responded|responds|"
    "suggested|suggests|stressed|stresses|urged|urges|cautioned|cautions|emphasized|emphasised|"
    "emphasizes|joked|jokes|yelled|screamed|whispered|cried|called|calls|described|describes|describing|"
    "predicted|predicts|promised|promises|vowed|vows|boasted|complained|complains|countered|counters|"
    "exclaimed|mused|concluded|concludes|elaborated|reiterated|reported|assured|assures|"
    "demanded|demands|pleaded|speculated|maintained|maintains|believes|believed|thinks|thought|"
    "recounted|teased|hinted|hints|indicated|indicates|claimed|acknowledged|lamented|conceded|"
    "apologized|apologised|announced|read|reads"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")  # lower case: "States" in "United States" is no verb
_VERB_FIRST = re.compile(rf"^(?:{SPEECH_VERBS})\b\s*(?P<who>.*)$", re.DOTALL)
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,.;:]+)", re.IGNORECASE)
_NOT_SPEECH_CUES = re.compile(
    r"\b(?:slogan|tagline|motto|hashtag|titled|entitled|title|dubbed|nicknamed|nickname|so-called|"
    r"known as|term|phrase|song|songs|single|album|film|movie|book|novel|show|series|episode|"
    r"headline|label|brand|sign|signs|banner|the words?|word|jam|hit|hits)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"^(?:(?:on\s+)?(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?:\s+(?:morning|afternoon|evening|night))?|last\s+\w+|this\s+\w+|earlier|later|recently|"
    r"previously)\b[\s,]*",
    re.IGNORECASE,
)
_PRONOUNS = {"he": "m", "she": "f", "they": None, "him": "m", "her": "f"}
_DETERMINERS = re.compile(
    r"^(?:a|an|the|one|another|some|two|three|several|many|other|both|his|her|its|their|our)\s", re.IGNORECASE
)
_TITLES = _wordset(
    """mr mrs ms miss dr prof sir dame gov governor sen senator rep representative president vice
    chairman chairwoman chair ceo cfo coo cto secretary minister premier mayor judge justice
    attorney general commissioner chief director officer spokesman spokeswoman spokesperson
    administrator ambassador deputy associate assistant sheriff captain lieutenant sergeant
    detective coach manager us uk eu un former acting interim state federal lt col gen capt sgt"""
)
_ORG_WORDS = _wordset(
    """office department ministry agency commission committee council university college institute
    center centre laboratory lab association company corporation inc ltd llc group bank court
    police service services administration board press times post news network team party
    foundation society hospital school journal magazine"""
)
_COMMON_CAPITALISED = _wordset(
    """the a an this that these those it its in on at for from by with as after before during about
    but and or so yet if when while though although because later earlier meanwhile however still i
    we you they he she his her their our my january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    today tonight yesterday noting asked adding according following speaking writing citing
    describing declaring saying twitter facebook instagram"""
)
_LEADING_WORDS = re.compile(
    r"^(?:(?:and|but|so|though|although|while|as|because|when|then|also|later|meanwhile|however|still|"
    r"yet|now|here|there|earlier|instead|even)\b[\s,]*)+",
    re.IGNORECASE,
)
_TRAILING_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|then|later|recently|previously|once|again|"
    r"further|simply|only|just|repeatedly|has been|had been))+\s*$",
    re.IGNORECASE,
)
_ABBREVIATIONS = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gov|Sen|Rep|Gen|Lt|Col|Capt|Prof|Inc|Co|Corp|No|vs|"
    r"U\.S|U\.K|D\.C|a\.m|p\.m|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)$"
)
_NAME_TOKEN = re.compile(r"(?:[A-Z][\w’'.&-]*|(?:van|von|de|der|den|da|di|del|la|le|bin|al))")
_WORD = re.compile(r"[\w’'-]+")
_FEMALE_ROLE = re.compile(
    r"\b(?:woman|spokeswoman|chairwoman|congresswoman|businesswoman|mother|wife|daughter|sister|"
    r"grandmother|aunt|queen|princess|actress|girl|her (?:husband|son)|mrs|ms)\b"
)
_MALE_ROLE = re.compile(
    r"\b(?:man|spokesman|chairman|congressman|businessman|father|husband|son|brother|grandfather|"
    r"uncle|king|prince|actor|boy|his (?:wife|daughter)|mr)\b"
)
_SUBJECT_PRONOUN = re.compile(r"(?:^|[.;]\s+|,\s+(?:and|but)\s+|\band\s+)(He|She|he|she)\b")
_NAME_IN_TEXT = re.compile(
    r"\b((?:[A-Z][a-z’'-]+|[A-Z]\.|(?:van|von|de|der|den|da|di|del|bin|al)\b)"
    r"(?:\s+(?:[A-Z][a-z’'-]+|[A-Z]\.|(?:van|von|de|der|den|da|di|del|bin|al)\b))+)"
)
_APPOSITIVE = re.compile(r",\s+((?:an?|the)\s+[^,.;]{3,90}?|[a-z][^,.;]{3,90}?)(?:,|\.|;|$)")
_GROUPS = _wordset(
    """democrats republicans americans britons conservatives liberals socialists muslims christians jews
    catholics protestants palestinians israelis europeans africans asians latinos hispanics voters
    residents officials lawmakers senators leaders fans players members workers people"""
)
_SUBJECT_OF_SPEECH = re.compile(rf"(?<![\w’'.-])([A-Z][a-z’'-]{{2,}})\s+(?:{SPEECH_VERBS})\b")
_SUBJECT_START = re.compile(
    r"^(?:[A-Z\"“]|(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b|(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome)\s)"
)
_CLAUSE_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|to|for|in which)\b")
_CLAUSE_START = re.compile(r"(?:who|which|whose|and|but)\b")
_ROLE_STOPS = frozenset({"by", "to", "with", "of", "for", "from", "said", "says"})
MAYBE = "maybe"
"""A short partial quote that is speech only if a speaker is found for it in its own sentence."""
MAX_TITLE_WORDS = 8
MIN_UNCUED_WORDS = 4


@dataclass
class Span:
    """A stretch of quoted text in one paragraph."""

    paragraph: int
    start: int  # offset of the quote's text in the paragraph
    end: int  # offset just after the text: the closing mark, or the paragraph's end
    text: str
    closed: bool
    continues: bool = False  # continues a quote left open at the end of the paragraph before
    mark: int = -1  # offset of the opening quote mark


@dataclass
class People:
    """Names the article gives in full, the roles it gives them, the genders its pronouns imply."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> fullest form
    first_names: dict[str, str] = field(default_factory=dict)  # first word -> full name, when unique
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)

    def knows(self, token: str) -> bool:
        key = _bare(token).lower()
        return key in self.full_names or bool(self.first_names.get(key))

    def fullest(self, name: str) -> str:
        name = _bare(name)
        key = name.lower()
        if " " not in name and key not in self.full_names and self.first_names.get(key):
            return self.first_names[key]  # "Li" for Li Jifeng: a family name written first
        full = self.full_names.get(_surname(name).lower())
        return full if full and len(full) > len(name) and full.endswith(_surname(name)) else name

    def gender(self, name: str | None) -> str | None:
        return self.genders.get(self.fullest(name)) if name else None


@dataclass
class Context:
    """What the paragraphs before say: the last speaker and the people mentioned, nearest last."""

    last_speaker: str | None = None
    mentioned: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)  # subjects of speech verbs ("X told The Hill")


def extract_quotes(text: str) -> list[Quote]:
    """Every direct quote in an article's plain text (paragraphs separated by newlines)."""
    paragraphs: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        paragraphs.append((offset, line))
        offset += len(line) + 1
    people = _index_people(text)
    spans = list(_spans([p for _, p in paragraphs]))
    repeated = _repeated_short_spans(spans)
    by_paragraph: dict[int, list[Span]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, []).append(span)
    quotes: list[Quote] = []
    context = Context()
    for index, (start, paragraph) in enumerate(paragraphs):
        found = _attribute_paragraph(paragraph, by_paragraph.get(index, []), people, context, repeated)
        for span, speaker, partial in found:
            speaker = _issuer(speaker, text[: start + span.start], people)
            quotes.append(Quote(speaker=speaker, role=people.roles.get(speaker), quote=span.text,
                                start=start + span.start, partial=partial))  # fmt: skip
            context.last_speaker = speaker
        context.mentioned.extend(_people_in(paragraph, people))
        context.reporters.extend(_reporters_in(paragraph, people))
    return quotes


# -- 1. spans ------------------------------------------------------------------------------


def _spans(paragraphs: list[str]) -> Iterator[Span]:
    left_open = False
    for index, paragraph in enumerate(paragraphs):
        continues = left_open and paragraph.lstrip()[:1] in OPENERS + "‘"
        left_open = False
        position = 0
        while True:
            opener = _next_opener(paragraph, position)
            if opener is None:
                break
            begin = opener + 1
            close = _closing(paragraph, begin, paragraph[opener])
            end = close if close is not None else len(paragraph)
            raw = paragraph[begin:end]
            text = raw.strip()
            if text:
                yield Span(index, begin + len(raw) - len(raw.lstrip()), end, text, close is not None,
                           continues=continues and position == 0, mark=opener)  # fmt: skip
            if close is None:
                left_open = True
                break
            position = close + 1


def _next_opener(paragraph: str, position: int) -> int | None:
    for index in range(position, len(paragraph)):
        char = paragraph[index]
        if (char in OPENERS and char != "“") or char == "“":
            if char == '"' and 0 < index < len(paragraph) - 1 and paragraph[index - 1].isalnum() \
                    and not paragraph[index + 1].isalnum():  # fmt: skip
                continue  # 12" (inches)
            return index
        if char == "‘" and (index == 0 or not paragraph[index - 1].isalnum()):
            return index
    return None


def _closing(paragraph: str, begin: int, opener: str) -> int | None:
    single = opener in "‘‹"
    for index in range(begin, len(paragraph)):
        char = paragraph[index]
        if single:
            if char in "’›" and (index + 1 == len(paragraph) or not paragraph[index + 1].isalpha()):
                return index
        elif char in CLOSERS:
            return index  # mixed and broken pairs close with whatever comes: "…” “…“ „…“
    return None


def _repeated_short_spans(spans: list[Span]) -> set[str]:
    """Short spans written more than once: slogans and names, not things said once."""
    counts = Counter(_key(s.text) for s in spans if len(_WORD.findall(s.text)) <= 6)
    return {text for text, count in counts.items() if count > 1}


# -- 2 and 3. speech and speakers --------------------------------------------------------


def _attribute_paragraph(
    paragraph: str, spans: list[Span], people: People, context: Context, repeated: set[str]
) -> list[tuple[Span, str, bool]]:
    """The speech spans of one paragraph, each with its speaker and whether it is partial."""
    results: list[tuple[Span, str | None, bool]] = []
    paragraph_speaker: str | None = None
    pending: list[int] = []
    quote_only = _is_quote_only(paragraph, spans)
    for span in spans:
        before = _outside_before(paragraph, span, spans)
        after = _outside_after(paragraph, span, spans)
        partial = _is_partial(before)
        speech = _is_speech(span, before, after, partial, repeated)
        if not speech:
            continue
        if speech == MAYBE:
            pending.append(len(results))  # kept only if a later quote of its sentence has a speaker
            results.append((span, None, partial))
            continue
        speaker = _speaker_after(after, people) or _speaker_before(before, people, partial)
        if speaker is None and before.strip(" ,") and _VERB_FIRST.match(before.strip(" ,")) \
                and not _VERB_FIRST.match(before.strip(" ,")).group("who").strip():  # fmt: skip
            speaker = paragraph_speaker  # `…," he said, adding "…"`
        if speaker is None and not partial and (paragraph_speaker or span.continues or quote_only):
            speaker = paragraph_speaker or context.last_speaker  # the same speaker goes on
        if speaker in _PRONOUNS:
            speaker = _resolve_pronoun(speaker, paragraph[: span.start], paragraph_speaker, context, people)
        if (
            speaker is None
            and partial
            and results
            and results[-1][1]
            and _same_sentence(paragraph, results[-1][0], span)
        ):
            speaker = results[-1][1]  # `X said the law is "A" and "B."`
        if speaker is None:
            if _speech_like(span) or partial:
                pending.append(len(results))  # "A," he said, "B." : the first half waits for its cue
            results.append((span, None, partial))
            continue
        paragraph_speaker = speaker
        for waiting in pending:
            earlier, _, was_partial = results[waiting]
            if not was_partial or _same_sentence(paragraph, earlier, span):
                results[waiting] = (earlier, speaker, was_partial)
        pending = []
        results.append((span, speaker, partial))
    return [(span, speaker, partial) for span, speaker, partial in results if speaker is not None]


def _is_speech(span: Span, before: str, after: str, partial: bool, repeated: set[str]) -> bool | str:
    words = _WORD.findall(span.text)
    if not words or _NOT_SPEECH_CUES.search(before):
        return False
    if len(words) <= 6 and _key(span.text) in repeated:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    if 2 <= len(words) <= MAX_TITLE_WORDS and capitalised >= 0.6 * len(words) \
            and not span.text.rstrip().endswith((".", "!", "?")):  # fmt: skip
        return False  # a title or a name in Title Case
    if len(words) < MIN_UNCUED_WORDS and partial:  # a scare quote, unless someone is said to say it
        return True if _cue_adjacent(before, after) or _reported_speech(before) else MAYBE
    return True


def _reported_speech(before: str) -> bool:
    """The sentence reports what someone said: "… said in a letter that the risks were "…""."""
    sentence = _last_sentence(before)
    return bool(re.search(rf"\b(?:{SPEECH_VERBS})\b[^;]{{0,160}}?\bthat\b", sentence))


def _same_sentence(paragraph: str, first: Span, second: Span) -> bool:
    between = paragraph[first.end + 1 : second.mark]
    return not re.search(r"[.!?]\s+[A-Z]", between) and len(between.split()) <= 25


def _cue_adjacent(before: str, after: str) -> bool:
    """A speech verb in the few words around a short partial quote: said it was "unacceptable"."""
    near_before = " ".join(before.split()[-6:])
    near_after = " ".join(after.split()[:4])
    return bool(_VERB.search(near_before) or re.match(rf"\W*(?:{SPEECH_VERBS})\b", near_after, re.I))


def _outside_before(paragraph: str, span: Span, spans: list[Span]) -> str:
    """The writer's words before a span, back to the previous span."""
    previous_end = max((s.end + 1 for s in spans if s.end < span.start), default=0)
    return paragraph[previous_end : max(previous_end, span.mark)]


def _outside_after(paragraph: str, span: Span, spans: list[Span]) -> str:
    next_start = min((s.mark for s in spans if s.start > span.end), default=len(paragraph))
    return paragraph[min(len(paragraph), span.end + 1) : max(span.end + 1, next_start)]


def _is_quote_only(paragraph: str, spans: list[Span]) -> bool:
    outside = paragraph
    for span in spans:
        outside = outside.replace(span.text, "")
    return len(_WORD.findall(outside)) <= 2


def _is_partial(before: str) -> bool:
    """A few words quoted inside the writer's own sentence: no comma, colon or sentence start before."""
    before = before.rstrip()
    if not before or before.endswith((":", ",", ".", "?", "!", "—", "–", "-", "(")):
        return False
    return not re.search(rf"\b(?:{SPEECH_VERBS})$", before, re.IGNORECASE)


def _speech_like(span: Span) -> bool:
    words = _WORD.findall(span.text)
    return len(words) >= 5 or (len(words) >= 2 and bool(re.search(r"[.!?,]\s*$", span.text)))


def _first_sentence(text: str) -> str:
    """Up to the first sentence end, not fooled by "D.C." or "Jr." or "U.S."."""
    for match in re.finditer(r"[.!?](?=\s+[A-Z“\"‘(])", text):
        if not _ABBREVIATIONS.search(text[: match.end()]):
            return text[: match.end()]
    return text


def _speaker_after(after: str, people: People) -> str | None:
    """`…," Heyward said` / `…," said U.S. Attorney Nealy Cox` / `…," he told reporters` / `— X`."""
    layout = re.match(r"^\s*[—–-]\s*(?P<who>[A-Z][^,.;]{2,60})", after)
    if layout:
        return _person(layout.group("who"), people)
    text = _first_sentence(after.lstrip(" ,.;:!?—–-\u00a0"))
    if not text:
        return None
    verb_first = _VERB_FIRST.match(text)
    if verb_first:  # said X
        who = _DATE_WORDS.sub("", verb_first.group("who").strip())
        return _person(who, people) if who else None
    verb = _VERB.search(text)
    if verb and verb.start() > 0:  # X said
        who = text[: verb.start()].strip(" ,")
        if _SUBJECT_START.match(who) or len(who.split()) <= 3 or not _CLAUSE_WORDS.search(who):
            return _person(who, people)  # a subject right after the quote, not a clause of the writer's
        return None
    according = _ACCORDING.search(text)
    if according:
        return _person(according.group("who"), people)
    return None


def _speaker_before(before: str, people: People, partial: bool) -> str | None:
    """`Heyward said: "…` / `said Heyward, "…` / `according to X, "…` / `X, an expert …, told Y: "…`."""
    sentence = _last_sentence(before)
    if not sentence.strip():
        return None
    according = _ACCORDING.search(sentence)
    if according:
        return _person(according.group("who"), people)
    verbs = list(_VERB.finditer(sentence))
    if not verbs:
        return None
    tail = sentence[verbs[-1].end() :]
    if (
        partial
        and len(_WORD.findall(tail)) > 10
        and not (" that " in f" {tail} " and len(tail.split()) <= 25)
    ):
        return None  # a verb far from the quote is not its cue
    for verb in reversed(verbs):  # "X testified, describing her as "…"": the subject is X
        who = sentence[: verb.start()].strip(" ,")
        if who and re.search(rf"\b(?:{SPEECH_VERBS})\W*$", who):
            continue
        if not who:
            after_verb = _DATE_WORDS.sub("", sentence[verb.end() :].strip(" ,:"))
            return _person(after_verb, people) if after_verb and not partial else None
        clause = re.split(r"\b(?:in which|which|where|whom|as|because|that|after|while)\s+", who)[-1]
        if clause != who and 0 < len(clause.split()) <= 4:
            who = clause  # "… billboards in which people say": the subject is "people"
        speaker = _person(who, people)
        if speaker:
            return speaker
    return None


def _last_sentence(text: str) -> str:
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z“\"‘(])", text)
                    if not _ABBREVIATIONS.search(text[: m.end()].rstrip())]  # fmt: skip
    return text[starts[-1] :]


def _person(phrase: str, people: People) -> str | None:
    """The speaker a phrase names: a person's fullest name, an organisation, or a description."""
    phrase = phrase.strip(' ,;:—–-()"“”')
    phrase = re.split(r"\s+(?:who|which|whose)\s+", phrase)[0]
    phrase = _LEADING_WORDS.sub("", phrase)
    phrase = _TRAILING_AUXILIARIES.sub("", phrase).strip(" ,")
    if not phrase:
        return None
    words = phrase.split()
    if words[0].lower() in _PRONOUNS and len(words) <= 2:
        return words[0].lower()
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in _COMMON_CAPITALISED:
        return people.fullest(words[0])  # `Okafor said`: a surname the article never gives in full
    if _DETERMINERS.match(phrase) and len(words) > 1 and words[1][:1].islower():
        description = re.split(r"\s+(?:of|in|at|for|from|with|that|on|via|per|to|by)\s+|,", phrase)[0]
        return " ".join(description.split()[:6])  # "the authors of the study": a description
    runs = _name_runs(phrase, people)
    best = max(runs, key=lambda run: run[1], default=None)
    if best is not None and best[1] >= 2:
        return people.fullest(best[0])
    if _DETERMINERS.match(phrase):
        rest = phrase.split(None, 1)[1] if len(words) > 1 else ""
        if best is not None and best[1] >= 1 and rest.startswith(best[0].split()[0]):
            return f"the {best[0]}" if words[0].lower() == "the" else best[0]
        description = re.split(r"\s+(?:of|in|at|for|from|with|that|on|via|per|to|by)\s+|,", phrase)[0]
        return " ".join(description.split()[:6])
    if best is not None and best[1] >= 1:
        return best[0]
    if len(words) <= 3 and all(w.islower() for w in words) and words[0] not in _COMMON_CAPITALISED:
        return phrase  # "officials", "police officers"
    return None


def _name_runs(phrase: str, people: People) -> list[tuple[str, float]]:
    """Runs of capitalised words in a phrase, each with how likely it names the speaker:
    3 a person's full name, 2 a name the article gives in full elsewhere, 1 an organisation or
    acronym, 0 anything else (a sentence's first word, a month, a place)."""
    runs: list[tuple[str, float]] = []
    current: list[str] = []
    tokens = [*phrase.replace(",", " , ").split(), ","]
    for position, token in enumerate(tokens):
        if _NAME_TOKEN.fullmatch(token) and token.lower() not in _COMMON_CAPITALISED:
            current.append(token)
            continue
        if current and token in ("of", "for", "and", "&") and tokens[position + 1][:1].isupper():
            current.append(token)  # "Office of Emergency Services"
            continue
        if current and not current[-1][0].isupper():
            current.pop()  # "van" at a run's end is not part of a name
        if current:
            runs.append(_score_run(current, people))
        current = []
    return runs


def _score_run(tokens: list[str], people: People) -> tuple[str, float]:
    if "of" in tokens[1:-1]:
        head = tokens[: tokens.index("of")]
        if len(_strip_titles(" ".join(head)).split()) >= 2 and not _is_org(" ".join(head)):
            tokens = head  # "Rosaly Lopes of NASA's Jet Propulsion Laboratory": the person
    run = " ".join(tokens)
    name = _strip_titles(run)
    parts = name.split()
    if _is_org(run) or (len(parts) == 1 and parts[0].replace(".", "").isupper() and len(parts[0]) > 1):
        return _bare(run.removeprefix("The ")), 1.0
    if len(parts) >= 2:
        return name, 3.0
    if parts and people.knows(parts[0]):
        return _bare(parts[0]), 2.0
    return (parts[0] if parts else run), 0.0


def _strip_titles(run: str) -> str:
    tokens = run.split()
    while len(tokens) > 1 and _normal_title(tokens[0]) in _TITLES:
        tokens.pop(0)
    return _bare(" ".join(tokens))


def _normal_title(token: str) -> str:
    return _bare(token.lower().replace(".", ""))


def _is_org(run: str) -> bool:
    return any(_bare(t.lower().strip(".,")) in _ORG_WORDS for t in run.split())


def _bare(name: str) -> str:
    return name.removesuffix("’s").removesuffix("'s").strip(" ,.")


def _resolve_pronoun(pronoun: str, before: str, paragraph_speaker: str | None, context: Context,
                     people: People) -> str | None:  # fmt: skip
    """He/she: the nearest earlier person that fits the pronoun: this paragraph's speaker or sentence
    subjects first, then the last speaker, then people mentioned in the paragraphs before."""
    gender = _PRONOUNS.get(pronoun)
    here = [*reversed(_reporters_in(before, people)), *reversed(_people_in(before, people))]
    earlier = [*reversed(context.reporters[-2:]), context.last_speaker, *reversed(context.mentioned)]
    candidates = [paragraph_speaker, *here, *earlier]
    for candidate in candidates:
        if candidate and (gender is None or people.gender(candidate) in (None, gender)):
            return candidate
    return None


_DOCUMENTS = frozenset({"statement", "release", "letter", "email", "post", "memo", "note", "filing"})
_ORG_KINDS = {  # a generic head noun, and the words an organisation of that kind is named with
    "company": "Inc|Corp|Corporation|Co|Company|Records|Productions|Group|LLC|Ltd|Holdings|Entertainment|"
    "Studios|Media|Motors|Airlines|Bank",
    "firm": "Inc|Corp|LLC|Ltd|Partners|Group|Capital|Associates",
    "label": "Records|Music",
    "studio": "Studios|Pictures|Entertainment",
    "ministry": "Ministry",
    "department": "Department",
    "agency": "Agency|Administration|Service|Office",
    "commission": "Commission",
    "committee": "Committee",
    "union": "Union",
    "university": "University|College|Institute",
}
_NAMED = r"(?P<who>(?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|and|&|for))*)"
_ISSUED = re.compile(
    rf"{_NAMED}\s+(?:has\s+|had\s+|also\s+)?(?:issued|released|put out|posted|shared|published|sent|"
    rf"said in|denied [^.]{{0,60}}?in|added in|wrote in)\s+(?:a|an|its|the|their)\s+(?:\w+\s+){{0,2}}"
    rf"(?:statement|release|letter|email|post|memo|note|filing)"
)
_FROM = re.compile(rf"\b(?:statement|release|letter|email|memo|note) (?:from|by|issued by) {_NAMED}")


def _issuer(speaker: str, before: str, people: People) -> str:
    """ "The statement said" names no one: its issuer, named earlier, said it. "The production
    company" is the company the article named before ("Dick Clark Productions")."""
    words = speaker.lower().split()
    if len(words) < 2 or words[0] not in ("the", "a", "its", "their"):
        return speaker
    head = words[-1]
    if head in _DOCUMENTS:
        found = [*_ISSUED.finditer(before), *_FROM.finditer(before)]
        if found:
            nearest = max(found, key=lambda match: match.start())
            issuer = _person(nearest.group("who"), people)
            if issuer:
                return _issuer(issuer, before[: nearest.start()], people)
        return speaker
    kinds = _ORG_KINDS.get(head)
    if kinds:
        named = list(re.finditer(rf"\b((?:[A-Z][\w&’'.-]*\s+){{0,4}}(?:{kinds}))\b", before))
        if named:
            return named[-1].group(1).strip()
    return speaker


def _reporters_in(text: str, people: People) -> list[str]:
    """People a stretch of text says said something: the subject just before each speech verb."""
    found = []
    for verb in _VERB.finditer(text):
        clause = re.split(r"[.;:!?]\s", text[max(0, verb.start() - 120) : verb.start()])[-1]
        named = _people_in(clause.split(",")[0], people) or _people_in(clause, people)
        if named:
            found.append(named[0])
    return found


def _people_in(text: str, people: People) -> list[str]:
    """People named in a stretch of text, in order, as their fullest names."""
    found = []
    for tokens in re.findall(r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+", text):
        run = _strip_titles(tokens)
        if not run or _is_org(run):
            continue
        words = run.split()
        if len(words) >= 2 and people.full_names.get(_surname(run).lower()):
            found.append(people.fullest(run))
        elif len(words) == 1 and people.knows(words[0]):
            found.append(people.fullest(words[0]))
    return found


def _index_people(text: str) -> People:
    """Full names (two to four capitalised words) by surname; roles; genders from nearby pronouns."""
    people = People()
    for match in _NAME_IN_TEXT.finditer(text):
        tokens = _name_tokens(match.group(1).split())
        if len(tokens) < 2 or _is_org(" ".join(tokens)) or tokens[0].lower() in _COMMON_CAPITALISED:
            continue
        if tokens[-1].lower() in _GROUPS:
            continue  # "Kentucky Democrats" is a group of people, not a person
        name = _bare(" ".join(tokens))
        surname = _surname(name).lower()
        if len(name) > len(people.full_names.get(surname, "")):
            people.full_names[surname] = name
        first = tokens[0].lower()
        people.first_names[first] = name if people.first_names.get(first, name) == name else ""
        name_start = match.start() + match.group(1).find(tokens[0])  # titles before it belong to the role
        role = _role_near(text, name_start, match.end())
        if role and name not in people.roles:
            people.roles[name] = role
        gender = _gender_near(text, match.end())
        if gender and name not in people.genders:
            people.genders[name] = gender
    for match in _SUBJECT_OF_SPEECH.finditer(text):  # "Trump said": a speaker the article never names in full
        name = match.group(1)
        if name.lower() not in _COMMON_CAPITALISED and name.lower() not in _GROUPS:
            people.full_names.setdefault(name.lower(), name)
    return people


def _gender_near(text: str, end: int) -> str | None:
    """A person's gender from the words right after their name: an appositive ("a spokesman for …")
    or the next sentence's subject pronoun ("… She said …")."""
    appositive = text[end : end + 60].split(".")[0]
    if appositive.startswith(","):
        if _FEMALE_ROLE.search(appositive):
            return "f"
        if _MALE_ROLE.search(appositive):
            return "m"
    pronoun = _SUBJECT_PRONOUN.search(text[end : end + 160])
    if pronoun:
        return "f" if pronoun.group(1).lower() == "she" else "m"
    return None


def _name_tokens(run: list[str]) -> list[str]:
    """A person's name at the end of a run of capitalised words ("U.S. Defense Secretary Mark Esper"):
    the last two words, with a middle initial or a particle ("Sonya A. Zoghlin", "Van der Berg")."""
    while run and not run[-1][0].isupper():
        run = run[:-1]
    if len(run) < 2:
        return run
    take = 2
    while take < len(run) and (re.fullmatch(r"[A-Z]\.", run[-take]) or run[-take][0].islower()
                               or run[-take - 1][0].islower()):  # fmt: skip
        take += 1
    name = run[-take:]
    while name and _normal_title(name[0]) in _TITLES:
        name = name[1:]
    return name


def _role_near(text: str, start: int, end: int) -> str | None:
    """`Lucas Paganini, a planetary scientist at …,` or `U.S. Attorney Nealy Cox` or
    `planetary geologist Rosaly Lopes`: an appositive after the name, else the title words before it."""
    after = _APPOSITIVE.match(text[end : end + 140])
    appositive = after.group(1) if after else ""
    if appositive and not _VERB.match(appositive) and not _CLAUSE_START.match(appositive):
        return appositive.strip()
    words = re.findall(r"[^\s]+", text[max(0, start - 70) : start])[-6:]
    role: list[str] = []
    for word in reversed(words):
        bare = word.strip('“”"‘’()')
        if bare != word or (word.endswith((",", ".", ";", ":")) and not _ABBREVIATIONS.search(word)):
            break  # punctuation ends the title
        if _VERB.fullmatch(bare) or bare.lower() in _COMMON_CAPITALISED or bare.lower() in _ROLE_STOPS:
            break
        role.insert(0, bare)
    if not any(w[:1].islower() or _normal_title(w) in _TITLES for w in role):
        return None  # "NASA's", "US": a possessive or a place, not a role
    return " ".join(role)


def _surname(name: str) -> str:
    tokens = [t for t in _bare(name).split() if t.lower().strip(".") not in ("jr", "sr", "ii", "iii")]
    return _bare(tokens[-1]) if tokens else name


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
